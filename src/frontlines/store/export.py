"""Export the store: JSON Lines (one object per document) or CSV (one row per mention)."""

from __future__ import annotations

import json
from typing import TextIO

from frontlines.store.csvsafe import SafeDictWriter
from frontlines.store.protocol import Store

__all__ = [
    "CSV_COLUMNS",
    "write_csv",
    "write_jsonl",
]

CSV_COLUMNS = [
    "doc_id", "published", "source", "title", "sentence", "start", "end", "text", "label",
    "actor", "actor_name", "extractor", "sentence_text",
]  # fmt: skip


def write_jsonl(db: Store, out: TextIO) -> int:
    n = 0
    for doc in db.iter_documents():
        out.write(json.dumps(doc.to_export(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(db: Store, out: TextIO) -> int:
    writer = SafeDictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for doc in db.iter_documents():
        sentences = {s.id: s for s in doc.sentences}
        for m in doc.mentions:
            sentence = sentences.get(m.sentence_id)
            writer.writerow({
                "doc_id": doc.id, "published": doc.published, "source": doc.source,
                "title": doc.title, "sentence": sentence.index if sentence else "",
                "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                "actor": m.actor or "", "actor_name": m.actor_name or "",
                "extractor": f"{m.extractor}@{m.extractor_version}",
                "sentence_text": sentence.text if sentence else "",
            })  # fmt: skip
            n += 1
    return n
