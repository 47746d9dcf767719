"""As-of dates of claims (issue 20, ``nlp/claims/dates.py``): sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.nlp.claims.dates import month_of_week
from tests.claim_reading import dated_claims as _run_all
from tests.claim_reading import dated_claims_by_value as _run


def test_the_sentence_date_else_the_publication_date(nlp):
    claims = _run(nlp, "In 2023, rebels killed 40 soldiers. Police arrested 12 people.",
                  "2025-03-12")  # fmt: skip
    assert claims[40.0].as_of == "2023"
    assert claims[12.0].as_of == "2025-03-12"


def test_later_dates_from_the_sentence_before(nlp):
    text = ("Last month, gunmen ambushed a bus in the north. Days later, a roadside bomb "
            "killed 11 miners in the same district. The army now has 300 troops there.")
    claims = _run(nlp, text, "2025-03-12")
    assert claims[11.0].as_of == "2025-02"
    assert claims[300.0].as_of == "2025-03-12"  # no 'later': the report date


def test_an_undated_story_is_anchored_to_its_first_full_date(nlp):
    text = ("The offensive began in early November 2005 near the border. "
            "Officials said the operation killed 139 insurgents.")
    claims = _run(nlp, text, None)
    assert claims[139.0].as_of == "2005-11"


def test_since_and_by_are_kept_as_relations(nlp):
    claims = _run(nlp, "Since December, 400 people have been killed. By June, 2,000 people "
                  "had fled.", "2025-03-12")  # fmt: skip
    assert (claims[400.0].as_of, claims[400.0].as_of_relation) == ("2024-12", "since")
    assert (claims[2000.0].as_of, claims[2000.0].as_of_relation) == ("2024-06", "by")


@pytest.mark.parametrize(
    ("value", "month"),
    [("2025-W10", "2025-03"), ("2025-W01", "2025-01"), ("2026-W01", "2026-01"),
     ("2020-W53", "2020-12"), ("2025-03-12", "2025-03-12"), ("2025-W60", "2025-W60"),
     ("2025-03-12TNI", "2025-03-12"), ("2025-03-12T14:00", "2025-03-12")],
)
def test_a_week_is_as_of_its_month(value, month):
    assert month_of_week(value) == month


def test_a_past_sentence_taking_up_a_dated_one_shares_its_date(nlp):
    text = ("Tensions flared in 2019 after soldiers boarded a fishing boat. Six fishermen "
            "aboard were killed. The navy now has 400 sailors aboard its ships.")
    claims = _run(nlp, text, "2025-03-12")
    assert claims[6.0].as_of == "2019"
    assert claims[400.0].as_of == "2025-03-12"  # the present: the report date


def test_the_date_carries_through_a_chain_of_past_sentences(nlp):
    text = ("Last month, rebels ambushed an army convoy near the border. Days later, a mine "
            "killed nine miners in the valley. Officials said the valley was hit again, "
            "resulting in injuries to five soldiers.")
    claims = _run(nlp, text, "2025-03-12")
    assert claims[9.0].as_of == "2025-02"
    assert claims[5.0].as_of == "2025-02"


def test_a_present_perfect_count_is_as_of_the_report(nlp):
    text = "In 2019, the rebels seized the town. The rebels have killed 300 people."
    claims = _run(nlp, text, "2025-03-12")
    assert claims[300.0].as_of != "2019"


def test_the_reporting_day_is_the_one_next_to_the_cue(nlp):
    from frontlines.nlp import times

    text = ("Raiders burned two farms on Saturday. On Sunday, the police said they had "
            "detained 17 suspects.")
    doc = nlp(times.with_reference_date(nlp.make_doc(text), "2024-05-17"))
    (claim,) = doc._.claims
    assert claim.reported == "2024-05-12"


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        # a clause in the present or perfect is about the report date, whatever the
        # clauses under it date
        ("Violence that erupted in March has killed more than 50 people.", 50.0, "2025-03-12"),
        ("The conflict, which began in 2011, has displaced 6 million people.", 6e6,
         "2025-03-12"),
        ("The group, founded in 2002, has about 5,000 fighters.", 5000.0, "2025-03-12"),
        ("The militants, who seized the town in June, are holding 40 hostages.", 40.0,
         "2025-03-12"),
        # a finished event takes its own clause's date first, else the sentence's
        ("In 2023, 88 people died in such attacks; in 2024 the number rose to 388.", 88.0,
         "2023"),
        ("The attack, which happened on Tuesday, killed 5 people.", 5.0, "2025-03-11"),
    ],
)
def test_a_date_from_another_clause(nlp, text, value, as_of):
    assert _run(nlp, text, "2025-03-12")[value].as_of == as_of


def test_a_breakdown_with_including_shares_the_count_s_date(nlp):
    text = ("The March 3 shelling killed 41 civilians, including 9 children, and wounded 70"
            " people, the ministry said on April 20.")
    claims = _run(nlp, text, "2025-04-21")
    assert claims[41.0].as_of == "2025-03-03"
    assert claims[9.0].as_of == "2025-03-03"  # not the day the ministry said it
    text = "Police are hunting the gang which abducted 30 villagers, including 6 women, on May 2."
    claims = _run(nlp, text, "2025-05-20")
    assert claims[6.0].as_of == claims[30.0].as_of == "2025-05-02"


def test_a_relative_clause_on_the_counted_people_dates_them(nlp):
    # (a collapse, a mishap, would be no conflict toll at all: the miners here were attacked)
    text = ("The mayor says he still grieves for the 12 miners who were killed in the attack"
            " on the pit in March 2019.")
    claims = _run(nlp, text, "2021-05-04")
    assert claims[12.0].as_of == "2019-03"  # not the day the mayor says it


def test_items_of_a_list_share_the_date_of_its_lead(nlp):
    # the "." is what a lost bullet glyph leaves at the start of each item line
    text = ("On March 4, allied aircraft conducted 21 strikes against rebel positions.\n"
            "North\n"
            ".\u00a0 \u00a0 Near Kalbor, two strikes engaged a rebel unit.\n"
            ".\u00a0 \u00a0 Near Tessen, five strikes destroyed three trucks.\n"
            "East\n"
            "- Near Dorvan, three strikes destroyed a bridge.")
    claims = _run(nlp, text, "2021-03-06")
    assert [claims[v].as_of for v in (21.0, 2.0, 5.0, 3.0)] == ["2021-03-04"] * 4


def test_a_list_item_in_the_present_perfect_keeps_the_report_date(nlp):
    text = ("On March 4, allied aircraft conducted 21 strikes against rebel positions.\n"
            "- Rebels have lost 200 fighters in the valley.")
    assert _run(nlp, text, "2021-03-06")[200.0].as_of == "2021-03-06"


def test_a_sentence_repeating_who_did_it_breaks_the_dated_one_down(nlp):
    text = ("On March 4, allied aircraft conducted 21 strikes against rebel positions. "
            "In the north, allied aircraft conducted 14 strikes against depots.")
    assert _run(nlp, text, "2021-03-06")[14.0].as_of == "2021-03-04"
    other = ("On March 4, allied aircraft conducted 21 strikes against rebel positions. "
             "Rebel gunmen killed 14 villagers in the north.")
    assert _run(nlp, other, "2021-03-06")[14.0].as_of == "2021-03-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twin car bombs in Gulu and Lira on May 3 killed 140 people and wounded more than "
         "900. Of those killed, 23 died in Lira.", 23.0),
        ("Rebels stormed the town of Kitgum on May 3 and killed 60 people. Among the dead "
         "were 14 children.", 14.0),
    ],
)
def test_a_part_of_those_told_before_shares_their_date(nlp, text, value):
    """'Of those killed, 23 ...', 'Among the dead were 14 ...': the sentence breaks the count
    before it down, so it is of that count's date, not the report's."""
    assert _run(nlp, text, "2024-05-20")[value].as_of == "2024-05-03"


def test_others_shot_after_a_dated_shooting_share_its_date(nlp):
    """'two years ago this week' is that week two years back; "More than a dozen others
    were also shot" counts people besides the one just told of, so it takes that sentence's
    date (a week, given as its month)."""
    text = ("Two years ago this week, the senator was gravely wounded in a gun attack on "
            "a town meeting. More than a dozen others were also shot.")
    claims = {c.lower: c for c in _run_all(nlp, text, "2024-05-20")}
    assert claims[12.0].as_of == "2022-05"


@pytest.mark.parametrize(
    "text",
    [
        "Militias raided the village of Boro on June 8 and burned 40 homes. Among the other "
        "incidents, 17 farmers were abducted.",
        "Militias raided the village of Boro on June 8 and killed 40 people. Among the other "
        "incidents in the region, 17 farmers were killed in a fire.",
    ],
)
def test_a_definite_group_that_is_no_victims_takes_no_date_from_before(nlp, text):
    """'Among the other incidents' picks out no part of a count just told: only a group of
    victims ('Among the dead', 'Of those killed') breaks such a count down."""
    assert _run(nlp, text, "2024-06-20")[17.0].as_of == "2024-06-20"


def test_a_speaker_called_others_ties_no_claim_to_the_sentence_before(nlp):
    """'Others said ...': 'others' is who speaks, not people besides those just counted, so
    the number in what they said keeps its own date."""
    text = ("On June 8, militias raided the village of Boro, burned 40 homes and drove many "
            "families into the hills. Others said that 17 farmers were killed by soldiers.")
    assert _run(nlp, text, "2024-06-20")[17.0].as_of == "2024-06-20"


@pytest.mark.parametrize("text", [
    "The blockade began in 2019. Since then, 3,100 people have been killed.",
    "The blockade began three years ago. Over the same period some 3,100 people have died.",
])  # fmt: skip
def test_a_count_running_on_from_the_sentence_before_holds_at_the_report(nlp, text):
    claim = _run(nlp, text, "2022-06-01")[3100.0]
    assert claim.as_of_relation == "since"  # its date is where it counts from
    assert claim.holds_at == "2022-06-01"


def test_a_finished_event_dated_from_the_sentence_before_keeps_that_date(nlp):
    text = "Rebels shelled the port on May 4. The next day, 17 dockers were killed."
    claim = _run(nlp, text, "2022-06-01")[17.0]
    assert claim.holds_at == "2022-05-05" and claim.as_of_relation != "since"


@pytest.mark.parametrize("text", [
    "Militias took the bridge in April. Later, the governor said 25 guards have been killed.",
    "Militias took the bridge in April. Afterwards, the governor told reporters that 25 "
    "guards have died.",
])  # fmt: skip
def test_a_present_perfect_said_in_the_past_does_not_run_to_now(nlp, text):
    claim = _run(nlp, text, "2022-06-01")[25.0]
    assert claim.as_of_relation != "since"  # held at when it was said, not at the report
    assert claim.holds_at != "2022-06-01"
