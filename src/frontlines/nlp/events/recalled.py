"""A well-known attack of the year before, recalled in passing: news, whatever the clause.

Political news recalls last month's attacks by name in clauses about something else:
"since the San Bernardino shooting the senator has pressed for a vote", "a bill that may
pass after the Brussels bombings", "support fell after the Paris attacks". Read as a
clause, the noun is governed by a plan or a modal, or is only the setting of the
sentence's own news; read as knowledge, the attack
happened on a known day (``data/named_history.toml``), and an ACLED coder codes it when it
lies within the year before the story (``BACKGROUND_DAYS``). Not where the sentence
gives the event another day, compares with the attack, asks whether or supposes it, or
only remembers it or tells of a work about it: those readings stand.

Two readings use that knowledge:

* ``recalled_attack``: a trigger noun that names or spells out a listed attack whose day
  lies within the year before the story (``named_history.named_recent_date``) is asserted
  whatever the reading of its clause; an older one is left to the history readings,
  which date it and flag it background.
* ``recalls_known_attack``: an event dated to such an attack's day whose sentence names
  the attack or spells its place is on the conflict beat (``nlp/beat.py``), even in a
  story about the senate calendar: the attack is political violence by what it is, not
  by the words around it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from frontlines.model import Event
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.named_history import NamedConflict, conflicts, named_recent_date
from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.story import VIOLENT_TYPES, story_now
from frontlines.nlp.events.when import event_date, filed_month
from frontlines.nlp.extensions import items
from frontlines.vocab.words import words

__all__ = ["known_attack", "recalled_attack", "recalls_known_attack", "story_day"]

#: The clause readings a recalled attack does not undo: a yardstick, a condition, a question.
_STANDING = frozenset({"comparison", "condition"})
#: Nouns whose "of" or "about" is a memory or a work, not the attack itself.
_KEEPERS = frozenset({*words("sense", "memory_nouns"), *words("sense", "work_nouns")})
_MEMORY_VERBS = frozenset(words("sense", "memory_verbs"))
#: The prepositions that link a work or a memory to what it is of.
_OF_ABOUT = frozenset({"of", "about", "on", "to", "for", "over"})


def story_day(doc: Doc) -> str | None:
    """The day (or month) the story was written, as far as its metadata tells: the
    publication day, else the month its address files it under."""
    for name in ("reference_date", "reference_month"):
        if Doc.has_extension(name):
            value = getattr(doc._, name)
            if value:
                return str(value)
    return None


def recalled_attack(trigger: Token, type_id: str, reason: str = "") -> bool:
    """Whether the trigger noun recalls a listed attack of the year before the story
    ("after the Orlando shootings", "the Paris attacks last month"), in its event sense:
    then it tells an attack that happened, whatever the clause it sits in. Only where the
    event is dated to that attack's day (``when.event_date``): a sentence that gives its
    event another day ("met survivors of the San Bernardino attack on Monday") tells of
    something else done that day, and asserting the noun would code a new attack on it.
    ``reason``: why the clause reads it as no event; a comparison ("if something like the
    Brussels bombings happened") or a condition or open question ("asked whether the Paris
    attacks were ...") stands, and so does an attack only remembered or told in a work
    (``_remembered``)."""
    if trigger.pos_ != "NOUN" or reason in _STANDING or _remembered(trigger):
        return False
    now = story_day(trigger.doc)
    listed = named_recent_date(sentence(trigger), [trigger], now) if now else None
    # the sense reading last: most nouns recall no listed attack (all readings are
    # questions of the parse alone, so their order changes no answer)
    return listed is not None and not off_sense(trigger, type_id) and _dated_to(trigger, listed)


def _remembered(trigger: Token) -> bool:
    """Whether the attack is governed as what a memorial, an anniversary or a work is of
    or about ("a memorial to the victims of the Paris attacks", "a film about the Orlando
    shootings", nouns linked by prepositions up to a noun of ``memory_nouns`` or
    ``work_nouns``), or is what a verb of memory acts on ("to remember the attack")."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _MEMORY_VERBS:
        return True
    noun = trigger
    for _ in range(3):  # "memorial <- to <- victims <- of <- attacks"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OF_ABOUT:
            return False
        noun = prep.head
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return False
        if noun.lemma_.lower() in _KEEPERS or noun.lower_ in _KEEPERS:
            return True
    return False


def _dated_to(trigger: Token, day: str) -> bool:
    """Whether the event of ``trigger`` takes ``day`` as the coder dates it."""
    doc = trigger.doc
    times = items(doc, "times")
    published = doc._.reference_date if Doc.has_extension("reference_date") else None
    now = published or filed_month(doc) or story_now(times, doc)
    return event_date(sentence(trigger), [trigger], times, published, now).value == day


@cache
def _dated_attacks() -> dict[str, tuple[NamedConflict, ...]]:
    """The listed attacks of a known day, by that day."""
    by_day: dict[str, list[NamedConflict]] = {}
    for conflict in conflicts():
        if conflict.date and not conflict.actor:
            by_day.setdefault(conflict.date, []).append(conflict)
    return {day: tuple(found) for day, found in by_day.items()}


def _place(name: str) -> str | None:
    """The words a name opens with up to its first lower-case one, when they are the
    place a kind of attack is named after ("San Bernardino" of "San Bernardino shooting");
    None when the name has no such lead: it opens with a lower-case word, its lead has no
    letter ("1998 embassy bombings") or heads a phrase of its own ("Battle of Mogadishu",
    "Sabra and Shatila": the lower-case word after it is a function word, not the kind)."""
    words = name.rstrip(",. ").split()
    lead = next((k for k, w in enumerate(words) if w[:1].islower()), len(words))
    if not 0 < lead < len(words) or words[lead] in _FUNCTION_WORDS:
        return None
    place = " ".join(words[:lead]).rstrip(",")
    return place if any(c.isalpha() for c in place) else None


#: Lower-case words that join a name's parts rather than name the kind of attack.
_FUNCTION_WORDS = frozenset({"of", "and", "in", "at", "on", "the", "de"})


@cache
def _name_pattern(conflict: NamedConflict) -> re.Pattern[str]:
    """The conflict's names as whole words, and each place it opens with when the
    sentence also has a word of the name's kind ("Orlando" with "shootings", "attack")."""
    names = [re.escape(n) for n in conflict.names]
    places = []
    for name in conflict.names:
        place = _place(name)
        kind = re.sub(r"(ings|ing|es|s)$", "", name.rstrip(",. ").split()[-1].lower())
        if place and len(kind) > 2:
            places.append(f"(?=.*\\b(?i:{re.escape(kind)}))(?=.*\\b{re.escape(place)}\\b)")
    named = f"\\b(?:{'|'.join(names)})(?!\\w)"
    return re.compile("|".join([f"(?=.*{named})", *places]), re.DOTALL)


def recalls_known_attack(sentence: str, date: str | None, acled_event: str) -> bool:
    """Whether a violent event (``VIOLENT_TYPES``) dated ``date`` and told in ``sentence``
    is a listed attack of that day: the sentence names the attack, or the place its name
    opens with and a word of its kind ("the shootings in Orlando"), as whole words."""
    if not date or acled_event not in VIOLENT_TYPES:
        return False
    return any(_name_pattern(c).match(sentence) for c in _dated_attacks().get(date, ()))


def known_attack(event: Event) -> bool:
    """Whether ``event`` is a listed attack of the day its sentence dates it to
    (``recalls_known_attack``): only a date the text gives counts, so the event features
    (read before an undated event takes the news day) and the coder's cap agree."""
    date = event.date if event.date_source == "text" else None
    return recalls_known_attack(event.text, date, event.acled_event)
