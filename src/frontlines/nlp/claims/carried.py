"""Sources the text carries to sentences that have no attribution of their own.

Rules 3 and 4 of ``claims.sources`` (a speech block after "X said:", a continuation of a
sentence reported to its end) and rule 2's reader of a trailing "..., officials said."
that the attribution layer missed. They walk the story's sentences once, before any
number is read, so they live apart from the per-number choice in ``sources``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import Attribution, Extractor, TextSpan, as_source_kind
from frontlines.nlp.attribution.component import POINTING, default_lexicon
from frontlines.nlp.extensions import doc_text

__all__ = ["Carried", "actor_in", "carried_attributions", "refers_back", "span_text",
           "text_span"]  # fmt: skip

Carried = list[Attribution]
_SPEAKER_DEPS = {"nsubj", "nsubjpass"}
_PRONOUNS = {"he", "she", "they", "it", "this", "these"}


def span_text(span: Span) -> str:
    """``span.text`` from the Doc's text read once (``span.text`` joins its tokens)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def text_span(span: Span) -> TextSpan:
    return TextSpan(span.start_char, span.end_char, span_text(span))


def actor_in(doc: Doc, span: Span) -> str | None:
    for actor in doc.spans.get("actors", []):
        if span.start <= actor.start and actor.end <= span.end and actor.kb_id_:
            return str(actor.kb_id_)
    return None


def _introduces_speech(sent: Span) -> tuple[Span, Token] | None:
    """'..., Tobias Ellwood said:' ending a paragraph: (the speaker, the cue verb)."""
    words = _last_words(sent, 3)
    if len(words) < 3 or words[-1].text != ":":
        return None
    verb = words[-2]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in default_lexicon().cue_verbs:
        return None
    after = doc_text(sent.doc)[words[-1].idx + 1 : words[-1].idx + 4]
    if "\n" not in after and words[-1].idx + 1 < len(doc_text(sent.doc)):
        return None  # "he said: ..." with the words on the same line is an ordinary quote
    speaker = next((c for c in verb.children if c.dep_ in _SPEAKER_DEPS), None)
    if speaker is None:
        return None
    doc = sent.doc
    return doc[speaker.left_edge.i : speaker.right_edge.i + 1], verb


def _last_words(sent: Span, n: int) -> list[Token]:
    """The sentence's last ``n`` tokens that are no whitespace, in order (fewer in a short
    one): read from the end, as every sentence of every story is asked."""
    doc, found = sent.doc, []
    for i in range(sent.end - 1, sent.start - 1, -1):
        if not doc[i].is_space:
            found.append(doc[i])
            if len(found) == n:
                break
    return found[::-1]


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return "\n" in doc_text(doc)[start:end]


def carried_attributions(
    doc: Doc, attributions: list[Attribution], extractor: Extractor
) -> Carried:
    """Attributions the text carries to sentences that have none of their own: speech
    blocks after 'X said:' and continuations of a reported sentence."""
    if not doc.has_annotation("SENT_START"):
        return []  # no sentences: nothing to carry across them
    sents = list(doc.sents)
    cue_sentences = {i for i, s in enumerate(sents)
                     for a in attributions if s.start_char <= a.cue.start < s.end_char}  # fmt: skip
    lexicon = default_lexicon()
    carried: Carried = []
    speech: Attribution | None = None
    account: Attribution | None = None  # the reported sentence the next one may continue
    for i, sent in enumerate(sents):
        intro = _introduces_speech(sent)
        if intro is not None:
            speaker, verb = intro
            speech = Attribution(
                source=text_span(speaker), cue=text_span(doc[verb.i : verb.i + 1]),
                content=TextSpan(sent.end_char, len(doc_text(doc)), ""),
                kind=as_source_kind(lexicon.kind_of(speaker)), actor=actor_in(doc, speaker),
                antecedent=None,
                extractor=extractor,
            )  # fmt: skip
            account = None
            continue
        content = TextSpan(sent.start_char, sent.end_char, span_text(sent))
        trailing = None if i in cue_sentences else _trailing_report(sent, extractor)
        if trailing is not None:
            carried.append(trailing)
            account = trailing
            continue
        if i in cue_sentences:
            account = _reported_to_end(sent, attributions)
            continue
        if (account is not None and not _paragraph_break(doc, account.cue.start, sent.start_char)
                and refers_back(sent, sents[i - 1])):  # fmt: skip
            carried.append(_moved(account, content))
            has_breaks = "\n" in doc_text(doc)
            account = carried[-1] if has_breaks else None
            continue
        account = None
        if speech is not None:
            carried.append(_moved(speech, content))
    return carried


def _trailing_report(sent: Span, extractor: Extractor) -> Attribution | None:
    """'Israeli airstrikes killed at least 25 Palestinians, health officials said.' where
    the attribution layer found nothing (the parser hung "killed" under the wrong noun):
    the sentence's root is a cue verb, its nearest subject follows a comma that closes
    the reported words, and nothing is reported after the verb."""
    root = sent.root
    lexicon = default_lexicon()
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.cue_verbs:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > root.i for c in root.children):
        return None  # "..., he said that ..." / "told reporters the toll rose": not trailing
    subjects = [c for c in root.children if c.dep_ in _SPEAKER_DEPS and c.i < root.i]
    if not subjects:
        return None
    speaker = max(subjects, key=lambda t: t.i)
    doc = sent.doc
    start = speaker.i
    while start > sent.start and doc[start - 1].dep_ in {"det", "amod", "compound", "poss",
                                                         "nmod", "case"}:  # fmt: skip
        start -= 1
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    source = doc[start : speaker.i + 1]
    reported = doc[sent.start : start - 1]
    return Attribution(
        source=text_span(source), cue=text_span(doc[root.i : root.i + 1]),
        content=text_span(reported), kind=as_source_kind(lexicon.kind_of(source)),
        actor=actor_in(doc, source), antecedent=None, extractor=extractor,
    )  # fmt: skip


def refers_back(sent: Span, before: Span) -> bool:
    """The sentence takes up the one before it: its subject is a pronoun ("They also
    said ...") or a definite noun repeats a noun of it ("... launched 504 attacks. Deaths
    in the attacks ..."). Without such a tie a sentence is the story's own word."""
    nouns = {t.lemma_.lower() for t in before if t.pos_ in {"NOUN", "PROPN"}}
    for token in sent:
        if token.dep_ in _SPEAKER_DEPS and token.lower_ in _PRONOUNS:
            return True
        definite = any(c.dep_ == "det" and c.lower_ in POINTING for c in token.children)
        if token.pos_ == "NOUN" and definite and token.lemma_.lower() in nouns:
            return True
    return False


def _reported_to_end(sent: Span, attributions: list[Attribution]) -> Attribution | None:
    """The attribution whose content runs to the end of the sentence, if any."""
    end = sent.end_char
    text = doc_text(sent.doc)
    for a in attributions:
        if sent.start_char <= a.cue.start < end and a.content.start >= a.cue.start - 1:
            tail = text[a.content.end : end].strip(" .\"'”’)\n")
            if not tail and a.source is not None and _states(sent.doc, a.content):
                return a
        if sent.start_char <= a.cue.start < end and a.cue.text.lower() == "according to":
            return a
    return None


def _states(doc: Doc, content: TextSpan) -> bool:
    """The content is a statement (it has a verb: "the group launched 504 attacks"), which
    a next sentence can go on with; not a bare object ("their faces said a lot")."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return span is None or any(t.pos_ in {"VERB", "AUX"} for t in span)


def _moved(a: Attribution, content: TextSpan) -> Attribution:
    return Attribution(source=a.source, cue=a.cue, content=content, kind=a.kind, actor=a.actor,
                       antecedent=a.antecedent, extractor=a.extractor,
                       sentence_index=a.sentence_index)  # fmt: skip
