"""Who did it to whom: the event's actors read from its trigger's arguments.

ACLED's actor1 is the side that acts and actor2 the side acted on. The parse says
which noun phrase plays which part: the subject of an active trigger verb and the
agent of a passive one ("was attacked by militants") act; the object and the passive
subject are acted on. An event noun takes its actors from around it: "Israel's
strikes", "an attack by gunmen" (actor1), "a strike on the convoy", "attacks against
police" (actor2), and from the verb it is the object of when that verb only carries
it ("the coalition conducted 34 strikes", "militants launched an attack").

A phrase is an actor when it names one: an entity (a group, a person, a state as the
agent) or a noun for people under arms or harm ("security forces", "civilians";
``data/event_words.toml``). Places are where, not who; pronouns and adjectives never.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.realis import predicate_of
from frontlines.vocab.words import word_list, words

__all__ = [
    "ACTOR_NOUNS", "AGENT_NOUNS", "CARRIER_VERBS", "ONE_SIDED", "PLACE_LABELS", "PLACE_NOUNS",
    "actor_phrase", "actors_of", "aimed_at",
    "names_a_country", "noun_phrase",
]  # fmt: skip

#: ACLED sub-event types coded with one side only: a peaceful protest has no opponent
#: (what it protests against is not a party to it), nor has a group changing its activity.
ONE_SIDED = frozenset({"Peaceful protest", "Change to group/activity",
                       "Headquarters or base established"})  # fmt: skip
#: Nouns that name a side or its victims ("forces", "militants", "civilians").
ACTOR_NOUNS = frozenset(word_list("event", "actor_nouns"))
#: Event words that name who did it ("a suicide bomber detonated ...").
AGENT_NOUNS = frozenset(word_list("event", "agent_nouns"))
#: Verbs that only carry an event noun: their subject is the event's actor1.
CARRIER_VERBS = frozenset(word_list("event", "carrier_verbs"))
#: Nouns of places ("city", "province"): the head of a phrase that says where, not who.
PLACE_NOUNS = words("place", "place_nouns")
#: Sites an event hits: where it happened, never a side ("stormed the compound").
_SITES = frozenset({"compound", "mosque", "church", "temple", "hospital", "school", "market",
                    "base", "airport", "building", "checkpoint", "station", "embassy"})
_PEOPLE_LABELS = frozenset({"ORG", "NORP", "PERSON"})
#: Entity labels of places: never actors, except a country acting as the agent.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "its", "their", "his", "her"})


def actors_of(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    """(actor1, actor2) from the trigger's arguments; None where the parse names none."""
    actor1, actor2 = _verb_roles(trigger) if trigger.pos_ in {"VERB", "AUX"} \
        else _noun_roles(trigger)  # fmt: skip
    if actor1 is None:
        sides = _between(trigger)
        if sides is not None:
            actor1, actor2 = sides[0], actor2 or sides[1]
    return actor1, actor2


def aimed_at(trigger: Token) -> EventActor | None:
    """The side an event noun says it was aimed at ("airstrikes against al-Qaida
    operatives", "an attack on police"): named by the event itself, it outranks whoever
    its outcome verb says fell ("... killed more than 20 militants")."""
    if trigger.pos_ not in {"NOUN", "PROPN"} and trigger.dep_ not in {"nsubj", "pobj", "dobj"}:
        return None  # a noun the tagger took for a verb still heads a noun's slot
    prep = next((c for c in trigger.children if c.dep_ == "prep"
                 and c.lower_ in {"on", "against", "targeting"}), None)  # fmt: skip
    aim = _first_object(prep, agent=False) if prep is not None else None
    return aim if aim is not None and _a_side(trigger.doc, aim) else None


def _a_side(doc: Doc, actor: EventActor) -> bool:
    """Whether ``actor`` names a side: a group or nationality, or a noun for people under
    arms or harm ("an attack on Kyiv" may be a city the tagger took for a person)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(
        t.ent_type_ in {"ORG", "NORP"} or _people(t) for t in span)


def _between(trigger: Token) -> tuple[EventActor, EventActor] | None:
    """The two sides of "fighting between the army and the RSF"."""
    heads = [trigger]
    if trigger.dep_ == "nsubj":  # "clashes broke out between ...": the verb carries it
        heads.append(trigger.head)
    prep = next((c for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "between"), None)  # fmt: skip
    if prep is None:
        return None
    sides = [o for o in prep.children if o.dep_ == "pobj"]
    sides += [c for o in sides for c in o.children if c.dep_ == "conj"]
    found = [a for a in (_actor(o, agent=True) for o in sides) if a is not None]
    return (found[0], found[1]) if len(found) >= 2 else None


def _noun_roles(trigger: Token) -> tuple[EventActor | None, EventActor | None]:
    actor1 = actor2 = None
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.lower_ in AGENT_NOUNS:
        start, end = noun_phrase(trigger)  # "a female suicide bomber detonated ..."
        span = trigger.doc[start:end]
        actor1 = EventActor(text=span.text, actor=None, start=span.start_char,
                            end=span.end_char)  # fmt: skip
    for child in trigger.children:
        named = (child.dep_ == "compound" and child.ent_type_ in _PEOPLE_LABELS | {"GPE"}) or (
            child.dep_ == "amod" and child.ent_type_ == "NORP")  # "Israeli strikes": the agent
        if child.dep_ == "poss" and trigger.lemma_.lower() in _UNDERGONE:
            actor2 = actor2 or _actor(child, agent=False)  # "al-Baghdadi's killing"
        elif child.dep_ == "poss" or named:
            actor1 = actor1 or _actor(child, agent=True)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor1 = actor1 or _first_object(child, agent=True)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against", "targeting", "of"}:
            actor2 = actor2 or _first_object(child, agent=False)  # "the killing of X"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        return _under_fire(trigger, actor1)
    carrier = trigger.head
    if actor1 is None and trigger.dep_ == "dobj" and carrier.lemma_.lower() in CARRIER_VERBS:
        actor1 = _verb_roles(carrier)[0]
    if trigger.dep_ in {"nsubj", "nsubjpass"}:  # "drone strikes by Turkey killed two ..."
        _, verb_actor2 = _verb_roles(predicate_of(trigger))
        actor2 = actor2 or verb_actor2
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during", "by"}:
        verb = trigger.head.head
        passive = verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children)
        if actor2 is None and passive:  # "X was killed in an airstrike": X is what it hit
            actor2 = next((_actor(c, agent=False) for c in verb.children
                           if c.dep_ == "nsubjpass"), None)  # fmt: skip
        elif not passive and verb.lemma_.lower() not in _UNDERGOING:
            actor1 = actor1 or _doer(verb)  # "hundreds of people massed ... in protest"
            if actor2 is None and verb.lemma_.lower() in OUTCOME_VERBS:
                actor2 = next((_actor(c, agent=False) for c in verb.children
                               if c.dep_ == "dobj"), None)  # "killed X in an airstrike"
    return actor1, actor2


def _under_fire(trigger: Token, actor1: EventActor | None
                ) -> tuple[EventActor | None, EventActor | None]:  # fmt: skip
    """"Y came under fire from X", "Y was under attack by X": the clause's subject is
    what the event hit, the "from" / "by" phrase who did it."""
    verb = trigger.head.head
    for holder in (trigger, verb):
        for child in holder.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
                actor1 = actor1 or _first_object(child, agent=True)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return actor1, _actor(subject, agent=False) if subject is not None else None


#: Event nouns whose possessor undergoes them ("his arrest", "the leader's killing"),
#: unlike the possessor of an attack or a strike, who does it.
_UNDERGONE = frozenset({"killing", "death", "murder", "assassination", "arrest", "detention",
                        "abduction", "kidnapping", "capture", "execution", "disappearance",
                        "injury", "wounding", "release", "surrender", "defeat",
                        "imprisonment", "deportation", "expulsion", "eviction"})  # fmt: skip


#: Verbs whose subject undergoes the event it is "in" ("died in an airstrike").
_UNDERGOING = frozenset({"die", "perish", "be", "suffer", "lose", "get", "trap", "catch",
                         "survive", "hear", "see", "witness"})  # fmt: skip


def _doer(verb: Token) -> EventActor | None:
    """Who does what ``verb`` says: its subject, or the noun a participle describes
    ("hundreds of people massed outside the embassy")."""
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _actor(verb.head, agent=True)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _actor(subject, agent=True) if subject is not None else None


def _verb_roles(verb: Token) -> tuple[EventActor | None, EventActor | None]:
    actor1 = actor2 = None
    subject_verb = verb
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if verb.dep_ in {"xcomp", "conj"} and not own_subject:
        subject_verb = verb.head  # "militants stormed the base and killed ..."
    elif _bare_participle(verb) and not own_subject:
        subject_verb = verb.head  # "a Russian strike hit the block, killing nine"
    elif verb.dep_ == "acl" and not own_subject and verb.head.pos_ in {"NOUN", "PROPN"}:
        described = _described(verb)
        if described is not None:
            return described
    subject = None
    for child in subject_verb.children:
        if child.dep_ == "nsubj":
            subject = child
            actor1 = _actor(child, agent=True)
        elif child.dep_ == "nsubjpass":
            actor2 = _actor(child, agent=False)
    taken = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent":
            actor1 = actor1 or _first_object(child, agent=True)
        elif child.dep_ == "dobj":
            actor2 = actor2 or _actor(child, agent=False)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against", "at"}:
            actor2 = actor2 or _first_object(child, agent=False)  # "fired at protesters"
        elif child.dep_ == "prep" and child.lower_ == "with" and actor1 is not None:
            actor2 = actor2 or _first_object(child, agent=False)  # "clashed with police"
        elif child.dep_ == "prep" and child.lower_ == "from" and taken:
            actor2 = actor2 or _first_object(child, agent=False)  # "retook X from rebels"
    if actor2 is None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in OUTCOME_VERBS:
        actor2 = next((_actor(c, agent=False) for c in verb.head.children
                       if c.dep_ == "nsubjpass"), None)  # "15 were killed when a bomb exploded"
    if actor2 is None and verb.lemma_.lower() in _RECIPROCAL and subject is not None:
        actor2 = next((_actor(c, agent=True) for c in subject.children if c.dep_ == "conj"),
                      None)  # "federal forces and Tigrayan fighters clashed"  # fmt: skip
        if actor2 is not None and actor1 is not None:
            actor1 = _actor(subject, agent=True, whole=False)
    victims = _outcome_victims(verb)
    site = any(c.dep_ == "dobj" and c.lemma_.lower() in _SITES for c in verb.children)
    if victims is not None and (actor2 is None or site):
        return actor1, victims  # "attacked a police checkpoint, killing 3 officers"
    return actor1, actor2


def _bare_participle(verb: Token) -> bool:
    """An "-ing" clause with no subject or conjunction of its own ("..., killing nine"):
    who does it is the subject of the clause it hangs on."""
    head = verb.head  # "X came under attack, killing six": X did not kill
    undergoes = head.lemma_.lower() in _UNDERGOING | {"come"} or any(
        c.dep_ == "auxpass" for c in head.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not undergoes and not any(
        c.dep_ == "mark" for c in verb.children)


def _described(verb: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """The roles of a participle describing a noun: the noun does an "-ing" act
    ("gunmen attacking the village") and undergoes an "-ed" one ("civilians killed in
    the raid"), unless the noun heads the whole sentence, where the parser took a finite
    verb for a participle ("Thousands of students protested in Dhaka")."""
    noun = verb.head
    if verb.tag_ == "VBG" or noun.dep_ == "ROOT":
        victim = next((_actor(c, agent=False) for c in verb.children if c.dep_ == "dobj"),
                      None)  # fmt: skip
        return _actor(noun, agent=True), victim
    if verb.tag_ == "VBN":
        doer = next((_first_object(c, agent=True) for c in verb.children
                     if c.dep_ == "agent"), None)  # fmt: skip
        return doer, _actor(noun, agent=False)
    return None


#: Verbs whose coordinated subjects are the two sides ("A and B clashed").
_RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange"})


#: Verbs that say what violence did to people: their object is the event's actor2.
OUTCOME_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _outcome_victims(verb: Token) -> EventActor | None:
    """Who the event hit when it names no object of its own: the object of a participle
    telling its outcome ("detonated a bomb near the convoy, killing four soldiers")."""
    for child in verb.children:
        if child.dep_ in {"advcl", "conj", "xcomp"} and child.lemma_.lower() in OUTCOME_VERBS:
            objects = [c for c in child.children if c.dep_ == "dobj"]
            if objects:
                return _actor(objects[0], agent=False)
    return None


def _first_object(preposition: Token, agent: bool) -> EventActor | None:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return _actor(objects[0], agent) if objects else None


def actor_phrase(head: Token, agent: bool) -> EventActor | None:
    """The actor the phrase ``head`` heads names, if any (the rules of ``_actor``): for
    readers of a clause's subject that no entity names ("rebels rejected the plan")."""
    return _actor(head, agent)


def _actor(head: Token, agent: bool, whole: bool = True) -> EventActor | None:
    """The phrase ``head`` heads, when it names an actor (see the module docstring);
    ``whole=False``: without its coordinated phrases ("A" of "A and B")."""
    referent = _antecedent(head)
    if referent is not None:
        head = referent  # "the group that led the offensive", "they" for the speakers
    elif head.pos_ == "PRON":
        return None
    head = _owner(head) or head  # "the army said its forces ...": the army
    head = (None if agent else _carried(head)) or head  # "a bus carrying soldiers"
    group = _named_of(head)
    start, end = noun_phrase(head)
    if group is not None:  # "fighters of the Islamic State group": the group; what
        head, start = group, noun_phrase(group)[0]  # follows it stays ("ISIS in Iraq")
    if not whole:
        end = min([end, *(c.left_edge.i for c in head.rights if c.dep_ in {"cc", "conj"})])
    names = [e for e in head.sent.ents if e.start < end and start < e.end]
    for ent in names:  # a name the phrase cuts into is kept whole
        start, end = min(start, ent.start), max(end, ent.end)
    while start < head.i and head.doc[start].lower_ in _DETERMINERS:
        start += 1  # "the Rapid Support Forces": the entity took its article along
    if end - 1 > head.i and head.doc[end - 1].dep_ == "case":
        end -= 1  # "Israel's" names Israel
    tokens = head.doc[start:end]
    words = {head.lower_, head.lemma_.lower()}
    if words & PLACE_NOUNS:
        return None  # "the Iraqi city of Mosul": where, not who
    if words & _SITES:  # "the mosque compound" is where; "an ISIL-held building" hit ISIL
        owner = None if agent else _modifier_agent(head, frozenset({"ORG"}))
        if owner is not None and owner.actor:
            return owner  # a known group only
        return _site_keepers(head)  # "an army base", "the police station": who holds it
    kb = next((e.kb_id_ for e in names if e.kb_id_), None)
    entity = head if head.ent_type_ else next((t for t in tokens if t.ent_type_), None)
    label = entity.ent_type_ if entity is not None else ""
    place = label in PLACE_LABELS and not kb and not (agent and names_a_country(tokens))
    if place and not any(t.lemma_.lower() in ACTOR_NOUNS for t in tokens):
        return None  # a town is never an actor; "Syria" only as the agent
    named = label in _PEOPLE_LABELS or label in PLACE_LABELS
    people = _people(head) or any(_people(c) for c in _counted(head))
    if not (named or people):
        return None
    if agent and not people and not head.ent_type_:
        return _modifier_agent(head)  # "a Russian missile attack killed ...": Russian
    return EventActor(text=tokens.text, actor=kb or None, start=tokens.start_char,
                      end=tokens.end_char)  # fmt: skip


def _modifier_agent(head: Token, labels: frozenset[str] = frozenset()) -> EventActor | None:
    """The side a subject phrase names only as a modifier of what it did: "a Russian
    missile attack", "a series of U.S. airstrikes" (ACLED: the state's forces)."""
    nouns = [head, *_counted(head), *(o for p in head.children if p.dep_ == "prep"
                                      and p.lower_ == "of" for o in p.children
                                      if o.dep_ == "pobj")]  # fmt: skip
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"compound", "amod", "poss"} and child.ent_type_ in (
                labels or _PEOPLE_LABELS | {"GPE"}
            ):
                start, end = child.i, child.i + 1
                ent = next((e for e in head.sent.ents if e.start <= child.i < e.end), None)
                if ent is not None:
                    start, end = ent.start, ent.end
                span = head.doc[start:end]
                kb = ent.kb_id_ if ent is not None and ent.kb_id_ else None
                if child.ent_type_ == "GPE" and not kb and not names_a_country(span):
                    continue  # "a Kabul attack": a town is where, never who
                return EventActor(text=span.text, actor=kb, start=span.start_char,
                                  end=span.end_char)  # fmt: skip
    return None


def _carried(vehicle: Token) -> Token | None:
    """Who a vehicle carried ("a truck transporting a police unit"): hitting it hit
    them."""
    for acl in vehicle.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"carry", "transport", "ferry"}:
            return next((c for c in acl.children if c.dep_ == "dobj" and _people(c)), None)
    return None


def _site_keepers(site: Token) -> EventActor | None:
    """The side a site's modifier names as its keeper ("an army base", "a police
    station", "a military checkpoint"): hitting the site hits them."""
    keepers = [c for c in site.children if c.dep_ in {"compound", "amod"} and _people(c)]
    if not keepers:
        return None
    start, end = min(c.left_edge.i for c in keepers), max(c.i for c in keepers) + 1
    span = site.doc[start:end]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


#: Nouns for a group's people or parts: "fighters of X", "a unit of X" name X.
_MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "leader", "commander", "unit",
                           "wing", "faction", "supporter", "loyalist", "cell", "affiliate",
                           "branch", "operative", "official", "spokesman", "spokesperson"})


def _named_of(head: Token) -> Token | None:
    """The group a phrase names through "of" when its own head is only a part or member
    of it ("fighters of the Islamic State group", "the armed wing of Hamas"): the group's
    name is what a reader codes, not the whole phrase."""
    if head.ent_type_ or head.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if group is not None and any(t.ent_type_ in {"ORG", "NORP"} for t in group.subtree):
                return group
    return None


#: Possessive pronouns that point back to a side named before ("its forces").
_POSSESSIVES = frozenset({"its", "their"})


def _owner(head: Token) -> Token | None:
    """Whose "its forces" / "their convoy" a generic noun is, where the clause says it
    safely: the speaker of reported speech ("the army said its forces struck ...") or
    the people a passive main clause is about ("three soldiers were killed when militants
    ambushed their convoy")."""
    if head.ent_type_ or not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES
                                 for c in head.children):  # fmt: skip
        return None
    clause = head.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ != "ROOT":
        clause = clause.head
    main = clause.head
    if clause.dep_ == "ccomp" and main.pos_ == "VERB":
        speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and speaker.ent_type_ != "PERSON":
            return speaker
    if clause.dep_ == "advcl" and main.pos_ == "VERB":
        undergoer = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        if undergoer is not None and _people(undergoer):
            return undergoer
    return None


def _people(token: Token) -> bool:
    lowered = token.lower_
    return token.lemma_.lower() in ACTOR_NOUNS or lowered in ACTOR_NOUNS or (
        lowered in _CROWDS and token.dep_ in {"nsubj", "nsubjpass"})  # "thousands rallied"


#: Counts that stand for people when they are a clause's subject ("Thousands rallied").
_CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})


def _counted(head: Token) -> list[Token]:
    """What a quantity counts ("hundreds of people", "dozens of fighters")."""
    if not (head.like_num or head.lemma_.lower() in _QUANTITY_NOUNS):
        return []
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "number",
                             "handful", "crowd", "group"})  # fmt: skip
_RELATIVES = frozenset({"that", "who", "which", "whom"})
_PARTITIVES = frozenset({"some", "many", "most", "one", "all", "several", "both", "few"})
#: Subject pronouns a speaker may say of itself, by the tags a speaker of that number has
#: ("the officials said they ...", "the army said it ..."; he/she: a named person).
_PRONOUN_TAGS = {"they": frozenset({"NNS", "NNPS"}), "we": frozenset({"NNS", "NNPS"}),
                 "it": frozenset({"NN", "NNP"}), "he": frozenset(), "she": frozenset()}


def _antecedent(head: Token) -> Token | None:
    """The noun a pronoun stands for, where the parse says it safely: a relative pronoun's
    head noun ("the group that led ...", "demonstrators, some of whom threw ..."), or a
    subject pronoun of what a speaker of the same number says ("the officials said they
    arrested ...", "the army said it retook ...")."""
    relative = head if head.lower_ in _RELATIVES and head.tag_ in {"WDT", "WP"} else None
    if relative is None and head.lower_ in _PARTITIVES:
        relative = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.lower_ in _RELATIVES), None)  # fmt: skip
    if relative is not None:
        clause = head.head
        if clause.dep_ == "relcl":
            return clause.head if clause.head.pos_ != "VERB" else None
        return _noun_before(head)  # "students, some of whom threw stones": parsed loosely
    if head.dep_ != "nsubj" or head.lower_ not in _PRONOUN_TAGS:
        return None
    clause = head.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    person = speaker.ent_type_ == "PERSON"
    if head.lower_ in {"he", "she"}:
        named = person or (speaker.tag_ == "NN" and _people(speaker))
        return speaker if named else None  # "the commander said he ordered ..."
    return speaker if speaker.tag_ in _PRONOUN_TAGS[head.lower_] and not person else None


def _noun_before(token: Token) -> Token | None:
    """The noun just before ``token`` and a comma ("the students, some of whom")."""
    i = token.left_edge.i - 1
    doc = token.doc
    if i < token.sent.start + 1 or doc[i].text != ",":
        return None
    noun = doc[i - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of the phrase ``head`` heads: its left modifiers and "of" phrases, not
    relative clauses, appositions or other prepositional phrases; no leading article."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        keep.extend(child.subtree)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    while start < head.i and head.doc[start].lower_ in _DETERMINERS:
        start += 1
    return start, end


def names_a_country(tokens: Span) -> bool:
    """Whether the places layer read a place inside ``tokens`` as a country (a state
    can act; a town cannot)."""
    doc = tokens.doc
    places = doc._.places if doc.has_extension("places") and doc._.places else []
    return any(
        tokens.start_char <= p.start < tokens.end_char
        and (p.feature_code or "").startswith("PCL")
        for p in places
    )
