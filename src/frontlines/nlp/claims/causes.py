"""Tolls whose own cause is no violence (issue 20, brief clfalse9): "a ferry accident that
killed eleven", "nine people died of cholera", "the cyclone killed 2,400", "forty cases of
the virus led to nineteen deaths". The guide's killed, wounded and missing are a conflict's;
a death from an illness, a natural hazard or a mishap measures none, in whatever story it
is told (a war story may tell of a bus crash or an outbreak in a camp).

Only the number's own clause is read: what does the harm (the subject of "killed", the
agent of "were killed", an antecedent that "led to" the deaths), what the dead died of, from,
in, after or during, and a noun modifying the count ("cholera deaths"). A sentence that also
uses the vocabulary of violence ("died in a fire set by the militants", "killed in the
attack that followed the quake") keeps its toll: the violence may be the cause.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from frontlines.nlp.beat import Vocabulary, conflict_words, vocabulary
from frontlines.vocab.words import word_list, words

__all__ = ["CAUSED_TOLLS", "a_pit", "cause_words", "cause_told", "harmless_cause", "violence_named"]

#: Measures of what befalls people that an illness, a hazard or a mishap can cause too.
CAUSED_TOLLS = frozenset({"killed", "wounded", "casualties", "missing"})

#: Prepositions that name what a death or an injury came from ("died of", "killed in the
#: storm", "after catching the flu", "during the outbreak", "due to a gas leak").
_CAUSE_PREPOSITIONS = {"of", "from", "in", "after", "during", "following", "amid", "by",
                       "due", "because", "with"}  # fmt: skip
#: Conjunctions of a clause that says what happened first ("after the boat capsized").
_CAUSE_MARKS = {"after", "when", "once"}
#: Relative pronouns whose antecedent is the clause's real subject ("a crash that killed").
_RELATIVES = {"that", "which", "who"}


def cause_words() -> Vocabulary:
    """(single words, phrases) naming a natural hazard, an illness or a mishap."""
    return vocabulary("hazard_context", "illness_context", "mishap_context")


@cache
def _violence_words() -> frozenset[str]:
    """Words that say violence was done: the conflict vocabulary, the nouns a story tells a
    violent event with, the weapons."""
    words, _ = conflict_words()
    return words | {w for key in ("general_event_nouns", "instruments")
                    for w in word_list("event", key) if " " not in w}  # fmt: skip


def _names_cause(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name a hazard, an illness or a mishap. A verb is read by its
    lemma only where it is no natural hazard's noun: commandos who "stormed" a ship and
    crowds that "flooded" a square are no storm and no flood."""
    words, phrases = cause_words()
    hazards = _hazard_nouns()
    text = " ".join(t.lower_ for t in tokens)
    if _GUNFIRE.search(text):  # "came under fire": no blaze
        tokens = [t for t in tokens if t.lower_ not in {"fire", "fires"}]
    if any(t.lower_ in words or (t.lemma_.lower() in words and not (
            t.pos_ == "VERB" and t.lemma_.lower() in hazards)) for t in tokens):  # fmt: skip
        return True
    if any(_tainted_fare(t) for t in tokens):
        return True
    return any(p in text for p in phrases)


#: Verbs that make food or drink a poison ("cake poisoned with thallium", "tea laced with
#: rat poison", "tainted flour").
_TAINTING = {"poison", "lace", "taint", "spike", "contaminate"}


def _tainted_fare(token: Token) -> bool:
    """'cake poisoned with thallium', 'a poisoned stew', 'tea laced with rat poison': food
    or drink made a poison is a mishap's cause. Only said of a food or drink noun: "died
    after being poisoned in the jail" says what was done to the people counted."""
    if token.lemma_.lower() not in _TAINTING and token.lower_.removesuffix("d") not in _TAINTING:
        return False  # "laced" may be read as an adjective of its own lemma
    if _poisoner(token):
        return False  # "water poisoned by their guards", "food that forces had poisoned"
    if token.dep_ in {"acl", "amod", "relcl"} and token.head.lemma_.lower() in _fare():
        return True
    # "drinking tea laced with ...", where the parser hung "laced" on the verb: the
    # participle right after the food or drink noun still describes it
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.pos_ == "NOUN" and token.dep_ != "ROOT"
            and before.lemma_.lower() in _fare() and token.tag_ in {"VBN", "JJ"})  # fmt: skip


def _poisoner(token: Token) -> bool:
    """Whether someone is said to have tainted it: a "by" phrase on the tainting word
    ("poisoned by their guards", "laced with poison by an infiltrator") or a subject of
    its own ("water that government forces had poisoned"). A poisoning someone did is
    violence, no mishap, whoever the poisoner is."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which"}
           for c in token.children):
        return True
    # the "by" phrase may hang on the tainting word or inside its "with" phrase
    # (or on the verb the parser hung it on: "drinking tea laced with poison by X")
    after = list(token.subtree) + [c for c in token.head.children if c.i > token.i]
    return any(w.dep_ == "agent" or (w.dep_ == "prep" and w.lower_ == "by")
               for w in after if w.i > token.i)  # fmt: skip


@cache
def _fare() -> frozenset[str]:
    return frozenset(word_list("event", "tainted_fare"))


@cache
def _hazard_nouns() -> frozenset[str]:
    return frozenset(word_list("event", "hazard_context"))


#: "Fire" that is shooting, no blaze ("came under fire", "opened fire on the crowd",
#: "came under heavy fire"); "heavy fire" alone may be a blaze ("died in a heavy fire at
#: the warehouse"), so it is shooting only after such a verb or "from".
_GUNFIRE = re.compile(r"\b(under|opened|open|opening|returned|return|exchanged|exchange of)"
                      r" (heavy )?fire\b|\bfrom heavy fire\b"
                      r"|\b(cross|sniper|machine-gun|small-arms) fire\b|\bcrossfire\b")


def _phrase(token: Token, leave_out: Span) -> list[Token]:
    """The tokens of ``token``'s phrase, without the number's own phrase."""
    return [t for t in token.subtree if not leave_out.start <= t.i < leave_out.end]


def _noun_phrase(token: Token) -> list[Token]:
    """An antecedent without its relative clause: "forty cases of the virus"."""
    return [t for t in token.subtree
            if not any(a.dep_ == "relcl" and a.head.i == token.i for a in t.ancestors)
            and not (t.dep_ == "relcl" and t.head.i == token.i)]  # fmt: skip


def _cause_slots(verb: Token, span: Span) -> list[list[Token]]:
    """The phrases of ``verb``'s clause that may say what caused the harm."""
    slots: list[list[Token]] = []
    for child in verb.children:
        if child.left_edge.i <= span.root.i <= child.right_edge.i:
            continue  # the number's own phrase says who, not what from
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
                slots.append(_noun_phrase(verb.head))
            else:
                slots.append(_phrase(child, span))
        elif child.dep_ == "agent" or (child.dep_ == "prep"
                                       and child.lower_ in _CAUSE_PREPOSITIONS):  # fmt: skip
            slots.append(_phrase(child, span))
        elif child.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"}
                                           and m.lower_ in _CAUSE_MARKS
                                           for m in child.children):  # fmt: skip
            # "missing after the boat capsized", "drowned when the ferry sank" (the parser
            # hangs "when" as an adverb)
            slots.append(_phrase(child, span))
    return slots


def cause_told(verb: Token, span: Span) -> bool:
    """Whether ``verb``'s clause names a hazard, an illness or a mishap as what it came
    from, in or during ("exploded in the depot fire"), leaving out the number's phrase."""
    return any(_names_cause(slot) for slot in _cause_slots(verb, span))


def _counted_noun(span: Span) -> Token | None:
    root = span.root
    if root.dep_ in {"nummod", "quantmod", "amod"} and root.head.pos_ == "NOUN":
        return root.head
    return None


def harmless_cause(span: Span, verb: Token | None, measure: str) -> bool:
    """Whether the toll ``span`` gives, read as ``measure``, was caused by an illness, a
    natural hazard or a mishap its clause names (or, when its clause names no cause, the
    sentence before it tells of: "A minibus overturned on the pass. Nine people died."),
    and by no violence its sentence names."""
    if measure not in CAUSED_TOLLS:
        return False
    slots: list[list[Token]] = []
    noun = _counted_noun(span)
    if noun is not None:  # "nineteen cholera deaths", "deaths from the flu"
        slots.append([c for c in noun.children if c.dep_ in {"compound", "amod"}])
        slots += [_phrase(p, span) for p in noun.children
                  if p.dep_ == "prep" and p.lower_ in _CAUSE_PREPOSITIONS]  # fmt: skip
        # "among 14 people who died in the blaze", "the nine passengers killed in the crash":
        # a clause describing the people counted says what befell them, and from what
        slots += [s for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"
                  for s in _cause_slots(c, span)]  # fmt: skip
    if verb is not None:
        slots += _cause_slots(verb, span)
        # "led to nineteen deaths", "resulting in 55 deaths": the clause's verb is the
        # link, its subject the cause; a verb in an adverbial clause hangs on the main one
        if verb.dep_ in {"advcl", "xcomp", "conj"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
        ):
            slots += _cause_slots(verb.head, span)
    if any(_names_cause(slot) for slot in slots):
        return not violence_named(span.sent)
    return _told_just_before(span, slots)


def _told_just_before(span: Span, slots: list[list[Token]]) -> bool:
    """'A fishing boat overturned off the coast. The skipper and 11 others died.': a
    toll whose clause names no cause of its own (no agent, nothing it died of or in) is
    the toll of the mishap, hazard or illness the sentence before tells of, when neither
    sentence names any violence."""
    if any(t.pos_ in {"NOUN", "PROPN", "VERB"} for slot in slots for t in slot):
        return False  # "died in the raid", "were killed by gunmen": a cause of its own
    sent = span.sent
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return (_names_cause(list(before)) and not _armed_or_violent(before)
            and not _armed_or_violent(sent))  # fmt: skip


def _armed_or_violent(sentence: Span) -> bool:
    """Violence named, gunfire ("came under fire") or armed people ("two policemen"): a toll
    told after such a sentence may be theirs, whatever mishap it also tells of."""
    armed = words("event", "armed_targets")
    return (violence_named(sentence) or bool(_GUNFIRE.search(sentence.text.lower()))
            or any(t.lower_ in armed or t.lemma_.lower() in armed for t in sentence))


#: What a mine is dug for: "a gold mine", "the coal mine" is a pit, not a landmine.
_MINED = {"gold", "coal", "copper", "diamond", "salt", "tin", "iron", "silver", "zinc",
          "cobalt", "lithium", "nickel", "uranium", "bauxite", "jade", "emerald", "ruby",
          "phosphate", "potash", "limestone", "granite"}  # fmt: skip
#: Words that say a sentence's "mine" is a pit ("six miners were trapped in the mine").
_MINING = {"miner", "mining", "shaft", "colliery", "quarry", "pit"}


def violence_named(sentence: Span) -> bool:
    """Whether ``sentence`` uses a word that says violence was done. A "mine" in a
    sentence about mining ("a shaft collapsed at the gold mine") is a pit, no weapon."""
    violence = _violence_words()
    mining = any(t.lemma_.lower() in _MINING for t in sentence)
    return any((t.lower_ in violence or t.lemma_.lower() in violence)
               and not (t.lemma_.lower() == "mine" and (mining or _mined(t)))
               for t in sentence)  # fmt: skip


def a_pit(token: Token) -> bool:
    """Whether ``token`` is a mine dug for something ("two coal mines"), or one in a
    sentence about mining: a pit, no weapon."""
    return token.lemma_.lower() == "mine" and (
        _mined(token) or any(t.lemma_.lower() in _MINING for t in token.sent))


def _mined(token: Token) -> bool:
    """'the coal mine', 'a gold mine': a mine named by what is dug from it."""
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in _MINED for c in token.children)
