"""Gazetteer, toponym resolution and the frontlines_geo component on hand-built and real text."""

from __future__ import annotations

import sqlite3

import pytest

from frontlines.ingest.acquire import read_articles
from frontlines.model import Article
from frontlines.nlp.geo import PlaceResolverComponent, precision_codes
from frontlines.nlp.pipeline import process_articles
from frontlines.resolve.place import Gazetteer, Toponym, ToponymResolver
from frontlines.resolve.place.sources import alias_rows
from frontlines.vocab.geometry import haversine_km
from tests.hand_docs import entity_doc


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> ToponymResolver:
    return ToponymResolver(gazetteer)


@pytest.mark.parametrize(
    ("variant", "geonames_id"),
    [
        ("Raqqa", 172955),
        ("Ar-Raqqah", 172955),
        ("Tall 'Afar", 90393),
        ("Tal Afar", 90393),
        ("Kobani", 172256),
        ("Deir Ezzor", 170794),
        ("Dayr az Zawr", 170794),
    ],
)
def test_transliteration_variants_reach_one_place(gazetteer, variant, geonames_id):
    assert geonames_id in {c.place.geonames_id for c in gazetteer.candidates(variant)}


def test_divisions_countries_continents_and_abbreviations(gazetteer):
    texas = gazetteer.lookup("Texas")[0]
    assert (texas.feature_code, texas.country, texas.admin1) == ("ADM1", "US", "TX")
    assert texas.lat is not None and 25 < texas.lat < 37  # a centre computed from its towns
    kentucky = gazetteer.candidates("Ky.")[0]
    assert (kentucky.place.name, kentucky.kind) == ("Kentucky", "abbr")
    assert gazetteer.lookup("Metcalfe County")[0].feature_code == "ADM2"
    assert gazetteer.lookup("Asia")[0].feature_code == "CONT"
    assert gazetteer.country("SY").name == "Syria"
    assert gazetteer.division("CA", "01").name == "Alberta"


def test_demonyms_resolve_but_are_not_place_names(gazetteer):
    syrian = gazetteer.candidates("Syrian")[0]
    assert (syrian.place.name, syrian.kind) == ("Syria", "demonym")
    assert not gazetteer.is_place_name("Syrian")
    assert gazetteer.is_place_name("Syria")


def test_alias_file_places_without_geonames_id_get_stable_negative_ids():
    text = """
[[place]]
name = "Test Hamlet"
lat = 1.5
lon = 2.5
feature_class = "P"
feature_code = "PPL"
[[alias]]
place = "Test Hamlet"
names = ["Hamlet of Testing"]
[[alias]]
code = "ZZ"
names = ["Zedland"]
"""
    from frontlines.resolve.place.sources import PlaceRow

    zz = PlaceRow(999, "Zed", 0.0, 0.0, "ZZ", "", "", 1, "A", "PCLI")
    added, names = alias_rows([zz], text)
    assert added[0].geonames_id < 0
    assert added == alias_rows([zz], text)[0]  # same id on every build
    assert {(n.key, n.geonames_id) for n in names} >= {("zedland", 999)}
    with pytest.raises(KeyError):
        alias_rows([], text)  # an alias pointing nowhere is an error, not a silent loss


def test_prior_prefers_countries_states_and_big_cities(resolver):
    assert resolver.resolve("Syria").country == "SY"
    assert resolver.resolve("Texas").country == "US"
    assert resolver.resolve("Paris").country == "FR"
    raqqa = resolver.resolve("Raqqa")
    assert raqqa.feature_class == "P"  # the city, not the province of the same name
    assert resolver.resolve("Gaza").country == "PS"


def test_comma_qualifier_settles_the_reading(resolver):
    text = "He moved to Paris, Texas, last year."
    paris = Toponym("Paris", 12, 17)
    texas = Toponym("Texas", 19, 24)
    place, state = resolver.resolve_document([paris, texas], text)
    assert (place.country, place.admin1) == ("US", "TX")
    assert state.feature_code == "ADM1"


def test_other_toponyms_vote(resolver):
    london, _ = resolver.resolve_document(["London", "Ontario"])
    assert (london.country, london.admin1) == ("CA", "08")
    assert resolver.resolve_document(["London", "England"])[0].country == "GB"
    # one sense per document
    first, second = resolver.resolve_document(["London", "London", "Ontario"])[:2]
    assert first == second


def test_unknown_name_resolves_to_none(resolver):
    assert resolver.resolve_document(["Qwxzyville"]) == [None]


def test_precision_codes(gazetteer):
    gaz_country = gazetteer.country("IQ")
    assert precision_codes(gaz_country, near=False) == (3, 6)
    assert precision_codes(None, near=False) == (None, None)



def test_component_roles_on_a_hand_built_doc(resolver):
    words = [
        "Syrian",
        "forces",
        "entered",
        "Raqqa",
        ",",
        "an",
        "area",
        "roughly",
        "the",
        "size",
        "of",
        "Britain",
        ",",
        "said",
        "Kentucky",
        "State",
        "Police",
        ".",
    ]
    doc = entity_doc(words, [(0, 1, "NORP"), (3, 4, "GPE"), (11, 12, "GPE"), (14, 17, "ORG")])
    places = PlaceResolverComponent(resolver)(doc)._.places
    by_text = {p.text: p for p in places}
    assert by_text["Syrian"].role == "demonym" and by_text["Syrian"].country == "SY"
    assert by_text["Raqqa"].role == "location" and by_text["Raqqa"].geonames_id == 172955
    assert by_text["Raqqa"].acled_precision == 1
    assert by_text["Britain"].role == "comparison"
    assert by_text["Kentucky"].role == "embedded"
    assert by_text["Kentucky"].extractor.name == "frontlines_geo"
    assert all(0.5 <= p.confidence <= 1.0 for p in places if p.name)  # type: ignore[operator]


SEED_PLACES = {  # true coordinates of the seed articles' places (lat, lon)
    "Mosul": (36.34, 43.13),
    "Raqqa": (35.95, 39.01),
    "Tal Afar": (36.38, 42.45),
    "Baghouz": (34.48, 40.95),
    "Iraq": (33.0, 44.0),
    "Syria": (35.0, 38.0),
}


def test_seed_places_resolve_within_25_km(nlp, seeds):
    found: dict[str, list] = {}
    articles = [a for a in read_articles([str(seeds)]) if isinstance(a, Article)]
    assert len(articles) == 2
    for processed in process_articles(nlp, articles):
        for p in processed.places:
            found.setdefault(p.text, []).append(p)
    for name, (lat, lon) in SEED_PLACES.items():
        assert name in found, f"{name} not found in the seeds"
        for p in found[name]:
            assert p.lat is not None, name
            assert haversine_km(lat, lon, p.lat, p.lon) <= 25 or p.feature_code == "PCLI", name
    assert found["Britain"][0].role == "comparison"  # "roughly the size of Britain"
    assert all(p.role != "location" for p in found["Britain"])
    assert found["Euphrates River"][0].feature_code == "VAL"


def test_our_own_sentence_with_a_province_and_a_village(nlp):
    text = (
        "Kurdish-led fighters pushed into the village of Hajin in the eastern "
        "Deir Ezzor province on Tuesday, a monitor said."
    )
    places = {p.text: p for p in nlp(text)._.places}
    assert haversine_km(34.70, 40.83, places["Hajin"].lat, places["Hajin"].lon) < 25
    deir = places["Deir Ezzor"]
    assert deir.country == "SY" and haversine_km(35.33, 40.14, deir.lat, deir.lon) < 100


def test_gazetteer_file_is_read_only(gazetteer):
    with pytest.raises(sqlite3.OperationalError):
        gazetteer._conn.execute("DELETE FROM places")


def test_places_are_stored_listed_and_exported_once(seeds, db_path):
    import json

    from typer.testing import CliRunner

    import frontlines
    from frontlines.cli.main import app
    from frontlines.store.db import open_db

    frontlines.ingest([seeds], db_path)
    with open_db(db_path) as database:
        stored = database.count("places")
    frontlines.ingest([seeds], db_path)  # re-ingest: nothing doubles
    with open_db(db_path) as database:
        assert database.count("places") == stored > 0
    result = CliRunner().invoke(app, ["places", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in map(json.loads, result.output.splitlines())}
    assert rows["Mosul"]["geonames_id"] == 99072 and rows["Mosul"]["precision"] == 1
    assert "United Kingdom" not in rows  # only a yardstick ("the size of Britain")
    every_role = CliRunner().invoke(
        app, ["places", "--db", str(db_path), "--role", "all", "--json"]
    )
    assert "United Kingdom" in {json.loads(line)["name"] for line in every_role.output.splitlines()}
    syria = CliRunner().invoke(app, ["places", "--db", str(db_path), "--country", "sy", "--json"])
    assert all(json.loads(line)["country"] == "SY" for line in syria.output.splitlines())
    export = CliRunner().invoke(app, ["export", "--db", str(db_path)])
    docs = [json.loads(line) for line in export.output.splitlines() if line.startswith("{")]
    mosul = next(p for d in docs for p in d["places"] if p["text"] == "Mosul")
    text = next(d["text"] for d in docs if any(p is mosul for p in d["places"]))
    assert text[mosul["start"] : mosul["end"]] == "Mosul"
    assert mosul["extractor"].startswith("frontlines_geo@")
    assert 0.5 <= mosul["confidence"] <= 1.0  # stored and read back with the place


def test_alias_file_places_compete_with_gazetteer_places(resolver):
    camp, _ = resolver.resolve_document(["al-Hol", "Syria"])
    assert camp.country == "SY" and camp.geonames_id < 0  # ours, not Hool in Mexico


def test_a_country_s_former_short_name_reads_as_the_country(resolver):
    """place_aliases.toml: "Macedonia" (North Macedonia's name until 2019) among
    countries is the country, not a town in Ohio; a town the text puts in Ohio stays."""
    text = "Refugees crossed from Greece into Macedonia on their way to Serbia."
    place = resolver.resolve_document(
        [
            Toponym(n, text.index(n), text.index(n) + len(n))
            for n in ["Greece", "Macedonia", "Serbia"]
        ],
        text,
    )[1]
    assert place is not None and (place.country, place.feature_code) == ("MK", "PCLI")
    text = "A Macedonia, Ohio, man was hurt on Route 8 on Friday."
    town = resolver.resolve_document(
        [Toponym(n, text.index(n), text.index(n) + len(n)) for n in ["Macedonia", "Ohio"]], text
    )[0]
    assert town is not None and (town.country, town.admin1) == ("US", "OH")


@pytest.mark.parametrize(
    "name", ["EU", "the EU", "NATO", "U.N.", "Taliban", "Baloch", "Kurds", "n't", "Eastern"]
)
def test_organisations_peoples_fragments_and_lone_directions_are_no_places(resolver, name):
    assert resolver.resolve(name) is None


@pytest.mark.parametrize(
    ("name", "country"), [("U.S.", "US"), ("US", "US"), ("UK", "GB"), ("al-Hol", "SY")]
)
def test_acronyms_read_as_what_they_abbreviate_not_as_towns(resolver, name, country):
    (place,) = resolver.resolve_document([name, "France"])[:1]
    assert place is not None and place.country == country  # not Us, France


def test_a_capitalised_dateline_is_no_acronym():
    from frontlines.resolve.place.names import is_acronym

    assert is_acronym("GAZA", " city") and is_acronym("E.U.")
    assert not is_acronym("GAZA", " -- Israeli jets") and not is_acronym("Gaza")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the United Kingdom", "United Kingdom"),
        ("Northern Iraq", "Iraq"),
        ("North London", "London"),
        ("Diyala Province", "Diyālá"),
    ],
)
def test_names_the_gazetteer_knows_without_an_article_direction_or_container(
    resolver, name, expected
):
    assert resolver.resolve(name).name == expected


@pytest.mark.parametrize(
    ("name", "expected", "feature_class"),
    [
        ("the Red Sea", "Red Sea", "H"),  # the sea, not Sudan's Red Sea state
        ("Gulf of Aden", "Gulf of Aden", "H"),
        ("the Arabian Gulf", "Persian Gulf", "H"),
        ("North Arabian Sea", "Arabian Sea", "H"),
        ("Mount Sinjar", "Sinjar Mountains", "T"),
    ],
)
def test_seas_gulfs_and_mountains_read_as_what_their_generic_word_says(
    resolver, name, expected, feature_class
):
    place = resolver.resolve(name)
    assert place is not None and (place.name, place.feature_class) == (expected, feature_class)


def test_a_division_named_with_its_container_noun_stays_a_division(resolver):
    place = resolver.resolve("Red Sea State")
    assert place is not None and place.admin_level == 1


def test_the_cache_file_name_changes_with_the_alias_file(monkeypatch):
    from frontlines.resolve.place import sources

    bundled = sources.source_versions()
    monkeypatch.setattr(sources, "read_data_text", lambda name: "[[place]]\nname = 'X'\n")
    edited = sources.source_versions()
    assert bundled != edited and bundled.split("-aliases")[0] == edited.split("-aliases")[0]


def test_a_city_known_by_its_english_name_in_a_story_set_in_its_country(resolver):
    # "Palmyra" is Tadmur's English name and the name of several small US towns; a story
    # that names Damascus is set in Syria, and the US namesakes together are no evidence
    # of a US story
    palmyra, damascus = resolver.resolve_document(["Palmyra", "Damascus"])
    assert palmyra is not None and damascus is not None
    assert (palmyra.country, damascus.country) == ("SY", "SY")


def test_a_syria_story_keeps_palmyra_in_syria_when_actors_name_other_countries(nlp):
    doc = nlp(
        "Russian jets bombed Palmyra on Sunday as U.S.-backed forces advanced on Deir Ezzor. "
        "Washington and Moscow traded blame."
    )
    found = {p.text: p for p in doc._.places}
    assert found["Palmyra"].country == "SY"
    assert found["Russian"].role == "demonym"  # the actor "Russian jets" is no location


def test_a_dotted_abbreviation_modifier_is_the_country_read_outside_the_story_vote(nlp):
    """geo._abbreviation_modifier: "U.S.-funded" names the United States as "US-funded"
    does, so it is a mention; read alone, it still pulls no town of the story to the US."""
    text = "Aid convoys reached Palmyra and Raqqa on Tuesday, where {} clinics opened."
    voted = nlp(text.format("the United States and"))  # the country in the vote: a US town
    assert {p.text: p.country for p in voted._.places}["Palmyra"] == "US"
    doc = nlp(text.format("U.S.-funded"))
    found = {p.text: p for p in doc._.places}
    assert (found["U.S."].role, found["U.S."].country) == ("location", "US")
    assert found["U.S."].feature_code == "PCLI"
    assert found["Palmyra"].country == "SY"


def test_a_country_among_its_own_towns_stays_the_country(resolver):
    # "Mexico" is also the State of Mexico; among Mexican cities it is still the country
    mexico, _, _ = resolver.resolve_document(["Mexico", "Guadalajara", "Monterrey"])
    assert mexico is not None and mexico.is_country and mexico.country == "MX"


def test_the_area_of_a_place_is_where_unless_a_measure_makes_it_a_yardstick(nlp):
    doc = nlp("Shelling went on in the area of Kherson on Monday, officials said.")
    assert [(p.text, p.role) for p in doc._.places] == [("Kherson", "location")]
    doc = nlp("The fires have burned roughly the area of Belgium this summer.")
    assert [(p.text, p.role) for p in doc._.places] == [("Belgium", "comparison")]


def test_near_cues_change_a_towns_codes_only(resolver):
    """The words before a mention are read only for a town (``_mention``): "near" a town
    makes its codes the area's, "near" a country or a province changes nothing."""
    words = ["Shelling", "near", "Raqqa", "and", "near", "Syria", "'s", "border", "."]
    doc = entity_doc(words, [(2, 3, "GPE"), (5, 6, "GPE")])
    by_text = {p.text: p for p in PlaceResolverComponent(resolver)(doc)._.places}
    assert (by_text["Raqqa"].acled_precision, by_text["Raqqa"].ucdp_precision) == (2, 2)
    assert (by_text["Syria"].acled_precision, by_text["Syria"].ucdp_precision) == (3, 6)
    far = entity_doc(["Shelling", "in", "Raqqa", "."], [(2, 3, "GPE")])
    (town,) = PlaceResolverComponent(resolver)(far)._.places
    assert (town.acled_precision, town.ucdp_precision) == (1, 1)
