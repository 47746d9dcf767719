"""Verbs in the simple present that the tagger hides: no one event is reported.

``realis.irrealis_reason`` drops a trigger whose own verb is in the simple present ("gunmen
attack the town", "a strike is ..."): news tells what happened in the past tense, and a
present verb of violence says what people do, not what they did. Two shapes escape that
test because the verb's tag is not VBZ/VBP:

* a present verb the tagger read as a bare infinitive (VB) although it has a subject and
  no "to", modal or auxiliary ("the claim that gangs kill people in raids"): a finite
  verb of the present all the same. A bare verb under a verb of seeing or making ("saw
  troops shoot", "made them flee") is a complement of that verb, as real as it, so only a
  clause of its own (a main clause, a relative or noun clause) is read;
* a gerund with no subject of its own that names the deed as an activity ("Marching on
  the ministry a risky act", "protesting outside rallies is dangerous"): what it says
  holds of the clause it hangs from, and when that clause is itself in the simple present
  (or there is none, a headline fragment) the deed is a kind of act, not an event. One
  that renames a noun, by apposition or after a colon ("the boldest act of the year:
  heckling the mayor"), names a kind whatever its clause. An adverbial gerund of a past
  clause ("troops opened fire, killing three") keeps its head's past and is not read
  here, nor is one under a verb that reports ("police say, citing ..."). A present
  passive clause ("attacking churches is banned") is as generic as an active one.

"The wounded" is people, not a deed: an adjective or participle of harm standing as a noun
with "the" ("prayers for the wounded") names the victims of what was told elsewhere
(``people_named``).

A present clause can also tell a plan: "students are marching on the ministry tomorrow",
"hecklers are targeting the minister at tonight's debate". Its own time modifier, or the
occasion it is at, lies ahead of the telling (``timed_ahead``); a past clause with such a
word ("police arrested him ahead of next week's vote") is not read.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.files import read_data_toml
from frontlines.vocab.words import word_list

__all__ = ["AHEAD_WORDS", "generic_gerund", "hidden_present", "people_named", "simple_present",
           "timed_ahead"]

#: Verbs that report what was said (``attribution.toml``): "police say, citing ...".
REPORTING_VERBS = frozenset(read_data_toml("attribution.toml")["cue_verbs"])
#: Words that put a time after the telling ("tomorrow", "next week", "tonight's debate").
AHEAD_WORDS = frozenset(word_list("event", "ahead_time_words"))
#: Links of a word that stands as a noun: the object of a preposition or verb, a subject.
_NOMINAL_LINKS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "attr"})
#: Children that give a verb a tense or aspect of its own (not the simple present).
_AUXILIARIES = frozenset({"aux", "auxpass"})
#: Links of a bare verb that stands as a clause of its own (not a complement of a verb).
_OWN_CLAUSES = frozenset({"ROOT", "acl", "relcl"})
#: Links of a gerund that names an activity: a subject clause, an adverbial, a headline,
#: or the noun it renames ("the riskiest act of the year: heckling the mayor").
_GERUND_LINKS = frozenset({"csubj", "csubjpass", "advcl", "ROOT", "appos"})
#: Links of a gerund that renames a noun: the noun, a kind of act, is what is said of (not
#: "attr": "there was fighting in the town" is an existential that tells the fighting).
_RENAMING = frozenset({"appos"})


def _subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _auxiliary(verb: Token) -> bool:
    return any(c.dep_ in _AUXILIARIES or c.tag_ in {"TO", "MD"} for c in verb.children)


def simple_present(verb: Token) -> bool:
    """Whether the verb is in the simple present: tagged VBZ/VBP with no auxiliary, or a
    bare VB the tagger gave a subject and no auxiliary in a clause of its own."""
    if verb.pos_ not in {"VERB", "AUX"} or _auxiliary(verb):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or hidden_present(verb)


def hidden_present(verb: Token) -> bool:
    """A bare VB with a subject of its own and no "to", modal or auxiliary, standing as a
    main, relative or noun clause: a simple present the tagger read as an infinitive."""
    return (verb.tag_ == "VB" and verb.dep_ in _OWN_CLAUSES and _subject(verb)
            and not _auxiliary(verb))  # fmt: skip


def _after_colon(verb: Token) -> bool:
    """Whether the gerund opens what follows a colon after its head ("... the boldest act
    of the year: heckling the mayor"): it renames something the clause named, whatever
    clause the parser hung it from."""
    first = verb.left_edge
    return verb.head.i < first.i and first.i > 0 and verb.doc[first.i - 1].text == ":"


def generic_gerund(verb: Token) -> bool:
    """Whether ``verb`` is a subjectless gerund naming an activity whose clause is in the
    simple present, or which has no clause at all (a headline fragment)."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head  # "attacking churches or killing those inside": the first's reading
    if verb.tag_ != "VBG" or verb.dep_ not in _GERUND_LINKS:
        return False
    if _subject(verb) or _auxiliary(verb):
        return False
    if verb.dep_ == "ROOT" or verb.dep_ in _RENAMING or _after_colon(verb):
        return True  # "Marching on the ministry: a risky act": no clause tells it
    head = verb.head
    if head.lemma_.lower() in REPORTING_VERBS:
        return False
    return simple_present(head) or _present_passive(head)


def _present_passive(verb: Token) -> bool:
    """ "is banned", "are prohibited": a rule or a state, said in the present."""
    auxes = [c for c in verb.children if c.dep_ in _AUXILIARIES or c.tag_ == "MD"]
    return (verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" for a in auxes)
            and all(a.tag_ in {"VBZ", "VBP"} for a in auxes))  # fmt: skip


def people_named(trigger: Token) -> bool:
    """Whether a participle or adjective of harm stands for the people it hurt ("pray
    for the wounded", "among the wounded were two children"): a noun phrase of persons
    with "the", not a verb; it names victims of a deed told elsewhere, not the deed."""
    if trigger.tag_ not in {"JJ", "VBN"} or trigger.dep_ not in _NOMINAL_LINKS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)


def _ahead(word: Token) -> bool:
    """ "tomorrow", "next Monday", "tonight's debate", "the upcoming rally"."""
    return word.lower_ in AHEAD_WORDS or any(
        d.dep_ in {"amod", "det", "poss", "advmod"} and d.lower_ in AHEAD_WORDS
        for d in word.children)  # fmt: skip


def _present_form(verb: Token) -> bool:
    """A present or present progressive verb: "march(es)", "are marching"."""
    auxes = [c for c in verb.children if c.dep_ in _AUXILIARIES]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxes
    return verb.tag_ == "VBG" and bool(auxes) and all(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def timed_ahead(verb: Token) -> bool:
    """Whether a present clause is timed after the telling, by its own time modifier or
    the occasion it is at: a plan ("are marching tomorrow"), not a deed."""
    if not _present_form(verb):
        return False
    for child in verb.children:
        if child.dep_ in {"npadvmod", "advmod", "tmod"} and _ahead(child):
            return True
        if child.dep_ == "prep" and any(p.dep_ == "pobj" and _ahead(p) for p in child.children):
            return True
    return False
