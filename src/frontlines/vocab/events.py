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
    "ATTACK_ON_FORCES",
    "EventLexicon",
    "EventMatch",
    "EventType",
    "INFLECTION",
    "SUFFIXES",
    "NON_STATE_WORDS",
    "STATE_WORDS",
    "derived",
    "side_of",
]

#: The endings a cue may take in the text ("shell" matches "shelled", "shelling").
SUFFIXES = ("s", "es", "ed", "d", "ing", "ion", "ions", "e", "ment", "ments")
INFLECTION = "(?:" + "|".join(SUFFIXES) + ")?"
#: Where a cue may start: a run of word characters not after a word character or hyphen.
_WORD_RUN = re.compile(r"(?<![\w-])\w+")
_LEAD = re.compile(r"\w*")

#: The lexicon's attack on forces (``data/events.toml``): ACLED's armed clash told by a
#: one-sided word ("an attack on an army post"), the type an attack on armed people takes.
ATTACK_ON_FORCES = "armed_clash_attack_on_forces"

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


#: Prefixes a writer may set off with a hyphen ("re-taking", "re-captured"): the same word.
HYPHEN_PREFIXES = ("re",)


def derived(cue: str) -> tuple[str, ...]:
    """``cue`` (lower case) and the spellings a derivation gives it that an ending does not:
    a one-word cue that opens with a prefix is also written with a hyphen after it
    ("recapture": "re-capture"), whose final silent e drops before "-ing" ("retake":
    "re-taking"; unhyphenated, the parser's lemma finds it). The prefix must be followed
    by a consonant, as in the verbs the lexicon lists ("regain", not "react")."""
    forms = [cue.lower()]
    word = forms[0]
    for prefix in HYPHEN_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and rest.isalpha() and rest[0] not in "aeiou":
            forms.append(f"{prefix}-{rest}")
            if rest.endswith("e") and rest[-2] not in "aeiou":
                forms.append(f"{prefix}-{rest[:-1]}ing")
    return tuple(forms)


def _pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c.lower()) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives}){INFLECTION}(?![\w])")


def _lead(cue: str) -> str:
    """The word characters a cue opens with: all of a one-word cue."""
    match = _LEAD.match(cue)
    return match.group() if match else ""


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


def _runs_at(haystack: str, word: str) -> list[int]:
    """Where ``word`` (word characters only) is a whole run of ``_WORD_RUN`` in
    ``haystack``: not after a word character or hyphen, not followed by a word
    character (``\\w`` of a ``str`` pattern is a character ``isalnum`` or the underscore).
    Found with ``str.find``: a pattern opening with a look-behind is tried at every
    character."""
    found = []
    size = len(word)
    at = haystack.find(word)
    while at != -1:
        before = haystack[at - 1] if at else " "
        after = haystack[at + size : at + size + 1] or " "
        if not (before == "-" or before == "_" or before.isalnum()
                or after == "_" or after.isalnum()):  # fmt: skip
            found.append(at)
        at = haystack.find(word, at + 1)
    return found


class EventLexicon:
    def __init__(self, types: list[EventType]) -> None:
        self.types = tuple(types)
        self._cues = {t.id: _pattern(tuple(f for c in t.cues for f in derived(c))) for t in types}
        #: a derived spelling found ("re-taking") counts as the cue it derives from
        self._base = {f: c.lower() for t in types for c in t.cues for f in derived(c)[1:]}
        # A cue can only match where the text's run of word characters is the cue with an
        # ending (one-word cues: "shelled") or the cue's first word ("air" of "air strike",
        # "air-strike"). One dictionary look-up per word of the text finds the types worth
        # their own regular expression; most sentences have none (a scan with one pattern
        # of every cue was the slowest step of the layer).
        self._forms: dict[str, set[str]] = {}
        self._leads: dict[str, set[str]] = {}
        self._always: set[str] = set()  # a cue that opens with no word character
        for t in types:
            for cue in (f for c in t.cues for f in derived(c)):
                lead = _lead(cue)
                if not lead:
                    self._always.add(t.id)
                elif lead == cue:
                    for suffix in ("", *SUFFIXES):
                        self._forms.setdefault(cue + suffix, set()).add(t.id)
                else:
                    self._leads.setdefault(lead, set()).add(t.id)
        self._openers = frozenset(self._forms) | frozenset(self._leads)
        self._last: tuple[str, frozenset[str]] = ("", frozenset())
        self._last_starts: tuple[str, dict[str, list[int]]] = ("", {})
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
        haystack = " \n ".join(t.lower() for t in texts)
        words = self._words(haystack)
        if not self._forms.keys().isdisjoint(words):
            return True  # a one-word cue with an ending is a whole word of the text
        return any(self._any(t, haystack) for t in self._candidates(haystack))

    def _words(self, haystack: str) -> frozenset[str]:
        """The word runs of ``haystack`` that open a cue; the last text's are kept, as
        ``matches`` reads the same text right after ``any_cue``."""
        last = self._last
        if last[0] == haystack:
            return last[1]
        words = self._openers.intersection(_WORD_RUN.findall(haystack))
        self._last = (haystack, words)
        return words

    def _candidates(self, haystack: str) -> set[str]:
        """The ids of the types that may have a cue in ``haystack`` (lower case): every
        type that does is among them, so only these need their own pattern run."""
        found = set(self._always)
        for word in self._words(haystack):
            found.update(self._forms.get(word, ()), self._leads.get(word, ()))
        return found

    def _found(self, type_id: str, haystack: str) -> list[re.Match[str]]:
        """What ``self._cues[type_id].finditer(haystack)`` finds, read only where a match
        can start: a cue opens a word run that is the cue with an ending or the cue's
        first word (see ``__init__``), so the pattern is tried at those runs alone, left
        to right, past the end of the last match, as ``finditer`` goes. A long pattern
        of alternatives scanned over every character of the text was the slowest step."""
        pattern = self._cues[type_id]
        if type_id in self._always:
            return list(pattern.finditer(haystack))
        found: list[re.Match[str]] = []
        end = 0
        for start in self._starts(haystack).get(type_id, ()):
            if start < end:
                continue
            match = pattern.match(haystack, start)  # the look-behind sees the text before
            if match is not None:
                found.append(match)
                end = match.end()
        return found

    def _any(self, type_id: str, haystack: str) -> bool:
        """Whether ``self._cues[type_id].search(haystack)`` finds a cue (see ``_found``)."""
        pattern = self._cues[type_id]
        if type_id in self._always:
            return pattern.search(haystack) is not None
        return any(pattern.match(haystack, s) for s in self._starts(haystack).get(type_id, ()))

    def _starts(self, haystack: str) -> dict[str, list[int]]:
        """Where a cue of each type may start in ``haystack``: the word runs that are one
        of its cues with an ending or a cue's first word. The last text's are kept, as
        each candidate type reads the same text. Only the few words of the text that open
        a cue (``_words``) are looked for (``_runs_at``): a walk over every word run of
        the text in Python was a twentieth of the layer's time."""
        last = self._last_starts
        if last[0] == haystack:
            return last[1]
        at_type: dict[str, set[int]] = {}
        forms, leads = self._forms, self._leads
        for word in self._words(haystack):
            at = _runs_at(haystack, word)
            for type_id in (*forms.get(word, ()), *leads.get(word, ())):
                at_type.setdefault(type_id, set()).update(at)
        starts = {type_id: sorted(at) for type_id, at in at_type.items()}
        self._last_starts = (haystack, starts)
        return starts

    def matches(self, *texts: str, side: str | None = None) -> list[EventMatch]:
        """Every type with a cue in ``texts`` (e.g. the lemmas and the words of a sentence),
        best first. ``side`` overrides the state/non-state reading of the text."""
        haystack = " \n ".join(t.lower() for t in texts)
        candidates = self._candidates(haystack)
        if not candidates:  # most sentences: no word of theirs can start a cue
            return []
        types = self.types
        found = []
        for t in (types[n] for n in sorted(map(self._order.__getitem__, candidates))):
            cues = tuple(dict.fromkeys(self._base.get(m.group(1), m.group(1))
                                       for m in self._found(t.id, haystack)))  # fmt: skip
            if not cues:
                continue
            if t.requires and not self._requires[t.id].search(haystack):
                continue
            if t.excludes and self._excludes[t.id].search(haystack):
                continue
            score = t.weight * (1 + 0.25 * (len(cues) - 1))
            if t.actor_side:
                if side is None:  # read once, and only for a type of one side
                    side = side_of(texts[-1])
                if side and side != t.actor_side:
                    continue
                if not side:
                    score -= 0.5
            found.append(EventMatch(t, score, cues))
        return sorted(found, key=lambda m: (-m.score, self._order[m.type.id]))

    def classify(self, *texts: str, side: str | None = None) -> EventMatch | None:
        found = self.matches(*texts, side=side)
        return found[0] if found else None
