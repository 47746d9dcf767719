"""An ingesting process's pipeline is warmed and kept out of garbage collection."""

from __future__ import annotations

import gc

from frontlines.ingest import process as process_module
from frontlines.ingest.process import PipelineSpec, settled


def test_settling_freezes_what_the_process_holds_and_the_pipeline_still_reads(nlp):
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    assert settled(nlp) is nlp
    assert gc.get_freeze_count() > 0  # the pipeline's tables are out of later rounds
    doc = nlp("Rebels shelled the town of Dara on Sunday, killing 4 civilians.")
    assert doc._.events or doc._.claims


def test_a_worker_builds_a_settled_pipeline(nlp, monkeypatch):
    monkeypatch.setattr(process_module, "build_pipeline", lambda *args, **kwargs: nlp)
    gc.unfreeze()
    assert PipelineSpec().build() is nlp
    assert gc.get_freeze_count() > 0
