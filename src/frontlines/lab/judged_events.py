"""Judged events on uncoded news as labels for the event confidence (issue 19).

The coded sets' tune halves are mostly conflict news: a confidence fitted on them alone
does not rank events on political, local or business news, where its false events are
(``eval/judged/README.md``). ``eval/judged/events-*.jsonl`` holds a verdict for each event
our pipeline emitted on uncoded tune-hash stories of five corpora, by offsets only. Here
the stories are read again by the pipeline and each judged event gets the features the
coder computes now, matched by (story, sentence start, ACLED sub-event): an event the
current code no longer emits has no features and is left out.

Samples **A** and **B** are tune material (both may train; ``lab/confidence_oof`` scores
every candidate on them out of fold). Sample **C** (check-hash stories) is held out like a
check half: it is never read here. A judged story that a coded set the trainer reads also
holds (session 22's fresh gold was drawn partly from judged stories) is left out: its coded
gold labels it more fully, and the two copies would be dealt to different story folds.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from frontlines.lab.news_gold import Story, load_stories
from frontlines.lab.story_cv import LabelledEvents

__all__ = ["CORPUS_PATHS", "HELD_OUT_SAMPLES", "THRESHOLDS", "TRAIN_SAMPLE", "TRAIN_SAMPLES",
           "coded_stories", "corpus_of", "judged_corpus",
           "judged_events", "judged_labels", "judged_scores", "matched", "tune_samples"]

#: The samples a model may be fitted on and rules read: A and B drawn from tune-hash
#: stories; D, since session 22, half of C's check-hash stories that no coded gold reads
#: (the tune-hash stories were all read, so fresh false events had to come from C).
TRAIN_SAMPLES = ("A", "B", "D")
#: The first of them (kept for callers of session 15's option).
TRAIN_SAMPLE = TRAIN_SAMPLES[0]
#: Samples of check-hash stories: held out like a check half, never read here.
HELD_OUT_SAMPLES = ("C",)

#: The least confidences a judged sample is scored at (0.3: the default shown since
#: session 22; 0.15: the default until session 17).
THRESHOLDS = (0.15, 0.2, 0.3, 0.5)

#: Where under the bench folder each judged corpus's stories are (``judged_corpus``): a
#: coded set read from the same place reads the same stories, by the same ids.
CORPUS_PATHS = {"polnear": "attribution/PolNeAR", "tbaq": "time/TBAQ-cleaned",
                "lgl": "geo/lgl.xml", "geovirus": "geo/GeoVirus.xml", "meantime": "time/MEANTIME"}


def coded_stories(bench: Path, coded: Iterable[tuple[Path, Collection[str]]]
                  ) -> frozenset[tuple[str, str]]:  # fmt: skip
    """(corpus, story) of every judged corpus's story a coded set reads: ``coded`` gives
    each set's stories folder and the story ids it reads. The same story judged and coded
    would be two fold groups, trained on in one fold and scored in another."""
    keys: set[tuple[str, str]] = set()
    for data, ids in coded:
        corpus = corpus_of(bench, data)
        if corpus is not None:
            keys |= {(corpus, str(story)) for story in ids}
    return frozenset(keys)


def corpus_of(bench: Path, data: Path) -> str | None:
    """The judged corpus whose stories ``data`` (a coded set's stories) holds, if any."""
    for corpus, place in CORPUS_PATHS.items():
        if (bench / place).resolve() == data.resolve():
            return corpus
    return None


def judged_labels(folder: Path, sample: str) -> list[dict[str, Any]]:
    """The judged events of ``sample`` (A, B or D, either case), every ``events-*.jsonl`` of
    ``folder``. A held-out sample (C) is refused: its stories are check material."""
    tune_samples([sample])
    rows = []
    for path in sorted(folder.glob("events-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if str(row["sample"]).upper() == sample.upper():
                    rows.append(row)
    return rows


def tune_samples(samples: Sequence[str]) -> None:
    """Refuse any sample that is not tune material (C, of check-hash stories, is held out
    like a check half): asked before a single story or verdict is read."""
    for sample in samples:
        if sample.upper() not in TRAIN_SAMPLES:
            raise ValueError(f"judged sample {sample!r} is not tune material "
                             f"(only {', '.join(TRAIN_SAMPLES)}; "
                             f"{', '.join(HELD_OUT_SAMPLES)} is held out)")  # fmt: skip


def judged_corpus(bench: Path, corpus: str) -> dict[str, Story]:
    """A judged corpus's stories by id, read as ``eval/judged/README.md`` says they were
    (GeoVirus: an article's 0-based index; MEANTIME: its CAT file's name)."""
    if corpus in ("polnear", "tbaq", "lgl"):
        return load_stories(bench / CORPUS_PATHS[corpus])
    if corpus == "geovirus":
        root = ET.parse(bench / CORPUS_PATHS[corpus]).getroot()
        return {str(n): Story(str(n), a.findtext("text") or "", None, a.findtext("source"))
                for n, a in enumerate(root.iter("article"))}  # fmt: skip
    if corpus == "meantime":
        from frontlines.lab.time import read_cat

        stories: dict[str, Story] = {}
        for path in sorted((bench / CORPUS_PATHS[corpus] / "intra-doc_annotation").rglob("*.xml")):
            doc = read_cat(path)
            if doc is not None:
                stories.setdefault(path.name, Story(path.name, doc.text, doc.dct or None))
        return stories
    raise ValueError(f"{corpus!r}: not a judged corpus")


def judged_events(folder: Path, bench: Path, sample: str, embed: bool = False,
                  skip: Collection[tuple[str, str]] = frozenset()) -> LabelledEvents:
    """(features, verdict) for each judged event of ``sample`` the pipeline still emits,
    grouped by story (``judged/<corpus>/<story>``); ``live`` counts the true verdicts
    matched: misses are unknown on uncoded stories, so recall is over what was found.
    ``embed``: the features carry the sentence embedding (``emb:N``). ``skip``: (corpus,
    story) pairs left out (``coded_stories``: a coded set reads them)."""
    from frontlines.nlp.events.component import EventCoder
    from frontlines.nlp.pipeline import build_pipeline, prepared_doc

    labels = [r for r in judged_labels(folder, sample) if (r["corpus"], r["story"]) not in skip]
    nlp = build_pipeline()
    coder = nlp.get_pipe("frontlines_events")
    if isinstance(coder, EventCoder):
        coder.embed = embed  # the sentence embedding's features (confidence_embedding.py)
        coder.vectors = True  # the trigger's tok2vec rows (confidence_tensor.py)
    rows: list[tuple[dict[str, float], bool]] = []
    groups: list[str] = []
    for corpus in sorted({r["corpus"] for r in labels}):
        stories = judged_corpus(bench, corpus)
        mine = [r for r in labels if r["corpus"] == corpus]
        for story_id in sorted({r["story"] for r in mine}):
            doc = nlp(prepared_doc(nlp, stories[story_id].article()))  # as ingest reads it
            found = matched(mine, story_id, doc._.events, doc._.event_features)
            rows += found
            groups += [f"judged/{corpus}/{story_id}"] * len(found)
    return LabelledEvents(rows, groups, sum(ok for _, ok in rows))


def matched(
    labels: Iterable[dict[str, Any]], story_id: str, events: Sequence[Any],
    features: Sequence[dict[str, float]],
) -> list[tuple[dict[str, float], bool]]:
    """The judged events of ``story_id`` the coder emitted again, with their features:
    the same sentence start and ACLED sub-event (non-background events only, as judged)."""
    by_key = {(e.start, e.acled_sub_event): f
              for e, f in zip(events, features, strict=True) if not e.background}  # fmt: skip
    return [(by_key[(r["start"], r["acled_sub_event"])], bool(r["verdict"]))
            for r in labels
            if r["story"] == story_id and (r["start"], r["acled_sub_event"]) in by_key]  # fmt: skip


def judged_scores(probability: Sequence[float], labels: Sequence[int],
                  off_beat: Sequence[bool], thresholds: Sequence[float] = THRESHOLDS,
                  ) -> dict[str, Any]:  # fmt: skip
    """How a confidence ranks judged events: precision (and events kept) at each
    threshold, with the off-beat cap the coder applies; AUC and Brier score."""
    from sklearn.metrics import brier_score_loss, roc_auc_score

    from frontlines.lab.cross_set import scored_at

    at = {}
    for t in thresholds:
        kept, right = scored_at(probability, labels, off_beat, t)
        at[str(t)] = {"kept": kept, "true": right, "p": round(right / kept, 4) if kept else 0.0}
    auc = float(roc_auc_score(labels, probability)) if len(set(labels)) > 1 else 0.5
    return {"events": len(labels), "true": sum(labels), "at": at, "auc": round(auc, 4),
            "brier": round(float(brier_score_loss(labels, probability)), 4)}  # fmt: skip
