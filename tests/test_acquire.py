"""Every kind of bad input gets one clear reason; the batch carries on."""

import io
import os

import pytest

from frontlines.ingest import acquire
from frontlines.ingest.acquire import (
    READERS,
    IngestLimits,
    Reader,
    article_from_record,
    read_articles,
    reader_for_suffix,
    register,
    sniff_reader,
)
from frontlines.model import Article, InputProblem

GOOD = "Strikes hit Raqqa\n\nBEIRUT - Coalition aircraft struck targets near Raqqa on Monday.\n"


def _one(results):
    assert len(results) == 1
    return results[0]


def test_good_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    article = _one(list(read_articles([str(tmp_path / "a.txt")])))
    assert isinstance(article, Article)
    assert article.title == "Strikes hit Raqqa"
    assert article.dateline == "BEIRUT"
    assert article.text.startswith("Coalition aircraft")


def test_binary_file(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    problem = _one(list(read_articles([str(tmp_path / "photo.txt")])))
    assert isinstance(problem, InputProblem) and "binary" in problem.reason


def test_nul_bytes_are_binary(tmp_path):
    (tmp_path / "blob.bin").write_bytes(b"abc\x00def" * 10)
    problem = _one(list(read_articles([str(tmp_path / "blob.bin")])))
    assert "binary" in problem.reason


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n")
    problem = _one(list(read_articles([str(tmp_path / "empty.txt")])))
    assert problem.reason == "empty file"


def test_non_utf8_file_names_byte_and_offset(tmp_path):
    (tmp_path / "latin.txt").write_bytes(
        "Caf\u00e9 in Deir ez-Zor, said the monitor.".encode("latin-1")
    )
    problem = _one(list(read_articles([str(tmp_path / "latin.txt")])))
    assert "not valid utf-8" in problem.reason and "0xe9" in problem.reason
    ok = _one(list(read_articles([str(tmp_path / "latin.txt")], IngestLimits(encoding="latin-1"))))
    assert isinstance(ok, Article) and "Caf\u00e9" in ok.text


def test_huge_file_is_refused_without_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: cheap to create
    problem = _one(list(read_articles([str(big)])))
    assert "too large" in problem.reason and "50" in problem.reason


def test_too_many_characters(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 3000)
    problem = _one(list(read_articles([str(tmp_path / "long.txt")], IngestLimits(max_chars=1000))))
    assert "too long" in problem.reason


def test_malformed_json_line_does_not_stop_the_file(tmp_path):
    (tmp_path / "batch.jsonl").write_text(
        '{"text": "First story about Mosul.", "title": "One", "published": "2016-10-17"}\n'
        '{"text": "broken\n'
        "[1, 2]\n"
        '{"title": "no text"}\n'
        '{"text": "Third story about Raqqa.", "source": "Wire"}\n'
    )
    results = list(read_articles([str(tmp_path / "batch.jsonl")]))
    articles = [r for r in results if isinstance(r, Article)]
    problems = {
        r.origin.rsplit(":", 1)[1]: r.reason for r in results if isinstance(r, InputProblem)
    }
    assert [a.title for a in articles] == ["One", None]
    assert articles[0].published == "2016-10-17" and articles[1].source == "Wire"
    assert "malformed JSON" in problems["2"]
    assert "JSON object" in problems["3"]
    assert "'text'" in problems["4"]


def test_unreadable_paths(tmp_path):
    missing = tmp_path / "nope.txt"
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    results = list(read_articles([str(missing), str(link)]))
    assert all(isinstance(r, InputProblem) and "cannot read" in r.reason for r in results)
    assert len(results) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    problem = _one(list(read_articles([str(locked)])))
    assert "cannot read" in problem.reason


def test_folder_is_recursive_and_skips_hidden(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(GOOD.replace("Monday", "Tuesday"))
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    results = list(read_articles([str(tmp_path)]))
    assert [type(r) for r in results] == [Article, Article]


def test_stdin_text_and_jsonl():
    text = _one(list(read_articles(["-"], stdin=io.BytesIO(GOOD.encode()))))
    assert isinstance(text, Article) and text.origin == "<stdin>"
    lines = b'{"text": "One."}\n{"text": "Two."}\n'
    assert len(list(read_articles(["-"], stdin=io.BytesIO(lines)))) == 2


def test_html_page(tmp_path):
    page = (
        "<html><head><title>Kobani retaken</title>"
        '<meta property="og:site_name" content="Levant Desk">'
        '<meta property="article:published_time" content="2015-01-26T10:00:00Z"></head>'
        "<body><article><h1>Kobani retaken</h1><p>KOBANI, Syria - Kurdish fighters drove the "
        "militants out of the border town of Kobani on Monday after a siege of four months, "
        "a monitor said.</p><p>Fighting continued in nearby villages to the south.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    article = _one(list(read_articles([str(tmp_path / "page.html")])))
    assert article.title == "Kobani retaken"
    assert article.published == "2015-01-26"
    assert article.source == "Levant Desk"
    assert article.dateline == "KOBANI, Syria"
    assert article.text.startswith("Kurdish fighters drove")


def test_same_body_same_id_across_formats(tmp_path):
    (tmp_path / "a.txt").write_text("Title here\n\nThe  same \u201cbody\u201d text.\n")
    (tmp_path / "b.jsonl").write_text('{"text": "The same \\"body\\" text."}\n')
    a, b = read_articles([str(tmp_path)])
    assert a.id == b.id


def test_readers_are_registered_by_kind():
    assert list(READERS) == ["text", "html", "jsonl"]
    assert reader_for_suffix(".HTM").kind == "html"
    assert reader_for_suffix(".ndjson").kind == "jsonl"
    assert reader_for_suffix(".weird").kind == "text"  # unknown suffixes are read as text
    assert sniff_reader("  <html>").kind == "html"
    assert sniff_reader('\n{"text": "x"}').kind == "jsonl"
    assert sniff_reader("Plain words").kind == "text"


def test_a_new_kind_needs_no_edit_to_the_chain(tmp_path, monkeypatch):
    def shout(origin, data, limits):
        yield Article(id="x", text=data.decode().upper(), origin=origin, format="shout")

    monkeypatch.setattr(acquire, "READERS", dict(READERS))
    register(Reader("shout", shout, frozenset({".shout"}), lambda text: text.startswith("!")))
    (tmp_path / "a.shout").write_text("hello")
    assert _one(list(read_articles([str(tmp_path / "a.shout")]))).text == "HELLO"
    assert _one(list(read_articles(["-"], stdin=io.BytesIO(b"!hi")))).format == "shout"


def test_article_from_record_is_one_json_line():
    article = article_from_record(
        "upload", {"text": "BEIRUT - Shelling resumed.", "published": "2015-01-26", "title": " T "}
    )
    assert isinstance(article, Article)
    assert (article.dateline, article.published, article.title) == ("BEIRUT", "2015-01-26", "T")
    assert article.format == "jsonl" and article.text == "Shelling resumed."
    problem = article_from_record("upload", {"title": "no text"})
    assert problem == InputProblem("upload", "missing or empty 'text' field")
