"""A person or a party that "captured", "took" or "swept" a US state won it at the polls.

Political news tells primary and general election results in the verbs of taking ground:
"Smith has captured Ohio and Iowa", "he also took his home state of Vermont", "the
Republicans swept two states", "capturing wins in Georgia". ``offbeat.ballot_contest``
reads these when the clause names an election thing (votes, the nomination); these
sentences name none. What gives them away is who takes what: a candidate (a named person,
"he" or "she") or a party takes a state of the United States (``us_states``, a gazetteer
fact: no force seizes one in today's news) or "states" as such. A force taking a town in a
state ("troops took a village in Borno state") keeps its event: the taken thing is the town.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.memo import doc_ents
from frontlines.vocab.words import words

__all__ = ["state_won"]

US_STATES = words("sense", "us_states")
PARTIES = words("sense", "party_sides")
#: Verbs of taking that election news uses for winning a state.
_WINNING = frozenset({"capture", "take", "seize", "sweep", "carry", "grab", "snatch",
                      "win", "pick"})  # fmt: skip
#: Nouns of what a candidate takes besides a state: a state as such, or a win.
_RESULTS = frozenset({"win", "victory", "state"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _taker(trigger: Token) -> Token | None:
    """The subject of the taking verb, or of the verb it hangs on when it has none of its
    own ("she won Iowa, capturing wins in Ohio"; "he took Iowa and captured Ohio")."""
    verb: Token | None = trigger
    for _ in range(3):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj"}), None)
        if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
            return verb.head  # "a tribute to Smith, who captured Ohio"
        if subject is not None:
            return subject
        if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _candidate_or_party(subject: Token) -> bool:
    """A named person, "he" or "she", or a party's side ("the Democrats", "the GOP")."""
    if subject.lower_ in {"he", "she"} or subject.ent_type_ == "PERSON":
        return True
    name = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det")
    return subject.lower_ in PARTIES or name in PARTIES


def _us_state(word: Token) -> bool:
    """A word that names a US state, as the model reads the entity ("New Hampshire")."""
    if word.ent_type_ not in {"GPE", "LOC", "ORG", ""}:
        return False
    if word.ent_iob_ in {"B", "I"}:
        ent = next((e for e in doc_ents(word.doc) if e.start <= word.i < e.end), None)
        if ent is not None and ent.text.lower().removeprefix("the ") in US_STATES:
            return True
    return word.lower_ in US_STATES


def _state_thing(word: Token) -> bool:
    """The thing won is a US state, "states" as such ("two states", "his home state of
    Vermont"), or a win ("capturing wins in South Carolina"): no ground is a win."""
    if _lemma(word) == "state":
        # "Borno State", "Shan State", "the state of Kachin": a named state that is not
        # one of the US states is ground; only "two states" or "the state of Vermont" count
        named = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        named += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        return all(_us_state(n) for n in named)
    return _us_state(word) or _lemma(word) in _RESULTS


def state_won(trigger: Token) -> bool:
    """ "Smith has captured Texas and Oklahoma", "he took the adjacent state of New
    Hampshire", "the Republicans swept two states": a candidate or a party taking a US
    state (or states as such) is an election result, not ground taken."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _WINNING:
        return False
    things = [c for c in trigger.children if c.dep_ == "dobj"]
    if not things or not any(_state_thing(t) for t in things):
        return False
    subject = _taker(trigger)
    return subject is not None and _candidate_or_party(subject)
