"""``frontlines_attribution``: source, cue and content of reported speech.

Rules over the dependency parse, in the order a reader resolves them:

1. a reporting verb (``data/attribution.toml``) with a clausal complement
   or a quotation: cue = the verb with its auxiliaries ("has learned"),
   source = its subject, content = the complement ("that ...") or quote;
2. "according to X": cue "according to", source X, content = the clause
   it qualifies;
3. a source that points back ("he", "the official", "the group") takes the
   latest earlier source it can refer to as its antecedent, so "the official
   said" three sentences on is still the US defense official.

Sets: ``Doc._.attributions`` (a list of ``frontlines.model.Attribution``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.model import Attribution, Extractor, TextSpan
from frontlines.nlp.extensions import declare

VERSION = "0.1.0"
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
POINTING = {"the", "this", "that", "these", "those"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


@dataclass(frozen=True)
class AttributionLexicon:
    cue_verbs: frozenset[str]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    object_cue_verbs: frozenset[str] = frozenset()

    def kind_of(self, source: Span) -> str:
        text = f" {source.text.lower()} "
        if any(e.label_ == "PERSON" for e in source.ents) or (source.root.ent_type_ == "PERSON"):
            return "named_official"
        for name, words in self.kinds:
            if any(f" {w} " in text or text.strip() == w for w in words):
                return name
        return "unknown"


@lru_cache(maxsize=1)
def default_lexicon() -> AttributionLexicon:
    raw = resources.files("frontlines.data").joinpath("attribution.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    kinds = tuple((k["name"], tuple(w.lower() for w in k["words"])) for k in data["kind"])
    objects = frozenset(data.get("object_cue_verbs", []))
    return AttributionLexicon(frozenset(data["cue_verbs"]) | objects, kinds, objects)


def _text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span.text)


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """Drop edge punctuation, but keep quotes and a bracket the span opened."""
    while start < end and (doc[start].is_punct and doc[start].text not in QUOTES):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in QUOTES:
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break
        end -= 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if start < end else None


class AttributionRecognizer:
    name = "frontlines_attribution"
    version = VERSION

    def __init__(self, lexicon: AttributionLexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.extractor = Extractor(self.name, self.version)
        declare("attributions")

    def __call__(self, doc: Doc) -> Doc:
        found: list[Attribution] = []
        history: list[tuple[Span, Attribution]] = []
        for sent in doc.sents:
            for source, cue, content in self._in_sentence(doc, sent):
                attribution = self._attribution(doc, source, cue, content, history)
                found.append(attribution)
                if source is not None and attribution.antecedent is None:
                    history.append((source, attribution))
        doc._.attributions = found
        return doc

    # -- finding triples ---------------------------------------------------

    def _in_sentence(self, doc: Doc, sent: Span) -> list[tuple[Span | None, Span, Span]]:
        triples: list[tuple[Span | None, Span, Span]] = []
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < sent.end:
                triple = self._according_to(doc, sent, token)
            elif token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in self.lexicon.cue_verbs:
                triple = self._reporting_verb(doc, sent, token)
            else:
                continue
            if triple is not None:
                triples.append(triple)
        return triples

    def _reporting_verb(
        self, doc: Doc, sent: Span, verb: Token
    ) -> tuple[Span | None, Span, Span] | None:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.dep_ == "nsubjpass":
            subject = _agent(verb) or subject
        if subject is None and verb.dep_ in {"advcl", "conj", "xcomp"}:
            # "..., saying that ...": the participle shares its head's subject.
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
        content: Span | None = None
        around = False  # content on both sides of an interjected "he said"
        if complement is not None and complement.dep_ == "ccomp":
            left, right = complement.left_edge.i, complement.right_edge.i + 1
            content = _trimmed(doc, left, right)
        elif verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
            # "IS has lost ground, the official said": the verb hangs off the content.
            head = verb.head
            content = _trimmed(doc, head.left_edge.i, verb.left_edge.i)
        elif verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i:
            # "Acts of protest, Mr. Obama said, are acts of patriotism": around the cue.
            head = verb.head
            content = _trimmed(doc, min(head.left_edge.i, verb.left_edge.i), head.right_edge.i + 1)
            around = True
        if content is None:
            content = _quote_after(doc, sent, verb)
        if content is None and subject is not None:
            content = _quote_before(doc, min(subject.i, verb.i))
        if content is None and verb.lemma_.lower() in self.lexicon.object_cue_verbs:
            content = _object_of(doc, verb)  # "called for a ceasefire"
        if content is None or subject is None:
            return None
        if content.start <= subject.i < content.end and not around:
            return None
        source = _source_span(doc, subject)
        return source, _cue(doc, sent, verb, content), content

    def _according_to(
        self, doc: Doc, sent: Span, according: Token
    ) -> tuple[Span | None, Span, Span] | None:
        to = doc[according.i + 1]
        if to.lower_ != "to":
            return None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        source = _trimmed(doc, obj.left_edge.i, obj.right_edge.i + 1)
        phrase_end = obj.right_edge.i + 1
        cue = doc[according.i : according.i + 2]
        before = _trimmed(doc, sent.start, according.i)
        after = _trimmed(doc, phrase_end, sent.end)
        content = before if before is not None and (after is None or len(before) >= len(after)) \
            else after  # fmt: skip
        if content is None or source is None:
            return None
        return source, cue, content

    # -- who is speaking ---------------------------------------------------

    def _attribution(
        self,
        doc: Doc,
        source: Span | None,
        cue: Span,
        content: Span,
        history: list[tuple[Span, Attribution]],
    ) -> Attribution:
        antecedent = _antecedent(source, history) if source is not None else None
        speaker = antecedent[0] if antecedent else source
        kind = antecedent[1].kind if antecedent else (
            self.lexicon.kind_of(source) if source is not None else "unknown"
        )  # fmt: skip
        actor = antecedent[1].actor if antecedent else _actor_in(doc, speaker)
        return Attribution(
            source=_text_span(source) if source is not None else None,
            cue=_text_span(cue),
            content=_text_span(content),
            kind=kind,
            actor=actor,
            antecedent=_text_span(antecedent[0]) if antecedent else None,
            extractor=self.extractor,
        )


def _source_span(doc: Doc, head: Token) -> Span | None:
    """The subject's phrase without relative clauses and trailing participles
    ('Mr. Kamin, who emphasized ...' -> 'Mr. Kamin')."""
    cut = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "advcl"} and c.i > head.i
           for t in c.subtree}  # fmt: skip
    kept = [t.i for t in head.subtree if t.i not in cut]
    start, end = min(kept), max(kept) + 1
    while end - 1 > head.i and doc[end - 1].text in {",", "--", "—", "–"}:
        end -= 1
    return _trimmed(doc, start, end)


def _cue(doc: Doc, sent: Span, verb: Token, content: Span) -> Span:
    """The verb with its auxiliaries, a negation or 'also' before it ('has also said'),
    a particle ('called for', 'pointed out') and a day right after it ('said Friday')."""
    before = {"aux", "auxpass", "neg", "advmod"}
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in before and c.i < verb.i
                            and (c.dep_ != "advmod" or c.i == verb.i - 1)])  # fmt: skip
    end = verb.i + 1
    while end < sent.end and end < content.start and (
        doc[end].dep_ == "prt" or (doc[end].dep_ == "prep" and doc[end].lower_ in {"for", "on"})
        or (doc[end].ent_type_ in {"DATE", "TIME"} and doc[end].head.i in {verb.i, end - 1}
            and doc[end].lower_ not in {"that", "last", "this"})
    ):  # fmt: skip
        end += 1
    return doc[start:end]


def _object_of(doc: Doc, verb: Token) -> Span | None:
    """The direct object, or the object of 'for'/'on' ('called on Congress to act')."""
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            return _trimmed(doc, child.left_edge.i, child.right_edge.i + 1)
        if child.dep_ in {"prep", "prt"} and child.lower_ in {"for", "on"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                last = max(obj.right_edge.i, *(t.right_edge.i for t in verb.rights))
                return _trimmed(doc, obj.left_edge.i, last + 1)
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _quote_after(doc: Doc, sent: Span, verb: Token) -> Span | None:
    """'..., he said: "We will not retreat."' -> the quoted words (which the sentence
    splitter may have put in a sentence of their own)."""
    k = verb.i + 1
    limit = min(len(doc), sent.end + 120)
    while k < limit and doc[k].is_punct and doc[k].text not in QUOTES:
        k += 1
    if k < limit and doc[k].text in QUOTES and (k < sent.end or doc[k - 1].text == ":"):
        end = k + 1
        while end < limit and doc[end].text not in QUOTES:
            end += 1
        if end < limit:
            return doc[k : end + 1]
    return None


def _quote_before(doc: Doc, first: int) -> Span | None:
    """'"We will not retreat," he said' / '"You winning?" she said': the quote just before."""
    k = first - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in QUOTES:
        k -= 1
    if k < 1 or doc[k].text not in QUOTES:
        return None
    start = k - 1
    while start >= max(0, k - 150) and doc[start].text not in QUOTES:
        start -= 1
    if start < 0 or doc[start].text not in QUOTES or start == k - 1:
        return None
    return doc[start : k + 1]


def _antecedent(
    source: Span, history: list[tuple[Span, Attribution]]
) -> tuple[Span, Attribution] | None:
    """The earlier source a pronoun or definite description points back to."""
    words = [t.lower_ for t in source]
    if not history:
        return None
    if len(words) == 1 and words[0] in PRONOUNS:
        wanted_person = words[0] in {"he", "she", "i"}
        for earlier, attribution in reversed(history):
            if not wanted_person or attribution.kind in {
                "named_official",
                "anonymous_official",
                "military",
                "government",
            }:
                return earlier, attribution
        return None
    if words[0] in POINTING and len(words) <= 5:
        head = source.root.lemma_.lower()
        for earlier, attribution in reversed(history):
            if head in {t.lemma_.lower() for t in earlier}:
                return earlier, attribution
    return None


def _actor_in(doc: Doc, span: Span | None) -> str | None:
    if span is None:
        return None
    for actor in doc.spans.get("actors", []):
        if span.start <= actor.start and actor.end <= span.end:
            return actor.kb_id_ or None
    return None


@Language.factory("frontlines_attribution")
def make_attribution_recognizer(nlp: Language, name: str) -> AttributionRecognizer:
    return AttributionRecognizer()
