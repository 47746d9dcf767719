"""A local publisher's home area, learned from the places of its own stories, is read into
each of them (issue 21, resolve/place/publishers.py): a local paper's "Dublin" is Ohio's."""

from __future__ import annotations

from spacy.tokens import Doc

from frontlines.lab.geo import (
    _with_publisher_homes,
    evaluate_end_to_end,
    evaluate_gold_spans,
    load_geo,
)
from frontlines.nlp.geo import HOME_KEY
from frontlines.resolve.place import Candidate, Place, Resolved, ToponymResolver
from frontlines.resolve.place.publishers import home_areas, home_divisions, home_moves, home_ties
from tests.place_reading import toponyms_in


def _town(country: str, admin1: str, gid: int = 1) -> Place:
    return Place(gid, "Town", 40.0, -83.0, country, admin1, "", 100, "P", "PPL")


def _country(code: str) -> Place:
    return Place(9, "Land", 10.0, 10.0, code, "", "", 10**6, "A", "PCLI")


def test_a_division_most_stories_lie_in_is_the_home():
    ohio, texas = _town("US", "OH"), _town("US", "TX")
    stories = [("paper", [ohio]), ("paper", [ohio, texas]), ("paper", [None, ohio]), ("paper", [])]
    assert home_areas(stories) == {"paper": ("US", "OH")}


def test_too_few_stories_or_a_spread_outlet_have_no_home():
    ohio, texas, maine = _town("US", "OH"), _town("US", "TX"), _town("US", "ME")
    assert home_areas([("small", [ohio]), ("small", [ohio])]) == {}
    spread = [("wire", [p]) for p in (ohio, texas, maine, ohio, None)]
    assert home_areas(spread) == {}  # Ohio in two stories of five
    tied = [("two", [ohio, texas])] * 4
    assert home_areas(tied) == {}
    assert home_areas([("", [ohio])] * 5) == {}  # no publisher known


def test_a_country_alone_votes_for_no_division():
    assert home_areas([("paper", [_country("IE")])] * 4) == {}


def test_home_divisions_are_the_gazetteers_rows(gazetteer):
    found = home_divisions({"paper": ("US", "OH"), "nowhere": ("ZZ", "99")}, gazetteer)
    assert list(found) == ["paper"]
    assert (found["paper"].name, found["paper"].feature_code) == ("Ohio", "ADM1")


COUNCIL = "Dublin council members voted on Monday to widen two streets near the Dublin library."


def _read(gazetteer, text: str, names: list[str], home: Place | None) -> list[tuple[str, str]]:
    places = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text, home)
    return [(p.country, p.admin1) if p else ("", "") for p in places]


def test_the_home_pulls_an_ambiguous_town_to_its_state(gazetteer):
    ohio = gazetteer.division("US", "OH")
    assert _read(gazetteer, COUNCIL, ["Dublin", "Dublin"], None)[0] == ("IE", "L")
    assert _read(gazetteer, COUNCIL, ["Dublin", "Dublin"], ohio) == [("US", "OH")] * 2


def test_a_name_the_story_ties_elsewhere_keeps_its_reading(gazetteer):
    text = "The mayor flew to Paris, France, for a week of talks on trade."
    readings = _read(gazetteer, text, ["Paris", "France"], gazetteer.division("US", "OH"))
    assert readings[0][0] == "FR"


def test_the_home_pulls_no_world_city_to_a_home_town_by_an_alternate_name(gazetteer):
    """The home acts only through home_ties (kind "name"), never as a vote of the story:
    a Californian town once called Jerusalem, or a New York town once called Milan, is no
    reading of the world city for a paper of that state."""
    california, new_york = gazetteer.division("US", "CA"), gazetteer.division("US", "NY")
    text = "Pilgrims gathered in Jerusalem on Sunday."
    assert _read(gazetteer, text, ["Jerusalem"], california)[0][0] == "IL"
    text = "Fashion week opened in Milan on Monday."
    assert _read(gazetteer, text, ["Milan"], new_york)[0][0] == "IT"
    # the home's vote counts for the US too, yet moves no name to a town outside the home
    text = "Designers flew in from Paris and Milan for the show on Monday."
    alone = _read(gazetteer, text, ["Paris", "Milan"], None)
    assert _read(gazetteer, text, ["Paris", "Milan"], new_york) == alone
    assert alone[0][0] == "FR"


def test_a_town_in_a_country_the_story_names_stays_there(gazetteer):
    """home_ties leaves a name read in a country the story names (not the home's)."""
    kentucky = gazetteer.division("US", "KY")
    text = "Tourists crowded Paris in France on Friday."
    assert _read(gazetteer, text, ["Paris", "France"], kentucky)[0][0] == "FR"


def test_a_capital_or_a_country_never_moves_to_a_home_namesake():
    """home_ties on hand-made readings: a capital within the margin of a home town of
    its name keeps its reading: the home tells which town, never that a capital is one."""
    world = Place(2, "Augusta", 41.9, 12.5, "IT", "07", "", 10**6, "P", "PPLC")
    home_town = Place(3, "Augusta", 33.5, -82.0, "US", "GA", "", 190000, "P", "PPL")
    georgia = Place(4, "Georgia", 32.7, -83.5, "US", "GA", "", 10**7, "A", "ADM1")
    plain = {"augusta": [{}, {}]}
    candidates = {"augusta": [Candidate(world, "name"), Candidate(home_town, "name")]}
    chosen = {"augusta": Resolved(world, 0.6)}
    kept = home_ties(chosen, candidates, {"augusta": [5.0, 4.9]}, plain, georgia, 1.0)
    assert kept["augusta"].place == world


def _article(doc_id: str, text: str, spans: list[tuple[str, int, float, float]]) -> str:
    toponyms = ""
    for name, gid, lat, lon in spans:
        start = text.index(name)
        toponyms += (
            f"<toponym><start>{start}</start><end>{start + len(name)}</end>"
            f"<phrase>{name}</phrase><gaztag geonameid='{gid}'><name>{name}</name>"
            f"<lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"
        )
    return (
        f"<article docid='{doc_id}'><domain>Example-Gazette.com</domain>"
        f"<text><![CDATA[{text}]]></text><toponyms>{toponyms}</toponyms></article>"
    )


def test_the_gold_span_scorer_reads_a_publishers_home_into_its_stories(gazetteer, tmp_path):
    ohio_columbus = ("Columbus, Ohio", 4509177, 39.96, -83.0)
    stories = [
        _article("1", "Snow closed schools in Columbus, Ohio, on Tuesday.", [ohio_columbus]),
        _article("2", "Toledo, Ohio, opened a new bridge.", [("Toledo", 5174035, 41.66, -83.55)]),
        _article("3", "Akron, Ohio, hired four teachers.", [("Akron", 5145476, 41.08, -81.52)]),
        _article("4", COUNCIL, [("Dublin", 5152333, 40.0992, -83.1141)]),
    ]
    path = tmp_path / "local.xml"
    path.write_text(f"<articles>{''.join(stories)}</articles>", "utf-8")
    docs = list(load_geo(path))
    assert {d.publisher for d in docs} == {"example-gazette.com"}
    errors: list[dict[str, object]] = []
    metrics = evaluate_gold_spans(docs, ToponymResolver(gazetteer), errors)
    assert not [e for e in errors if e["phrase"] == "Dublin"]
    alone = [d.__class__(d.doc_id, d.text, d.toponyms) for d in docs]  # no publisher known
    errors_alone: list[dict[str, object]] = []
    evaluate_gold_spans(alone, ToponymResolver(gazetteer), errors_alone)
    assert [e["phrase"] for e in errors_alone if e["phrase"] == "Dublin"] == ["Dublin"]
    assert metrics["n_resolved"] == 4


OBITUARY = (
    "An Augusta native who wrote for a New York paper for thirty years has died. Friends in "
    "Augusta and in New York City remembered her; the New York paper ran a tribute."
)
OBITUARY_NAMES = ["Augusta", "New York", "Augusta", "New York City", "New York"]


def test_the_home_outweighs_another_state_named_three_times(gazetteer):
    """publishers.home_ties: one home name is outvoted by three New York mentions in the
    story's setting; the near-tie still goes to the reading in the paper's state."""
    georgia = gazetteer.division("US", "GA")
    assert _read(gazetteer, OBITUARY, OBITUARY_NAMES, None)[0] == ("US", "NY")
    readings = _read(gazetteer, OBITUARY, OBITUARY_NAMES, georgia)
    assert readings[0] == readings[2] == ("US", "GA")
    assert readings[1] == ("US", "NY")


def test_a_near_tie_goes_home_unless_the_text_qualifies_the_name():
    """publishers.home_ties on hand-made readings: within the margin the home's reading
    wins; the text's own qualifier ("Augusta, Maine") keeps the name where it put it, and a
    reading at home far behind the best is no near-tie."""
    georgia = Place(10, "Georgia", 32.7, -83.5, "US", "GA", "", 10**7, "A", "ADM1")
    maine_town = Place(11, "Augusta", 44.3, -69.8, "US", "ME", "", 19_000, "P", "PPL")
    georgia_town = Place(12, "Augusta", 33.5, -82.0, "US", "GA", "", 195_000, "P", "PPL")
    candidates = {"augusta": [Candidate(maine_town, "name"), Candidate(georgia_town, "name")]}
    chosen = {"augusta": Resolved(maine_town, 0.6)}
    plain: dict[str, list[dict[str, float]]] = {"augusta": [{}, {}]}
    qualified = {"augusta": [{"qualifier": 1.0}, {}]}
    near = home_ties(chosen, candidates, {"augusta": [5.0, 4.5]}, plain, georgia, 1.0)
    assert near["augusta"].place == georgia_town
    kept = home_ties(chosen, candidates, {"augusta": [5.0, 4.5]}, qualified, georgia, 1.0)
    assert kept["augusta"].place == maine_town
    far = home_ties(chosen, candidates, {"augusta": [5.0, 3.0]}, plain, georgia, 1.0)
    assert far["augusta"].place == maine_town
    by_old_name = {"augusta": [Candidate(maine_town, "name"), Candidate(georgia_town, "alt")]}
    kept = home_ties(chosen, by_old_name, {"augusta": [5.0, 4.5]}, plain, georgia, 1.0)
    assert kept["augusta"].place == maine_town


def test_end_to_end_reads_a_publishers_home_into_its_stories(nlp, tmp_path):
    """lab.geo._with_publisher_homes: the places our pipeline found in a paper's stories
    give its home, and the story that names only "Dublin" is read again with it."""
    stories = [
        _article("1", "Snow closed schools in Columbus, Ohio, on Tuesday.", []),
        _article("2", "Toledo, Ohio, opened a new bridge.", []),
        _article("3", "Akron, Ohio, hired four teachers.", []),
        _article("4", COUNCIL, [("Dublin", 5152333, 40.0992, -83.1141)]),
    ]
    path = tmp_path / "local.xml"
    path.write_text(f"<articles>{''.join(stories)}</articles>", "utf-8")
    docs = list(load_geo(path))
    errors: list[dict[str, object]] = []
    metrics = evaluate_end_to_end(docs, nlp, errors)
    assert metrics["resolution_on_matched"]["n_resolved"] == 1
    assert metrics["resolution_on_matched"]["exact_match"] == 1.0
    alone = [d.__class__(d.doc_id, d.text, d.toponyms) for d in docs]  # no publisher known
    metrics = evaluate_end_to_end(alone, nlp, [])
    assert metrics["resolution_on_matched"]["exact_match"] == 0.0


def test_a_story_read_with_its_home_stays_serialisable(nlp, tmp_path):
    """The home rides in Doc.user_data as its GeoNames code ("US.OH"), not a Place, so a
    Doc that carries it still goes to bytes (DocBin, multiprocess pipes); the place
    resolver looks the division up."""
    stories = [
        _article("1", "Columbus, Ohio, paved a road.", []),
        _article("2", "Toledo, Ohio, opened a new bridge.", []),
        _article("3", "Akron, Ohio, hired four teachers.", []),
        _article("4", COUNCIL, []),
    ]
    path = tmp_path / "local.xml"
    path.write_text(f"<articles>{''.join(stories)}</articles>", "utf-8")
    docs = list(load_geo(path))
    parsed = _with_publisher_homes(docs, [nlp(d.text) for d in docs], nlp)
    assert parsed[3].user_data[HOME_KEY] == "US.OH"
    unread = nlp.make_doc(COUNCIL)  # what a caller hands the pipeline, home set beforehand
    unread.user_data[HOME_KEY] = parsed[3].user_data[HOME_KEY]
    again = Doc(nlp.vocab).from_bytes(unread.to_bytes())
    home = nlp.get_pipe("frontlines_geo").home(again)
    assert home is not None and (home.country, home.admin1, home.feature_code) == (
        "US", "OH", "ADM1",
    )  # fmt: skip


def test_the_home_vote_moves_a_name_only_into_the_home_and_not_past_a_named_country():
    """publishers.home_moves on hand-made readings (score: the "s" feature): a name the
    vote moves into the home goes there, even from a country it read alone (a name is no
    witness of itself); one moved elsewhere, or whose country another name of the story
    names, keeps its reading alone."""
    land = Place(20, "Jordan", 31.2, 36.7, "JO", "", "", 10**7, "A", "PCLI")
    home_town = Place(21, "Jordan", 44.7, -93.6, "US", "MN", "", 6000, "P", "PPL")
    elsewhere = Place(22, "Jordan", 43.1, -76.5, "US", "NY", "", 1300, "P", "PPL")
    minnesota = Place(23, "Minnesota", 46.0, -94.0, "US", "MN", "", 5 * 10**6, "A", "ADM1")
    candidates = {"jordan": [Candidate(land, "name"), Candidate(home_town, "name")]}
    alone = {"jordan": [{"s": 2.0}, {"s": 1.0}]}
    voted = {"jordan": [{"s": 2.0}, {"s": 3.0}]}
    score = lambda f: f["s"]  # noqa: E731
    assert home_moves(voted, alone, candidates, score, minnesota) == voted
    candidates["jordan"][1] = Candidate(elsewhere, "name")
    assert home_moves(voted, alone, candidates, score, minnesota) == alone
    candidates["jordan"][1] = Candidate(home_town, "name")
    candidates["amman"] = [Candidate(land, "name")]  # another name read as the country
    alone["amman"] = voted["amman"] = [{"s": 1.0}]
    assert home_moves(voted, alone, candidates, score, minnesota)["jordan"] == alone["jordan"]
