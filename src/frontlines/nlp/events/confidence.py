"""How likely a coded event is one a careful coder would code as we did.

A small logistic model over readable features of the event and its trigger (is the
trigger a verb, is the event placed and dated by its own sentence, are its actors named
or in the dictionary, how strong was the lexicon match, which ACLED type). The weights
are plain JSON (``data/event_confidence.json``), fitted with ``frontlines train events``
on the *tune* halves of the hand-coded real stories and the judged samples A and B of
uncoded news (``eval/judged``), chosen out of fold (``lab/confidence_oof``), so the check
halves measure how well the probabilities hold (``frontlines eval news`` reports
calibration).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from frontlines.model import Event
from frontlines.nlp.events.beat import MODEL_DATED
from frontlines.nlp.events.confidence_tensor import trigger_at
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.realis import definite, predicate_of
from frontlines.nlp.events.story_context import clause_words
from frontlines.nlp.logistic import LogisticModel
from frontlines.vocab.events import EventMatch
from frontlines.vocab.files import read_model_file

__all__ = ["MODEL_FILE", "ConfidenceModel", "event_features", "load_confidence_model"]

MODEL_FILE = "event_confidence.json"


def event_features(
    event: Event, trigger: Token | None, match: EventMatch, sentence_index: int = 0,
    published: str | None = None, realis_p: float | None = None, type_p: float = 1.0,
) -> dict[str, float]:
    """The features the model weighs, by readable name (``explain`` lists them).

    Each says something general about how news reports a specific event: where the
    trigger sits in the parse (asserted predicate, its subject or object, or a phrase
    hanging off something else), the tense that asserts it (a simple past reports, a
    present defines or generalises, a perfect sums up), whether its own sentence anchors
    it in place and time, who the sentence is spoken by (first person: a statement of
    policy), where the sentence sits in the story (a lead reports the news), and how
    likely the learned factuality model finds that the trigger reports a real event.
    ``type_p``: how sure the learned sub-event classifier is of the type (``acled_type``)."""
    own_place = event.place is not None and event.start <= event.place.start < event.end
    predicate = predicate_of(trigger) if trigger is not None else None
    tense = _tense(predicate) if predicate is not None else ""
    words = event.text.split()
    features = {
        "bias": 1.0,
        "score": min(match.score, 6.0) / 6.0,
        "cues>1": float(len(match.cues) > 1),
        "trigger=verb": float(trigger is not None and trigger.pos_ in {"VERB", "AUX"}),
        "trigger=root": float(trigger is not None and trigger.dep_ == "ROOT"),
        "trigger=subject": float(trigger is not None and trigger.dep_ in {"nsubj", "nsubjpass"}),
        "trigger=object": float(trigger is not None and trigger.dep_ in {"dobj", "pobj"}),
        "trigger=plural": float(trigger is not None and trigger.tag_ in {"NNS", "NNPS"}),
        "trigger=definite": float(trigger is not None and definite(trigger)),
        "depth": min(_depth(predicate), 3) / 3 if predicate is not None else 1.0,
        "own_place": float(own_place),
        "town": float(event.place is not None and event.place.acled_precision == 1),
        "dated_in_text": float(event.date_source in MODEL_DATED),
        "dated_to_day": float(event.date_source in MODEL_DATED and len(event.date or "") >= 10),
        "actor1": float(event.actor1 is not None),
        "actor1_known": float(event.actor1 is not None and event.actor1.actor is not None),
        "actor2": float(event.actor2 is not None),
        "fatalities": float(event.fatalities is not None),
        "quoted": float('"' in event.text or "\u201c" in event.text),
        "first_person": float(any(w.lower().strip(",.\"\u201c") in _FIRST_PERSON
                                  for w in words)),
        "lead": float(sentence_index < 3),
        "long": float(len(words) > 35),
        "undated_story": float(published is None),
        f"type={event.acled_event}": 1.0,
        "type_p": type_p,
    }
    features |= _passing(trigger, predicate) | clause_words(trigger)  # story_context.py
    features |= trigger_at(trigger)  # its vectors read if weighed (confidence_tensor.py)
    if tense:
        features[f"tense={tense}"] = 1.0
    # the learned P(realis) of the trigger (nlp/events/factuality.py); no trigger: unknown
    features["realis_p"] = 0.5 if realis_p is None else realis_p
    return features


#: Clauses that hang off another predicate: an event told in passing ("after the war
#: ended, ...", "who fought in ...", "said that the attack ...").
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "pcomp"})
#: A trigger noun that only modifies or lists ("war crimes", "the war's toll", "wars and ...").
_MODIFYING = frozenset({"compound", "amod", "nmod", "poss", "conj", "appos"})


def _passing(trigger: Token | None, predicate: Token | None) -> dict[str, float]:
    """Whether the trigger is the news of its sentence or a mention in passing: a noun
    after a preposition ("since the war"), a modifier or an item of a list, a predicate
    in a subordinate clause; and whether its sentence counts anything (numbers are the
    specifics of a report, not of a generic statement)."""
    if trigger is None:
        return {"trigger=pobj": 0.0, "trigger=modifier": 0.0, "clause=sub": 0.0,
                "sentence_number": 0.0}  # fmt: skip
    return {
        "trigger=pobj": float(trigger.dep_ == "pobj"),
        "trigger=modifier": float(trigger.dep_ in _MODIFYING),
        "clause=sub": float(predicate is not None and predicate.dep_ in _SUBORDINATE),
        "sentence_number": float(any(t.like_num and t.ent_type_ not in {"DATE", "TIME"}
                                     for t in sentence(trigger))),
    }


#: Pronouns of a speaker's own statement: policy and comment, rarely the report of an event.
_FIRST_PERSON = frozenset({"i", "we", "our", "us", "my"})


def _tense(verb: Token) -> str:
    """past | perfect | present | other, from the verb and its auxiliaries."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_ == "have" for a in aux):
        return "perfect"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in aux):
        return "present"
    return "other"


def _depth(token: Token) -> int:
    """How many clauses down from the sentence's root the predicate sits."""
    depth = 0
    while token.head.i != token.i and depth < 6:
        token = token.head
        depth += 1
    return depth


class ConfidenceModel(LogisticModel):
    """The event confidence model (``frontlines train events``)."""


@cache
def _bundled() -> ConfidenceModel:
    return read_model_file(ConfidenceModel.from_json, None, MODEL_FILE, "an event confidence model")


def load_confidence_model(path: Path | None = None) -> ConfidenceModel:
    """The bundled model, or one written by ``frontlines train events --out``."""
    if path is None:
        return _bundled()
    return read_model_file(ConfidenceModel.from_json, path, MODEL_FILE, "an event confidence model")
