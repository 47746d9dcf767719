"""The place layer's speed paths of session 28 (issue 21) give the answers of the code they
stand in for. Our own sentences."""

from __future__ import annotations

from frontlines.nlp.geo import _sentence_start, _window_start, sentence_starts
from frontlines.nlp.place_cues import (
    capitalised_runs,
    forget_token_words,
    party_designations,
    token_words,
    word_positions,
)
from frontlines.resolve.place.ranker import PlaceRanker
from frontlines.resolve.place.reading import Toponym
from frontlines.resolve.place.resolver import _DIVISION_WORDS, _echoes
from frontlines.resolve.place.streets import street_spans

TEXT = (
    "Rep. Ann Roe, D-Ohio, said shelling hit the village of Dunmore near the Kajaki dam. "
    "Residents of Northern Marville fled along Highway 10 and down Elm Street in Dunmore. "
    "I saw them, she said, as the D and R camps argued."
)


def test_word_positions_are_a_scan(nlp):
    """``word_positions`` gives what a scan of the lower-case forms gives, for sets of one
    word, several, none present, and words met several times."""
    doc = nlp(TEXT)
    lower = token_words(doc)[1]
    for wanted in ({"of"}, {"dunmore", "the", "d", "r", "i"}, {"nowhere"}, {"said", ","},
                   set()):  # fmt: skip
        assert word_positions(doc, frozenset(wanted)) == [
            i for i, w in enumerate(lower) if w in wanted
        ]
    forget_token_words(doc)


def test_party_designations_and_runs(nlp):
    """The party letter found by its lower-case form still needs its capital: "D-Ohio" is a
    designation, the pronoun "I" and a lone "D" are none; the name runs skip taken words."""
    doc = nlp(TEXT)
    assert [doc[s:e].text for s, e in party_designations(doc)] == ["Ohio"]
    runs = capitalised_runs(doc, set())
    taken = {i for s, e in runs[:2] for i in range(s, e)}
    assert capitalised_runs(doc, taken) == [r for r in runs if not taken & set(range(*r))]
    forget_token_words(doc)


def test_window_start_is_the_bounded_sentence_start(nlp):
    doc = nlp(TEXT)
    starts = sentence_starts(doc)
    for i in range(len(doc)):
        span = doc[i : i + 1]
        for n in (0, 1, 3, 5, 40):
            expected = max(_sentence_start(span, starts), span.start - n)
            assert _window_start(span, starts, n) == expected
            assert _window_start(span, None, n) == expected


def test_streets_found_at_their_words(nlp):
    doc = nlp(TEXT)
    assert [s.text for s in street_spans(doc)] == ["Highway 10", "Elm Street"]
    assert street_spans(nlp("No road is named here.")) == []


def test_echoes_only_with_division_words():
    names = ["Karak", "Karak district", "Kansas", "Kansas City", "Mosul province", "Mosul"]
    toponyms = [Toponym(n) for n in names]
    keys = [n.lower() for n in names]
    assert _echoes(toponyms, keys, _DIVISION_WORDS) == {
        "karak": {"karak district"},
        "karak district": {"karak"},
        "mosul province": {"mosul"},
        "mosul": {"mosul province"},
    }


def test_ranker_score_sums_in_order():
    ranker = PlaceRanker({"a": 0.1, "b": -2.5, "c": 1e-17})
    features = {"b": 3.0, "zz": 4.0, "a": 0.7, "c": 1.0}
    assert ranker.score(features) == sum([-2.5 * 3.0, 0.0 * 4.0, 0.1 * 0.7, 1e-17 * 1.0])
    assert ranker.score({}) == 0
    assert ranker.score(features) == ranker.weighted_sum(features)

