"""As-of dates of claims, session 24 (issue 20): a number dated by when its source said it
(``dates.said_date``), and tolls that stay as of their own story although the text near
them names a famous old attack or gives the same number another date (the rules that took
those dates were removed after review: they dated new attacks by old ones). Every sentence
here was made up for this file; none is taken or reworded from a bench story."""

from __future__ import annotations

from tests.claim_reading import dated_claims as _run_all


def _as_of(nlp, text: str, published: str) -> dict[str, str | None]:
    return {c.text: c.as_of for c in _run_all(nlp, text, published)}


def test_a_number_is_as_of_the_year_its_source_said_it(nlp):
    text = "Back in 2020, the health ministry said 75 soldiers had deserted."
    assert _as_of(nlp, text, "2024-11-05")["75"] == "2020"
    text = "Villagers said in 2017 that 14 militiamen had been killed in the raid."
    assert _as_of(nlp, text, "2024-07-20")["14"] == "2017"


def test_a_number_is_as_of_the_month_of_a_noun_of_saying(nlp):
    text = "The governor repeated his claim in October that 300 rebels hold the mountain pass."
    assert _as_of(nlp, text, "2025-03-14")["300"] == "2024-10"
    text = ("Clashes flared in the north. The agency's statement in April said 1,200 "
            "families had fled.")
    assert _as_of(nlp, text, "2025-06-01")["1,200"] == "2025-04"


def test_a_date_of_another_clause_near_the_source_is_not_the_saying(nlp):
    text = "The colonel, who retired in 2018, said 60 officers had been dismissed."
    assert _as_of(nlp, text, "2024-07-20")["60"] == "2024-07-20"


def test_a_since_on_the_saying_is_no_date_of_the_number(nlp):
    claims = _run_all(nlp, "Since 2021, the governor has said that 450 families are still "
                           "homeless.", "2025-09-02")  # fmt: skip
    assert [(c.as_of, c.as_of_relation) for c in claims if c.value == 450] == [("2025-09-02", "")]
    text = "Ever since 2016, officials have said that 2,000 fighters remain in the hills."
    assert _as_of(nlp, text, "2024-07-20")["2,000"] == "2024-07-20"


def test_a_toll_after_a_sentence_naming_an_old_attack_is_of_the_new_one(nlp):
    text = ("The march was held on the anniversary of the Oklahoma City bombing. Seven "
            "marchers were killed when a truck ploughed into them.")
    assert _as_of(nlp, text, "2021-04-19")["Seven"] == "2021-04-19"
    text = ("Mourners laid flowers beside a plaque for the victims of the Boston Marathon "
            "bombing. Two men were stabbed to death nearby.")
    assert _as_of(nlp, text, "2019-06-03")["Two"] == "2019-06-03"


def test_a_famous_attackers_name_does_not_date_a_new_attack(nlp):
    text = "The Fort Hood gunman killed three soldiers and wounded 14 others before he was shot."
    found = _as_of(nlp, text, "2015-06-01")
    assert (found["three"], found["14"]) == ("2015-06-01", "2015-06-01")


def test_a_headline_toll_does_not_take_the_date_of_another_event(nlp):
    text = ("Five dead in Mogadishu hotel siege. Five soldiers were killed in an unrelated "
            "ambush near Kismayo on Saturday.")
    claims = _run_all(nlp, text, "2025-04-14")
    assert claims[0].start < text.index(".") and claims[0].as_of == "2025-04-14"
    text = ("Gunmen kill four in Kaduna raid. Four farmers were killed in a similar raid in "
            "2021, residents recalled.")
    assert _as_of(nlp, text, "2025-04-14")["four"] == "2025-04-14"


def test_a_year_and_a_city_do_not_pick_one_listed_attack(nlp):
    text = "In 2015, a gunman in Paris killed 4 hostages at a kosher grocery."
    assert _as_of(nlp, text, "2020-01-16")["4"] == "2015"
