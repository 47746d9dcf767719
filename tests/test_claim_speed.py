"""The claim stack's speed-ups (issue 20: quantities, times, attribution and claims within
0.25x the bare model) are caches and indexes: each must give the answer the plain scan
gave, on every input tried."""

from __future__ import annotations

from frontlines.vocab.units import Unit, UnitTable, _boundary, default_units


def _scan_after(table: UnitTable, text: str) -> tuple[Unit, int] | None:
    """The unit table's lookup as it was: every surface in turn, longest first."""
    for surface, unit in table.cased:
        if text.startswith(surface) and _boundary(text, len(surface)):
            return unit, len(surface)
    lowered = text.lower()
    for surface, unit in table.after:
        if lowered.startswith(surface) and _boundary(lowered, len(surface)):
            return unit, len(surface)
    return None


def _scan_before(table: UnitTable, text: str) -> tuple[Unit, int] | None:
    for surface, unit in table.before:
        if text.endswith(surface):
            cut = len(text) - len(surface)
            if cut == 0 or not text[cut - 1].isalnum():
                return unit, len(surface)
    return None


def test_unit_index_finds_what_the_scan_found() -> None:
    table = default_units()
    surfaces = [s for part in (table.after, table.cased, table.before) for s, _ in part]
    texts = ["", " ", "5", "kmh", "Km/h rose", "per cent of", "sq mi", "US$", "the €"]
    for surface in surfaces:
        texts += [surface, surface + "s", surface + " rose", surface.upper(), "x" + surface]
    for text in texts:
        assert table._match_one(text) == _scan_after(table, text), text
        assert table.match_before(text) == _scan_before(table, text), text


def test_unit_index_tries_only_surfaces_that_can_match() -> None:
    table = default_units()
    k_surfaces = table._index.after_by_first["k"]
    assert k_surfaces and len(k_surfaces) < len(table.after) // 4
    assert all(s.startswith("k") for s, _ in k_surfaces)
    assert [s for s, _ in k_surfaces] == [s for s, _ in table.after if s.startswith("k")]


def test_units_by_code_and_name_are_the_first_listed() -> None:
    table = default_units()
    for _, unit in table.after:
        assert table.get(unit.code) == next(u for _, u in table.after if u.code == unit.code)
    for part in (table.after, table.cased, table.before):
        for _, unit in part:
            first = next(
                u for p in (table.after, table.cased, table.before) for _, u in p
                if u.name == unit.name
            )  # fmt: skip
            assert table.named(unit.name) == first
    assert table.get("no-such-unit") is None and table.named("no such unit") is None
    assert table == UnitTable(table.after, table.before, table.cased)  # the index is no value
