"""Answers the event coder reads more than once per Doc, kept while it reads one Doc.

The coder asks the same questions of a sentence again and again: the trigger words of a
type (every reading of the type, its idle cues, its other mentions), whether a word is
off its event sense, what phrase a word heads. Each answer depends on the parse alone,
which does not change while the coder runs, so it is worked out once (``per_doc``).
The store lives only while ``EventCoder.__call__`` reads its Doc (``reading``): nothing
is left on the Doc, and a function called outside the coder (a test, ``train``) works
it out every time, as it did before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

__all__ = [
    "doc_ents", "doc_sents", "entities", "kept", "lower_lemmas", "lemmas", "per_doc", "reading",
    "reads_doc", "sentence", "span_key",
]  # fmt: skip

P = ParamSpec("P")
R = TypeVar("R")

#: The Doc being read and its answers by question, while the coder reads it.
_STORE: ContextVar[tuple[Doc, dict[Any, Any]] | None] = ContextVar("events_memo", default=None)


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """Keep answers about ``doc`` until the block ends."""
    token = _STORE.set((doc, {}))
    try:
        yield
    finally:
        _STORE.reset(token)


def kept(doc: Doc, name: str, compute: Callable[[Doc], R]) -> R | None:
    """``compute(doc)``, worked out once while the coder reads ``doc`` (a whole-Doc
    table a per-sentence question reads); None outside the coder, where the caller
    reads its own words instead of making a table of the whole Doc per question."""
    store = _STORE.get()
    if store is None or store[0] is not doc:
        return None
    answers = store[1]
    if name not in answers:
        answers[name] = compute(doc)
    return answers[name]


def reads_doc(method: Callable[[Any, Doc], R]) -> Callable[[Any, Doc], R]:
    """A component's ``__call__`` that keeps answers about its Doc while it runs."""

    @wraps(method)
    def call(self: Any, doc: Doc) -> R:
        with reading(doc):
            return method(self, doc)

    return call


def span_key(value: Any) -> Any:
    """A hashable stand-in for an argument: a token by its index, a span by its bounds
    (spaCy makes a new object on each read, equal by position only)."""
    if isinstance(value, Token):
        return ("token", value.i)
    if isinstance(value, Span):
        return ("span", value.start, value.end)
    return value


#: No answer kept yet (an answer may itself be None).
_UNSEEN = object()


def per_doc(key: Callable[..., Any]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Remember ``func``'s answer per ``key(*args)`` while the coder reads the Doc of its
    first argument (a token or span). ``key`` must name everything the answer depends
    on besides the parse; a list answer is handed out as a new list each time, so a
    caller that changes it cannot change what the next caller gets."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        name = func.__qualname__

        @wraps(func)
        def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
            store = _STORE.get()
            if store is None or args[0].doc is not store[0]:  # type: ignore[attr-defined]
                return func(*args, **kwargs)
            answers = store[1]
            where = (name, key(*args, **kwargs))
            found = answers.get(where, _UNSEEN)
            if found is _UNSEEN:
                found = answers[where] = func(*args, **kwargs)
            return list(found) if isinstance(found, list) else found  # type: ignore[return-value]

        return remembered

    return decorate


#: Each lemma's lower-case form by its hash: a hash always names the same string, so
#: the table holds for every Doc and vocabulary; it grows only with new lemmas and is
#: emptied past ``LOWERED_MAX`` (a long ingest meets ever new names and numbers).
_LOWERED: dict[int, str] = {}
LOWERED_MAX = 200_000


def lower_lemmas(doc: Doc) -> list[str]:
    """Each token's ``lemma_.lower()``, read from one array of the Doc: no ``Token`` made
    per word (the coder scans every sentence's lemmas; most sentences tell no event). Each
    lemma is lowered once per process (``_LOWERED``): sorting the Doc's lemmas to lower
    each once per Doc was a twentieth of the layer's time."""
    keys = doc.to_array(LEMMA).tolist()
    lowered = _LOWERED
    new = set(keys).difference(lowered)
    if new:
        if len(lowered) + len(new) > LOWERED_MAX:
            lowered.clear()
            new = set(keys)
        strings = doc.vocab.strings
        for key in new:
            lowered[key] = strings[key].lower()
    return list(map(lowered.__getitem__, keys))


def lemmas(doc: Doc) -> list[str] | None:
    """``lower_lemmas(doc)`` made once while the coder reads ``doc``; None outside it."""
    return kept(doc, "lemmas", lower_lemmas)


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once while the coder reads ``doc`` (spaCy makes a new
    ``Span`` per sentence on each pass, and the coder's story-wide passes make several)."""
    found = kept(doc, "sents", lambda d: list(d.sents))
    return list(doc.sents) if found is None else found


def sentence(word: Token | Span) -> Span:
    """``word.sent``: the sentence of a token, or of a span's first token. spaCy finds it
    anew on each read, walking to the sentence's ends and slicing the Doc (about 10 µs,
    a hundred times a token's own attributes), and the coder's readings ask it of the
    same words again and again; while the coder reads the Doc each token's sentence is
    taken from one table of the Doc's sentences (``_sentences``). Outside the coder, and
    for a Doc whose sentences a hook defines or that has none, it is ``word.sent``."""
    table = kept(word.doc, "sentences", _sentences)
    if not table:
        return word.sent
    at = word.i if isinstance(word, Token) else word.start
    return table[at] if at < len(table) else word.sent


def _sentences(doc: Doc) -> list[Span]:
    """Each token's sentence, as ``Token.sent`` bounds it (from the first token marked
    as a sentence start at or before it up to the next one): ``doc.sents`` reads the
    same marks. Empty when hooks define the sentences or the Doc marks none, where
    ``Token.sent`` is read instead."""
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
        return []
    if not doc.has_annotation("SENT_START"):
        return []
    table: list[Span] = []
    for sent in doc_sents(doc):
        table.extend([sent] * len(sent))
    return table


def doc_ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, made once while the coder reads ``doc``: spaCy makes a ``Span`` for
    every entity on each read, and the coder's story-wide passes read them again and
    again (about 5 % of the layer's time on news)."""
    ents = kept(doc, "entities", lambda d: d.ents)
    return doc.ents if ents is None else ents


@per_doc(lambda span: (span.start, span.end))
def entities(span: Span) -> list[Span]:
    """``span.ents``: the entities wholly inside ``span``. spaCy's makes a ``Span`` for
    every entity of the Doc on each read; in the coder the Doc's are made once."""
    ents = kept(span.doc, "entities", lambda doc: doc.ents)
    if ents is None:
        return list(span.ents)
    found = []
    for ent in ents:  # as spaCy reads them: in order, up to one that runs past the span
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found
