"""Does the sentence report that the event happened? Read from the trigger's syntax.

A lexicon cue ("strike", "attack", "ceasefire") is only a candidate. It becomes an
event when its trigger is a predicate the sentence asserts: not negated ("has not
agreed"), not under a modal or a future ("will strike", "is going to attack"), not
something someone threatens, plans, demands or fears ("vowed to attack", "called for a
ceasefire"), not a condition or a question, not a habit or a comparison ("deadlier than
the 2004 bombing"), and not part of a name ("Operation Inherent Resolve", "the Strike
Force"). Each reading that rules a candidate out is named, so ``frontlines eval news
--errors`` can say why an event was dropped.

The word lists live in ``data/event_words.toml`` (``[realis]``); the rules here only read
the parse, so they are tested on hand-built parses (``tests/test_realis.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.events.anterior import infinitive, perfect_infinitive
from frontlines.nlp.events.generic_verbs import generic_gerund, simple_present
from frontlines.nlp.events.headline import headline_verb
from frontlines.nlp.events.held_now import held_now
from frontlines.nlp.events.memo import doc_ents, sentence
from frontlines.nlp.events.of_named import of_named
from frontlines.nlp.events.plurals import counted_or_means
from frontlines.nlp.events.scope import (
    HABITUAL_ADVERBS,
    MODALS,
    clause_reason,
    coordinated_with,
    own_clause,
    participle,
    relative_past,
    told_as_past,
)
from frontlines.nlp.events.used_by import FRUSTRATING_VERBS, used_by_attack
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.words import word_list

__all__ = [
    "anchored",
    "caused",
    "definite",
    "particular",
    "related",
    "several_places",
    "there_was",
    "ATTACK_VERBS",
    "CRAFTS",
    "CRAFT_VERBS",
    "EVENT_NOUNS",
    "HABITUAL_ADVERBS",
    "INSTRUMENTS",
    "IRREALIS_GOVERNORS",
    "MODALS",
    "NAME_LABELS",
    "NAMING_VERBS",
    "REALIS_GOVERNORS",
    "irrealis_reason",
    "predicate_of",
    "subject_of",
    "trigger_token",
]

#: Verbs whose complement has not happened (yet): threats, plans, demands, fears.
IRREALIS_GOVERNORS = frozenset(word_list("event", "irrealis_governors"))
#: Verbs that define or name what their subject is ("a strike means ...").
NAMING_VERBS = frozenset(word_list("event", "naming_verbs"))
#: Verbs whose infinitive complement did happen ("began to shell").
REALIS_GOVERNORS = frozenset(word_list("event", "realis_governors"))
#: Verbs that relate two things taken as given: their "not" denies only the relation.
RELATION_VERBS = frozenset(word_list("event", "relation_verbs"))
#: Head words of a phrase of cause ("because of", "due to", "in response to").
CAUSE_WORDS = frozenset(word_list("event", "cause_words"))
#: Weapons and craft: naming one reports no event unless an attack verb uses it.
INSTRUMENTS = frozenset(word_list("event", "instruments"))
#: Verbs that say an instrument was used on something ("warplanes pounded the town").
ATTACK_VERBS = frozenset(word_list("event", "attack_verbs"))
#: Nouns whose "of" phrase lists weapons held, shown or traded ("a maneuver of ... aircraft").
HOLDINGS = frozenset(word_list("event", "holdings"))
#: Aircraft: flown, they land or crash without being used on anything.
CRAFTS = frozenset(word_list("event", "crafts"))
#: Attack verbs that say only that a craft came down when a craft is their subject.
CRAFT_VERBS = frozenset(word_list("event", "craft_verbs"))
#: Nouns of violent events: a participle on one tells its outcome ("a blast killing 12").
EVENT_NOUNS = frozenset(word_list("event", "general_event_nouns"))
#: Entity labels of names an event word can sit in ("Operation Inherent Resolve").
NAME_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})
_COMPARISONS = frozenset({"than", "like", "unlike"})
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Words before a plural that pick out particular events ("two strikes", "the raids").
_SPECIFIERS = frozenset({"det", "nummod", "poss", "quantmod"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp"})


def trigger_token(sent: Span, start_char: int, end_char: int) -> Token | None:
    """The head of the words a cue matched between ``start_char`` and ``end_char``."""
    span = sent.doc.char_span(start_char, end_char, alignment_mode="expand")
    inside = [t for t in span or () if sent.start <= t.i < sent.end and not t.is_space]
    if not inside:
        return None
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0])


def predicate_of(trigger: Token) -> Token:
    """The verb that asserts the trigger: itself when a verb, else the nearest verbal
    ancestor ("launched an attack" -> launched), else the trigger."""
    token = trigger
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return trigger
        token = token.head
    return trigger


#: Nouns of an attack a verb of stopping it ("foiled", "thwarted") leaves not carried out.
_STOPPABLE = frozenset(word_list("event", "attack_nouns"))

def irrealis_reason(trigger: Token) -> str:
    """Why the trigger does not report an event that happened, or "" when it does."""
    if _in_named_entity(trigger) or _in_proper_name(trigger):
        return "name"
    sent = sentence(trigger)  # its text cut from the Doc's: ``Span.text`` joins every token
    if doc_text(sent.doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):
        return "question"
    if any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in trigger.children):
        return "negated"
    if trigger.dep_ in {"dobj", "nsubjpass"} and trigger.lemma_.lower() in _STOPPABLE and (
            trigger.head.lemma_.lower() in FRUSTRATING_VERBS):  # fmt: skip
        return "stopped"  # "police foiled an attack", "a raid was thwarted"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _COMPARISONS:
        return "comparison"
    if _modifier(trigger):
        return "modifier"  # "strike assessments", "counter-IED training", "bombed buildings"
    if trigger.pos_ == "NOUN" and relative_past(trigger) and not _told_before(trigger):
        return ""  # "any link to explosions that went off today": they went off
    if trigger.pos_ == "NOUN" and _generic_plural(trigger):
        return "generic plural"
    if trigger.pos_ == "NOUN" and _told_before(trigger):
        return "reference to an event told"  # "the scene of the airstrike"
    predicate = predicate_of(trigger.head if _tagged_verb_as_noun(trigger) else trigger)
    if predicate.pos_ not in {"VERB", "AUX"}:
        return "no predicate"  # a list or a fragment: "Air defense, Patriot missiles."
    if _instrument(trigger) and (predicate.lemma_.lower() not in ATTACK_VERBS
                                 or _flown(trigger, predicate) or _held(trigger)
                                 ) and not _result_told(trigger, predicate) and not (
            used_by_attack(trigger, ATTACK_VERBS, irrealis_reason)):  # "shelling by tanks": used
        return "instrument not used"  # "every jet came back unharmed"
    if subject_of(trigger, predicate) and predicate.lemma_.lower() in NAMING_VERBS:
        return "definition or name"  # "a strike means ...", "the assault was known as"
    present = simple_present(predicate) and not (  # "Rebels seize town": the headline's verb
        predicate.i == trigger.i and headline_verb(predicate))  # not its subject: "X are ..."
    subject = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == predicate.i
    if present and (predicate.i == trigger.i or subject or predicate.lemma_ == "be") and not (
        trigger.pos_ == "NOUN" and particular(trigger)  # "bombings this month ... show"
    ) and not held_now(trigger):  # "the suspect is in custody": the arrest (held_now.py)
        return "present or generic"  # "attacks the town", "a strike is ...": no news
    if generic_gerund(predicate):
        return "present or generic"  # "marching on the ministry is risky" (generic_verbs.py)
    if trigger.pos_ == "NOUN" and caused(trigger):
        return ""  # "tighten checks because of the bombings in A": given as done
    clause, shared = predicate, False
    for _ in range(4):  # the predicate, then the clauses it hangs from
        reason = clause_reason(clause, shared)  # a clause of its own shares no "not"
        if reason == "negated" and clause.i == predicate.i and related(trigger, predicate):
            reason = ""  # "the raid was not linked to the bombings": both took place
        if reason:
            return reason
        if clause.dep_ not in _CLAUSE_DEPS or clause.head.i == clause.i or told_as_past(clause):
            break  # "may close the border after militants seized it": the seizing is told
        shared = own_clause(clause)  # "will not talk, and its jets bombed": scope.py
        governor = coordinated_with(clause) if shared else clause.head
        if clause.dep_ == "pcomp" and governor.head.pos_ in {"VERB", "AUX"}:
            governor = governor.head  # "prevented them from regaining": the verb governs
            if governor.lemma_.lower() in IRREALIS_GOVERNORS:
                return f"governed by {governor.lemma_.lower()}"
        if clause.dep_ in {"xcomp", "ccomp", "advcl"} and not participle(clause):
            if governor.lemma_.lower() in IRREALIS_GOVERNORS:  # its complement, not "how"
                return f"governed by {governor.lemma_.lower()}"
            if clause.dep_ == "xcomp" and infinitive(clause):
                if governor.lemma_.lower() in REALIS_GOVERNORS or perfect_infinitive(clause):
                    return ""  # "began to shell"; "claimed to have shelled": done
                return "purpose or plan"
        if clause.dep_ == "advcl" and infinitive(clause) and not perfect_infinitive(clause):
            return "purpose or plan"
        clause = governor
    return ""


def related(trigger: Token, predicate: Token) -> bool:
    """An event noun that a verb of relation relates ("the strike was not connected with
    the inquiry into the bombings"): the verb's "not" denies the link between two things
    the sentence takes as given, not that either took place. A verb trigger, or a noun
    under any other verb ("the raid did not happen"), keeps the verb's negation."""
    return trigger.pos_ == "NOUN" and predicate.lemma_.lower() in RELATION_VERBS


def caused(noun: Token) -> bool:
    """An event noun named as a cause ("wants checks tightened because of the bombings",
    "will retaliate in response to the raid", "closed due to the shelling"): a cause is
    given as having happened, whatever the clause around it plans, orders or denies.
    The noun may be one of a pair ("the bombings and shootings") or an "of" phrase's."""
    top = noun
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head
    if top.dep_ != "pobj":
        return False
    prep = top.head
    if prep.lower_ == "because":
        return True  # "because of": spaCy hangs the noun on "because"
    head = prep.head
    return prep.lower_ in {"to", "for", "of"} and head.lower_ in CAUSE_WORDS and (
        head.lower_ != "result" or any(c.lower_ == "a" for c in head.children))


def _tagged_verb_as_noun(trigger: Token) -> bool:
    """ "A series of airstrikes ... killed 20": a plural noun tagged as a present verb (VBZ)
    in a noun's slot, with no auxiliary, is the noun its verb asserts, not a present."""
    return (trigger.tag_ == "VBZ" and trigger.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children))  # fmt: skip


def _modifier(trigger: Token) -> bool:
    """A word that modifies a noun, or a conjunct of one ("gun, bomb and machete attacks":
    "bomb" is joined to the modifier "gun")."""
    word = trigger
    for _ in range(6):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        word = word.head
    return word.dep_ in _MODIFIER_DEPS and word.head.i != word.i and word.head.pos_ in {
        "NOUN", "PROPN"} or (trigger.dep_ in _MODIFIER_DEPS and trigger.head.i != trigger.i
                             ) or _listed_modifier(trigger, word)  # fmt: skip


def _listed_modifier(trigger: Token, top: Token) -> bool:
    """A bare weapon in a list the parser closed on a plural with a modifier of its own
    ("gun, bomb and knife attacks", parsed as conjuncts of "gun"): the list's words are
    the kinds of attack, not weapons used each. Every conjunct but the last is a singular
    noun without a determiner or number, the last a plural noun a word of the list runs
    into with no comma or "and" between (its modifier, whatever the parse); only an
    instrument word is read so ("fighting, shelling and air strikes" are deeds each)."""
    if trigger.tag_ != "NN" or not _instrument(trigger):
        return False
    listed = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.head.i >= top.i)]
    listed = [t for t in listed if t.i == top.i or _conjunct_of(t, top)]
    last = max(listed, key=lambda t: t.i)
    if last.i == trigger.i or last.tag_ != "NNS" or len(listed) < 3:
        return False
    before = last.doc[last.i - 1]  # "machete attacks": a word of the list right before
    if before.pos_ in {"PUNCT", "CCONJ"} or before.i < top.i:  # it, parsed as its modifier
        return False  # or as a conjunct of its own; "bombs and attacks" are two things
    return all(t.tag_ == "NN" and not any(c.dep_ in _SPECIFIERS for c in t.children)
               for t in listed if t.i not in {last.i, before.i})  # fmt: skip


def _conjunct_of(word: Token, top: Token) -> bool:
    """Whether ``word`` reaches ``top`` by "conj" links alone."""
    for _ in range(8):
        if word.i == top.i:
            return True
        if word.dep_ != "conj":
            return False
        word = word.head
    return False


def _result_told(trigger: Token, predicate: Token) -> bool:
    """ "The bomb was so powerful that it shattered windows": the weapon is the subject of
    a "so ... that" (or "such ... that") clause whose result is a past deed done to
    something (a direct object) by the weapon itself ("it"), so it went off; "the drone
    was so small that nobody saw it", where it does nothing, stays unused."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head.i != predicate.i:
        return False
    for degree in predicate.subtree:
        if degree.lower_ not in {"so", "such"}:
            continue
        for clause in degree.head.children:
            if (clause.dep_ in {"ccomp", "advcl"} and clause.tag_ == "VBD"
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    and any(c.dep_ == "dobj" for c in clause.children)
                    and any(c.dep_ == "nsubj" and c.lower_ in {"it", "they"}
                            for c in clause.children)):  # fmt: skip
                return True
    return False


def _held(trigger: Token) -> bool:
    """ "a surprise drill of 12,000 soldiers, guns and helicopters", "the sale of missiles": a
    weapon listed in the "of" phrase of a noun of holding, showing or trading is not
    used on anything, whatever verb the noun is the object of ("carried out")."""
    word = trigger
    for _ in range(6):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ != "of":
        return False
    holder = word.head.head
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in HOLDINGS


def subject_of(trigger: Token, predicate: Token) -> bool:
    """Whether the trigger is the predicate's subject ("the attack was known as")."""
    return trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == predicate.i


def _flown(trigger: Token, predicate: Token) -> bool:
    """ "helicopters landed at the site", "the plane crashed": a craft as the subject of a
    verb that for a munition would tell an impact ("a missile landed") came down, flown."""
    lemma = trigger.lemma_.lower()
    return (predicate.lemma_.lower() in CRAFT_VERBS and trigger.head.i == predicate.i
            and trigger.dep_ == "nsubj" and lemma in CRAFTS)  # fmt: skip


#: Entity labels that anchor an event noun to a place ("the shootings in Orlando").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that anchor it to a time ("the bombings this month").
_TIME_LABELS = frozenset({"DATE", "TIME"})
#: Prepositions through which a place or a date anchors an event noun.
_ANCHOR_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside"})


def anchored(noun: Token) -> bool:
    """Whether an event noun is tied to a date of its own ("mass shootings in Paris last
    year", "bombings this month of two embassies") or is a definite one a named place
    names ("the shootings in San Bernardino", "the Orlando attack"): a particular event
    the story names, however the clause around it reads, not a kind of event ("strikes
    in Iraq" is one; "strikes in Iraq and Syria", several named places, are not)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    labels = set()
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
            labels.add(child.ent_type_)
        if child.dep_ == "prep" and child.lower_ in _ANCHOR_PREPS:
            labels |= {o.ent_type_ for o in child.children if o.dep_ == "pobj"}
    if labels & _TIME_LABELS or several_places(noun):
        return True  # a date of its own, or places that each had theirs
    return bool(labels & _PLACE_LABELS) and definite(noun)  # "strikes in Iraq" is a kind


def several_places(noun: Token) -> bool:
    """Whether the noun's own place phrase names two places or more ("shootings in
    Paris and Brussels"): one event at each, particular events, where one place ("strikes
    in Iraq") can name a kind of event."""
    places = 0
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _ANCHOR_PREPS:
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                places += sum(p.ent_type_ in _PLACE_LABELS for p in _with_conjuncts(place))
    return places > 1


def particular(noun: Token) -> bool:
    """Whether an event noun's own words pick out particular events: a date or
    places of its own (``anchored``), a named doer ("raids by Ivan's men") or a named
    victim ("the murder of Dr. Amos Hale", ``of_named``)."""
    return anchored(noun) or _by_named(noun) or of_named(noun)


def _with_conjuncts(word: Token) -> list[Token]:
    """The word and the words joined to it ("Paris and Brussels", "A, B and C")."""
    return [word, *(c for c in word.subtree if c.dep_ == "conj" and c.head.i != c.i
                    and c.i != word.i and c.head.dep_ in {"pobj", "conj"})]  # fmt: skip


def _dated(verb: Token) -> bool:
    """Whether a day or time of its own dates the verb ("on Thursday", "Thursday",
    "yesterday morning"): what it tells happened then. Longer periods ("in 2023") are
    read as counts over a period by ``specific.py``."""
    for child in verb.children:
        if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ in _TIME_LABELS:
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in _TIME_LABELS
                                        for o in child.children):  # fmt: skip
            return True
    return False


def there_was(trigger: Token) -> bool:
    """ "There was a bombing near the market on Monday", "there were clashes between the
    army and rebels": an existential in the simple past whose event noun has a place,
    a date or sides of its own reports that the event took place; it describes nothing.
    Without those ("there was violence"), in another tense ("there has been fighting
    for years", "there will be protests") it stays a description; negation and
    questions are read before this."""
    verb = trigger.head
    if verb.tag_ != "VBD" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    own = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _EXISTENTIAL_PREPS
           and any(o.dep_ == "pobj" for o in c.children)]
    dated = any(c.ent_type_ in {"DATE", "TIME"} and c.dep_ in {"npadvmod", "prep", "pobj"}
                or (c.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in c.children))
                for c in verb.children)  # fmt: skip
    return bool(own) or (dated and trigger.lemma_.lower() in EVENT_NOUNS)


def _generic_plural(noun: Token) -> bool:
    """ "ramped up attacks", "conducted strikes in Iraq": a bare plural that is not the
    subject names a kind of event, not events that happened, unless a place or date of
    its own names particular ones ("mass shootings in Paris and Brussels last year"), its
    verb is dated ("launched strikes on Thursday"), a named doer's "by" phrase picks them
    out ("raids by Ivan's militia"), or a count measures them ("hundreds of protesters").
    A plural joined to such a plural shares its words ("bombings and shootings in A and
    B"). An existential that reports them ("there were protests in the capital") names
    events that took place (``there_was``)."""
    if noun.tag_ != "NNS" or noun.dep_ in {"nsubj", "nsubjpass"} or anchored(noun):
        return False
    if noun.dep_ == "attr" and there_was(noun):
        return False
    if (noun.dep_ == "dobj" and _dated(noun.head)) or counted_or_means(noun, _dated):
        return False  # "launched missile strikes on Thursday against ...": that day's
    if _by_named(noun) or (_plural_conj(noun) and (anchored(noun.head) or _by_named(noun.head))):
        return False  # "raids by Ivan's men", "bombings and shootings in A and B"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a series of airstrikes": the measure picks them out
        if noun.like_num or noun.ent_type_ in _COUNT_LABELS:
            return False  # "hundreds of protesters", "dozens of raids": counted
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.lemma_.lower() in _COLLECTIVES:
            return False  # "small groups of protesters marched": people who did it
    return not any(c.dep_ in _SPECIFIERS or c.like_num for c in noun.children)


#: Prepositions by which an existential's event noun has a place or sides of its own.
_EXISTENTIAL_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "between",
                                "against"})
#: Nouns of a body of people: as a subject, "groups of protesters" are people who acted.
_COLLECTIVES = frozenset({"group", "crowd", "band", "throng", "column", "contingent"})
#: Entity labels of a count ("hundreds", "a dozen").
_COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY"})
#: Entity labels of a named doer ("Ivan's men", "Freedonian", "the Blue Army").
_ACTOR_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def _plural_conj(noun: Token) -> bool:
    """A plural joined to a plural event noun before it ("bombings and shootings in A"):
    what the first one's own words name, the pair shares."""
    return noun.dep_ == "conj" and noun.head.tag_ == "NNS" and noun.head.pos_ == "NOUN"


def _by_named(noun: Token) -> bool:
    """ "attacks by Ivan's militia", "raids by the Blue Army": a named doer in the
    noun's own "by" phrase picks out that doer's events, not a kind of event."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "by"
        and any(w.ent_type_ in _ACTOR_LABELS for o in prep.children if o.dep_ == "pobj"
                for w in o.subtree)
        for prep in noun.children
    )  # fmt: skip


def _instrument(token: Token) -> bool:
    lemma = token.lemma_.lower()
    compound = " ".join(c.lemma_.lower() for c in token.lefts
                        if c.dep_ in {"compound", "amod"})  # "an explosive device"
    return lemma in INSTRUMENTS or f"{compound} {lemma}".strip() in INSTRUMENTS


def definite(noun: Token) -> bool:
    """A noun pointing back at something already told: "the attack", "that raid",
    "Tuesday's strike"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children
    )


def _told_before(noun: Token) -> bool:
    """A definite event noun inside a phrase about something else ("the scene of the
    airstrike", "the site of that attack"): the story refers back, it tells nothing new."""
    return (definite(noun) and noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN"}
            and not caused(noun))  # "in response to the raid": a cause, told as such


def _in_named_entity(token: Token) -> bool:
    """Inside a multi-word name the model found ("Operation Inherent Resolve"); a lone
    capitalised word at a sentence start ("Warplanes pounded ...") is no name."""
    if token.ent_type_ not in NAME_LABELS or not token.is_title:
        return False
    entity = next((e for e in doc_ents(token.doc) if e.start <= token.i < e.end), None)
    return entity is not None and len(entity) > 1


def _in_proper_name(token: Token) -> bool:
    """A capitalised proper-noun word joined to another one ("the Strike Force")."""
    if token.tag_ not in {"NNP", "NNPS"} or not token.is_title:
        return False
    linked = [c for c in token.children if c.dep_ == "compound"]
    if token.dep_ == "compound":
        linked.append(token.head)
    return any(t.tag_ in {"NNP", "NNPS"} and t.is_title for t in linked)
