import pytest

from frontlines.vocab.dates import leading_date, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("09 March, 2017", "2017-03-09"),
        ("date 2019-02-08", "2019-02-08"),
        ("Published: 18 May 2015", "2015-05-18"),
        ("December 28, 2015", "2015-12-28"),
        ("17 Oct. 2016", "2016-10-17"),
        ("Sept. 3, 2014", "2014-09-03"),
        ("Wednesday, 8 March 2017", "2017-03-08"),
        ("2017-10-17T14:05:00Z", "2017-10-17"),
    ],
)
def test_full_dates_parse(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["Feb. 2", "2 min read", "March 2017", "31 February 2019", "BEIRUT"]
)
def test_partial_or_impossible_dates_are_not_publication_dates(text):
    assert parse_date(text) is None


def test_date_glued_to_caption_is_split():
    assert leading_date(" date 2019-02-08 A convoy waits near the front. | AGENCY") == (
        "2019-02-08",
        "A convoy waits near the front. | AGENCY",
    )


def test_a_publication_day_is_read_from_the_url_when_none_is_given() -> None:
    from frontlines.ingest.acquire import article_from_record
    from frontlines.vocab.dates import date_in_url

    assert date_in_url("https://example.org/news/2019/03/14/strike-hits-town") == "2019-03-14"
    assert date_in_url("https://example.org/a/2019-03-14-strike") == "2019-03-14"
    assert date_in_url("https://example.org/a/8011115.html") is None
    article = article_from_record("row", {"text": "Jets struck a town.",
                                          "url": "https://example.org/2020/05/04/x"})  # fmt: skip
    assert getattr(article, "published", None) == "2020-05-04"


def test_a_publication_day_is_read_from_the_first_line_only() -> None:
    from frontlines.ingest.acquire import article_from_record
    from frontlines.vocab.dates import date_on_first_line

    assert date_on_first_line("March 14, 2019 - Jets struck a town.") == "2019-03-14"
    assert date_on_first_line("\n 2020-05-04 Jets struck a town.") == "2020-05-04"
    assert date_on_first_line("Jets struck a town on March 14, 2019.") is None
    assert date_on_first_line("Jets struck a town.\nMarch 14, 2019 was a Thursday.") is None
    article = article_from_record("row", {"text": "4 May 2020 - Jets struck a town."})
    assert getattr(article, "published", None) == "2020-05-04"
    assert getattr(article, "received", None)  # the day we got it, the last resort
