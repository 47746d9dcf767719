"""Header recovery on our own wire-style fixtures (same shapes as real copy)."""

from frontlines.ingest.wire import parse_wire_text, split_dateline

DOUBLE_TITLE = """Kurdish fighters push into Raqqa suburbs: monitor

Kurdish fighters push into Raqqa suburbs: monitor
Kurdish-led fighters have entered the eastern suburbs of Raqqa, a monitor said on Tuesday.
3 min read
06 June, 2017
Smoke rises over the eastern edge of the city [Getty]

Kurdish-led fighters entered the eastern suburbs of Raqqa on Tuesday, a war monitor said.

The assault began at dawn, the monitor added."""

DATED_CAPTION = """ date 2018-12-15 Fighters walk in Hajin on Dec. 14. | NEWSWIRE

Last Islamic State town in the valley falls

NEWSWIRE

DEIR EZZOR, Syria (Newswire) - Fighters took the town of Hajin on Friday.

The militants still hold a few villages."""


def test_duplicate_title_readtime_date_and_caption_are_not_body():
    parts = parse_wire_text(DOUBLE_TITLE)
    assert parts.title == "Kurdish fighters push into Raqqa suburbs: monitor"
    assert parts.published == "2017-06-06"
    assert parts.summary and parts.summary.startswith("Kurdish-led fighters have entered")
    assert parts.body.startswith("Kurdish-led fighters entered the eastern suburbs")
    assert "[Getty]" not in parts.body and "min read" not in parts.body
    assert parts.body.endswith("the monitor added.")


def test_dated_caption_agency_line_and_dateline():
    parts = parse_wire_text(DATED_CAPTION)
    assert parts.published == "2018-12-15"
    assert parts.title == "Last Islamic State town in the valley falls"
    assert parts.source == "NEWSWIRE"
    assert parts.dateline == "DEIR EZZOR, Syria"
    assert parts.body.startswith("Fighters took the town of Hajin")
    assert "Dec. 14" not in parts.body


def test_byline_with_outlet():
    parts = parse_wire_text(
        "Ramadi retaken\nDecember 28, 2015\n\nBy Jane Roe | Tigris Wire\n\n"
        "BAGHDAD - Troops raised the flag.\n\nMore text."
    )
    assert parts.source == "Tigris Wire"
    assert parts.dateline == "BAGHDAD"
    assert parts.body == "Troops raised the flag.\n\nMore text."


def test_plain_paragraphs_without_header_stay_whole():
    text = "Fighting continued near the town on Monday.\n\nResidents fled."
    parts = parse_wire_text(text)
    assert parts.title is None
    assert parts.body == text


def test_dateline_variants():
    assert split_dateline("BEIRUT - Text")[0] == "BEIRUT"
    assert split_dateline("MOSUL, Iraq (Reuters) \u2014 Text")[:2] == ("MOSUL, Iraq", "Reuters")
    assert split_dateline("The US said - nothing")[0] is None
