"""Judged precision of the current code on a judged sample of uncoded news.

``eval/judged/`` holds verdicts on what our pipeline emitted on stories no gold codes
(``eval/judged/README.md``): precision there is what fails off our beat (political,
local, disease, business news), where the hand-coded halves are too small to show it.
A sample's stories are listed in ``pool-<S>.jsonl``; its verdicts sit in
``events-<corpus>.jsonl`` (sample ``S``) and ``claims-<corpus>.jsonl`` (sample ``s``).
Here the pipeline reads the pool again and each item it emits now is matched to a
verdict (events by corpus, story, sentence start and ACLED sub-event, as
``judged_events.matched`` matches them; claims by corpus, story and the number's
offsets). An item without a verdict is counted as unjudged, never guessed, and can be
written out (offsets and fields, no story text) for a judge to add one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["EVENT_LEVELS", "HIDDEN_FLOOR", "Emitted", "JudgedError", "emitted", "read_pool",
           "read_verdicts", "run_judged", "score_judged"]  # fmt: skip

#: The least confidences events are scored at (0.2: the settings' default, what lists show
#: since session 17's refit; 0.15: the default before, kept so that numbers compare).
EVENT_LEVELS = (0.15, 0.2, 0.25, 0.3, 0.5, 0.7)

#: Events from here up to the shown floor are hidden by lists but judged too (labels for
#: the confidence model); below it nothing is judged.
HIDDEN_FLOOR = 0.05

#: A claim verdict that counts as right (a claim with one wrong field is still a claim).
RIGHT_CLAIMS = ("claim", "claim_field")


class JudgedError(ValueError):
    """A judged folder, bench or sample that cannot be scored (the CLI prints it)."""


@dataclass
class Emitted:
    """What the pipeline emitted on a pool: non-background events at or above
    ``HIDDEN_FLOOR`` and claims, as plain records (offsets and fields, no text)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def read_pool(folder: Path, sample: str) -> list[tuple[str, str]]:
    """The (corpus, story) pairs of ``pool-<sample>.jsonl``, in file order."""
    path = folder / f"pool-{sample}.jsonl"
    if not folder.is_dir():
        raise JudgedError(f"{folder}: not a judged folder (eval/judged in a clone)")
    if not path.is_file():
        known = sorted(p.stem.removeprefix("pool-") for p in folder.glob("pool-*.jsonl"))
        raise JudgedError(f"{path}: no such pool (samples here: {', '.join(known) or 'none'})")
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                pairs.append((str(row["corpus"]), str(row["story"])))
            except (ValueError, KeyError, TypeError) as exc:
                raise JudgedError(f"{path}:{n}: not a {{corpus, story}} line") from exc
    return pairs


def _rows(folder: Path, pattern: str) -> Iterable[dict[str, Any]]:
    for path in sorted(folder.glob(pattern)):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as exc:
                    raise JudgedError(f"{path}:{n}: not JSON") from exc


EventKey = tuple[str, str, int, str]
ClaimKey = tuple[str, str, int, int]


def read_verdicts(folder: Path) -> tuple[dict[EventKey, dict[str, Any]],
                                         dict[ClaimKey, dict[str, Any]]]:  # fmt: skip
    """Every verdict of the folder, whatever its sample: a verdict on an item is one
    whichever sample's judge gave it, and the pools do not share stories."""
    events = {(r["corpus"], r["story"], r["start"], r["acled_sub_event"]): r
              for r in _rows(folder, "events-*.jsonl")}  # fmt: skip
    claims = {(r["corpus"], r["story"], r["start"], r["end"]): r
              for r in _rows(folder, "claims-*.jsonl")}  # fmt: skip
    return events, claims


def emitted(bench: Path, pool: Sequence[tuple[str, str]], batch: int = 40) -> Emitted:
    """Run the whole pipeline (``build_pipeline``, ``ingest.process.process``, as ingest
    runs it) over the pool's stories, read as ``judged_events.judged_corpus`` reads them."""
    from frontlines.ingest.process import process
    from frontlines.lab.judged_events import judged_corpus
    from frontlines.model import ProcessedArticle
    from frontlines.nlp.pipeline import build_pipeline

    if not bench.is_dir():
        raise JudgedError(f"{bench}: not a bench folder (../shared/bench)")
    nlp = build_pipeline()
    out = Emitted()
    for corpus in dict.fromkeys(c for c, _ in pool):
        try:
            stories = judged_corpus(bench, corpus)
        except (OSError, ValueError) as exc:
            raise JudgedError(f"cannot read {corpus} under {bench}: {exc}") from exc
        ids = [s for c, s in pool if c == corpus]
        missing = [s for s in ids if s not in stories]
        if missing:
            raise JudgedError(f"{corpus}: pool names stories not in {bench}: {missing[:3]}")
        for i in range(0, len(ids), batch):  # batches: memory stays flat on a long pool
            chunk = ids[i : i + batch]
            for story, done in zip(chunk, process(nlp, [stories[s].article() for s in chunk]),
                                   strict=True):  # fmt: skip
                if not isinstance(done, ProcessedArticle):
                    out.failed.append(f"{corpus}/{story}")
                    continue
                out.events += [_event(corpus, story, e) for e in done.events
                               if not e.background and e.confidence >= HIDDEN_FLOOR]  # fmt: skip
                out.claims += [_claim(corpus, story, c) for c in done.claims]
    return out


def _event(corpus: str, story: str, e: Any) -> dict[str, Any]:
    return {"kind": "event", "corpus": corpus, "story": story, "start": e.start, "end": e.end,
            "type": e.type, "acled_event": e.acled_event, "acled_sub_event": e.acled_sub_event,
            "confidence": round(e.confidence, 4)}  # fmt: skip


def _claim(corpus: str, story: str, c: Any) -> dict[str, Any]:
    return {"kind": "claim", "corpus": corpus, "story": story, "start": c.start, "end": c.end,
            "value": c.value, "lower": c.lower, "upper": c.upper, "measure": c.measure,
            "subject": c.subject, "as_of": c.as_of,
            "confidence": round(c.confidence, 4)}  # fmt: skip


def _event_key(r: dict[str, Any]) -> EventKey:
    return (r["corpus"], r["story"], r["start"], r["acled_sub_event"])


def _claim_key(r: dict[str, Any]) -> ClaimKey:
    return (r["corpus"], r["story"], r["start"], r["end"])


def score_judged(found: Emitted, folder: Path, least_event: float, least_claim: float,
                 levels: Sequence[float] = EVENT_LEVELS) -> dict[str, Any]:  # fmt: skip
    """Judged precision (true / kept) of events at each level and in the hidden band,
    and of shown claims; ``unjudged`` counts kept items without a verdict (they count as
    not true, so a precision with unjudged items is a floor until they are judged)."""
    from frontlines.lab.cross_set import scored_at

    events, claims = read_verdicts(folder)
    true = [int(events.get(_event_key(e), {}).get("verdict") is True) for e in found.events]
    conf = [e["confidence"] for e in found.events]
    judged = [_event_key(e) in events for e in found.events]
    at: dict[str, Any] = {}
    for level in levels:
        kept, right = scored_at(conf, true, [False] * len(conf), level)
        at[str(level)] = {"kept": kept, "true": right, "p": _p(right, kept),
                          "unjudged": sum(1 for c, j in zip(conf, judged, strict=True)
                                          if c >= level and not j)}  # fmt: skip
    band = [i for i, c in enumerate(conf) if c < least_event]
    hidden = {"kept": len(band), "true": sum(true[i] for i in band),
              "unjudged": sum(1 for i in band if not judged[i])}  # fmt: skip
    shown = [c for c in found.claims if c["confidence"] >= least_claim]
    right = sum(1 for c in shown if claims.get(_claim_key(c), {}).get("verdict") in RIGHT_CLAIMS)
    return {"events": {"at": at, "hidden": hidden | {"p": _p(hidden["true"], len(band))},
                       "shown_floor": least_event},
            "claims": {"shown": len(shown), "right": right, "p": _p(right, len(shown)),
                       "unjudged": sum(1 for c in shown if _claim_key(c) not in claims)},
            "failed": found.failed}  # fmt: skip


def _p(right: int, kept: int) -> float:
    return round(right / kept, 4) if kept else 0.0


def unjudged(found: Emitted, folder: Path, least_claim: float) -> list[dict[str, Any]]:
    """The events (hidden band included) and shown claims no verdict names yet."""
    events, claims = read_verdicts(folder)
    return ([e for e in found.events if _event_key(e) not in events]
            + [c for c in found.claims
               if c["confidence"] >= least_claim and _claim_key(c) not in claims])  # fmt: skip


def run_judged(folder: Path, bench: Path, sample: str,
               unjudged_to: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Score the current code on judged ``sample``; write its unjudged items if asked."""
    from frontlines.settings import Settings

    pool = read_pool(folder, sample)
    read_verdicts(folder)  # a broken verdict file fails before the long run, not after
    settings = Settings()
    found = emitted(bench, pool)
    result = score_judged(found, folder, settings.min_event_confidence,
                          settings.min_claim_confidence)  # fmt: skip
    if unjudged_to is not None:
        with unjudged_to.open("w", encoding="utf-8") as handle:
            for row in unjudged(found, folder, settings.min_claim_confidence):
                handle.write(json.dumps(row) + "\n")
    return {"sample": sample, "stories": len(pool), **result}
