"""MEANTIME's event factuality, read as labelled sentences for the realis model.

MEANTIME (NewsReader's CAT XML) annotates every event mention of the first sentences of
120 Wikinews stories with its factuality: ``certainty`` (CERTAIN, PROBABLE, POSSIBLE,
UNDERSPECIFIED), ``polarity`` (POS, NEG, UNDERSPECIFIED), ``time`` (NON_FUTURE, FUTURE,
UNDERSPECIFIED) and ``special_cases`` (NONE, GEN for generic, COND_MAIN_CLAUSE /
COND_IF_CLAUSE for conditionals). That is the question the event coder asks of a
trigger, so a mention is *realis* exactly when it is CERTAIN, POS, NON_FUTURE and no
special case: a certain, positive, non-future, specific event. Mentions the annotators
left without factuality are skipped, not guessed.

Sentences are rebuilt from the tokens with ordinary spacing ("Boeing's bid, which" not
"Boeing 's bid , which"), so our own parser reads them as it reads news text; mention
offsets point into that rebuilt sentence.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from frontlines.errors import DataFileError

__all__ = [
    "FactualityMention",
    "FactualitySentence",
    "MeantimeError",
    "is_realis",
    "load_factuality",
    "read_factuality",
]


class MeantimeError(DataFileError):
    """A file or folder that holds no MEANTIME factuality to read."""


@dataclass(frozen=True)
class FactualityMention:
    """One annotated event mention: character offsets into its sentence's text."""

    start: int
    end: int
    certainty: str
    polarity: str
    time: str
    special_cases: str

    @property
    def realis(self) -> bool:
        return is_realis(self.certainty, self.polarity, self.time, self.special_cases)


@dataclass(frozen=True)
class FactualitySentence:
    """A sentence of one document with its annotated mentions (the document id decides
    its tune/check half)."""

    doc_id: str
    index: int
    text: str
    mentions: tuple[FactualityMention, ...]


def is_realis(certainty: str, polarity: str, time: str, special_cases: str) -> bool:
    """Certain, positive, not future, not generic or conditional: it happened."""
    return (
        certainty == "CERTAIN"
        and polarity == "POS"
        and time == "NON_FUTURE"
        and special_cases in {"", "NONE"}
    )


#: Tokens written against the word before them, and after which the next one is glued.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]+|'s|'|n't|'re|'ve|'ll|'d|'m)$", re.I)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})


def read_factuality(path: Path) -> list[FactualitySentence]:
    """The annotated sentences of one CAT XML file, in order; sentences without any
    annotated mention are left out. A file that is not MEANTIME is a ``MeantimeError``."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise MeantimeError(f"{path}: not readable XML: {exc}") from exc
    if root.tag != "Document":
        raise MeantimeError(f"{path}: not a MEANTIME (CAT) document, root is <{root.tag}>")
    doc_id = root.get("doc_name") or path.stem
    texts: dict[str, list[str]] = {}
    where: dict[str, tuple[str, int, int]] = {}  # t_id -> sentence, start, end
    for token in root.iter("token"):
        sentence = token.get("sentence", "0")
        parts = texts.setdefault(sentence, [])
        text = token.text or ""
        offset = sum(len(p) for p in parts)
        if parts and not _NO_SPACE_BEFORE.match(text) and parts[-1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            offset += 1
        parts.append(text)
        where[token.get("t_id", "")] = (sentence, offset, offset + len(text))
    mentions: dict[str, list[FactualityMention]] = {}
    for mention in root.iter("EVENT_MENTION"):
        anchors = [where[a.get("t_id", "")] for a in mention.iter("token_anchor")
                   if a.get("t_id", "") in where]  # fmt: skip
        certainty, polarity, time = (mention.get(k, "") for k in ("certainty", "polarity", "time"))
        if not anchors or not (certainty and polarity and time):
            continue  # no tokens, or no factuality given: nothing to learn from
        sentence = anchors[0][0]
        start = min(s for sent, s, _ in anchors if sent == sentence)
        end = max(e for sent, _, e in anchors if sent == sentence)
        mentions.setdefault(sentence, []).append(
            FactualityMention(start, end, certainty, polarity, time,
                              mention.get("special_cases", ""))
        )  # fmt: skip
    return [
        FactualitySentence(doc_id, index, "".join(texts[sentence]),
                           tuple(sorted(mentions[sentence], key=lambda m: m.start)))
        for index, sentence in enumerate(texts)
        if sentence in mentions
    ]  # fmt: skip


def load_factuality(folder: Path) -> list[FactualitySentence]:
    """Every annotated sentence of the CAT XML files under ``folder`` (recursively), in
    file-name order; files of another XML kind are skipped, an empty result is an error."""
    if not folder.is_dir():
        raise MeantimeError(f"{folder}: not a folder of MEANTIME XML files")
    found: list[FactualitySentence] = []
    for path in sorted(folder.rglob("*.xml")):
        try:
            found.extend(read_factuality(path))
        except MeantimeError:
            continue  # another kind of XML beside the annotation
    if not found:
        raise MeantimeError(f"{folder}: no MEANTIME event mentions with factuality found")
    return found
