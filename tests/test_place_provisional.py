"""A name found only by a spelling a letter off a gazetteer name or by its consonants
(``places.PROVISIONAL_KEY``) is a place only when the resolver locates it near the story's
places; a person's or a group's name never becomes one that way, however many villages
share its consonants. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.nlp.places import PROVISIONAL_KEY
from frontlines.resolve.place.gazetteer import FOLD_LONG_KEY
from frontlines.resolve.place.names import fold_key


def _places(nlp, text: str) -> dict[str, object]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "into", "in", "near", "and": a person's place words too
        ("The auditor general ordered an inquiry into Hamid Abdi after protests in Misrata "
         "and Tripoli.", "Hamid Abdi"),
        ("Members of parliament in Mogadishu voted no confidence in Hassan Abdi, the planning "
         "minister.", "Hassan Abdi"),
        ("The tribunal began an investigation into Karim Khan over complaints filed by staff "
         "in Nairobi.", "Karim Khan"),
        ("Talks between Kabul and Karim Khalili broke down, a spokesman in Mazar-i-Sharif "
         "said.", "Karim Khalili"),
        ("The families of men killed near Abdullah Obeidi in Fallujah asked officials in "
         "Anbar for answers.", "Abdullah Obeidi"),
        ("Officials Open Probe Into Hamid Abdi In Benghazi", "Hamid Abdi"),
        # a group
        ("Infighting in Ansar al-Sharia split the movement in Sirte and Derna, a researcher "
         "said.", "Ansar al-Sharia"),
        # a newspaper
        ("Writing in Daily Jang, a columnist said police in Multan had detained nine men.",
         "Daily Jang"),
        # a number is no consonant
        ("Two soldiers were wounded at Tower 22, close to Rukban and Al-Tanf, officials "
         "said.", "Tower 22"),
    ],
)
def test_a_name_spelt_like_villages_is_no_place(nlp, text, name):
    places = _places(nlp, text)
    assert name not in places, places[name]
    assert len(places) >= 1  # the sentence's real places stay


def test_a_person_spelt_like_a_village_near_the_story_s_towns_is_no_place(nlp):
    # "Saleem Abdi" has the consonants of villages near Peshawar: still a man
    doc = nlp("Police in Peshawar and Mardan opened a probe into Saleem Abdi, a trader from "
              "Charsadda.")
    assert "Saleem Abdi" not in {p.text for p in doc._.places}
    assert "Saleem Abdi" not in {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}


def test_an_event_beside_a_person_spelt_like_a_village_stays_at_the_town(nlp):
    doc = nlp("A roadside bomb went off near Mohamed Abdi as he greeted elders in Beledweyne, "
              "killing two guards.")
    assert [e.place.text if e.place else None for e in doc._.events] == ["Beledweyne"]


def test_a_name_found_only_by_its_spelling_is_dropped_unless_located(nlp):
    # untagged or read as a facility, the name is recognised provisionally; far from the
    # story's places it is no place and leaves the entities
    doc = nlp("Writing in Daily Jang, a columnist said police in Multan had detained nine men.")
    assert doc.user_data[PROVISIONAL_KEY]  # it was a candidate
    assert "Daily Jang" not in {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}
    # near them it is a place, with coordinates
    found = _places(nlp, "Government troops shelled homes in Maarrat Masreen and Saraqib on "
                         "Sunday, killing four people.")
    assert found["Maarrat Masreen"].lat is not None


def test_three_consonants_never_make_a_place(nlp, gazetteer):
    # "Blue Line", "Al Akhbar": skeletons of dozens of villages
    places = nlp.get_pipe("frontlines_places")
    for name in ("Blue Line", "Al Akhbar"):
        assert len(fold_key(name)) < FOLD_LONG_KEY
        assert gazetteer.transliterations(name)  # a village's, to locate a name found
        assert not places._spelt_otherwise(name, 2)  # ... never to find one
    assert places._spelt_otherwise("Maarrat Masreen", 2)


def test_an_unlocated_provisional_name_gets_its_label_back(nlp):
    from spacy.tokens import Span

    from frontlines.nlp.geo import _provisional_kept
    from frontlines.resolve.place.reading import Resolved

    doc = nlp.make_doc("Guests left the Qasr Tamir Hotel and Bir Sawan Road near Hama.")
    hotel = Span(doc, 3, 6, label="GPE")  # read as a facility, then provisional
    road = Span(doc, 7, 10, label="GPE")  # untagged, then provisional
    town = Span(doc, 11, 12, label="GPE")
    doc.ents = [hotel, road, town]
    doc.user_data[PROVISIONAL_KEY] = [[3, 6, "FAC"], [7, 10, ""]]
    found = [(hotel, "location"), (road, "location"), (town, "location")]
    place_of = {3: Resolved(None, 0.0), 7: None, 11: Resolved(None, 0.0)}
    kept = _provisional_kept(doc, found, place_of)
    assert [s.text for s, _ in kept] == ["Hama"]  # a name found otherwise stays, located or not
    assert [(e.text, e.label_) for e in doc.ents] == [("Qasr Tamir Hotel", "FAC"), ("Hama", "GPE")]
