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
        ("The cell ran at 0.8 A/cm2 for an hour.", "ampere per square centimetre"),
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
        ("Their daughter turned ten months old on the voyage.", "age_month", "month of age"),
        ("At 6 weeks of age, the pups open their eyes.", "age_week", "week of age"),
        ("A driver of age 74 was treated at the scene.", "age_year", "year of age"),
        ("Witnesses said a 63 yo farmer saw the convoy.", "age_year", "year of age"),
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
        ("The signal dropped to 38.2 Hz overnight.", ["down"]),
        ("The toll rose to 45 on Sunday.", ["up"]),
        ("Shares rose about 1.5% in early trading.", ["up"]),
        ("Stocks were down 1.7%, Ashford by 3.4% at noon.", ["down", "down"]),
        ("Prices went up to 5%.", ["<"]),  # a cap, not a move
        ("About 40 people were hurt.", ["~"]),  # no verb moves it
    ],
)
def test_change_from_the_governing_verb(nlp, text, changes):
    assert [q.change for q in nlp(text)._.quantities] == changes


@pytest.mark.parametrize(
    ("text", "unit_name"),
    [
        ("The capacitor stores 1.5 F of charge.", "farad"),
        ("It was 90 F in Miami on a hot summer afternoon.", "fahrenheit"),
        ("The suitcase weighs 43 pounds, over the weight limit.", "pound-mass"),
        ("The ticket cost 50 pounds at the box office.", "pound sterling"),
        ("The sailing yacht reached 20 kn in the strong wind.", "knot"),
        ("The viscosity of the oil was 20 P at room temperature.", "poise"),
    ],
)
def test_ambiguous_symbols_take_their_sense_from_the_sentence(nlp, text, unit_name):
    assert [name for _, _, name in units_of(nlp, text)] == [unit_name]


def test_a_lone_letter_is_no_unit_without_evidence_or_before_a_noun(nlp):
    assert [name for _, _, name in units_of(nlp, "They met 5 P on Friday.")] != ["poise"]
    assert [u for _, u, _ in units_of(nlp, "Group 5 B fighters attacked.")] != ["B"]


def test_unit_sense_model_fits_and_says_what_it_read(tmp_path, nlp):
    from frontlines.lab.train_units import train_unit_senses
    from frontlines.nlp.quantities.senses import senses_from_json

    rows = [{"text": f"The capacitor {w} stores {n} F of charge.", "unit": "farad"}
            for n, w in enumerate(["here", "there", "now"])]
    rows += [{"text": f"The weather {w} was {n} F and sunny.", "unit": "fahrenheit"}
             for n, w in enumerate(["here", "there", "now"])]  # fmt: skip
    path = tmp_path / "units.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    model = train_unit_senses(path, nlp)
    assert model["about"]["sentences_per_unit"] == {"fahrenheit": 3, "farad": 3}
    senses = senses_from_json(json.dumps(model))
    assert senses.choose("F", ["capacitor", "charge"]) == ("farad", True)
    assert senses.choose("F", ["weather"]) == ("fahrenheit", True)
    assert senses.choose("F", ["unknownword"]) == ("fahrenheit", False)  # the table's reading
    assert senses.choose("km", ["capacitor"]) is None
    path.write_text(json.dumps([{"text": "It is 5 km.", "unit": "kilometre"}]), encoding="utf-8")
    with pytest.raises(ValueError, match="no unit sentence"):
        train_unit_senses(path, nlp)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Banknotes come as 5 € and as 10 € notes.", "EUR"),
        ("The book costs 100 ₡ in San José.", "CRC"),
        ("The kidnappers were paid 3.5 BTC in March.", "BTC"),
        ("The fare was MXN$ 15 on Monday.", "MXN"),
    ],
)
def test_currency_signs_after_the_number_and_more_currencies(nlp, text, code):
    assert code in [u for _, u, _ in units_of(nlp, text)]


def test_a_lower_case_a_before_a_dollar_is_still_an_article(nlp):
    (q,) = nlp("A $5 fee was charged at the gate.")._.quantities
    assert q.unit == "USD"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The new trench runs 12 1/2 miles along the ridge.", [12.5]),
        ("Raceway Park is a 1/4 mile paved oval.", [0.25]),
        ("The ration was ½ loaf a day.", [0.5]),
        ("The shop is open 24/7 now.", []),  # no fraction: the numerator is not smaller
    ],
)
def test_written_fractions(nlp, text, values):
    assert [v for v, _, _ in units_of(nlp, text)] == values


def test_a_bare_level_after_a_move_takes_its_unit(nlp):
    found = units_of(nlp, "The gauge climbed 31.45 points to 2,918.60 by the close.")
    assert [u for _, u, _ in found] == ["point", "point"]


def test_a_price_per_unit_names_the_unit(nlp):
    (q,) = nlp("Natural gas closed at $2.24 per mmBTU on Friday.")._.quantities
    assert (q.unit, q.unit_name) == ("USD/mmbtu", "dollar per mega british thermal unit")
    (q,) = nlp("Gold sold at $40 per gram.")._.quantities
    assert q.unit_name == "dollar per gram"
