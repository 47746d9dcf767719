"""What a story says across its sentences: what a first mention leaves implied for the
next ones, what an event did, tallies, and dates an event cannot have (whether a later
sentence tells an event again is ``mentions.same_event``).

A strike list names the coalition and the day in its first line only; a tally
("34 strikes in Syria and Iraq") is no codable event but still tells the listed ones
their actor and date.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, EventActor, PlaceMention, TextSpan, TimeExpression
from frontlines.nlp.events.ahead import told_ahead
from frontlines.nlp.events.memo import doc_sents, entities, lemmas, sentence
from frontlines.nlp.events.participants import claimant
from frontlines.nlp.events.perpetrators import fits, perpetrators
from frontlines.nlp.events.realis import definite
from frontlines.nlp.events.referents import CROWDS, is_people
from frontlines.nlp.events.where import aside
from frontlines.vocab.events import SUFFIXES
from frontlines.vocab.numbers import words_to_number
from frontlines.vocab.timespan import DAY_VALUE, MONTH_VALUE, day_span
from frontlines.vocab.words import word_list

__all__ = [
    "BACKGROUND_DAYS", "EARLIEST_YEAR", "GENERAL_EVENT_NOUNS", "OUTCOME_CUES", "VIOLENT_TYPES",
    "aggregate", "dates_meet", "names_a_place", "outcomes_merged", "tallies",
    "background", "carried_over", "lender", "named_after", "owned", "plausible_date", "same_kind",
    "same_or_inside",
    "story_now", "with_evidence",
]  # fmt: skip

#: An event dated more than this before publication is history, not news.
BACKGROUND_DAYS = 365
#: Words a story uses to refer back to any violent event it told ("the attack").
GENERAL_EVENT_NOUNS = frozenset(word_list("event", "general_event_nouns"))
#: Cues that say what violence did ("killed"), not what it was.
OUTCOME_CUES = frozenset(word_list("event", "outcome_cues"))
#: ACLED event types of political violence: a general word may refer to any of them.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


#: Earliest year an event date may name: "Resolution 2118" or "the 204 fighters" are no dates.
EARLIEST_YEAR = 1900


def plausible_date(value: str, published: str | None) -> bool:
    """A TIMEX3 date an event can have happened on: a real year, a real month and day
    when it names them, not after publication (a story reports what happened; a later
    date is a plan or a misread number)."""
    if len(value) < 4 or not value[:4].isdigit() or int(value[:4]) < EARLIEST_YEAR:
        return False
    span = day_span(value)
    if span is None and (DAY_VALUE.match(value) or MONTH_VALUE.match(value)):
        return False  # "2015-02-29": a day the calendar lacks
    if published is None:
        return True
    now = day_span(published)
    if span is not None and now is not None:
        return span.first <= now.last  # "2024-W10" began before a 2024-03-15 story
    return value[: len(published)] <= published


#: Entity labels of a place name the places layer may have left unresolved.
_PLACE_NAME_LABELS = frozenset({"GPE", "LOC", "FAC"})


def aggregate(trigger: Token, event: Event, sent: Span | None = None, spots: int = 1) -> bool:
    """Several events of a kind counted over a country or more ("conducted 34 strikes in
    Syria and Iraq", "launched 504 attacks in 2024"): ACLED codes events by place and day,
    and a tally names neither. Counted events near a named place the gazetteer could not
    resolve ("Close to Wadi Karm, three raids hit ...") are one local event. Counted
    events that are the subject of the clause telling them, as many as the coordinated
    places they are placed in (``spots``: "two blasts hit the consulates in A and B"), are
    one event per place, no tally: the places say where each was, and the coder writes
    one event for each (``spread``); counted as an object ("carried out three attacks in
    A and B", "condemned the two blasts in ..."), they stay a sum a speaker gives. The caller
    passes ``spots`` only for a count of a kind of event the story has not told yet: a
    count told after such events sums them up ("the two bombings in Chad and Niger" after
    the bombings in their capitals were told), where the places are wider than the
    events' own and a split would tell them twice."""
    numbers = [c for c in trigger.children if c.dep_ == "nummod" and c.like_num
               and c.lower_ not in {"one", "1"}]  # fmt: skip
    if (spots > 1 and trigger.dep_ in {"nsubj", "nsubjpass"}
            and any(words_to_number([c.text]) == spots for c in numbers)):  # fmt: skip
        return False
    counted = bool(numbers)
    if event.place is None:
        wide = sent is None or not names_a_place(sent)
    else:  # "near Dayr Az Zawr" is local, whatever the gazetteer made of the name
        wide = (event.place.acled_precision or 3) >= 3 and not _near(event.place.start, sent)
    return trigger.tag_ == "NNS" and counted and wide


def carried_over(event: Event, earlier: list[Event], own_time: bool = False) -> Event:
    """What a story says once and leaves implied after: a strike list names the coalition
    in its first line only ("Allied jets carried out 21 raids ... Close to Tell Abyad, a
    single raid hit ..."). An event without an actor1 takes the actor1 a coder would carry
    (``lender``): that of the latest earlier event of the same sub-event type, never of
    another kind (a car bombing told after an air strike is not the air strike's pilots').
    Without a date of its own, it takes the date of the latest earlier event of the same
    ACLED type, unless it keeps a time of its own (``own_time``: "has provided ships so
    far", "struck overnight", ``own_time.keeps_own_time``). Actor2, the side hit, carries
    over only between events of the same sub-event type and one doer (the strikes of one
    strike list: "34 strikes against ISIL ... one strike destroyed a bridge" hit ISIL;
    the victims of one side's shooting are not those of a shooting told with no one or
    someone else doing it, ``_one_doer``)."""
    before = next((e for e in reversed(earlier) if e.acled_event == event.acled_event), None)
    if before is None:
        return event
    changes: dict[str, Any] = {}
    same_kind = before.acled_sub_event == event.acled_sub_event
    source = lender(event, earlier) if event.actor1 is None else None
    if source is not None:
        changes["actor1"] = source.actor1
    if same_kind and event.actor2 is None and before.actor2 is not None and _one_doer(
            changes.get("actor1", event.actor1), before.actor1):
        changes["actor2"] = before.actor2  # one side's strike list, not another's attack
    if event.date_source != "text" and before.date_source == "text" and not own_time:
        changes |= {"date": before.date, "date_precision": before.date_precision,
                    "date_source": "text"}  # fmt: skip
    return replace(event, **changes) if changes else event


def _one_doer(a: EventActor | None, b: EventActor | None) -> bool:
    """Whether two events are told as done by one named side: with no one named, nothing
    says two attacks were one side's list rather than two deeds apart."""
    return a is not None and b is not None and _same_side(a, b)


def lender(event: Event, earlier: list[Event]) -> Event | None:
    """The earlier event whose actor1 ``event``, naming none, implies, as a coder carries
    it: the latest one of the same sub-event type, if it names one, unless an event of
    the same ACLED type told in between names someone else (the story moved on to
    another side: "Jets struck the camp. Rebels shelled the base. A second strike hit the
    depot" is the jets', but "a car bombing" after an air strike is no one's said).
    Events in between that name the same side keep the chain (a strike list whose lines
    the classifier types differently)."""
    others: list[EventActor] = []  # sides named by same-type events in between
    for told in reversed(earlier):
        if told.acled_event != event.acled_event:
            continue
        if told.acled_sub_event == event.acled_sub_event:
            source = told.actor1  # none named there: none implied here either
            ok = source is not None and all(_same_side(a, source) for a in others)
            return told if ok else None
        if told.actor1 is not None:
            others.append(told.actor1)
    return None


def named_after(events: list[Event], doc: Doc) -> list[Event]:
    """Events told before the story names their doer take the doer named next: a lede
    often tells the toll first ("Three guards died in Monday's attacks") and who did it
    only in the sentence after ("Gunmen carried out the attacks ..."). ``lender`` read
    backwards: the first later event of the same sub-event type lends its actor1, unless
    an event of the same ACLED type told in between names someone else. Only for an event
    no earlier one of its sub-event type names a doer for (there ``lender`` already read
    the chain), never the side it hit as the side that hit it, and only where the later
    sentence tells that event again (``_tells_again``): a story's next sentence as often
    tells another deed, by another side, elsewhere."""
    done = list(events)
    for i, event in enumerate(events):
        if event.actor1 is not None or any(
                e.acled_sub_event == event.acled_sub_event and e.actor1 is not None
                for e in events[:i]):  # fmt: skip
            continue
        source = lender(event, events[:i:-1])  # ``lender`` reads its list from the end
        if source is None or source.actor1 is None:
            continue
        if _counted_only(source.actor1) or not _may_be_one(event, source) or (
                event.actor2 is not None and _one_name(source.actor1, event.actor2)):
            continue
        if _tells_again(event, source, doc):
            done[i] = replace(event, actor1=source.actor1)
    return done


#: Letters two words for one side share ("Iraq", "Iraqi"; "rebel", "rebels").
_STEM = 4
#: Words opening a sentence that tells another deed than the one before ("Elsewhere, ...").
_ASIDE_OPENERS = frozenset({"also", "elsewhere", "separately", "meanwhile", "in response"})
#: Words making an event noun another event than the one told ("another attack").
_OTHER = frozenset({"other", "another", "similar", "previous", "earlier", "separate"})
#: Weapons and craft: "the bomb" is no mention of the bombing.
_INSTRUMENTS = frozenset(word_list("event", "instruments"))


def _may_be_one(event: Event, later: Event) -> bool:
    """Whether a later mention may tell the same event again, as a story's detail tells
    its lede: not history (``background``), and not on another day than the event's own,
    which is the news day when the event says none ("In 2014, gunmen carried out the
    raid" is not today's raid). Places part them only in ``_tells_again``."""
    if later.background:
        return False
    return later.date_source != "text" or dates_meet(event.date, later.date)


def _tells_again(event: Event, later: Event, doc: Doc) -> bool:
    """Whether ``later``'s sentence points back at ``event``: a definite noun of any
    violent event or of the event's kind ("carried out the raids", "behind the
    bombing"), in a sentence that does not open as another deed ("Elsewhere, ...",
    "In response, ..."), naming no other side hit and no place apart from the event's
    ("a school in Kharkiv" is not "an airbase in Crimea")."""
    a, b = event.actor2, later.actor2
    if a is not None and b is not None and not _one_name(a, b):
        return False
    here, there = event.place, later.place
    if here is not None and there is not None and here.geonames_id is not None and (
            there.geonames_id is not None and not same_or_inside(here, there)):
        return False
    first = next((t for t in doc if t.idx >= later.start), None)
    if first is None:
        return False
    sent = sentence(first)
    opening = [t.lower_ for t in sent if not t.is_punct][:2]
    if opening[:1] and (opening[0] in _ASIDE_OPENERS or " ".join(opening) in _ASIDE_OPENERS):
        return False
    if a is not None and b is not None and _named_alike(a, b):
        return True  # "killed four Jordanian police ... gunmen killed four Jordanian police"
    cues = {c.lower() for c in (*event.cues, *later.cues) if " " not in c}
    return any(definite(t) and _event_noun(t, cues)
               and not any(c.lower_ in _OTHER for c in t.children) for t in sent)  # fmt: skip


def _named_alike(a: EventActor, b: EventActor) -> bool:
    """Whether two sides hit are one side told by name: the same dictionary actor, or a
    name in common ("members of the Jordanian police", "Jordanian police officers");
    "two soldiers" and "soldiers" may be any two soldiers."""
    if a.actor is not None and b.actor is not None:
        return a.actor == b.actor
    return bool(_names(a.text) & _names(b.text))


def _names(text: str) -> set[str]:
    """The capitalised words of a phrase, not one opening it as any phrase may ("The",
    "Four")."""
    words = text.split()
    return {w.casefold() for i, w in enumerate(words) if w[:1].isupper() and (
        i > 0 or (w.casefold() not in _OPENERS and words_to_number([w.lower()]) is None))}


#: Words a phrase may open with, capitalised at a sentence's start.
_OPENERS = frozenset({"the", "a", "an", "some", "many", "several", "all", "both", "dozens"})


def _event_noun(noun: Token, cues: Collection[str]) -> bool:
    """A noun for a violent event: a general one ("the attack") or one of the event's
    own cues with an event ending ("the shootings"), not a weapon ("the bomb") nor a
    noun for people ("the bombers")."""
    lemma = noun.lemma_.lower()
    if lemma in GENERAL_EVENT_NOUNS:
        return True
    if lemma in _INSTRUMENTS or is_people(noun):
        return False
    return any(lemma == cue + end for cue in cues for end in ("", *SUFFIXES))


def _counted_only(actor: EventActor) -> bool:
    """Whether an actor is a count of people only ("dozens"): no side to lend."""
    words = [w for w in actor.text.lower().split() if w not in {"of", "the"}]
    return all(w in CROWDS or w.replace(",", "").isdigit() for w in words)


def _one_name(a: EventActor, b: EventActor) -> bool:
    """Whether two actors may name one side: the same side (``_same_side``) or a word of
    one begins as a word of the other does ("Iraq" of "Iraqi troops"). The side an event
    hit is not lent back to it as the side that hit it."""
    if _same_side(a, b):
        return True
    stems = {w[:_STEM] for w in a.text.lower().split() if len(w) >= _STEM}
    return any(w[:_STEM] in stems for w in b.text.lower().split() if len(w) >= _STEM)


def _same_side(a: EventActor, b: EventActor) -> bool:
    """Whether two actors name one side: the same dictionary actor, else the same words."""
    if a.actor is not None and b.actor is not None:
        return a.actor == b.actor
    return a.text.casefold() == b.text.casefold()


#: Prepositions that put an event somewhere ("near Mosul", "in Kalat").
_LOCATIVES = frozenset({"near", "in", "at", "outside", "around", "inside"})


def names_a_place(sent: Span, triggers: list[Token] | None = None) -> bool:
    """Whether the sentence names a place, resolved or not: a place entity, or a locative
    preposition before a capitalised name ("Outside Bir Hasan, a raid ..."). A place in
    a clause about someone else than the event (``where.aside``: "the ministry, which
    runs the border posts in the south, said ...") does not count."""
    if any(e.label_ in _PLACE_NAME_LABELS and not aside(e.root, triggers or ())
           for e in entities(sent)):  # fmt: skip
        return True
    return any(t.lower_ in _LOCATIVES and t.i + 1 < sent.end and t.nbor().is_title
               and t.nbor().pos_ == "PROPN" for t in sent)  # fmt: skip


def _near(start: int, sent: Span | None) -> bool:
    """Whether the place starting at ``start`` follows "near" in ``sent``."""
    if sent is None:
        return False
    token = next((t for t in sent if t.idx == start), None)
    return token is not None and token.i > sent.start and token.nbor(-1).lower_ == "near"


def dates_meet(ours: str | None, theirs: str | None) -> bool:
    """Whether two TIMEX3 dates can name the same day ("this year" and "2020-05-04")."""
    a, b = day_span(ours), day_span(theirs)
    if a is None or b is None:
        return ours == theirs
    return a.first <= b.last and b.first <= a.last


def with_evidence(event: Event, start: int, end: int, text: str) -> Event:
    """``event`` with one more sentence of the story that tells it."""
    return replace(event, evidence=(*event.evidence, TextSpan(start, end, text)))


def background(event: Event, published: str | None) -> bool:
    """Dated by its own words more than ``BACKGROUND_DAYS`` before publication."""
    if event.date_source != "text" or not event.date or not published:
        return False
    span, reference = day_span(event.date), day_span(published)
    if span is None or reference is None:
        return False
    return (reference.first - span.last).days > BACKGROUND_DAYS


def story_now(times: list[TimeExpression], doc: Doc | None = None) -> str | None:
    """When a story without a publication date was written, as far as it says: the
    latest month or day it names (an encyclopaedia article about a 2005 operation
    names 2005 dates; its events are history only against that, not against today),
    not counting a date told ahead ("talks would resume in September": ``ahead.py``)."""
    dated = [t.value[:10] for t in times if t.type == "DATE" and len(t.value) >= 7
             and plausible_date(t.value, None)
             and not (doc is not None and told_ahead(doc, t))]  # fmt: skip
    return max(dated) if dated else None


def same_or_inside(ours: PlaceMention, theirs: PlaceMention) -> bool:
    """Whether two places are one, or one lies in the other; unlike ``places_meet``, a place
    too wide to tell ("Europe") meets nothing."""
    return _same_place(ours, theirs) or _inside(ours, theirs) or _inside(theirs, ours)


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name is not None and a.name == b.name


def _inside(small: PlaceMention, big: PlaceMention) -> bool:
    """Whether ``big`` is the country or first-order division ``small`` lies in."""
    code = big.feature_code or ""
    if not big.country or big.country != small.country:
        return False
    if code.startswith("PCL"):
        return True
    return code == "ADM1" and bool(big.admin1) and big.admin1 == small.admin1


def same_kind(a: Event, b: Event) -> bool:
    """Whether two events are of one kind: the same ACLED sub-event type, and under its
    catch-all "Other" the same recorded type too (forces sent and a sanction imposed are
    both "Other", never one event told twice)."""
    if a.acled_sub_event != b.acled_sub_event:
        return False
    return a.acled_sub_event != "Other" or a.type == b.type


def _outcome_only(event: Event) -> bool:
    return event.acled_event in VIOLENT_TYPES and bool(event.cues) and all(
        cue in OUTCOME_CUES for cue in event.cues
    )


def _may_be(outcome: Event, cause: Event, undated: Collection[int] = ()) -> bool:
    """Whether ``outcome`` (someone killed) can be what ``cause`` did: no place, date or
    victim of its own that contradicts it. ``undated``: starts of the events whose
    sentence names no date: a date such an event holds was carried over from the story
    ("two passengers were injured" after an attack of last year), not its own."""
    own = outcome.place if outcome.place and outcome.start <= outcome.place.start < outcome.end \
        else None  # fmt: skip
    if own is not None and cause.place is not None and not same_or_inside(own, cause.place):
        return False  # "killed in Nairobi" can be what the bombs in Kenya did
    own_date = outcome.date_source == "text" and outcome.start not in undated
    if own_date and not dates_meet(outcome.date, cause.date):
        return False
    a, b = outcome.actor2, cause.actor2
    if a and b and a.actor and b.actor and a.actor != b.actor:
        return False
    return not _doer_beside(outcome, cause)


def _doer_beside(outcome: Event, cause: Event) -> bool:
    """ "Militants killed two soldiers, and the air force bombed their hideouts": a
    killing with a doer of its own, read beside another deed of its sentence (the event
    coder reads a second deed only in a clause of its own), is that doer's deed, not
    what the other did; a doer the other shares is its outcome."""
    if outcome.start != cause.start or outcome.actor1 is None:
        return False
    return cause.actor1 is None or _bare(cause.actor1.text) != _bare(outcome.actor1.text)


def _bare(name: str) -> str:
    """A side's words without case or article ("The rebels" = "rebels")."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def outcomes_merged(events: list[Event], undated: Collection[int] = ()) -> list[int]:
    """Indices of the events that only report what another event of the story did
    ("the commander ... was killed" beside "died when a drone struck his vehicle"),
    each merged as evidence into the nearest violent event it can be, in place. ACLED
    codes the strike, with its fatalities; the killing is not a second event. Returns
    the indices merged away (the caller drops them and whatever it keeps beside them)."""
    gone: list[int] = []
    for i, event in enumerate(events):
        if not _outcome_only(event):
            continue
        causes = [j for j, other in enumerate(events) if j != i and j not in gone
                  and other.acled_event in VIOLENT_TYPES and not _outcome_only(other)
                  and _may_be(event, other, undated)]  # fmt: skip
        if not causes:
            continue
        j = min(causes, key=lambda k: abs(events[k].start - event.start))
        cause = events[j]
        for span in (TextSpan(event.start, event.end, event.text), *event.evidence):
            cause = with_evidence(cause, span.start, span.end, span.text)
        if cause.fatalities is None and event.fatalities is not None:
            cause = replace(cause, fatalities=event.fatalities)
        events[j] = cause
        gone.append(i)
    return gone


def tallies(sent: Span) -> list[Token]:
    """Counted plural event nouns of a sentence ("conducted 23 strikes using bomber
    aircraft"): the sentence may count events whatever word typed it."""
    doc = sent.doc
    lowered = lemmas(doc)  # the Doc's lemma table in the coder: a Token only for a tally word
    words = (sent if lowered is None else
             (doc[i] for i in range(sent.start, sent.end) if lowered[i] in _TALLIED))  # fmt: skip
    return [t for t in words if t.tag_ == "NNS" and t.lemma_.lower() in _TALLIED
            and any(c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"}
                    for c in t.children)]  # fmt: skip


#: Nouns a tally counts events by.
_TALLIED = GENERAL_EVENT_NOUNS | {"airstrike", "sortie"}


def owned(events: list[Event], doc: Doc) -> list[Event]:
    """Violent events told with no one doing them take the group the story says claimed
    responsibility ("... came under attack. The BLA claimed responsibility"); else the
    one it says did the attacks ("X planned the attacks", ``perpetrators``), for the
    events of the kind its noun says, when it names one side so."""
    if not any(e.actor1 is None and e.acled_event in VIOLENT_TYPES for e in events):
        return events
    owner = next((c for c in map(claimant, doc_sents(doc)) if c is not None), None)
    if owner is not None:
        return [replace(e, actor1=owner) if e.actor1 is None and e.acled_event in VIOLENT_TYPES
                else e for e in events]  # fmt: skip
    return _done_as_said(events, doc)


def _done_as_said(events: list[Event], doc: Doc) -> list[Event]:
    """The violent events that name no doer take the one the story says did its attacks
    (``perpetrators``), when it names one side so, and only events of the kind its noun
    says; not events of a sub-event type the story also tells done by another side (its
    bombings by two sides: which the statement means is not said, as ``lender`` does)."""
    said = [p for sent in doc_sents(doc) for p in perpetrators(sent)]
    if not said or not all(_same_side(doer, said[0][0]) for doer, _ in said):
        return events  # no one, or several sides: who did which is not said
    doer = said[0][0]
    others = {e.acled_sub_event for e in events
              if e.actor1 is not None and not _same_side(e.actor1, doer)}  # fmt: skip
    return [replace(e, actor1=doer) if e.actor1 is None and e.acled_event in VIOLENT_TYPES
            and e.acled_sub_event not in others and any(fits(n, e) for _, n in said)
            else e for e in events]  # fmt: skip
