"""How likely an extracted claim is one a careful coder would code.

A small logistic model over readable features of the claim and how it was found: did a
verb and a concept word both say the measure or only one, did it inherit the measure from
the number before it, is the number vague ("dozens") or a lone "one", is its verb under a
modal ("could produce 260 missiles") or no finite verb at all (a generic statement), is it
attributed, quoted, in which group of measures, and how much the whole story is a
conflict story (the beat's cue density: the one story feature that ranks unseen stories'
numbers, out of fold over the four news sets' tune halves). The weights are plain JSON
(``data/claim_confidence.json``) fitted with ``frontlines train claims`` on the *tune*
halves of the hand-coded real stories only; ``frontlines eval news`` reports on the check
half how well the probabilities hold (Brier score, calibration error, precision at each
threshold).
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from frontlines.model import Claim
from frontlines.nlp.logistic import LogisticModel
from frontlines.vocab.files import read_model_file

__all__ = [
    "MEASURE_GROUPS",
    "MODEL_FILE",
    "ClaimConfidence",
    "claim_features",
    "load_claim_confidence",
    "story_features",
]

MODEL_FILE = "claim_confidence.json"
#: Measures grouped as the model weighs them (each measure alone has too few examples).
MEASURE_GROUPS = {
    "killed": "people", "wounded": "people", "hostages": "people", "detained": "people",
    "displaced": "people", "refugees": "people", "civilians_trapped": "people",
    "territory_lost_share": "territory", "territory_captured_share": "territory",
    "territory_held_share": "territory", "territory_area": "territory",
    "troops": "forces", "fighters": "forces", "attacks": "acts", "strikes": "acts",
    "missions": "acts",
}  # fmt: skip
_MODALS = {"could", "would", "might", "may", "can", "should", "will"}


def _under_modal(verb: Token | None) -> bool:
    token = verb
    for _ in range(3):
        if token is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
            return True
        if token.dep_ not in {"xcomp", "conj", "advcl"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def _no_finite_verb(verb: Token | None) -> bool:
    """'having a single aircraft deliver ... is one strike': a gerund or bare verb with no
    tensed verb above it reads as a general statement, not a report."""
    token = verb
    for _ in range(6):
        if token is None:
            return True
        if token.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"}
            for c in token.children
        ):
            return False
        if token.head.i == token.i:
            return True
        token = token.head
    return True


def story_features(density: float) -> dict[str, float]:
    """What the whole story says about its numbers: ``density`` is the conflict beat's
    cue words per thousand (``nlp.beat.ConflictBeat``), on a log scale reaching 1.0 at
    30 -- a number in a war report is more likely a war count than one in a story that
    mentions a war in passing."""
    return {"beat_density": min(1.0, math.log1p(max(density, 0.0)) / math.log1p(30.0))}


def claim_features(
    claim: Claim, span: Span, verb: Token | None, how: str,
    story: dict[str, float] | None = None,
) -> dict[str, float]:
    """The features the model weighs, by readable name. ``how`` says how the measure was
    found: "verb+concept", "verb", "concept", "open" (the measure asks for neither) or
    "inherited" (from the number before it); ``story``: ``story_features`` of its doc."""
    vague = claim.value is None and claim.lower is not None and claim.upper is not None
    vague = vague and span[0].lower_ in {"dozens", "hundreds", "thousands", "millions", "scores",
                                         "tens", "billions"}  # fmt: skip
    return {
        "bias": 1.0,
        f"how={how}": 1.0,
        f"group={MEASURE_GROUPS.get(claim.measure, 'other')}": 1.0,
        "attributed": float(claim.source is not None),
        "subject_actor": float(claim.subject is not None),
        "vague": float(vague),
        "one": float(claim.value == 1.0),
        "modal": float(_under_modal(verb)),
        "no_finite_verb": float(_no_finite_verb(verb)),
        "quoted": float(any(t.is_quote for t in span.sent)),
        "own_date": float(claim.as_of is not None and claim.as_of != claim.reported),
    } | (story or {})



class ClaimConfidence(LogisticModel):
    """The claim confidence model (``frontlines train claims``)."""


@cache
def _bundled() -> ClaimConfidence:
    return read_model_file(ClaimConfidence.from_json, None, MODEL_FILE, "a claim confidence model")


def load_claim_confidence(path: Path | None = None) -> ClaimConfidence:
    """The bundled model, or one written by ``frontlines train claims --out``."""
    if path is None:
        return _bundled()
    return read_model_file(ClaimConfidence.from_json, path, MODEL_FILE, "a claim confidence model")
