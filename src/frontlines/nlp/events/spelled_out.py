"""A well-known attack a sentence spells out by its place rather than by its name ("the
shootings in Orlando" for "the Orlando nightclub shooting"): where the noun's own phrase
spells the place a listed name begins with, and when the noun is recalled, not told as
news. Kept apart from ``named_history``, which reads the names themselves and gives the
day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

from frontlines.nlp.events.kinds import kind_of
from frontlines.nlp.events.realis import definite
from frontlines.vocab.timespan import day_span

__all__ = ["FRESH_DAYS", "KnownAttack", "place_of", "spelled_at", "spelled_in"]

#: A story at most this many days after a listed attack is still its news.
FRESH_DAYS = 7


class KnownAttack(Protocol):
    """What this module reads of a listed conflict (``named_history.NamedConflict``):
    a protocol, so that this module does not import the one that imports it."""

    @property
    def names(self) -> tuple[str, ...]: ...

    @property
    def actor(self) -> bool: ...

    @property
    def date(self) -> str | None: ...


_Known = TypeVar("_Known", bound=KnownAttack)


def _event_nouns(triggers: Sequence[Token]) -> list[Token]:
    """The trigger nouns, and the nouns that tell a trigger verb's event: its subject
    ("the bombing killed"), or the object of "in", "during" or "by" on it ("were killed in
    the bombing")."""
    nouns = [t for t in triggers if t.pos_ == "NOUN"]
    for verb in (t for t in triggers if t.pos_ == "VERB"):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
                nouns.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"in", "during", "by"}:
                nouns += [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return nouns


def spelled_in(triggers: Sequence[Token], dated: bool, known: Sequence[_Known],
               now: str | None = None) -> list[_Known]:  # fmt: skip
    """The dated attacks a definite trigger noun spells out by its place ("the mass
    shootings in Orlando and Nice", "the shooting at the nightclub in Orlando"): a name of
    the attack begins with the place, spelled in the trigger's own phrase
    (``place_of``), and ends with a noun of the trigger's kind ("San Bernardino
    shootings", "Orlando nightclub shooting"), first the place the sentence names first.
    News from a place goes on after its best-known attack, so the place alone is not
    enough: the noun must be recalled ("since the shootings in Orlando", "after the
    attack in Nice", ``_recalled``; or the sentence gives it a coarser date, ``dated``),
    or its phrase must hold a further word of the name ("the nightclub", "the truck
    attack"): "the attack in Christchurch wounded a driver" months later is news. An
    indefinite noun ("an attack in Paris") may be a new attack there; only with
    ``dated`` is it read. A trigger verb's noun counts as its own ("the shootings in
    Orlando killed 49", "died in the shootings in Orlando": ``_event_nouns``). In a story
    written within ``FRESH_DAYS`` after the attack (``now``, its day), a definite noun that
    spells its place is that attack all the same ("The Orlando attack has stirred a
    debate" two days on): a second attack of the kind in one place within days is not
    told as "the" one."""
    return [c for _, c in spelled_at(triggers, dated, known, now)]


def spelled_at(triggers: Sequence[Token], dated: bool, known: Sequence[_Known],
               now: str | None = None) -> list[tuple[int, _Known]]:  # fmt: skip
    """``spelled_in`` with the index of the token where each attack's place is spelled:
    one event per place ("the attacks in San Bernardino, California, and Paris") is then
    each its own attack's."""
    found: list[tuple[int, _Known]] = []
    for noun in _event_nouns(triggers):
        kind = kind_of(noun.lemma_.lower())
        if kind is None or not (dated or definite(noun)):
            continue
        recalled = dated or _recalled(noun)
        for conflict in known:
            if conflict.date is None or conflict.actor:
                continue
            for name in conflict.names:
                words = name.split()
                if (len(words) < 2 or not words[-1].islower()
                        or kind_of(words[-1].rstrip("s")) != kind):  # fmt: skip
                    continue
                at = place_of(noun, words)
                if at is not None and (recalled or _more_of(noun, words)
                                       or _fresh(conflict.date, now)):  # fmt: skip
                    found.append((at, conflict))
                    break
    return sorted(found, key=lambda pair: pair[0])


#: Words after which a noun is an attack recalled, not told ("since the attack in Nice").
_RECALLING = frozenset({"since", "after", "following"})
#: Nouns of the time after an attack ("in the wake of the shootings in Orlando").
_AFTERMATH = frozenset({"wake", "aftermath", "anniversary"})


def _own_phrase(noun: Token) -> set[int]:
    """The indices of the noun's own phrase, without the noun and without a noun
    coordinated with it ("the Paris attacks and the Brussels bombings": Brussels is the
    bombings')."""
    others = {t.i for c in noun.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in noun.subtree if t.i != noun.i and t.i not in others}


def _recalled(noun: Token) -> bool:
    """Whether the noun is told as what came before: the object of "since", "after" or
    "following", or of "of" on "the wake", "the aftermath" or "the anniversary", or the
    subject of a clause such a word opens ("since the shootings in Orlando took 49
    lives")."""
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj":
        return head.lower_ in _RECALLING or (
            head.lower_ == "of" and head.head.lemma_.lower() in _AFTERMATH)
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return any(c.lower_ in _RECALLING and c.dep_ in {"mark", "prep", "advmod"}
                   for c in head.children)  # fmt: skip
    return False


def _fresh(day: str | None, now: str | None) -> bool:
    """Whether the attack's ``day`` lies at most ``FRESH_DAYS`` before the story's ``now``."""
    attack, story = day_span(day or ""), day_span(now or "")
    if attack is None or story is None:
        return False
    return 0 <= (story.first - attack.last).days <= FRESH_DAYS


def _more_of(noun: Token, words: Sequence[str]) -> bool:
    """Whether the noun's phrase holds a word of the name between its place and its noun
    ("nightclub" of "Orlando nightclub shooting": "the shooting at the nightclub in
    Orlando"); a name with no such word ("Paris attacks") has none to hold."""
    middle = {w.lower() for w in words[1:-1] if w[:1].islower()}
    return bool(middle & {noun.doc[i].lemma_.lower() for i in _own_phrase(noun)})


def place_of(noun: Token, words: Sequence[str]) -> int | None:
    """Where the noun's own phrase spells the place a name begins with: every word of the
    name up to its first lower-case one ("San Bernardino" of "San Bernardino shootings",
    "Khan Sheikhoun" of "Khan Sheikhoun chemical attack"), as proper nouns in a row. The
    first word alone is no match: San Antonio is not San Bernardino. The index of the
    place's first token, or None."""
    lead = " ".join(w for w in words[: next(
        (k for k, w in enumerate(words) if w[:1].islower()), len(words))])  # fmt: skip
    if not lead:
        return None
    inside = _own_phrase(noun)
    doc = noun.doc
    for i in sorted(inside):
        token = doc[i]
        if token.pos_ != "PROPN" or not lead.startswith(token.text):
            continue
        span = doc.char_span(token.idx, token.idx + len(lead))
        if span is not None and span.text == lead and all(
                t.i in inside and t.pos_ in {"PROPN", "PUNCT"} for t in span):  # fmt: skip
            return token.i
    return None
