"""Attribution scored on PolNeAR brat folders: source, cue, content and triples.

PolNeAR stores each article as ``text/NAME.txt`` with its annotations in
``attributions/NAME.ann`` (brat standoff: ``T`` lines for Source / Cue /
Content spans, possibly discontinuous as ``start end;start end``, and ``E``
lines tying them into an Attribution). A discontinuous span is scored by
its outer extent.

Each role is matched one-to-one: *exact* when the offsets are equal after
trimming whitespace and edge punctuation, *overlap* when the spans share a
character. A triple matches when all its present roles match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.lab.metrics import PRF, pair_one_to_one

__all__ = [
    "AttributionDocument",
    "AttributionScore",
    "GoldAttribution",
    "ROLES",
    "Span",
    "annotator_agreement",
    "annotator_of",
    "evaluate",
    "load_polnear",
    "read_ann",
    "score_processed",
]

ROLES = ("source", "cue", "content")
Span = tuple[int, int]


@dataclass(frozen=True)
class GoldAttribution:
    source: Span | None
    cue: Span | None
    content: Span | None

    def role(self, name: str) -> Span | None:
        value: Span | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class AttributionDocument:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    article: str = ""  # the text file's stem, shared by every annotator's file of it

    @property
    def article_id(self) -> str:
        """The article this annotation file is of: the item of the tune/check split."""
        return self.article or self.name


def _outer(offsets: str) -> Span:
    pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def read_ann(text: str, ann: str) -> tuple[GoldAttribution, ...]:
    spans: dict[str, Span] = {}
    events = []
    for line in ann.splitlines():
        if not re.match(r"[TE]\d+\t", line):
            continue  # a span's text that runs over a line break, or a note
        if line.startswith("T"):
            tid, middle, *_ = line.split("\t")
            label, offsets = middle.split(" ", 1)
            spans[tid] = _normalised(text, _outer(offsets))
        elif line.startswith("E"):
            events.append(dict(re.findall(r"(\w+):(\w+)", line.split("\t")[1])))
    out = []
    for event in events:
        out.append(GoldAttribution(*(spans.get(event.get(r.capitalize(), "")) for r in ROLES)))
    return tuple(out)


def _normalised(text: str, span: Span) -> Span:
    start, end = span
    while start < end and (text[start].isspace() or text[start] in ",.;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return start, end


def load_polnear(path: Path) -> Iterator[AttributionDocument]:
    """``path`` is a split folder (holding text/ and attributions/) or a parent of splits."""
    folders = (
        [path]
        if (path / "text").is_dir()
        else sorted(p for p in path.iterdir() if (p / "text").is_dir())
    )
    if not folders:
        raise ValueError(f"{path}: no text/ and attributions/ folders")
    for folder in folders:
        for ann_path in sorted((folder / "attributions").glob("*.ann")):
            text_path = folder / "text" / (ann_path.stem + ".txt")
            if not text_path.exists():  # "NAME_ef2d.ann": annotator suffix on the text's name
                text_path = folder / "text" / (ann_path.stem.rsplit("_", 1)[0] + ".txt")
            if not text_path.exists():
                raise ValueError(f"{ann_path}: no matching {text_path}")
            text = text_path.read_text("utf-8")
            yield AttributionDocument(
                ann_path.stem, text, read_ann(text, ann_path.read_text("utf-8")), text_path.stem
            )


def _match(a: Span | None, b: Span | None, exact: bool) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b if exact else (a[0] < b[1] and b[0] < a[1])


@dataclass
class AttributionScore:
    gold: int = 0
    predicted: int = 0

    def __post_init__(self) -> None:
        self.tp: dict[str, int] = {}
        self.gold_roles: dict[str, int] = dict.fromkeys(ROLES, 0)
        self.pred_roles: dict[str, int] = dict.fromkeys(ROLES, 0)

    def add(self, gold: list[GoldAttribution], predicted: list[GoldAttribution]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        for role in ROLES:
            g_spans = [g.role(role) for g in gold if g.role(role) is not None]
            p_spans = [p.role(role) for p in predicted if p.role(role) is not None]
            self.gold_roles[role] += len(g_spans)
            self.pred_roles[role] += len(p_spans)
            for mode in ("exact", "overlap"):
                self.tp[f"{role}.{mode}"] = self.tp.get(f"{role}.{mode}", 0) + _one_to_one(
                    g_spans, p_spans, mode == "exact"
                )
        for mode in ("exact", "overlap"):
            exact = mode == "exact"
            hits = len(pair_one_to_one(gold, predicted, partial(_whole, exact=exact)))
            self.tp[f"triple.{mode}"] = self.tp.get(f"triple.{mode}", 0) + hits

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for role in (*ROLES, "triple"):
            g = self.gold if role == "triple" else self.gold_roles[role]
            p = self.predicted if role == "triple" else self.pred_roles[role]
            out[role] = {
                mode: PRF(tp := self.tp.get(f"{role}.{mode}", 0), p - tp, g - tp).as_dict()
                for mode in ("exact", "overlap")
            }
        return out


def _whole(g: GoldAttribution, p: GoldAttribution, exact: bool) -> bool:
    """Every role the gold triple has matches the prediction's."""
    return all(_match(g.role(r), p.role(r), exact) for r in ROLES if g.role(r) is not None)


def _one_to_one(gold: list[Span | None], pred: list[Span | None], exact: bool) -> int:
    return len(pair_one_to_one(gold, pred, lambda g, p: _match(g, p, exact)))


def evaluate(docs: list[AttributionDocument], nlp: Language) -> dict[str, Any]:
    """Scores against every annotation file; where several annotators marked the same
    article, also how well they agree with one another (``agreement``)."""
    processed = list(nlp.pipe(d.text for d in docs))
    metrics = score_processed(docs, processed)
    agreement = annotator_agreement(docs, processed)
    if agreement is not None:
        metrics["agreement"] = agreement
    return metrics


def annotator_agreement(
    docs: list[AttributionDocument], processed: list[Doc] | None = None
) -> dict[str, Any] | None:
    """How far exact spans are a matter of judgement: on articles that several people
    annotated, each annotator's file scored against each other's (every ordered pair,
    so precision and recall pool symmetrically), and, when ``processed`` is given, our
    output scored against the same files. None when no article has two annotators."""
    by_text: dict[str, list[int]] = {}
    for n, doc in enumerate(docs):
        by_text.setdefault(doc.text, []).append(n)
    shared = [group for group in by_text.values() if len(group) > 1]
    if not shared:
        return None
    human = AttributionScore()
    for group in shared:
        for a in group:
            for b in group:
                if a != b:
                    human.add(list(docs[a].attributions), list(docs[b].attributions))
    result: dict[str, Any] = {
        "articles": len(shared),
        "annotation_files": sum(len(group) for group in shared),
        "between_annotators": human.as_dict(),
    }
    if processed is not None:
        members = [n for group in shared for n in group]
        result["system_on_same_files"] = score_processed(
            [docs[n] for n in members], [processed[n] for n in members]
        )
        result["parity"] = _parity(docs, processed, shared, result)
    return result


def annotator_of(doc: AttributionDocument) -> str:
    """The annotator code PolNeAR appends to a file's name ('NAME_ef2d' -> 'ef2d')."""
    if doc.article and doc.name.startswith(doc.article + "_"):
        return doc.name[len(doc.article) + 1 :]
    return doc.name


def _parity(
    docs: list[AttributionDocument],
    processed: list[Doc],
    shared: list[list[int]],
    pooled: dict[str, Any],
) -> dict[str, Any]:
    """Human parity, role by role: annotators scored against one another and we against
    each of them, on the same files with the same metric, pooled and per annotator (each
    annotator's file taken as the prediction against the others' files; ours against that
    annotator's files), so a reader sees whether we fall inside the spread of people."""
    human, ours = pooled["between_annotators"], pooled["system_on_same_files"]
    summary: dict[str, Any] = {}
    for role in ROLES:
        h, s = human[role]["exact"]["f1"], ours[role]["exact"]["f1"]
        summary[role] = {"annotators": h, "system": s, "gap": round(s - h, 4), "reached": s >= h}
    per: dict[str, tuple[AttributionScore, AttributionScore]] = {}
    for group in shared:
        for a in group:
            name = annotator_of(docs[a])
            against_others, system = per.setdefault(name, (AttributionScore(), AttributionScore()))
            for b in group:
                if b != a:
                    against_others.add(list(docs[b].attributions), list(docs[a].attributions))
            system.add(list(docs[a].attributions), _predicted(docs[a].text, processed[a]))
    summary["per_annotator"] = {
        name: {
            "articles": sum(1 for g in shared for n in g if annotator_of(docs[n]) == name),
            **{
                role: {
                    "annotator_vs_others": others.as_dict()[role]["exact"]["f1"],
                    "system_vs_annotator": system.as_dict()[role]["exact"]["f1"],
                }
                for role in ROLES
            },
        }
        for name, (others, system) in sorted(per.items())
    }
    return summary


def score_processed(gold: list[AttributionDocument], docs: Iterable[Doc]) -> dict[str, Any]:
    """Score Docs that already carry ``Doc._.attributions`` against their gold files."""
    score = AttributionScore()
    for gold_doc, doc in zip(gold, docs, strict=True):
        score.add(list(gold_doc.attributions), _predicted(gold_doc.text, doc))
    return score.as_dict()


def _predicted(text: str, doc: Doc) -> list[GoldAttribution]:
    """Our attributions as spans trimmed the way gold spans are."""
    return [
        GoldAttribution(
            _normalised(text, (a.source.start, a.source.end)) if a.source else None,
            _normalised(text, (a.cue.start, a.cue.end)),
            _normalised(text, (a.content.start, a.content.end)),
        )
        for a in (doc._.attributions or [])
    ]
