"""The event against the rest of its story, for the event confidence (issue 19).

The features of ``confidence.event_features`` read the event's own sentence; the beat
(``beat.py``) and the register (``story_register.py``) read the whole story. Off-beat
news (politics, local news, business, epidemics) still makes false events that look
right sentence by sentence and story by story alike. What tells them apart is how the
event sits among the story's other events and words:

- a conflict story tells several events, most of one kind, and its news is that kind
  (``story_others``, ``same_type``, ``main_type``, ``type_share``); a political story
  tells one "attack" among statements, a lone event of a kind the story is not about;
- the story's topic recurs: a trigger word told again elsewhere in the story
  (``trigger_recurs``: "the attack ... the attack on the convoy") is what the story is
  about, a one-off word is often a metaphor or an aside;
- a second event read from a sentence another event already covers is more often a
  second reading of the same words than a second event (``shared_sentence``);
- the sentence names an armed actor of the actor dictionary (``sentence_armed``: state
  forces, rebels, militias) or any dictionary actor (``sentence_actor``);
- a violent type in a story dense in conflict words or in political words
  (``violent_beat``, ``violent_politics``): the linear model cannot multiply features
  itself, and a "battle" is read differently in a war report and in a campaign story.

``clause_words``: the words of the trigger's clause, hashed (``lex:N``), for a learned
bag-of-lemmas sub-model (``lab/lexical_stack.py``) whose log-odds the confidence weighs:
the senses the lexicon cannot tell apart ("attack ads", "a battle over the budget", "shares
plunged") are told by the words around the trigger. The sub-model is fitted inside the
out-of-fold loop and folded into the confidence's weights (one linear model at run time).

All are cheap: one pass over the Doc's lemmas (kept per Doc while the coder reads it)
and over the story's kept events, which the coder holds anyway.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from frontlines.model import Event
from frontlines.nlp.events.beat import ARMED_INTER
from frontlines.nlp.events.memo import kept
from frontlines.nlp.events.story import VIOLENT_TYPES
from frontlines.nlp.events.story_register import StoryRegister
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.actors import ActorDictionary

__all__ = ["CONTEXT_FEATURES", "LEX", "LEX_BUCKETS", "TRIGGER_FEATURES", "clause_words",
           "story_context", "trigger_context"]

#: The features ``story_context`` adds to each event, by name.
CONTEXT_FEATURES = ("story_others", "same_type", "main_type", "type_share", "shared_sentence",
                    "sentence_armed", "sentence_actor", "violent_beat",
                    "violent_politics")  # fmt: skip
#: The features ``trigger_context`` adds, by name.
TRIGGER_FEATURES = ("trigger_recurs",)
#: The prefix of the hashed clause words, and how many buckets they are hashed to.
LEX = "lex:"
LEX_BUCKETS = 4096

Scored = tuple[Event, dict[str, float]]


def _saturating(count: int, scale: int) -> float:
    """``count`` on a log scale reaching 1.0 at ``scale``: the first few matter most."""
    return min(1.0, math.log1p(count) / math.log1p(scale))


def _lemmas(doc: Doc) -> Counter[str]:
    """How often each content lemma occurs in ``doc`` (lower case)."""
    return Counter(t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop)


def trigger_context(trigger: Token | None) -> dict[str, float]:
    """How often the trigger's lemma is told outside its own sentence (saturating at
    three): the story's recurring topic, or a word it uses once."""
    if trigger is None:
        return {"trigger_recurs": 0.0}
    doc = trigger.doc
    counts = kept(doc, "lemmas", _lemmas) or _lemmas(doc)
    lemma = trigger.lemma_.lower()
    own = sum(t.lemma_.lower() == lemma for t in trigger.sent)
    return {"trigger_recurs": _saturating(max(0, counts[lemma] - own), 3)}


def clause_words(trigger: Token | None) -> dict[str, float]:
    """The trigger's lemma (``t=``), its head's (``h=``), its children's (``c=``) and the
    content lemmas of its sentence (``s=``), each hashed to one of ``LEX_BUCKETS``
    features named ``lex:N`` (a stable hash: the same word weighs the same everywhere)."""
    if trigger is None:
        return {}
    keys = {f"t={trigger.lemma_.lower()}", f"h={trigger.head.lemma_.lower()}"}
    keys |= {f"c={c.lemma_.lower()}" for c in trigger.children if c.is_alpha}
    keys |= {f"s={t.lemma_.lower()}" for t in trigger.sent if t.is_alpha and not t.is_stop}
    words: dict[str, float] = {}
    for key in keys:
        name = f"{LEX}{zlib.crc32(key.encode()) % LEX_BUCKETS}"
        words[name] = 1.0
    return words


def story_context(scored: Sequence[Scored], doc: Doc, actors: ActorDictionary
                  ) -> list[Scored]:  # fmt: skip
    """``scored`` (the story's kept events with their features so far, in story order)
    with the story's register (``StoryRegister``, the story's words read once) and the
    ``CONTEXT_FEATURES`` added to each event's features."""
    if not scored:
        return []
    register = StoryRegister(doc_text(doc))
    kinds = Counter(e.acled_event for e, _ in scored)
    most = max(kinds.values())
    named = [(ent.start_char, actors.get(ent.kb_id_)) for ent in doc.ents if ent.kb_id_]
    result: list[Scored] = []
    for i, (event, features) in enumerate(scored):
        mine = [a for start, a in named if event.start <= start < event.end and a is not None]
        violent = float(event.acled_event in VIOLENT_TYPES)
        told = register.features(event.start, event.text)
        context = {
            "story_others": _saturating(len(scored) - 1, 6),
            "same_type": _saturating(kinds[event.acled_event] - 1, 3),
            "main_type": float(kinds[event.acled_event] == most),
            "type_share": kinds[event.acled_event] / len(scored),
            "shared_sentence": float(any(e.start == event.start for e, _ in scored[:i])),
            "sentence_armed": float(any(a.acled_inter in ARMED_INTER for a in mine)),
            "sentence_actor": float(bool(mine)),
            "violent_beat": violent * features.get("beat_density", 1.0),
            "violent_politics": violent * told["beat_politics"],
        }
        result.append((event, features | told | context))
    return result
