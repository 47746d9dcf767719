"""Whose number a claim is and who says it, resolved to the actor dictionary.

``subject.py`` reads the phrase from syntax; this module turns it into an actor id
(the dictionary actor inside the phrase, the story's main armed actor a description
refers to, the last claim on the same measure where an owner's clause names nobody)
and resolves a source written as a pronoun or a group description. Kept apart from
``component.py`` so the builder reads as the order of its steps.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Claim, ClaimSource, Quantity, TextSpan
from frontlines.nlp.claims.counted import TALLY_NOUNS, counts_people, tallied_noun, tally_of
from frontlines.nlp.claims.dates import clause_verb
from frontlines.nlp.claims.detonated import DEVICES
from frontlines.nlp.claims.elided import existential_noun
from frontlines.nlp.claims.receivers import receiver
from frontlines.nlp.claims.reports import described_group, pronoun_speaker
from frontlines.nlp.claims.subject import TALLY_HEADS, noun_phrase, refers_to, subject_span
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.measures import Measure, Taxonomy

__all__ = [
    "ACTOR_LABELS_ARMED",
    "OWNED_MEASURES",
    "concept_span",
    "governing_verb",
    "main_actor",
    "names_no_one",
    "resolved_source",
    "whose",
]

ACTOR_LABELS_ARMED = {"ORG", "NORP"}
OWNED_MEASURES = {"territory_lost_share", "territory_captured_share", "territory_held_share",
                  "territory_area", "fighters"}  # fmt: skip


def governing_verb(span: Span) -> Token | None:
    """The verb close above the number (five heads at most): whose clause it is."""
    return clause_verb(span, depth=5)


def concept_span(doc: Doc, q: Quantity) -> Span | None:
    """The tokens of what the quantity layer read the number as counting."""
    if q.concept is None:
        return None
    return doc.char_span(q.concept.start, q.concept.end, alignment_mode="expand")


def main_actor(doc: Doc) -> str | None:
    """The story's most-mentioned armed actor: whose "its territory" is."""
    counts = Counter(span.kb_id_ for span in doc.spans.get("actors", []) if span.kb_id_
                     and span.label_ in ACTOR_LABELS_ARMED)  # fmt: skip
    return counts.most_common(1)[0][0] if counts else None


def names_no_one(doc: Doc, q: Quantity, measure: Measure, taxonomy: Taxonomy) -> bool:
    """'The offensive has left more than 600 dead': the phrase the quantity layer took
    for what a count of people counts stands before the number and names no people
    (nor the count itself: "the death toll"), so the count is of nobody named."""
    concept = concept_span(doc, q)
    if measure.subject != "counted" or concept is None or concept.end_char > q.start:
        return False
    head = concept.root
    armed = {w for m in ("troops", "fighters") if (found := taxonomy.get(m))
             for w in found.concepts}  # fmt: skip
    people = counts_people(head, taxonomy.people) or head.lemma_.lower() in armed
    return not people and head.lemma_.lower() not in TALLY_HEADS


def resolved_source(doc: Doc, source: ClaimSource | None) -> ClaimSource | None:
    """A speaker written as a pronoun no earlier speaker resolves ("It says ...") named as
    the previous sentence's subject (``reports.pronoun_speaker``); one written as a group
    description ("the militant group") named as the actor it stands for
    (``reports.described_group``)."""
    if source is None or source.actor is not None or source.start is None or source.end is None:
        return source
    written = TextSpan(source.start, source.end, source.text)
    pronoun = pronoun_speaker(doc, written)
    if pronoun is not None:
        return replace(source, text=pronoun.text, start=pronoun.start, end=pronoun.end)
    found = described_group(doc, written)
    if found is None:
        return source
    name, actor = found
    return replace(source, text=name.text, actor=actor, start=name.start, end=name.end)


def _actor_in(doc: Doc, start: int, end: int) -> str | None:
    """The first dictionary actor inside a character range."""
    for a in doc.spans.get("actors", []):
        if start <= a.start_char and a.end_char <= end and a.kb_id_:
            return str(a.kb_id_)
    return None


def whose(
    doc: Doc, q: Quantity, span: Span, measure: Measure, main_actor: str | None,
    earlier: list[Claim],
) -> tuple[str | None, str | None]:
    """(actor id, the text naming whose number it is). Where the text names someone,
    the actor is the one inside that phrase or none. Where an owner's clause names
    nobody, the last claim on the same measure says whose it is ("Coalition forces
    conducted 34 strikes. ... Near Mosul, five strikes engaged ..."); only then do
    the older fallbacks apply (the verb's subject, the story's main armed actor)."""
    concept = concept_span(doc, q)
    # "Seven suspects are in custody in Kenya and two in Uganda": a count whose noun is
    # left out borrows the phrase of the count before it, number and all
    borrowed = concept is not None and concept.end <= span.start
    concept = _without_count(concept) if borrowed else concept
    if measure.subject == "owner" and concept is not None:
        owner = _actor_in(doc, concept.start_char, concept.end_char)
        if owner:  # "IS fighters"
            return owner, concept.text
        if _named_side(concept, q):  # "confront 200,000 Ethiopian soldiers"
            return None, concept.text
    given_to = receiver(span, measure.id)
    if given_to is not None:  # "handed 50 rifles to the village guards"
        return _actor_in(doc, given_to.start_char, given_to.end_char), given_to.text
    target = _recorded_target(span, measure, concept)
    if target is not None:  # "police recorded 812 attacks against migrant shelters"
        return _actor_in(doc, target.start_char, target.end_char), target.text
    phrase = subject_span(measure.subject, governing_verb(span), span, concept)
    phrase = _without_count(phrase) if borrowed else phrase  # "4,000 soldiers ... 2,000"
    if phrase is None and measure.subject == "counted":
        phrase = _tallied_phrase(span)  # "took to 14 the number of suspects in detention"
    if phrase is not None and measure.subject == "taker":
        taker = _actor_in(doc, phrase.start_char, phrase.end_char)  # "by Iraqi troops"
        return taker or _subject(doc, q, span) or main_actor, phrase.text
    if phrase is not None:
        actor = _actor_in(doc, phrase.start_char, phrase.end_char)
        if actor is None and main_actor and refers_to(phrase, _actor_names(doc, main_actor)):
            actor = main_actor  # "the militant group lost 65 %" after "Islamic State ..."
        return actor, phrase.text
    # "reported 2,300 men captured, ... then said the tally might now top
    # 3,100": a tally that names nothing it is of restates the sentence's count before it
    tally = concept is not None and concept.root.lemma_.lower() in TALLY_HEADS
    if measure.subject == "counted" and (q.concept is None or tally):
        # "tens of thousands of villagers have died ..., millions have fled their
        # homes": a bare count takes the people the sentence's last count counted.
        told = [c for c in earlier if c.subject_text and span.sent.start_char <= c.start
                and not _part_of_a_count(doc, c)
                and (not tally or c.measure == measure.id)]  # fmt: skip
        if told:
            return told[-1].subject, told[-1].subject_text
    before = next((c for c in reversed(earlier) if c.measure == measure.id), None)
    if (measure.subject == "owner" and before is not None and before.subject_text
            and not _thing_of(doc, before)):  # fmt: skip
        return before.subject, before.subject_text
    if measure.subject == "counted" and q.concept is None:
        loser = _loser(span)
        if loser is not None:  # "the guerrillas, who have lost 900 dead and wounded"
            return _actor_in(doc, loser.start_char, loser.end_char), loser.text
    fallback = main_actor if measure.id in OWNED_MEASURES else None
    # Nobody holds them in the text: the things counted are what the number is about
    # ("five or six gunmen were inside", "a 12-kilogram bomb").
    # A bare number an existential clause leaves its noun out of counts that noun, even
    # though it stands before the number ("hunted the gunmen, saying there were four").
    counted = (concept.text if measure.subject == "owner" and concept is not None
               and (concept.start_char >= q.start or _left_out(span, q)) else None)  # fmt: skip
    if counted is None and measure.subject == "owner":
        counted = _measured_thing(span) or _sized_group(span)
    if measure.id == "attacks" and concept is not None and concept.root.lemma_.lower() in DEVICES:
        counted = None  # "two bombs exploded": attacks by a device name no one's
    return _subject(doc, q, span) or fallback, counted


def _left_out(span: Span, q: Quantity) -> bool:
    """Whether ``q``'s concept is the noun its existential clause leaves out."""
    noun = existential_noun(span, replace(q, concept=None))
    return noun is not None and q.concept is not None and noun.idx >= q.concept.start \
        and noun.idx + len(noun.text) <= q.concept.end  # fmt: skip


#: Verbs of keeping count: their subject records attacks, it does not make them.
_RECORDING = {"record", "report", "register", "document", "log", "count", "tally", "confirm",
              "note", "list", "cite"}  # fmt: skip
#: Prepositions naming what an attack is made on.
_TARGETING = {"against", "on", "targeting", "at"}


def _recorded_target(span: Span, measure: Measure, concept: Span | None) -> Span | None:
    """'police recorded 812 attacks against migrant shelters', 'the monitors documented 45
    attacks on clinics': whoever keeps the count of attacks is no attacker, so the count is
    about what was attacked (the guide's subject: the side or population the number is
    about). Only when the text names no attacker in the count's phrase and says what was
    hit."""
    verb = governing_verb(span)
    if measure.id != "attacks" or concept is None or verb is None:
        return None
    if verb.lemma_.lower() not in _RECORDING:
        return None
    head = concept.root
    if head.dep_ != "dobj" or head.head.i != verb.i:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGETING:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ in {"NOUN", "PROPN"}]
            if objects:
                return noun_phrase(objects[0])
    return None


def _tallied_phrase(span: Span) -> Span | None:
    """'took to 14 the number of suspects in detention', 'raised the number of refugees
    admitted from 10,000 to 15,000': a number given as the value of a tally ("the number
    of ...") counts what the tally is of, and those are whose number it is."""
    verb = governing_verb(span)
    tallied = tallied_noun(span, verb)
    if tallied is None and verb is not None:
        # the tally after the number ("raised to 14 the number of ..."), or the one
        # the number's clause describes ("the number of refugees admitted from 70 to 85")
        tallies = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        if verb.dep_ in {"acl", "relcl"}:
            tallies.append(verb.head)
        tallied = next((found for t in tallies if t.lemma_.lower() in TALLY_NOUNS
                        and (found := tally_of(t)) is not None), None)  # fmt: skip
    if tallied is None or tallied.pos_ not in {"NOUN", "PROPN"}:
        return None
    if tallied.lemma_.lower() in TALLY_HEADS:
        return None  # "the number of deaths": the count itself, nobody counted
    return noun_phrase(tallied)


def _thing_of(doc: Doc, claim: Claim) -> bool:
    """The claim's subject is the thing measured right after its number ("a 20-kilogram
    TNT bomb"), found when no one held it: no owner to carry to the next number."""
    text = claim.subject_text or ""
    return claim.subject is None and doc_text(doc)[claim.end : claim.end + len(text) + 1].strip(
        ) == text  # fmt: skip


def _measured_thing(span: Span) -> str | None:
    """'a 20-kilogram TNT bomb': a measure written as a modifier ("20-kilogram") of the
    noun after it is of that thing ("TNT bomb"), which the quantity layer gives no
    concept for (its unit is the kilogram)."""
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.pos_ != "NOUN" or head.i < span.end:
        return None
    return doc_text(span.doc)[span.doc[span.end].idx : head.idx + len(head.text)]


def _sized_group(span: Span) -> str | None:
    """'dispatched ten guards out of a force of 500': a number given as what a noun is
    "of" sizes that noun (a force, an army, a column), so with no owner named the count is
    that group's."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.pos_ != "NOUN":
        return None
    group = preposition.head
    if group.lemma_.lower() in TALLY_HEADS | _AMOUNTS or preposition.i != group.i + 1:
        return None  # "a total of 500", "an average of 300": an amount, no group
    return noun_phrase(group).text


#: Nouns of an amount a number is given as ("a maximum of 500"): they size nothing.
_AMOUNTS = {"maximum", "minimum", "average", "estimate", "peak", "high", "low", "sum",
            "range", "cap", "limit", "increase", "decrease", "rise", "drop"}  # fmt: skip


#: Relative pronouns standing for the noun their clause modifies.
_RELATIVE = {"which", "who", "that"}


def _loser(span: Span) -> Span | None:
    """'The militia has lost over 3,000 dead and wounded', 'the guerrillas, who have
    lost 900 dead': a bare count of the dead or wounded that a side "lost" is that side's;
    a relative pronoun stands for the noun its clause modifies."""
    verb = governing_verb(span)
    if verb is None or verb.lemma_.lower() != "lose":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun_phrase(subject)


def _part_of_a_count(doc: Doc, claim: Claim) -> bool:
    """'At least 52, including six Italians, died': the number breaks an earlier
    count down ("including", "excluding"), so it says nothing of whose a later bare count
    ("and 1,640 were wounded") is."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ in {"including", "excluding"} for t in span.root.ancestors
    )


#: Entity types of a modifier that says whose the counted people or things are.
_SIDE_ENTITIES = {"NORP", "GPE", "ORG"}


def _named_side(concept: Span, q: Quantity) -> bool:
    """'an operation to confront 200,000 Ethiopian soldiers', '48 Kuwaiti jets': the
    counted phrase, after the number, names a nation or organisation as a modifier of
    its head, so it says whose they are whoever the clause's subject is. Counts only: in
    "a third of Syria's territory" the country is the whole, not who holds it."""
    if concept.start_char < q.end or q.unit not in {"count", ""}:
        return False
    head = concept.root
    return any(t.ent_type_ in _SIDE_ENTITIES and t.i < head.i for t in concept)


def _without_count(phrase: Span | None) -> Span | None:
    """'Seven suspects' as what "two" counts in "... and two in Uganda": the phrase
    borrowed from the count before, without that count's number ("suspects")."""
    if phrase is None:
        return None
    root = phrase.root
    counts = [c for c in root.children if c.dep_ == "nummod" and c.i < root.i]
    if not counts:
        return phrase
    start = max(t.i for c in counts for t in c.subtree) + 1
    return phrase.doc[start : phrase.end] if phrase.start < start < phrase.end else phrase


def _actor_names(doc: Doc, actor: str) -> list[str]:
    return [a.text for a in doc.spans.get("actors", []) if a.kb_id_ == actor]


def _subject(doc: Doc, q: Quantity, span: Span) -> str | None:
    actors = list(doc.spans.get("actors", []))
    if q.concept is not None:
        for a in actors:
            if q.concept.start <= a.start_char and a.end_char <= q.concept.end:
                return a.kb_id_ or None
    verb = governing_verb(span)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                for a in actors:
                    if child.left_edge.i <= a.start and a.end <= child.right_edge.i + 1:
                        return a.kb_id_ or None
    return None
