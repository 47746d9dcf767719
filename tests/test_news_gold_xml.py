"""TR-News / LGL-style XML stories for `eval news`: ids, exact text, download day as date.

The XML here is written by hand with our own sentences; offsets into the text must agree
with what ElementTree gives, so the leading newline and spaces must survive.
"""

from pathlib import Path

import pytest

from frontlines.lab.news_gold import load_stories

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
    <article docid="901">
        <title>Clash near a river town</title>
        <dltime>7:18 PM, Dec 11, 2016</dltime>
        <text><![CDATA[
  Militia fighters attacked a checkpoint on Sunday, killing 3 guards.]]></text>
    </article>
    <article docid="902">
        <dltime>11/28/2016</dltime>
        <text>Talks &amp; more talks.</text>
    </article>
    <article docid="903">
        <dltime></dltime>
        <text>No date for this one.</text>
    </article>
</articles>
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "tiny.xml"
    path.write_text(body, "utf-8")
    return path


def test_xml_stories_keep_text_exactly_and_read_the_download_day(tmp_path: Path) -> None:
    stories = load_stories(_write(tmp_path, XML))
    assert list(stories) == ["901", "902", "903"]
    first = stories["901"]
    assert first.text.startswith("\n  Militia")  # not stripped: gold offsets count from here
    start = first.text.index("killing 3 guards")
    assert first.text[start:start + 16] == "killing 3 guards"
    assert first.published == "2016-12-11"
    assert stories["902"].text == "Talks & more talks."
    assert stories["902"].published == "2016-11-28"
    assert stories["903"].published is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<articles><article docid='1'><text>x", "not well-formed"),
        ("<articles><article><text>x</text></article></articles>", "lacks a docid"),
        ("<articles><article docid='1'></article></articles>", "lacks a docid or a <text>"),
        ("<articles><article docid='1'><text>a</text></article>"
         "<article docid='1'><text>b</text></article></articles>", "repeats docid 1"),
        ("<articles></articles>", "no <article>"),
    ],
)
def test_bad_xml_is_a_clear_error(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_stories(_write(tmp_path, body))


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>XYZ19990101.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-01-01" functionInDocument="CREATION_TIME">
19990101</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> a border post
<TIMEX3 tid="t1" type="DATE" value="1998-12-31">on Thursday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_stories_drop_the_tags_and_take_the_creation_day(tmp_path: Path) -> None:
    folder = tmp_path / "tbaq"
    (folder / "copy").mkdir(parents=True)
    (folder / "a.tml").write_text(TIMEML, "utf-8")
    (folder / "copy" / "a.tml").write_text(TIMEML, "utf-8")  # a copy is one story
    stories = load_stories(folder)
    assert list(stories) == ["XYZ19990101.0001"]
    story = stories["XYZ19990101.0001"]
    assert story.published == "1999-01-01"
    assert story.text == "\nRebels shelled a border post\non Thursday.\n"
    assert load_stories(folder / "a.tml")["XYZ19990101.0001"] == story


def test_polnear_text_files_are_stories_dated_by_their_name(tmp_path: Path) -> None:
    text = tmp_path / "train" / "text"
    text.mkdir(parents=True)
    named = text / "wire_2016-05-02_rebels-shell-a-post.txt"
    named.write_text("Rebels shelled a post.\n", "utf-8")
    (text / "undated-note.txt").write_text("No day in this name.", "utf-8")
    (tmp_path / "train" / "notes.txt").write_text("not a story: outside text/", "utf-8")
    stories = load_stories(tmp_path)
    assert sorted(stories) == ["undated-note", "wire_2016-05-02_rebels-shell-a-post"]
    assert stories["wire_2016-05-02_rebels-shell-a-post"].published == "2016-05-02"
    assert stories["wire_2016-05-02_rebels-shell-a-post"].text == "Rebels shelled a post.\n"
    assert stories["undated-note"].published is None


def test_stories_keep_the_address_and_headline_that_date_them(tmp_path: Path) -> None:
    xml = XML.replace("<title>Clash near a river town</title>",
                      "<title>Clash near a river town</title>\n<url>\n https://e.org/2016/12/x\n"
                      " </url>")  # fmt: skip
    stories = load_stories(_write(tmp_path, xml))
    assert (stories["901"].url, stories["901"].title) == (
        "https://e.org/2016/12/x", "Clash near a river town")  # fmt: skip
    assert stories["902"].url is None and stories["902"].title is None
    folder = tmp_path / "re3d" / "Agency"
    folder.mkdir(parents=True)
    (folder / "documents.json").write_text(
        '{"_id": "A1", "text": "Jets struck.", "sourceUrl": "https://e.org/2015/08/1.htm",'
        ' "title": "Jets strike"}\n', "utf-8")  # fmt: skip
    story = load_stories(tmp_path / "re3d")["A1"]
    assert (story.published, story.url, story.title) == (
        None, "https://e.org/2015/08/1.htm", "Jets strike")  # fmt: skip
