"""Is a story on the conflict beat at all? ACLED-style coding is about organised
political violence, demonstrations and the political moves around them; a story
about a stabbing, a gas blast, a court case or a cup final uses the same verbs
("attacked", "struck", "captured", "shot") and is none of those.

The test is deliberately coarse and about the whole story, not its words one by
one: how densely the story uses the vocabulary of armed conflict and protest
(``conflict_context`` in ``data/event_words.toml``). An event whose own sentence
uses that vocabulary, or words that tell conflict in one sentence but are common in other
news (``conflict_sentence_context``: "workers picketed", "a mass shooting"), is on the beat
whatever the story around it; any other event
of a story below ``LEAST_DENSITY`` is kept but capped at ``OFF_BEAT_CONFIDENCE``,
under the default least confidence the lists and the map show, so an analyst who
asks for everything still finds it; unless the event model is sure of it
(``OFF_BEAT_SURE``: a shooting that killed dozens, recalled in a story about a bill).

Claims (``for_claims``) count the humanitarian side too (``crisis_context``:
refugees, aid, detainees, sanctions) against a lower density; a number in a story
off that beat measures no conflict and is no claim (the guide's definition). A story
that names natural hazards (``hazard_context``: earthquakes, floods, landslides, storms)
or illnesses (``illness_context``: outbreaks, cholera, flu) more often than conflict and
crisis words is a disaster story whatever its density: its dead, injured, missing and
evacuated are a disaster's or an epidemic's toll, no conflict claim.

The density thresholds were chosen on the tune halves of two real-news gold sets
(VOA/re3d dev stories and TR-News articles): each sits in the range where no
tune-half event or claim a coder coded is lost.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from frontlines.vocab.words import word_list

__all__ = [
    "LEAST_CLAIM_DENSITY", "LEAST_DENSITY", "LEAST_WORDS", "OFF_BEAT_CONFIDENCE", "OFF_BEAT_SURE",
    "ConflictBeat", "Vocabulary", "beat_capped", "conflict_words", "hazard_words", "hits",
    "read_words", "vocabulary",
]  # fmt: skip

#: Conflict words per 1,000 words of a story below which its events are off the beat.
LEAST_DENSITY = 4.0
#: Conflict and crisis words per 1,000 words below which its numbers are no claims.
LEAST_CLAIM_DENSITY = 2.0
#: Below this many words a text is too short to judge by density (a sentence, a
#: snippet, a headline): it is taken as on the beat, as before the beat existed.
LEAST_WORDS = 80
#: The most confidence an event off the beat keeps (the default shown is 0.3).
OFF_BEAT_CONFIDENCE = 0.05
#: The confidence at which an event off the beat is not capped: the event model reads the
#: story's register, its beat and its other events (``events/beat.py``,
#: ``events/story_context.py``), and where it is this sure the event is one whatever the
#: story's density ("the shooter killed 49 people" in a story about a senate bill; on the
#: judged samples A, B and D, every capped event the model put at 0.5 or more was judged
#: true, 8 of 8, and crime and politics senses stayed under 0.4). Not for an event dated
#: only by the story's day (``beat_capped``).
OFF_BEAT_SURE = 0.6

_WORD = re.compile(r"[a-z][a-z'-]*")

#: A word class read for counting: (single words, multi-word phrases).
Vocabulary = tuple[frozenset[str], tuple[str, ...]]


@cache
def vocabulary(*keys: str) -> Vocabulary:
    """The event word classes ``keys`` of ``data/event_words.toml``, as one vocabulary
    to count a text's hits of (the beat here, a story's register for the confidence)."""
    entries = [e for key in keys for e in word_list("event", key)]
    return (frozenset(e for e in entries if " " not in e),
            tuple(e for e in entries if " " in e))  # fmt: skip


def conflict_words(crisis: bool = False) -> Vocabulary:
    """The conflict vocabulary (``crisis``: with the humanitarian words claims count)."""
    return vocabulary("conflict_context", "crisis_context") if crisis else vocabulary(
        "conflict_context")


def hazard_words() -> Vocabulary:
    """The vocabulary naming natural hazards and illnesses."""
    return vocabulary("hazard_context", "illness_context")


def read_words(text: str) -> tuple[str, list[str]]:
    """``text`` lowered and its words, read once for every vocabulary counted in it. The
    last text's reading is kept: a story's beat and its register (``ConflictBeat``,
    ``events.story_register``) read the whole story one after the other. Callers only
    count in the list, never change it."""
    last = _LAST_READ
    if last and last[0] == text:
        return last[1]
    lowered = text.lower()
    read = lowered, _WORD.findall(lowered)
    _LAST_READ[:] = [text, read]
    return read


#: The last text ``read_words`` read and its reading.
_LAST_READ: list[Any] = []


def hits(lowered: str, tokens: list[str], words: Vocabulary) -> int:
    """How many words and phrases of ``words`` a text read by ``read_words`` holds (the
    words tested by ``map``, not a generator: a story's register counts its every word
    five times)."""
    single, phrases = words
    return sum(map(single.__contains__, tokens)) + sum(lowered.count(p) for p in phrases)


def _count(text: str, crisis: bool = False) -> tuple[int, int]:
    """(conflict words and phrases, all words) in ``text``."""
    lowered, tokens = read_words(text)
    return hits(lowered, tokens, conflict_words(crisis)), len(tokens)


def _hazards(text: str) -> int:
    """How many times ``text`` names a natural hazard or an illness."""
    return hits(*read_words(text), hazard_words())


class ConflictBeat:
    """The beat of one story: built once per document, asked once per event."""

    def __init__(self, story: str, for_claims: bool = False) -> None:
        hits, words = _count(story, for_claims)
        self.density = 1000.0 * hits / max(words, 1)
        self.least = LEAST_CLAIM_DENSITY if for_claims else LEAST_DENSITY
        self.judged = words >= LEAST_WORDS
        # Only claims ask: an event in a disaster story keeps the old test.
        self.disaster = for_claims and _hazards(story) > hits

    @property
    def on_beat(self) -> bool:
        if self.judged and self.disaster:
            return False
        return not self.judged or self.density >= self.least

    def covers(self, sentence: str) -> bool:
        """Whether an event told in ``sentence`` is on the beat."""
        return self.on_beat or self.tells(sentence)

    def tells(self, sentence: str) -> bool:
        """Whether ``sentence`` itself uses the vocabulary of conflict, or words that tell
        it in one sentence but are too common elsewhere to weigh a whole story
        (``conflict_sentence_context``: "workers picketed", "a mass shooting")."""
        lowered, tokens = read_words(sentence)
        return bool(hits(lowered, tokens, conflict_words()) or hits(
            lowered, tokens, vocabulary("conflict_sentence_context")))

    def capped(self, sentence: str, confidence: float, dated: bool = True) -> float:
        """``confidence``, capped when the event is off the beat (``beat_capped``)."""
        return beat_capped(confidence, not self.covers(sentence), dated)


def beat_capped(confidence: float, off_beat: bool, dated: bool = True) -> float:
    """``confidence`` as lists show it: an event off its story's beat is capped at
    ``OFF_BEAT_CONFIDENCE`` unless the model is at least ``OFF_BEAT_SURE`` of it and its
    sentence gives it a date (``dated``): one dated only by the publication or news day
    is as often an attack recalled without its day ("the bill follows the Orlando
    shootings, in which a gunman killed 49") as a new one, and its sentence, being off
    the beat, does not tell of conflict either. The coder and the estimates of held-out
    precision (``lab/cross_set.scored_at``) both cap here."""
    if off_beat and (confidence < OFF_BEAT_SURE or not dated):
        return min(confidence, OFF_BEAT_CONFIDENCE)
    return confidence
