"""One mention, several events: a trigger whose place is a coordination of places.

ACLED codes one event per place and day, and the gold of every news set here does the
same: "the bombings of the consulates in Accra and Lome", "gun attacks in
Lyon and Denver", "air raids on Afghanistan and Sudan" are two events each, told
by one word. The coder reads one event per sentence, so the second of them was a miss.
The parse says when the place the event was given is one conjunct of several (``conj``
of its head, or of the head's apposition: "Accra, Ghana and Lome, Togo");
each conjunct that is a place the story uses as a location becomes the place of one
event. A country beside a town of its own is the town's apposition, not another place
("Accra, Ghana"), and so is a province right after its town ("Winnipeg, Manitoba").
A count of the victims is of all of them together, so the events split from one
mention carry no fatality count of their own. The place must be the trigger's own
locative argument: "arrested over the blasts in A and B" is one arrest. A sentence that
dates such a mention coarser than a day ("the attacks in San Bernardino, California,
and Paris last year") gives each place the day of the well-known attack whose name it begins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.model import Event, PlaceMention, as_acled_precision
from frontlines.nlp.events.named_history import place_recent_date
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.triggers import triggers as cue_tokens
from frontlines.nlp.events.where import LOCATIVE_PREPOSITIONS, counted, narrowed
from frontlines.nlp.extensions import doc_text
from frontlines.resolve.time.timex import acled_value_precision
from frontlines.vocab.events import EventMatch

__all__ = ["coordinated_places", "spread"]


#: Prepositions whose object places the event: the locative ones, and "of" for a site
#: the event is of ("the bombing of the embassies in A and B").
_PLACING = LOCATIVE_PREPOSITIONS | {"of"}
#: Prepositions that list the members of a plural place noun ("towns including A and B").
_LISTING = frozenset({"including", "like"})
#: How a site noun hangs from the trigger's verb when the place is the site's.
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def coordinated_places(sent: Span, where: PlaceMention | None, places: Sequence[PlaceMention],
                       triggers: Sequence[Token], others: Sequence[Token]) -> list[PlaceMention]:
    """The places ``where`` is coordinated with in ``sent`` (itself first), each a
    distinct place; ``[where]`` when it stands alone, is not the sentence's own, or is
    not the triggers' own locative argument (``others``: words of other events, whose
    places are theirs: "arrested over the blasts in A and B")."""
    if where is None or not sent.start_char <= where.start < sent.end_char:
        return [where] if where is not None else []
    head = _root(sent, where)
    if head is None or not triggers or not _placed_by(head, triggers, others):
        return [where]
    inside = [p for p in places if p.role == "location"
              and sent.start_char <= p.start < sent.end_char]  # fmt: skip
    found = [where]
    for token in _coordinated(head):
        place = next((p for p in inside if p.start <= token.idx < p.end), None)
        if place is not None and all(not _same(place, f) for f in found):
            found.append(place)
    towns = {p.country for p in found if not _country_level(p)}
    kept = [p for p in found if p is where or not (_country_level(p) and p.country in towns)
            and not _qualifies(p, found, sent)]  # fmt: skip
    return kept if len(kept) > 1 else [where]


def spread(event: Event, sent: Span, places: Sequence[PlaceMention],
           triggers: Sequence[Token], matches: Sequence[EventMatch]) -> list[Event]:  # fmt: skip
    """``event`` once per place its place is coordinated with (itself when none); the
    words of the sentence's other recorded types (``matches``) are other events'."""
    if event.place is None or not sent.start_char <= event.place.start < sent.end_char:
        return [event]  # most events: no parse reading
    others = [t for m in matches if m.type.record for t in cue_tokens(sent, m)]
    spots = coordinated_places(sent, event.place, places, triggers, others)
    if len(spots) < 2:
        return [event]
    shared = len(spots)  # "two bombs ... in A and B": one in each, no tally to keep wide
    return [_attack_day(replace(event, fatalities=None, place=narrowed(
        p, sent, places, None, triggers, shared) if p is not event.place or (counted(
            sent, triggers) and not counted(sent, triggers, shared)) else p), p, triggers)
        for p in spots]  # fmt: skip


def _attack_day(event: Event, spot: PlaceMention, triggers: Sequence[Token]) -> Event:
    """``event`` on the day of the well-known attack its place spells, when the sentence
    dates it only coarser ("the attacks in San Bernardino, California, and Paris last
    year": each its own day, ``named_history.place_recent_date``); else ``event``."""
    told = event.date or ""
    if event.date_source != "text" or not told or len(told) >= len("YYYY-MM-DD"):
        return event
    day = place_recent_date(triggers, spot.start, told)
    if day is None:
        return event
    return replace(event, date=day, date_precision=as_acled_precision(acled_value_precision(day)))


def _root(sent: Span, place: PlaceMention) -> Token | None:
    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _placed_by(head: Token, triggers: Sequence[Token], others: Sequence[Token]) -> bool:
    """Whether the place is the object of a placing preposition of a trigger or of the
    verb asserting it, directly or through one site noun that is no other event's word
    ("at the embassies in A and B", "killed 257 people in A and B"); a subject or object
    place is a side, not where."""
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    busy = {t.i for t in others} - {t.i for t in triggers}
    token, sites = head, 0
    for _ in range(8):
        if token.dep_ in {"appos", "conj", "compound"} and token.head.i != token.i:
            token = token.head
            continue
        if token.dep_ == "pobj" and token.head.lower_ in _LISTING and token.head.head.pos_ in \
                {"NOUN", "PROPN"} and token.head.head.i != token.head.i:  # fmt: skip
            token = token.head.head  # "key towns including A and B": the towns' place
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in _PLACING:
            return False
        governor = token.head.head
        if governor.i in governors:
            return True
        if sites or governor.pos_ not in {"NOUN", "PROPN"} or governor.i in busy:
            return False
        if governor.dep_ in _ARGUMENTS and governor.head.i in governors:
            return True  # "the blasts killed 257 people in A and B"
        token, sites = governor, 1
    return False


def _coordinated(head: Token) -> list[Token]:
    """Conjuncts of the place's head, of its apposition ("Accra, Ghana and ...") and of
    the head it is the apposition of; never the head itself."""
    anchors = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        anchors.append(head.head)
    out: list[Token] = []
    for anchor in anchors:
        out.extend(t for t in anchor.conjuncts if t not in anchors and t not in out)
    out.extend(t for t in _gapped(head) if t not in out)
    return out


def _gapped(head: Token) -> list[Token]:
    """The places of counts joined to the place's phrase with the verb and noun left out
    ("killed 40 people in A and 12 in B", "five soldiers in A and three in B"): a
    conjunct of the word the place's preposition hangs on that is a count, or a noun a
    count measures, with a phrase of the same preposition of its own."""
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return []
    prep = head.head
    found: list[Token] = []
    for other in prep.head.conjuncts:
        if not (other.like_num or any(c.dep_ == "nummod" for c in other.children)):
            continue
        found.extend(o for p in other.children if p.dep_ == "prep" and p.lower_ == prep.lower_
                     for o in p.children if o.dep_ == "pobj")  # fmt: skip
    return found


def _qualifies(place: PlaceMention, found: Sequence[PlaceMention], sent: Span) -> bool:
    """Whether ``place`` only says where the place before it lies ("Winnipeg, Manitoba"):
    a wider place right after another of the same country, a comma between them."""
    text = doc_text(sent.doc)
    return any(q.country == place.country and q.end <= place.start
               and text[q.end:place.start].strip() == ","
               and (q.acled_precision or 9) < (place.acled_precision or 9) for q in found)


def _country_level(place: PlaceMention) -> bool:
    return (place.feature_code or "").startswith("PCL")


def _same(a: PlaceMention, b: PlaceMention) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return (a.name or a.text).lower() == (b.name or b.text).lower() and a.country == b.country
