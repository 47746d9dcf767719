"""Verbs in the simple present that the tagger hides: no one event is reported.

``realis.irrealis_reason`` drops a trigger whose own verb is in the simple present ("gunmen
attack the town", "a strike is ..."): news tells what happened in the past tense, and a
present verb of violence says what people do, not what they did. Two shapes escape that
test because the verb's tag is not VBZ/VBP:

* a present verb the tagger read as a bare infinitive (VB) although it has a subject and
  no "to", modal or auxiliary, in a relative or noun clause ("the claim that gangs kill
  people in raids"): a finite verb of the present all the same. A main clause is not
  read: a headline tells the past in the present ("Gunmen kill 20 villagers"), and a
  bare verb under a verb of seeing or making ("saw troops shoot") is as real as it;
* a gerund with no subject of its own that names the deed as an activity: a subject
  clause ("protesting outside rallies is dangerous") of a clause in the simple present
  or the present passive ("attacking churches is banned"). An adverbial gerund is read
  with its head ("Militants attack a post, killing 7": a headline's present tells the
  past) unless it is a subject clause the parser misread (``_subject_misread``), and a
  gerund standing as a headline ("Fighting rages in the city") tells the
  fighting. One that renames a noun, by apposition or after a colon with no verb of the
  past after it ("the boldest act of the year: heckling the mayor"), names a kind.

"The wounded" is people, not a deed: an adjective or participle of harm standing as a noun
with "the" ("prayers for the wounded") names the victims of what was told elsewhere
(``people_named``); ``asserted.realis_match`` sets it aside only when another word of the
sentence is read as the deed told: alone ("medics treated the injured after police
fired"), it is the only sign left of the harm done.

A present clause can also tell a plan: "students are marching on the ministry tomorrow",
"hecklers are targeting the minister at tonight's debate". Its own time modifier, or the
occasion it is at, lies ahead of the telling (``timed_ahead``); a past clause with such a
word ("police arrested him ahead of next week's vote") is not read, nor live reporting
("they are shelling the city tonight"), nor a place ("next to the parliament").
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.memo import sentence
from frontlines.nlp.times import TEMPORAL_WORDS
from frontlines.vocab.files import read_data_toml
from frontlines.vocab.words import word_list

__all__ = ["AHEAD_MODIFIERS", "AHEAD_WORDS", "CARE_VERBS", "cared_for_after", "generic_gerund",
           "hidden_present", "people_named", "simple_present", "timed_ahead"]

#: Verbs that report what was said (``attribution.toml``): "police say, citing ...".
REPORTING_VERBS = frozenset(read_data_toml("attribution.toml")["cue_verbs"])
#: Words that put a time after the telling on their own ("tomorrow"), or as the owner of
#: an occasion ("tonight's debate"; alone, "tonight" is as often live reporting).
AHEAD_WORDS = frozenset(word_list("event", "ahead_time_words"))
#: Words that put a time noun after the telling ("next week", "the coming days"): never
#: alone ("next to the parliament") nor on another noun.
AHEAD_MODIFIERS = frozenset(word_list("event", "ahead_time_modifiers"))
#: Verbs of caring for or carrying the hurt ("treated the injured after ...").
CARE_VERBS = frozenset(word_list("event", "care_verbs"))
#: Words that time a care verb after a deed: "treated the injured after police fired".
_AFTER = frozenset({"after", "following"})
#: Nouns of a span of time, a day or a part of one, which those modifiers time.
TIME_NOUNS = TEMPORAL_WORDS
#: Links of a word that stands as a noun: the object of a preposition or verb, a subject.
_NOMINAL_LINKS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "attr"})
#: Children that give a verb a tense or aspect of its own (not the simple present).
_AUXILIARIES = frozenset({"aux", "auxpass"})
#: Links of a bare verb that stands as a clause of its own under a noun ("the claim that
#: gangs kill"); a main clause is not read (a headline's "Gunmen Kill 20").
_OWN_CLAUSES = frozenset({"acl", "relcl"})
#: Links of a gerund that is the subject of its clause ("protesting here is risky").
_SUBJECT_CLAUSES = frozenset({"csubj", "csubjpass"})
#: Links of a gerund that renames a noun: the noun, a kind of act, is what is said of (not
#: "attr": "there was fighting in the town" is an existential that tells the fighting).
_RENAMING = frozenset({"appos"})
#: Tags of a verb of the past ("rebels killed", "had stormed").
_PAST = frozenset({"VBD"})


def _subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _auxiliary(verb: Token) -> bool:
    return any(c.dep_ in _AUXILIARIES or c.tag_ in {"TO", "MD"} for c in verb.children)


def simple_present(verb: Token, progressive: bool = False) -> bool:
    """Whether the verb is in the simple present: tagged VBZ/VBP with no auxiliary, or a
    bare VB the tagger gave a subject and no auxiliary in a clause under a noun. With
    ``progressive``, also "are marching" (a present auxiliary and a gerund)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if progressive and verb.tag_ == "VBG":
        auxes = [c for c in verb.children if c.dep_ in _AUXILIARIES or c.tag_ == "MD"]
        return bool(auxes) and all(a.tag_ in {"VBZ", "VBP"} for a in auxes)
    if _auxiliary(verb):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or hidden_present(verb)


def hidden_present(verb: Token) -> bool:
    """A bare VB with a subject of its own and no "to", modal or auxiliary, standing as a
    relative or noun clause: a simple present the tagger read as an infinitive."""
    return (verb.tag_ == "VB" and verb.dep_ in _OWN_CLAUSES and _subject(verb)
            and not _auxiliary(verb))  # fmt: skip


def _after_colon(verb: Token) -> bool:
    """Whether the gerund opens what follows a colon after a noun ("... the boldest act
    of the year: heckling the mayor") and no verb of the past follows it in the sentence
    ("... on Sunday: storming the post, rebels killed three" tells the storming)."""
    first = verb.left_edge
    if not (verb.head.i < first.i and first.i > 1 and verb.doc[first.i - 1].text == ":"):
        return False
    if verb.doc[first.i - 2].pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(t.tag_ in _PAST for t in verb.doc[first.i : sentence(verb).end])


def _subject_misread(verb: Token) -> bool:
    """An adverbial gerund before its head that is the parser's misreading of a subject
    clause: the head is a present passive ("Attacking churches ... is prohibited", even
    with a noun misread as its subject), or a present with no subject of its own and
    nothing between them ("Marching on the ministry is risky"). One after its head, or
    set off before a present with a subject ("Chanting, students march on the ministry"),
    is a headline's adverbial, read with its head."""
    head = verb.head
    if verb.i > head.i:
        return False
    if _present_passive(head):
        return True
    return simple_present(head) and not _subject(head) and not any(
        t.is_punct for t in verb.doc[verb.right_edge.i + 1 : head.i])


def generic_gerund(verb: Token) -> bool:
    """Whether ``verb`` is a subjectless gerund naming an activity: the subject clause of
    a present or present passive clause, or one that renames a noun."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head  # "attacking churches or killing those inside": the first's reading
    if verb.tag_ != "VBG" or _subject(verb) or _auxiliary(verb):
        return False
    if verb.dep_ in _RENAMING or (verb.dep_ == "advcl" and _after_colon(verb)):
        return True  # "the boldest act: heckling the mayor": no clause tells it
    head = verb.head
    if head.lemma_.lower() in REPORTING_VERBS:
        return False
    if verb.dep_ == "advcl":
        return _subject_misread(verb)
    return verb.dep_ in _SUBJECT_CLAUSES and (simple_present(head) or _present_passive(head))


def _present_passive(verb: Token) -> bool:
    """ "is banned", "are prohibited": a rule or a state, said in the present."""
    auxes = [c for c in verb.children if c.dep_ in _AUXILIARIES or c.tag_ == "MD"]
    return (verb.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" for a in auxes)
            and all(a.tag_ in {"VBZ", "VBP"} for a in auxes))  # fmt: skip


def people_named(trigger: Token) -> bool:
    """Whether a participle or adjective of harm stands for the people it hurt ("pray
    for the wounded", "among the wounded were two children"): a noun phrase of persons
    with "the", not a verb; it names victims of a deed, which another word may tell."""
    if trigger.tag_ not in {"JJ", "VBN"} or trigger.dep_ not in _NOMINAL_LINKS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)


def cared_for_after(trigger: Token) -> bool:
    """Whether the people a harm word names ("the injured") are cared for or carried after
    a deed the clause times: "medics treated the injured after police fired". Only then
    do they stand for that deed; "prayers were held for the wounded" tells none."""
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if verb.lemma_.lower() not in CARE_VERBS:
        return False
    return any(t.lower_ in _AFTER for t in verb.subtree if t.i > trigger.i)


def _ahead(word: Token) -> bool:
    """ "tomorrow", "next Monday", "the coming days", "tonight's debate"."""
    if word.lower_ in AHEAD_WORDS:
        return True
    for d in word.children:
        if d.dep_ == "poss" and (d.lower_ == "tonight" or _ahead(d)):
            return True  # "at tonight's debate", "next week's march": an occasion
        if (d.dep_ in {"amod", "det", "advmod"} and d.lower_ in AHEAD_MODIFIERS
                and (word.lower_ in TIME_NOUNS or word.lemma_.lower() in TIME_NOUNS)):
            return True
    return False


def timed_ahead(verb: Token) -> bool:
    """Whether a present clause is timed after the telling, by its own time modifier or
    the occasion it is at: a plan ("are marching tomorrow"), not a deed."""
    if not simple_present(verb, progressive=True) or hidden_present(verb):
        return False
    for child in verb.children:
        if child.dep_ in {"npadvmod", "advmod", "tmod"} and _ahead(child):
            return True
        if child.dep_ == "prep" and any(p.dep_ == "pobj" and _ahead(p) for p in child.children):
            return True
    return False
