"""As-of dates of claims, session 24 (issue 20): a toll told right after a well-known attack
is named, and a number dated by when its source said it. Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import dated_claims as _run_all


def _as_of(nlp, text: str, published: str) -> dict[str, str | None]:
    return {c.text: c.as_of for c in _run_all(nlp, text, published)}


def test_a_toll_after_a_named_attack_is_of_its_day(nlp):
    text = ("The memo went out hours after the Benghazi attack. Two guards were killed at "
            "the second site.")
    assert _as_of(nlp, text, "2016-03-14")["Two"] == "2012-09-11"


def test_a_toll_after_a_named_doer_is_of_the_attack(nlp):
    text = ("Agents had once questioned the Boston Marathon bomber. Three people died and "
            "more than 200 were hurt.")
    found = _as_of(nlp, text, "2016-07-07")
    assert found["Three"] == "2013-04-15"


def test_no_attack_day_for_a_toll_of_its_own_event(nlp):
    text = ("Security was tightened after the Paris attacks. Two people were killed in a "
            "shooting in Lyon.")
    assert _as_of(nlp, text, "2017-03-14")["Two"] == "2017-03-14"


def test_no_attack_day_through_a_yardstick(nlp):
    text = "It was the worst bombing since the Boston Marathon bombing. Nine people died."
    assert _as_of(nlp, text, "2017-03-14")["Nine"] == "2017-03-14"


def test_no_attack_day_for_what_is_not_a_toll(nlp):
    text = "The mayor spoke a week after the Orlando nightclub shooting. Police arrested 12 men."
    assert _as_of(nlp, text, "2017-03-14")["12"] == "2017-03-14"


def test_no_attack_day_across_a_paragraph(nlp):
    text = "The memo went out hours after the Benghazi attack.\n\nTwo guards were killed."
    assert _as_of(nlp, text, "2016-03-14")["Two"] == "2016-03-14"


def test_no_attack_day_while_the_toll_may_still_rise(nlp):
    text = "The memo went out hours after the Orlando nightclub shooting. Five men died."
    assert _as_of(nlp, text, "2016-06-20")["Five"] == "2016-06-20"


def test_a_number_is_as_of_the_year_its_source_said_it(nlp):
    text = "Then, in 2019, the minister said that 5,000 soldiers would be deployed."
    assert _as_of(nlp, text, "2025-03-14")["5,000"] == "2019"


def test_a_number_is_as_of_the_month_of_a_noun_of_saying(nlp):
    text = "In March, the ministry said that 40 soldiers had been killed."
    assert _as_of(nlp, text, "2025-06-14")["40"] == "2025-03"


def test_a_date_of_another_clause_near_the_source_is_not_the_saying(nlp):
    text = "The army, which took the town in 2019, said 300 fighters remain there."
    assert _as_of(nlp, text, "2025-03-14")["300"] == "2025-03-14"


def test_a_year_of_an_attack_spelled_by_its_place_is_its_day(nlp):
    text = "The book recalls the 2012 attacks that left four Americans dead in Benghazi."
    assert _as_of(nlp, text, "2016-01-16")["four"] == "2012-09-11"
    text = "Two guards were killed in the 2016 shootings in Orlando."
    assert _as_of(nlp, text, "2018-01-16")["Two"] == "2016-06-12"


def test_an_attack_of_another_year_in_the_place_keeps_its_year(nlp):
    text = "In 2014, an attack in Paris killed 3 people."
    assert _as_of(nlp, text, "2018-01-16")["3"] == "2014"


def test_an_undated_toll_of_the_first_sentence_takes_the_date_the_story_gives_it(nlp):
    text = ("Clan quarrel leaves three men dead in border town. Three men were killed and "
            "two were hurt early on Saturday when rival clans fought in the market.")
    claims = _run_all(nlp, text, "2025-03-17")
    first = [c for c in claims if c.start < text.index(".")]
    assert [c.as_of for c in first] == ["2025-03-15"]


def test_a_toll_of_a_later_sentence_keeps_its_own_date(nlp):
    text = ("Rebels shelled the port on Monday. Police say three men died. Three men were "
            "killed in the north on Saturday.")
    found = [c.as_of for c in _run_all(nlp, text, "2025-03-17") if c.value == 3]
    assert found[0] != "2025-03-15"
