"""Regions, seas and oceans of our alias file are GeoNames places: a reading of one
carries its GeoNames id (exported, and matched by GeoNames-coded gold), while its map
point stays ours. Our own sentences."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from tests.place_reading import resolved_in


@pytest.mark.parametrize(
    ("text", "name", "geonames_id"),
    [
        ("Oil prices rose as tension spread across the Middle East.", "Middle East", 6269133),
        ("A cargo ship sank in the Red Sea after the storm.", "Red Sea", 235615),
        ("Fishing boats in the Black Sea stayed in port.", "Black Sea", 6640396),
        ("Ice in the Arctic melted early this year.", "Arctic", 10941926),
        ("Aid reached camps in Darfur by truck.", "Darfur", 376731),
    ],
)
def test_a_region_reads_as_its_geonames_place(gazetteer, text, name, geonames_id):
    place = resolved_in(ToponymResolver(gazetteer), text, [name])[0].place
    assert place is not None
    assert place.geonames_id == geonames_id
    assert place.lat is not None  # the map point is ours, not dropped


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GeoNames' "Gatwick" is the village; its "Atlantic" record the North Atlantic
        ("Storms over the Atlantic Ocean grounded the ferry.", "Atlantic Ocean"),
        ("Her flight left Gatwick Airport two hours late.", "Gatwick Airport"),
    ],
)
def test_a_place_with_no_checked_id_carries_none(gazetteer, text, name):
    """An id goes only where it was checked against the GeoNames record of that very
    place: a reading with none keeps our own (negative) id, exported without one."""
    place = resolved_in(ToponymResolver(gazetteer), text, [name])[0].place
    assert place is not None
    assert place.geonames_id < 0


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Health workers in Kinshasa and Goma said cholera spread across Congo.",
         ["Kinshasa", "Goma", "Congo"], "CD"),
        ("Officials in Brazzaville and Pointe-Noire said floods hit Congo.",
         ["Brazzaville", "Pointe-Noire", "Congo"], "CG"),
    ],
)  # fmt: skip
def test_congo_alone_is_the_country_the_story_is_set_in(gazetteer, text, names, country):
    """GeoNames gives "Congo" only to the Republic; our alias file gives it to the
    Democratic Republic too, so the story's other places choose."""
    place = resolved_in(ToponymResolver(gazetteer), text, names)[-1].place
    assert place is not None
    assert place.country == country
