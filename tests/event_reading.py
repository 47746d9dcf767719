"""Helpers the event tests share: an article or a sentence of our own read by the real
pipeline (its events, their types), and why the factuality reading judges one of its words
no event."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.model import Article, Event
from frontlines.nlp.events.factuality import judged
from frontlines.nlp.events.roles import actors_of
from frontlines.nlp.pipeline import prepared_doc
from frontlines.nlp.times import with_reference_date

__all__ = ["actor_texts", "events_on", "read_article", "reason_for", "sub_events",
           "two_type_lexicon"]


def read_article(nlp: Language, text: str) -> Doc:
    """``text`` as an article published 2024-05-20, through the whole pipeline."""
    return nlp(prepared_doc(nlp, Article(id="ours", text=text, published="2024-05-20")))


def events_on(nlp: Language, text: str, published: str | None = "2024-03-15") -> list[Event]:
    """The events of ``text`` read as a story published on ``published`` (no other date)."""
    return list(nlp(with_reference_date(nlp.make_doc(text), published))._.events)


def sub_events(nlp: Language, text: str) -> list[str]:
    """The ACLED sub-event type of each event of ``text``, in order."""
    return [e.acled_sub_event for e in nlp(text)._.events]


def reason_for(doc: Doc, word: str) -> str:
    """Why the first token spelt ``word`` tells no event ("" when it tells one)."""
    token = next(t for t in doc if t.text == word)
    return judged(token)[0]


def actor_texts(nlp: Language, text: str, word: str) -> tuple[str | None, str | None]:
    """The texts of actor1 and actor2 that the first token spelt ``word`` takes in ``text``
    (None where it has none)."""
    trigger = next(t for t in nlp(text) if t.text == word)
    one, two = actors_of(trigger)
    return (one.text if one else None), (two.text if two else None)


def two_type_lexicon(battle_cues: list[str], riot_cues: list[str], riot_extra: str = "") -> str:
    """A custom event lexicon (TOML) of two types, an armed clash and mob violence, with
    the cues given: the cue-search tests run the bundled lexicon and this one."""
    def listed(cues: list[str]) -> str:
        return "[" + ", ".join(f'"{c}"' for c in cues) + "]"

    return f"""
[[type]]
id = "a"
case = "A"
acled_event = "Battles"
acled_sub_event = "Armed clash"
plover = "FIGHT"
cues = {listed(battle_cues)}
[[type]]
id = "b"
case = "B"
acled_event = "Riots"
acled_sub_event = "Mob violence"
plover = "ASSAULT"
cues = {listed(riot_cues)}
{riot_extra}"""
