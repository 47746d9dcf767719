"""``frontlines_claims``: a quantity becomes a claim when we know what it measures.

For each quantity, in reading order:

1. measure: the first taxonomy entry whose unit fits and whose verb (the verb
   governing the number) or concept words (what it counts, "of its
   territory") match; "as many as 4,000 of them" inherits the measure of the
   count it refers back to;
2. subject: whose number it is (``subject.py``): the phrase counted ("12
   civilians") or, for what a side holds, fields or does, the owner ("the SDF,
   which controls a third"); kept as ``subject_text``, with ``subject`` the
   dictionary actor inside it. Where the text names nobody, the governing
   verb's subject if it names an actor, else for territory and fighters the
   document's most-mentioned armed actor ("its territory");
3. source: the attribution whose content holds the number, else one in the
   same sentence, else one the text carries to it (``sources.py``: "X said:"
   before a speech, a sentence continuing a reported one); reported = a date in
   the attribution outside its content ("said on Wednesday"), else the
   publication date;
4. as of: a date inside the claim ("since December"), else the reported date;
5. place: the place names after the number in its sentence.

Every claim gets a ``confidence`` (``confidence.py``: a logistic model over how the
measure was found and the shape of its clause).

Sets: ``Doc._.claims`` (a list of ``frontlines.model.Claim``) and ``Doc._.claim_features``
(each claim's confidence features, in the same order: what ``train claims`` fits on).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.model import (
    Attribution,
    Claim,
    ClaimSource,
    Extractor,
    Quantity,
    TextSpan,
    TimeExpression,
    as_relation,
)
from frontlines.nlp.beat import ConflictBeat
from frontlines.nlp.claims.confidence import (
    ClaimConfidence,
    claim_features,
    load_claim_confidence,
)
from frontlines.nlp.claims.counted import (
    appositive_noun,
    breaks_down,
    clause_lemmas,
    context_lemmas,
    counts_people,
    counts_the_doers,
    described_by,
    noun_verbs,
    share_of,
    strength_of,
    tallied_noun,
    verb_lemmas,
)
from frontlines.nlp.claims.dates import (
    clause_verb,
    date_before,
    date_inside,
    document_date,
    narrative_date,
    reported_date,
)
from frontlines.nlp.claims.readings import (
    ABROAD_VERBS,
    abroad,
    by_head,
    killed_or_wounded,
    lemmas_near,
    numbered,
    share_of_a_place,
)
from frontlines.nlp.claims.readings import (
    event_noun as event_noun_of,
)
from frontlines.nlp.claims.reports import described_group, pronoun_speaker, tally_reports
from frontlines.nlp.claims.senses import ruled_out
from frontlines.nlp.claims.sources import attribution_for, carried_attributions, claim_source
from frontlines.nlp.claims.subject import TALLY_HEADS, noun_phrase, refers_to, subject_span
from frontlines.nlp.extensions import declare, items
from frontlines.vocab.measures import Measure, Taxonomy, default_taxonomy
from frontlines.vocab.units import UnitTable, default_units

__all__ = [
    "ACTOR_LABELS_ARMED",
    "ClaimBuilder",
    "OWNED_MEASURES",
    "PLACE_LABELS",
    "VERSION",
    "make_claim_builder",
]

VERSION = "0.3.0"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS_ARMED = {"ORG", "NORP"}
OWNED_MEASURES = {"territory_lost_share", "territory_captured_share", "territory_held_share",
                  "territory_area", "fighters"}  # fmt: skip


#: Measures a nationality counted abroad turns into a count of refugees.
_REFUGEE_LIKE = {"displaced", "people_in_need"}


class ClaimBuilder:
    name = "frontlines_claims"
    version = VERSION

    def __init__(
        self, taxonomy: Taxonomy | None = None, units: UnitTable | None = None,
        confidence: ClaimConfidence | None = None,
    ) -> None:
        self.taxonomy = taxonomy or default_taxonomy()
        self.units = units or default_units()
        self.confidence = confidence or load_claim_confidence()
        self.extractor = Extractor(self.name, self.version)
        declare("claims", "claim_features", "quantities", "times", "attributions",
                "reference_date")  # fmt: skip

    def __call__(self, doc: Doc) -> Doc:
        quantities: list[Quantity] = items(doc, "quantities")
        times: list[TimeExpression] = items(doc, "times")
        attributions: list[Attribution] = items(doc, "attributions")
        published = doc._.reference_date or document_date(times)
        main_actor = _main_actor(doc)
        carried = carried_attributions(doc, attributions, self.extractor)
        carried += tally_reports(doc, self.extractor)
        claims: list[Claim] = []
        described: list[dict[str, float]] = []
        previous: tuple[Quantity, Measure] | None = None
        for q in map(_fraction_as_percent, quantities):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            q = _tallied(q, span)
            found = self._measure(doc, q, span, previous)
            if found is None:
                continue
            measure, how = found
            previous = (q, measure)
            following = [x.start for x in quantities if x.start > q.start]
            limit = min(following, default=span.sent.end_char)
            attribution = attribution_for(q, span, _governing_verb(span), attributions, carried)
            claim = self._claim(doc, q, span, measure, times, attribution, attributions,
                                published, main_actor, limit, claims)  # fmt: skip
            features = claim_features(claim, span, _governing_verb(span), how)
            confidence = round(self.confidence.probability(features), 4)
            claims.append(replace(claim, confidence=confidence))
            described.append(features)
        if claims and not ConflictBeat(doc.text, for_claims=True).on_beat:
            claims, described = [], []  # numbers of a story about no conflict: no claims
        doc._.claims = claims
        doc._.claim_features = described
        return doc

    # -- what is measured --------------------------------------------------

    def _measure(
        self, doc: Doc, q: Quantity, span: Span, previous: tuple[Quantity, Measure] | None
    ) -> tuple[Measure, str] | None:
        """The measure and how it was found ("verb+concept", "verb", "concept", "open",
        "inherited"), or None."""
        verb = _governing_verb(span)
        concept = _concept_span(doc, q)
        counted = concept.root if concept is not None else None
        # "put the number of rebel fighters at 1,200", "raids -- five"
        tallied = tallied_noun(span, verb) or appositive_noun(span)
        if tallied is not None:
            counted = tallied
        if ruled_out(q, span, verb, counted, self.taxonomy.rule_out):
            return None  # an age, a capacity, a population, part of a name, ...
        concept_lemmas = lemmas_near(doc, q, span)
        event_noun = event_noun_of(span)
        if event_noun is not None:  # "the arrest of five people", "injuries to six"
            concept_lemmas |= {event_noun}
        if tallied is not None:  # "put the death toll at 21"
            concept_lemmas |= {tallied.lemma_.lower()}
        verbs = verb_lemmas(verb, span, event_noun)
        if event_noun is None and verb is not None and counts_the_doers(span, verb):
            # "Two bombers killed 30": "two" killed no one; "killed" is no word for them
            verbs, concept_lemmas = set(), concept_lemmas - {verb.lemma_.lower(), verb.lower_}
        casualties = self.taxonomy.get("casualties")
        if (casualties is not None and casualties.takes_unit(q.unit, None)
                and killed_or_wounded(verb, verbs, self.taxonomy)):  # "killed or injured"
            return casualties, "verb"
        if counted is not None and counted.pos_ == "NOUN":
            # "cost 10,000 lives", "made 30 arrests": the counted noun names the event,
            # unless it is what some measure counts ("fired 40 rounds")
            noun = counted.lemma_.lower()
            if not any(noun in m.concepts for m in self.taxonomy.measures):
                verbs = verbs | noun_verbs(noun)  # "85 killings", "900 executions"
        # What the number counts: the head of its phrase, else (the parse lost it: "15,000
        # IS fighters remain" read with the number as subject) the two words after it.
        named = [counted] if counted is not None else list(doc[span.end : span.end + 2])
        head_lemmas = {w for t in named for w in (t.lemma_.lower(), t.lower_)}
        if q.unit == "percent":  # a share counts what it is "of", never the subject before it
            whole = share_of(span)  # "half of all conflict deaths"
            if whole is not None:
                head_lemmas = {whole.lemma_.lower(), whole.lower_}
            elif concept is not None and concept.start_char < q.start:
                head_lemmas = set()  # "Deaths fell 20 %"
            if share_of_a_place(span):  # "18 percent of Ukraine"
                head_lemmas.add("territory")
                concept_lemmas.add("territory")
        strength = strength_of(span)  # "a 5,000-strong force"
        if strength is not None:
            counted, head_lemmas = strength[0], {strength[1]}
        count_of = numbered(verb)  # "the militia numbers about 4,000 men"
        if count_of is not None:
            counted, head_lemmas = count_of
        unit = "rate" if "/" in q.unit else q.unit  # "3,000 people a day" is no head count
        known = self.units.get(unit)
        kind = known.kind if known is not None else None
        clause = clause_lemmas(span, verb)
        # A clause describing the people counted says what happened to them when the
        # governing verb says nothing ("residents who fled", "the 251 people it abducted").
        described = described_by(counted) - verbs
        passes = (verbs, verbs | described) if described else (verbs,)
        refugees = self.taxonomy.get("refugees")
        countries = {p.start for p in items(doc, "places")
                     if (p.feature_code or "").startswith("PCL")}  # fmt: skip

        def is_abroad() -> bool:
            return abroad(counted, verb, countries)

        for read in passes:
            for measure in by_head(self.taxonomy.measures, read, head_lemmas, unit, kind):
                if not measure.takes_unit(unit, kind):
                    continue
                if measure.counts_people and not counts_people(
                    counted if counted is not None else (named[0] if named else None),
                    self.taxonomy.people,
                ):
                    continue
                if measure.context and not measure.context & context_lemmas(
                    span, measure.context_window
                ):
                    continue
                verb_hit = bool(read & measure.verbs)
                words = head_lemmas if measure.counted_concept else concept_lemmas
                if measure.clause_concept:
                    words = words | clause
                concept_hit = bool(words & measure.concepts)
                if measure.needs_concept:
                    fits = concept_hit and (verb_hit or not measure.verbs)
                else:
                    fits = verb_hit or concept_hit or not (measure.verbs or measure.concepts)
                if not fits:
                    continue
                how = ("verb+concept" if verb_hit and concept_hit else "verb" if verb_hit
                       else "concept" if concept_hit else "open")  # fmt: skip
                before = doc[span.start - 1].lower_ if span.start > 0 else ""
                if measure.reduced_to and before == "to":
                    return self.taxonomy.get(measure.reduced_to) or measure, how
                if measure.id in _REFUGEE_LIKE and refugees is not None and is_abroad():
                    return refugees, how  # "300,000 Eritreans fled to Sudan"
                return measure, how
        if (refugees is not None and refugees.takes_unit(unit, kind)
                and (verbs | described) & ABROAD_VERBS and is_abroad()):  # fmt: skip
            return refugees, "verb"  # "2 million Sudanese now living in Chad"
        # "about 15,000 fighters ... as many as 4,000 of them": same measure.
        refers_back = [t.lower_ for t in doc[span.end : span.end + 2]] in (
            ["of", "them"],
            ["of", "those"],
        ) and previous is not None and _nearest_plural_is(doc, previous[0], span)
        counts = previous is not None and {previous[0].unit, q.unit} <= {"", "count"}
        # "About 15,000 fighters remain, including some 2,500 in Mosul": a bare
        # count in the same sentence breaks the previous one down.
        same_sentence = previous is not None and span.sent.start_char <= previous[0].start and (
            q.concept is None or _breaks_down(previous[0], span)
        )
        if previous is not None and counts and (refers_back or same_sentence):
            return previous[1], "inherited"
        return None

    # -- the rest of the claim ---------------------------------------------

    def _names_no_one(self, doc: Doc, q: Quantity, measure: Measure) -> bool:
        """'The offensive has left more than 600 dead': the phrase the quantity layer took
        for what a count of people counts stands before the number and names no people
        (nor the count itself: "the death toll"), so the count is of nobody named."""
        concept = _concept_span(doc, q)
        if measure.subject != "counted" or concept is None or concept.end_char > q.start:
            return False
        head = concept.root
        armed = {w for m in ("troops", "fighters") if (found := self.taxonomy.get(m))
                 for w in found.concepts}  # fmt: skip
        people = counts_people(head, self.taxonomy.people) or head.lemma_.lower() in armed
        return not people and not _is_tally_head(head)

    def _claim(
        self,
        doc: Doc,
        q: Quantity,
        span: Span,
        measure: Measure,
        times: list[TimeExpression],
        attribution: Attribution | None,
        attributions: list[Attribution],
        published: str | None,
        main_actor: str | None,
        place_limit: int,
        earlier: list[Claim],
    ) -> Claim:
        next_number = place_limit
        if attribution is not None and attribution.content.start <= q.start:
            place_limit = min(place_limit, attribution.content.end)
        reported = reported_date(attribution, attributions, times) or published
        as_of, relation = date_inside(q, span, attribution, times, next_number)
        if as_of is None:
            as_of, relation = (date_before(span, times)
                               or narrative_date(span, times)
                               or (None, ""))  # fmt: skip
        if relation == "since" and measure.equivalent:
            as_of, relation = None, ""  # "lost 65 % since summer 2014": the baseline
        about = replace(q, concept=None) if self._names_no_one(doc, q, measure) else q
        subject, subject_text = _whose(doc, about, span, measure, main_actor, earlier)
        equivalent = self.taxonomy.get(measure.equivalent) if measure.equivalent else None
        e_value, e_lower, e_upper = measure.restate(q.value, q.lower, q.upper)
        return Claim(
            measure=measure.id,
            subject=subject,
            subject_text=subject_text,
            value=q.value,
            lower=q.lower,
            upper=q.upper,
            unit=q.unit,
            # The measure carries any direction ("lost"); keep only the bound.
            change=q.change if q.change in {"=", "~", "<", ">"} else "=",
            as_of=as_of or reported,
            as_of_relation=as_relation(relation) if as_of else "",
            reported=reported,
            source=_resolved(doc, claim_source(attribution, attributions)),
            place=_places_after(span, place_limit),
            concept=q.concept.text if q.concept else None,
            start=q.start,
            end=q.end,
            text=q.text,
            equivalent_measure=equivalent.id if equivalent else None,
            equivalent_value=e_value if equivalent else None,
            equivalent_lower=e_lower if equivalent else None,
            equivalent_upper=e_upper if equivalent else None,
            extractor=self.extractor,
        )


def _is_tally_head(token: Token) -> bool:
    return token.lemma_.lower() in TALLY_HEADS


def _resolved(doc: Doc, source: ClaimSource | None) -> ClaimSource | None:
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


def _tallied(q: Quantity, span: Span) -> Quantity:
    """'put the number of rebel fighters at 1,200': the number counts the fighters, whatever
    phrase the quantity layer took for its concept."""
    tallied = tallied_noun(span, _governing_verb(span)) or appositive_noun(span)
    if tallied is None:
        return q
    if tallied.dep_ == "compound":  # "the death toll": "death" says what, not who
        return replace(q, concept=None) if q.concept and q.concept.end <= q.start else q
    phrase = noun_phrase(tallied)
    concept = TextSpan(phrase.start_char, phrase.end_char, phrase.text)
    return replace(q, concept=concept)


def _breaks_down(previous: Quantity, span: Span) -> bool:
    """'arrested seven members, including two women': a part of the earlier count."""
    concept = previous.concept
    end = concept.end if concept is not None else previous.end
    return breaks_down(span, previous.start, end)


def _nearest_plural_is(doc: Doc, previous: Quantity, span: Span) -> bool:
    """'them' stands for the nearest plural noun before it: 'The countries that agreed
    to contribute, three of them ...' counts countries, not the troops before."""
    for token in reversed(doc[: span.start]):
        if token.idx < previous.start:
            return True
        if token.tag_ in {"NNS", "NNPS"}:
            concept = previous.concept
            return concept is not None and concept.start <= token.idx < concept.end
    return True


def _governing_verb(span: Span) -> Token | None:
    """The verb close above the number (five heads at most): whose clause it is."""
    return clause_verb(span, depth=5)


def _main_actor(doc: Doc) -> str | None:
    counts = Counter(span.kb_id_ for span in doc.spans.get("actors", []) if span.kb_id_
                     and span.label_ in ACTOR_LABELS_ARMED)  # fmt: skip
    return counts.most_common(1)[0][0] if counts else None


def _concept_span(doc: Doc, q: Quantity) -> Span | None:
    if q.concept is None:
        return None
    return doc.char_span(q.concept.start, q.concept.end, alignment_mode="expand")


def _actor_in(doc: Doc, start: int, end: int) -> str | None:
    """The first dictionary actor inside a character range."""
    for a in doc.spans.get("actors", []):
        if start <= a.start_char and a.end_char <= end and a.kb_id_:
            return str(a.kb_id_)
    return None


def _whose(
    doc: Doc, q: Quantity, span: Span, measure: Measure, main_actor: str | None,
    earlier: list[Claim],
) -> tuple[str | None, str | None]:
    """(actor id, the text naming whose number it is). Where the text names someone,
    the actor is the one inside that phrase or none. Where an owner's clause names
    nobody, the last claim on the same measure says whose it is ("Coalition forces
    conducted 34 strikes. ... Near Mosul, five strikes engaged ..."); only then do
    the older fallbacks apply (the verb's subject, the story's main armed actor)."""
    concept = _concept_span(doc, q)
    if measure.subject == "owner" and concept is not None:
        owner = _actor_in(doc, concept.start_char, concept.end_char)
        if owner:  # "IS fighters"
            return owner, concept.text
    phrase = subject_span(measure.subject, _governing_verb(span), span, concept)
    if phrase is not None and measure.subject == "taker":
        return _subject(doc, q, span) or main_actor, phrase.text
    if phrase is not None:
        actor = _actor_in(doc, phrase.start_char, phrase.end_char)
        if actor is None and main_actor and refers_to(phrase, _main_actor_names(doc, main_actor)):
            actor = main_actor  # "the militant group lost 65 %" after "Islamic State ..."
        return actor, phrase.text
    if measure.subject == "counted" and q.concept is None:
        # "hundreds of thousands of Syrians have been killed ..., millions have been
        # displaced": a bare count takes the people the sentence's last count counted.
        told = [c for c in earlier if c.subject_text and span.sent.start_char <= c.start]
        if told:
            return told[-1].subject, told[-1].subject_text
    before = next((c for c in reversed(earlier) if c.measure == measure.id), None)
    if measure.subject == "owner" and before is not None and before.subject_text:
        return before.subject, before.subject_text
    fallback = main_actor if measure.id in OWNED_MEASURES else None
    return _subject(doc, q, span) or fallback, None


def _main_actor_names(doc: Doc, actor: str) -> list[str]:
    return [a.text for a in doc.spans.get("actors", []) if a.kb_id_ == actor]


def _subject(doc: Doc, q: Quantity, span: Span) -> str | None:
    actors = list(doc.spans.get("actors", []))
    if q.concept is not None:
        for a in actors:
            if q.concept.start <= a.start_char and a.end_char <= q.concept.end:
                return a.kb_id_ or None
    verb = _governing_verb(span)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                for a in actors:
                    if child.left_edge.i <= a.start and a.end <= child.right_edge.i + 1:
                        return a.kb_id_ or None
    return None


def _places_after(span: Span, limit: int) -> str | None:
    sent = span.sent
    names = [
        e.text
        for e in sent.ents
        if e.label_ in PLACE_LABELS and e.start >= span.end and e.end_char <= limit
    ]
    return ", ".join(dict.fromkeys(names[:3])) or None


@Language.factory("frontlines_claims")
def make_claim_builder(nlp: Language, name: str) -> ClaimBuilder:
    return ClaimBuilder()


def _fraction_as_percent(q: Quantity) -> Quantity:
    """'a third of its territory' is a share: claimed as 33.3 %, like '33 percent'."""
    if q.unit != "fraction":
        return q

    def pct(x: float | None) -> float | None:
        return None if x is None else round(x * 100.0, 1)

    return replace(q, value=pct(q.value), lower=pct(q.lower), upper=pct(q.upper), unit="percent")
