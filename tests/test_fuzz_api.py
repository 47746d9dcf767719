"""Schemathesis against our own OpenAPI (issue 22): no request the schema allows, nor one
it forbids (schemathesis' negative mode), makes the server answer 500 or take over 2 s.

Bounded: a few examples per operation in `make test`, many more under `make fault`.
Uploads carry the token, so POST /api/ingest runs the real pipeline on what the
fuzzer sends.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

import frontlines
from frontlines.web.app import ServeSettings, create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
TOKEN = "fuzz-token"
SLOWEST = 2.0


@pytest.fixture(scope="module")
def fuzzed_app(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "fuzz.db"
    frontlines.ingest([EXAMPLES], db, nlp=nlp)
    app = create_app(ServeSettings(db, ingest_token=TOKEN, max_upload_bytes=20_000,
                                   allowed_hosts=frozenset({"testserver", "localhost"})))
    app.state.nlp = nlp
    return app


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def _check(case) -> None:
    started = time.monotonic()
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    took = time.monotonic() - started
    assert response.status_code < 500, (case.method, case.formatted_path, case.query,
                                        case.body, response.text[:500])  # fmt: skip
    if not (case.method == "POST" and "ingest" in case.path):  # uploads run the pipeline
        assert took < SLOWEST, (case.method, case.formatted_path, case.query, took)


def fuzz(app, examples: int) -> int:
    """Every operation, ``examples`` generated requests each; the operations fuzzed."""
    operations = _operations(app)
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):  # valid, then not
            run = given(case=operation.as_strategy(mode))(_check)
            try:
                settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))(run)()  # fmt: skip
            except Unsatisfiable:  # nothing to get wrong: an operation without parameters
                assert mode is GenerationMode.NEGATIVE, operation.label
    return len(operations)


def test_no_fuzzed_request_is_a_server_error(fuzzed_app):
    assert fuzz(fuzzed_app, examples=8) >= 15


@pytest.mark.fault
def test_no_fuzzed_request_is_a_server_error_long(fuzzed_app):
    assert fuzz(fuzzed_app, examples=300) >= 15
