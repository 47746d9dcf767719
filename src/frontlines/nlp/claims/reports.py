"""Sources of a number that the attribution layer does not give in a usable form.

* An estimate stated as a tally: "Western estimates put the number of rebel
  fighters at between 800 and 1,200", "The ministry put the death toll at 21". A
  verb of estimating whose object is a tally noun reports the number, and its subject
  is the source. These are not speech verbs, so the attribution layer (rightly, for
  "put the boxes on the table") does not mark them.
* A speaker written as a description of a group named shortly before it: "The Northern
  Liberation Front, or NLF, said it carried out the raid. ... the outlawed rebel
  movement said it was holding more than 50 captives": the description stands for the
  latest actor named before it on the same side (state / non-state), as the subject
  layer resolves "the militant group lost 65 %".
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from frontlines.model import Attribution, Extractor, TextSpan, as_source_kind
from frontlines.nlp.attribution.component import default_lexicon
from frontlines.nlp.claims.counted import TALLY_NOUNS
from frontlines.nlp.claims.subject import GROUP_NOUNS, refers_to
from frontlines.nlp.extensions import doc_text, tokens_with_pos
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.events import side_of
from frontlines.vocab.words import words

__all__ = ["CLAIM_NOUNS", "DESCRIPTION_REACH", "ESTIMATE_NOUNS", "ESTIMATE_VERBS", "STATING_VERBS",
           "belief_reports", "clause_reports", "described_group", "pronoun_speaker",
           "subject_reports", "tally_reports"]

#: Verbs that state an estimate when their object is a tally ("put the toll at 34").
ESTIMATE_VERBS = {"put", "place", "estimate", "set", "give"}
#: How far back (characters) a group description looks for the name it stands for.
DESCRIPTION_REACH = 1500
_SUBJECTS = {"nsubj", "nsubjpass"}
#: Nouns of saying whose "that"-clause is what their author said.
CLAIM_NOUNS = words("attribution", "claim_nouns")
#: Nouns of reckoning whose author's word a clause they are the subject of is.
ESTIMATE_NOUNS = words("attribution", "estimate_nouns")
#: Verbs by which such a noun states its number ("show", "range", "stand", "be").
STATING_VERBS = words("attribution", "stating_verbs")


def _span_of(doc: Doc, token: Token) -> Span:
    return doc[token.left_edge.i : token.right_edge.i + 1]


def tally_reports(doc: Doc, extractor: Extractor) -> list[Attribution]:
    """One attribution per 'X put/estimated the number of Y at N' in the story: X is the
    source, the tally and what follows it the content."""
    found: list[Attribution] = []
    for verb in tokens_with_pos(doc, "VERB"):
        if verb.lemma_.lower() not in ESTIMATE_VERBS:
            continue
        tallies = [c for c in verb.children
                   if c.dep_ == "dobj" and c.lemma_.lower() in TALLY_NOUNS]  # fmt: skip
        speakers = [c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]
        if not tallies or not speakers:
            continue
        source = _span_of(doc, speakers[0])
        content = doc[tallies[0].left_edge.i : verb.right_edge.i + 1]
        found.append(_reported(source, verb, content, extractor))
    return found


def clause_reports(doc: Doc, extractor: Extractor) -> list[Attribution]:
    """'the ministry's announcement that 300 rebels had surrendered', 'an announcement in
    March by the foreign minister that the country would admit 8,000 refugees': a noun of
    saying with a "that"-clause reports that clause, and its author (the possessor, else
    the object of its "by") is the source, whatever verb the noun phrase hangs off ("was
    met with doubt", "is the only basis for"). No author named, no attribution: the
    noun alone says nothing of who spoke."""
    found: list[Attribution] = []
    for noun in tokens_with_pos(doc, "NOUN"):
        if noun.lemma_.lower() not in CLAIM_NOUNS:
            continue
        clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                      None)  # fmt: skip
        if clause is None:
            continue
        source = _author(noun)
        if source is None:
            continue
        content = doc[clause.left_edge.i : clause.right_edge.i + 1]
        found.append(_reported(source, noun, content, extractor))
    return found


def _author(noun: Token) -> Span | None:
    """Who a noun of saying or reckoning is by: its possessor ("the ministry's"), else the
    object of its "by" ("estimates by the council"); a noun, never a pronoun ("its
    estimate" names no one)."""
    author = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if author is None:
        by = next((c for c in noun.children if c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ == "by")), None)  # fmt: skip
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if author is None or author.pos_ not in {"NOUN", "PROPN"}:
        return None
    source = _span_of(author.doc, author)
    if source[-1].tag_ == "POS":  # "the ministry's": the name without its "'s"
        source = source[:-1]
    return source


#: Clauses under the verb that tell something else than what the reckoning says ("The
#: ministry's statement came after 40 soldiers were killed").
_ASIDES = {"advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
#: Links below which a number is told of in passing, not stated by the reckoning ("show
#: 300 deaths in an attack that killed 12"); a preposition only off the stating verb
#: itself ("range from 2,000", "stands at 300") leads to the stated number.
_PASSING = {"advcl", "relcl", "acl", "prep"}


def subject_reports(doc: Doc, extractor: Extractor) -> list[Attribution]:
    """'The council's estimates of the displaced range from 2,000 to 9,000', 'Figures
    by the agency show 4,000 returns': a noun of reckoning with an author, as the subject
    of a verb that states a number (``STATING_VERBS``, not negated), makes that clause's
    number its author's word. The content is the clause after the subject, cut before
    the first clause or phrase that tells of a number in passing; the author is the
    source. No author, no attribution ("Estimates range from 10 to 20" is no one's); any
    other verb ("the count excludes 200", "the figures do not include 300") states no
    number of the reckoning's."""
    found: list[Attribution] = []
    for noun in tokens_with_pos(doc, "NOUN"):
        verb = noun.head
        if (noun.dep_ not in _SUBJECTS or verb.i == noun.i or verb.pos_ not in {"VERB", "AUX"}
                or not {noun.lemma_.lower(), noun.lower_} & ESTIMATE_NOUNS
                or verb.lemma_.lower() not in STATING_VERBS
                or any(c.dep_ == "neg" for c in verb.children)):  # fmt: skip
            continue
        source = _author(noun)
        if source is None:
            continue
        parts = [c for c in verb.children
                 if c.i > noun.right_edge.i and c.dep_ not in _ASIDES and c.dep_ != "punct"]
        if not parts:
            continue
        content = _stated(doc[parts[0].left_edge.i : max(p.right_edge.i for p in parts) + 1],
                          verb)  # fmt: skip
        if content is not None:
            found.append(_reported(source, noun, content, extractor))
    return found


def _passing(token: Token, verb: Token) -> Token | None:
    """The highest link between a number and the stating verb that tells of it in
    passing (a relative or adverbial clause, a preposition not off the verb), or None."""
    passing = None
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in _PASSING and not (token.dep_ == "prep" and token.head.i == verb.i) \
                and not _range_end(token, verb):  # fmt: skip
            passing = token
        token = token.head
    return passing


#: The words closing a range a preposition off the stating verb opens ("range from 2,000
#: to 9,000", "stands between 300 and 400").
_RANGE_ENDS = {"from": "to", "between": "and"}


def _range_end(token: Token, verb: Token) -> bool:
    """Whether ``token`` is the "to" the parser hung on a "from" off the stating verb
    ("range from 2,000 to 9,000"): the range's upper end, stated as its lower is, not a
    phrase telling of a number in passing."""
    opener = token.head
    return (token.dep_ == "prep" and opener.dep_ == "prep" and opener.head.i == verb.i
            and _RANGE_ENDS.get(opener.lower_) == token.lower_)  # fmt: skip


def _stated(content: Span, verb: Token) -> Span | None:
    """The content cut before the first phrase telling of a number in passing, when a
    number the verb states is left; else None."""
    end = content.end
    for t in content:
        passing = _passing(t, verb) if t.like_num else None
        if passing is not None:
            end = min(end, passing.left_edge.i)
    cut = content.doc[content.start : max(end, content.start)]
    if any(t.like_num and _passing(t, verb) is None for t in cut):
        return cut
    return None


def described_group(doc: Doc, source: TextSpan) -> tuple[TextSpan, str | None] | None:
    """The actor a group description stands for ("the outlawed rebel movement"
    after "The Baloch Liberation Army"): (its name as written, its dictionary id), or None
    when the source is no such description or nothing before it fits."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in GROUP_NOUNS:
        return None
    if any(a.start >= span.start and a.end <= span.end for a in doc.spans.get("actors", [])):
        return None  # "the Islamic State group" names itself
    if _named_after(span):
        return None  # "the Somali monitoring group Mogadishu Lens": no description
    named = sorted([*doc.spans.get("actors", []), *(e for e in doc.ents if e.label_ == "ORG")],
                   key=lambda a: a.start_char)  # dictionary actors, then any organisation
    earlier = [a for a in named
               if a.end_char <= source.start and source.start - a.end_char <= DESCRIPTION_REACH
               and a.label_ in {"ORG", "NORP"}]  # fmt: skip
    wanted = side_of(span.text) or "non_state"  # a bare "the group" is no state's
    for actor in reversed(earlier):
        if refers_to(span, [actor.text]) or _side(actor) == wanted:
            return TextSpan(actor.start_char, actor.end_char, actor.text), actor.kb_id_ or None
    return None


def _named_after(span: Span) -> bool:
    """'the Somali monitoring group Mogadishu Lens': a proper name after the group noun
    names the group itself (one the actor dictionary need not know); the words before it
    only describe it, so it stands for no earlier actor."""
    root = span.root
    return any(t.pos_ == "PROPN" and t.i > root.i for t in span)


#: Pronoun speakers and whether each stands for a person.
_PRONOUN_PERSON = {"he": True, "she": True, "it": False}
#: The longest subject taken whole as a speaker; a longer one is cut to its noun chunk.
_SPEAKER_WORDS = 8


def pronoun_speaker(doc: Doc, source: TextSpan) -> TextSpan | None:
    """The speaker a pronoun stands for when no earlier speaker does: "The report by Human
    Rights Watch documents abuses. It says 2,000 detainees were tortured." The pronoun
    takes up the subject of the sentence just before it in the same paragraph, when that
    subject is a noun phrase of the pronoun's kind (a person for "he"/"she", no person for
    "it"); otherwise None, and the pronoun stays as written."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in _PRONOUN_PERSON:
        return None
    sent = span.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n\n" in doc_text(doc)[before.start_char : sent.start_char].strip(" \t"):
        return None  # another paragraph (or a blank "sentence" between)
    subjects = [c for c in before.root.children
                if c.dep_ in _SUBJECTS and c.pos_ in {"NOUN", "PROPN"}]  # fmt: skip
    if not subjects:
        return None
    subject = _span_of(doc, subjects[0])
    person = any(e.label_ == "PERSON" for e in subject.ents)
    if person != _PRONOUN_PERSON[span[0].lower_]:
        return None
    if len(subject) > _SPEAKER_WORDS:
        chunk = next((c for c in before.noun_chunks if c.root == subjects[0]), None)
        if chunk is None:
            return None
        subject = chunk
    return TextSpan(subject.start_char, subject.end_char, subject.text)


#: Words that make an organisation's own name a non-state one whatever else it says
#: ("Baloch Liberation Army", "Popular Front", "Patriotic Movement").
_INSURGENT_NAME = re.compile(r"\b(liberation|front|movement|brigades?|militias?|resistance|"
                             r"mujahideen|insurgents?|rebels?)\b")
_STATE_TYPES = {"state", "state_force", "coalition", "international_org"}


def _side(actor: Span) -> str:
    """The side of a named actor: its dictionary type where it is known, else its name."""
    known = _actors().get(actor.kb_id_) if actor.kb_id_ else None
    if known is not None:
        return "state" if known.type in _STATE_TYPES else "non_state"
    if _INSURGENT_NAME.search(actor.text.lower()):
        return "non_state"
    return side_of(actor.text)


@cache
def _actors() -> ActorDictionary:
    """The dictionary actor types are read from (the bundled one and $FRONTLINES_ACTORS)."""
    return ActorDictionary.load()


def _reported(source: Span, cue: Token, content: Span, extractor: Extractor) -> Attribution:
    """The attribution of ``content`` to ``source`` by the word ``cue``, with the actor
    the source names where the actor pass resolved one."""
    doc = source.doc
    return Attribution(
        source=TextSpan(source.start_char, source.end_char, source.text),
        cue=TextSpan(cue.idx, cue.idx + len(cue.text), cue.text),
        content=TextSpan(content.start_char, content.end_char, content.text),
        kind=as_source_kind(default_lexicon().kind_of(source)),
        actor=next((str(a.kb_id_) for a in doc.spans.get("actors", [])
                    if source.start <= a.start and a.end <= source.end and a.kb_id_), None),
        antecedent=None,
        extractor=extractor,
    )  # fmt: skip


#: Verbs of believing or saying whose participle, set after a clause, tells what the
#: clause's subject thought as they acted ("searched the mall, believing there were three
#: gunmen", "stormed the house, fearing 20 hostages were inside").
_BELIEVING = {"believe", "think", "fear", "suspect", "estimate", "assume", "expect", "say",
              "claim", "insist", "warn", "conclude", "calculate", "reckon"}  # fmt: skip


def belief_reports(doc: Doc, extractor: Extractor) -> list[Attribution]:
    """'Police began searching the mall, believing there might be as many as three gunmen':
    a participle of believing or saying with a clause of its own, hung on a verb whose
    subject names someone, reports that clause as the subject's word (the participle has
    no subject: it shares the verb's). The subject must be a noun, never a pronoun."""
    found: list[Attribution] = []
    for cue in tokens_with_pos(doc, "VERB"):
        if (cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "xcomp", "conj"}
                or cue.lemma_.lower() not in _BELIEVING
                or any(c.dep_ in _SUBJECTS for c in cue.children)):  # fmt: skip
            continue
        said = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        if said is None or subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not any(t.like_num for t in said.subtree):
            continue
        source = _span_of(doc, subject)
        content = doc[said.left_edge.i : said.right_edge.i + 1]
        found.append(_reported(source, cue, content, extractor))
    return found
