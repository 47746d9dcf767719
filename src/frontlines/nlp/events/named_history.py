"""History told by its name: an event tied to a well-known war, battle or attack
("veterans wounded in the Korean War", "the Benghazi attack", "troops killed during
Operation Desert Storm") happened when that conflict did, even when the story gives it no
date of its own. Political news recalls such history in passing, and without a date the
event would take the publication day and be shown as news.

The conflicts and their years are general knowledge (``data/named_history.toml``). An
event takes the conflict's first year as its date (so ``background`` flags it) only when
its sentence ties it to the name, and the conflict ended more than a year before the story
was written; an event the text dates itself keeps its own date (``when`` reads the name
only when the sentence names no date for the event), so a war still going on never
makes today's fighting history. A name is tied to a trigger when

- the trigger is a word of the name ("the Benghazi attack", "the attack on Pearl Harbor"),
  or its clause tells of the name ("the Benghazi attack, which killed four");
- the name is the trigger's (or its verb's) subject, object or modifier ("the Korean War
  killed ...", "Gulf War bombings");
- the event is told in a "when" clause of the name or of a time of it ("since the
  late years of the Boer War, when the commandos raided");
- or the name is the object of "in", "during", "of", "at", "from", "throughout" or "under"
  attached to the trigger or its verb ("killed in World War II", "wounded during the
  Vietnam War", "jailed under apartheid"), possibly through a time noun ("in the last
  days of the Cold War").

A state or regime that no longer exists ("the Soviet Union", "Nazi Germany") is listed
too: what it did is history. A name after "former" or a hyphen names today's region, a
person's past or today's movement ("the former Soviet Union", "ex-Soviet", "neo-Nazis"):
never read.

Not "since" or "after" (the event is later than the conflict: "the deadliest attack
since 9/11"; but a "when" clause of the name is told in it), nor "against" or "over"
("protests against the Iraq War" are today's protests), nor a name that only qualifies a
person ("veterans of the Korean War marched": the march is news).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from frontlines.nlp.events.acted_on import when_clauses
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.realis import definite, predicate_of
from frontlines.nlp.events.spelled_out import place_of, spelled_at, spelled_in
from frontlines.nlp.events.story import BACKGROUND_DAYS
from frontlines.vocab.files import read_data_toml
from frontlines.vocab.timespan import day_span
from frontlines.vocab.words import word_list

__all__ = [
    "NamedConflict", "conflicts", "named_history_date", "named_in", "named_just_before",
    "named_recent_date", "place_recent_date",
]  # fmt: skip

#: Prepositions that put an event inside the conflict they govern.
_INSIDE = frozenset({"in", "during", "of", "at", "from", "throughout", "under"})

#: Prepositions of time whose object the parser may hang on the event's own argument.
_DURING = frozenset({"in", "during", "throughout", "under"})

#: The event's own arguments.
_CORE = frozenset({"nsubj", "nsubjpass", "dobj"})

#: Nouns of a stretch of time a conflict's name may hang on ("the last days of the war").
_TIME_NOUNS = frozenset({
    "day", "year", "month", "week", "hour", "start", "end", "height", "beginning", "course",
    "time", "era", "period", "stage", "phase", "opening", "close", "middle", "midst",
})  # fmt: skip

#: Clauses that tell of the noun they hang on ("the Benghazi attack, which killed four").
_OF_NOUN = frozenset({"relcl", "acl"})

#: Arcs by which a name is the trigger's own argument or modifier.
_ARGUMENT = frozenset({
    "compound", "amod", "nmod", "poss", "appos", "npadvmod", "nsubj", "nsubjpass", "dobj",
})  # fmt: skip


@dataclass(frozen=True)
class NamedConflict:
    """One well-known conflict: the names news gives it and its first and last year."""

    names: tuple[str, ...]
    first: int
    last: int
    #: A side, not a war ("the Nazis", "the Fort Hood shooter"): tied only as the doer.
    actor: bool = False
    #: The day (or month) of an attack of a day or a few: what a toll of it is as of.
    date: str | None = None


@cache
def conflicts() -> tuple[NamedConflict, ...]:
    """The conflicts of ``data/named_history.toml``."""
    return tuple(NamedConflict(tuple(c["names"]), int(c["years"][0]), int(c["years"][1]),
                               c.get("kind") == "actor", c.get("date"))
                 for c in read_data_toml("named_history.toml")["conflict"])  # fmt: skip


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, NamedConflict]]:
    """One case-sensitive pattern of every name (longest first), and each name's conflict."""
    by_name = {name: c for c in conflicts() for name in c.names}
    names = sorted(by_name, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w/-])(?<!former )(?:{alternatives})(?![\w/])"), by_name


def named_in(text: str) -> list[tuple[int, int, NamedConflict]]:
    """Each name of a listed conflict in ``text``: (start, end, the conflict)."""
    pattern, by_name = _pattern()
    return [(m.start(), m.end(), by_name[m.group(0)]) for m in pattern.finditer(text)]


def named_history_date(sent: Span, triggers: Sequence[Token], now: str | None) -> str | None:
    """The year (TIMEX3 ``YYYY``) of the named conflict ``sent`` ties its event to, when the
    conflict ended more than a year before ``now`` (the story's date); else None. A listed
    attack of a known day, named or spelled out by its place ("the Orlando shootings",
    ``spelled_in``), gives that day once it lies more than ``BACKGROUND_DAYS`` before
    ``now``: counted in days, so a leap year does not move the window."""
    reference = day_span(now) if triggers and now else None
    if reference is None:
        return None
    tied = _tied_conflicts(sent, triggers)
    spelled = [c for c in spelled_in(triggers, False, conflicts()) if c not in tied]
    for conflict in (*tied, *spelled):
        if conflict.date and not conflict.actor:  # an attack of a known day: history once
            day = day_span(conflict.date)  # more than BACKGROUND_DAYS before the story
            if day is not None and (reference.first - day.last).days > BACKGROUND_DAYS:
                return conflict.date
            continue
        if reference.first.year - conflict.last < 1:
            continue  # the same year or later: not yet history (or not this conflict)
        ended = day_span(str(conflict.last))
        if ended is None or (reference.first - ended.last).days <= BACKGROUND_DAYS:
            continue
        return f"{conflict.first:04d}"
    return None


def named_recent_date(sent: Span, triggers: Sequence[Token], now: str | None,
                      told: str | None = None) -> str | None:  # fmt: skip
    """The day (or month) of a well-known attack ``sent`` ties its event to, by one of its
    names ("the Bastille Day attack") or spelled out ("the Orlando shootings",
    ``spelled_out.spelled_in``), when that day lies within the year before ``now``: news recalls a
    recent attack by its name, not by its day, and the day is known. An older one is
    history (``named_history_date``); one after ``now`` is not this story's. ``told``: a
    coarser date the sentence gives the event ("last year"), which the day must lie in
    (another day is another attack); with it, a noun that is not definite ("after
    shootings in Paris last year") spells an attack out too. A sentence that ties its
    event to two such attacks of different days ("since the attacks in Brussels and
    Paris") gives None: the event is one per place, but which day is whose is not read."""
    reference = day_span(now) if triggers and now else None
    if reference is None:
        return None
    spelled = spelled_in(triggers, told is not None, conflicts(), now)
    found = [c for c in (*_tied_conflicts(sent, triggers), *spelled) if not c.actor
             and (day := day_span(c.date)) is not None and day.last <= reference.last]
    if len({c.date for c in found}) > 1:
        return None  # "the attacks in Brussels and Paris": which day is whose is not told
    for conflict in found:
        day = day_span(conflict.date)
        if day is None:
            continue
        if told is not None and not (conflict.date or "").startswith(told):
            continue
        if (reference.first - day.last).days <= BACKGROUND_DAYS:
            return conflict.date
    return None


def place_recent_date(triggers: Sequence[Token], place_start: int,
                      told: str) -> str | None:  # fmt: skip
    """The day of the well-known attack whose name begins with the place spelled at the
    character ``place_start`` of the trigger noun's phrase, when it lies in ``told``, the
    coarser date the sentence gives ("after the attacks in San Bernardino, California,
    and Paris last year": the one in Paris on its day, the one in San Bernardino on
    its). Where the
    sentence ties its event to two attacks of different days, ``named_recent_date`` cannot
    tell which day is whose; once the event is one per place, each place tells."""
    if not triggers:
        return None
    doc = triggers[0].doc
    days = {c.date for at, c in spelled_at(triggers, True, conflicts())
            if doc[at].idx == place_start and c.date and c.date.startswith(told)}
    return days.pop() if len(days) == 1 else None


def _tied_conflicts(sent: Span, triggers: Sequence[Token]) -> list[NamedConflict]:
    """The listed conflicts whose names ``sent`` ties to the event of ``triggers``, in the
    order the sentence names them (see the module docstring)."""
    pattern, by_name = _pattern()
    verbs = [predicate_of(t) for t in triggers]
    clauses = [g for v in verbs for g in _governing(v)]  # "... before they murdered them"
    targets = {t.i for t in (*triggers, *clauses)}
    told_of = {_clause(v).head.i for v in clauses
               if _clause(v).dep_ in _OF_NOUN}  # "the attack, which killed"  # fmt: skip
    found: list[NamedConflict] = []
    for match in pattern.finditer(sent.text):
        conflict = by_name[match.group(0)]
        name = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if name is None:
            continue
        if conflict.actor:
            tied = _done_by(name, targets)
        else:
            tied = (_tied(name, targets) or any(t.i in told_of for t in name)
                    or _when_of(name, targets) or _of_its_time(name, told_of))  # fmt: skip
        if tied:
            found.append(conflict)
    return found


#: Words by which a story says a noun is not the event told before ("another attack").
_DISTINCT = frozenset(word_list("event", "distinct_event_words"))
#: Entity labels of a date or a place of the noun's own: "the attacks in Paris", "the
#: attacks last week" may be other events than the ones just named.
_OWN_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def named_just_before(sent: Span, triggers: Sequence[Token], now: str | None) -> str | None:
    """The first year of the conflict the sentence before named, when every trigger is a
    definite noun that only refers back to it: "... during the Benghazi attacks. She
    defended the view that a video had inspired the attacks." The noun is the name's own
    head ("attacks" of "the Benghazi attacks", "war" of "the Korean War"), with no date,
    place or word of its own that sets it apart ("the attacks in Paris", "another war"),
    and the conflict ended more than a year before ``now``; else None. A name told only
    as a yardstick of another event ("the deadliest blast since the Omagh bombing", "unlike
    the Gulf War") is no antecedent: "the bombing" next is that other event. Political news
    names an old attack once and goes on with "the attack"; read alone, the sentence
    would tell it as today's."""
    nouns = [t for t in triggers if t.pos_ == "NOUN"]
    if not triggers or len(nouns) != len(triggers) or not now or sent.start == 0:
        return None
    if not all(definite(t) and not _own_marks(t) for t in nouns):
        return None
    reference = day_span(now)
    if reference is None:
        return None
    previous = sentence(sent.doc[sent.start - 1])
    lemmas = {t.lemma_.lower() for t in nouns}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    found = [(previous.char_span(a, b, alignment_mode="expand"), c)
             for a, b, c in named_in(previous.text)]  # fmt: skip
    named = [c for span, c in found if span is not None and span.root.lemma_.lower() == lemma
             and not _yardstick(span.root)]  # fmt: skip
    for conflict in (*named, *_spelled_out(previous, lemma)):
        ended = day_span(str(conflict.last))
        if not conflict.actor and ended is not None and (
                reference.first - ended.last).days > BACKGROUND_DAYS:  # fmt: skip
            return f"{conflict.first:04d}"
    return None


#: Words that name a conflict only as a yardstick of another event ("the deadliest attack
#: since the Omagh bombing", "unlike the Gulf War"): a noun told next refers to that
#: other event, not to the conflict.
_YARDSTICKS = frozenset({"since", "than", "unlike", "after", "before", "like"})
#: Verbs whose "to"/"with" object is a yardstick ("compared to the Madrid bombings").
_COMPARING = frozenset({"compare", "liken"})
#: Dependencies by which a noun is the argument a clause tells anew ("the attacks on the
#: consulate killed two guards"): without a date, today's events, not history recalled.
_TOLD_ANEW = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})


def _yardstick(name: Token) -> bool:
    """Whether the name's head is governed by a word of comparison or a boundary."""
    while name.dep_ in {"conj", "appos"} and name.head.i != name.i:
        name = name.head
    if name.dep_ != "pobj":
        return False
    prep = name.head
    if prep.lower_ == "in" and prep.head.lower_ in _YARDSTICKS:
        return True  # "higher than in the Madrid bombings"
    if prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in _COMPARING:
        return True
    return prep.lower_ in _YARDSTICKS


def _spelled_out(sent: Span, lemma: str) -> list[NamedConflict]:
    """The conflicts named "<Place> <noun>" that ``sent`` spells out as the noun with the
    place in its own phrase ("the attacks on the consulate in Benghazi" for "Benghazi
    attacks"), recalled as history: its clause gives no date, it is no subject or object
    its clause tells anew ("... killed two guards"), nor a yardstick ("since ...")."""
    out: list[NamedConflict] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() != lemma:
            continue
        if noun.dep_ in _TOLD_ANEW or _yardstick(noun):
            continue
        clause = predicate_of(noun).subtree
        if any(t.ent_type_ in {"DATE", "TIME"} for t in clause if t.i != noun.i):
            continue
        for conflict in conflicts():
            for name in conflict.names:
                words = name.split()
                if (len(words) >= 2 and words[-1].islower()
                        and words[-1].rstrip("s") == lemma.rstrip("s")
                        and place_of(noun, words) is not None):  # fmt: skip
                    out.append(conflict)
    return out


def _own_marks(noun: Token) -> bool:
    """Whether the noun's own words set it apart from an event named before: a word such
    as "another", or a date or place inside its phrase."""
    if any(c.lower_ in _DISTINCT for c in noun.children):
        return True
    return any(t.ent_type_ in _OWN_LABELS for t in noun.subtree if t.i != noun.i)


#: Markers of an adverbial clause told at the time of the clause it hangs on, or before it
#: ("... forced them to wear it before they rounded them up"): not "after" or "since",
#: which may be any time later, nor "because" or "if".
_SAME_TIME = frozenset({"when", "while", "as", "before", "until", "till", "whenever"})

#: People who outlive the war that names them: what they do later is news ("a Korean War
#: veteran who was beaten by police").
_SURVIVORS = frozenset({
    "veteran", "survivor", "widow", "widower", "orphan", "refugee", "vet", "descendant",
})  # fmt: skip


def _governing(verb: Token) -> list[Token]:
    """``verb`` and the clauses it goes on telling: those it is coordinated with, an
    infinitive of, or adverbial to at the same time ("Nazis forced them to wear the badge
    before they seized the men and shot them": all of it the Nazis', in their Germany)."""
    out = [verb]
    for _ in range(4):
        if verb.dep_ == "advcl":
            marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "advmod"}}
            if marks and not marks & _SAME_TIME:
                break
        elif verb.dep_ not in {"conj", "xcomp"}:
            break
        if verb.head.i == verb.i:
            break
        verb = verb.head
        out.append(verb)
    return out


#: Arcs by which a name tells who a person or unit is ("Nazi guards", "the Fort Hood
#: shooter Nidal Hasan"); not a possessive ("Stalin's grandson" is not Stalin).
_NAMING = frozenset({"compound", "amod", "nmod", "appos"})


def _done_by(name: Span, targets: set[int]) -> bool:
    """Whether the side ``name`` (or a person or unit it names: "Nazi guards", "the Fort
    Hood shooter Nidal Hasan") did the event: the subject of an active
    verb of it, or the "by" of its noun or passive. What was done to it later ("a Nazi
    guard was arrested") is not its history."""
    token = name.root
    for _ in range(3):
        if token.dep_ not in _NAMING or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ == "nsubj":
        return token.head.i in targets
    return (token.dep_ == "pobj" and token.head.lower_ == "by"
            and token.head.head.i in targets)  # fmt: skip


def _of_its_time(name: Span, told_of: set[int]) -> bool:
    """Whether the event is told in a clause about a person the war's name describes
    ("the old dictator, a ruler who was killed by his own guards"): a figure of that
    time, unless one who outlives it (a veteran, a survivor, a refugee)."""
    root = name.root
    if root.dep_ not in {"compound", "amod", "nmod"} or root.head.i == root.i:
        return False
    person = root.head
    if person.lemma_.lower() in _SURVIVORS:
        return False
    described = {person.i} | {c.i for c in person.children if c.dep_ == "appos"}
    return bool(described & told_of)


def _when_of(name: Span, targets: set[int]) -> bool:
    """Whether the event is told in a "when" clause of the conflict's name or of a time
    of it, whatever the preposition before ("since the late years of the Boer War, when the
    commandos raided": the raid was in the war)."""
    root = name.root
    heads = [root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lemma_.lower() in _TIME_NOUNS):  # fmt: skip
        heads.append(root.head.head)  # "the middle of the war, when ..."
    return any(t.i in targets for head in heads for clause in when_clauses(head)
               for t in clause.subtree)  # fmt: skip


def _clause(verb: Token) -> Token:
    """The first verb of the coordination ``verb`` is in ("which left ... and killed")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _tied(name: Span, targets: set[int]) -> bool:
    """Whether the conflict ``name`` dates the event whose trigger/verb indices are
    ``targets`` (see the module docstring)."""
    if any(t.i in targets for t in name):
        return True
    root = name.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in _TIME_NOUNS:
        root = root.head  # "during the Cold War era": the era's
    if root.dep_ in _ARGUMENT:
        return root.head.i in targets
    if root.dep_ != "pobj" or root.head.lower_ not in _INSIDE:
        return False
    held = root.head.head  # what the preposition hangs on
    if held.i in targets:
        return True
    if held.lemma_.lower() in _TIME_NOUNS and held.dep_ == "pobj":
        return held.head.lower_ in _INSIDE and held.head.head.i in targets
    # "bombed positions in the Gulf War": the parser hangs the time on the object; a
    # person "of" the war is only described ("veterans of the Korean War marched")
    return (root.head.lower_ in _DURING and held.dep_ in _CORE
            and held.head.i in targets)  # fmt: skip
