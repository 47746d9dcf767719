"""The register a story is told in, for the event confidence: political news, crime and
court news, a report that counts its dead; and whether an event's sentence is quoted speech.

The confidence was fitted on conflict news first; on political, local and business news
(``eval/judged``) its false events are campaign "attacks", "battles" over bills, local
shootings and arrests, wars recalled in a speech. The conflict lexicon cannot tell these
apart word by word; the rest of the story can: how densely it uses the words of elections
and legislatures (``politics_context`` in ``data/event_words.toml``), of police and courts
(``crime_context``), how often it counts people killed or wounded (``casualty_context``),
and whether the event's own sentence is inside a quotation (a speaker's words: opinion,
history, threat more often than a report). These are word classes of general knowledge,
not any story's words; the model learns how much each weighs, out of fold.
"""

from __future__ import annotations

import math
import re
from functools import cache

from frontlines.vocab.words import word_list

__all__ = ["REGISTER_FEATURES", "StoryRegister"]

#: The features ``StoryRegister.features`` returns, by name.
REGISTER_FEATURES = ("beat_politics", "beat_crime", "beat_casualty", "sentence_casualty",
                     "sentence_politics", "in_quote")  # fmt: skip

_WORD = re.compile(r"[a-z][a-z'-]*")
#: Quotation marks that open or close speech (straight and typographic double quotes).
_QUOTES = ('"', "\u201c", "\u201d")


@cache
def _vocabulary(key: str) -> tuple[frozenset[str], tuple[str, ...]]:
    entries = word_list("event", key)
    return (frozenset(e for e in entries if " " not in e),
            tuple(e for e in entries if " " in e))  # fmt: skip


def _hits(text: str, key: str) -> tuple[int, int]:
    """(words and phrases of ``key``'s class in ``text``, all words)."""
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    words, phrases = _vocabulary(key)
    return sum(t in words for t in tokens) + sum(lowered.count(p) for p in phrases), len(tokens)


def _density(hits: int, words: int, full: float) -> float:
    """Hits per 1,000 words, reaching 1.0 at ``full`` per 1,000."""
    return min(1.0, 1000.0 * hits / max(words, 1) / full)


class StoryRegister:
    """One story's register, counted once per document and asked once per event."""

    def __init__(self, story: str) -> None:
        self.story = story
        politics, words = _hits(story, "politics_context")
        crime, _ = _hits(story, "crime_context")
        self.casualties, _ = _hits(story, "casualty_context")
        self.politics = _density(politics, words, 40.0)
        self.crime = _density(crime, words, 20.0)

    def features(self, start: int, sentence: str) -> dict[str, float]:
        """The story's register and the event's sentence (``sentence``, at character
        ``start`` of the story) against it, each in [0, 1]."""
        stripped = sentence.lstrip()
        opened = sum(self.story.count(q, 0, start) for q in _QUOTES) % 2 == 1
        return {
            "beat_politics": self.politics,
            "beat_crime": self.crime,
            "beat_casualty": min(1.0, math.log1p(self.casualties) / math.log1p(8)),
            "sentence_casualty": float(_hits(sentence, "casualty_context")[0] > 0),
            "sentence_politics": float(_hits(sentence, "politics_context")[0] > 0),
            "in_quote": float(opened or stripped.startswith(_QUOTES)),
        }
