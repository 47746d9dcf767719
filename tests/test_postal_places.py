"""US post office names as places: grouping ZIP records, skipping what GeoNames has."""

from __future__ import annotations

from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.postal import POSTAL_ID_BASE, postal_names, postal_rows
from frontlines.resolve.place.sources import NameRow, PlaceRow, names_for


def _zip(city: str, state: str, lat: float, lon: float, **more: object) -> dict[str, object]:
    record: dict[str, object] = {
        "zip_code": "00000", "zip_code_type": "STANDARD", "active": True, "city": city,
        "acceptable_cities": [], "state": state, "county": "Pine County", "country": "US",
        "lat": str(lat), "long": str(lon),
    }  # fmt: skip
    record.update(more)
    return record


def _bundled() -> tuple[list[PlaceRow], list[NameRow]]:
    """A state, a county in it, a town GeoNames has and a big city elsewhere."""
    places = [
        PlaceRow(1, "Minnesota", 46.0, -94.0, "US", "MN", "", 5_000_000, "A", "ADM1"),
        PlaceRow(2, "Pine County", 46.1, -92.7, "US", "MN", "115", 29_000, "A", "ADM2"),
        PlaceRow(3, "Hinckley", 46.01, -92.94, "US", "MN", "115", 1_800, "P", "PPL"),
        PlaceRow(4, "Boulder", 40.01, -105.27, "US", "CO", "013", 105_000, "P", "PPL"),
    ]
    names = [row for p in places for row in names_for(p.geonames_id, "name", p.name)]
    return places, names


def test_records_group_by_name_and_state_with_the_mean_point() -> None:
    found = postal_names([
        _zip("Bruno", "MN", 46.0, -92.6),
        _zip("Bruno", "MN", 46.2, -92.8, zip_code_type="PO BOX"),
        _zip("Bruno", "MN", 10.0, 10.0, zip_code_type="UNIQUE"),  # a firm's own code
        _zip("Bruno", "MN", 10.0, 10.0, active=False),
        _zip("Askov", "MN", 46.19, -92.78, acceptable_cities=["Partridge"]),
    ])  # fmt: skip
    by_name = {p.name: p for p in found}
    assert set(by_name) == {"Askov", "Bruno", "Partridge"}
    assert round(by_name["Bruno"].lat, 3) == 46.1 and round(by_name["Bruno"].lon, 3) == -92.7
    assert by_name["Askov"].primary and not by_name["Partridge"].primary


def test_only_names_geonames_lacks_are_added_with_their_county() -> None:
    places, names = _bundled()
    added, rows = postal_rows(places, names, [
        _zip("Hinckley", "MN", 46.02, -92.95),  # GeoNames has it: the same place
        _zip("Bruno", "MN", 46.28, -92.66),
        _zip("Boulder", "MN", 46.3, -92.5),  # a city of 100,000 elsewhere goes by it
        _zip("Sandstone", "PR", 18.2, -66.5),  # no state of the gazetteer
        _zip("Askov", "MN", 46.19, -92.78, acceptable_cities=["Partridge"]),
    ])  # fmt: skip
    assert sorted(p.name for p in added) == ["Askov", "Bruno", "Partridge"]
    bruno = next(p for p in added if p.name == "Bruno")
    assert bruno.admin2 == "115" and bruno.population == 0 and bruno.feature_code == "PPL"
    assert next(p for p in added if p.name == "Partridge").feature_code == "PPLX"
    assert all(p.geonames_id <= -POSTAL_ID_BASE for p in added)
    assert {r.geonames_id for r in rows} == {p.geonames_id for p in added}


def test_a_namesake_far_away_in_the_same_state_is_another_place() -> None:
    places, names = _bundled()
    added, _ = postal_rows(places, names, [_zip("Hinckley", "MN", 44.0, -95.5)])
    assert [p.name for p in added] == ["Hinckley"]
    assert Place(*(getattr(added[0], f) for f in PlaceRow.__dataclass_fields__)).is_postal
    assert not Place(*(getattr(places[2], f) for f in PlaceRow.__dataclass_fields__)).is_postal


def test_the_packaged_gazetteer_reads_a_hamlet_but_does_not_make_its_name_a_place(gazetteer):
    found = [c.place for c in gazetteer.candidates("Lanexa") if c.place.is_postal]
    assert [(p.country, p.admin1) for p in found] == [("US", "VA")]
    assert not gazetteer.is_place_name("Lanexa")  # the text must show it is a place


def test_a_neighbourhood_resolves_beside_its_city(gazetteer):
    from frontlines.resolve.place import ToponymResolver

    places = ToponymResolver(gazetteer).resolve_document(["Pittsburgh", "Squirrel Hill"])
    hill = places[1]
    assert hill is not None and hill.is_postal and hill.admin1 == "PA"


def test_a_region_named_by_a_direction_is_no_hamlet_of_that_name(gazetteer):
    from frontlines.resolve.place import ToponymResolver

    resolver = ToponymResolver(gazetteer)
    for name, base in [("South China", "China"), ("South Wales", "Wales"),
                       ("West Berlin", "Berlin"), ("North Greece", "Greece")]:  # fmt: skip
        found = resolver.readings(name)
        assert base in {c.place.name for c in found}, name
        alone = resolver.resolve_document([name])[0]  # a story naming it alone
        assert alone is not None and not alone.is_postal, name
        text = f"Floods swept {name} and Paris, France."
        abroad = _story(resolver, text, (name, "Paris", "France"))[0]
        assert abroad is not None and not abroad.is_postal, name
    # a hamlet whose base names nothing GeoNames has keeps its own reading
    assert any(c.place.is_postal for c in resolver.readings("Squirrel Hill"))


def test_a_hamlet_reading_needs_a_story_set_in_the_us(gazetteer):
    from frontlines.resolve.place import Toponym, ToponymResolver

    resolver = ToponymResolver(gazetteer)
    text = "Gunmen burned Talcum, a village east of Kharkiv, Ukraine."
    names = [Toponym(n, text.index(n), text.index(n) + len(n))
             for n in ("Talcum", "Kharkiv", "Ukraine")]  # fmt: skip
    assert any(c.place.is_postal for c in resolver.readings("Talcum"))
    assert resolver.resolve_document(names, text)[0] is None
    # its own state named beside foreign places vouches for it
    text = "Talcum, Kentucky, sent aid to Kharkiv and Kyiv in Ukraine."
    names = [Toponym(n, text.index(n), text.index(n) + len(n))
             for n in ("Talcum", "Kentucky", "Kharkiv", "Kyiv", "Ukraine")]  # fmt: skip
    talcum = resolver.resolve_document(names, text)[0]
    assert talcum is not None and talcum.is_postal and talcum.admin1 == "KY"
    text = "A storm flooded Talcum, a village in Knott County, Kentucky."
    names = [Toponym(n, text.index(n), text.index(n) + len(n))
             for n in ("Talcum", "Knott County", "Kentucky")]  # fmt: skip
    talcum = resolver.resolve_document(names, text)[0]
    assert talcum is not None and talcum.is_postal and talcum.admin1 == "KY"


def test_a_record_without_a_point_is_left_out() -> None:
    found = postal_names([
        _zip("Bruno", "MN", 46.0, -92.6),
        _zip("Bruno", "MN", 0.0, 0.0),  # no point given
        _zip("Apo", "AE", 0.0, 0.0),
        _zip("Adak", "AK", 51.9, -176.6),
        _zip("Attu", "AK", 52.9, 173.2),  # west of the 180th meridian, still Alaska
    ])  # fmt: skip
    assert {p.name: (p.lat, p.lon) for p in found} == {
        "Bruno": (46.0, -92.6), "Adak": (51.9, -176.6), "Attu": (52.9, 173.2),
    }  # fmt: skip


def test_the_cache_name_says_how_post_office_names_were_read() -> None:
    from frontlines.resolve.place import sources

    assert sources.POSTAL in sources.source_versions()
    assert "zipcodes" in sources.source_versions()


def test_names_the_usps_shortened_are_left_out() -> None:
    found = postal_names([
        _zip("Pine Hgts", "MN", 46.0, -92.6),
        _zip("Lake Arpt", "MN", 46.0, -92.6),
        _zip("Camp Ripley AFB", "MN", 46.0, -92.6),
        _zip("W Bruno", "MN", 46.0, -92.6),
        _zip("Sandy Lake", "MN", 46.0, -92.6, acceptable_cities=["Sndy Lk", "Pine Twp"]),
    ])  # fmt: skip
    assert [p.name for p in found] == ["Pine Twp", "Sandy Lake"]  # news writes "Twp." too


def _story(resolver, text: str, names: tuple[str, ...]):
    from frontlines.resolve.place import Toponym

    toponyms = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
    return resolver.resolve_document(toponyms, text)


def test_a_hamlet_named_by_a_direction_keeps_its_reading_in_a_us_story(gazetteer):
    from frontlines.resolve.place import ToponymResolver

    resolver = ToponymResolver(gazetteer)
    # a base that is no country, region or prominent place is no fallback at all
    for name in ("North Java", "West Falls", "East Bethany"):
        found = resolver.readings(name)
        assert found and all(c.place.is_postal for c in found), name
    # a prominent base stands beside the hamlet: the story decides between them
    names = {c.place.name for c in resolver.readings("East Berne")}
    assert "East Berne" in names, names
    text = "A fire destroyed a barn in North Chili, New York, on Sunday."
    chili = _story(resolver, text, ("North Chili", "New York"))[0]
    assert chili is not None and chili.is_postal and chili.admin1 == "NY"
    text = "A storm felled trees in East Berne, New York, and in Albany."
    berne = _story(resolver, text, ("East Berne", "New York", "Albany"))[0]
    assert berne is not None and berne.is_postal and berne.admin1 == "NY"


def test_a_lone_hamlet_with_no_other_place_keeps_its_reading(gazetteer):
    from frontlines.resolve.place import ToponymResolver

    resolver = ToponymResolver(gazetteer)
    text = "Police in Squirrel Hill arrested a man on Monday."
    hill = _story(resolver, text, ("Squirrel Hill",))[0]
    assert hill is not None and hill.is_postal and hill.admin1 == "PA"


def test_mc_d_and_o_are_name_parts_not_shortenings() -> None:
    found = postal_names([
        _zip("Mc Lean", "VA", 38.9, -77.2),
        _zip("Fort Mc Coy", "WI", 44.0, -90.7),
        _zip("Coeur D Alene", "ID", 47.7, -116.8),
        _zip("Land O Lakes", "FL", 28.2, -82.5),
        _zip("E Mc Dowell", "VA", 38.3, -79.5),  # the direction is still shortened
    ])  # fmt: skip
    assert sorted(p.name for p in found) == [
        "Coeur D Alene", "Fort McCoy", "Land O Lakes", "McLean",
    ]  # fmt: skip
