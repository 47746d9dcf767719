"""Dates, places and actors of events (issue 19, round 7), on sentences written here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def test_a_proclaimed_event_is_dated_by_its_proclaiming(nlp):
    """Published on a Friday: "announced the activation of ... Thursday" did the activating by
    announcing it, that Thursday; "announced Wednesday that ..." only reports a clause."""
    (change,) = _events(nlp, "Ghana's interior minister Kofi Mensah announced the activation "
                             "of a reserve police unit Thursday on the sidelines of a summit "
                             "in Accra.")  # fmt: skip
    assert change.date == "2024-03-14" and change.date_source == "text", change
    told = _events(nlp, "The ministry announced Wednesday that police had arrested six men.")
    assert told and all(e.date != "2024-03-13" for e in told), told


def test_a_verb_with_a_silent_e_keeps_it_and_carries_its_event(nlp):
    """The rule lemmatizer read "staged" as "stag" and "waged" as "wag", so the carrying
    verb was not seen and its subject was not the doer; an undoubled consonant says the
    verb is "stage". "hopped" stays "hop"; "routed" (two vowels) stays as read."""
    lemmas = {t.text: t.lemma_ for t in nlp("Rebels staged raids, waged war and hopped "
                                            "borders while they were staging more.")}  # fmt: skip
    assert (lemmas["staged"], lemmas["waged"], lemmas["staging"]) == ("stage", "wage", "stage")
    assert lemmas["hopped"] == "hop"
    (coup,) = _events(nlp, "General Musa Baba staged a coup d'etat against President Ali Sow.")
    assert coup.actor1 is not None and coup.actor1.text == "General Musa Baba", coup
    assert coup.actor2 is not None and coup.actor2.text == "President Ali Sow", coup


def test_silent_e_forms_come_from_the_verb_index_alone():
    from frontlines.nlp.lemmas import silent_e_forms

    forms = silent_e_forms({"stage", "stag", "route", "rout", "hope", "hop", "bake"})
    assert forms == {"staged": "stage", "staging": "stage", "stages": "stage",
                     "hoped": "hope", "hoping": "hope", "hopes": "hope"}  # fmt: skip


def test_the_agent_of_a_harm_done_to_someone_is_its_doer_by_rank_too(nlp):
    """A deputy or a sheriff is a person by office, with no ending that says so: the
    "by" agent of shooting a named man did it; his county is where the deputy serves."""
    (shot,) = _events(nlp, "Marco Diaz was fatally shot in April by an off-duty Polk County "
                           "sheriff's deputy.")  # fmt: skip
    assert shot.actor1 is not None and "deputy" in shot.actor1.text, shot
    assert shot.place is not None and shot.place.name is not None
    assert "Polk" in shot.place.name, shot.place


def test_a_victim_s_home_town_is_not_where():
    """Only the doer's phrase names a local force's ground (``jurisdiction``)."""
    import spacy

    from frontlines.model import EventActor, Extractor, PlaceMention
    from frontlines.nlp.events.jurisdiction import jurisdiction

    nlp = spacy.blank("en")
    words = ["A", "Dayton", "doctor", "was", "shot", "."]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=[2, 2, 4, 4, 4, 4],
                           deps=["det", "compound", "nsubjpass", "auxpass", "ROOT", "punct"],
                           pos=["DET", "PROPN", "NOUN", "AUX", "VERB", "PUNCT"])  # fmt: skip
    place = PlaceMention(start=2, end=8, text="Dayton", role="location", geonames_id=1,
                         name="Dayton", lat=39.76, lon=-84.19, country="US", admin1=None,
                         feature_code="PPLA2", acled_precision=1, ucdp_precision=1,
                         extractor=Extractor("test", "0"))  # fmt: skip
    doctor = EventActor(text="Dayton doctor", actor=None, start=2, end=15)
    assert jurisdiction(doc[:], [place], [None]) is None  # the victim's is not passed
    assert jurisdiction(doc[:], [place], [doctor]) == place  # as a doer's, it is his ground


def test_a_continent_is_where_only_when_the_sentence_names_nothing_narrower(nlp):
    """ "The bombings in West Africa" names a region across borders; the strikes were in
    Mali, which the sentence names too. A continent alone still places its event."""
    text = ("Nine days after the deadly bombings in West Africa, French jets struck "
            "militant camps in Mali on Sunday.")  # fmt: skip
    strikes = [e for e in _events(nlp, text) if e.acled_sub_event == "Air/drone strike"]
    assert strikes and all(e.place is not None and e.place.country == "ML" for e in strikes)


def test_what_happened_as_it_was_told_has_the_telling_s_date(nlp):
    """ "In January" hangs on "said" in the parse; the escorting out, told in a "while"
    clause of that saying, happened then too. A date only on the saying ("said Wednesday
    that ...") still does not date what was said."""
    text = ("In January, while demonstrators were being escorted out of a campaign rally "
            "in Reno, the governor said, ''Good riddance.''")  # fmt: skip
    events = _events(nlp, text)
    assert events and all(e.date == "2024-01" for e in events), events
