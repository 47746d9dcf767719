"""`frontlines gazetteer import`: GeoNames dump files grow the offline gazetteer.

The fixture rows are written here in the dump's format (19 tab-separated
columns; alternate names in the V2 layout) with made-up ids: villages on the
Euphrates in Deir ez-Zor that the bundled cities500 data does not carry.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontlines.cli.main import app
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.dump import DumpError, empty_gazetteer, import_dumps
from frontlines.resolve.place.gazetteer import default_path


def geoname(gid: int, name: str, ascii_name: str, alternates: str, lat: float, lon: float,
            fclass: str = "P", fcode: str = "PPL", population: int = 0) -> str:  # fmt: skip
    fields = [str(gid), name, ascii_name, alternates, f"{lat}", f"{lon}", fclass, fcode, "SY",
              "", "07", "", "", "", str(population), "", "180", "Asia/Damascus",
              "2024-01-01"]  # fmt: skip
    return "\t".join(fields)


ROWS = [
    geoname(9_000_000_001, "Ghrānīj", "Gharanij", "Gharanij,Al-Gharanij,غرانيج", 34.771, 40.762),
    geoname(9_000_000_002, "Abū Ḩammām", "Abu Hamam", "Abu Hammam", 34.842, 40.716),
    geoname(9_000_000_003, "Al Marāshidah", "Al Marashidah", "", 34.604, 40.934),
    geoname(
        9_000_000_004,
        "Gharanij Pumping Station",
        "Gharanij Pumping Station",
        "",
        34.77,
        40.76,
        "S",
        "PS",
    ),  # fmt: skip  (a spot: filtered by default)
    "9000000005\tBroken row with too few columns",
    geoname(9_000_000_006, "Nowhere", "Nowhere", "", 0, 0).replace("\t0\t0\t", "\tnorth\t0\t"),
]
ALTERNATES = [
    "1\t9000000001\tde\tGharanidsch\t\t\t\t\t\t",
    "2\t9000000001\tlink\thttps://example.org/Gharanij\t\t\t\t\t\t",
    "3\t9000000002\t\tAbou Hammam\t\t\t\t\t\t",
    "4\t9000000004\ten\tGharanij Pump\t\t\t\t\t\t",  # the spot was not imported: dropped
    "5\tnot-a-number\ten\tX\t\t\t\t\t\t",
]


@pytest.fixture()
def dumps(tmp_path: Path) -> tuple[Path, Path]:
    table = tmp_path / "SY.zip"
    body = ("\n".join(ROWS[:5]) + "\n").encode() + b"\xff\xfe broken bytes\n"
    body += (ROWS[5] + "\n").encode()
    with zipfile.ZipFile(table, "w") as archive:
        archive.writestr("readme.txt", "GeoNames country file")
        archive.writestr("SY.txt", body)
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("\n".join(ALTERNATES) + "\n", encoding="utf-8")
    return table, alternates


def test_import_adds_villages_names_and_reports_bad_lines(tmp_path, dumps):
    target = tmp_path / "gazetteer.sqlite"
    empty_gazetteer(target)
    table, alternates = dumps
    report = import_dumps([alternates, table], target)  # order given does not matter
    assert report.places == 3  # the spot and the two bad rows are not places
    gazetteer = Gazetteer(target)
    (gharanij,) = gazetteer.lookup("Al-Gharanij")
    assert (gharanij.lat, gharanij.lon, gharanij.country) == (34.771, 40.762, "SY")
    assert [p.name for p in gazetteer.lookup("Gharanidsch")] == ["Ghrānīj"]  # from V2 file
    assert [p.name for p in gazetteer.lookup("Abou Hammam")] == ["Abū Ḩammām"]
    assert gazetteer.lookup("Gharanij Pumping Station") == []
    assert gazetteer.lookup("Gharanij Pump") == []  # alternate of a place not kept
    assert not gazetteer.is_place_name("https://example.org/Gharanij")
    reasons = {(p.file, p.line): p.reason for p in report.problems}
    assert reasons[("SY.zip", 5)].startswith("2 columns")
    assert reasons[("SY.zip", 6)] == "not UTF-8"
    assert "not a number" in reasons[("SY.zip", 7)]
    assert "not a number" in reasons[("alternateNamesV2.txt", 5)]
    assert report.skipped_lines == 4


def test_reimport_changes_nothing_and_a_bad_file_leaves_the_gazetteer_intact(tmp_path, dumps):
    target = tmp_path / "gazetteer.sqlite"
    empty_gazetteer(target)
    import_dumps(list(dumps), target)
    size = Gazetteer(target).size()
    import_dumps(list(dumps), target)
    assert Gazetteer(target).size() == size
    before = target.read_bytes()
    not_geonames = tmp_path / "cities.csv"
    not_geonames.write_text("name,lat,lon\nGharanij,34.7,40.7\n", encoding="utf-8")
    with pytest.raises(DumpError, match="columns"):
        import_dumps([dumps[0], not_geonames], target)
    broken_zip = tmp_path / "allCountries.zip"
    broken_zip.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(DumpError, match="cannot read"):
        import_dumps([broken_zip], target)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("*.importing"))


def test_cli_import_info_and_the_pipeline_resolving_an_imported_village(tmp_path, dumps):
    target = tmp_path / "full.sqlite"
    shutil.copyfile(default_path(), target)  # the bundled gazetteer, as a user has it
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", *map(str, dumps), "--into", str(target),
                                 "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["places"] == 3
    info = runner.invoke(app, ["gazetteer", "info", "--into", str(target)])
    assert "imported SY.zip (geoname)" in info.stdout and "alternateNamesV2.txt" in info.stdout
    missing = runner.invoke(app, ["gazetteer", "import", str(tmp_path / "nope.zip")])
    assert missing.exit_code == 2 and "no such file" in missing.output

    from frontlines.nlp.pipeline import build_pipeline

    nlp = build_pipeline(gazetteer=Gazetteer(target))
    doc = nlp(
        "DEIR EZZOR, Syria - Kurdish-led units said on Tuesday they had seized the village of"
        " Gharanij, east of the river, after a two-day battle."
    )
    places = {p.text: p for p in doc._.places}
    assert "Gharanij" in places and places["Gharanij"].geonames_id == 9_000_000_001
