"""As-of dates and whose numbers across sentences and paragraphs (issue 20, brief
clfields2: ``nlp/claims/dates.py``, ``whose.py``). Sentences written for this test."""

from __future__ import annotations

from frontlines.nlp.times import with_reference_date
from tests.claim_reading import claims_by_number as _claims


def test_a_toll_of_an_event_dated_earlier_is_as_of_that_event(nlp):
    text = ("Investigators are still studying the March 3 bombing of the central market.\n\n"
            "Officials met the families on Monday.\n\n"
            "The attack killed 45 people and wounded 80 others.")
    claims = _claims(nlp, text, "2024-03-20")
    assert claims[45.0].as_of == "2024-03-03"
    assert claims[80.0].as_of == "2024-03-03"  # "and wounded": the same event's toll


def test_a_count_that_tells_no_event_keeps_the_report_date(nlp):
    text = ("Investigators are still studying the March 3 bombing of the central market.\n\n"
            "Police arrested 12 people in the capital.")
    assert _claims(nlp, text, "2024-03-20")[12.0].as_of == "2024-03-20"


def test_no_date_from_the_next_paragraph(nlp):
    # The parser may run one sentence on across the blank line; the date after it is
    # another paragraph's.
    text = ("Gunmen on motorbikes killed 14 farmers near the river\n\n"
            "Soldiers arrived in the village on Friday")
    claims = _claims(nlp, text, "2024-06-10")  # a Monday
    assert claims[14.0].as_of == "2024-06-10"


def test_since_dates_the_count_only_on_the_counts_clause(nlp):
    fled = _claims(nlp, "More than 200,000 people have fled since the offensive began "
                        "in October.", "2024-01-10")  # fmt: skip
    assert (fled[200000.0].as_of, fled[200000.0].as_of_relation) == ("2023-10", "since")
    camps = _claims(nlp, "About 30,000 displaced people live in camps where they have "
                         "stayed since the floods of 2019.", "2024-01-10")  # fmt: skip
    assert camps[30000.0].as_of == "2024-01-10"


def test_a_count_broken_down_gives_no_subject_to_the_next(nlp):
    text = "At least 30, including four children, were killed and more than 60 were wounded."
    claims = _claims(nlp, text, "2024-01-10")
    assert claims[60.0].subject_text != "children"


def test_a_new_paragraph_is_not_told_on_from_the_one_before(nlp):
    text = ("In 2019, rebels stormed the town and seized the mine.\n\n"
            "The rebels killed 40 soldiers.")
    assert _claims(nlp, text, "2024-01-10")[40.0].as_of == "2024-01-10"
    same = _claims(nlp, "In 2019, rebels stormed the town and seized the mine. The rebels "
                        "killed 40 soldiers.", "2024-01-10")  # fmt: skip
    assert same[40.0].as_of == "2019"


def _owners(nlp, text: str) -> dict[float, str | None]:
    return {c.value: c.subject_text for c in nlp(text)._.claims if c.value is not None}


def test_a_pronoun_owner_stands_for_its_antecedent(nlp):
    said = _owners(nlp, "Army commanders have said that they could deploy 20,000 troops "
                        "to the border.")  # fmt: skip
    assert said[20000.0] == "Army commanders"
    before = _owners(nlp, "The Kurdish militia controls the northern valley. It has 3,000 "
                          "fighters there.")  # fmt: skip
    assert before[3000.0] == "Kurdish militia"
    apart = _owners(nlp, "The Kurdish militia controls the northern valley.\n\nIt has "
                         "3,000 fighters there.")  # fmt: skip
    assert apart.get(3000.0) != "Kurdish militia"


def test_who_does_what_a_gerund_after_by_does(nlp):
    owners = _owners(nlp, "The European Union responded by lifting sanctions and sending "
                          "40 tanks to the army.")  # fmt: skip
    assert owners[40.0] == "European Union"


def test_a_clause_saying_when_something_was_said_is_not_reported(nlp):
    when = nlp("The senator tweeted a prayer the day after a gunman killed 12 people at a "
               "school.")._.claims  # fmt: skip
    assert [c.source for c in when if c.value == 12.0] == [None]
    said = nlp("Witnesses described chaos as 30 people were wounded.")._.claims
    assert [c.source.text for c in said if c.value == 30.0 and c.source] == ["Witnesses"]



def test_an_abbreviated_month_the_model_reads_as_an_event_name_still_dates(nlp):
    """'the Aug. 19 consulate attacks': the model may tag "the Aug. 19" as an EVENT name, no
    DATE; the month pattern still finds it with the period the tokenizer keeps on "Aug."."""
    from spacy.tokens import Span

    text = ("Hotels report few lost bookings since the Aug. 19 consulate attacks in Kisumu, "
            "which left more than 90 people dead.")
    doc = with_reference_date(nlp.make_doc(text), "2001-09-20")
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":  # what the model does with some such names
            start = next(t.i for t in doc if t.text == "Aug.") - 1
            doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 3]
            doc.ents = [*doc.ents, Span(doc, start, start + 3, label="EVENT")]
    assert {t.text: t.value for t in doc._.times}.get("Aug. 19") == "2001-08-19"
    claim = next(c for c in doc._.claims if c.lower == 90.0)
    assert claim.as_of == "2001-08-19"


def test_a_toll_of_an_event_dated_by_its_verb_is_as_of_that_event(nlp):
    text = ("Even as gunmen attacked a police post in Kiruna, Sweden, on Sept. 14, 2019, the "
            "agency was told that troops were ready to help.\n\n"
            "The letter was sent by an aide in the evening.\n\n"
            "The six officers killed in the attack were buried.")
    assert _claims(nlp, text, "2021-05-02")[6.0].as_of == "2019-09-14"


def test_an_event_verb_dates_only_the_event_its_noun_names(nlp):
    text = ("The old fort was raided by soldiers in 1950.\n\n"
            "Mourners remembered the 12 people killed at the market in the bombing.")
    assert _claims(nlp, text, "2021-05-02")[12.0].as_of == "2021-05-02"


def test_a_date_on_a_clause_an_event_noun_is_subject_of_dates_that_event(nlp):
    text = ("The twin bombings killed 31 people on May 4, 2017.\n\n"
            "The trial opened on Monday.\n\n"
            "Nine people died in the blast at the station.")
    assert _claims(nlp, text, "2019-02-02")[9.0].as_of == "2017-05-04"


def test_a_decade_is_no_as_of(nlp):
    text = ("The regime is blamed for the deaths of as many as 40,000 people when it ruled "
            "in the late 1970s.")
    claims = _claims(nlp, text, "2001-02-02")
    assert claims[40000.0].as_of == "2001-02-02"
    assert _claims(nlp, "Rebels killed 40 soldiers in 1979.", "2001-02-02")[40.0].as_of == "1979"


def test_the_hurt_told_after_the_dead_are_of_the_same_toll(nlp):
    text = ("The twin blasts on May 4 killed 31 people in the capital. More than 400 people "
            "were injured, most of them students.")
    assert _claims(nlp, text, "2019-05-10")[400.0].as_of == "2019-05-04"
    other = _claims(nlp, "Rebels killed 12 soldiers on Monday. Police arrested five people.",
                    "2019-05-10")  # fmt: skip
    assert other[5.0].as_of == "2019-05-10"  # no toll: the report date


def test_the_hurt_of_another_event_are_no_part_of_the_toll(nlp):
    text = ("The twin blasts on May 4 killed 31 people in the capital. In a separate attack, "
            "12 people were injured.")
    assert _claims(nlp, text, "2019-05-10")[12.0].as_of == "2019-05-10"
