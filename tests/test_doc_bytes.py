"""Docs our pipeline ran on serialise: ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` give back the same typed records."""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any, get_args, get_type_hints

import pytest
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from frontlines.model import Article, Event, EventActor, Extractor, PlaceMention, TextSpan
from frontlines.nlp.doc_bytes import (
    RECORD_TAG,
    RECORD_TYPES,
    DocScratch,
    decode_record,
    encode_record,
)
from frontlines.nlp.extensions import doc_text, scratch
from frontlines.nlp.pipeline import doc_to_record, model_extractor, prepared_doc
from frontlines.nlp.place_senses import named_people

#: Invented wire copy: strikes, a count of the dead, places and a speaker.
ARTICLES = (
    Article(
        id="a",
        published="2021-04-12",
        text=(
            "Shelling hits Kharkiv suburb\n\n"
            "Artillery fire struck a market on the edge of Kharkiv on Sunday, killing four "
            "people and wounding nine, regional officials said. The governor, Petro Lanko, 51, "
            "said the shells came from positions north of the city."
        ),
    ),
    Article(
        id="b",
        published="2020-09-30",
        text=(
            "Rebels seize town in northern Mali\n\n"
            "Armed fighters took control of Menaka late on Tuesday after a clash with the "
            "army in which at least 12 soldiers died, a military spokesman told reporters. "
            "About 3,000 residents have fled toward Gao since the fighting began."
        ),
    ),
    Article(
        id="c",
        published="2019-02-03",
        text=(
            "Protesters march in Khartoum\n\n"
            "Thousands of demonstrators marched through central Khartoum on Saturday to demand "
            "lower bread prices. Police fired tear gas and arrested 40 people, a rights group said."
        ),
    ),
)
NAMES = ("events", "claims", "places", "quantities", "times", "attributions",
         "event_features", "claim_features", "reference_date", "reference_source")  # fmt: skip


def _run(nlp: Language, article: Article) -> Doc:
    return nlp(prepared_doc(nlp, article))


def _same_values(first: Doc, second: Doc) -> None:
    for name in NAMES:
        a, b = getattr(first._, name), getattr(second._, name)
        if isinstance(a, list):  # spaCy reads a list back as a list or a tuple
            assert list(b) == a, name
        else:
            assert b == a, name


def test_a_record_goes_through_msgpack_as_itself() -> None:
    where = PlaceMention(start=20, end=27, text="Kharkiv", role="location", geonames_id=706483,
                         name="Kharkiv", lat=49.98, lon=36.25, country="UA", admin1="07",
                         feature_code="PPLA", acled_precision=1, ucdp_precision=1,
                         extractor=Extractor("geo", "1"), confidence=0.75)  # fmt: skip
    event = Event(type="shelling", acled_event="Explosions/Remote violence",
                  acled_sub_event="Shelling/artillery/missile attack", case_label="x",
                  plover="ASSAULT", plover_mode="", actor1=None,
                  actor2=EventActor(text="people", actor=None, start=30, end=36), place=where,
                  date="2021-04-11", date_precision=1, date_source="text", fatalities=4,
                  cues=("struck", "shells"), start=0, end=80, text="Artillery fire struck",
                  extractor=Extractor("events", "2"), confidence=0.5,
                  evidence=(TextSpan(90, 120, "the shells came"),))  # fmt: skip
    back = srsly.msgpack_loads(srsly.msgpack_dumps({"found": [event]}))["found"][0]
    assert back == event and isinstance(back.cues, tuple) and isinstance(back.evidence, tuple)


def _inner_types(hint: Any) -> set[Any]:
    found = {hint}
    for arg in get_args(hint):
        found |= _inner_types(arg)
    return found


def test_every_record_inside_a_record_is_registered() -> None:
    """A record type added to a field (a new part of an event) must be registered too, or
    msgpack cannot write the Docs that carry one."""
    for cls in RECORD_TYPES:
        for hint in get_type_hints(cls).values():
            inner = {t for t in _inner_types(hint) if isinstance(t, type) and is_dataclass(t)}
            assert inner <= set(RECORD_TYPES), (cls.__name__, inner - set(RECORD_TYPES))


def test_a_scratch_is_written_as_nothing_and_other_maps_pass() -> None:
    cache = DocScratch()
    cache.values["people"] = frozenset({"Lanko"})
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"cache": cache})) == {"cache": None}
    plain = {"kind": "note", RECORD_TAG: "NoSuchRecord"}
    assert decode_record(dict(plain)) == plain
    assert encode_record(3.5, chain=lambda x: ("chained", x)) == ("chained", 3.5)


def test_doc_round_trip_keeps_records(nlp: Language) -> None:
    doc = _run(nlp, ARTICLES[0])
    assert doc._.events and doc._.places and doc._.attributions  # a test that can fail
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    _same_values(doc, again)
    ner = model_extractor(nlp)
    assert doc_to_record(ARTICLES[0], again, ner) == doc_to_record(ARTICLES[0], doc, ner)


def test_docbin_with_user_data_keeps_records(nlp: Language) -> None:
    docs = [_run(nlp, a) for a in ARTICLES[:2]]
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    read = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    for doc, again in zip(docs, read, strict=True):
        _same_values(doc, again)


def test_caches_are_recomputed_after_a_round_trip(nlp: Language) -> None:
    doc = _run(nlp, ARTICLES[0])
    assert "Lanko" in named_people(doc)
    other = Doc(nlp.vocab)
    assert doc_text(other) == "" and not named_people(other)
    other.from_bytes(doc.to_bytes())  # into a Doc that had cached its own (empty) text
    assert not isinstance(other.user_data.get("frontlines.scratch"), DocScratch)
    assert doc_text(other) == doc.text and "Lanko" in named_people(other)
    assert isinstance(scratch(other), dict)


def test_pipe_in_two_processes_gives_the_same_records(nlp: Language) -> None:
    ner = model_extractor(nlp)
    pairs = [(prepared_doc(nlp, a), a) for a in ARTICLES]
    one = [doc_to_record(a, d, ner) for d, a in nlp.pipe(pairs, as_tuples=True)]
    pairs = [(prepared_doc(nlp, a), a) for a in ARTICLES]
    two = [doc_to_record(a, d, ner)
           for d, a in nlp.pipe(pairs, as_tuples=True, n_process=2, batch_size=1)]  # fmt: skip
    assert sum(len(p.events) + len(p.claims) for p in one) >= 3
    assert two == one


def test_a_copied_doc_starts_with_its_own_cache(nlp: Language) -> None:
    """``Span.as_doc(copy_user_data=True)`` copies each user_data value: the sentence's
    Doc must not read, or overwrite, the article's cached text."""
    doc = _run(nlp, ARTICLES[0])
    whole = doc_text(doc)
    sentence = list(doc.sents)[-1].as_doc(copy_user_data=True)
    assert doc_text(sentence) == sentence.text != whole
    assert scratch(sentence) is not scratch(doc)
    assert doc_text(doc) == whole
    assert srsly.pickle_loads(srsly.pickle_dumps(DocScratch())).values == {}


def test_a_retokenized_doc_gets_a_fresh_cache(nlp: Language) -> None:
    doc = _run(nlp, ARTICLES[0])
    before = named_people(doc)
    assert before
    with doc.retokenize() as retokenizer:
        for ent in doc.ents:
            if len(ent) > 1:
                retokenizer.merge(ent)
    assert doc_text(doc) == doc.text
    assert named_people(doc) is not before  # recomputed on the merged tokens


def test_a_record_missing_a_required_field_is_a_clear_error() -> None:
    written = {RECORD_TAG: "Extractor", "name": "events"}
    with pytest.raises(ValueError, match="Extractor.*version"):
        decode_record(written)


@pytest.mark.parametrize("name", ["events", "claims"])
def test_an_unset_attribute_round_trips_as_none(nlp: Language, name: str) -> None:
    doc = nlp.make_doc("A short line.")
    assert getattr(Doc(nlp.vocab).from_bytes(doc.to_bytes())._, name) is None
