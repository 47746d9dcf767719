"""Story-level evidence for the event confidence: is this story on the conflict beat at all?

A word such as "attack" or "strike" fires the same way in a war report and in a story
about tariffs, schools or a cyclone; what tells them apart is the rest of the story. A
conflict report has many sentences with violent cues, names armed actors, counts the
dead and the wounded; a story with one violent word among thirty sentences of trade
talk does not. These features describe the whole story, are the same for each of its
events, and are gathered while the event coder reads the sentences anyway (no second
pass over the parse). The confidence model (``confidence.py``) learns how much they
weigh; leave-story-out cross-validation on the tune half (``frontlines train events``)
says whether they help on stories the model did not see.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from spacy.tokens import Doc

from frontlines.model import Event
from frontlines.nlp.beat import ConflictBeat
from frontlines.nlp.events.memo import doc_ents
from frontlines.nlp.events.recalled import known_attack
from frontlines.nlp.events.story import VIOLENT_TYPES
from frontlines.nlp.extensions import doc_text, items
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.events import EventMatch

__all__ = [
    "ARMED_INTER", "BEAT_FEATURES", "CONFLICT_TYPES", "HARM_MEASURES", "MIN_CONFLICT_SENTENCES",
    "MIN_STORY_SENTENCES", "MODEL_DATED", "STRATEGIC", "StoryTally", "beat_features",
    "mention_features",
]  # fmt: skip

#: The ``date_source`` values the model reads as "dated in text" (``dated_in_text``,
#: ``dated_to_day``, ``recent``, and the off-beat cap that must agree with them,
#: ``lab/cross_set``). The model was fitted when the month of the latest date an undated
#: story's text states was labelled "text"; it is "latest" now (a guess, not the event's
#: own date, ``when.event_date``), but the features keep reading the label as before, so
#: the fitted weights keep their meaning until a refit. What changed is which events keep
#: it: a guess now gives way to a strike list's carried day or a later mention's
#: (``story.carried_over``, siblings, retold) before the features are read, so such an
#: event reads ``dated_to_day`` and ``recent`` as one in a published story does.
MODEL_DATED = frozenset({"text", "latest"})

#: ACLED actor-type codes of armed actors: state forces, rebels, political and identity
#: militias (``data/actors.toml``); protesters, civilians and others are not armed.
ARMED_INTER = frozenset({1, 2, 3, 4})

#: Claim measures that count harm to people: a story that counts its dead is a report.
HARM_MEASURES = frozenset({"killed", "killed_share", "casualties", "wounded", "missing"})

#: ACLED's event type of non-violent context (agreements, arrests, bases, looting...).
STRATEGIC = "Strategic developments"
#: The ACLED types of political violence and demonstrations: what makes a conflict story.
CONFLICT_TYPES = VIOLENT_TYPES | {"Protests", "Riots"}
#: How many sentences of violence or protest a story tells before its strategic
#: developments are coded (chosen on the tune half: of its strategic developments in
#: stories telling fewer, none was coded by hand).
MIN_CONFLICT_SENTENCES = 2
#: How many sentences a text needs before its beat is read at all.
MIN_STORY_SENTENCES = 5

#: The story features ``StoryTally.features`` returns, by name.
BEAT_FEATURES = ("beat_cue_share", "beat_violent", "beat_armed", "beat_harm", "beat_events",
                 "beat_short")  # fmt: skip


@dataclass
class StoryTally:
    """What the event coder saw of one story while reading it, sentence by sentence."""

    sentences: int = 0
    cue_sentences: int = 0  # sentences with any event cue
    violent_sentences: int = 0  # ... whose strongest reading is a violent ACLED type
    conflict_sentences: int = 0  # ... is violence, a protest or a riot
    events: int = 0  # events coded (before mentions of one event are merged)
    armed: set[str] = field(default_factory=set)

    def sentence(self, matches: list[EventMatch] | None) -> None:
        """Count one sentence; ``matches`` is None when it has no cue at all."""
        self.sentences += 1
        if matches is None:
            return
        self.cue_sentences += 1
        if matches and matches[0].type.acled_event in VIOLENT_TYPES:
            self.violent_sentences += 1
        if matches and matches[0].type.acled_event in CONFLICT_TYPES:
            self.conflict_sentences += 1

    def off_beat(self, event: Event, dense: bool = False) -> bool:
        """Whether ``event`` is a strategic development (an agreement, an announcement, a
        withdrawal, an arrest) in a story that tells political violence or protest in
        fewer than ``MIN_CONFLICT_SENTENCES`` sentences. ACLED codes strategic
        developments as the context of political violence; in a story about trade,
        climate, courts or diplomacy the same verbs ("announced", "agreed", "pulled
        out") are ordinary news, not conflict events. A text shorter than
        ``MIN_STORY_SENTENCES`` (a brief, a snippet) has no beat to read: it is kept.
        So is one of a story ``dense`` in the vocabulary of conflict (``nlp/beat.py``
        puts it on the beat) that tells violence or protest at least once: a peace deal,
        a detention or a crackdown in a story about a war, a coup or a separatist group is
        that conflict's context, though the story tells its fighting only in passing."""
        if dense and self.conflict_sentences >= 1:
            return False
        return (event.acled_event == STRATEGIC and self.sentences >= MIN_STORY_SENTENCES
                and self.conflict_sentences < MIN_CONFLICT_SENTENCES)

    def features(self, doc: Doc, actors: ActorDictionary) -> dict[str, float]:
        """The story features, each scaled to [0, 1] so one weight reads the same in
        a short brief and a long feature article."""
        armed = {
            ent.kb_id_ for ent in doc_ents(doc)
            if ent.kb_id_ and (a := actors.get(ent.kb_id_)) is not None
            and a.acled_inter in ARMED_INTER
        }  # fmt: skip
        harm = any(c.measure in HARM_MEASURES for c in items(doc, "claims"))
        return {
            "beat_cue_share": self.cue_sentences / self.sentences if self.sentences else 0.0,
            "beat_violent": _saturating(self.violent_sentences, 4),
            "beat_armed": _saturating(len(armed), 3),
            "beat_harm": float(harm),
            "beat_events": _saturating(self.events, 4),
            "beat_short": float(self.sentences <= 8),
        }


def _saturating(count: int, scale: int) -> float:
    """``count`` on a log scale reaching 1.0 at ``scale``: the first few matter most."""
    return min(1.0, math.log1p(count) / math.log1p(scale))


#: Speakers whose words are mostly statements, policy and comment ...
_STATING = frozenset({"named_official", "anonymous_official", "government", "group_statement"})
#: ... and those whose words are mostly reports of what happened.
_REPORTING = frozenset({"military", "monitor", "media"})


def mention_features(event: Event, doc: Doc) -> dict[str, float]:
    """Features of the event seen against the rest of the story: how many sentences tell
    it (news is told, then referred to) and whose reported speech its sentence is (an
    official's statement is often policy or opinion; a military or monitor's report is
    what happened)."""
    kinds = {a.kind for a in items(doc, "attributions")
             if event.start <= a.cue.start < event.end}  # fmt: skip
    published = doc._.reference_date if doc.has_extension("reference_date") else None
    days = _days_before(event.date, published) if event.date_source in MODEL_DATED else None
    return {
        "mentions>1": float(len(event.evidence) > 0),
        "mentions": _saturating(len(event.evidence), 3),
        "position": event.start / len(doc_text(doc)) if len(doc_text(doc)) else 0.0,
        "recent": float(days is not None and 0 <= days <= 7),
        "old": float(event.background or (days is not None and days > 31)),
        "said_stating": float(bool(kinds & _STATING)),
        "said_reporting": float(bool(kinds & _REPORTING)),
    }


def beat_features(beat: ConflictBeat | None, event: Event, first: int, length: int
                  ) -> dict[str, float]:  # fmt: skip
    """The event against its story's conflict beat (``nlp/beat.py``) and its first event.

    ``off_beat``: whether the beat caps the event's confidence (not a weight: the cap is
    applied after the model, and an estimate on held-out news, ``lab/cross_set.py``, must
    apply it as the coder does). ``beat_density``: the story's conflict words per 1,000
    (saturating at 20; a text too short to judge reads as dense). ``sentence_conflict``:
    the event's own sentence uses that vocabulary. ``after_first``: how far after the
    story's first coded event (``first``, a character offset) it is told, as a share of
    the story's ``length``: the news comes first, what follows is often its context."""
    judged = beat is not None and beat.judged
    return {
        "off_beat": float(beat is not None and not beat.covers(event.text)
                          and not known_attack(event)),
        "beat_density": min(1.0, beat.density / 20.0) if beat is not None and judged else 1.0,
        "sentence_conflict": float(beat is not None and beat.tells(event.text)),
        "after_first": max(0, event.start - first) / length if length else 0.0,
    }


def _days_before(date: str | None, published: object) -> int | None:
    """How many days before ``published`` (a date or ISO string) ``date`` (YYYY[-MM[-DD]],
    the first day of a month or year) falls; None when either is missing or unreadable."""
    from datetime import date as Date

    if date is None or published is None:
        return None
    try:
        parts = [int(p) for p in date[:10].split("-")]
        day = Date(parts[0], *(parts[1:] + [1, 1])[:2])
        pub = published if isinstance(published, Date) else Date.fromisoformat(str(published)[:10])
    except (ValueError, TypeError):
        return None
    return (pub - day).days
