"""Shortcuts the event layer took in session 26 (issue 19's time budget) must change no
output: each answer kept per Doc is held to the slow answer it stands in for, a caller
that changes what it got cannot change the next caller's, and no Doc gets another's
answer for the same bounds. Sentences and words of our own."""

from __future__ import annotations

from frontlines.nlp.events import memo, plover, plover_words
from frontlines.nlp.events.factuality import _settings, load_realis_model
from frontlines.nlp.events.story_context import clause_words
from frontlines.nlp.events.tokens import _cue_rows, _cue_table, _cue_texts, _sentence_cue_texts

_FIRST = "Gunmen attacked a checkpoint near the river on 4 May. Two guards were wounded."
_SECOND = "Farmers sold their grain at the market. Prices rose again in the north."


def test_word_and_plover_features_kept_per_doc_are_the_slow_ones(nlp) -> None:
    first, second = nlp(_FIRST), nlp(_SECOND)
    slow = {id(doc): [(plover.word_features(s), plover.plover_features(s, "FIGHT"))
                      for s in doc.sents] for doc in (first, second)}  # fmt: skip
    assert slow[id(first)] != slow[id(second)]  # same bounds, other words: can tell apart
    for doc, other in ((first, second), (second, first)):
        with memo.reading(doc):
            for _ in range(2):  # worked out, then given from the table
                for n, sent in enumerate(doc.sents):
                    words, lemmas, features = plover.word_features(sent)
                    assert (words, lemmas, features) == slow[id(doc)][n][0]
                    features.add("changed by a caller")  # the next caller's is its own
                    lemmas.append("x")
                    assert plover.plover_features(sent, "FIGHT") == slow[id(doc)][n][1]
            for n, sent in enumerate(other.sents):  # read inside another Doc's reading
                assert plover.word_features(sent) == slow[id(other)][n][0]
        assert plover.plover_features(doc[:], "") == plover._plover_features(doc[:], "")
    names = plover_words.NAME_LABELS
    assert plover.word_features(first) == plover_words._word_features(first, names)


def test_clause_words_from_the_docs_tables_are_the_tokens(nlp) -> None:
    first, second = nlp(_FIRST), nlp(_SECOND)
    triggers = [first[1], second[1]]  # "attacked", "sold"
    slow = [clause_words(t) for t in triggers]
    assert slow[0] != slow[1]
    for doc in (first, second):
        with memo.reading(doc):
            for trigger, expected in zip(triggers, slow, strict=True):
                got = clause_words(trigger)
                assert got == expected and list(got) == list(expected)  # same order too


def test_cue_texts_from_the_table_cut_dates_as_the_rows_did(nlp) -> None:
    doc = nlp(_FIRST + " On 5 May, rebels shelled the 4 May camp; 6 May. ")
    rows, table = _cue_rows(doc), _cue_table(doc)
    assert table.dates  # the dates are cut: the comparison can differ
    spans = [*doc.sents, doc[:], doc[0:0], doc[3:9], doc[len(doc) - 3 :]]
    for span in spans:
        assert _sentence_cue_texts(span, table) == _cue_texts(span, rows) == _cue_texts(span)
    assert _cue_table(nlp("")) == (("", [0], [], []))


def test_the_realis_settings_are_each_models_own() -> None:
    model = load_realis_model()
    assert _settings(model) == (model.replaces, model.threshold)
    other = type(model)(model.weights, {**model.about, "threshold": 0.9, "replaces": ["negated"]})
    assert _settings(other) == (frozenset({"negated"}), 0.9)
    assert _settings(model) == (model.replaces, model.threshold)
