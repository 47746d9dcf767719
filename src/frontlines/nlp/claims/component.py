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

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlines.model import (
    Attribution,
    Claim,
    Extractor,
    Quantity,
    TimeExpression,
    as_relation,
)
from frontlines.nlp.beat import ConflictBeat
from frontlines.nlp.claims import elided
from frontlines.nlp.claims.changes import told_apart
from frontlines.nlp.claims.claim_dates import as_of_date, reported_date
from frontlines.nlp.claims.confidence import (
    ClaimConfidence,
    claim_features,
    load_claim_confidence,
    story_features,
)
from frontlines.nlp.claims.counted import (
    appositive_noun,
    bare_tally,
    breaks_down,
    clause_lemmas,
    context_lemmas,
    counts_people,
    counts_the_doers,
    deed_words,
    described_by,
    handed_over,
    head_forms,
    noun_verbs,
    picks_one_of,
    share_of,
    tallied_noun,
    verb_lemmas,
    warplanes,
)
from frontlines.nlp.claims.crossed import admitted_from_abroad, denied, fled_abroad
from frontlines.nlp.claims.dates import document_date
from frontlines.nlp.claims.detonated import detonated
from frontlines.nlp.claims.forces import (
    armed_guards,
    armoured,
    members_of_no_side,
    size_of_a_thing,
    strength_of,
)
from frontlines.nlp.claims.given import not_given
from frontlines.nlp.claims.memberships import whole_of_a_part
from frontlines.nlp.claims.readings import (
    ABROAD_VERBS,
    abroad,
    among_whom,
    attempted,
    by_head,
    described_first,
    done_to_death,
    included_in,
    instances_of,
    killed_or_wounded,
    lemmas_near,
    names_other_things,
    numbered,
    others_of,
    refers_back,
    said_of_subject,
    share_of_a_place,
    share_of_them,
    under_arms,
)
from frontlines.nlp.claims.readings import (
    event_noun as event_noun_of,
)
from frontlines.nlp.claims.reports import (
    belief_reports,
    clause_reports,
    subject_reports,
    tally_reports,
)
from frontlines.nlp.claims.reshaped import fraction_as_percent, with_tallied_concept
from frontlines.nlp.claims.senses import ruled_out
from frontlines.nlp.claims.sources import (
    attribution_for,
    carried_attributions,
    claim_source,
    noun_reports,
)
from frontlines.nlp.claims.unsettled import counts_things, listed_with_materiel, unsettled
from frontlines.nlp.claims.whose import (
    ACTOR_LABELS_ARMED,
    OWNED_MEASURES,
    concept_span,
    governing_verb,
    names_no_one,
    resolved_source,
    whose,
)
from frontlines.nlp.claims.whose import (
    main_actor as story_actor,
)
from frontlines.nlp.extensions import declare, doc_text, items
from frontlines.vocab.measures import Measure, Taxonomy, default_taxonomy
from frontlines.vocab.units import UnitTable, default_units

__all__ = ["ACTOR_LABELS_ARMED", "ClaimBuilder", "OWNED_MEASURES", "PLACE_LABELS", "VERSION",
           "make_claim_builder"]

VERSION = "0.3.0"
PLACE_LABELS = {"GPE", "LOC", "FAC"}


#: Measures a nationality counted abroad turns into a count of refugees.
_REFUGEE_LIKE = {"displaced", "people_in_need"}
#: Measures of a status every member of a whole a part is picked from shares ("15 of the 40
#: hostages were freed": 40 were held); no other measure counts such a whole ("two of the
#: 30 soldiers were wounded" tells no strength of 30 troops).
_SHARED_STATUS = frozenset({"hostages", "detained", "refugees", "displaced", "missing",
                            "civilians_trapped"})


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
        main_actor = story_actor(doc)
        carried = carried_attributions(doc, attributions, self.extractor)
        carried += tally_reports(doc, self.extractor)
        # "reports of 300 arrests": a report noun's own word, inside any speaker's
        reports = [*attributions, *noun_reports(doc, attributions, self.extractor),
                   *clause_reports(doc, self.extractor),  # "the army's claim that it ..."
                   *subject_reports(doc, self.extractor),  # "the UN's figures show ..."
                   *belief_reports(doc, self.extractor)]  # "searched it, believing 3 ..."
        claims: list[Claim] = []
        described: list[dict[str, float]] = []
        previous: tuple[Quantity, Measure] | None = None
        beat = ConflictBeat(doc_text(doc), for_claims=True)
        story = story_features(beat.density)
        for q in map(fraction_as_percent, told_apart(doc, quantities)):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            q = with_tallied_concept(q, span)
            found = self._measure(doc, q, span, previous)
            again = None if found else elided.same_count_again(span, q, claims, quantities)
            told = self.taxonomy.get(again.measure) if again is not None else None
            found = found or ((told, "inherited") if told is not None else None)
            if found is None:
                continue
            measure, how = attempted(found, span, self.taxonomy)  # "attempted murders"
            measure, how = detonated((measure, how), span, self.taxonomy)  # "bombs went off"
            if unsettled(span, governing_verb(span), measure, self.taxonomy.rule_out):
                continue  # "taken into custody or located", "will surrender": no count
            measure, how = fled_abroad((measure, how), span, self.taxonomy)  # "fled abroad"
            last = previous[0] if previous is not None else None
            previous = (q, measure)
            following = [x.start for x in quantities if x.start > q.start]
            limit = min(following, default=span.sent.end_char)
            attribution = attribution_for(q, span, governing_verb(span), reports, carried)
            claim = self._claim(doc, q, span, measure, times, attribution, attributions,
                                published, main_actor, limit, claims)  # fmt: skip
            if claims and last is not None and (refers_back(doc, last, span) or elided.stands_for(
                    span, q, last, self.taxonomy.rule_out.admission_verbs)):  # fmt: skip
                # "killed 40 villagers, 12 of them in the market": the villagers' number
                claim = replace(claim, subject=claims[-1].subject,
                                subject_text=claims[-1].subject_text)
            elif again is not None and claim.subject_text is None:  # "all 31": those told of
                claim = replace(claim, subject=again.subject, subject_text=again.subject_text)
            features = claim_features(claim, span, governing_verb(span), how, story)
            confidence = round(self.confidence.probability(features), 4)
            claims.append(replace(claim, confidence=confidence))
            described.append(features)
        if claims and not beat.on_beat:
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
        verb = governing_verb(span)
        concept = concept_span(doc, q)
        counted = concept.root if concept is not None else None
        # "put the number of rebel fighters at 1,200", "raids -- five"
        tallied = tallied_noun(span, verb) or appositive_noun(span) or instances_of(counted)
        tallied = tallied or others_of(counted, self.taxonomy.people)  # "and two others"
        if tallied is not None:
            counted = tallied
        if ruled_out(q, span, verb, counted, self.taxonomy.rule_out) or size_of_a_thing(
                span, self.taxonomy):  # fmt: skip
            return None  # an age, a capacity, a population, part of a name, ...
        concept_lemmas = lemmas_near(doc, q, span)
        event_noun = event_noun_of(span)
        if event_noun is not None:  # "the arrest of five people", "injuries to six"
            concept_lemmas |= {event_noun}
        if tallied is not None:  # "put the death toll at 21"
            concept_lemmas |= {tallied.lemma_.lower()}
        if names_other_things(q, span, counted, self.taxonomy):
            concept_lemmas = {counted.lemma_.lower(), counted.lower_} if counted else set()
        concept_lemmas |= said_of_subject(span, verb)  # "are thought to be in detention"
        included = included_in(span, verb)  # "the dead included nine nurses"
        concept_lemmas |= included
        verbs = verb_lemmas(verb, span, event_noun)
        if event_noun is None and verb is not None and denied(verb):
            verbs = set()  # "did not escape notice", "refused to resettle": a denied verb says nil
        part_of = event_noun is None and verb is not None and whole_of_a_part(span, verb)
        if part_of and verb is not None:
            # "two of the 30 soldiers were wounded": the 30 were not
            verbs, concept_lemmas = set(), concept_lemmas - {verb.lemma_.lower(), verb.lower_}
        doers = event_noun is None and verb is not None and counts_the_doers(span, verb)
        if doers and verb is not None:
            # "Two bombers killed 30", "two gunmen shot dead 30": "two" killed no one; the
            # deed's words ("killed", "dead") are no words for them
            verbs, concept_lemmas = set(), concept_lemmas - deed_words(span, verb)
        casualties = self.taxonomy.get("casualties")
        if (casualties is not None and casualties.takes_unit(q.unit, None)
                and killed_or_wounded(verb, verbs, self.taxonomy, span)):  # "killed or injured"
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
        if handed_over(verb) and counts_people(named[0] if named else None,
                                               self.taxonomy.people):  # fmt: skip
            verbs = verbs | {"detain"}  # "handed over two suspects": people given into custody
        if not (part_of or doers) and done_to_death(verb, self.taxonomy.rule_out.harm_verbs):
            # "shot dead 12 marchers", "stabbed to death"; not the whole of a part ("shot
            # dead 40 of the 100 villagers") nor the doers ("two gunmen shot dead 30")
            verbs = verbs | {"kill"}
        head_lemmas = {w for t in named for w in head_forms(t)}
        if members_of_no_side(counted):  # "110 members of the committee": no fighters
            head_lemmas -= {"member", "members"}
        if picks_one_of(span):  # "one of the attackers": a member, no count of attackers
            head_lemmas = set()
        if q.unit == "percent":  # a share counts what it is "of", never the subject before it
            whole = share_of(span) or share_of_them(span, previous[0] if previous else None)
            if whole is not None:
                head_lemmas = {whole.lemma_.lower(), whole.lower_}
            elif concept is not None and concept.start_char < q.start:
                head_lemmas = set()  # "Deaths fell 20 %"
            if share_of_a_place(span):  # "18 percent of Ukraine"
                head_lemmas.add("territory")
                concept_lemmas.add("territory")
        if warplanes(counted) or listed_with_materiel(counted, self.taxonomy) or armoured(
                counted):  # "fighter jets", "armored vehicles"
            head_lemmas = {"warplane"}
        if armed_guards(counted):  # "border guards": troops (a bare "guard" may be anyone's)
            head_lemmas = {"guardsman"}
        fighters = self.taxonomy.get("fighters")
        strength = strength_of(span, fighters.concepts if fighters else frozenset())
        if strength is not None:  # "a 5,000-strong force", "a rebel force of 500"
            counted, head_lemmas = strength[0], {strength[1]}
        count_of = numbered(verb)  # "the militia numbers about 4,000 men"
        if count_of is not None:
            counted, head_lemmas = count_of
        armed = under_arms(counted, verb, fighters.concepts if fighters else frozenset())
        if armed is not None:  # "a guerrilla force with 8,000 men under arms"
            head_lemmas = {armed}
        unit = "rate" if "/" in q.unit else q.unit  # "3,000 people a day" is no head count
        known = self.units.get(unit)
        kind = known.kind if known is not None else None
        clause = clause_lemmas(span, verb)
        if doers and verb is not None:
            clause -= deed_words(span, verb)  # "four militants stabbed to death six guards"
        # A clause describing the people counted says what happened to them when the
        # governing verb says nothing ("residents who fled", "the 251 people it abducted").
        described = (described_by(counted or span.root) | among_whom(span, verb)
                     | included) - verbs
        if tallied is not None and tallied.dep_ == "pobj":  # "the number of people displaced":
            described |= described_by(tallied.head.head) - verbs  # the parser hangs it on "number"
        passes = (verbs, verbs | described) if described else (verbs,)
        if described_first(verbs, described, self.taxonomy):  # "soldiers who were killed"
            passes = (verbs | described,)
        if described and counted is not None and counted.dep_ == "conj" and verb is not None \
                and counted.head.i == verb.i:  # fmt: skip
            # "100 people were killed and 1,000 others wounded": the parser made the noun of
            # an elided clause a conjunct of the first verb; its participle says what befell it
            passes = (described, verbs | described)
        # "about 15,000 fighters ... as many as 4,000 of them": same measure.
        back = previous is not None and refers_back(doc, previous[0], span)
        counts = previous is not None and {previous[0].unit, q.unit} <= {"", "count"}
        refugees = self.taxonomy.get("refugees")
        countries = {p.start for p in items(doc, "places")
                     if (p.feature_code or "").startswith("PCL")}  # fmt: skip

        def is_abroad() -> bool:
            return abroad(counted, verb, countries)

        for read in passes:
            for measure in by_head(self.taxonomy.measures, read, head_lemmas, unit, kind):
                if part_of and measure.id not in _SHARED_STATUS and not read & measure.verbs:
                    # "the 30 soldiers" a part is picked from: no force's strength, unless
                    # the whole's own words say what befell it ("of the 20 people killed")
                    continue
                if not measure.takes_unit(unit, kind) or counts_things(
                        span, verb, measure, self.taxonomy) or not_given(
                        span, named, read, measure):  # fmt: skip
                    continue  # "held 12 rallies": no one detained; "sold 300 tonnes of food"
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
                concept_hit = bool(words & measure.concepts or head_lemmas & measure.head_concepts)
                if measure.needs_concept:
                    fits = concept_hit and (verb_hit or not measure.verbs)
                else:
                    fits = verb_hit or concept_hit or not (measure.verbs or measure.concepts)
                if not fits:
                    continue
                how = ("verb+concept" if verb_hit and concept_hit else "verb" if verb_hit
                       else "concept" if concept_hit else "open")  # fmt: skip
                if back and counts and previous is not None and not verb_hit:
                    # "300 arrested, 120 of them with public assistance": a word near the
                    # part ("assistance") says less than the count it is a part of
                    return previous[1], "inherited"
                before = doc[span.start - 1].lower_ if span.start > 0 else ""
                if measure.reduced_to and before == "to":
                    return self.taxonomy.get(measure.reduced_to) or measure, how
                if measure.id in _REFUGEE_LIKE and refugees is not None and is_abroad():
                    return refugees, how  # "300,000 Eritreans fled to Sudan"
                return measure, how
        if part_of:
            return None  # a whole named to pick a part from counts nothing else
        if (casualties is not None and casualties.takes_unit(unit, kind)
                and "shoot" in verbs | described and counts_people(
                    counted if counted is not None else (named[0] if named else None),
                    self.taxonomy.people)):  # fmt: skip
            return casualties, "verb"  # "a dozen others were shot": killed or wounded
        if (refugees is not None and refugees.takes_unit(unit, kind)
                and (verbs | described) & ABROAD_VERBS and is_abroad()):  # fmt: skip
            return refugees, "verb"  # "2 million Sudanese now living in Chad"
        if (refugees is not None and refugees.takes_unit(unit, kind)
                and admitted_from_abroad(verb, counted)):  # fmt: skip
            return refugees, "verb"  # "agreed to admit 4,000 Somalis"
        # "Some 9,000 rebels are left, among them about 1,200 in Tarvo": a bare
        # count in the same sentence breaks the previous one down.
        same_sentence = previous is not None and span.sent.start_char <= previous[0].start and (
            q.concept is None or _breaks_down(previous[0], span) or bare_tally(concept)
            or elided.borrows_noun(previous[0], q)
        )
        if previous is not None and counts and (back or same_sentence):
            return previous[1], "inherited"
        if previous is not None and counts and elided.counts_again(
                span, q, previous, self.taxonomy.rule_out.admission_verbs):  # fmt: skip
            return previous[1], "inherited"  # "... and 25 on Tuesday. That adds up to 65."
        return None

    # -- the rest of the claim ---------------------------------------------

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
        reported = reported_date(attribution, attributions, times, published) or published
        as_of, relation = as_of_date(q, span, measure.id, times, attribution, published,
                                     next_number, earlier, bool(measure.equivalent))  # fmt: skip
        about = replace(q, concept=None) if names_no_one(doc, q, measure, self.taxonomy) else q
        subject, subject_text = whose(doc, about, span, measure, main_actor, earlier)
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
            source=resolved_source(doc, claim_source(attribution, attributions, doc)),
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


def _breaks_down(previous: Quantity, span: Span) -> bool:
    """'arrested seven members, including two women': a part of the earlier count."""
    concept = previous.concept
    end = concept.end if concept is not None else previous.end
    return breaks_down(span, previous.start, end)


def _places_after(span: Span, limit: int) -> str | None:
    sent = span.sent
    names = [e.text for e in sent.ents
             if e.label_ in PLACE_LABELS and e.start >= span.end and e.end_char <= limit]
    return ", ".join(dict.fromkeys(names[:3])) or None


@Language.factory("frontlines_claims")
def make_claim_builder(nlp: Language, name: str) -> ClaimBuilder:
    return ClaimBuilder()
