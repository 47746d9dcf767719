"""The register a story is told in, for the event confidence: political news, crime and
court news, a report that counts its dead; and whether an event's sentence is quoted speech.

The confidence was fitted on conflict news first; on political, local and business news
(``eval/judged``) its false events are campaign "attacks", "battles" over bills, local
shootings and arrests, wars recalled in a speech. The conflict lexicon cannot tell these
apart word by word; the rest of the story can: how densely it uses the words of elections
and legislatures (``politics_context`` in ``data/event_words.toml``), of police and courts
(``crime_context``), how often it counts people killed or wounded (``casualty_context``),
whether the event's own sentence is inside a quotation (a speaker's words: opinion,
history, threat more often than a report), and how densely it uses the words of markets
(``business_context``) and of natural hazards and illness (``hazard_context``,
``illness_context``): off-beat news whose "attacks", "battles" and "deaths" are a
takeover's or an outbreak's. These are word classes of general knowledge,
not any story's words; the model learns how much each weighs, out of fold.
"""

from __future__ import annotations

import math

from frontlines.nlp.beat import hits, read_words, vocabulary

__all__ = ["REGISTER_FEATURES", "StoryRegister"]

#: The features ``StoryRegister.features`` returns, by name.
REGISTER_FEATURES = ("beat_politics", "beat_crime", "beat_casualty", "sentence_casualty",
                     "sentence_politics", "in_quote", "beat_business", "beat_hazard")  # fmt: skip

#: Quotation marks that open or close speech (straight and typographic double quotes).
_QUOTES = ('"', "\u201c", "\u201d")


def _in(text: str, key: str) -> bool:
    """Whether ``text`` holds a word or phrase of the class ``key``."""
    return hits(*read_words(text), vocabulary(key)) > 0


def _density(hits: int, words: int, full: float) -> float:
    """Hits per 1,000 words, reaching 1.0 at ``full`` per 1,000."""
    return min(1.0, 1000.0 * hits / max(words, 1) / full)


class StoryRegister:
    """One story's register, counted once per document and asked once per event."""

    def __init__(self, story: str) -> None:
        self.story = story
        lowered, tokens = read_words(story)  # read once, counted three times
        politics = hits(lowered, tokens, vocabulary("politics_context"))
        crime = hits(lowered, tokens, vocabulary("crime_context"))
        self.casualties = hits(lowered, tokens, vocabulary("casualty_context"))
        self.politics = _density(politics, len(tokens), 40.0)
        self.crime = _density(crime, len(tokens), 20.0)
        self.business = _density(hits(lowered, tokens, vocabulary("business_context")),
                                 len(tokens), 30.0)  # fmt: skip
        self.hazard = _density(hits(lowered, tokens, vocabulary("hazard_context",
                                                                "illness_context")),
                               len(tokens), 20.0)  # fmt: skip

    def features(self, start: int, sentence: str) -> dict[str, float]:
        """The story's register and the event's sentence (``sentence``, at character
        ``start`` of the story) against it, each in [0, 1]."""
        stripped = sentence.lstrip()
        opened = sum(self.story.count(q, 0, start) for q in _QUOTES) % 2 == 1
        return {
            "beat_politics": self.politics,
            "beat_crime": self.crime,
            "beat_casualty": min(1.0, math.log1p(self.casualties) / math.log1p(8)),
            "sentence_casualty": float(_in(sentence, "casualty_context")),
            "sentence_politics": float(_in(sentence, "politics_context")),
            "in_quote": float(opened or stripped.startswith(_QUOTES)),
            "beat_business": self.business,
            "beat_hazard": self.hazard,
        }
