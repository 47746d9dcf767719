"""Fit the PLOVER event-type model on labelled stories (``frontlines train plover``).

The training data is the NGEC synthetic PLOVER set: LLM-written, fictional
stories (a CSV in a zip, columns ``text``, ``title``, ``label``, ``mode``...),
used only for the words that signal each type, never as evidence of facts.
Each story's opening sentences are one example (a lead states the event; the
rest of an invented story drifts). Its labels are PLOVER 1.0; they are mapped
onto the gold-standard records' PLOVER 0.5 types (:data:`LABELS_05`), which our
events carry.

A tenth of the stories is held back to choose the regularisation and the
abstain threshold (the lowest probability at which the model's type is still
right at least as often as ``min_precision``); then the model is refit on
everything. Rare features are dropped and the weights pruned to the strongest
``max_features`` so the shipped JSON stays small and readable. scikit-learn is
needed here only (``pip install frontlines[dev]``).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.nlp.events import EventCoder
from frontlines.nlp.events.plover import PloverModel, plover_features

__all__ = [
    "LABELS_05",
    "MODES_05",
    "Story",
    "examples_of",
    "fit_plover_model",
    "lead",
    "read_plover_csv",
    "read_stories",
    "tune_records",
]

#: PLOVER 1.0 (the synthetic labels) -> the 0.5 types of the gold records, by
#: (type, mode); ``None`` as mode stands for any other mode. ASSAULT from the air
#: is 0.5's FIGHT (military force); ACCUSE split into DISAPPROVE and INVESTIGATE.
LABELS_05: dict[tuple[str, str | None], str] = {
    ("REQUEST", None): "DEMAND",
    ("ACCUSE", "INVESTIGATE"): "INVESTIGATE",
    ("ACCUSE", None): "DISAPPROVE",
    ("ASSAULT", "AERIAL"): "FIGHT",
    ("ASSAULT", "DRONE"): "FIGHT",
}

#: Synthetic mode spellings -> ours (lower case, as in ``data/events.toml``).
MODES_05 = {"SIEZE": "seize", "PRIMATIVE": "primitive", "DEMO": "demo-org",
            "HUNGER": "strike-hun", "STRIKE": "strike-gen"}  # fmt: skip

_TEMPLATE = re.compile(r"\{[a-z_0-9]+\}")


@dataclass(frozen=True)
class Story:
    text: str
    label: str  # PLOVER 0.5 type
    mode: str  # lower case, "" when the story has none


def _mapped(label: str, mode: str) -> tuple[str, str]:
    label, mode = label.strip().upper(), mode.strip().upper()
    new = LABELS_05.get((label, mode)) or LABELS_05.get((label, None)) or label
    if mode == new:  # ACCUSE/INVESTIGATE -> INVESTIGATE: the mode became the type
        mode = ""
    return new, MODES_05.get(mode, mode.lower())


def read_plover_csv(path: Path) -> list[tuple[str, str, str]]:
    """(text, PLOVER 1.0 label, mode) of each story of a synthetic-PLOVER CSV, or of the
    first CSV inside a zip; the title, if any, leads the text."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.endswith(".csv")]
            if not names:
                raise ValueError(f"{path}: no .csv inside")
            raw = archive.read(names[0]).decode("utf-8")
    else:
        raw = path.read_text("utf-8")
    csv.field_size_limit(10**8)
    reader = csv.DictReader(io.StringIO(raw))
    if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
        raise ValueError(f"{path}: expected a CSV with text and label columns")
    stories = []
    for row in reader:
        if not (row.get("text") or "").strip() or not (row.get("label") or "").strip():
            continue
        title = _TEMPLATE.sub("Country", row.get("title") or "").strip()
        text = f"{title}.\n\n{row['text'].strip()}" if title else row["text"].strip()
        stories.append((text, row["label"].strip(), (row.get("mode") or "").strip()))
    return stories


def read_stories(path: Path) -> list[Story]:
    """The stories of a synthetic-PLOVER CSV, or of the first CSV inside a zip, with
    their labels mapped onto PLOVER 0.5."""
    return [Story(text, *_mapped(label, mode)) for text, label, mode in read_plover_csv(path)]


def tune_records(path: Path) -> list[Story]:
    """The *tune* half of PLOVER gold records (``lab/split.py``): never the check half."""
    from frontlines.lab.events import load_events
    from frontlines.lab.split import select

    items = select(load_events(path), lambda i: i.id, "tune")
    return [Story(i.text, i.label, "") for i in items if i.scheme == "plover"]


def lead(doc: Doc, sentences: int) -> Doc:
    """The first ``sentences`` sentences of ``doc`` as a doc of their own."""
    sents = list(doc.sents)[:sentences]
    return doc[: sents[-1].end].as_doc() if sents else doc


def examples_of(docs: Sequence[Doc], coder: EventCoder) -> list[list[str]]:
    """Each doc's features, with the lexicon's PLOVER type among them."""
    result = []
    for doc in docs:
        match = coder.classify_doc(doc)[0]
        result.append(plover_features(doc, match.type.plover if match else ""))
    return result


def _fit(
    features: list[list[str]], labels: list[str], c: float, weights: list[float] | None = None
) -> tuple[list[str], dict[str, dict[str, float]]]:
    try:
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("training needs scikit-learn: pip install 'frontlines[dev]'") from exc
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features]).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False, random_state=0)
    model.fit(matrix, labels, sample_weight=weights)
    classes = [str(k) for k in model.classes_]
    coef = model.coef_
    if len(classes) == 2:  # a binary fit keeps one row: the second class against the first
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
    names = vectorizer.get_feature_names_out()
    table = {
        str(name): {cls: float(coef[k, j]) for k, cls in enumerate(classes)}
        for j, name in enumerate(names)
    }
    return classes, table


def _pruned(
    weights: dict[str, dict[str, float]], counts: Counter[str], min_count: int, keep: int
) -> dict[str, dict[str, float]]:
    """The ``keep`` features with the largest weights (and the bias), tiny weights dropped."""
    strength = {f: max(abs(w) for w in ws.values()) for f, ws in weights.items()}
    ranked = sorted(
        (f for f in weights if counts[f] >= min_count or f == "bias"),
        key=lambda f: (f != "bias", -strength[f]),
    )[:keep]
    pruned = {f: {k: round(w, 3) for k, w in weights[f].items() if abs(w) >= 0.01} for f in ranked}
    return {f: ws for f, ws in pruned.items() if ws}


def _accuracy(model: PloverModel, features: list[list[str]], labels: list[str]) -> float:
    right = 0
    for fs, gold in zip(features, labels, strict=True):
        p = model.probabilities(fs)
        right += max(p, key=lambda k: p[k]) == gold
    return right / len(labels) if labels else 0.0


def _threshold(
    model: PloverModel, features: list[list[str]], labels: list[str], min_precision: float
) -> float:
    """The lowest probability above which the held-back predictions are right at least
    ``min_precision`` of the time (0 when all of them are)."""
    scored = []
    for fs, gold in zip(features, labels, strict=True):
        p = model.probabilities(fs)
        best = max(p, key=lambda k: p[k])
        scored.append((p[best], best == gold))
    scored.sort(reverse=True)
    threshold, right = 0.0, 0
    for n, (probability, ok) in enumerate(scored, start=1):
        right += ok
        if right / n >= min_precision:
            threshold = probability
    return round(threshold, 3)


def fit_plover_model(
    nlp: Language,
    stories: Sequence[Story],
    sentences: int = 3,
    cs: Sequence[float] = (1.0,),
    min_count: int = 3,
    max_features: int = 6000,
    min_precision: float = 0.6,
    about: dict[str, object] | None = None,
    records: Sequence[Story] = (),
    record_weight: float = 100.0,
) -> PloverModel:
    """Fit types (and modes within them) on the stories' first ``sentences`` sentences.

    ``records``: gold-labelled sentences of the PLOVER records' *tune* half, weighted
    ``record_weight`` each: the synthetic stories teach the vocabulary, the records
    where PLOVER 0.5 draws its lines (AGREE is an offer or promise, DEMAND any call
    on another side). They are fitted, never held back: report the check half."""
    if len({s.label for s in stories}) < 2:
        raise ValueError("training needs stories of at least two PLOVER types")
    coder = EventCoder(plover=PloverModel((), {}))  # only the lexicon is asked here
    docs = [lead(d, sentences) for d in nlp.pipe((s.text for s in stories), batch_size=32)]
    docs += list(nlp.pipe(r.text for r in records))
    stories = [*stories, *records]
    features = examples_of(docs, coder)
    counts: Counter[str] = Counter(f for fs in features for f in fs)
    kept = [[f for f in fs if counts[f] >= min_count or f == "bias"] for fs in features]
    labels = [s.label for s in stories]
    weights = [1.0] * (len(stories) - len(records)) + [record_weight] * len(records)
    synthetic = len(stories) - len(records)
    held = [i for i in range(synthetic) if i % 10 == 9]
    fit_rows = [i for i in range(len(stories)) if i not in set(held)]
    if len({labels[i] for i in fit_rows}) < 2 or not held:
        held, fit_rows = [], list(range(len(stories)))  # too little data to hold any back
    best_c, best_acc, threshold = cs[0], -1.0, 0.0
    held_x, held_y = [kept[i] for i in held], [labels[i] for i in held]
    for c in cs if held else cs[:1]:
        classes, table = _fit([kept[i] for i in fit_rows], [labels[i] for i in fit_rows], c,
                              [weights[i] for i in fit_rows])  # fmt: skip
        trial = PloverModel(tuple(classes), _pruned(table, counts, min_count, max_features))
        acc = _accuracy(trial, held_x, held_y)
        if acc > best_acc:
            best_c, best_acc = c, acc
            threshold = _threshold(trial, held_x, held_y, min_precision)
    classes, table = _fit(kept, labels, best_c, weights)
    moded = [i for i, s in enumerate(stories) if s.mode]
    modes: dict[str, dict[str, float]] = {}
    if len({f"{stories[i].label}/{stories[i].mode}" for i in moded}) >= 2:
        _, mode_weights = _fit(
            [kept[i] for i in moded], [f"{stories[i].label}/{stories[i].mode}" for i in moded],
            best_c,
        )  # fmt: skip
        modes = _pruned(mode_weights, counts, min_count, max_features // 3)
    info = dict(about or {})
    info.update(
        stories=synthetic, records=len(records), record_weight=record_weight,
        sentences=sentences, c=best_c, min_count=min_count,
        held_back_accuracy=round(best_acc, 4),
        threshold_chosen_on=f"{len(held)} held-back stories, precision >= {min_precision}",
        label_map="PLOVER 1.0 -> 0.5: REQUEST=DEMAND, ACCUSE=DISAPPROVE (INVESTIGATE mode: "
        "INVESTIGATE), ASSAULT aerial/drone=FIGHT",
    )  # fmt: skip
    return PloverModel(
        tuple(classes), _pruned(table, counts, min_count, max_features), threshold, modes, info
    )
