"""Event coding evaluation: CASE 2021 task 2 (snippet -> ACLED sub-event type) and PLOVER.

* CASE 2021 task 2 TSV (``id, EventSnippet, SubType``): weighted and macro F1
  over the gold labels, as in the shared task's scorer, and a per-class table.
* PLOVER gold standard records (a JSON list; ``event``, ``source``/``target``
  with ``actorText``): event type accuracy, and actor F1 where a predicted
  actor matches a gold one when their words overlap (sources and targets
  scored separately, then together).

Both label a whole text, so the scorer asks the event coder for the best type
of the whole text (``EventCoder.classify_doc``), with the same lexicon and
learned sub-event classifier (``nlp/events/acled_type.py``) the pipeline uses
sentence by sentence; PLOVER types come from the learned PLOVER model
(``nlp/events/plover.py``), as in the pipeline.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from frontlines.lab.metrics import PRF
from frontlines.model import EventActor
from frontlines.nlp.events import EventCoder

__all__ = [
    "EventItem",
    "OTHER",
    "evaluate",
    "load_events",
]

OTHER = "OTHER"
_STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "s", "'s"})


@dataclass(frozen=True)
class EventItem:
    id: str
    text: str
    label: str  # CASE sub-event label, or PLOVER event type
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    scheme: str = "case"  # case | plover


def load_events(path: Path) -> list[EventItem]:
    """Read a CASE 2021 task 2 TSV or a PLOVER gold-standard JSON file."""
    head = path.read_text("utf-8").lstrip()[:1]
    if head in "[{":
        return _load_plover(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if not reader.fieldnames or not {"EventSnippet", "SubType"} <= set(reader.fieldnames):
            raise ValueError("expected a TSV with EventSnippet and SubType columns")
        return [
            EventItem(r.get("id") or str(i), r["EventSnippet"], r["SubType"].strip())
            for i, r in enumerate(reader)
            if r.get("EventSnippet")
        ]


def _load_plover(path: Path) -> list[EventItem]:
    records = json.loads(path.read_text("utf-8"))
    if isinstance(records, dict):
        records = [records]
    items = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        items.append(EventItem(
            r.get("id", ""), r["text"], r["event"],
            _actor_texts(r.get("source")), _actor_texts(r.get("target")),
            "plover",
        ))  # fmt: skip
    return items


def _actor_texts(value: Any) -> tuple[str, ...]:
    """PLOVER actors: a list of ``{"actorText": ...}`` objects, one object, or plain text."""
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    texts = (v.get("actorText", "") if isinstance(v, dict) else str(v) for v in values)
    return tuple(t for t in texts if t)


def _words(text: str) -> set[str]:
    return {w for w in text.lower().replace("'s", " ").split() if w not in _STOP}


def _actor_prf(gold: tuple[str, ...], predicted: EventActor | None) -> PRF:
    if predicted is None:
        return PRF(0, 0, len(gold))
    hit = any(_words(g) & _words(predicted.text) for g in gold)
    return PRF(int(hit), int(not hit), len(gold) - int(hit))


def _f1_table(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    labels = sorted(set(gold))
    per_class = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        per_class[label] = PRF(tp, fp, fn).as_dict() | {"support": tp + fn}
    support = Counter(gold)
    total = sum(support.values())
    weighted = sum(per_class[c]["f1"] * support[c] for c in labels) / total if total else 0.0
    macro = sum(per_class[c]["f1"] for c in labels) / len(labels) if labels else 0.0
    accuracy = (
        sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / total if total else 0.0
    )
    return {
        "weighted_f1": round(weighted, 4), "macro_f1": round(macro, 4),
        "accuracy": round(accuracy, 4), "per_class": per_class,
    }  # fmt: skip


def evaluate(items: list[EventItem], nlp: Language) -> dict[str, Any]:
    coder = EventCoder()
    gold: list[str] = []
    predicted: list[str] = []
    sources, targets = PRF(0, 0, 0), PRF(0, 0, 0)
    plover = bool(items) and items[0].scheme == "plover"
    for item, doc in zip(items, nlp.pipe(i.text for i in items), strict=True):
        match, actor1, actor2 = coder.classify_doc(doc, "plover" if plover else "acled")
        gold.append(item.label)
        if plover:
            predicted.append(match.type.plover if match else OTHER)
            sources = sources + _actor_prf(item.sources, actor1)
            targets = targets + _actor_prf(item.targets, actor2)
        else:
            predicted.append(match.type.case if match else OTHER)
    table = _f1_table(gold, predicted)
    if not plover:
        return {"scheme": "CASE 2021 task 2 (ACLED sub-event types)"} | table
    return {
        "scheme": "PLOVER event type",
        "event_type_accuracy": table["accuracy"],
        "weighted_f1": table["weighted_f1"],
        "macro_f1": table["macro_f1"],
        "source_actor": sources.as_dict(),
        "target_actor": targets.as_dict(),
        "actor": (sources + targets).as_dict(),
        "per_class": table["per_class"],
    }
