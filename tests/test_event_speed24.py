"""Shortcuts the event layer took in session 24 (issue 19's time budget) must change no
output: each table or cache is held to the slow answer it stands in for, and none may
carry one Doc's or one text's answer over to another. Sentences and words of our own."""

from __future__ import annotations

import random

from frontlines.nlp import beat
from frontlines.nlp.events import memo
from frontlines.nlp.events.acled_type import AcledTypeModel
from frontlines.nlp.events.plover import LinearTable, PloverModel, linear_scores
from frontlines.vocab.events import _WORD_RUN, EventLexicon, _runs_at


def _bounds(span) -> tuple[int, int]:
    return span.start, span.end


def test_a_words_sentence_from_the_table_is_spacys_and_each_doc_has_its_own(nlp) -> None:
    first = nlp("Rebels shelled the port on Monday. The army answered at dawn!\n\n"
                "Was the bridge hit? Nobody said.")  # fmt: skip
    second = nlp("Police fired tear gas. Protesters marched to the square on Friday.")
    assert memo.sentence(first[3]) is not memo.sentence(first[3])  # outside: spaCy's own
    for doc, other in ((first, second), (second, first)):
        with memo.reading(doc):
            for token in doc:
                assert _bounds(memo.sentence(token)) == _bounds(token.sent)
            for span in (doc[2:5], doc[4:9], doc[len(doc) - 1 :]):
                assert _bounds(memo.sentence(span)) == _bounds(span.sent)
            assert memo.sentence(doc[0]) is memo.sentence(doc[1])  # one table per Doc
            # a word of another Doc read meanwhile gets its own Doc's sentence
            for token in other:
                assert _bounds(memo.sentence(token)) == _bounds(token.sent)
                assert memo.sentence(token).doc is other
    with memo.reading(second):  # read again: its own sentences, not the first Doc's
        assert [_bounds(memo.sentence(t)) for t in second] == [_bounds(t.sent) for t in second]


def test_the_type_models_rows_sum_as_the_weights_do() -> None:
    rng = random.Random(24)
    plover = PloverModel.load()
    for model in (plover, plover.fast, AcledTypeModel.load()):
        if model is None:
            continue
        table = LinearTable(model.weights, model.labels)
        assert table.exact
        names = [*model.weights, "w:no-such-word", "b:no such"]
        for _ in range(200):
            features = rng.sample(names, rng.randint(0, 60))
            features += features[:3]  # a feature named twice counts twice, as before
            slow = linear_scores(model.weights, model.labels, features)
            fast = table.scores(features)
            assert list(fast) == list(slow)
            assert all(fast[k] == slow[k] for k in slow)  # the very same sums
    weights = {"a": {"X": 0.5}, "b": {"X": 1.5, "Y": -2.0}, "c": {}}
    assert LinearTable(weights, ("X", "Y")).scores(["b", "a", "zz", "c"]) == linear_scores(
        weights, ("X", "Y"), ["b", "a", "zz", "c"])
    assert LinearTable(weights, ("X", "Y")).scores([], {"b": 2.0}) == {"X": 3.0, "Y": -4.0}
    odd = LinearTable({"a": {"Z": 1.0}}, ("X",))  # a label no column holds: the walk
    assert not odd.exact


def _slow_starts(lexicon: EventLexicon, haystack: str) -> dict[str, list[int]]:
    """Every word run of the text walked, as the lexicon did before."""
    starts: dict[str, list[int]] = {}
    for run in _WORD_RUN.finditer(haystack):
        word = run.group()
        for type_id in (*lexicon._forms.get(word, ()), *lexicon._leads.get(word, ())):
            found = starts.setdefault(type_id, [])
            if not found or found[-1] != run.start():
                found.append(run.start())
    return starts


def test_cue_starts_found_word_by_word_are_the_runs_walked() -> None:
    lexicon = EventLexicon.load()
    texts = [
        "rebels shelled the town and shelling went on \n rebel shell the town",
        "re-shelled x-shell shell_ shell- -shell shell9 ²shell shellé éshell",
        "an air strike, air-strike and airstrike; the air strikes",
        "clashes clash clashed clash clash", "", "shell", "-shell", "shell-",
    ]
    for text in texts:
        assert lexicon._starts(text) == _slow_starts(lexicon, text), text
    text = "shell shell-x x-shell _shell shell"
    assert _runs_at(text, "shell") == [0, 6, 29] == [
        m.start() for m in _WORD_RUN.finditer(text) if m.group() == "shell"]


def test_the_last_text_read_is_kept_but_never_given_for_another() -> None:
    one = "Troops clashed with rebels near the border."
    two = "The central bank cut its rates."
    assert beat.read_words(one) == (one.lower(), beat._WORD.findall(one.lower()))
    assert beat.read_words(one) is beat.read_words(one)
    assert beat.read_words(two)[0] == two.lower()
    assert beat.read_words(one)[1] == beat._WORD.findall(one.lower())
