"""Who says a number: the attribution of its clause, else one the text carries to it.

Four ways a number gets its source, tried in order:

1. an attribution whose content holds the number (the smallest), else one whose cue is in
   the number's sentence and governs the number's clause (``frontlines_attribution``
   found both);
2. a report the attribution layer missed: a sentence whose root is a cue verb with its
   speaker after a comma that closes the reported words ("..., health officials said.");
3. a speech block: a paragraph that ends "Tobias Ellwood said:" hands every paragraph after
   it to that speaker, until the next such introduction; a sentence with an attribution
   of its own inside the block keeps it (rule 1 runs first);
4. a continuation: a sentence with no attribution of its own that follows, in the same
   paragraph, a sentence reported to its end and takes it up (a pronoun subject, or a
   definite noun repeating one of it: "According to the report, the group launched 504
   attacks in 2024. Deaths in the attacks surged ...") continues that account. Where the
   text has paragraph breaks the account runs on to the paragraph's end; in copy with no
   breaks only the one next sentence is carried, since a whole story is no one account.

A carried source keeps its provenance: the ``Attribution`` built for the number keeps the
speaker's and the cue's own offsets (in the sentence they came from); only its content is
the later text it now covers. None of these are added to ``Doc._.attributions``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from frontlines.model import (
    Attribution,
    ClaimSource,
    Extractor,
    Quantity,
    SourceKind,
    TextSpan,
    as_source_kind,
)
from frontlines.nlp.attribution.component import POINTING, default_lexicon
from frontlines.nlp.claims.carried import (
    Carried,
    actor_in,
    carried_attributions,
    refers_back,
    text_span,
)
from frontlines.nlp.claims.counted import TALLY_NOUNS
from frontlines.nlp.claims.reports import ESTIMATE_VERBS, pronoun_speaker
from frontlines.nlp.extensions import doc_text, tokens_with_pos
from frontlines.vocab.words import words

DOCUMENT_NOUNS = words("attribution", "document_nouns")
BODY_NOUNS = words("attribution", "body_nouns")
STATEMENT_NOUNS = words("attribution", "statement_nouns")
#: Verbs of working a number out ("calculated", "recounted"): not speech to the attribution
#: lexicon, but an account a later sentence may continue.
RECKONING_VERBS = words("attribution", "reckoning_verbs")

__all__ = ["BODY_NOUNS", "DOCUMENT_NOUNS", "RECKONING_VERBS", "REPORTING_VERBS", "STATEMENT_NOUNS",
           "Carried",
           "attribution_for",
           "carried_attributions", "claim_source", "named_document", "noun_reports",
           "refers_back"]  # fmt: skip

#: Cue verbs whose object is what they report, numbers included ("The ministry reported 32
#: deaths", "The UN has recorded 1,200 civilian deaths", "Data compiled by ACLED shows 340
#: attacks"); other cues taking the number as object lay claim to it ("China claims 90 %").
REPORTING_VERBS = {"report", "record", "confirm", "document", "count", "register", "log",
                   "tally", "show", "reveal", "announce", "verify", "list", "cite", "indicate",
                   "identify"}
_CUE_VERBS = (default_lexicon().cue_verbs | REPORTING_VERBS | RECKONING_VERBS
              | {"accord"})  # "according to"
_PRONOUNS = {"he", "she", "they", "it", "this", "these"}


def attribution_for(
    q: Quantity, span: Span, verb: Token | None, attributions: list[Attribution],
    carried: Carried,
) -> Attribution | None:
    """The attribution whose content holds the number, else one in the same sentence,
    else one carried to the sentence; never one whose source holds the number ("the
    SDF, which controls a third, was the first to reject ...") or whose cue takes the
    number as its object ("the kingdom claims some 70 % of the lake" is a claim to territory,
    not a report, unless its object is a tally: "estimate the death toll at 100", or the
    cue is a verb of reporting: "the ministry reported 32 deaths")."""

    def fits(a: Attribution) -> bool:
        in_source = a.source is not None and a.source.start <= q.start < a.source.end
        cue_is_verb = (verb is not None and a.cue.start <= verb.idx < a.cue.end
                       and not _tallies(verb) and not _asks_for(span.doc, a)
                       and verb.lemma_.lower() not in REPORTING_VERBS)  # fmt: skip
        return (not in_source and not cue_is_verb and _speaks(span.doc, a)
                and not _speaker_in_a_later_paragraph(span.doc, a, q))  # fmt: skip

    aside = _in_an_aside(span)
    if aside is not None and not any(a.cue.start <= aside.idx < a.cue.end and fits(a)
                                     for a in attributions):  # fmt: skip
        return None
    candidates = [a for a in attributions if fits(a)]
    inside = [a for a in candidates if a.content.start <= q.start and q.end <= a.content.end]
    if inside:
        return min(inside, key=lambda a: a.content.end - a.content.start)
    sent = span.sent
    same = [a for a in candidates if sent.start_char <= a.cue.start < sent.end_char
            and _cue_governs(span, a)]  # fmt: skip
    if same:
        return same[0]
    # a carried account speaks only if its cue does ("X designed the rifle. 75 million
    # copies have been built": a design is no account the next sentence continues), or
    # if it puts a number on a tally ("The ministry set the death toll at 52")
    held = [a for a in carried if a.content.start <= q.start and q.end <= a.content.end
            and (_speaks(span.doc, a) or _sets_a_tally(span.doc, a))]  # fmt: skip
    return held[0] if held else None


#: Words opening a relative clause set off by a comma.
_RELATIVES = {"which", "where", "who", "whom", "whose", "when"}


def _in_an_aside(span: Span) -> Token | None:
    """'... the March 3 blasts, which killed over 80 people', 'In Kosovo, where
    the leader resists the deployment of 4,000 U.S. soldiers, the minister insisted ...':
    a relative clause set off by a comma tells what the story holds as known about a thing
    it names; the writer adds it, whoever speaks around it. Returns the clause's verb
    (whose own cue, "Senator X, who has called for 20,000 troops", still speaks)."""
    token = span.root
    doc = span.doc
    for _ in range(12):
        if token.dep_ == "relcl":
            first = doc[token.left_edge.i]
            aside = (first.lower_ in _RELATIVES and first.i > 0
                     and doc[first.i - 1].text == ",")  # fmt: skip
            return token if aside else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _speaker_in_a_later_paragraph(doc: Doc, a: Attribution, q: Quantity) -> bool:
    """'... killed 64 people.' then, a paragraph on, '``The events of March 3
    show ...,'' said the envoy': a cue reports nothing of a paragraph before its
    own (the layer drew its content back across a blank line, misled by quote marks it
    did not read as such); what a speaker says runs forward from the paragraph naming
    them, never back."""
    return q.end <= a.cue.start and bool(_BLANK_LINE.search(doc_text(doc), q.end, a.cue.start))


def _asks_for(doc: Doc, a: Attribution) -> bool:
    """'has called for 20,000 troops', 'pushed for 5,000 more': a cue ending in the
    preposition by which it takes what it asks for; the number in it is the speaker's
    figure, whereas a cue taking the number as its direct object lays claim to it
    ("the kingdom claims 70 % of the lake")."""
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    return cue is not None and len(cue) > 1 and cue[-1].pos_ == "ADP"


def _speaks(doc: Doc, a: Attribution) -> bool:
    """The cue is a word of saying, reporting or believing (the lexicon's, or a noun
    cue: "according to", "the statement"), not a verb the learned cue model took for
    one whose content is an act or an intention: "officials decided to move all 40
    detainees" is a decision, which nobody reported as a number."""
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if cue is None:
        return True
    verbs = [t for t in cue if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return True
    return any(t.lemma_.lower() in _CUE_VERBS for t in verbs)


def _sets_a_tally(doc: Doc, a: Attribution) -> bool:
    """'The U.N. placed the number of dead at 400', 'officials gave the death toll as 17': a
    verb of estimating whose object is a tally (``reports.tally_reports``) states a number,
    though "place", "set" and "give" are no words of saying ("set up a camp" is none)."""
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue.root
    return verb.lemma_.lower() in ESTIMATE_VERBS and _tallies(verb)


def _cue_governs(span: Span, a: Attribution) -> bool:
    """A cue in the number's sentence whose content misses the number still reports it
    when the number's clause hangs under the cue ("Witnesses described chaos as 30 were
    wounded") or the cue heads the sentence; not a cue inside a relative clause about
    someone else ("The president, who said ..., visited 40 wounded soldiers")."""
    cue = span.doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue.root
    if _dates_the_saying(span, verb):
        return False
    if verb.dep_ == "ROOT" or verb.is_ancestor(span.root):
        return True
    # "Only one person was killed last year, according to the police, and ...": a cue
    # phrase modifying a clause reports that clause, wherever the layer drew its content
    return (verb.dep_ == "prep"
            and (verb.head.i == span.root.i or verb.head.is_ancestor(span.root)))


#: Conjunctions opening a clause that says when something was said, not what was said,
#: or what the writer grants against it ("Although most of the gunmen were Chadian,
#: the cabinet rejects any blame").
_WHEN_SAID = {"after", "before", "until", "till", "once", "following", "although", "though",
              "whereas"}  # fmt: skip


def _dates_the_saying(span: Span, cue: Token) -> bool:
    """'The senator tweeted a prayer the day after a gunman killed 12 people': the
    number's clause, opened by "after" / "before" / "until", only tells when the cue's
    words were said, and one opened by "although" what the writer grants; the speaker
    does not report it (the story does)."""
    token = span.root
    for _ in range(8):
        if token.i == cue.i or token.head.i == token.i:
            return False
        if token.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ in _WHEN_SAID for c in token.children
        ) and token.head.i == cue.i:
            return True
        token = token.head
    return False


#: Prepositions by which a report noun takes what it reports ("reports of 300 arrests").
_REPORTED_BY = {"of", "about", "on"}
#: Nouns that report what they take by one of those prepositions.
REPORT_NOUNS = DOCUMENT_NOUNS | STATEMENT_NOUNS


def noun_reports(
    doc: Doc, attributions: list[Attribution], extractor: Extractor
) -> list[Attribution]:
    """'Residents were shocked by reports of more than 300 arrests', 'could not confirm
    reports about 40 soldiers killed': a number inside what a report noun is of or about
    is that report's word, whoever relays the report. One attribution per such phrase:
    the noun phrase is the source and the cue, the prepositional phrase its content (the
    smallest content around the number, so it wins over a speaker around it). Not a
    report that is what its author's cue verb says ("The army published a review of 500
    strikes"): there the author speaks."""
    lexicon = default_lexicon()
    cues = {a.cue.start for a in attributions}
    found: list[Attribution] = []
    for noun in tokens_with_pos(doc, "NOUN"):
        if noun.lemma_.lower() not in REPORT_NOUNS:
            continue
        if noun.head.idx in cues and noun.head.i != noun.i:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in _REPORTED_BY or prep.i < noun.i:
                continue
            if not any(t.like_num for t in prep.subtree):
                continue
            source = doc[noun.left_edge.i : noun.i + 1]
            content = doc[prep.i : prep.right_edge.i + 1]
            found.append(Attribution(
                source=text_span(source), cue=text_span(doc[noun.i : noun.i + 1]),
                content=text_span(content), kind=as_source_kind(lexicon.kind_of(source)),
                actor=actor_in(doc, source), antecedent=None, extractor=extractor,
            ))  # fmt: skip
        found += _described_by_author(doc, noun, extractor)
    return found


def _described_by_author(doc: Doc, noun: Token, extractor: Extractor) -> list[Attribution]:
    """'a report by the Peace Index -- accounting for half of all deaths', 'a study by two
    universities, finding that 40 ...': a participle describing a document whose author
    its "by" names tells what the document says, so a number in it is the author's word."""
    author = _author_of(noun)
    if author is None:
        return []
    source = _name_of(author)
    return [Attribution(source=text_span(source), cue=text_span(doc[noun.i : noun.i + 1]),
                        content=text_span(doc[c.i : c.right_edge.i + 1]),
                        kind=as_source_kind(default_lexicon().kind_of(source)),
                        actor=actor_in(doc, source), antecedent=None, extractor=extractor)
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > author.right_edge.i
            and any(t.like_num for t in c.subtree)]  # fmt: skip


def _tallies(verb: Token) -> bool:
    """'Officials estimate the death toll at more than 100': a cue verb whose object is a
    tally reports the number; it does not lay claim to it."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS for c in verb.children)


def named_document(attribution: Attribution, attributions: list[Attribution]) -> TextSpan | None:
    """'According to the report' after 'According to the Regional Security Survey 2024': the
    latest earlier source that names a report, index or body (a capitalised word after its
    first), which "the report" (or "the agency") points back to when the attribution layer
    found nothing; "the statement" points back to whoever was the source before it."""
    source = attribution.source
    if source is None or attribution.antecedent is not None:
        return None
    text = source.text.split()
    if len(text) != 2 or text[0].lower() not in POINTING:
        return None
    noun = text[1].lower()
    if noun not in DOCUMENT_NOUNS | BODY_NOUNS | STATEMENT_NOUNS:
        return None
    for earlier in reversed([a for a in attributions if a.cue.start < attribution.cue.start]):
        named = earlier.source
        if named is None or attribution.cue.start - named.end > 1500:
            continue
        if noun in STATEMENT_NOUNS and named.text.lower() not in _PRONOUNS:
            return named  # "the statement" speaks for whoever made it
        if any(w[:1].isupper() for w in named.text.split()[1:]):
            return named
    return None


def _relative_antecedent(doc: Doc, speaker: TextSpan) -> TextSpan | None:
    """'Senator X, who has called for ...': a speaker written as a relative pronoun is the
    noun phrase its clause modifies."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in {"who", "which", "that"}:
        return None
    clause = span[0].head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = clause.head
    author = _author_of(noun)
    if author is not None:  # "a report by the Peace Index, which identified ...": its author
        return text_span(_name_of(author))
    start = noun.left_edge.i
    end = noun.i + 1
    while end < len(doc) and doc[end].head.i == noun.i and doc[end].dep_ in {
            "compound", "flat", "appos"} and doc[end].i < clause.left_edge.i:  # fmt: skip
        end = doc[end].right_edge.i + 1
    return text_span(doc[start:end])


def _author_of(noun: Token) -> Token | None:
    """'a report by the Peace Index', 'a study by two universities': who wrote a document or
    a statement named by its "by" phrase, the source behind the noun."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
                 for o in p.children if o.dep_ == "pobj"), None)  # fmt: skip


def _name_of(noun: Token) -> Span:
    """The noun's phrase without what is said of it after it ("the Peace Index, which
    identified ...": the Peace Index), keeping the words of its name ("the Institute for
    Peace")."""
    end = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ in {"compound", "flat", "prep", "nmod"}:
            end = max(end, child.right_edge.i + 1)
        elif child.i > noun.i:
            break
    return noun.doc[noun.left_edge.i : end]


def _subject_before(
    doc: Doc, attribution: Attribution
) -> tuple[TextSpan, SourceKind, str | None] | None:
    """'Thai officials said ... . Nhek Bunchhay appeared confident. He said ...': "he" or
    "she" stands for the person the sentence just before is about, when it is about one,
    rather than for the last speaker (the attribution layer's antecedent), who may be
    neither that near nor one person."""
    written = attribution.source
    if attribution.antecedent is None or written is None:
        return None
    span = doc.char_span(written.start, written.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in {"he", "she"}:
        return None
    nearer = pronoun_speaker(doc, written)
    if nearer is None or nearer.start == attribution.antecedent.start:
        return None
    named = doc.char_span(nearer.start, nearer.end, alignment_mode="expand")
    if named is None:
        return None
    kind = as_source_kind(default_lexicon().kind_of(named))
    return nearer, kind, actor_in(doc, named)


def claim_source(
    attribution: Attribution | None, attributions: list[Attribution], doc: Doc | None = None
) -> ClaimSource | None:
    """The speaker as the claim names it: the antecedent of a pointing source ("he", "the
    report"), else the source as written."""
    if attribution is None:
        return None
    speaker = (attribution.antecedent or named_document(attribution, attributions)
               or attribution.source)  # fmt: skip
    if speaker is None:
        return None
    kind, actor = attribution.kind, attribution.actor
    if doc is not None:
        speaker = _relative_antecedent(doc, speaker) or speaker
        nearer = _subject_before(doc, attribution)
        if nearer is not None:
            speaker, kind, actor = nearer
    speaker = _without_marker(speaker)
    return ClaimSource(
        text=speaker.text,
        kind=kind,
        actor=actor,
        start=speaker.start,
        end=speaker.end,
    )


_MARKER = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])$")


def _without_marker(speaker: TextSpan) -> TextSpan:
    """'the ministry's estimate': the attribution draws the possessor with its marker, as
    annotators do; the claim names the speaker, the ministry, without it."""
    found = _MARKER.search(speaker.text)
    if found is None:
        return speaker
    text = speaker.text[: found.start()].rstrip()
    return TextSpan(speaker.start, speaker.start + len(text), text)
