"""Units that generalise: the unit-sentence scorer, unit vocabulary, compound units."""

from __future__ import annotations

import json

import pytest

from frontlines.lab.quantities import ScoredQuantity, UnitScore, evaluate, load_newsquant


def test_unit_sentences_load_and_score_by_accuracy(tmp_path, nlp):
    path = tmp_path / "units.json"
    path.write_text(
        json.dumps(
            [
                {"text": "The road is 12 km long.", "unit": "kilometre", "surface_form": "km"},
                {"text": "It took 12 minutes.", "unit": "second", "surface_form": "minutes"},
            ]
        ),
        encoding="utf-8",
    )
    sentences = load_newsquant(path)
    assert [s.unit for s in sentences] == ["kilometre", "second"]
    metrics = evaluate(sentences, nlp)
    assert metrics == {"unit": {"n": 2, "correct": 1, "accuracy": 0.5, "with_unit": 1.0}}


def test_unit_score_counts_sentences_not_quantities():
    score = UnitScore()
    score.add("foot", [ScoredQuantity(3.0, "-", "="), ScoredQuantity(3.0, "foot", "=")])
    score.add("inch", [ScoredQuantity(3.0, "-", "=")])
    assert score.as_dict() == {"n": 2, "correct": 1, "accuracy": 0.5, "with_unit": 0.5}


def test_a_unit_sentence_without_a_unit_is_an_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"text": "x", "unit": 3}]), encoding="utf-8")
    with pytest.raises(ValueError, match="item 0"):
        load_newsquant(path)


def units_of(nlp, text):
    return [(q.value, q.unit, q.unit_name) for q in nlp(text)._.quantities]


@pytest.mark.parametrize(
    ("text", "unit_name"),
    [
        ("The field was above 10 kV/cm in the gap.", "kilovolt per centimetre"),
        ("A density of 1.3 A/cm2 was used.", "ampere per square centimetre"),
        ("Light covers 50 metres per millisecond here.", "metre per millisecond"),
        ("The dose was 120 μg each day.", "microgram per day"),
        ("Add 75ml of water.", "millilitre"),
        ("The wire is 2 picometres thick.", "picometre"),
        ("Water was kept at 70 degrees f all night.", "fahrenheit"),
        ("It was 34.5 celcius at noon.", "celsius"),
        ("They shipped 16,000 metric tons of grain.", "metric ton"),
        ("They shipped 1,458,000 tons of grain.", "ton"),
    ],
)
def test_composed_and_listed_units(nlp, text, unit_name):
    assert [name for _, _, name in units_of(nlp, text)] == [unit_name]


@pytest.mark.parametrize(
    ("text", "code", "unit_name"),
    [
        ("It happened when the baby was only ten months old.", "age_month", "month of age"),
        ("At 6 weeks of age, the pups open their eyes.", "age_week", "week of age"),
        ("The patient is a man of age 87 with hypertension.", "age_year", "year of age"),
        ("The patient is a 87 yo man with hypertension.", "age_year", "year of age"),
    ],
)
def test_ages_in_any_time_unit(nlp, text, code, unit_name):
    (q,) = nlp(text)._.quantities
    assert (q.unit, q.unit_name) == (code, unit_name)


def test_a_rate_needs_two_units_and_listed_entries_win():
    from frontlines.vocab.units import default_units

    units = default_units()
    assert units.match_after("km/h")[0].code == "kmh"  # listed, not kilometre per hour composed
    assert units.match_after("km/day")[0].name == "kilometre per day"
    assert units.match_after("km/fighter")[0].code == "km"  # no unit after the slash
    assert units.match_after("kilometres")[0].code == "km"  # the listed code, not a composed one


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("The grid's frequency fell to 49.55 Hz on Monday.", ["down"]),
        ("The toll rose to 45 on Sunday.", ["up"]),
        ("Shares rose about 1.5% in early trading.", ["up"]),
        ("Shares were down 2.3%, Burlington by 2.6% before the bell.", ["down", "down"]),
        ("Prices went up to 5%.", ["<"]),  # a cap, not a move
        ("About 40 people were hurt.", ["~"]),  # no verb moves it
    ],
)
def test_change_from_the_governing_verb(nlp, text, changes):
    assert [q.change for q in nlp(text)._.quantities] == changes
