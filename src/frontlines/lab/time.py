"""Time expressions scored as the TempEval-3 scorer does, on TimeML and MEANTIME.

Readers: TimeML ``.tml`` files (TimeBank, AQUAINT, TempEval-3 platinum; the
DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"``) and MEANTIME
CAT XML (token-anchored; the text is rebuilt from tokens, one space between
tokens and a newline between sentences, and cut after the last sentence
that carries any annotation, since MEANTIME annotates only each article's
opening sentences). The DCT is the reference date.

Scores: a system TIMEX matches a gold one *relaxed* when their spans
overlap, *strict* when the boundaries are equal (one-to-one). Value accuracy
is over relaxed matches; value F1 = relaxed F1 x value accuracy, as in
TempEval-3 (UzZaman et al. 2013). Type accuracy likewise.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from frontlines.lab.metrics import PRF, pair_one_to_one

__all__ = [
    "GoldTimex",
    "TimeDocument",
    "TimeScore",
    "evaluate",
    "load_time",
    "read_cat",
    "read_timeml",
]


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeDocument:
    doc_id: str
    text: str
    dct: str  # YYYY-MM-DD
    timexes: tuple[GoldTimex, ...]
    file: str = ""  # the file's name: the item id of the tune/check split


def load_time(path: Path) -> Iterator[TimeDocument]:
    """Every document under ``path`` (a file or a folder searched recursively).

    A document met twice (TBAQ-cleaned ships ``testpipeline/AP900815-0044.tml``,
    a copy of the TimeBank file) is scored once: same id and same text."""
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    seen: set[tuple[str, str]] = set()
    for file in files:
        doc = None
        if file.suffix == ".tml":
            doc = read_timeml(file)
        elif file.suffix == ".xml" and file.is_file():
            doc = read_cat(file)
        if doc is not None and (doc.doc_id, doc.text) not in seen:
            seen.add((doc.doc_id, doc.text))
            yield doc


def _date_part(value: str) -> str:
    digits = value.replace("-", "")[:8]
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return value[:10]


def read_timeml(path: Path) -> TimeDocument:
    root = ET.parse(path).getroot()
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _date_part(timex.get("value", ""))
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []

    def walk(node: ET.Element) -> None:
        start = sum(len(p) for p in parts)
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            timexes.append(
                GoldTimex(start + lead, end - trail, text.strip(),
                          node.get("type", ""), node.get("value", ""))
            )  # fmt: skip

    walk(body)
    doc_id = root.findtext("DOCID") or path.stem
    return TimeDocument(doc_id.strip(), "".join(parts), dct, tuple(timexes), path.name)


def read_cat(path: Path) -> TimeDocument | None:
    """MEANTIME / NewsReader CAT XML; None for XML files of another kind."""
    root = ET.parse(path).getroot()
    if root.tag != "Document":
        return None
    spans: dict[str, tuple[int, int]] = {}
    pieces: list[str] = []
    offset = 0
    previous_sentence = None
    for token in root.iter("token"):
        sentence = token.get("sentence")
        if pieces:
            sep = "\n" if sentence != previous_sentence else " "
            pieces.append(sep)
            offset += 1
        previous_sentence = sentence
        text = token.text or ""
        spans[token.get("t_id", "")] = (offset, offset + len(text))
        pieces.append(text)
        offset += len(text)
    full = "".join(pieces)
    # MEANTIME annotates only the first sentences of each article: score the
    # annotated extent (through the last sentence holding any markable).
    sentence_of = {t.get("t_id", ""): t.get("sentence") for t in root.iter("token")}
    markables = root.find("Markables")
    anchored = [
        a.get("t_id", "")
        for m in (markables if markables is not None else [])
        for a in m.iter("token_anchor")
    ]
    if anchored:
        last = max(int(sentence_of.get(a) or 0) for a in anchored)
        ends = [spans[t][1] for t, s in sentence_of.items() if t in spans and int(s or 0) <= last]
        full = full[: max(ends)]
    dct = ""
    timexes = []
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in timex.iter("token_anchor")]
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _date_part(timex.get("value", ""))
        located = [spans[a] for a in anchors if a in spans]
        if not located:
            continue
        start, end = min(s for s, _ in located), max(e for _, e in located)
        timexes.append(
            GoldTimex(start, end, full[start:end], timex.get("type", ""), timex.get("value", ""))
        )
    return TimeDocument(root.get("doc_name", path.stem), full, dct, tuple(timexes), path.name)


@dataclass
class TimeScore:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: list[GoldTimex], predicted: list[GoldTimex]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        pairs = pair_one_to_one(
            gold,
            predicted,
            lambda g, p: p.start < g.end and g.start < p.end,
            lambda g, p: ((p.start, p.end) == (g.start, g.end), p.value == g.value),
        )
        for g, best in pairs:
            self.relaxed += 1
            self.strict += (best.start, best.end) == (g.start, g.end)
            self.value += best.value == g.value
            self.type += best.type == g.type

    def as_dict(self) -> dict[str, Any]:
        relaxed = PRF(self.relaxed, self.predicted - self.relaxed, self.gold - self.relaxed)
        strict = PRF(self.strict, self.predicted - self.strict, self.gold - self.strict)
        value_accuracy = self.value / self.relaxed if self.relaxed else 0.0
        type_accuracy = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "relaxed": relaxed.as_dict(),
            "strict": strict.as_dict(),
            "value_accuracy": round(value_accuracy, 4),
            "value_f1": round(relaxed.f1 * value_accuracy, 4),
            "type_accuracy": round(type_accuracy, 4),
            "type_f1": round(relaxed.f1 * type_accuracy, 4),
        }


def evaluate(docs: list[TimeDocument], nlp: Language) -> dict[str, Any]:
    from frontlines.nlp.times import with_reference_date

    score = TimeScore()
    prepared = (with_reference_date(nlp.make_doc(d.text), d.dct or None) for d in docs)
    for gold_doc, doc in zip(docs, nlp.pipe(prepared), strict=True):
        predicted = [
            GoldTimex(t.start, t.end, t.text, t.type, t.value) for t in (doc._.times or [])
        ]
        score.add(list(gold_doc.timexes), predicted)
    return score.as_dict()
