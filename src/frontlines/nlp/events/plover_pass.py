"""PLOVER types from the learned model, asked once a story for the events it keeps.

Why at the end of the story: the event layer builds an event for every mention it
reads, and most never reach the story's list (evidence of an event told before, a
mention merged into an earlier one, a tally, an event off the conflict beat). The
PLOVER model with the sentence encoder costs about 12 ms a sentence, so it is asked
only about the events kept, all of them at once (:meth:`PloverModel.classify_all`:
the texts it encodes go through one batched forward pass). Until then an event carries
its lexicon type's PLOVER type and mode, which is also what the model is told.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from frontlines.model import Event
from frontlines.nlp.events.plover import SURE_OVER_VIOLENCE, VIOLENT_PLOVER, PloverModel

__all__ = ["plover_types", "typed_events"]


def plover_types(
    model: PloverModel, asks: Sequence[tuple[Span | Doc, tuple[str, str]]], vetted: bool = True
) -> list[tuple[str, str]]:
    """PLOVER type and mode of each (text, the lexicon's type and mode) from the learned
    model (the lexicon's type is one of its features); the lexicon's own where the model
    abstains or agrees. ``vetted``: the texts are events the layer kept (realis and the
    ACLED classifier passed them); then violence (FIGHT, ASSAULT) stands and the model is
    not asked: the ACLED rules tell a clash from an attack on civilians, while the
    synthetic training stories have little ground fighting ("rebels shelled army
    positions" reads as MOBILIZE). A whole text's first lexicon match (``classify_doc``)
    is only a cue word: a threat to strike, a demand or a truce after fighting holds one
    too (on the PLOVER records' tune half the cue's violent type was right for 7 of 36
    texts, the model out of fold for 20), so there the model overrules it when it is sure
    (:data:`SURE_OVER_VIOLENCE`)."""
    result = [lexicon for _, lexicon in asks]
    asked = [n for n, (_, lexicon) in enumerate(asks)
             if not (vetted and lexicon[0] in VIOLENT_PLOVER)]  # fmt: skip
    answers = model.classify_all([(asks[n][0], asks[n][1][0]) for n in asked])
    for n, (label, p) in zip(asked, answers, strict=True):
        text, lexicon = asks[n]
        if lexicon[0] in VIOLENT_PLOVER and p < SURE_OVER_VIOLENCE:
            continue
        if label is not None and label != lexicon[0]:
            result[n] = (label, model.mode(text, label, lexicon[0]))
    return result


def typed_events(model: PloverModel, doc: Doc, events: Sequence[Event]) -> list[Event]:
    """``events`` (each carrying its lexicon type's PLOVER type and mode) with the model's
    PLOVER type, read from each event's sentence; all of the story's asked at once."""
    spans = [doc.char_span(e.start, e.end) for e in events]
    asks = [(span, (e.plover, e.plover_mode)) for e, span in zip(events, spans, strict=True)
            if span is not None]  # fmt: skip
    typed = iter(plover_types(model, asks))
    result = []
    for event, span in zip(events, spans, strict=True):
        if span is not None:
            plover, mode = next(typed)
            event = replace(event, plover=plover, plover_mode=mode)
        result.append(event)
    return result
