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

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.model import Attribution, Extractor, TextSpan, as_source_kind
from frontlines.nlp.attribution.antecedents import POINTING, PRONOUNS, antecedent_of
from frontlines.nlp.attribution.content import (
    OBJECT_PREPOSITIONS,
    RIGHT_PREPOSITIONS,
    object_of,
    rest_of_clause,
    taken_subject,
    without_agent,
)
from frontlines.nlp.attribution.cuemodel import CueModel, default_cue_model
from frontlines.nlp.attribution.features import quoting, tagged_again
from frontlines.nlp.attribution.layout import layout_attributions
from frontlines.nlp.attribution.quotes import (
    quotation_before,
    quote_after,
    quote_before,
    trimmed,
    whole_quote,
)
from frontlines.nlp.attribution.speakers import (
    FLOATING_QUANTIFIERS,
    apposition_before,
    experiencer_of,
    floating,
    modified_noun,
    name_before,
    named_after_quote,
    object_after_quote,
    passive_experiencer,
    source_span,
    speaker_of,
    subject_of_aside,
    subject_of_misread_verb,
)
from frontlines.nlp.extensions import declare, doc_text
from frontlines.vocab.files import read_data_toml
from frontlines.vocab.words import words

__all__ = [
    "AttributionLexicon",
    "AttributionRecognizer",
    "LEFT_ADVERBS",
    "NOT_MANNER",
    "OBJECT_PREPOSITIONS",
    "POINTING",
    "PRONOUNS",
    "RIGHT_ADVERBS",
    "RIGHT_PREPOSITIONS",
    "VERSION",
    "default_lexicon",
    "make_attribution_recognizer",
]

VERSION = "0.4.9"


@dataclass(frozen=True)
class AttributionLexicon:
    cue_verbs: frozenset[str]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    object_cue_verbs: frozenset[str] = frozenset()
    sourceless_cue_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    cue_nouns: frozenset[str] = frozenset()
    experiencer_verbs: frozenset[str] = frozenset()
    persuasion_verbs: frozenset[str] = frozenset()  # passive subject believes: 'convinced'

    @property
    def cue_words(self) -> frozenset[str]:
        """Verbs and nouns of reporting: the lexicon the cue model reads as a feature."""
        return self.cue_verbs | self.cue_nouns

    @property
    def label_nouns(self) -> frozenset[str]:
        """Nouns that can label a headline's statement ('Poll: ...', 'Newspaper: ...'):
        the reporting nouns and the one-word names of kinds of source."""
        kinds = {w for _, kind_words in self.kinds for w in kind_words if " " not in w}
        return self.cue_nouns | kinds

    def names_something(self, token: Token) -> bool:
        """'a group known as X', 'an area called Y': a participle that names, unsaid."""
        if token.tag_ != "VBN" or token.dep_ != "acl":
            return False
        if token.lemma_.lower() not in self.naming_verbs:
            return False
        deps = {c.dep_ for c in token.children}
        named = (
            "oprd" in deps
            or "attr" in deps
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
        )
        return named and "agent" not in deps

    def kind_of(self, source: Span) -> str:
        text = f" {source.text.lower()} "
        # A name inside the source: its words say so first (``Span.ents`` reads every
        # entity of the Doc, for every source).
        person = any(t.ent_type_ == "PERSON" for t in source)
        if (person and any(e.label_ == "PERSON" for e in source.ents)) or (
            source.root.ent_type_ == "PERSON"
        ):
            return "named_official"
        for name, kind_words in self.kinds:
            if any(f" {w} " in text or text.strip() == w for w in kind_words):
                return name
        return "unknown"


@lru_cache(maxsize=1)
def default_lexicon() -> AttributionLexicon:
    data = read_data_toml("attribution.toml")
    kinds = tuple((k["name"], tuple(w.lower() for w in k["words"])) for k in data["kind"])
    objects = frozenset(data.get("object_cue_verbs", []))
    sourceless = frozenset(data.get("sourceless_cue_verbs", []))
    naming = frozenset(data.get("naming_verbs", []))
    cues = frozenset(data["cue_verbs"]) | objects
    nouns = frozenset(data.get("cue_nouns", []))
    feeling = frozenset(data.get("experiencer_verbs", []))
    persuaded = frozenset(data.get("persuasion_verbs", []))
    return AttributionLexicon(cues, kinds, objects, sourceless, naming, nouns, feeling, persuaded)


def _text_span(span: Span) -> TextSpan:
    """The span's place and text, sliced from the Doc's text read once (``span.text``
    joins its tokens on every read)."""
    start, end = span.start_char, span.end_char
    return TextSpan(start, end, doc_text(span.doc)[start:end])


class AttributionRecognizer:
    name = "frontlines_attribution"
    version = VERSION

    def __init__(
        self, lexicon: AttributionLexicon | None = None, cues: CueModel | None = None
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self._cues = cues
        self.extractor = Extractor(self.name, self.version)
        declare("attributions")

    def __call__(self, doc: Doc) -> Doc:
        found: list[Attribution] = []
        history: list[tuple[Span, Attribution]] = []
        laid_out = layout_attributions(doc, self.lexicon.label_nouns)
        for sent in doc.sents:
            triples = self._in_sentence(doc, sent)
            triples += [t for t in laid_out if sent.start <= t[1].start < sent.end]
            for source, cue, content in sorted(triples, key=lambda t: t[1].start):
                attribution = self._attribution(doc, source, cue, content, history)
                found.append(attribution)
                if source is not None and attribution.antecedent is None:
                    history.append((source, attribution))
        doc._.attributions = found
        return doc

    @property
    def cues(self) -> CueModel:
        """The cue model, read on first use (so a pipeline can be built to train one)."""
        if self._cues is None:
            self._cues = default_cue_model()
        return self._cues

    # -- finding triples ---------------------------------------------------

    def _in_sentence(self, doc: Doc, sent: Span) -> list[tuple[Span | None, Span, Span]]:
        triples: list[tuple[Span | None, Span, Span]] = []
        for token, quotes in zip(sent, quoting(sent), strict=True):
            if token.lower_ == "according" and token.i + 1 < sent.end:
                triple = self._according_to(doc, sent, token)
            elif (
                self.cues.wants(token)
                and not self.lexicon.names_something(token)
                and (
                    self.cues.probability(token, quotes) >= self.cues.threshold
                    or tagged_again(token, quotes.inside)
                )
            ):
                triple = self._cue_word(doc, sent, token)
            else:
                continue
            if triple is not None:
                triples.append(triple)
        return triples

    def _cue_word(self, doc: Doc, sent: Span, verb: Token) -> tuple[Span | None, Span, Span] | None:
        """Source, cue and content around a word the cue model picked."""
        # "The deal appears to have collapsed": evidence, no speaker.
        felt = experiencer_of(verb, self.lexicon.experiencer_verbs)
        if felt is not None:  # "The remark worried some analysts": the analysts
            return felt[0], _cue(doc, sent, verb, felt[1], self.cues), felt[1]
        sourceless = verb.lemma_.lower() in self.lexicon.sourceless_cue_verbs
        believing = self.lexicon.experiencer_verbs | self.lexicon.persuasion_verbs
        subject = None if sourceless else (
            passive_experiencer(verb, believing) or speaker_of(verb)
        )  # fmt: skip
        named = None if sourceless else named_after_quote(doc, sent, verb)
        if named is not None and subject is not None and named.start <= subject.i < named.end:
            named = None  # the parser agrees: its subject phrase is the better span
        if named is None and subject is None and not sourceless and verb.pos_ == "VERB":
            named = name_before(doc, sent, verb) or apposition_before(doc, sent, verb)
        if named is None and subject is None and not sourceless:
            named = subject_of_misread_verb(doc, verb)  # "Some view it as ...", tagged NOUN
        if named is None and subject is None and not sourceless:
            subject = modified_noun(verb)  # "a new poll showing ...": the poll
        if named is None and subject is None and not sourceless:
            subject = object_after_quote(doc, verb)  # '"...," added a party official'
        if named is None and subject is None and not sourceless:
            subject = subject_of_aside(doc, verb)  # '"...," said Ann Lee, smiling'
        if named is not None:
            subject = named.root
        said = _joined_infinitive(verb, self.cues)  # "continued to call for" -> call
        content, around = self._content(doc, sent, said, subject)
        quoted = quotation_before(doc, sent, named.start, verb.i) if named is not None else None
        if quoted is not None:  # '"...," Flynn, a surrogate, said': the quotation is said
            content, around = quoted, False
        if content is None:
            return None
        if subject is not None and _within(subject, content, said) and not around:
            by_agent = without_agent(doc, content, subject, said)
            if by_agent is not None:  # "was nominated ... by the governor": the agent speaks
                content = by_agent
            else:
                subject = None  # the 'subject' belongs to the reported clause
        source = (source_span(doc, subject, marker=_owns(subject, verb))
                  if subject is not None else None)  # fmt: skip
        if named is not None and subject is not None:
            source = named
        cue = _cue(doc, sent, verb, content, self.cues)
        if named is not None and cue.start < named.end <= verb.i:
            cue = doc[named.end : cue.end]  # a cue misread as a noun drew its speaker in
        if cue.start < content.start < cue.end < content.end:
            content = doc[cue.end : content.end]  # the preposition went to the cue
        if source is not None and source.start < cue.start < source.end:
            source = trimmed(doc, source.start, cue.start)  # a misparse ran past the cue
        return source, cue, content

    def _content(
        self, doc: Doc, sent: Span, verb: Token, subject: Token | None
    ) -> tuple[Span | None, bool]:
        """What was said, and whether it sits on both sides of the cue."""
        complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if complement is not None:
            clause = trimmed(doc, complement.left_edge.i, complement.right_edge.i + 1)
            return whole_quote(doc, sent, verb, subject, clause), False
        if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
            # "IS has lost ground, the official said": the verb hangs off the content.
            clause = trimmed(doc, verb.head.left_edge.i, verb.left_edge.i)
            return whole_quote(doc, sent, verb, subject, clause), False
        if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.i:
            # "Dissent, Ms. Lindqvist argued, is a form of loyalty": around the cue.
            head = verb.head
            start = min(head.left_edge.i, verb.left_edge.i)
            return trimmed(doc, start, head.right_edge.i + 1), True
        quote = quote_after(doc, sent, verb)
        if quote is None and subject is not None:
            quote = quote_before(doc, min(subject.left_edge.i, verb.i))  # '," Ms. Moore said
        if quote is not None:
            return quote, False
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and subject is not None and subject.i > verb.i:
            # "The song was written by Springsteen": the agent speaks, the subject is said.
            return trimmed(doc, passive.left_edge.i, passive.right_edge.i + 1), False
        inverted = subject is not None and subject.i > verb.i  # "..., said the minister"
        said = object_of(doc, verb)
        if said is not None and subject is None:
            # "Some 9,000 fighters are expected to remain": with no speaker, the subject is
            # part of what is reported (annotators mark it and the infinitive around the cue).
            topic = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
            xcomp = any(c.dep_ == "xcomp" and said.start <= c.i < said.end for c in verb.rights)
            if topic is not None and xcomp:
                said = doc[topic.left_edge.i : said.end]
        return said or rest_of_clause(doc, sent, verb, inverted), False

    def _according_to(
        self, doc: Doc, sent: Span, according: Token
    ) -> tuple[Span | None, Span, Span] | None:
        to = doc[according.i + 1]
        if to.lower_ != "to":
            return None
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        phrase_end = taken_subject(according, obj) or obj.right_edge.i + 1
        source = trimmed(doc, obj.left_edge.i, phrase_end)
        cue = doc[according.i : according.i + 2]
        before = trimmed(doc, sent.start, according.i)
        after = trimmed(doc, phrase_end, sent.end)
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
        antecedent = antecedent_of(source, history) if source is not None else None
        speaker = antecedent[0] if antecedent else source
        kind = antecedent[1].kind if antecedent else (
            self.lexicon.kind_of(source) if source is not None else "unknown"
        )  # fmt: skip
        actor = antecedent[1].actor if antecedent else _actor_in(doc, speaker)
        return Attribution(
            source=_text_span(source) if source is not None else None,
            cue=_text_span(cue),
            content=_text_span(content),
            kind=as_source_kind(kind),
            actor=actor,
            antecedent=_text_span(antecedent[0]) if antecedent else None,
            extractor=self.extractor,
        )


def _within(subject: Token, content: Span, verb: Token) -> bool:
    """Does the subject belong to what was said? Not when the content only wraps round
    the cue ('which Ms. Okafor says she has begun': the fronted 'which' belongs to the
    content, 'Ms. Okafor' to the cue)."""
    if not content.start <= subject.i < content.end:
        return False
    if verb.dep_ == "conj" and subject.head.i == verb.head.i and subject.dep_ == "nsubj":
        return False  # "a charge that she has faced and has always denied": she denies
    return not (content.start <= verb.i < content.end and subject.head.i == verb.i)


# Learned from how PolNeAR annotators draw cue spans: auxiliaries, negation and a
# few adverbs before the word are part of the cue ("has also said", "did not
# deny"), as are particles and some prepositions after it ("pointed out",
# "railed against", "talked about"); the preposition's object is not.
LEFT_ADVERBS = words("attribution", "left_adverbs")
#: Sentence adverbs ending in -ly that qualify the whole report, not how it was made.
NOT_MANNER = words("attribution", "not_manner")
RIGHT_ADVERBS = words("attribution", "right_adverbs")


def _owns(subject: Token, cue: Token) -> bool:
    """'the governor's claim that ...': the speaker is the cue noun's possessor."""
    return subject.dep_ == "poss" and subject.head.i == cue.i


def _cue(doc: Doc, sent: Span, verb: Token, content: Span, cues: CueModel) -> Span:
    """The cue word with its auxiliaries, negation and close adverbs before it, and after
    it what annotators usually join to that word: a particle, some prepositions ('called
    for', but not 'said on'), an infinitive ('continued to call for'), a day."""
    start = verb.i
    while start - 1 >= sent.start and _joins_left(doc[start - 1], verb):
        start -= 1
    end, head = verb.i + 1, verb
    limit = content.start if content.start > verb.i else sent.end
    while end < limit or (end == limit == content.start and _opens_content(doc[end], head, cues)):
        token = doc[end]
        if token.dep_ == "aux" and token.head.dep_ == "xcomp" and token.head.head.i == head.i:
            infinitive = token.head
            if not cues.joins_next(head.lemma_.lower(), "xcomp", "") or infinitive.i >= limit:
                break
            end, head = infinitive.i + 1, infinitive
            continue
        phrase = _learned_phrase(token, head, cues)
        if phrase is not None and phrase.i < limit:
            end = phrase.i + 1  # "said in a statement": the preposition up to its noun
            continue
        learned = None
        if token.head.i == head.i:
            learned = cues.joins_next(head.lemma_.lower(), token.dep_, token.lower_)
        if not (learned if learned is not None else _joins_right(token, head, doc[end - 1])):
            break
        end += 1
    return doc[start:end]


def _opens_content(token: Token, head: Token, cues: CueModel) -> bool:
    """'spoke about the war' read as cue + content 'about the war': annotators draw the
    preposition in the cue when, for this verb, they usually do ('speak|prep|about')."""
    if token.dep_ != "prep" or token.head.i != head.i:
        return False
    return bool(cues.joins_next(head.lemma_.lower(), "prep", token.lower_))


def _learned_phrase(token: Token, head: Token, cues: CueModel) -> Token | None:
    """The noun ending a prepositional phrase annotators draw inside the cue ('said in a
    statement', 'in an interview'), by the learned rate for that preposition and noun."""
    if token.dep_ != "prep" or token.head.i != head.i:
        return None
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or any(t.dep_ not in {"det", "amod", "poss"} for t in _between(token, noun)):
        return None
    key = f"{token.lower_} {noun.lemma_.lower()}"
    return noun if cues.joins_next(head.lemma_.lower(), "pobj", key) else None


def _between(first: Token, last: Token) -> list[Token]:
    """The words strictly between two words of one Doc."""
    return [first.doc[i] for i in range(first.i + 1, last.i)]


def _joined_infinitive(verb: Token, cues: CueModel) -> Token:
    """The last verb of an infinitive chain annotators treat as one cue."""
    while True:
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if infinitive is None or not cues.joins_next(verb.lemma_.lower(), "xcomp", ""):
            return verb
        verb = infinitive


def _joins_left(token: Token, verb: Token) -> bool:
    if token.head.i != verb.i:
        if floating(token) and token.lower_ in FLOATING_QUANTIFIERS:
            return token.head.head.i == verb.i  # "both stressed": the quantifier floated
        return token.dep_ in {"aux", "neg"} and token.head.head.i == verb.i
    if token.dep_ in {"aux", "auxpass", "neg"}:
        return True
    if token.dep_ == "advmod":
        manner = token.lower_.endswith("ly") and token.lower_ not in NOT_MANNER
        return token.lower_ in LEFT_ADVERBS or (manner and token.pos_ == "ADV")
    return verb.pos_ == "NOUN" and token.dep_ in {"amod", "det", "compound"}


def _joins_right(token: Token, verb: Token, previous: Token) -> bool:
    if token.head.i == verb.i:
        if token.dep_ in {"prt", "neg", "acomp"}:
            return True
        if token.dep_ == "advmod":
            return token.lower_ in RIGHT_ADVERBS
        if token.dep_ == "prep":
            return token.lower_ in RIGHT_PREPOSITIONS
    if token.dep_ == "prep" and previous.dep_ == "acomp" and token.head.i == previous.i:
        return token.lower_ in RIGHT_PREPOSITIONS  # "is critical of"
    return (
        token.ent_type_ in {"DATE", "TIME"}
        and token.head.i in {verb.i, previous.i}
        and token.lower_ not in {"that", "last", "this"}
    )


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
