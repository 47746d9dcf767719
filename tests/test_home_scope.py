"""A publisher's home is read only into stories that look local (review 19, findings 1
and 3): wire copy with a dateline from elsewhere, a story that still names a place abroad,
a move to a third state or to a town of another name all keep the story's own readings,
and only places that land in the home division carry the home as their reason."""

from __future__ import annotations

from frontlines.model import Article
from frontlines.nlp.geo import HOME_KEY
from frontlines.nlp.pipeline import prepared_doc
from frontlines.nlp.place_home import DATELINE_KEY, home_applies, same_name
from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.resolver import Resolved

DUBLIN = "The Dublin city council met on Monday and approved a plan for a new park."


def _read(nlp, text: str, home: str, dateline: str | None = None) -> list[tuple]:
    doc = nlp.make_doc(text)
    doc.user_data[HOME_KEY] = home
    if dateline is not None:
        doc.user_data[DATELINE_KEY] = dateline
    return [(p.text, p.name, p.country, p.admin1, p.reason) for p in nlp(doc)._.places]


def test_a_lone_local_name_still_goes_home(nlp) -> None:
    assert _read(nlp, DUBLIN, "US.OH") == [("Dublin", "Dublin", "US", "OH",
                                             "publisher home: Ohio")]  # fmt: skip


def test_a_foreign_dateline_keeps_the_story_abroad_and_a_home_one_does_not(nlp) -> None:
    ((_, _, country, _, reason),) = _read(nlp, DUBLIN, "US.OH", "CAIRO")
    assert (country, reason) == ("IE", None)
    ((_, _, country, admin1, _),) = _read(nlp, DUBLIN, "US.OH", "ZANESVILLE, Ohio")
    assert (country, admin1) == ("US", "OH")


def test_no_town_of_another_name_goes_home(nlp) -> None:
    ((_, name, country, _, reason),) = _read(
        nlp, "Paris police said on Monday that two men were arrested.", "US.OH"
    )
    assert (name, country, reason) == ("Paris", "FR", None)


def test_a_story_that_still_names_a_place_abroad_gets_no_home(nlp) -> None:
    places = _read(nlp, "Troops in Versailles and Paris clashed with French police.", "US.KY")
    assert all(country == "FR" and reason is None for _, _, country, _, reason in places)


def test_a_knock_on_move_to_a_third_state_gets_no_home_nor_its_reason(nlp) -> None:
    places = _read(nlp, "Fighting in Belfast and Dublin left two dead.", "US.ME")
    assert [c for _, _, c, _, _ in places] == ["GB", "IE"]
    assert all(reason is None for *_, reason in places)


def test_ingest_hands_the_stripped_dateline_over_with_the_home(nlp) -> None:
    article = Article(id="x", text=DUBLIN, dateline="CAIRO", home="US.OH")
    doc = prepared_doc(nlp, article)
    assert doc.user_data[DATELINE_KEY] == "CAIRO" and doc.user_data[HOME_KEY] == "US.OH"


def _place(name: str, country: str, admin1: str) -> Place:
    return Place(1, name, 0.0, 0.0, country, admin1, "", 100, "P", "PPL")


HOME = Place(2, "Ohio", 0.0, 0.0, "US", "OH", "", 0, "A", "ADM1")


def test_home_applies_by_its_three_tests() -> None:
    local, irish = _place("Dublin", "US", "OH"), _place("Dublin", "IE", "L")
    indiana = _place("Dublin", "US", "IN")
    moved = [Resolved(local, 0.8)]
    assert home_applies(HOME, ["Dublin"], moved, [Resolved(irish, 0.8)])
    assert not home_applies(HOME, ["Dublin"], moved, [Resolved(irish, 0.8)], None)
    assert not home_applies(HOME, ["Dublin"], [Resolved(indiana, 0.8)], [Resolved(irish, 0.8)])
    assert not home_applies(HOME, ["Dublin", "Cork"], moved + [Resolved(_place("Cork", "IE",
                            "M"), 0.9)], [Resolved(irish, 0.8), None])  # fmt: skip
    assert same_name("Mt. Vernon", _place("Mount Vernon", "US", "OH"))
    assert not same_name("Paris", _place("Saint Paris", "US", "OH"))
