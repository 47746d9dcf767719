"""Where an event happened when the place is what its verb acts on ("missiles hit Odesa",
"Odesa was shelled", "shelled Odesa and Mykolaiv"): the place layer reads such an object as
a place the gazetteer knows, and the event takes it as a locative "in X" would be taken,
before the story's earlier town. A person or an organisation struck is no place;
sentences written here."""

from __future__ import annotations

from tests.event_reading import events_on as _events

_BEFORE = "Shelling wounded two people in Kharkiv on Monday. "


def _place_of(nlp, text: str, word: str):
    """The place of the event whose sentence holds ``word``."""
    event = next(e for e in _events(nlp, text) if word in e.text)
    return event.place


def test_a_town_struck_is_the_event_s_place_not_the_story_s_earlier_town(nlp):
    place = _place_of(nlp, _BEFORE + "Russian missiles hit Odesa on Tuesday.", "missiles")
    assert place is not None and place.name == "Odesa" and place.acled_precision == 1, place


def test_a_passive_subject_struck_is_the_event_s_place(nlp):
    place = _place_of(nlp, _BEFORE + "Odesa was shelled on Tuesday.", "shelled")
    assert place is not None and place.name == "Odesa" and place.acled_precision == 1, place


def test_the_first_of_conjoined_objects_struck_is_the_event_s_place(nlp):
    text = _BEFORE + "Russian forces shelled Odesa and Mykolaiv on Tuesday."
    place = _place_of(nlp, text, "forces")
    assert place is not None and place.name == "Odesa", place


def test_a_name_the_model_reads_as_a_person_is_no_place_when_attacked(nlp):
    """A surname that is also a big town's ("the senator attacked Warren" in a campaign
    story) stays a person: politics attacks people far more often than towns."""
    doc = nlp("In a televised debate on Tuesday the senator attacked Warren over taxes.")
    assert not [p for p in doc._.places if p.text == "Warren"], doc._.places


def test_a_passive_subject_of_reach_or_visit_is_no_place_argument(nlp):
    """ "X could not be reached for comment" names a person: only a struck place's passive
    subject is the verb's place."""
    from frontlines.nlp.place_cues import PLACE_VERBS, object_of

    reached = nlp("Warren could not be reached for comment on Friday.")
    assert not object_of(reached[0], PLACE_VERBS)
    captured = nlp("Hollis was captured by the militia on Friday.")
    assert not object_of(captured[0], PLACE_VERBS)
    shelled = nlp("Mykolaiv was shelled overnight.")
    assert object_of(shelled[0], PLACE_VERBS)


def test_a_town_raided_is_the_event_s_place(nlp):
    place = _place_of(nlp, "Gunmen killed a man in Nablus on Monday. Israeli troops raided "
                      "Jenin.", "raided")  # fmt: skip
    assert place is not None and place.name == "Jenin", place


def test_a_person_attacked_is_no_place(nlp):
    doc = nlp("Protesters attacked Smith on Tuesday.")
    assert not doc._.places, doc._.places
    place = _place_of(nlp, _BEFORE + "Gunmen attacked John Smith on Tuesday.", "Gunmen")
    assert place is None or place.name == "Kharkiv", place


def test_an_organisation_attacked_is_no_place(nlp):
    assert not nlp("Gunmen attacked Shell on Tuesday.")._.places
    assert not nlp("The army hit Hamas hard on Monday.")._.places


def test_a_locative_after_a_common_object_still_places_the_event(nlp):
    text = _BEFORE + "Militants attacked a checkpoint near Kandahar on Tuesday."
    place = _place_of(nlp, text, "checkpoint")
    assert place is not None and place.name == "Kandahār" and place.acled_precision == 2, place
