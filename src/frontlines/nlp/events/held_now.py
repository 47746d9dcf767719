"""Someone held now was arrested: "the suspect is in custody", "two men remain in custody".

The specificity reading drops an event word that hangs from a simple present of state
("the use of chemical weapons reinforces ...", "those involved in the attack are based
in ..."): such a clause says what is, not what happened. A person said to be in custody
is the one exception that state carries: custody is the result of an arrest, and a
story that says a named or counted person is held now reports that arrest (the
detention is its event, as ACLED codes it). Only in the copula's own clause, or a
relative clause of a sentence that tells no other deed (in "the gunman, who is in
custody, shot ..." the shooting is the news, the custody an aside), only of a specific
person (a pronoun, a name, or a noun of people with a determiner, number or possessor:
"two men are in custody"; not a bare plural, a thing, or a family's child), only held
by an authority (not "protective custody" or "in the custody of their grandmother"),
and not held since a past time or for years (a standing state, not news).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.kinds import kinds_in
from frontlines.nlp.events.verbal import is_person
from frontlines.vocab.words import word_list

__all__ = ["HOLDING_NOUNS", "HARMED_IN_CUSTODY", "harmed_in_custody", "held_now"]

#: Nouns of being held ("in custody"; "detention" is left out: it names court orders and
#: school punishments as often as an arrest).
HOLDING_NOUNS = frozenset(word_list("event", "holding_nouns"))
#: Verbs that put a subject in a state: "is", "remains", "stays in custody".
_STATE_COPULAS = frozenset({"be", "remain", "stay"})
_SPECIFIERS = frozenset({"det", "nummod", "poss"})
#: Clauses that tell an aside about a noun of another clause (a relative clause is read
#: by ``_deed_beside``): the holding is background to that clause.
_ASIDES = frozenset({"acl", "appos", "advcl"})
_RELATIVES = frozenset({"who", "whom", "that", "which"})
#: Holders of "the custody of ..." that arrest: police, forces, a state.
_AUTHORITIES = frozenset(
    {"police", "authority", "army", "military", "force", "troop", "soldier", "security",
     "government", "state", "officer", "agent", "jailer", "guard", "captor", "militia"}
)
#: Children of a family: their custody is a court's care, not an arrest.
_CHILDREN = frozenset({"child", "children", "baby", "infant", "toddler"})
#: Nouns of people the shared person list lacks, often told held: the doer of a crime,
#: an adult of a family, a trade ("the shooter is in custody", "the father remains in custody").
_HELD_PEOPLE = frozenset({
    "shooter", "assailant", "killer", "robber", "thief", "stabber", "arsonist", "hijacker",
    "teenager", "teen", "youth", "father", "mother", "son", "daughter", "brother", "sister",
    "husband", "wife", "uncle", "nephew", "cousin", "boyfriend", "girlfriend", "nurse",
    "lawyer", "blogger", "imam", "cleric", "businessman", "businesswoman", "banker",
    "politician", "lawmaker", "mayor", "governor", "footballer", "singer", "rapper", "actor",
})
#: Custody that is care, not arrest: "protective custody", "state custody".
_CARE = frozenset({"protective", "state", "foster", "joint", "sole", "temporary"})
#: Words that make the holder no one in particular.
_NONE = frozenset(
    {"no", "any", "every", "each", "anyone", "anybody", "everyone", "nobody", "none", "someone"}
)


def held_now(trigger: Token) -> bool:
    """Whether ``trigger`` is a holding noun ("custody") in an "in" phrase that a present
    copula of its own clause says a specific person is in: "the suspect is in custody"."""
    if trigger.lemma_.lower() not in HOLDING_NOUNS or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.lemma_.lower() not in _STATE_COPULAS:
        return False
    if verb.dep_ in _ASIDES or any(c.dep_ == "neg" for c in verb.children):
        return False  # an aside of a participle or another clause
    if not _held_by_authority(trigger) or _long_held(trigger):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVES and (
            verb.dep_ == "relcl" or (verb.dep_ == "ccomp" and subject.lower_ == "who")):
        # "the boy - who is in custody - ..." parses the aside between dashes as a ccomp
        if _deed_beside(verb):
            return False  # "the gunman, who is in custody, shot ...": the deed is the news
        subject = verb.head  # "the teenager - who remains in police custody - was ..."
    return subject is not None and _specific(subject) and _person(subject)


def _deed_beside(clause: Token) -> bool:
    """Whether a word outside the relative clause ``clause`` reads as an event of another
    kind than an arrest ("the gunman, who is in custody, shot two officers"): the
    custody is then an aside about that deed's doer, not the sentence's news."""
    inside = {t.i for t in clause.subtree}
    rest = [t for t in clause.sent if t.i not in inside]
    lemmas = " ".join(t.lemma_.lower() for t in rest)
    words = " ".join(t.lower_ for t in rest)
    return bool(kinds_in(lemmas, words) - {"Arrests"})


def _held_by_authority(custody: Token) -> bool:
    """Not "protective custody" or "state custody" (a child's care by the state), and "in
    the custody of" only police, a force or a state: "the children are in the custody of
    their grandmother" is a family's care."""
    if any(c.lower_ in _CARE for c in custody.children if c.dep_ in {"amod", "compound"}):
        return False
    for prep in (c for c in custody.children if c.dep_ == "prep" and c.lower_ == "of"):
        holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if holder is None or not (holder.ent_type_ in {"ORG", "GPE", "NORP"}
                                  or holder.lemma_.lower() in _AUTHORITIES):  # fmt: skip
            return False
    return True


def _long_held(custody: Token) -> bool:
    """Held since a past time or for years ("held since 2019", "five years after his
    arrest"): a standing state, not the news of an arrest."""
    sent = custody.sent
    return any(t.lower_ == "since" for t in sent) or any(
        e.label_ == "DATE" and any(t.lemma_.lower() == "year" for t in e)
        and not any(t.lower_ == "old" for t in e) for e in sent.ents)  # not "the 12-year-old"


def _person(noun: Token) -> bool:
    """A person who can be arrested: a name, a personal pronoun or a noun of people, never
    a child of a family ("the children are in custody of ...") or a thing ("the weapon")."""
    if noun.lemma_.lower() in _CHILDREN or noun.lower_ in _CHILDREN:
        return False
    if noun.lemma_.lower() == "old" and any(c.lemma_.lower() == "year" for c in noun.children):
        return True  # "the 12-year-old"
    return is_person(noun) or noun.lower_ in {"i", "we", "you"} \
        or noun.lemma_.lower() in _HELD_PEOPLE


def _specific(noun: Token) -> bool:
    """A pronoun, a name, or a noun a determiner, number or possessor singles out; never
    one a "no" or "any" opens ("no one", "any suspect")."""
    if any(c.lower_ in _NONE for c in noun.children) or noun.lower_ in _NONE:
        return False
    if noun.pos_ in {"PRON", "PROPN"}:
        return True
    if noun.tag_ == "NN":
        return True  # "the suspect", "a man", "the 12-year-old"
    return any(t.dep_ in _SPECIFIERS for t in noun.subtree if t.i < noun.i)  # "the 12 year old"


#: Why "custody" in "died in custody" is not the arrest (``senses.py``).
HARMED_IN_CUSTODY = "harmed in custody, not an arrest"
#: Verbs of dying a custody only locates ("died in custody").
_DYING = frozenset({"die", "perish"})


def harmed_in_custody(trigger: Token) -> bool:
    """Whether ``trigger`` is a holding noun that only says where a harm or death was done
    ("was killed in custody", "tortured to death in custody", "died in custody"): the
    harm is the deed told (its own type, if any, is asked next), not an arrest."""
    if trigger.lemma_.lower() not in HOLDING_NOUNS or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    verb = prep.head
    if prep.lower_ not in {"in", "while"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in _DYING or kinds_in(lemma, verb.lower_) - {"Arrests"} != set()
