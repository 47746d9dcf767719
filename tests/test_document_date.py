"""The day a document speaks from when no publication date is given (issue 19)."""

from __future__ import annotations

import pytest

from frontlines.vocab.document_date import (
    DocumentDate,
    document_date,
    publication_date,
    stated_dates,
)


def test_metadata_then_url_then_header_then_text_then_receipt() -> None:
    body = "BAGHDAD, Jan. 8, 2017 (Reuters) - Jets struck a depot on March 2, 2016."
    assert document_date(body, published="2017-01-09") == DocumentDate("2017-01-09", "metadata")
    assert document_date(body, url="https://example.org/2017/01/10/strike") == DocumentDate(
        "2017-01-10", "url")  # fmt: skip
    assert document_date(body) == DocumentDate("2017-01-08", "header")
    assert document_date("Jets struck a depot on March 2, 2016.") == DocumentDate(
        "2016-03-02", "text")  # fmt: skip
    assert document_date("Jets struck a depot.", received="2026-11-28") == DocumentDate(
        "2026-11-28", "ingested")  # fmt: skip
    assert document_date("Jets struck a depot.") is None


def test_a_date_without_a_year_cannot_date_a_document() -> None:
    assert document_date("On Jan. 8, jets struck a depot near the river.") is None
    assert stated_dates("On Jan. 8, jets struck a depot.") == []


def test_the_latest_full_date_wins_wherever_it_stands() -> None:
    text = "Talks opened on 5 April 2015. Jets had struck the depot on March 3, 2015."
    assert document_date(text) == DocumentDate("2015-04-05", "text")
    assert [day for _, day in stated_dates(text)] == ["2015-04-05", "2015-03-03"]


def test_a_later_month_or_year_named_after_it_leaves_the_day_unknown() -> None:
    assert document_date("Jets struck the depot on March 3, 2015. In 2016 they left.") is None
    assert document_date("Jets struck on March 3, 2015. By June 2015 the town fell.") is None
    # An earlier year told afterwards is history, not the day of writing.
    assert document_date("Jets struck on March 3, 2015, as they had in 2012.") == DocumentDate(
        "2015-03-03", "text")  # fmt: skip


def test_nothing_is_dated_after_the_day_we_received_it() -> None:
    text = "Jets struck on March 3, 2015. Elections are due on May 5, 2030."
    assert document_date(text, received="2026-11-28") == DocumentDate("2015-03-03", "text")
    assert publication_date("May 5, 2030 - Jets struck.", received="2026-11-28") is None
    assert publication_date("x", url="https://e.org/2030/05/05/a", received="2026-11-28") is None


def test_a_dateline_carries_the_day_only_where_a_dateline_ends() -> None:
    assert publication_date("MOSUL, Iraq, 4 May 2020 - Jets struck a town.") == DocumentDate(
        "2020-05-04", "header")  # fmt: skip
    assert publication_date("MOSUL, Iraq, 4 May 2020 (AP) — Jets struck.") == DocumentDate(
        "2020-05-04", "header")  # fmt: skip
    assert publication_date("Jets struck Mosul, Iraq, on 4 May 2020 - officials said.") is None


def test_a_document_date_is_a_day_from_a_known_source() -> None:
    with pytest.raises(ValueError):
        DocumentDate("2020-05", "text")
    with pytest.raises(ValueError):
        DocumentDate("2020-05-04", "guessed")  # type: ignore[arg-type]
    assert DocumentDate("2020-05-04", "header").published
    assert not DocumentDate("2020-05-04", "text").published


def test_ingest_stores_a_dateline_day_as_published_but_not_a_date_the_story_tells() -> None:
    from frontlines.ingest.acquire import article_from_record

    dated = article_from_record("row", {"text": "KIRKUK, Iraq, 4 May 2020 - Jets struck."})
    assert getattr(dated, "published", None) == "2020-05-04"
    told = article_from_record("row", {"text": "Jets struck Kirkuk on 4 May 2020."})
    assert getattr(told, "published", None) is None  # the body's date is read, not stored


def test_a_story_with_no_publication_date_is_read_from_its_latest_stated_day(nlp) -> None:
    from frontlines.model import Article
    from frontlines.nlp.pipeline import article_date, process_article

    text = ("The offensive began on 2 May 2020. Gunmen attacked a police checkpoint near"
            " Kirkuk on Sunday, killing three officers. Later, militants shelled a village"
            " near Kirkuk, killing two farmers.")  # fmt: skip
    article = Article(id="d1", text=text, received="2026-11-28")
    assert article_date(article) == DocumentDate("2020-05-02", "text")
    events = process_article(nlp, article).events
    assert events, "the story's attacks are events"
    by_text = {e.text.split()[0]: e for e in events}
    attack = by_text["Gunmen"]
    # "on Sunday" is the Sunday before the story's day, not the Sunday before receipt.
    assert (attack.date, attack.date_source) == ("2020-04-26", "text")
    shelling = by_text["Later,"]
    # undated, it takes the month of the latest day the text states, a guess (no date of
    # its own: ``date_source: "latest"``); a story with no publication day lends no lead's
    # day (``news_day``: a recalled date in its opening would pass for one)
    assert (shelling.date, shelling.date_source) == ("2020-05", "latest")


def test_an_address_filed_by_month_gives_the_month_not_a_day() -> None:
    from frontlines.vocab.document_date import document_month

    assert document_month("https://e.org/press/2015/08/246059.htm") == "2015-08"
    assert document_month("https://e.org/2015/08/") == "2015-08"
    assert document_month("https://e.org/a/2015/13/x") is None  # no such month
    assert document_month("https://e.org/a/1044663/strikes-continue/") is None
    assert document_month("https://e.org/2030/05/x", received="2026-11-28") is None
    # A day in the address is the publication day itself (``date_in_url``).
    assert document_date("Jets struck.", url="https://e.org/2015/08/14/x") == DocumentDate(
        "2015-08-14", "url")  # fmt: skip


def test_a_headline_that_opens_with_a_full_date_dates_the_story() -> None:
    title = "March 14, 2019: Jets strike depots near the river"
    assert publication_date("Jets struck depots.", title=title) == DocumentDate(
        "2019-03-14", "header")  # fmt: skip
    assert publication_date("Jets struck depots.", title="Jets strike on March 14") is None


def test_ingest_reads_a_headline_day_for_a_record_with_no_date() -> None:
    from frontlines.ingest.acquire import article_from_record

    record = {"text": "Jets struck a depot.", "title": "4 May 2020: Jets strike a depot"}
    assert getattr(article_from_record("row", record), "published", None) == "2020-05-04"


def test_a_story_filed_under_a_month_dates_its_undated_events_to_it(nlp) -> None:
    from frontlines.model import Article
    from frontlines.nlp.pipeline import article_date, process_article

    text = ("Gunmen attacked a police checkpoint near Kirkuk, killing three officers."
            " Militants shelled a village near Kirkuk on Jan. 8, killing two farmers.")
    article = Article(id="d2", text=text, url="https://e.org/releases/2017/01/5521.htm")
    assert article_date(article) is None  # no day anywhere: the address has the month
    by_text = {e.text.split()[0]: e for e in process_article(nlp, article).events}
    attack = by_text["Gunmen"]
    assert (attack.date, attack.date_source, attack.date_precision) == (
        "2017-01", "published", 3)  # published that month; which day is not known
    assert by_text["Militants"].date == "2017-01-08"  # the year is the address's


def test_a_stated_day_outside_the_address_s_month_is_not_the_story_s_day() -> None:
    url = "https://e.org/press/2015/08/1.htm"
    assert document_date("Jets struck a depot on March 3, 2015.", url=url) is None
    assert document_date("Jets struck a depot on August 3, 2015.", url=url) == DocumentDate(
        "2015-08-03", "text")  # fmt: skip
    assert document_date("Jets struck on March 3, 2015.", url=url, received="2026-11-28") == (
        DocumentDate("2026-11-28", "ingested"))  # the events take the month, not this day
