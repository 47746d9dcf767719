"""Place recognition and resolution read each name once (issue 21, speed): the caches
must change no answer, hand out lists a caller may change, and stay bounded."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontlines.nlp.geo import _text
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.gazetteer import CACHED_KEYS
from frontlines.resolve.place.names import name_key, never_a_place, normalise_place_name
from frontlines.resolve.place.ranker import candidate_features, fixed_features
from frontlines.resolve.place.resolver import ResolverWeights
from frontlines.resolve.place.streets import street_spans
from frontlines.resolve.place.weights import EMPTY_CONTEXT, StoryContext


def test_readings_are_read_once_and_handed_out_as_copies() -> None:
    gazetteer = Gazetteer()
    first = gazetteer.candidates("Mosul")
    assert first and first[0].place.country == "IQ"
    first.clear()  # a caller's own list: the cached readings are untouched
    hits = gazetteer._cached_readings.cache_info().hits
    again = gazetteer.candidates("mosul")  # the same key
    assert again and again[0].place.country == "IQ"
    assert gazetteer._cached_readings.cache_info().hits == hits + 1
    assert gazetteer._cached_readings.cache_info().maxsize == CACHED_KEYS


def test_cached_answers_match_a_fresh_query() -> None:
    cached, fresh = Gazetteer(), Gazetteer()
    for name in ["Raqqa", "Paris", "US", "Syrian", "Nowhereville Qqq", "Deir ez-Zor"]:
        cached.candidates(name)
        cached.is_place_name(name)
        assert cached.candidates(name) == list(fresh._readings_by_key(name_key(name)))
        assert cached.is_place_name(name) == fresh._is_place_key(name_key(name))
    assert cached.is_place_name("Mosul") and not cached.is_place_name("Syrian")


def test_place_kind_properties_are_stable() -> None:
    iraq = next(c.place for c in Gazetteer().candidates("Iraq") if c.place.is_country)
    assert iraq.is_country and iraq.is_country  # cached on first read, same answer
    assert iraq.admin_level == 0 == iraq.admin_level


def test_name_folding_is_pure() -> None:
    assert name_key("Ar-Raqqah") == name_key("Raqqa") == name_key("Ar-Raqqah")
    assert normalise_place_name("Tall ʿAfar") == "tall afar"
    # letters NFKD leaves whole fold to their plain forms, so their names get keys
    assert normalise_place_name("Tromsø") == "tromso"
    assert normalise_place_name("Łódź") == "lodz"
    assert normalise_place_name("Ærø Straße") == "aero strasse"
    assert name_key("Đakovica") == name_key("Dakovica")


def test_names_with_letters_nfkd_leaves_whole_have_readings() -> None:
    """``names.FOLDED_LETTERS``: before it, a name with "ø" got no lookup key at all."""
    gazetteer = Gazetteer()
    for name in ("Tromsø", "Bodø", "Østfold"):
        assert gazetteer.candidates(name), name
    assert never_a_place("n't") and never_a_place("n't") and not never_a_place("Mosul")


def test_span_text_from_the_doc_text() -> None:
    words = ["Fighters", "left", "Tal", "Afar", "'s", "old", "city", "."]
    spaces = [True, True, True, False, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert _text(doc[start:end]) == doc[start:end].text


def test_streets_still_found_after_the_capital_filter() -> None:
    words = ["A", "crash", "on", "40th", "Avenue", "South", "and", "on", "Highway", "10", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert [s.text for s in street_spans(doc)] == ["40th Avenue South", "Highway 10"]


def test_local_share_sums_the_votes() -> None:
    context = StoryContext({}, {}, {"IQ": 3.0, "SY": 1.0}, ())
    assert context.local_share("IQ") == 0.75
    assert context.local_share("SY") == 0.25
    assert StoryContext({}, {}, {}, ()).local_share("IQ") == 0.0


def test_fixed_features_give_the_features_read_afresh() -> None:
    """The resolver keeps a name's ``fixed_features`` over its voting passes: with them, the
    features (values and order, which the ranker's sum follows) are those worked out anew,
    whatever the story's vote, and one name's fixed terms are not another's."""
    gazetteer = Gazetteer()
    weights = ResolverWeights()
    places = [c.place for c in gazetteer.candidates("Mosul")[:2]]
    places += [c.place for c in gazetteer.candidates("Erbil")[:1]]
    votes = [StoryContext.of([(p, 0.7) for p in places], 1.0, 0.5, 500.0), EMPTY_CONTEXT]
    for name, qualifier in [("Paris", None), ("Georgia", None), ("Mosul", places[-1])]:
        readings = gazetteer.candidates(name)
        fixed = fixed_features(readings, qualifier, weights, None, True)
        for context in votes:
            fresh = candidate_features(readings, qualifier, context, weights, None, True)
            kept = candidate_features(readings, qualifier, context, weights, None, True, fixed)
            assert [list(f.items()) for f in kept] == [list(f.items()) for f in fresh]
    paris = fixed_features(gazetteer.candidates("Paris"), None, weights)
    georgia = fixed_features(gazetteer.candidates("Georgia"), None, weights)
    assert paris.head != georgia.head


def test_each_doc_gets_its_own_streets() -> None:
    """The street scan reads each Doc's own word array: a second Doc through it finds its
    own streets, not the first's, and a street word too far from a capital opens none."""
    vocab = spacy.blank("en").vocab
    first = Doc(vocab, words=["Shots", "on", "Van", "Dorn", "Street", "and", "Route", "9"])
    second = Doc(vocab, words=["A", "fire", "on", "Elm", "Road", "North", "."])
    far = Doc(vocab, words=["Near", "Big", "Old", "Grey", "Stone", "Mill", "Street", "."])
    assert [s.text for s in street_spans(first)] == ["Van Dorn Street", "Route 9"]
    assert [s.text for s in street_spans(second)] == ["Elm Road North"]
    assert [s.text for s in street_spans(far)] == ["Old Grey Stone Mill Street"]
    assert [s.text for s in street_spans(first)] == ["Van Dorn Street", "Route 9"]


def test_a_lone_reading_is_believed_wholly_whatever_it_scores() -> None:
    """The invariant behind reading a one-reading name's features in the last voting round
    only: one softmax weight of any finite score is exactly 1."""
    from frontlines.resolve.place.resolver import _beliefs

    reading = Gazetteer().candidates("Tikrit")[:1]
    for score in (0.0, -37.25, 12.5, 1e-9):
        assert _beliefs(reading, [score], 5) == [(reading[0].place, 1.0)]


def test_one_reading_names_get_their_own_story_features() -> None:
    """A one-reading name ("Tikrit", "Manbij") still gets the full features of the story it
    is in, voted on by that story's other names: two stories through one resolver give
    each its own, and the first read again gives its first answer (nothing kept between
    stories)."""
    from frontlines.resolve.place.resolver import ToponymResolver

    resolver = ToponymResolver(Gazetteer())
    iraq = ["Tikrit", "Mosul", "Kirkuk"]
    syria = ["Tikrit", "Raqqa", "Aleppo"]
    keys, candidates, first = resolver.ranked_readings(iraq)
    tikrit = keys[0]
    assert len(candidates[tikrit]) == 1
    row = first[tikrit][0]
    assert "log_population" in row and row["same_country"] > 0.0  # voted on, not empty
    other = resolver.ranked_readings(syria)[2][tikrit][0]
    assert other["same_country"] < row["same_country"]  # the other story's own vote
    assert resolver.ranked_readings(iraq)[2] == first
    assert [r.place.name if r.place else None for r in resolver.resolve_document_scored(iraq)][
        0
    ] == candidates[tikrit][0].place.name


def test_named_people_are_each_docs_own() -> None:
    """``named_people`` is kept on each Doc: a second Doc read after the first gives its
    own names, and a word in title case with no age, family or title gives none."""
    from frontlines.nlp.place_senses import named_people

    vocab = spacy.blank("en").vocab
    aged = Doc(vocab, words=["Ortega", ",", "31", ",", "was", "hurt", "there", "."])
    family = Doc(vocab, words=["Then", "the", "Quill", "family", "left", "town", "."])
    titled = Doc(vocab, words=["Later", "President", "Vance", "spoke", "to", "them", "."])
    plain = Doc(vocab, words=["Later", "Vance", "spoke", "to", "them", "there", "."])
    assert named_people(aged) == {"Ortega"}
    assert named_people(family) == {"Quill"}
    assert named_people(titled) == {"Vance"}
    assert named_people(plain) == frozenset()
    assert named_people(aged) == {"Ortega"}
    assert named_people(Doc(vocab, words=["Ortega", ","])) == frozenset()  # too short
