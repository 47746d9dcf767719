"""The place layer's speed paths of session 26 (issue 21) give the answers of the code
they stand in for, and each Doc its own answers, never another Doc's (the earlier
sessions' are in ``test_place_speed``). Our own sentences."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter_spans

from frontlines.nlp.geo import _sentence_start, sentence_starts
from frontlines.nlp.place_cues import _NAME_WORDS_KEY, token_words
from frontlines.nlp.place_forms import filter_spans
from frontlines.nlp.place_senses import named_people
from frontlines.resolve.place.counties import (
    _GOVERNOR_AFTER,
    _GOVERNOR_OF,
    _SMALLER_UNIT,
    divisions_governed,
    governor_cues,
)
from frontlines.resolve.place.events import _STATE_BEFORE, _state_before
from frontlines.resolve.place.reading import Toponym
from tests.hand_docs import entity_doc


def test_filter_spans_is_spacys():
    """Random overlapping spans, ties of length and start included: the same spans kept,
    in the same order, as ``spacy.util.filter_spans`` keeps."""
    doc = entity_doc(["w"] * 30, [])
    rng = random.Random(26)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 28)
            spans.append(Span(doc, start, rng.randint(start + 1, min(30, start + 4)), label="GPE"))
        ours = [(s.start, s.end, id(s)) for s in filter_spans(spans)]
        theirs = [(s.start, s.end, id(s)) for s in spacy_filter_spans(spans)]
        assert ours == theirs


@pytest.mark.parametrize(
    "before",
    [
        "they fled the state of ", "in upstate ", "across western ", "in rural ",
        "said the Governor of ", "the STATE OF ", "in central ", "protesters in ",
        "a rally held in ", "", "north of the ", "in the NORTHERN ", "tanks near ",
        "ſtate of ", "in ", "Eastern ",
    ],
)  # fmt: skip
def test_state_words_precheck_reads_as_the_expression(before):
    assert _state_before(before) == bool(_STATE_BEFORE.search(before))


def _cue_by_expressions(text: str, t: Toponym) -> str:
    """``governor_cues``'s cue as the expressions alone read it (before the precheck)."""
    after, before = text[t.end : t.end + 30], text[max(0, t.start - 24) : t.start]
    if _SMALLER_UNIT.match(after):
        return ""
    if _GOVERNOR_OF.search(before):
        return "of"
    if m := _GOVERNOR_AFTER.match(after):
        return "'s" if m.group(0)[:1] in ("'", "\u2019") else "after"
    return ""


def test_governor_cues_read_once_give_the_expressions_cues():
    text = (
        "The Governor of Zaporizhzhia said Tuesday that Zaporizhzhia province was shelled; "
        "the Lviv governor and Odesa's deputy governor met in Kyiv. Governor of Nad Ali "
        "district Smith spoke. Sumy Oblast lies north; the PREFECTURE of Aichi."
    )
    names = ["Zaporizhzhia", "Zaporizhzhia", "Lviv", "Odesa", "Kyiv", "Nad Ali", "Sumy",
             "Aichi"]  # fmt: skip
    toponyms, at = [], 0
    for name in names:
        start = text.index(name, at)
        toponyms.append(Toponym(name, start, start + len(name)))
        at = start + len(name)
    keys = [n.lower() for n in names]
    cues = governor_cues(toponyms, keys, text)
    expected: dict[str, list[str]] = {}
    for t, k in zip(toponyms, keys, strict=True):
        expected.setdefault(k, []).append(_cue_by_expressions(text, t))
    assert cues == expected
    assert cues["lviv"] == ["after"] and cues["odesa"] == ["'s"]
    assert divisions_governed(toponyms, keys, text, cues) == divisions_governed(
        toponyms, keys, text
    )


def test_sentence_start_is_spacys(nlp):
    doc = nlp("Rockets hit Marville on Monday. Residents of Dunmore fled north. Quiet returned.")
    starts = sentence_starts(doc)
    assert starts is not None
    for i in range(len(doc)):
        span = doc[i : i + 1]
        assert _sentence_start(span, starts) == span.sent.start
    assert _sentence_start(doc[3:4], None) == doc[3:4].sent.start


def test_each_doc_gets_its_own_answers(nlp):
    """The Doc memos (name words, named people, the relabel answers) are each Doc's own:
    a Doc read after another gets what it gets read after a third, and the place pass
    leaves no name words behind on the Doc."""
    one = "Mr. Talbot met farmers near Talbot on Friday, officials said."
    two = "Floods reached Talbot and Dunmore on Friday, officials said."
    three = "Talbot, 41, and the Dunmore family left Talbot for Dunmore on Friday."

    def read(text: str) -> tuple[object, ...]:
        doc = nlp(text)
        assert _NAME_WORDS_KEY not in doc.user_data
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        places = [(p.start, p.end, p.role, p.geonames_id) for p in doc._.places]
        return named_people(doc), ents, places

    first, second = read(one), read(two)
    assert first[0] == frozenset({"Talbot"}) and second[0] == frozenset()
    read(three)
    assert read(two) == second
    read(two)
    assert read(one) == first
    doc = nlp(two)
    named, lower = token_words(doc)
    assert lower == [t.lower_ for t in doc]
    assert named[2]  # "Talbot"
    doc.user_data.pop(_NAME_WORDS_KEY)
