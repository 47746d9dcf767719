"""Readings of a number's phrase and clause that choose its measure: the words it runs on
to, the event noun its phrase hangs off, which measures to try first, and the readings that
decide one outright ("killed or injured", "18 percent of Ukraine")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import Quantity
from frontlines.nlp.claims.counted import (
    TALLY_NOUNS,
    counts_people,
    described_by,
    noun_verbs,
)
from frontlines.nlp.claims.forces import FORCE_NOUNS, NON_STATE_FORCES
from frontlines.vocab.measures import Measure, Taxonomy

__all__ = ["ABROAD_VERBS", "abroad", "among_whom", "attempted", "by_head", "dead_and_wounded",
           "described_first", "done_to_death", "event_noun", "included_in", "instances_of",
           "killed_or_wounded", "lemmas_near", "names_other_things", "nearest_plural_is",
           "numbered", "others_of", "refers_back", "said_of_subject", "share_of_a_place",
           "share_of_them", "specimens_of", "under_arms"]


#: Nouns an "of" phrase counts for that name no event: a tally or a body of people ("a total
#: of 312 people have been arrested", "a group of 30 villagers was abducted"), so the
#: clause's verb still says what happened.
#: "an area of 5,000 square kilometres" names land, not an event: the clause's verb
#: ("control an area of ...") says what happened to it.
_EXTENT_NOUNS = {"area", "swath", "swathe", "expanse", "stretch", "zone", "region", "tract"}
_NO_EVENT_NOUNS = TALLY_NOUNS | FORCE_NOUNS | _EXTENT_NOUNS | {
    "crowd", "batch", "band", "handful", "majority", "minority", "rest", "party", "team",
    "none", "half"}  # "none of the 30 soldiers", tagged a noun: a part, no event


def event_noun(span: Span) -> str | None:
    """The noun an event is named by when the number's phrase hangs off it by 'of' or
    'to' ("the arrest of another six men", "the killing of dozens of villagers",
    "injuries to six police officers"): it plays the verb's part, for every conjunct of
    what it is of ("the deaths of the envoy and three other diplomats")."""
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    for token in (counted, span.root):
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in {"of", "to"}:
            continue
        noun = _past_the_agent(prep.head)
        if noun.pos_ == "NOUN" and noun.lemma_.lower() not in _NO_EVENT_NOUNS:
            return _control_verb(noun) or _prefixed(noun)
    return None


#: Verbs of getting control that say a capture ("took control of 60 percent of the city").
_GAINING_CONTROL = {"take", "gain", "wrest", "assume", "establish", "win"}


def _control_verb(noun: Token) -> str | None:
    """'regained control of 80 percent', 'lost control of half the province': "control"
    is held, but the verb whose object it is says what happened to it (gained, lost,
    kept), so that verb plays the event's part; None for any other noun."""
    if noun.lemma_.lower() != "control" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    lemma = str(noun.head.lemma_.lower())
    return "capture" if lemma in _GAINING_CONTROL else lemma


def _prefixed(noun: Token) -> str:
    """The lemma with a hyphenated prefix the tokenizer split off ("re-taking" ->
    "retaking", read as "retake"), else the lemma."""
    doc = noun.doc
    lemma = str(noun.lemma_.lower())
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in {"re", "de"}:
        return doc[noun.i - 2].lower_ + lemma
    return lemma


def _past_the_agent(noun: Token) -> Token:
    """'the recapture by government forces of 30 % of the territory': the parser hangs
    the "of" phrase on the agent ("forces"); it belongs to the event noun the agent's
    "by" hangs off."""
    by = noun.head
    if noun.dep_ == "pobj" and by.lower_ == "by" and by.head.pos_ == "NOUN":
        return by.head
    return noun


#: Punctuation that ends the words a number's phrase runs on to (quotes and hyphens do not:
#: 'retook "98 percent" of the rebel-held land').
_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–"}


def lemmas_near(doc: Doc, q: Quantity, span: Span) -> set[str]:
    """Lemmas of what is counted plus the words right after ('65 percent of the territory')
    up to a comma, conjunction or relative pronoun, where another clause or another count
    begins (a relative clause says what befell the people counted or what they did, which
    ``counted.described_by`` reads from its syntax)."""
    lemmas = set()
    if q.concept is not None:
        concept = doc.char_span(q.concept.start, q.concept.end, alignment_mode="expand")
        if concept is not None:
            lemmas |= {t.lemma_.lower() for t in concept} | {t.lower_ for t in concept}
    window = []
    for token in doc[span.end : min(span.end + 6, span.sent.end)]:
        if token.pos_ == "CCONJ" or token.text in _CLAUSE_BREAKS:
            break  # "which wounded four officers, killed two": the next clause's words
        if token.tag_ in {"WP", "WDT"}:
            break  # "one man who killed himself": a relative clause is read by its syntax
        window.append(token)
    lemmas |= {t.lemma_.lower() for t in window} | {t.lower_ for t in window}
    return lemmas


def share_of_a_place(span: Span) -> bool:
    """'around 18 percent of Ukraine', 'a fifth of Syria': a share of a named country or
    region is a share of its land."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    return any(t.dep_ == "pobj" and t.ent_type_ in {"GPE", "LOC"} for t in doc[span.end].children)


def killed_or_wounded(
    verb: Token | None, verbs: set[str], taxonomy: Taxonomy, span: Span | None = None
) -> bool:
    """'5,600 civilians have been killed or injured', 'suffered 2,500 dead and wounded': one
    number for both, so it counts casualties (the killed and wounded together)."""
    if span is not None and dead_and_wounded(span):
        return True
    killed, wounded = taxonomy.get("killed"), taxonomy.get("wounded")
    if verb is None or killed is None or wounded is None:
        return False
    either = {c.lemma_.lower() for c in verb.children if c.dep_ == "conj"
              and any(cc.lower_ == "or" for cc in verb.children if cc.dep_ == "cc")}  # fmt: skip
    read = verbs | either
    return bool(either) and bool(read & killed.verbs) and bool(read & wounded.verbs)


#: Words after a number that name the dead ("40 dead and wounded") or the wounded.
_DEAD_WORDS = {"dead", "killed"}
_WOUNDED_WORDS = {"wounded", "injured", "hurt"}


def dead_and_wounded(span: Span) -> bool:
    """'suffered some 2,500 dead and wounded', 'left 40 killed or injured': the words after
    the number name the dead and the wounded together, so the one number counts both
    (casualties), however the parser hung the two words."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 3]]
    if len(after) < 3 or after[1] not in {"and", "or"}:
        return False
    pair = {after[0], after[2]}
    return bool(pair & _DEAD_WORDS) and bool(pair & _WOUNDED_WORDS)


#: Modifiers by which a killing counted is one tried, not done ("attempted murders").
_TRIED = {"attempted", "failed", "foiled", "thwarted", "botched", "unsuccessful"}
#: Measures of what befell people that a tried killing did not (necessarily) do.
_DONE_HARM = {"killed", "wounded", "casualties"}


def attempted(found: tuple[Measure, str], span: Span, taxonomy: Taxonomy) -> tuple[Measure, str]:
    """'15 attempted murders of journalists', 'three failed assassinations':
    a count of killings tried counts attacks, not the dead."""
    measure, how = found
    attacks = taxonomy.get("attacks")
    root = span.root
    noun = root.head if root.dep_ in {"nummod", "quantmod", "amod"} else root
    if measure.id not in _DONE_HARM or attacks is None or noun.pos_ != "NOUN":
        return found
    tried = any(c.dep_ == "amod" and c.lower_ in _TRIED for c in noun.children)
    return (attacks, how) if tried else found


def described_first(verbs: set[str], described: set[str], taxonomy: Taxonomy) -> bool:
    """'the three soldiers who were killed in the ambush were honoured': the governing
    verb names no measure's happening, the clause describing the people counted does
    (``happenings``: killed, wounded, held, ...); what befell them says more than their
    noun ("soldiers" alone would count troops), so it is read first."""
    measures = taxonomy.measures
    if not described or any(verbs & m.verbs for m in measures):
        return False
    return any(described & m.verbs for m in measures if m.id in taxonomy.rule_out.happenings)


#: Nouns that count occurrences of what their "of" phrase names ("120 cases of enforced
#: disappearance", "45 incidents of shelling").
#: Things counted in specimens ("40 million copies of the pistol", "40 pieces of
#: artillery"): what they are of is what is counted, and whose number it is.
SPECIMEN_NOUNS = {"copy", "piece", "item", "specimen"}
_INSTANCE_NOUNS = {"case", "incident", "instance", "occurrence", "episode", *SPECIMEN_NOUNS}


def specimens_of(span: Span) -> Token | None:
    """'40 million copies of the pistol': the thing the number's specimens are of."""
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is None or counted.lemma_.lower() not in SPECIMEN_NOUNS:
        return None
    return instances_of(counted)


def instances_of(counted: Token | None) -> Token | None:
    """'documented 120 cases of enforced disappearance': the number counts what the cases
    are of, an event noun that stands for its verb ("disappearance" -> disappear), as
    "120 disappearances" would. None when the noun is no such count or says of nothing."""
    if counted is None or counted.lemma_.lower() not in _INSTANCE_NOUNS:
        return None
    found = [o for p in counted.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if (o.dep_ == "pobj" and o.pos_ == "NOUN")
             or (o.dep_ == "pcomp" and o.tag_ == "VBG")]  # "of shelling" read as a verb
    if not found or any(c.dep_ in {"acl", "relcl"} for c in found[0].children):
        return None  # "incidents of a rifle going off": the clause is the event, not the rifle
    return found[0]


def others_of(counted: Token | None, people: frozenset[str]) -> Token | None:
    """'the ambush near Gao and two others in Mopti': "others" conjoined to a noun counts
    more of that noun, so the number counts ambushes. Only for a noun of things or acts: "a
    soldier and three others" may be any people, and "others" already counts people."""
    if counted is None or counted.lower_ != "others" or counted.dep_ != "conj":
        return None
    head = counted.head
    if head.pos_ != "NOUN" or head.i == counted.i or counts_people(head, people):
        return None
    return head


def share_of_them(span: Span, previous: Quantity | None) -> Token | None:
    """'2,300 civilian deaths in the year, 40 percent of them children': a share "of them"
    is a share of what the count just before counted (its head noun), in its sentence, when
    "them" stands for that noun (no plural between: "and visited 200 households, 40 percent
    of them ..." is a share of the households)."""
    doc = span.doc
    if previous is None or previous.concept is None or not refers_back(doc, previous, span):
        return None
    if previous.start < span.sent.start_char:
        return None
    counted = doc.char_span(previous.concept.start, previous.concept.end,
                            alignment_mode="expand")  # fmt: skip
    return counted.root if counted is not None and counted.root.pos_ == "NOUN" else None


def refers_back(doc: Doc, previous: Quantity, span: Span) -> bool:
    """'as many as 4,000 of them': a part of the count before, the same people."""
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return after in (["of", "them"], ["of", "those"]) and nearest_plural_is(doc, previous, span)


def nearest_plural_is(doc: Doc, previous: Quantity, span: Span) -> bool:
    """'them' stands for the nearest plural noun before it: 'The states that promised
    to send help, four of them ...' counts states, not the troops before."""
    for token in reversed(doc[: span.start]):
        if token.idx < previous.start:
            return True
        if token.tag_ in {"NNS", "NNPS"}:
            concept = previous.concept
            return concept is not None and concept.start <= token.idx < concept.end
    return True


def by_head(
    measures: tuple[Measure, ...], verbs: set[str], head: set[str], unit: str,
    kind: str | None,
) -> list[Measure]:
    """The measures in the order to try them. When the governing verb names no measure
    ("There were 12 deaths and 50 injuries"), a measure of what happened whose concept is
    the counted noun itself goes first: the words near the number name its neighbours too
    ("deaths" stands near "50 injuries"), the head noun names only what it counts."""
    fitting = [m for m in measures if m.takes_unit(unit, kind)]
    if any(verbs & m.verbs for m in fitting):
        return list(measures)
    first = [m for m in fitting if not m.needs_concept and head & m.concepts]
    return first + [m for m in measures if m not in first]


#: Verbs of staying, arriving or fleeing that, said of a nationality in another country,
#: count its refugees ("2 million Sudanese now living in Chad").
ABROAD_VERBS = {"live", "shelter", "stay", "remain", "reside", "settle", "arrive", "cross",
                "flee", "seek", "escape"}
_INTO = {"in", "to", "into", "across"}


def abroad(counted: Token | None, verb: Token | None, countries: set[int]) -> bool:
    """'300,000 Eritreans fled to Sudan', 'Sudanese now living in Chad, Egypt and
    Turkey': a nationality counted in, or on its way to, a country not its own (the
    country's name is not the nationality's: "Sudanese" in "Sudan" stay at home).
    ``countries``: where in the text the places layer resolved a country (first character
    offsets), so a province or town is no border crossed."""
    if counted is None or counted.ent_type_ != "NORP":
        return False
    heads = [counted, *(c for c in counted.children if c.dep_ in {"acl", "relcl"})]
    if verb is not None:
        heads.append(verb)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _INTO:
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.ent_type_ != "GPE":
                    continue
                name = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
                if (name is not None and name.start_char in countries
                        and name.text.lower()[:4] != counted.lower_[:4]):  # fmt: skip
                    return True
    return False


def numbered(verb: Token | None) -> tuple[Token, set[str]] | None:
    """'The militia numbers about 4,000 men', 'the insurgents, numbering around 700': the
    verb "number" counts its subject (or the noun its participle describes), and what that
    counts (a force noun counts its troops or fighters)."""
    if verb is None or verb.lemma_.lower() != "number" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        whole: Token | None = verb.head
    else:
        # the parser may take "The militia numbers" for a compound
        whole = next((c for c in verb.children if c.dep_ in {"nsubj", "compound"}
                      and c.pos_ in {"NOUN", "PROPN"}), None)  # fmt: skip
    if whole is None:
        return None
    lemma = whole.lemma_.lower()
    if lemma in FORCE_NOUNS:
        return whole, {"fighter" if lemma in NON_STATE_FORCES else "troop"}
    return whole, {lemma, whole.lower_}


#: Verbs that link a subject to a state ("are in custody", "remain behind bars", "are
#: believed to be in detention"), directly or through the complement chain.
_LINKING = {"be", "remain", "stay"}
_RAISING_DEPS = {"xcomp", "ccomp"}


def said_of_subject(span: Span, verb: Token | None) -> set[str]:
    """'Six men are thought to be held by police', 'a dozen men remain behind bars': when
    the number is in the subject of a linking verb, reached directly or through the
    complements of a verb of knowing or reporting ("known to be", "believed to be"),
    the lemmas of the place or state that verb puts its subject in (its prepositional
    objects). The state is said of the people counted, however far it stands from the
    number, so it names what they are (the detained). An adjective or noun complement
    ("one of the leaders is dead", "one of them was a refugee") says what one member of
    a set was, which the tune halves showed is no count, so it is not read."""
    if verb is None:
        return set()
    in_subject = any(c.dep_ in {"nsubj", "nsubjpass"}
                     and c.left_edge.i <= span.root.i <= c.right_edge.i
                     for c in verb.children)  # fmt: skip
    if not in_subject:
        return set()
    links = [verb] if verb.lemma_.lower() in _LINKING else []
    frontier = [verb]
    for _ in range(2):  # "are known to be", "are said to have been"
        frontier = [c for t in frontier for c in t.children if c.dep_ in _RAISING_DEPS
                    and not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
        links += [t for t in frontier if t.lemma_.lower() in _LINKING]
    lemmas: set[str] = set()
    for link in links:
        for child in link.children:  # "is dead", "was a refugee": said of one, not a count
            if child.dep_ == "prep" and child.i > span.end:
                lemmas |= {o.lemma_.lower() for o in child.children if o.dep_ == "pobj"}
    return lemmas


def _armed(token: Token) -> bool:
    """'under arms' hangs off this word."""
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        o.dep_ == "pobj" and o.lower_ == "arms" for o in p.children) for p in token.children)


def under_arms(counted: Token | None, verb: Token | None, fighters: frozenset[str]) -> str | None:
    """'the army has 40,000 men under arms', 'a guerrilla force with 8,000 men under arms':
    people "under arms" are a force's strength. Whose force says what they are: one its
    own words call irregular (a militia, a guerrilla force, the rebels: ``fighters``, the
    words the fighters measure counts) has fighters, any other (an army, a state) troops.
    The owner is the subject of the verb having them or the noun they are "with"."""
    if counted is None or counted.pos_ != "NOUN":
        return None
    if counted.dep_ == "pobj" and counted.head.lower_ == "with":
        owner: Token | None = counted.head.head
    elif counted.dep_ == "dobj" and verb is not None and counted.head.i == verb.i:
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return None
    # the parser may hang "under arms" on the force the men are "with"
    if owner is None or not (_armed(counted) or (verb is not None and _armed(verb)
                                                 and counted.dep_ == "dobj")
                             or (counted.dep_ == "pobj" and _armed(owner))):
        return None
    words = {owner.lemma_.lower(), owner.lower_}
    words |= {c.lemma_.lower() for c in owner.children if c.dep_ in {"amod", "compound"}}
    return "fighter" if words & (fighters | NON_STATE_FORCES) else "troop"


def names_other_things(q: Quantity, span: Span, counted: Token | None, taxonomy: Taxonomy) -> bool:
    """'shared a cartoon as one answer to the housing shortage': the number's own noun
    counts things that are no people, no event and nothing a measure counts, so the
    words after it ("refugee") describe those things and say nothing of the number;
    only its verb or clause can still name a measure."""
    if counted is None or counted.pos_ != "NOUN" or q.unit not in {"count", ""}:
        return False
    if span.root.dep_ != "nummod" or span.root.head.i != counted.i or counted.i < span.end:
        return False
    noun = counted.lemma_.lower()
    if counts_people(counted, taxonomy.people) or noun in TALLY_NOUNS:
        return False
    # "asylum seekers", "aid shipments": a word before the noun may name the measure
    words = {noun, counted.lower_} | {c.lemma_.lower() for c in counted.children
                                     if c.dep_ in {"compound", "amod"}}  # fmt: skip
    events = noun_verbs(noun)
    return not any(words & (m.concepts | m.head_concepts) or events & m.verbs
                   for m in taxonomy.measures)  # fmt: skip


def among_whom(span: Span, verb: Token | None) -> set[str]:
    """'About 4,000 Poles were among the many tourists stranded in
    Peru', 'three children are among those killed': the number in the subject of a
    linking verb is part of the set it is "among", so what befell the set (a clause on
    its noun, through its "of" phrases) befell them."""
    if verb is None or verb.lemma_.lower() not in _LINKING:
        return set()
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= span.root.i <= c.right_edge.i
               for c in verb.children):  # fmt: skip
        return set()
    found: set[str] = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        nouns = [o for o in prep.children if o.dep_ == "pobj"]
        for _ in range(3):  # "hundreds of thousands of foreigners"
            nouns += [o for n in nouns[-1:] for p in n.children if p.dep_ == "prep"
                      and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for noun in nouns:
            found |= described_by(noun)
    return found


def included_in(span: Span, verb: Token | None) -> set[str]:
    """'those killed on Friday included 14 teachers', 'the dead included nine nurses and
    two doctors': a number counting the object of "include" (or a conjunct of it) is part
    of the set its subject names, so what befell that set befell them: the words of the
    subject (its noun, the verbs its noun stands for, the clauses describing it). Nothing
    for a subject that tells no event ("the delegation included 12 officers")."""
    if verb is None or verb.lemma_.lower() != "include":
        return set()
    noun = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
    for _ in range(4):  # "included 14 teachers and more than 30 farmers"
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ != "dobj" or noun.head.i != verb.i:
        return set()
    found: set[str] = set()
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        lemma = subject.lemma_.lower()
        found |= described_by(subject) | noun_verbs(lemma) | {lemma, subject.lower_}
    return found


#: Result complements by which a verb of harm kills ("shot dead", "was shot dead").
_RESULT_DEPS = {"acomp", "oprd", "advmod", "xcomp"}


def done_to_death(verb: Token | None, harm_verbs: frozenset[str]) -> bool:
    """'Troops shot dead 12 marchers', 'two guards were stabbed to death': a verb of harm
    whose result is death ("dead" as its complement, or "to death") kills the people it
    counts, whatever noun counts them; the harm verb alone ("shot 12 marchers") may only
    have wounded them."""
    if verb is None or verb.lemma_.lower() not in harm_verbs:
        return False
    for child in verb.children:
        if child.dep_ in _RESULT_DEPS and child.lower_ == "dead":
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "death" for g in child.children):
            return True
    return False
