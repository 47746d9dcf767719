"""Shortcuts the event layer took in session 28 (issue 19's time budget) must change no
output: each is held to the slow answer it stands in for (the code outside the coder's
``memo.reading``, which reads every word as before), on sentences where the answer is
something and where it is nothing. Sentences and words of our own."""

from __future__ import annotations

import numpy as np

from frontlines.nlp.events import memo, news_day, participants, perpetrators, roles
from frontlines.nlp.events.frames import frame_text
from frontlines.nlp.events.plover import LinearTable, linear_scores
from frontlines.nlp.events.triggers import triggers
from frontlines.nlp.events.where_roles import _quotations
from frontlines.vocab.events import EventLexicon


def _read_both(doc, ask):  # the answer outside the coder, then inside it (twice: kept)
    slow = ask()
    with memo.reading(doc):
        fast, again = ask(), ask()
    return slow, fast, again


def test_a_claimant_is_found_only_where_the_text_names_the_claim(nlp) -> None:
    doc = nlp("Gunmen stormed the hotel on Monday. The Sahel Front claimed responsibility "
              "for the raid. Nobody took CREDIT for the blast at first.")
    for sent in doc.sents:
        slow, fast, again = _read_both(doc, lambda s=sent: participants.claimant(s))
        assert slow == fast == again
    answers = [participants.claimant(s) for s in doc.sents]
    assert answers[0] is None and answers[1] is not None  # the check can fail both ways
    assert "Sahel Front" in answers[1].text


def test_an_events_cue_words_are_kept_per_sentence_and_cues(nlp) -> None:
    doc = nlp("Protesters marched through the capital. The marches ended at dusk.")
    for sent in doc.sents:
        for cues in (("march",), ("marches", "protest"), ("dusk",), ()):
            slow, fast, again = _read_both(doc, lambda s=sent, c=cues: news_day._cue_words(s, c))
            assert [t.i for t in slow] == [t.i for t in fast] == [t.i for t in again]
    first = next(iter(doc.sents))
    with memo.reading(doc):  # other cues of the same sentence: their own answer
        assert [t.text for t in news_day._cue_words(first, ("march",))] == ["marched"]
        assert news_day._cue_words(first, ("dusk",)) == []


def test_perpetrators_read_only_the_event_nouns_and_give_the_same_answer(nlp) -> None:
    doc = nlp("Police said the Red Hand group was behind the bombing. Markets opened late.")
    for sent in doc.sents:
        slow, fast, again = _read_both(doc, lambda s=sent: perpetrators.perpetrators(s))
        assert [(a, n.i) for a, n in slow] == [(a, n.i) for a, n in fast] == [
            (a, n.i) for a, n in again]


def test_cue_words_by_stem_are_the_words_read_in_full(nlp) -> None:
    doc = nlp("The bombings and a later bomber shocked the town; bombast is no bomb.")
    sent = next(iter(doc.sents))
    for cues in (("bomb",), ("car bomb", "bomber"), ("shell",), ("",)):
        slow, fast, again = _read_both(doc, lambda c=cues: roles.cue_words(sent, c))
        assert [t.i for t in slow] == [t.i for t in fast] == [t.i for t in again]
    assert [t.text for t in roles.cue_words(sent, ("bomb",))][:2] == ["bombings", "bomber"]


def test_triggers_by_lemma_are_found_from_the_docs_lemmas(nlp) -> None:
    lexicon = EventLexicon.load()
    doc = nlp("Rockets struck the depot overnight. Jets were striking targets all day.")
    for sent in doc.sents:
        text = str(sent).lower()
        for match in lexicon.matches(text, text):
            slow, fast, again = _read_both(doc, lambda s=sent, m=match: triggers(s, m))
            assert [t.i for t in slow] == [t.i for t in fast] == [t.i for t in again]


def test_a_sentence_without_quotation_marks_has_no_quotation(nlp) -> None:
    doc = nlp('He said "we will stay" and left. They left without a word. It\'s over.')
    answers = [_quotations(s) for s in doc.sents]
    assert answers[0] and answers[1] == [] and answers[2] == []
    with memo.reading(doc):
        assert [_quotations(s) for s in doc.sents] == answers


def test_a_doc_without_a_frame_head_has_no_frame_text(nlp) -> None:
    plain = nlp("The council met on Monday. Members discussed the budget.")
    framed = nlp("Tanks rolled into the city on Monday. Residents watched.")
    for doc in (plain, framed):
        slow, fast, again = _read_both(doc, lambda d=doc: [frame_text(s) for s in d.sents])
        assert slow == fast == again
    with memo.reading(plain):  # one Doc's answer is not another's
        assert all(text == "" for text in (frame_text(s) for s in plain.sents))
        with memo.reading(framed):
            assert [frame_text(s) for s in framed.sents] == [
                frame_text(s) for s in framed.sents]


def test_linear_rows_sum_to_the_very_floats_of_the_plain_walk() -> None:
    rng = np.random.default_rng(28)
    labels = [f"L{n}" for n in range(7)]
    weights = {f"f{n}": {label: float(w) for label, w in zip(labels, rng.normal(
        size=7) * 10.0 ** rng.uniform(-4, 4), strict=True)} for n in range(400)}
    table = LinearTable(weights, labels)
    assert table.exact
    for _ in range(300):
        features = [f"f{n}" for n in rng.integers(0, 420, size=rng.integers(0, 120))]
        fast = table.scores(features)
        slow = linear_scores(weights, labels, features)
        assert list(fast) == list(slow)
        assert [np.float64(v).tobytes() for v in fast.values()] == [
            np.float64(v).tobytes() for v in slow.values()]
