"""A collection's reference date dates the documents in it that give none (issue 19)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from frontlines.ingest.collections import collection_of, with_collection_reference
from frontlines.model import Article, InputProblem
from frontlines.resolve.time.normalise import Normaliser
from frontlines.vocab.collection_date import collection_reference, nearest_day, title_day
from frontlines.vocab.document_date import DocumentDate, document_date, publication_date


def test_the_reference_is_the_latest_full_date_the_collection_gives() -> None:
    docs = [
        ("Talks were held on 3 March 2014 in Geneva.", None, None, None),
        ("Drones hit a bridge.", "Bridge struck", "2015-06-02", None),  # dated: its day
        ("Mortars fell on a market on Jan. 8.", None, None, None),  # no year: nothing
    ]
    assert collection_reference(docs) == "2015-06-02"
    assert collection_reference(docs[2:]) is None
    # A full date after the day the document came in is a plan, not when it was written.
    plan = [("The vote is due on 5 May 2031.", None, None, "2026-11-30")]
    assert collection_reference(plan) is None


def test_a_day_without_a_year_is_the_one_nearest_the_reference() -> None:
    assert nearest_day(1, 8, "2016-11-06") == "2017-01-08"  # weeks after, not ten months before
    assert nearest_day(5, 4, "2016-04-06") == "2016-05-04"
    assert nearest_day(10, 30, "2016-04-06") == "2015-10-30"
    assert nearest_day(2, 29, "2015-06-01") == "2016-02-29"  # only a leap year has one


def test_a_title_that_opens_with_a_month_and_day_gives_the_story_its_day() -> None:
    assert title_day("March 3: Jets strike depots near the dam", "2016-11-06") == "2017-03-03"
    assert title_day("Sept. 21 - Rockets fall on the port", "2016-11-06") == "2016-09-21"
    assert title_day("March 3: Jets strike depots", None) is None  # no year to give it
    assert title_day("Jets strike depots on March 3", "2016-11-06") is None


def test_the_collection_dates_a_document_only_after_its_own_dates() -> None:
    text = "On Jan. 8, jets struck a depot near the dam."
    title = "January 9: Jets strike depots"
    assert publication_date(text, title=title, reference="2016-11-06") == DocumentDate(
        "2017-01-09", "title")  # fmt: skip
    assert document_date(text, reference="2016-11-06") == DocumentDate("2016-11-06", "collection")
    assert document_date(text, published="2017-02-01", reference="2016-11-06") == DocumentDate(
        "2017-02-01", "metadata")  # fmt: skip
    stated = "Jets struck a depot on 2 May 2015."
    assert document_date(stated, reference="2016-11-06") == DocumentDate("2015-05-02", "text")
    assert not DocumentDate("2017-01-09", "title").published  # its year is a guess
    assert not DocumentDate("2016-11-06", "collection").published


def test_the_collection_date_gives_a_year_but_no_day_to_count_from() -> None:
    normalise = Normaliser(None, near=date(2016, 11, 6))
    found = normalise("Jan. 8", past=True)
    assert found is not None and found.value == "2017-01-08"
    month = normalise("December")
    assert month is not None and month.value == "2016-12"
    assert normalise("Thursday") is None  # no day of writing: not the reference's week
    assert normalise("yesterday") is None
    plain = Normaliser(None)("Jan. 8", past=True)
    assert plain is not None and plain.value == "XXXX-01-08"


def _article(origin: str, text: str, published: str | None = None, fmt: str = "text") -> Article:
    return Article(id=origin, text=text, origin=origin, published=published, format=fmt,
                   received="2026-11-30")  # fmt: skip


def test_ingest_gives_each_folder_its_own_reference() -> None:
    items = [
        _article("a/0.txt", "Mortars hit a market."),  # a second document: a collection
        _article("a/1.txt", "On Jan. 8, jets struck a depot."),
        _article("a/2.txt", "Talks opened on 6 November 2016 in Geneva."),
        InputProblem("a/3.txt", "empty file"),
        _article("b/1.txt", "Shells hit a school on May 4."),
        _article("b/2.txt", "Drones hit a bridge.", published="2015-06-02"),
    ]
    out = list(with_collection_reference(items))
    assert len(out) == len(items)  # nothing dropped
    by_origin = {getattr(i, "origin", ""): i for i in out if isinstance(i, Article)}
    assert by_origin["a/1.txt"].reference == "2016-11-06"
    assert by_origin["a/2.txt"].reference == "2016-11-06"  # the undated one stating it
    assert by_origin["b/1.txt"].reference == "2015-06-02"  # its own folder's, not a's
    assert by_origin["b/2.txt"].reference is None  # dated: needs none
    assert any(isinstance(i, InputProblem) for i in out)


def test_a_reference_the_user_gives_wins() -> None:
    items = [_article("a/1.txt", "Talks opened on 6 November 2016 in Geneva."),
             _article("a/2.txt", "Jets struck.", published="2015-06-02")]  # fmt: skip
    out = list(with_collection_reference(items, given="2018-02-01"))
    assert [getattr(i, "reference", None) for i in out] == ["2018-02-01", None]


def test_a_json_lines_file_is_its_own_collection() -> None:
    assert collection_of(_article("dump/x.jsonl:12", "Jets struck.", fmt="jsonl")) == "dump/x.jsonl"
    assert collection_of(_article("dump/x.txt", "Jets struck.")) == "dump"
    assert collection_of(_article("<stdin>", "Jets struck.")) == "<stdin>"
    assert collection_of(_article("<stdin>:3", "Jets struck.", fmt="jsonl")) == "<stdin>"


def test_the_eval_reader_gives_an_undated_file_its_reference(tmp_path: Path) -> None:
    from frontlines.lab.news_gold import load_stories

    rows = [{"_id": "s1", "text": "On Jan. 8, jets struck a depot.", "title": "January 9: Strikes"},
            {"_id": "s2", "text": "Talks opened on 6 November 2016 in Geneva."}]  # fmt: skip
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "documents.json").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    stories = load_stories(tmp_path)
    assert stories["s1"].reference == "2016-11-06"
    assert stories["s1"].article().reference == "2016-11-06"


def test_a_stand_in_date_is_no_date_of_its_own_for_the_score() -> None:
    from frontlines.lab.news import date_ok
    from frontlines.lab.news_gold import GoldEvent

    gold = GoldEvent(story="s", evidence=((0, 5),), acled_event="Battles",
                     acled_sub_event="Armed clash", actor1=None, actor2=None, location=None,
                     location_precision=None, date=None, date_from="published",
                     background=False)  # fmt: skip
    assert date_ok(gold, None, None) is True
    assert date_ok(gold, "2016-11", None, stand_in=True) is None  # neither for nor against
    assert date_ok(gold, "2016-11", None) is False  # a date said to be the text's own


def test_undated_events_of_a_collection_dated_story_take_its_month(nlp) -> None:
    from frontlines.nlp.pipeline import process_article

    text = ("On Jan. 8, militants shelled a village near Kirkuk, killing two farmers."
            " Gunmen attacked a police checkpoint near Mosul, killing three officers.")
    article = Article(id="c1", text=text, title="Shelling reported", reference="2016-11-06")
    by_text = {e.text.split()[0]: e for e in process_article(nlp, article).events}
    assert (by_text["On"].date, by_text["On"].date_source) == ("2017-01-08", "text")
    # The story has no date of its own: the second attack takes the latest month it names,
    # a guess at when it was written ("latest"), not a date the text gives the event.
    gunmen = by_text["Gunmen"]
    assert (gunmen.date, gunmen.date_source, gunmen.date_precision) == ("2017-01", "latest", 3)
    alone = Article(id="c2", text="Gunmen attacked a police checkpoint near Mosul, killing"
                    " three officers.", reference="2016-11-06")  # fmt: skip
    (event,) = process_article(nlp, alone).events
    assert (event.date, event.date_source, event.date_precision) == ("2016-11", "collection", 3)
    (bare,) = process_article(nlp, Article(id="c3", text=alone.text)).events
    assert bare.date is None  # no reference: nothing to stand in (ingest adds the receipt day)


# -- review findings (fixdate20) ------------------------------------------------------


def test_a_day_named_without_a_year_is_not_after_the_day_the_document_came_in() -> None:
    # A folder dated late November, received on the 30th: "Jan. 8" of a past event is
    # this January, not next January (which had not come when the report was received).
    assert nearest_day(1, 8, "2026-11-20", "2026-11-30") == "2026-01-08"
    assert nearest_day(1, 8, "2026-11-20") == "2027-01-08"  # unbounded: nearest
    assert nearest_day(12, 2, "2026-11-20", "2026-11-30") == "2025-12-02"
    normalise = Normaliser(None, near=date(2026, 11, 20), latest=date(2026, 11, 30))
    found = normalise("Jan. 8", past=True)
    assert found is not None and found.value == "2026-01-08"
    assert title_day("January 9: Jets strike depots", "2026-11-20", "2026-11-30") == "2026-01-09"


def test_a_shelling_in_january_is_dated_before_the_day_it_was_received(nlp) -> None:
    from frontlines.nlp.pipeline import process_article

    text = "On Jan. 8, militants shelled a village near Kirkuk, killing two farmers."
    article = Article(id="r1", text=text, reference="2026-11-20", received="2026-11-30")
    dates = [e.date for e in process_article(nlp, article).events]
    assert dates and all(d is not None and d <= "2026-11-30" for d in dates)
    assert "2026-01-08" in dates


def test_one_undated_document_alone_is_no_collection() -> None:
    alone = [("Talks opened on 6 November 2016 in Geneva.", None, None, None)]
    assert collection_reference(alone) is None
    pair = [*alone, ("Mortars fell on a market on Jan. 8.", None, None, None)]
    assert collection_reference(pair) == "2016-11-06"
    dated = [("Mortars fell on a market on Jan. 8.", None, "2015-06-02", None)]
    assert collection_reference(dated) == "2015-06-02"


def test_a_retold_date_followed_by_a_later_month_is_no_sample_of_the_collection() -> None:
    # The story names April 1994, then 1996: written after both, nobody can tell when;
    # its 1994 day must not become the reference its siblings' "Jan. 8" is read by.
    retold = ("The siege began on 7 April 1994 and was not lifted until 1996."
              " On Jan. 8, militants shelled a village.")
    docs = [(retold, None, None, None), ("Gunmen attacked a checkpoint on Jan. 9.", None, None,
                                        None)]  # fmt: skip
    assert collection_reference(docs) is None
    items = [_article("a/1.txt", retold), _article("a/2.txt", "Gunmen attacked on Jan. 9.")]
    assert all(getattr(i, "reference", None) is None for i in with_collection_reference(items))


def test_an_impossible_day_is_no_date_and_breaks_nothing() -> None:
    from frontlines.vocab.dates import date_in_url

    assert date_in_url("https://example.org/2019/02/31/strikes.html") is None
    assert date_in_url("https://example.org/2019/02/28/strikes.html") == "2019-02-28"
    assert collection_reference([("Jets struck.", None, "2019-02-31", None),
                                 ("Jets struck again.", None, None, None)]) is None  # fmt: skip
    assert nearest_day(1, 8, "2019-02-31") is None
    assert title_day("January 9: Jets strike", "2019-02-31") is None
    bad = Article(id="u1", text="Drones hit a bridge.", origin="a/1.html", format="html",
                  url="https://example.org/2019/02/31/bridge.html", received="2026-11-30")
    items = [bad, _article("a/2.txt", "On Jan. 8, jets struck a depot."),
             _article("a/3.txt", "Shells hit a school.")]  # fmt: skip
    out = [i for i in with_collection_reference(items) if isinstance(i, Article)]
    assert len(out) == 3 and all(a.reference is None for a in out)


def test_a_february_29th_keeps_its_day() -> None:
    normalise = Normaliser(None, near=date(2015, 6, 1))
    found = normalise("Feb. 29", past=True)
    assert found is not None and found.value == "2016-02-29"
    month = normalise("February")  # a month named alone: its year, whatever day
    assert month is not None and month.value == "2015-02"


def test_waiting_documents_go_on_at_the_limit_in_their_order() -> None:
    items = [_article("a/1.txt", "Jets struck a depot on Jan. 8."),
             _article("a/2.txt", "Talks opened on 6 November 2016 in Geneva."),
             _article("a/3.txt", "Shells hit a school on May 4.")]  # fmt: skip
    out = [i.origin for i in with_collection_reference(items, limit=1) if isinstance(i, Article)]
    assert out == ["a/1.txt", "a/2.txt", "a/3.txt"]  # each one flushed as it came
    held = [i.origin for i in with_collection_reference(items) if isinstance(i, Article)]
    assert held == ["a/1.txt", "a/2.txt", "a/3.txt"]
    by_chars = list(with_collection_reference(items, limit_chars=1))
    assert [getattr(i, "reference", None) for i in by_chars] == [None, "2016-11-06",
                                                                  "2016-11-06"]  # fmt: skip


def test_standard_input_is_never_held_back() -> None:
    def feed():  # a live pipe: the next document is asked for only after one goes on
        yield _article("<stdin>", "Jets struck a depot on Jan. 8.")
        raise AssertionError("read past the first document before passing it on")

    first = next(with_collection_reference(feed()))
    assert isinstance(first, Article) and first.origin == "<stdin>"


def test_the_eval_reads_a_file_as_ingest_does(tmp_path: Path) -> None:
    from frontlines.lab.news_gold import load_stories

    folder = tmp_path / "releases"
    folder.mkdir()
    first = [{"_id": "a1", "text": "On Jan. 8, jets struck a depot."},
             {"_id": "a2", "text": "Talks opened on 6 November 2016 in Geneva."}]  # fmt: skip
    second = [{"_id": "b1", "text": "Shells hit a school on May 4."},
              {"_id": "b2", "text": "Drones hit a bridge.", "published": "2015-06-02"}]
    for name, rows in (("one.jsonl", first), ("two.jsonl", second)):
        (folder / name).write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    stories = load_stories(tmp_path)
    assert stories["a1"].reference == "2016-11-06"
    assert stories["b1"].reference == "2015-06-02"  # its own file's, as ingest gives it
    assert stories["b2"].reference is None


def test_a_title_s_day_is_no_publication_date_for_its_events(nlp) -> None:
    from frontlines.nlp.pipeline import process_article

    text = "Gunmen attacked a police checkpoint near Mosul, killing three officers."
    article = Article(id="t1", text=text, title="January 9: Checkpoint attacked",
                      reference="2016-11-06")  # fmt: skip
    (event,) = process_article(nlp, article).events
    assert (event.date, event.date_source) == ("2017-01-09", "title")


def test_a_stand_in_date_is_left_out_of_the_date_field_s_count() -> None:
    from frontlines.lab.news import _Tally

    tally = _Tally(("date",))
    tally.add_pair({"date": True})
    tally.add_pair({"date": None})
    tally.add_pair({"date": False})
    assert tally.as_dict()["fields"]["date"] == {"accuracy": 0.5, "n": 2}


def test_a_reference_date_must_be_a_past_calendar_day(tmp_path: Path) -> None:
    import pytest
    from typer.testing import CliRunner

    from frontlines.api import ingest
    from frontlines.cli.main import app
    from frontlines.errors import UsageError

    for bad in ("2016-W01-1", "20160101", "2016-02-30", "2016-1-5", "2999-01-01"):
        with pytest.raises(UsageError, match="reference date"):
            ingest([tmp_path], tmp_path / "x.db", reference_date=bad)
    (tmp_path / "a.txt").write_text("Jets struck a depot.", "utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                      str(tmp_path / "y.db"), "--reference-date", "2016-W01-1"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
    assert not (tmp_path / "y.db").exists() or "ingested" not in result.output


def test_a_stored_document_says_which_reference_dated_it(nlp, tmp_path: Path) -> None:
    from frontlines.api import ingest
    from frontlines.store import open_db

    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "a.txt").write_text("On Jan. 8, militants shelled a village near Kirkuk.", "utf-8")
    (folder / "b.txt").write_text("Talks opened on 6 November 2016 in Geneva.", "utf-8")
    db = tmp_path / "f.db"
    report = ingest([folder], db, nlp=nlp, workers=1)
    assert len(report.ingested) == 2
    with open_db(db, readonly=True) as store:
        found = {store.document(i).text[:5]: store.document(i).reference_date
                 for i in report.ingested}  # fmt: skip
    assert found == {"On Ja": "2016-11-06", "Talks": "2016-11-06"}
