"""Fit the ACLED sub-event classifier (``frontlines train acled``).

Training data, tune halves only (``lab/split.py``), never a check half:

* CASE 2021 task 2 snippets (``SubType`` is the label), read as the scorer reads
  them: the whole snippet, the lexicon's best match's first trigger;
* the hand-coded real stories (``eval/news/*.events.jsonl``): each gold event's
  evidence sentences, read as the event component reads a sentence (its realis
  trigger), labelled with the CASE label of the gold ``acled_sub_event``. Gold
  events coded "Other" are left out: that is no type the classifier can name.

The features are :func:`frontlines.nlp.events.acled_type.acled_features`. The L2
strength is chosen by k-fold cross-validation over the rows (folds by a hash of
the row id, a story's sentences in one fold, so reproducible and no story both
learned and judged), and with it the threshold below which the lexicon's type
stands: the one at which the combined decision is right most often out of fold.
A story sentence the lexicon finds no candidate in is trained on (its words) but
not scored: the component never asks the classifier about it. Then the model is
refit on every row and weights under ``min_weight`` are dropped so the JSON stays
small.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlines.lab.events import OTHER, load_events
from frontlines.lab.news_gold import load_gold, load_stories
from frontlines.lab.softmax_fit import fit_softmax
from frontlines.lab.split import select
from frontlines.lab.train_plover import read_plover_csv
from frontlines.nlp.events.acled_type import AcledTypeModel, acled_features
from frontlines.nlp.events.component import EventCoder, _cue_texts, _participants, _triggers
from frontlines.nlp.pipeline import prepared_doc

__all__ = [
    "Example",
    "L2_GRID",
    "case_examples",
    "fit_acled_model",
    "news_examples",
    "sentence_example",
]

#: Features whose label part names a type: one shared weight each besides their own
#: (the lexicon's best type, and any type it matched), so the model starts from what
#: the lexicon knows and learns where it errs (``softmax_fit``).
TIED = ("lex1:", "lex:", "lexsure:")

#: L2 strengths tried by cross-validation.
L2_GRID = (0.001, 0.003, 0.01, 0.03, 0.1)


@dataclass(frozen=True)
class Example:
    id: str  # decides the cross-validation fold
    features: tuple[str, ...]
    label: str  # CASE 2021 sub-event label
    lexicon: str  # the lexicon's own label for the text (OTHER: none)
    weight: float = 1.0
    group: str = ""  # rows of one group share a fold (a story's sentences); "": the id
    scored: bool = True  # False: trained on, never scored (no candidate at run time)


def _empty_coder() -> EventCoder:
    """A coder whose classifier always abstains: the lexicon alone, as the features need."""
    return EventCoder(acled=AcledTypeModel((), {}))


def doc_example(coder: EventCoder, doc: Doc, item_id: str, label: str) -> Example:
    """A whole snippet as ``EventCoder.classify_doc`` reads it."""
    sents = list(doc.sents)
    actor1 = _participants(sents[0], places_act=True)[0] if sents else None
    side = coder._side(actor1, doc)
    matches = coder.lexicon.matches(*_cue_texts(doc[:]), side=side or None)
    triggers = _triggers(doc[:], matches[0]) if matches else []
    features = acled_features(doc[:], triggers[0] if triggers else None, matches, side)
    return Example(item_id, tuple(features), label, matches[0].type.case if matches else OTHER)


def sentence_example(coder: EventCoder, sent: Span, item_id: str, label: str) -> Example:
    """One sentence as the event component reads it: its realis trigger, if any."""
    actor1 = _participants(sent)[0]
    side = coder._side(actor1, sent.doc)
    matches = coder.lexicon.matches(*_cue_texts(sent), side=side or None)
    chosen = coder._realis_match(sent, matches) if matches else None
    trigger = chosen[1][0] if chosen and chosen[1] else None
    if chosen is not None and matches[0] is not chosen[0]:  # as ``EventCoder.typed`` orders
        matches = [chosen[0], *(m for m in matches if m is not chosen[0])]
    lexicon = chosen[0].type.case if chosen else (matches[0].type.case if matches else OTHER)
    return Example(item_id, tuple(acled_features(sent, trigger, matches, side)), label, lexicon)


def case_examples(nlp: Language, path: Path, split: str = "tune") -> list[Example]:
    """The CASE 2021 task 2 snippets of ``split``."""
    coder = _empty_coder()
    items = [i for i in select(load_events(path), lambda i: i.id, split) if i.scheme == "case"]
    docs = nlp.pipe((i.text for i in items), batch_size=32)
    return [doc_example(coder, d, f"case:{i.id}", i.label)
            for i, d in zip(items, docs, strict=True)]  # fmt: skip


def news_examples(
    nlp: Language, data: Path, gold_dir: Path, split: str = "tune"
) -> list[Example]:
    """Every evidence sentence of the gold events of the ``split`` stories."""
    coder = _empty_coder()
    case_of = {t.acled_sub_event: t.case for t in reversed(coder.lexicon.types) if t.record}
    stories, gold = load_stories(data), load_gold(gold_dir)
    found: list[Example] = []
    for story_id in select(sorted({g.story for g in gold.events} & stories.keys()), str, split):
        story = stories[story_id]
        doc = nlp(prepared_doc(nlp, story.article()))
        for n, event in enumerate(g for g in gold.events if g.story == story_id):
            label = case_of.get(event.acled_sub_event)
            if label is None or event.acled_sub_event == OTHER_SUB_EVENT:
                continue  # "Other": no type the classifier can name (several CASE labels)
            for start, end in event.evidence:
                for sent in doc.sents:
                    if sent.start_char < end and start < sent.end_char:
                        example = sentence_example(coder, sent, f"news:{story_id}:{n}", label)
                        found.append(replace(example, group=f"news:{story_id}",
                                             scored=example.lexicon != OTHER))  # fmt: skip
    return found


#: The ACLED sub-event of Strategic developments that is no one kind: troop movements,
#: sanctions and raids are all filed there, each under another CASE label, so a gold event
#: coded "Other" teaches no label (it would teach whichever type is listed first).
OTHER_SUB_EVENT = "Other"


#: NGEC synthetic PLOVER (type, mode) -> the ACLED sub-event it clearly is (CASE label).
#: Only these: most PLOVER types cut across ACLED's (an ASSAULT with firearms may be an
#: attack on civilians or a clash; a demand is no event).
SYNTHETIC_LABELS = {
    ("ASSAULT", "AERIAL"): "AIR_STRIKE", ("ASSAULT", "DRONE"): "AIR_STRIKE",
    ("PROTEST", "DEMO"): "PEACE_PROTEST", ("PROTEST", "RIOT"): "VIOL_DEMONSTR",
    ("ASSAULT", "SUICIDE-ATTACK"): "SUIC_BOMB", ("ASSAULT", "ABDUCT"): "ABDUCT_DISSAP",
    ("ASSAULT", "SEXUAL"): "SEX_VIOL", ("COERCE", "ARREST"): "ARREST",
}  # fmt: skip


def synthetic_examples(
    nlp: Language, path: Path, weight: float = 0.5, sentences: int = 2
) -> list[Example]:
    """The lead (title and first sentence) of every NGEC synthetic story whose PLOVER
    type and mode map to an ACLED sub-event. Never held out: they teach words, the
    tune rows judge."""
    wanted: list[tuple[str, str]] = []
    for n, (text, label, mode) in enumerate(read_plover_csv(path)):
        case = SYNTHETIC_LABELS.get((label.upper(), mode.upper()))
        if case:
            wanted.append((text[:800], f"{SYNTHETIC}{n}:{case}"))
    coder = _empty_coder()
    found = []
    for doc, (_, key) in zip(nlp.pipe((t for t, _ in wanted), batch_size=32), wanted,
                             strict=True):  # fmt: skip
        sents = list(doc.sents)[:sentences]
        lead = doc[: sents[-1].end].as_doc() if sents else doc
        example = doc_example(coder, lead, key, key.rsplit(":", 1)[1])
        found.append(replace(example, weight=weight))
    return found


#: Ids of synthetic rows: always trained on, never held out or scored.
SYNTHETIC = "ngec:"


def _fold(example: Example, folds: int) -> int:
    """The row's fold: by its group (a story's sentences together, so no story is both
    learned and judged), -1 for synthetic rows (always trained on)."""
    if example.id.startswith(SYNTHETIC):
        return -1
    key = example.group or example.id
    return hashlib.sha256(key.encode("utf-8")).digest()[1] % folds


def _out_of_fold(
    examples: Sequence[Example], l2: float, folds: int, min_count: int
) -> list[tuple[str, float]]:
    """Each row's label and probability from a model that did not see its fold."""
    result: list[tuple[str, float]] = [("", 0.0)] * len(examples)
    for k in range(folds):
        train = [i for i, e in enumerate(examples) if _fold(e, folds) != k]
        held = [i for i, e in enumerate(examples) if _fold(e, folds) == k]
        if not held or len({examples[i].label for i in train}) < 2:
            continue
        rows = [examples[i] for i in train]
        fit = fit_softmax([e.features for e in rows], [e.label for e in rows], l2,
                          [e.weight for e in rows], min_count, tied=TIED)  # fmt: skip
        p = fit.predict([examples[i].features for i in held])
        for row, i in enumerate(held):
            best = int(p[row].argmax())
            result[i] = (fit.labels[best], float(p[row, best]))
    return result


def _combined_accuracy(
    examples: Sequence[Example], oof: list[tuple[str, float]], t: float
) -> float:
    scored = [(e, o) for e, o in zip(examples, oof, strict=True) if o[0] and e.scored]
    right = sum(e.label == (label if p >= t else e.lexicon) for e, (label, p) in scored)
    return right / len(scored) if scored else 0.0


def fit_acled_model(
    examples: Sequence[Example],
    grid: Sequence[float] = L2_GRID,
    folds: int = 5,
    min_count: int = 2,
    min_weight: float = 0.02,
    about: dict[str, object] | None = None,
) -> AcledTypeModel:
    """Choose L2 and the abstain threshold out of fold, refit on all, prune, return."""
    if len({e.label for e in examples}) < 2:
        raise ValueError("training needs examples of at least two sub-event types")
    scores: dict[float, tuple[float, float, float]] = {}  # l2 -> (combined, model, threshold)
    for l2 in grid:
        oof = _out_of_fold(examples, l2, folds, min_count)
        thresholds = sorted({round(p, 2) for _, p in oof} | {0.0})
        best_t = max(thresholds, key=lambda t: (_combined_accuracy(examples, oof, t), -t))
        scores[l2] = (_combined_accuracy(examples, oof, best_t),
                      _combined_accuracy(examples, oof, 0.0), best_t)  # fmt: skip
    l2 = max(scores, key=lambda k: (scores[k][0], k))
    fit = fit_softmax([e.features for e in examples], [e.label for e in examples], l2,
                      [e.weight for e in examples], min_count, tied=TIED)  # fmt: skip
    real = [e for e in examples if not e.id.startswith(SYNTHETIC) and e.scored]
    lexicon = sum(e.label == e.lexicon for e in real) / len(real) if real else 0.0
    info = dict(about or {}) | {
        "rows": len(examples), "scored_rows": len(real),
        "synthetic_rows": sum(e.id.startswith(SYNTHETIC) for e in examples), "l2": l2,
        "tied": {k: round(v, 3) for k, v in fit.tied.items()}, "folds": folds,
        "min_count": min_count,
        "min_weight": min_weight, "out_of_fold_accuracy": round(scores[l2][1], 4),
        "out_of_fold_with_fallback": round(scores[l2][0], 4),
        "lexicon_accuracy": round(lexicon, 4),
        "grid": {str(k): [round(v, 4) for v in s] for k, s in scores.items()},
    }  # fmt: skip
    return AcledTypeModel(fit.labels, fit.table(min_weight), scores[l2][2], info)


def train_acled_model(
    case: Path,
    news: Path | None = None,
    gold: Path | None = None,
    synthetic: Path | None = None,
    synthetic_weight: float = 0.5,
    grid: Sequence[float] = L2_GRID,
    more: Sequence[tuple[Path, Path]] = (),
) -> AcledTypeModel:
    """Read the tune halves (and, if given, the synthetic stories) and fit: what
    ``frontlines train acled`` runs. The same inputs give the same weights. ``more``:
    other (stories, gold) sets whose tune halves join the news rows (``--also``)."""
    from frontlines.nlp.pipeline import build_pipeline

    if (news is None) != (gold is None):
        raise ValueError("--news and --gold go together: the stories and their gold")
    for path in (case, news, gold, synthetic, *(p for pair in more for p in pair)):
        if path is not None and not path.exists():
            raise ValueError(f"{path}: no such file or folder")
    nlp = build_pipeline()
    with nlp.select_pipes(disable=["frontlines_events"]):
        examples = case_examples(nlp, case)
        if news is not None and gold is not None:
            examples += news_examples(nlp, news, gold)
        for stories, folder in more:
            examples += news_examples(nlp, stories, folder)
        if synthetic is not None:
            examples += synthetic_examples(nlp, synthetic, synthetic_weight)
    about: dict[str, object] = {
        "trained_on": [p.name for p in (case, news, *(m[0] for m in more), synthetic)
                       if p is not None],
        "split": "tune halves only (lab/split.py)",
        "labels": "CASE 2021 task 2 sub-event labels",
    }
    return fit_acled_model(examples, grid, about=about)
