"""Leaving that is no flight (issue 20): who leaves a firm, a post or a venue, or leaves
to make a living, to learn or to start something, moves of their own accord; no one drove
them out. A conflict story's "2,000 left" or "left to seek safety" stays displacement.

Read from the parse of the verb "leave": what it takes as its object (a place or not), the
infinitive of purpose hung on it, followed through the verbs that pass their purpose on
("left to help start a firm", "left to go on to found a weekly"), and what it is "for"
("left for work").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["departure", "left_for_a_living", "left_no_place"]

#: Nouns of a place people flee ("left their homes", "left the town"), beside named places.
_PLACE_NOUNS = {"home", "house", "town", "city", "village", "country", "area", "region", "camp",
                "district", "province", "neighborhood", "neighbourhood", "island", "land",
                "homeland", "territory", "zone", "valley", "capital", "state", "border",
                "enclave", "settlement", "quarter", "street", "farm", "place",
                "shelter"}  # fmt: skip


def left_no_place(span: Span, verb: Token) -> bool:
    """'four board members left the company', 'two aides left the campaign': leaving is
    flight only from a place ("left their homes", "left Aleppo"); people who leave a firm,
    a post or a campaign are no displaced. A bare "2,000 left" or "left to seek safety"
    stays: a conflict story's leavers are its displaced."""
    if verb.lemma_.lower() != "leave":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(c.left_edge.i <= span.root.i <= c.right_edge.i for c in subjects):
        return False  # "left 3,000 homeless": the number is what is left
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in _PLACE_NOUNS for o in objects
    )


#: What people leave home for when they leave to make a living or to learn ("left to find
#: work", "left the country for jobs abroad", "left to start a rival firm"): migrants and
#: movers, not people driven out.
#: ("life", "school", "team" are left out: "left for a safer life in Europe" is flight, and
#: "the school" may be the shelter people fled to.)
_WORK_STUDY = {"work", "job", "employment", "labor", "labour", "study", "studies",
               "education", "university", "college", "career", "wage", "pay", "salary",
               "training", "degree", "course"}  # fmt: skip
_LIVELIHOODS = _WORK_STUDY | {
    "business", "opportunity", "retirement", "firm", "company", "venture", "practice", "shop",
    "restaurant", "weekly", "magazine", "newspaper", "post", "position", "fortune", "startup",
    "start-up", "enterprise", "agency"}  # fmt: skip
#: What people join when they leave for a career or a cause ("left to join a startup",
#: "left to join the rebels"), beside a named organisation; a convoy, an exodus or kin
#: are joined in flight.
_BODIES = _LIVELIHOODS | {"rebel", "militia", "army", "insurgency", "insurgent", "fighter",
                          "jihadist", "movement", "party", "faction", "union", "staff",
                          "board", "team", "club", "band", "cabinet",
                          "government", "administration", "ministry", "campaign"}  # fmt: skip
#: Where people go about their day ("left for work", "left for lunch"): a destination of
#: ordinary life, no refuge.
_ERRANDS = {"class", "classes", "office", "lunch", "dinner", "holiday", "vacation",
            "trip", "meeting", "prayer", "prayers", "practice", "shift",
            "errand", "appointment", "shopping", "gym", "rehearsal", "honeymoon",
            "tour", "conference", "summit", "talks", "retreat"}  # fmt: skip
#: Places of a day's round that are errands only when bare ("left for school", "for
#: church"); "the school" or "the mosque" may be where people sheltered.
_BARE_ERRANDS = {"school", "church", "mosque", "market", "college", "university"}
#: Verbs whose purpose alone is a living or a career ("left to work in the Gulf", "left to
#: study"); of these, work and study hold even after leaving a place.
_STUDY_VERBS = {"work", "study", "teach", "train", "enrol", "enroll"}
_LIVING_VERBS = _STUDY_VERBS | {"retire", "attend", "pursue", "become", "compete", "coach"}
#: Verbs of a venture: a living only with the venture as object ("left to start a rival
#: weekly"; "left to start over in the camps" is no venture).
_VENTURE_VERBS = {"found", "launch", "start", "establish"}
#: Whom people leave to join when they flee ("left to join relatives in Jordan"): kin take
#: in the displaced, so joining them is no career.
_KIN = {"relative", "family", "kin", "husband", "wife", "son", "daughter", "parent",
        "child", "children", "brother", "sister", "mother", "father", "spouse", "cousin",
        "uncle", "aunt", "grandparent", "relatives", "families"}  # fmt: skip
#: What a purpose of flight seeks ("left to seek safety", "left to take shelter in a
#: school") and the verbs of flight ("left to escape the shelling").
_SAFETY = {"safety", "refuge", "shelter", "asylum", "protection", "cover", "sanctuary",
           "security", "safe"}  # fmt: skip
_FLIGHT_VERBS = {"escape", "flee", "avoid", "evade", "hide", "survive", "save"}
#: Verbs that hand their purpose to the infinitive under them ("help start", "go on to
#: found", "try to find work").
_PASSING = {"xcomp", "advcl", "conj"}


def _purpose(verb: Token) -> list[Token]:
    """The infinitives of purpose hung on ``verb`` ("left to work"), each with the verbs
    it hands its purpose to ("left to help start ...": help, start)."""
    chains: list[list[Token]] = []
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp"} and child.pos_ == "VERB" and _infinitive(child):
            chain: list[Token] = []
            todo = [child]
            while todo and len(chain) < 6:
                word = todo.pop()
                chain.append(word)
                todo += [c for c in word.children if c.dep_ in _PASSING and c.pos_ == "VERB"]
            chains.append(chain)
    return [w for chain in chains for w in chain]


def _infinitive(verb: Token) -> bool:
    """'to work', and 'to help start' where the parser made "help" an auxiliary of "start"
    and hung "to" on it."""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.subtree if a.i < verb.i)


def _objects(verb: Token) -> list[Token]:
    """What a verb takes, straight or after a preposition ("take shelter", "look for work")."""
    direct = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    found = direct + [o for p in verb.children if p.dep_ in {"prep", "dative"}
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # "to find work and safety": every noun of a coordinated object
    return found + [c for o in found for c in o.children if c.dep_ == "conj"]


def _flight(verb: Token) -> bool:
    """'to escape the shelling', 'to seek safety', 'to take shelter': a purpose of flight."""
    if verb.lemma_.lower() in _FLIGHT_VERBS:
        return True
    return any(o.lemma_.lower() in _SAFETY for o in _objects(verb))


def _a_living(verb: Token, study_only: bool = False) -> bool:
    """'to work', 'to start a rival weekly', 'to find jobs', 'to join a startup': a purpose
    of work, study or a venture, not of kin ("to join relatives" may be a refuge). With
    ``study_only`` (the people left a place) only work or study counts: "left their homes to
    join a convoy" or "to start over" is flight."""
    objects = _objects(verb)
    direct = [o for o in objects if o.dep_ in {"dobj", "attr", "oprd"}]
    lemma = verb.lemma_.lower()
    if any(o.lemma_.lower() in _KIN or o.lower_ in _KIN for o in objects):
        return False
    if lemma in (_STUDY_VERBS if study_only else _LIVING_VERBS):
        return True
    if study_only:
        return any(o.lemma_.lower() in _WORK_STUDY for o in direct)
    if lemma in _VENTURE_VERBS:
        return bool(direct)
    if lemma == "join":
        return any(_a_body(o) for o in direct)
    return any(o.lemma_.lower() in _LIVELIHOODS for o in direct)


def _a_body(noun: Token) -> bool:
    """'a startup', 'the rebels', 'Acme': what one joins for a career or a cause."""
    return noun.ent_type_ in {"ORG", "NORP"} or noun.lemma_.lower() in _BODIES


def _a_shelter(noun: Token) -> bool:
    """'the school, which was turned into a shelter', 'the mosque, where they sheltered':
    a place said to shelter people is a refuge, whatever it is."""
    return any(w.lemma_.lower() in _SAFETY | _FLIGHT_VERBS
               for c in noun.children if c.dep_ in {"relcl", "acl", "appos"}
               for w in c.subtree)  # fmt: skip


def _bare(noun: Token) -> bool:
    """'for school' and not 'for the school': the round of a day, not a building."""
    return not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in noun.children)


def _for_a_living(noun: Token, study_only: bool) -> bool:
    """'left for work', 'for jobs abroad', 'for school': what the leaving is "for"."""
    if _a_shelter(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in _BARE_ERRANDS and _bare(noun):
        return not study_only or lemma in _WORK_STUDY | {"school"}
    if study_only:
        return lemma in _WORK_STUDY
    return lemma in _LIVELIHOODS | _ERRANDS


def _left_a_place(verb: Token) -> bool:
    """'left their homes', 'left Aleppo': the object of leaving is a place."""
    return any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in _PLACE_NOUNS
               for o in verb.children if o.dep_ == "dobj")  # fmt: skip


def left_for_a_living(verb: Token) -> bool:
    """'3,000 young men left the province to find work', 'two editors left to help start a
    rival weekly', 'thousands of nurses left for jobs abroad', 'four nurses left for work':
    people who leave for work, study, a venture of their own or an errand of the day move;
    no one drove them out. A purpose of flight anywhere in the chain keeps it flight
    ("left to take shelter in a school", "left to escape the shelling near the college");
    after leaving a place ("left their homes to join a convoy") only work or study is no
    flight; a destination said to shelter people is a refuge ("left for the school, which
    was turned into a shelter")."""
    if verb.lemma_.lower() != "leave":
        return False
    purpose = _purpose(verb)
    if any(_flight(w) for w in purpose):
        return False
    place = _left_a_place(verb)
    if any(_a_living(w, study_only=place) for w in purpose):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
                   o.dep_ == "pobj" and _for_a_living(o, study_only=place)
                   for o in c.children)
               for c in verb.children)  # fmt: skip


def _leaving_verbs(span: Span, verb: Token | None) -> list[Token]:
    """The verb of leaving the number's people do: the governing verb, or one the parser hung
    on the counted noun as a participle ("three editors left to start ...", read as a noun
    phrase with "left" describing the editors; "hundreds of young men left to join ...")."""
    found = [verb] if verb is not None else []
    root = span.root
    nouns = [root, root.head] if root.dep_ in {"nummod", "quantmod"} else [root]
    nouns += [o for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    found += [c for n in nouns for c in n.children
              if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "leave"]  # fmt: skip
    return found


def departure(span: Span, verb: Token | None) -> bool:
    """Whether the people counted left of their own accord (a firm, a venue, for a living):
    no displacement."""
    return any(left_no_place(span, v) or left_for_a_living(v) for v in _leaving_verbs(span, verb))
