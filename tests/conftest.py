from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlines.errors import EngineError
from frontlines.ingest.ray_runner import import_ray
from frontlines.lab.pgcluster import PgCluster, PgClusterError
from frontlines.nlp.pipeline import build_pipeline
from frontlines.resolve.place import Gazetteer
from frontlines.store import Store, open_db
from frontlines.store.export import write_csv, write_jsonl
from frontlines.store.export_events import write_acled_csv, write_geojson
from frontlines.store.pg import create_database, drop_database

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"


#: A test module that mentions one of these may run the pipeline (ingest builds it).
MODEL_HINTS = ("build_pipeline(", "ingest(", '"ingest"', "run_eval(", "process(")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark by what a test needs, so `-m "not model"` or `-m "not browser"` select quickly:
    the model for tests that take the `nlp` fixture or build a pipeline, the browser for
    the Chromium tests. The long fault suite runs only when `-m` names it (`make fault`)."""
    long_fault = "fault" in (config.option.markexpr or "")
    for item in items:
        if item.get_closest_marker("fault") and not long_fault:
            item.add_marker(pytest.mark.skip(reason="long fault suite: make fault"))
        path = Path(str(item.fspath))
        source = path.read_text("utf-8") if path.suffix == ".py" else ""
        runs_model = any(s in source for s in MODEL_HINTS)
        if "nlp" in getattr(item, "fixturenames", ()) or runs_model:
            item.add_marker(pytest.mark.model)
        if path.name == "test_browser.py":
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline, loaded once per test session."""
    return build_pipeline()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, opened once per test session: it only reads (its caches
    hold what it read), so every place test can share one. A test that builds its own
    small gazetteer names its fixture otherwise (``tiny``: see tests/hand_gazetteer.py)."""
    return Gazetteer()


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


#: The store backends the store suite runs against, always both.
STORE_BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server where tests may create databases:
    $FRONTLINES_TEST_PG when set, else a throw-away cluster started for this session
    (Debian's `postgresql` binaries; `make test` installs them). Missing binaries fail
    the tests that need them, saying how to install; nothing is skipped."""
    given = os.environ.get("FRONTLINES_TEST_PG")
    if given:
        yield given
        return
    try:
        cluster = PgCluster()
        cluster.start()
    except PgClusterError as exc:
        pytest.fail(f"PostgreSQL is needed for these tests: {exc}", pytrace=False)
    try:
        yield cluster.admin_url
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped after it."""
    name = f"frontlines_test_{uuid.uuid4().hex[:12]}"
    url = create_database(pg_server, name)
    try:
        yield url
    finally:
        drop_database(pg_server, name)


@pytest.fixture(params=STORE_BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for a new, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open handle on a new database, once per backend."""
    db = open_db(store_url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    """One local Ray instance with two CPUs for the session (starting Ray takes seconds,
    so every test that needs it shares it), stopped at the end. Ray is a dev dependency:
    when it is missing the tests that need it fail saying how to install it."""
    try:
        ray = import_ray()
    except EngineError as exc:
        pytest.fail(f"{exc}; or pip install -e '.[dev]' (the dev extra includes it)")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


#: Every export format, by name, with the function the CLI's ``export`` writes it with.
EXPORTS = {"jsonl": write_jsonl, "csv": write_csv, "acled": write_acled_csv,
           "geojson": write_geojson}  # fmt: skip


def exports(url: str | Path) -> dict[str, str]:
    """A database's exports in every format, to compare stores and engines."""
    found = {}
    with open_db(url, readonly=True) as db:
        for name, write in EXPORTS.items():
            out = io.StringIO()
            write(db, out)
            found[name] = out.getvalue()
    return found
