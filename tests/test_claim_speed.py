"""The claim stack's speed-ups (issue 20: quantities, times, attribution and claims within
0.25x the bare model) are caches and indexes: each must give the answer the plain scan
gave, on every input tried."""

from __future__ import annotations

import math

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from frontlines.model import TextSpan
from frontlines.nlp.attribution.component import _text_span, default_lexicon
from frontlines.nlp.attribution.cuemodel import logistic
from frontlines.nlp.attribution.features import Quoting, quoted_words, quoting
from frontlines.nlp.attribution.layout import layout_attributions
from frontlines.nlp.claims.carried import _last_words
from frontlines.nlp.claims.carried import span_text as _sentence_text
from frontlines.nlp.extensions import tokens_with_pos
from frontlines.nlp.quantities.reader import could_start_number, read_number
from frontlines.nlp.time_spans import DigitsMatcher
from frontlines.nlp.times import CLOCK_PATTERNS, KEYWORDS
from frontlines.vocab.numbers import FRACTIONS, SCALES, SHORT_SCALES, SMALL, VAGUE
from frontlines.vocab.units import Unit, UnitTable, _boundary, default_units


def _scan_after(table: UnitTable, text: str) -> tuple[Unit, int] | None:
    """The unit table's lookup as it was: every surface in turn, longest first."""
    for surface, unit in table.cased:
        if text.startswith(surface) and _boundary(text, len(surface)):
            return unit, len(surface)
    lowered = text.lower()
    for surface, unit in table.after:
        if lowered.startswith(surface) and _boundary(lowered, len(surface)):
            return unit, len(surface)
    return None


def _scan_before(table: UnitTable, text: str) -> tuple[Unit, int] | None:
    for surface, unit in table.before:
        if text.endswith(surface):
            cut = len(text) - len(surface)
            if cut == 0 or not text[cut - 1].isalnum():
                return unit, len(surface)
    return None


def test_unit_index_finds_what_the_scan_found() -> None:
    table = default_units()
    surfaces = [s for part in (table.after, table.cased, table.before) for s, _ in part]
    texts = ["", " ", "5", "kmh", "Km/h rose", "per cent of", "sq mi", "US$", "the €"]
    for surface in surfaces:
        texts += [surface, surface + "s", surface + " rose", surface.upper(), "x" + surface]
    for text in texts:
        assert table._match_one(text) == _scan_after(table, text), text
        assert table.match_before(text) == _scan_before(table, text), text


def test_unit_index_tries_only_surfaces_that_can_match() -> None:
    table = default_units()
    k_surfaces = table._index.after_by_first["k"]
    assert k_surfaces and len(k_surfaces) < len(table.after) // 4
    assert all(s.startswith("k") for s, _ in k_surfaces)
    assert [s for s, _ in k_surfaces] == [s for s, _ in table.after if s.startswith("k")]


def test_units_by_code_and_name_are_the_first_listed() -> None:
    table = default_units()
    for _, unit in table.after:
        assert table.get(unit.code) == next(u for _, u in table.after if u.code == unit.code)
    for part in (table.after, table.cased, table.before):
        for _, unit in part:
            first = next(
                u for p in (table.after, table.cased, table.before) for _, u in p
                if u.name == unit.name
            )  # fmt: skip
            assert table.named(unit.name) == first
    assert table.get("no-such-unit") is None and table.named("no such unit") is None
    assert table == UnitTable(table.after, table.before, table.cased)  # the index is no value


def test_words_passed_over_start_no_number() -> None:
    """The quantity pass reads a number only where ``could_start_number`` allows: wherever
    ``read_number`` finds one, it must allow it (digits, fractions, number words, signs)."""
    words = [
        *SMALL, *VAGUE, *FRACTIONS, *SCALES, *SHORT_SCALES, "a", "an", "A", "few", "several",
        "half", "Half", "minus", "Minus", "dozen", "couple", "of", "the", "all", "year", "and",
        "15,000", "1.5", ".5", "~1.2", "-5", "−3", "minus-1.4", "sub-500", "USD10m", "$5",
        "HK$216,925", "PS21,700", "INR1", "1/4", "3/4", "½", "2½", "¾", "640bhp", "1.7bn",
        "25k", "5km", "10th", "٣", "²", "x2", "COVID-19", "F-16", "9/11", "to", "per", "cent",
        "$", "€", "(", "-", "point", "zero", "1,000", "3", "million", "people", "said",
    ]  # fmt: skip
    doc = Doc(Vocab(), words=words)
    found = 0
    for i, token in enumerate(doc):
        for end in (i + 1, min(i + 3, len(doc)), len(doc)):
            if read_number(doc, i, end) is not None:
                found += 1
                assert could_start_number(token.text, token.lower_), token.text
    assert found > 40
    assert not could_start_number("people", "people")
    assert not could_start_number("Said", "said")


def test_cue_score_sums_as_before() -> None:
    weights = {"bias": -1.25, "lemma=say": 2.5, "quote=q": 0.1, "dep=ROOT": 1e-9}
    features = ["bias", "lemma=say", "unseen", "quote=q", "dep=ROOT", "lemma=say"]
    total = sum(weights.get(f, 0.0) for f in features)
    assert logistic(weights, features) == 1.0 / (1.0 + math.exp(-total))
    assert logistic({}, []) == 0.5


def test_quoting_records_are_shared_and_equal_fresh_ones() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp('He said "we left the town" and “they stayed”.')
    flags = quoting(doc[:])
    assert [q.inside for q in flags] == quoted_words(doc[:])
    assert flags == [Quoting(q.inside, True) for q in flags]
    assert len({id(q) for q in flags}) == 2  # inside or not, in a sentence with quote marks
    assert [q.inside for q in flags[:4]] == [False, False, False, True]
    plain = quoting(nlp("No one was quoted here.")[:])
    assert plain == [Quoting(False, False)] * 6


def test_attribution_spans_keep_their_text() -> None:
    words = ["Officials", "said", "“", "200", "fled", "”", "on", "Monday", "."]
    spaces = [True, True, False, True, False, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert _text_span(span) == TextSpan(span.start_char, span.end_char, span.text)


def test_last_words_of_a_sentence_skip_whitespace() -> None:
    words = ["The", "minister", "said", ":", "\n\n", "We", "will", "stay", ".", "\n"]
    spaces = [True, True, False, False, False, True, True, False, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            plain = [t for t in span if not t.is_space]
            assert _last_words(span, 3) == plain[-3:]
            assert _sentence_text(span) == span.text


def test_tokens_by_part_of_speech() -> None:
    words = ["Officials", "estimated", "the", "toll", "at", "40", "and", "said", "so", "."]
    tags = ["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "CCONJ", "VERB", "ADV", "PUNCT"]
    doc = Doc(Vocab(), words=words, pos=tags)
    for pos in ("VERB", "NOUN", "PROPN"):
        assert tokens_with_pos(doc, pos) == [t for t in doc if t.pos_ == pos]
    assert tokens_with_pos(Doc(Vocab(), words=["no", "tags"]), "VERB") == []
    assert tokens_with_pos(Doc(Vocab(), words=[]), "NOUN") == []


def test_source_kind_by_names_inside_it() -> None:
    words = ["Ahmed", "Saleh", ",", "a", "police", "officer", "from", "Mosul", ",", "said"]
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 7, 8, "GPE")]
    lexicon = default_lexicon()
    named = 0
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            person = any(e.label_ == "PERSON" for e in span.ents)
            expected = person or span.root.ent_type_ == "PERSON"
            assert (lexicon.kind_of(span) == "named_official") == expected, span.text
            named += person
    assert named == 9  # the spans around the whole name


def test_speaker_labels_read_from_the_doc_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The interview went on.\nMINISTER: We have taken back the town.\n")
    assert [(s.text, c.text) for s, c, _ in layout_attributions(doc)] == [("MINISTER", ":")]


def test_clock_times_found_as_the_matcher_found_them() -> None:
    nlp = spacy.blank("en")
    texts = [
        "The strike began at 1430 GMT and ended at 9:30 a.m. on Friday , or 21:05 utc .",
        "At 0930 gmt, 12:00 , 7:45pm , 2359 UTC and 2400 GMT ; 1:5 ET ; 10:30 EDT 10:30 est",
        "No clock here : 1,430 people , 3/4 , 14:30:00 , 99:99 et al , ١٢:٣٠ pm and 1430",
    ]
    ours = DigitsMatcher(CLOCK_PATTERNS)
    theirs = Matcher(nlp.vocab)
    theirs.add("CLOCK", CLOCK_PATTERNS)
    total = 0
    for text in texts:
        doc = nlp(text)
        expected = sorted((start, end) for _, start, end in theirs(doc))
        assert sorted(ours(doc)) == expected, text
        total += len(expected)
    assert total > 12
    assert all(p in KEYWORDS for p in CLOCK_PATTERNS)
