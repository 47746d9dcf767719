"""Counts that are no count of their measure once the measure is known (issue 20, brief
clprec5): a number shared by alternatives ("held in custody or traced") counts
the union, and a happening in the future ("will surrender") has befallen no one yet.

These checks need the measure the number was given, so they run after ``_measure``
rather than among the senses of ``senses.py`` that rule a number out whatever it means.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.causes import harmless_cause
from frontlines.nlp.claims.counted import counts_people, noun_verbs, verb_lemmas
from frontlines.nlp.claims.departures import departure
from frontlines.nlp.claims.offences import crime_tally, judicial_execution, ordinary_offence
from frontlines.nlp.claims.readings import event_noun, instances_of
from frontlines.vocab.measures import Measure, RuleOut, Taxonomy
from frontlines.vocab.words import words

__all__ = ["counts_things", "listed_with_materiel", "unsettled"]

#: Parts of speech an alternative to the governing verb can be ("killed or missing").
_PREDICATES = {"VERB", "ADJ", "AUX"}

#: Auxiliaries of the future ("will", "'ll", "wo" of "won't", "shall") and of the
#: future in the past ("officials said 50 would be freed").
_FUTURE_AUX = {"will", "'ll", "wo", "shall", "would", "'d"}

#: Modals of what may come to pass ("as many as 10,000 could be killed"); with a copula
#: they estimate a state ("up to 300 may be dead", "50 might be trapped") and stay claims.
_POSSIBLE_AUX = {"could", "might", "may"}


def unsettled(span: Span, verb: Token | None, measure: Measure, rules: RuleOut) -> str | None:
    """Why the number, read as ``measure``, counts nothing the measure counts ("union",
    "future", "peaceful", "harmless_cause": a toll of an illness, a hazard or a mishap,
    "offence": arrests for an ordinary offence, "judicial": a court's executions,
    "crime_statistic": a place's tally of ordinary crime,
    "victims": a force counted as the object of a verb of harm), or None."""
    if harmless_cause(span, verb, measure.id):
        return "harmless_cause"
    if ordinary_offence(span, verb, measure.id):
        return "offence"  # "booked 19 for drunk driving": police work, no detention in a conflict
    if judicial_execution(span, verb, measure.id):
        return "judicial"  # "let 14 executions go ahead": a court's sentence
    if crime_tally(span, verb, measure.id):
        return "crime_statistic"  # "the city recorded 300 homicides this year"
    if measure.id == "displaced" and departure(span, verb):
        return "departure"  # "left the company", "left to help start a rival weekly"
    if verb is None:
        return None
    if measure.id != "casualties" and _union(span, verb, measure):
        return "union"
    if (measure.id in rules.happenings and _future(verb, measure.id in rules.states)
            and not _looked_back_on(span, verb, rules)
            and not _admitted(verb, measure.id, rules)):  # fmt: skip
        return "future"
    if measure.id in {"attacks", "strikes"} and _peaceful(span, verb, rules):
        return "peaceful"
    if measure.id in _STRENGTHS and _harmed_object(span, verb, rules):
        return "victims"  # "attacked 12 soldiers": how many were hit, not a force's size
    if measure.id in _STRENGTHS and _named_one_by_one(span, verb):
        return "named"  # "three soldiers, Sgt. Lee, Cpl. Ortiz and Pvt. Ruiz": persons
    if measure.id in _STRENGTHS and _aboard(span):
        return "aboard"  # "a pickup with 5 policemen hit a mine": who rode in it
    return None


#: Vehicles whose riders a count may give ("a pickup with five policemen", "a helicopter
#: carrying 12 soldiers"); a convoy or a column is a force on the move and stays.
_VEHICLES = {"pickup", "truck", "vehicle", "car", "bus", "minibus", "van", "jeep", "humvee",
             "ambulance", "taxi", "lorry", "boat", "helicopter", "plane", "aircraft",
             "chopper", "tank"}  # fmt: skip


def _aboard(span: Span) -> bool:
    """'Police pickup with 5 policemen hit a mine', 'a helicopter carrying 12 soldiers
    crashed': soldiers or police counted as a vehicle's riders (after "with" on it, or as
    the object of its "carrying") are who was aboard, not a strength a side fields."""
    counted = _counted(span)
    if counted is None:
        return False
    link = counted.head
    riding = (counted.dep_ == "pobj" and link.lower_ == "with") or (
        counted.dep_ == "dobj" and link.dep_ == "acl"
        and link.lemma_.lower() in {"carry", "transport"})  # fmt: skip
    return riding and link.head.lemma_.lower() in _VEHICLES


def _named_one_by_one(span: Span, verb: Token) -> bool:
    """'Two militant leaders with long records, Omar Haddad and Yusuf Karim, have ties to
    the regime', 'three soldiers, Mark Lee, Dan Ortiz and Ana Ruiz, were honoured': the
    people counted are then named one by one, a name right after a comma before the
    clause's verb; the number counts those persons, no strength a side fields. The name
    must hang on the counted noun (an appositive, a list joined to it): one that is the
    subject of a verb set off between commas ("2,000 fighters, Musa said, joined") says
    who told it."""
    counted = _counted(span)
    if counted is None or verb.i <= counted.i:
        return False
    doc = span.doc
    return any(token.text == "," and token.i + 1 < verb.i
               and doc[token.i + 1].ent_type_ == "PERSON"  # "commanded by Ali Musa" stays
               and _joined_to(doc[token.i + 1], counted)
               for token in doc[counted.i + 1 : verb.i])  # fmt: skip


#: Links by which a name hangs on a noun phrase: part of a name, an appositive, a list,
#: a noun after a preposition on it ("two leaders with long records, Omar Haddad and ...",
#: which the parser joins to "records").
_NOUN_LINKS = {"compound", "flat", "appos", "conj", "pobj", "prep"}


def _joined_to(name: Token, counted: Token) -> bool:
    """Whether ``name`` reaches ``counted`` by noun-phrase links alone (no verb between)."""
    token = name
    while token.i != counted.i and token.dep_ in _NOUN_LINKS and token.head.i != token.i:
        token = token.head
    return token.i == counted.i


#: Measures of a side's strength: how many it fields, not how many were hit.
_STRENGTHS = {"troops", "fighters"}


def _harmed_object(span: Span, verb: Token, rules: RuleOut) -> bool:
    """Whether the number is in the object of a verb of harm ("attacked 12 soldiers",
    "assaulting two police officers"): the soldiers counted were victims, which no measure
    of strength counts (a killing or a wounding has its own measure, read first)."""
    if verb.lemma_.lower() not in rules.harm_verbs:
        return False
    return any(c.dep_ == "dobj" and c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i
               for c in verb.children)  # fmt: skip


def _counted(span: Span) -> Token | None:
    """The noun the number modifies ("12 rallies"), else None."""
    root = span.root
    if root.dep_ in {"nummod", "quantmod"} and root.head.i >= span.end and root.head.pos_ == "NOUN":
        return root.head
    return None


def counts_things(span: Span, verb: Token | None, measure: Measure, taxonomy: Taxonomy) -> bool:
    """'held 12 rallies', 'captured 12 tanks': what befalls people (``happenings``) is no
    measure of a number whose own noun names a gathering or what a measure of things
    counts; the verb's other sense ("hold a rally") or the thing's own measure (materiel)
    is meant. A bare number beside such an object counts the same things ("have held 12
    debates, with another four planned")."""
    rules = taxonomy.rule_out
    if _killed_not_held(verb, measure, taxonomy):
        return True
    if measure.id not in rules.happenings:
        return False
    counted = _counted(span)
    if measure.id == "missing" and counted is not None:
        gone = instances_of(counted) or counted  # "85 cases of disappearance": the toll
        if not _someone(gone, taxonomy) and not _names_toll(gone, measure):
            return True  # "one big obstacle disappeared", "12 roadblocks vanished": things
    if counted is not None and _where_or_how(counted, verb, taxonomy) and not _names_toll(
            counted, measure):
        return True
    if counted is None and verb is not None:
        counted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                        and not c.left_edge.i <= span.root.i <= c.right_edge.i), None)
    if counted is None:
        return False
    counted = instances_of(counted) or counted  # "captured 40 pieces of artillery"
    noun = counted.lemma_.lower()
    if noun in rules.gatherings:
        return True
    return any(noun in m.concepts for m in taxonomy.measures if m.id in rules.things)


#: Endings of nouns for people by what they do or where they are from ("hikers",
#: "activists", "Bosnians", "fishermen", "detainees").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ee", "eer")
_PERSONS = words("sense", "person_nouns")


def _someone(noun: Token, taxonomy: Taxonomy) -> bool:
    """Whether ``noun`` may name people: a noun of people (the measures' own: "soldiers",
    "hostages"; the senses' person nouns), a nationality or name, or a noun formed as one
    for a doer ("climbers", "activists"). Missing things ("obstacles", "files") are none."""
    lemma = noun.lemma_.lower()
    if counts_people(noun, taxonomy.people) or lemma in _PERSONS or noun.lower_ in _PERSONS:
        return True
    if noun.ent_type_ in {"PERSON", "NORP"} or noun.pos_ in {"PRON", "PROPN"}:
        return True
    if any(lemma in m.concepts or lemma in m.head_concepts for m in taxonomy.measures
           if m.id not in taxonomy.rule_out.things):  # fmt: skip
        return True
    return lemma.endswith(_AGENT_ENDINGS)


#: Prepositions of where, when or in what a thing befell people ("in the two blasts",
#: "during three raids", "from four villages").
_SETTING_PREPOSITIONS = {"in", "during", "at", "from", "across", "throughout", "after",
                         "following", "over", "within", "on"}  # fmt: skip


def _names_toll(counted: Token, measure: Measure) -> bool:
    """'has resulted in 1,500 fatalities', 'led to 300 arrests': the noun is the toll
    itself, what the measure counts, not a setting."""
    lemma = counted.lemma_.lower()
    words = measure.concepts | measure.verbs
    return lemma in words or counted.lower_ in words or bool(noun_verbs(lemma) & measure.verbs)


def _where_or_how(counted: Token, verb: Token | None, taxonomy: Taxonomy) -> bool:
    """'260 people were injured in the two blasts', 'arrested in three raids', 'fled from
    four villages': a number on the object of a preposition of setting on the clause's own
    verb counts the events or places the clause names, not the people it befell, unless
    that object is people or a clause describes it ("the 20 pupils who were killed")."""
    if verb is None or counted.dep_ != "pobj" or counted.head.lower_ not in _SETTING_PREPOSITIONS:
        return False
    if counted.head.head.i != verb.i:
        return False
    if any(c.dep_ in {"relcl", "acl"} for c in counted.children):
        return False
    return not counts_people(counted, taxonomy.people)


#: Measures of who is held that come before the tolls in the taxonomy (so that "freed 85
#: captives and killed 12" frees the 85).
_HELD_FIRST = {"hostages"}
_TOLLS = ("killed", "wounded", "casualties")


def _killed_not_held(verb: Token | None, measure: Measure, taxonomy: Taxonomy) -> bool:
    """'The rebels killed three hostages', 'Three hostages were killed': the number's own
    verb says they were killed or hurt, and that is what it measures; being hostages is
    who they were. A verb denied ("did not kill") says nothing."""
    if measure.id not in _HELD_FIRST or verb is None:
        return False
    harm = {v for m in _TOLLS if (toll := taxonomy.get(m)) is not None for v in toll.verbs}
    return verb.lemma_.lower() in harm and not any(c.dep_ == "neg" for c in verb.children)


def _looked_back_on(span: Span, verb: Token, rules: RuleOut) -> bool:
    """'the panel will investigate the genocide of 300,000 herders': the number hangs
    off an event noun that a verb of inquiry or remembrance (``inquiry_verbs``) takes; the
    event has happened, and only the looking back is to come."""
    return event_noun(span) is not None and verb.lemma_.lower() in rules.inquiry_verbs


def _admitted(verb: Token, measure: str, rules: RuleOut) -> bool:
    """'Canada will accept 25,000 refugees', 'said 10,000 would be resettled': the people a
    country is to take in are refugees already; only their admission is to come, so the
    number still counts refugees. A flight to come ("300,000 could flee to Sudan") is no
    admission and stays ruled out."""
    return measure == "refugees" and verb.lemma_.lower() in rules.admission_verbs


def _peaceful(span: Span, verb: Token, rules: RuleOut) -> bool:
    """'two heart attacks', 'cyber-attacks', 'personal attacks on his rival', 'hunger
    strikes', 'teachers have staged 12 strikes': an attack or strike that is no act of
    violence, by a modifier of its noun or, for a strike with no target ('on', 'against'),
    by who strikes (a walkout)."""
    counted = _counted(span)
    if counted is None:
        return False
    modifiers = {c.lower_ for c in counted.children if c.dep_ in {"amod", "compound"}}
    if modifiers & rules.peaceful_modifiers:
        return True
    if counted.lemma_.lower() != "strike":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against", "at", "targeting"}
           for c in counted.children):  # fmt: skip
        return False  # "strikes on rebel positions": a walkout has no target
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return any(d.lemma_.lower() in rules.strikers for d in doers)


def _alternatives(verb: Token) -> list[Token]:
    """The predicates joined to ``verb`` by "or": its conjuncts with "or" just before them
    (the parser may hang the "or" on the verb or on the word before the conjunct:
    "held in custody or traced"), and, when ``verb`` is itself such a conjunct, the
    head it is joined to and that head's other conjuncts."""

    def ored(conjunct: Token) -> bool:
        before = conjunct.doc[conjunct.left_edge.i - 1] if conjunct.left_edge.i > 0 else None
        return before is not None and before.lower_ == "or"

    found: list[Token] = []
    found += [c for c in verb.children if c.dep_ == "conj" and ored(c)]
    if verb.dep_ == "conj" and ored(verb):
        head = verb.head
        found += [head, *(c for c in head.children if c.dep_ == "conj" and c.i != verb.i)]
    return [t for t in found if t.pos_ in _PREDICATES]


def _union(span: Span, verb: Token, measure: Measure) -> bool:
    """'45 suspects are held in custody or traced': the number counts those
    either held or traced, and being traced is no detention, so it is no count of the
    detained. Alternatives that name the same measure ("arrested or detained") keep it;
    "killed or injured" is casualties, read before this."""
    words = measure.verbs | measure.concepts
    for alternative in _alternatives(verb):
        said = verb_lemmas(alternative, span) | {alternative.lower_}
        said |= {o.lemma_.lower() for p in alternative.children if p.dep_ == "prep"
                 for o in p.children if o.dep_ == "pobj"}  # fmt: skip
        if not said & words:
            return True
    return False


def _future(verb: Token, state: bool) -> bool:
    """'thousands of soldiers will surrender', 'said 50 would be freed', 'if the talks fail,
    10,000 could be killed': what befalls people in the future, or may, has befallen no
    one yet, so the number counts no one killed, held or displaced. A perfect ("will have
    fled", "may have been killed") may report what has happened, and a copula or a
    ``state`` under "may" an estimate of how things stand ("may be dead", "might be
    trapped"): both stay claims."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return False
    modals = {a.lower_ for a in auxes if a.dep_ == "aux"}
    if modals & _FUTURE_AUX:
        return True
    return bool(modals & _POSSIBLE_AUX) and not state and verb.lemma_.lower() != "be"


def listed_with_materiel(counted: Token | None, taxonomy: Taxonomy) -> bool:
    """'2,800 tanks and 540 planes': a craft that may be civilian (``listed_materiel``)
    counted in a list with a count of materiel is materiel too; alone ("540 planes") it
    may be an airline's."""
    materiel = taxonomy.get("materiel")
    if counted is None or materiel is None:
        return False
    if counted.lemma_.lower() not in taxonomy.rule_out.listed_materiel:
        return False
    heads = [counted.head] if counted.dep_ == "conj" else []
    listed = [*heads, *(c for c in counted.children if c.dep_ == "conj")]
    for _ in range(4):  # up a longer list: "soldiers, tanks and planes"
        if not heads or heads[-1].dep_ != "conj":
            break
        heads.append(heads[-1].head)
        listed.append(heads[-1])
    return any(t.lemma_.lower() in materiel.concepts and any(c.dep_ == "nummod"
               for c in t.children) for t in listed)  # fmt: skip
