"""Who takes part in a sentence, read from its named entities' syntactic roles.

The fallback beside ``roles.actors_of`` (which reads the trigger's own arguments): each
actor-like entity of the sentence is placed by where it hangs in the parse. A name
inside its phrase takes the phrase's role, through modifiers and through "of" after a
noun for people or a group ("a team of Chilean envoys opened talks", "leaders of the
opposition coalition agreed"): the subject acts, the objects are acted on.

PLOVER codes a sentence's actors the way its verbs relate them (``places_act``): names
coordinated in the subject act together ("Jordan and Britain agreed": two sources, no
target), and the subject of a clause the main verb governs is its target ("the PRC
demanded that the US cancel the sale": the demand is made of the US).

``trigger_roles`` decides an event's two sides: the triggers' own arguments first, these
entities only where those name no one and the dictionary knows them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import (
    ACTOR_NOUNS,
    PLACE_LABELS,
    actor_phrase,
    is_people,
    names_a_country,
    noun_phrase,
    person_noun,
)
from frontlines.nlp.events.plover import REPORTING
from frontlines.nlp.events.roles import CARRIER_VERBS, actors_of, aimed_at
from frontlines.nlp.events.sides import two_sided
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.events import EventType
from frontlines.vocab.words import words

__all__ = ["ACTOR_LABELS", "OBJECT_DEPS", "SUBJECT_DEPS", "claimant", "is_speaker",
           "nominal_triggers", "participants", "trigger_roles"]

ACTOR_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})
SUBJECT_DEPS = frozenset({"nsubj", "agent"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "dative", "attr"})
#: Nouns whose "of" phrase says who they are ("a group of diplomats", "leaders of X").
_WHOLE_OF = frozenset({"group", "number", "delegation", "team", "leader", "member", "head",
                       "chief", "representative", "official", "party", "faction", "wing",
                       "army", "government", "forces", "force", "thousand", "hundred",
                       "dozen", "ten", "million", "score", "crowd"})  # fmt: skip
#: Nouns for people who belong to or stand for a group: "from" a group after them says
#: whose they are ("fighters from the X front"); one who left it ("defectors from the
#: army") or only came from it is none of these.
MEMBER_NOUNS = words("event", "member_nouns")
#: What a coordinated name may hang on: a noun, or a nationality adjective ("Malian and
#: Nigerien officials": both qualify the officials).
_NAMING = frozenset({"NOUN", "PROPN", "ADJ"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: Clauses a main verb governs: their subject is who it is about, not who acts.
_GOVERNED = frozenset({"ccomp", "xcomp"})


def _phrase_head(token: Token, coordinated: bool) -> Token:
    """The head of the phrase a name sits in, through modifiers, "of" after a noun for
    people or a group, "from" a group or people after a noun for its members ("fighters
    from the X front"; a place there is where they come from, and "defectors from the
    army" left it), appositions and (``coordinated``) coordination."""
    for _ in range(8):  # phrases are shallow; a bound against cyclic parses
        if token.dep_ in _MODIFIER_DEPS or token.dep_ == "appos" or (
                coordinated and token.dep_ == "conj" and token.head.pos_ in _NAMING):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and (
                token.head.head.lemma_.lower() in _WHOLE_OF):
            token = token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "from" and (
                token.ent_type_ in {"ORG", "NORP"} and _member(token.head.head)):
            token = token.head.head  # "militants from the X front": the front's own
        else:
            break
    return token


def _member(token: Token) -> bool:
    """Whether a noun names people who belong to or stand for a group ("militants",
    "a delegation"), not ones who left it ("defectors", "deserters")."""
    return token.lemma_.lower() in MEMBER_NOUNS or token.lower_ in MEMBER_NOUNS


def _left_or_came_from(head: Token) -> bool:
    """Whether a group is named by "from" after a noun for people who are not its
    members ("defectors from the army", "students from X University"): whom they left or
    where they come from, neither side of the event."""
    noun = head.head.head
    return head.dep_ == "pobj" and head.head.lower_ == "from" and (
        head.head.dep_ == "prep" and noun.pos_ == "NOUN" and person_noun(noun)
        and not _member(noun))


def _inside_subject(token: Token) -> bool:
    """Whether a name sits inside the subject phrase without heading it ("the Kurds
    of eastern Turkey want ...": Turkey is part of who wants, not whom), also through a
    participle describing a noun of it ("X, a council tied to Y, audited ...")."""
    for _ in range(12):  # phrases nest shallowly; a bound against cyclic parses
        if token.dep_ == "ROOT" or (token.pos_ in {"VERB", "AUX"} and token.dep_ != "acl"):
            return False
        if token.dep_ in SUBJECT_DEPS:
            return True
        token = token.head
    return False


def _governed_subject(head: Token) -> bool:
    """Whether ``head`` is the subject of a clause another verb's subject governs
    ("the PRC demanded that [the US cancel ...]"); a clause before its verb is what the
    teller reports, not what is asked of anyone ("[France is ready ...], the minister
    said")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.dep_ not in _GOVERNED or verb.i < verb.head.i:
        return False
    return any(c.dep_ == "nsubj" for c in verb.head.children)


def participants(
    sent: Span, places_act: bool = False, ents: list[Span] | None = None
) -> tuple[EventActor | None, EventActor | None]:
    """Actor1 from the subject, actor2 from the objects, by the entity's syntactic role.

    ACLED's convention: a place is where an event happens, not who takes part, so a
    town, region or other location name is never an actor, and a country stands for its
    state only as the agent ("Russia shelled ..."), never as an object ("strikes in
    Syria"). PLOVER codes states and cities as actors on either side (``places_act``)."""
    subjects: list[tuple[EventActor, Token]] = []
    governed: list[EventActor] = []
    objects: list[EventActor] = []
    others: list[EventActor] = []
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in ACTOR_LABELS or _based(ent.root):
            continue  # "a U.S.-based cleric": where he lives, no side of the event
        head = _phrase_head(ent.root, coordinated=places_act)
        if ent.label_ in {"ORG", "NORP"} and _left_or_came_from(head):
            continue  # "defectors from the army": the group they left is no side
        subject = head.dep_ in SUBJECT_DEPS or _joins_subject(head) or (
            places_act and _agent(head))  # news (ACLED's convention): "a city held by X"
        # is whom it was retaken from; ACLED snippets' side feature reads places_act
        if places_act and subject and _teller(head):
            continue  # "..., the aid agency told reporters": who tells, no party
        place = ent.label_ in PLACE_LABELS and not ent.kb_id_
        if place and not places_act and not (subject and names_a_country(ent)):
            continue
        if ent.label_ in PLACE_LABELS and not places_act and _where_object(ent.root):
            continue  # "the embassies in Kenya": a country named as where, not as a side
        span: Span = ent
        if not places_act and ent.label_ == "NORP" and ent.root.dep_ in {"amod", "compound"}:
            noun = ent.root.head  # "Iraqi forces" acts; "Iraqi" alone is an adjective
            # (ACLED's convention; PLOVER codes the nationality as the state: places_act)
            if noun.lemma_.lower() not in ACTOR_NOUNS and noun.lower_ not in ACTOR_NOUNS:
                continue
            start, end = noun_phrase(noun)
            span = sent.doc[min(start, ent.start):max(end, ent.end)]
        elif not places_act and _names_a_person_noun(ent):
            noun = ent.root.head  # "the Clinton campaign chairman, John Podesta": the
            start, end = noun_phrase(noun)  # chairman acts, not Clinton; "a Fox reporter"
            end = max([end, *(c.right_edge.i + 1 for c in noun.rights  # his name too
                              if c.dep_ == "appos" and c.ent_type_ == "PERSON")])
            span = sent.doc[min(start, ent.start):max(end, ent.end)]
        actor = EventActor(
            text=span.text, actor=ent.kb_id_ or None, start=span.start_char, end=span.end_char
        )
        deps = {t.dep_ for t in ent.root.ancestors} | {ent.root.dep_}
        if places_act and not subject and _inside_subject(ent.root):
            continue  # "the Kurds of eastern Turkey want ..."
        if places_act and subject and _governed_subject(head):
            governed.append(actor)
        elif subject:
            subjects.append((actor, head))
        elif deps & OBJECT_DEPS:
            objects.append(actor)
        else:
            others.append(actor)
    joined = False  # the source is two or more names joined ("Malian and Nigerien")
    if places_act and subjects:
        subjects, joined = _together(sent, subjects)
    elif places_act:  # no name in the subject: the subject's own words, when they name a
        subject_of = _main_subject(sent.root)
        found = actor_phrase(subject_of, agent=True) if subject_of is not None else None
        if found is not None and subject_of is not None:  # side ("opposition groups")
            subjects = [(found, subject_of)]
    ordered = [a for a, _ in subjects] + others
    actor1 = ordered[0] if ordered else None
    later = [a for a, h in subjects[1:] if h.head.i != subjects[0][1].head.i] if places_act else []
    # another clause's subject ("Egypt warned it would close the crossing if Israel
    # widened the operation"): whom the main verb's deed is about, after its objects
    rest = [a for a in governed + objects + others + later if a is not actor1]
    if rest and joined and actor1 is not None and _names_again(rest[0], actor1):
        return actor1, None  # one side of the two the source joins, no target; nor a
        # place named after it ("... to help Nigerien refugees in Niamey")
    return actor1, rest[0] if rest else None


def _agent(head: Token) -> bool:
    """Whether a phrase is the "by" agent of the sentence's own passive ("a camp was
    attacked by militiamen", "was indicted by the court"): it did the deed the subject
    underwent. The agent of a participle describing a noun ("the rebels, backed by X,
    attacked ...") says who backed them, not who did the sentence's deed."""
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    told = _reported(verb.head)  # "X was taken by Y, residents said": the told clause's
    return verb.dep_ == "ROOT" or (told is not None and told.i == verb.i)


def _reported(verb: Token) -> Token | None:
    """The clause a verb tells when it stands after it ("X attacked Y, the agency
    reported"): the teller's verb comes last, so the clause before it is the news."""
    return next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}
                 and c.i < verb.i and c.pos_ in {"VERB", "AUX"}), None)  # fmt: skip


#: Verbs that pass news on without taking a side in it ("..., officials confirmed").
_TELLING = REPORTING | {"confirm", "announce", "disclose"}


def _teller(head: Token) -> bool:
    """Whether ``head`` is the subject of a verb that only tells the clause before it
    ("..., a customs officer said", "..., the navy reported"): the teller is no side. A
    verb that takes a stand ("..., a lawyers' union objected") keeps its subject, and so
    does one who announces its own decision ("the border will close, the junta
    announced")."""
    verb = head.head
    telling = head.dep_ == "nsubj" and verb.lemma_.lower() in _TELLING
    clause = _reported(verb) if telling else None
    return clause is not None and head.i > clause.right_edge.i


def _main_subject(root: Token) -> Token | None:
    """The subject of the sentence's news: the root's, or where the root only tells the
    clause before it, that clause's (its passive's "by" agent before its subject)."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not _teller(subject):
        return subject
    clause = _reported(root)
    if clause is None:
        return None
    agent = next((o for c in clause.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"), None)  # fmt: skip
    return agent or next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _names_again(actor: EventActor, source: EventActor) -> bool:
    """Whether ``actor`` only repeats a name a joined source already holds ("Malian and
    Nigerien officials pledged to shelter Nigerien refugees": one side of the two, no
    target). A single source's name again is a target ("Syrian troops shelled Syrian
    civilians": a state acting on its own people)."""
    names = {w.strip(".,").lower() for w in source.text.split()}
    return all(w.strip(".,").lower() in names for w in actor.text.split())


def _names_a_person_noun(ent: Span) -> bool:
    """Whether a name only modifies a noun for a person by trade or office ("the Clinton
    campaign chairman", "a Fox reporter"): the person is the side, the name says whose he
    is. A side's own noun ("police", "forces") is read as before: its modifier may be
    the side's name, and the sentence's first side also picks the event's type."""
    noun = ent.root.head
    return ent.label_ in {"ORG", "PERSON"} and ent.root.dep_ == "compound" and (
        noun.pos_ == "NOUN" and noun.i > ent.end - 1 and person_noun(noun)
        and not is_people(noun))


def _joins_subject(head: Token) -> bool:
    """Whether a phrase is coordinated with the subject ("the army and its
    militia allies moved in"): it acts with the subject, it is not what they act on.
    Where the verb makes the conjuncts each other's opponents ("A and B clashed"), the
    trigger's own reading (``roles``) says so before these names are read."""
    for _ in range(8):  # coordination chains are short; a bound against cyclic parses
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ in SUBJECT_DEPS


def _based(token: Token) -> bool:
    """Whether a name only says where someone is based ("a U.S.-based cleric", "the
    London-based group"): a place of residence, no party to the event."""
    return token.dep_ in {"npadvmod", "compound", "amod"} and token.head.lower_ == "based"


def _together(sent: Span, subjects: list[tuple[EventActor, Token]]
              ) -> tuple[list[tuple[EventActor, Token]], bool]:  # fmt: skip
    """The first subject joined with the names of the same phrase ("Jordan and Britain
    agreed": one side of two names, not a source and a target), and whether any were."""
    first, head = subjects[0]
    same = [a for a, h in subjects[1:] if h.i == head.i]
    if not same:
        return subjects, False
    start = min(first.start, *(a.start for a in same))
    end = max(first.end, *(a.end for a in same))
    text = doc_text(sent.doc)[start:end]  # the Doc's text joined once, not per call
    joined = EventActor(text=text, actor=first.actor, start=start, end=end)
    return [(joined, head), *((a, h) for a, h in subjects[1:] if h.i != head.i)], True


#: What a group claims when it owns an attack ("claimed responsibility", "took credit").
_OWNED = frozenset({"responsibility", "credit"})
_OWNING = frozenset({"claim", "take", "accept", "admit"})


def claimant(sent: Span) -> EventActor | None:
    """Who a sentence says owned an attack: the subject of "claimed responsibility" /
    "took credit" ("the NLF claimed responsibility for the raid"). A story often names
    the attacker only so, after telling the attack without one."""
    lowered = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()
    if not any(word in lowered for word in _OWNED):
        return None  # most sentences: neither word in its text, so no word of it is one
    for token in sent:
        if token.lower_ not in _OWNED or token.dep_ != "dobj":
            continue
        verb = token.head
        if verb.lemma_.lower() not in _OWNING:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in {"conj", "xcomp"}:
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return actor_phrase(subject, agent=True)
    return None


def trigger_roles(
    triggers: list[Token], actor1: EventActor | None, actor2: EventActor | None
) -> tuple[EventActor | None, EventActor | None]:
    """The triggers' own arguments first, verbs before nouns ("Ukraine had agreed to a
    ceasefire": the agreeing says who; "died in an assault by pro-government militias": the
    attack does); the sentence's entities by syntactic role only where those name no one
    and are in the actor dictionary."""
    own1 = own2 = None
    for trigger in sorted(triggers, key=lambda t: (t.pos_ not in {"VERB", "AUX"}, t.i)):
        one, two = actors_of(trigger)
        own1, own2 = own1 or one, own2 or two
    carriers = [c for t in triggers if t.pos_ in {"VERB", "AUX"} for c in t.children
                if c.dep_ == "nsubj"]  # "strikes against X killed ...": the strikes' aim
    carriers += [o for c in carriers for p in c.children if p.dep_ == "prep"
                 and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # "a series of"
    aimed = next((a for a in map(aimed_at, [*triggers, *carriers]) if a is not None), None)
    own2 = aimed or own2  # "strikes against al-Qaida ... killed 20 militants": al-Qaida
    known1 = actor1 if actor1 is not None and actor1.actor else None
    if known1 is not None and triggers and is_speaker(known1, triggers[0]):
        known1 = None  # "Trump confirmed the killing", "CENTCOM said ... an airstrike"
    if known1 is not None and _placed(known1, triggers):
        known1 = None  # "the bombings at the embassies in Kenya": where, not who
    known2 = actor2 if actor2 is not None and actor2.actor else None
    if known2 is not None and (_placed(known2, triggers) or _a_country(known2, triggers)):
        known2 = None  # a country stands for its state only as the agent
    if triggers and all(map(_setting, triggers)):
        known1 = known2 = None  # "Following the Nice attack, X pledged to crush ISIS"
    if known2 is not None and triggers and is_speaker(known2, triggers[0]):
        known2 = None  # "..., Russia's defense ministry said": the teller is no side
    first, second = own1 or known1, own2 or known2
    if first is not None and second is not None and _same_actor(first, second):
        second = own2  # one side cannot be both: "a U.S. airstrike" is not on the U.S.
    if first is not None and second is not None and _same_actor(first, second) and not any(
            map(two_sided, triggers)):  # "rival families clashed": both sides, one phrase
        first = None  # "two soldiers were killed when their vehicle struck a mine": they
        # fell (the passive says so); a thing they rode in hitting a mine made no doer
    return first, second


#: Prepositions by which a clause names an event as its time, cause or topic ("after
#: the attacks", "tribute to bombing victims", "a reward for the bombing"): the clause's
#: names do something else, not the event.
_SETTING_PREPS = frozenset({"after", "before", "since", "following", "to", "for", "about",
                            "over", "despite", "on", "against", "until"})  # fmt: skip


def _setting(trigger: Token) -> bool:
    """Whether an event noun sits in a prepositional phrase that makes it the setting or
    topic of another verb's clause ("Following the Nice attack, Le Pen ran a campaign spot ...",
    "Moreno paid respects to the blast victims"): the sentence's other names are that
    verb's, so none of them stands for the event's sides. Its own phrase still does."""
    if trigger.pos_ not in {"NOUN", "PROPN"} and trigger.dep_ != "pcomp":
        return False  # a gerund the tagger read off a noun ("tribute to bombing victims")
    token = trigger
    for _ in range(8):  # phrases nest shallowly; a bound against cyclic parses
        head = token.head
        if head.i == token.i or head.pos_ in {"VERB", "AUX"}:
            return False
        if token.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and (
                head.lower_ in _SETTING_PREPS):
            return head.head.pos_ in {"VERB", "AUX"}
        token = head
    return False


def is_speaker(actor: EventActor, trigger: Token) -> bool:
    """Whether ``actor`` is who tells of the event, not who did it: the subject of a verb
    whose clausal complement holds the trigger ("X said [... was killed in an airstrike]"),
    or of a verb whose object the trigger's phrase is ("X confirmed the killing")."""
    doc = trigger.doc
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    root = span.root if span is not None else None
    while root is not None and root.dep_ in {"poss", "compound", "amod"}:
        root = root.head  # "Russia's defense ministry said"
    if root is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.i == trigger.i:
        return False
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis", "dobj"} and (
            child.left_edge.i <= trigger.i <= child.right_edge.i
        ):
            return child.dep_ != "dobj" or verb.lemma_.lower() not in CARRIER_VERBS
    return False


#: Prepositions whose object is where something is or goes, never a side ("a voyage to
#: the Canary Islands": a destination is no more a party than a location).
_WHERE = frozenset({"in", "near", "inside", "outside", "across", "throughout", "within",
                    "around", "to", "into", "toward", "towards"})  # fmt: skip


def _placed(actor: EventActor, triggers: list[Token]) -> bool:
    """Whether the sentence names ``actor`` only as a place: the object of "in", "near"...
    ("the embassies in Kenya"). A country stands for its forces only as an agent; the
    trigger's own arguments are read by ``actors_of``, not here."""
    if not triggers:
        return False
    span = triggers[0].doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _where_object(span.root)


def _a_country(actor: EventActor, triggers: list[Token]) -> bool:
    """Whether ``actor`` is a bare country name ("as Turkey and activists accused ...",
    "commander of U.S. forces" read "U.S."): away from the event's own arguments, a
    country is no side acted on; "Iraqi forces" or "the U.S. embassy" are."""
    if not triggers:
        return False
    span = triggers[0].doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(
        t.ent_type_ in PLACE_LABELS for t in span) and names_a_country(span)


def _where_object(root: Token) -> bool:
    """Whether ``root`` is the object of a preposition of place ("in Kenya and Tanzania")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _WHERE


def _same_actor(a: EventActor, b: EventActor) -> bool:
    return (a.actor is not None and a.actor == b.actor) or (a.start < b.end and b.start < a.end)


def nominal_triggers(sent: Span, kind: EventType) -> list[Token]:
    """Nouns made from ``kind``'s one-word verb cues ("liberation" for "liberate",
    "seizure" for "seize"): where a type was chosen without a cue of its own in the
    sentence, the words its actors hang on ("the Malian army's liberation of
    Gao")."""
    stems = tuple(c[:-1] if c.endswith("e") else c for c in kind.cues
                  if " " not in c and len(c) >= 5)  # fmt: skip
    if not stems:
        return []
    return [t for t in sent if t.pos_ == "NOUN" and t.lower_.startswith(stems)]
