"""The event against the rest of its story, for the event confidence (issue 19).

The features of ``confidence.event_features`` read the event's own sentence; the beat
(``beat.py``) and the register (``story_register.py``) read the whole story. Off-beat
news (politics, local news, business, epidemics) still makes false events that look
right sentence by sentence and story by story alike. What tells them apart is how the
event sits among the story's other events and words:

- a conflict story tells most of its events as one kind, and its news is that kind
  (``main_type``); a political story tells one "attack" among statements and moves of
  other kinds, a lone event of a kind the story is not about;
- the sentence names an armed actor of the actor dictionary (``sentence_armed``: state
  forces, rebels, militias);
- a violent type in a story dense in conflict words (``violent_beat``): the linear model
  cannot multiply features itself, and a "battle" reads differently in a war report and
  in a campaign story;
- the share of the story's sentences that tell a kept event (``event_sentences``): a
  report of fighting tells events in sentence after sentence, while a profile, a campaign
  story or a business piece yields one or two events among many sentences of comment (the
  beat's cue share counts lexicon words before any event is kept; this counts what the
  coder kept).

``clause_words``: the words of the trigger's clause, hashed (``lex:N``), for a learned
bag-of-lemmas sub-model (``lab/lexical_stack.py``) whose log-odds the confidence weighs:
the senses the lexicon cannot tell apart ("attack ads", "a battle over the budget", "shares
plunged") are told by the words around the trigger. The sub-model is fitted inside the
out-of-fold loop and folded into the confidence's weights (one linear model at run time).

All are cheap: one pass over the Doc's entities and over the story's kept events, which
the coder holds anyway, and the trigger's own sentence.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc, Span, Token

from frontlines.model import Event
from frontlines.nlp.events.beat import ARMED_INTER
from frontlines.nlp.events.memo import doc_ents, doc_sents, kept, lemmas, sentence
from frontlines.nlp.events.story import VIOLENT_TYPES
from frontlines.nlp.events.story_register import StoryRegister
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.actors import ActorDictionary

__all__ = ["CONTEXT_FEATURES", "LEX", "LEX_BUCKETS", "clause_words", "story_context"]

#: The features ``story_context`` adds to each event, by name.
CONTEXT_FEATURES = ("main_type", "sentence_armed", "violent_beat", "event_sentences")
#: The prefix of the hashed clause words, and how many buckets they are hashed to.
LEX = "lex:"
LEX_BUCKETS = 4096

Scored = tuple[Event, dict[str, float]]


def clause_words(trigger: Token | None) -> dict[str, float]:
    """The trigger's lemma (``t=``), its head's (``h=``), its children's (``c=``) and the
    content lemmas of its sentence (``s=``), each hashed to one of ``LEX_BUCKETS``
    features named ``lex:N`` (a stable hash: the same word weighs the same everywhere)."""
    if trigger is None:
        return {}
    keys = {f"t={trigger.lemma_.lower()}", f"h={trigger.head.lemma_.lower()}"}
    keys |= {f"c={c.lemma_.lower()}" for c in trigger.children if c.is_alpha}
    keys |= _sentence_keys(sentence(trigger))
    return {f"{LEX}{zlib.crc32(key.encode()) % LEX_BUCKETS}": 1.0 for key in keys}


def _sentence_keys(sent: Span) -> set[str]:
    """The ``s=`` keys of ``clause_words``: the content lemmas of the sentence, in its
    order (the set is filled as before, so it iterates as before). While the coder reads
    the Doc they come from its tables (lower-case lemmas, alphabetic and stop-word flags),
    not from a ``Token`` made per word for each event of the sentence."""
    doc = sent.doc
    lowered = lemmas(doc)
    flags = kept(doc, "alpha_stop", _alpha_not_stop)
    if lowered is None or flags is None:
        return {f"s={t.lemma_.lower()}" for t in sent if t.is_alpha and not t.is_stop}
    return {f"s={lowered[i]}" for i in range(sent.start, sent.end) if flags[i]}


def _alpha_not_stop(doc: Doc) -> list[bool]:
    """Per token: alphabetic and no stop word (``Token.is_alpha``, ``Token.is_stop``)."""
    return [bool(alpha) and not stop for alpha, stop in doc.to_array([IS_ALPHA, IS_STOP]).tolist()]


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
    armed = [ent.start_char for ent in doc_ents(doc) if ent.kb_id_
             and (a := actors.get(ent.kb_id_)) is not None and a.acled_inter in ARMED_INTER]
    told = {e.start for e, _ in scored} | {s.start for e, _ in scored for s in e.evidence}
    share = min(1.0, len(told) / max(1, len(doc_sents(doc))))
    result: list[Scored] = []
    for event, features in scored:
        context = {
            "main_type": float(kinds[event.acled_event] == most),
            "sentence_armed": float(any(event.start <= s < event.end for s in armed)),
            "violent_beat": float(event.acled_event in VIOLENT_TYPES)
            * features.get("beat_density", 1.0),
            "event_sentences": share,
        }
        result.append((event, features | register.features(event.start, event.text) | context))
    return result
