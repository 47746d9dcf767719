"""An article's text cut into segments, each knowing which extractions cover it.

Extractions overlap (an actor inside a claim inside an attribution), so the text
is split at every boundary and each piece carries the kinds and the short
descriptions of what covers it. The template escapes every piece: text from an
article is never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.store.records import StoredDocument

__all__ = ["Mark", "Segment", "marks_of", "segments"]


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # actor | place | time | quantity | attribution | claim | event
    note: str  # the normalised value, shown on hover or focus
    link: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    kinds: tuple[str, ...]
    notes: tuple[str, ...]
    links: tuple[str, ...]


def marks_of(doc: StoredDocument) -> list[Mark]:
    marks = [Mark(m.start, m.end, "actor", f"{m.label}" + (f": {m.actor_name}" if m.actor_name
                                                            else "")) for m in doc.mentions
             if m.actor or m.label in {"ORG", "NORP", "PERSON"}]  # fmt: skip
    for p in doc.places:
        where = f"{p.name}, {p.country} ({p.lat:.3f}, {p.lon:.3f})" if p.lat is not None else "?"
        link = f"/map?lat={p.lat}&lon={p.lon}" if p.lat is not None else ""
        why = f"; {p.reason}" if p.reason else ""  # "publisher home: Ohio" decided it
        marks.append(Mark(p.start, p.end, "place", f"place ({p.role}): {where}{why}", link))
    for t in doc.times:
        marks.append(Mark(t.start, t.end, "time", f"{t.type} {t.value or '?'} ({t.precision})"))
    for q in doc.quantities:
        marks.append(Mark(q.start, q.end, "quantity",
                          f"quantity {q.change} {q.value} {q.unit_name}".strip()))  # fmt: skip
    for a in doc.attributions:
        if a.source is not None:
            marks.append(Mark(a.source.start, a.source.end, "attribution",
                              f"source ({a.kind}) of: {a.content.text[:80]}"))  # fmt: skip
        marks.append(Mark(a.cue.start, a.cue.end, "attribution", "reporting cue"))
    for c in doc.claims:
        value = c.value if c.value is not None else f"{c.lower}-{c.upper}"
        source = c.source.text if c.source else "no source"
        marks.append(Mark(c.start, c.end, "claim",
                          f"claim: {c.measure} {c.change} {value} {c.unit}, as of {c.as_of},"
                          f" {source}", f"/claims?measure={c.measure}"))  # fmt: skip
    return [m for m in marks if 0 <= m.start < m.end <= len(doc.text)]


def segments(text: str, marks: list[Mark], extra_cuts: list[int] | None = None) -> list[Segment]:
    """``extra_cuts`` (sentence starts) make sure links to a sentence have an anchor."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks),
                   *(c for c in extra_cuts or () if 0 <= c <= len(text))})  # fmt: skip
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        covering.sort(key=lambda m: m.end - m.start)  # innermost first
        out.append(Segment(
            text[start:end], start, tuple(dict.fromkeys(m.kind for m in covering)),
            tuple(m.note for m in covering), tuple(m.link for m in covering if m.link),
        ))  # fmt: skip
    return out
