"""The event lexicon: which words signal which ACLED sub-event type (``data/events.toml``).

Transparent by design: a sentence's type is the one whose cues it contains
with the most weight, and ``EventMatch.cues`` lists the words that decided it.
Cues match at a word start with an optional inflection ("shell" matches
"shelled", "shelling"; "ban" never matches "bank").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.vocab.files import parse_toml, read_data_toml
from frontlines.vocab.words import word_list

__all__ = [
    "EventLexicon",
    "EventMatch",
    "EventType",
    "INFLECTION",
    "NON_STATE_WORDS",
    "STATE_WORDS",
    "side_of",
]

INFLECTION = r"(?:s|es|ed|d|ing|ion|ions|e|ment|ments)?"

#: Words that show who acts: the side decides between "government regains territory"
#: and "non-state actor overtakes territory".
STATE_WORDS = word_list("event", "state_words")
NON_STATE_WORDS = word_list("event", "non_state_words")


@dataclass(frozen=True)
class EventType:
    id: str
    case: str
    acled_event: str
    acled_sub_event: str
    plover: str
    plover_mode: str
    weight: float
    cues: tuple[str, ...]
    requires: tuple[str, ...] = ()
    actor_side: str = ""
    excludes: tuple[str, ...] = ()
    record: bool = True  # False: recognised (CASE labels it) but no ACLED event record
    record_as: str = ""  # the type id stored when this entry is another way to spot one

    @property
    def recorded_id(self) -> str:
        return self.record_as or self.id


@dataclass(frozen=True)
class EventMatch:
    type: EventType
    score: float
    cues: tuple[str, ...]  # the cues found, as written in the lexicon


def _pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c.lower()) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives}){INFLECTION}(?![\w])")


def _first_word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


_SIDE_PATTERNS = (
    ("state", _first_word_pattern(STATE_WORDS)),
    ("non_state", _first_word_pattern(NON_STATE_WORDS)),
)


def side_of(text: str) -> str:
    """ "state" / "non_state" from whichever side's words come first, else ""."""
    lowered = text.lower()
    first = {}
    for side, pattern in _SIDE_PATTERNS:
        m = pattern.search(lowered)
        first[side] = m.start() if m else len(lowered) + 1
    if first["state"] == first["non_state"]:
        return ""
    return min(first, key=lambda k: first[k])


class EventLexicon:
    def __init__(self, types: list[EventType]) -> None:
        self.types = tuple(types)
        self._cues = {t.id: _pattern(t.cues) for t in types}
        # A cue's first word must open a word of the text for its pattern to match: one scan
        # for every first word spares most types their own regular expression. A longer
        # first word found where a shorter one also starts counts for both ("strikes").
        self._first_words = {t.id: frozenset(c.lower().split()[0] for c in t.cues if c.split())
                             for t in types}  # fmt: skip
        firsts = sorted(set().union(*self._first_words.values()), key=len, reverse=True)
        self._first_word = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(w) for w in firsts) + ")"
        )
        self._prefixes = {w: frozenset(v for v in firsts if w.startswith(v)) for w in firsts}
        self._any_cue = _pattern(tuple({c for t in types for c in t.cues}))
        self._order = {t.id: i for i, t in enumerate(types)}
        self._requires = {t.id: _pattern(t.requires) for t in types if t.requires}
        self._excludes = {t.id: _pattern(t.excludes) for t in types if t.excludes}

    @classmethod
    def load(cls, text: str | None = None) -> EventLexicon:
        data = read_data_toml("events.toml") if text is None else parse_toml(text, "events")
        return cls([
            EventType(
                t["id"], t["case"], t["acled_event"], t["acled_sub_event"], t["plover"],
                t.get("plover_mode", ""), float(t.get("weight", 1.0)), tuple(t["cues"]),
                tuple(t.get("requires", ())), t.get("actor_side", ""),
                tuple(t.get("excludes", ())), bool(t.get("record", True)),
                t.get("record_as", ""),
            )
            for t in data["type"]
        ])  # fmt: skip

    def get(self, type_id: str) -> EventType:
        return next(t for t in self.types if t.id == type_id)

    def any_cue(self, *texts: str) -> bool:
        """Whether any type's cue occurs at all: one scan, before any closer reading."""
        return self._any_cue.search(" \n ".join(t.lower() for t in texts)) is not None

    def matches(self, *texts: str, side: str | None = None) -> list[EventMatch]:
        """Every type with a cue in ``texts`` (e.g. the lemmas and the words of a sentence),
        best first. ``side`` overrides the state/non-state reading of the text."""
        haystack = " \n ".join(t.lower() for t in texts)
        if not self._any_cue.search(haystack):  # most sentences: one scan, not one per type
            return []
        side = side_of(texts[-1]) if side is None else side
        found = []
        opened: set[str] = set()
        for m in self._first_word.finditer(haystack):
            opened |= self._prefixes[m.group(1)]
        for t in self.types:
            if opened.isdisjoint(self._first_words[t.id]):
                continue
            cues = tuple(dict.fromkeys(m.group(1) for m in self._cues[t.id].finditer(haystack)))
            if not cues:
                continue
            if t.requires and not self._requires[t.id].search(haystack):
                continue
            if t.excludes and self._excludes[t.id].search(haystack):
                continue
            score = t.weight * (1 + 0.25 * (len(cues) - 1))
            if t.actor_side:
                if side and side != t.actor_side:
                    continue
                if not side:
                    score -= 0.5
            found.append(EventMatch(t, score, cues))
        return sorted(found, key=lambda m: (-m.score, self._order[m.type.id]))

    def classify(self, *texts: str, side: str | None = None) -> EventMatch | None:
        found = self.matches(*texts, side=side)
        return found[0] if found else None
