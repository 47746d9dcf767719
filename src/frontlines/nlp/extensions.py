"""The ``Doc._`` attributes our components set and read, declared in one place.

Each component declares what it sets (and what it reads), so it also works
in someone else's pipeline where the components before it are missing:
an undeclared or unset attribute reads as an empty list. Importing this module registers
how the values serialise (``frontlines.nlp.doc_bytes``): a Doc our components ran on
goes through ``doc.to_bytes()``, ``DocBin`` and ``nlp.pipe(n_process=...)``.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from frontlines.nlp.doc_bytes import DocScratch

__all__ = [
    "declare",
    "doc_text",
    "items",
    "reported_root",
    "scratch",
    "sentences_of",
    "tokens_with_pos",
]

_TEXT_KEY = "frontlines.text"
_SCRATCH_KEY = "frontlines.scratch"


def declare(*names: str) -> None:
    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def items(doc: Doc, name: str) -> list[Any]:
    """``doc._.<name>`` as a list; empty when nothing set it."""
    if not Doc.has_extension(name):
        return []
    return list(getattr(doc._, name) or [])


def scratch(doc: Doc) -> dict[str, Any]:
    """The Doc's cache of what components compute once per Doc and read many times. It
    sits in ``Doc.user_data`` (a Doc's copy keeps it, and it dies with the Doc) but is
    written as nothing when the Doc is serialised: a Doc read back computes it again from
    itself, never carrying a value that is not msgpack's or that went stale. A copy of
    the Doc starts empty; a Doc whose number of tokens changed since (``retokenize``,
    ``from_bytes`` into it) gets a fresh cache. Changing a Doc in place without changing
    its length (setting ``doc.ents`` between two components that read a cache) is not
    noticed: our pipeline's caches are read only after the parse and entities are set."""
    held = doc.user_data.get(_SCRATCH_KEY)
    tokens = len(doc)
    if not isinstance(held, DocScratch) or held.tokens != tokens:
        held = doc.user_data[_SCRATCH_KEY] = DocScratch(tokens)
    return held.values


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc: spaCy joins every token each time it is read, so
    slicing it once per number or sentence made long articles quadratic."""
    cache = scratch(doc)
    text = cache.get(_TEXT_KEY)
    if text is None:
        text = cache[_TEXT_KEY] = doc.text
    return text


def tokens_with_pos(doc: Doc, pos: str) -> list[Token]:
    """The Doc's tokens whose coarse part of speech is ``pos`` ("VERB"), in order: the parts
    of speech read as one array, so a pass that looks only at verbs or nouns does not make
    a token object for every word of the story first."""
    wanted = doc.vocab.strings[pos]
    return [doc[int(i)] for i in (doc.to_array(POS) == wanted).nonzero()[0]]


def reported_root(sent: Span, reporting: frozenset[str]) -> Token:
    """The sentence's main predicate: its root, or, where the root is a verb of
    ``reporting`` ("..., officials said"), the root of the clause it reports (at most
    three levels down)."""
    root = sent.root
    for _ in range(3):
        if root.lemma_.lower() not in reporting:
            break
        comp = next((c for c in root.children
                     if c.dep_ == "ccomp" and sent.start <= c.i < sent.end), None)  # fmt: skip
        if comp is None:
            break
        root = comp
    return root


def sentences_of(span: Span | Doc) -> list[Span]:
    """The sentences of ``span``, cut to it (a span may start or end inside a sentence):
    the unit the PLOVER frame and class features read one predicate from."""
    doc = span if isinstance(span, Doc) else span.doc
    start, end = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
    result = []
    while start < end:
        sent = doc[start].sent
        result.append(doc[start : min(sent.end, end)])
        start = sent.end
    return result
