"""Words, not deeds: when a violent cue word tells of speech between people.

"Rubio blasted Obama's approach", "ads attacking the governor", "the clash between the
president and his guest", "a fight over the policy": the cue words of an attack or a clash,
used of what people say. Split out of ``senses`` (which asks why a trigger is off its event
sense and calls these) so that each file reads as one question; the word lists are in
``data/sense_words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.arguments import concrete, sides_named
from frontlines.nlp.events.speakers import harm_told, named_speaker, speaker
from frontlines.nlp.events.uses import attacked_saying
from frontlines.vocab.words import words

__all__ = [
    "SHARED_SUBJECT", "attack_in_words", "complement", "is_abstract", "is_person", "lemma",
    "over_an_idea", "verbal_attack", "words_between_people",
]

ABSTRACT = words("sense", "abstract_nouns")
VERBAL_ATTACK = words("sense", "verbal_attack_verbs")
POLITICAL = words("sense", "political_persons")
PERSONS = words("sense", "person_nouns")
COMMUNICATION = words("sense", "communication_nouns")
MEDIA = words("sense", "media_nouns")
WORD_ATTACKERS = words("sense", "word_attackers")

_PERSON_LABELS = frozenset({"PERSON", "NORP"})
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "his", "their"})
#: Dependencies through which a clause's subject is shared ("got in ..., bashing X").
SHARED_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp"})


def complement(children: list[Token], preps: tuple[str, ...],
                through: tuple[str, ...] = ()) -> Token | None:  # fmt: skip
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ in {"prt", "advmod", "prep"} and child.lower_ in through:
            found = complement(list(child.children), preps)
            if found is not None:
                return found
    return None


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_person(token: Token) -> bool:
    return (token.ent_type_ in _PERSON_LABELS or lemma(token) in PERSONS
            or token.lower_ in _PERSONAL_PRONOUNS)  # fmt: skip


def is_abstract(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and not token.ent_type_ and lemma(token) in ABSTRACT


def verbal_attack(trigger: Token, thing: Token | None) -> bool:
    """A person "attacked", "blasted" or "hit" a person or what one said or did, and the
    sentence tells of no harm: words, not violence."""
    if thing is None or trigger.pos_ != "VERB" or lemma(trigger) not in VERBAL_ATTACK:
        return False
    subject = _attacker(trigger)  # "X spent the day attacking Y": X attacks
    if subject is None:
        return False
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    aimed_at_person = (thing.ent_type_ == "PERSON" or lemma(thing) in POLITICAL
                       or (owner is not None and is_person(owner)))  # fmt: skip
    judged_person = aimed_at_person and _judged_as(trigger)  # "blasted him as a bully"
    if not speaker(subject) and not (thing.ent_type_ == "PERSON" and _unknown_name(subject)
                                     and _judged_as(trigger)) \
            and not (subject.lower_ in {"he", "she"} and judged_person):  # fmt: skip
        return False
    return (aimed_at_person or is_abstract(thing)) and not harm_told(trigger)


def _judged_as(verb: Token) -> bool:
    """ "blasted her as a disgrace", "slammed him for his remarks": a verdict on the person,
    the frame of criticism."""
    return any(c.dep_ == "prep" and c.lower_ in {"as", "for"} for c in verb.children)


def _unknown_name(token: Token) -> bool:
    """ "Christie blasted Clinton": a proper name the entity model did not read as a
    person (a surname it labels an organisation) and that names no side the actor
    dictionary knows, nor a people or a place; aimed at a named person and judging
    them ("as a disgrace", "for his remarks"), such a name's attack is a speaker's."""
    return (token.pos_ == "PROPN" and not token.ent_kb_id_
            and token.ent_type_ not in {"NORP", "GPE", "LOC", "FAC"})


def attack_in_words(trigger: Token) -> bool:
    """ "ads attacking the governor", "a letter that attacked his record", "insults and
    attacks", "attacked her on the radio", "attacked him as a coward", "the senator's
    attacks on her rival": the attacker is something said or a campaign, the medium is
    named, the attack stands beside words, or a speaker's attack is aimed at a person for
    what they are or did. Harm told anywhere in the sentence keeps the violent sense."""
    if harm_told(trigger):
        return False
    if _in_a_medium(trigger):
        return True  # "bombarded voters with mailers" too: any violent verb
    if attacked_saying(trigger):
        return True  # "it attacked Smith, saying ...", "a shot at Smith, saying ..."
    if lemma(trigger) not in VERBAL_ATTACK:
        return False
    attacker = _attacker(trigger)
    if attacker is not None and (lemma(attacker) in COMMUNICATION
                                 or lemma(attacker) in WORD_ATTACKERS):  # fmt: skip
        return True
    if any(lemma(c) in COMMUNICATION for c in trigger.conjuncts if c.pos_ == "NOUN"):
        return True
    return _criticism_frame(trigger, attacker)


def _attacker(trigger: Token) -> Token | None:
    """Who or what attacks: the verb's subject (shared along "supporting X and attacking
    Y", "spent the day attacking Y"), the noun a participle or relative clause hangs on
    ("ads attacking"), the noun an attack modifies ("attack ads"), a noun's possessor
    ("the senator's attacks")."""
    verb = trigger
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "poss"}), None)
        if subject is not None and subject.tag_ not in {"WDT", "WP"}:
            return subject
        if verb.dep_ in {"acl", "relcl", "compound"}:
            return verb.head
        if verb.dep_ not in SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _in_a_medium(trigger: Token) -> bool:
    """ "attacked him on television", "in an op-ed", "with a barrage of ads", "online".
    A noun's "on" names its target ("the attack on a newspaper"), not where it was said. A
    noun's clause may name the medium ("were subject to trolling and attack online")."""
    preps = {"on", "in", "via", "through", "with", "from"} if trigger.pos_ == "VERB" else {
        "in", "via", "through", "with"}
    if trigger.pos_ == "NOUN" and _clause_online(trigger):
        return True
    for child in trigger.children:
        if child.dep_ in {"advmod", "npadvmod"} and lemma(child) in MEDIA:
            return True
        if child.dep_ == "prep" and child.lower_ in preps:
            where = [o for o in child.children if o.dep_ == "pobj"]
            if any(lemma(o) in MEDIA or lemma(o) in COMMUNICATION or o.lower_ in MEDIA
                   for o in where):  # fmt: skip
                return True
    return False


def _clause_online(noun: Token) -> bool:
    """ "supporters were subject to trolling and attack online": an adverb of a medium on
    the clause a noun sits in (through conjuncts, prepositions and adjectives)."""
    current = noun
    for _ in range(5):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ in {"advmod", "npadvmod"} and lemma(c) in MEDIA
                       for c in current.children)  # fmt: skip
        if current.dep_ not in {"conj", "pobj", "prep", "acomp", "attr"} and \
                current.pos_ not in {"ADP", "ADJ", "NOUN"}:
            return False
    return False


def _criticism_frame(trigger: Token, attacker: Token | None) -> bool:
    """A speaker's attack on a person "as" something or "for" doing something ("attacked
    her as weak", "attacked him for voting no"), or a speaker's noun attack "on" a person
    or what one said or did: criticism, not violence."""
    if attacker is None or not named_speaker(attacker):
        return False
    if trigger.pos_ == "VERB":
        target = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if target is None or not (is_person(target) or target.ent_type_ == "PERSON"):
            return False
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            kids = list(prep.children)
            if prep.lower_ == "as" and any(k.dep_ in {"pobj", "amod", "acomp"} for k in kids):
                return True
            if prep.lower_ == "for" and any(k.dep_ == "pcomp" and k.tag_ == "VBG" for k in kids):
                return True
        return False
    target = complement(list(trigger.children), ("on", "against"))
    if target is None:
        return False
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    return (named_speaker(target) or is_abstract(target)
            or (owner is not None and is_person(owner)))


def words_between_people(trigger: Token) -> bool:
    """ "the clash between the president and his guest": people, no harm told."""
    between = next((c for c in trigger.children
                    if c.dep_ == "prep" and c.lower_ in {"between", "with"}), None)  # fmt: skip
    sides = [c for c in between.children if c.dep_ == "pobj"] if between is not None else []
    sides = [_antecedent(s, trigger) for s in sides]  # "Trump, with whom he clashed"
    sides += [c for s in sides for c in s.conjuncts]
    return bool(sides) and all(named_speaker(s) for s in sides) and not harm_told(trigger)


def _antecedent(token: Token, trigger: Token) -> Token:
    """What a relative pronoun ("whom") stands for: the noun its clause hangs on."""
    if token.tag_ in {"WP", "WDT"} and trigger.dep_ == "relcl":
        return trigger.head
    return token


def over_an_idea(trigger: Token) -> bool:
    """ "clashed at the debate over the issue of X", "a fight over the policy": what the
    sides contend over is an idea, and the sentence tells of no harm. A contest with no
    side named ("a fight is looming over school prayer") is over an idea too when what
    it is over is nothing concrete: no place, site, date, people, group or thing (those
    are what armed sides fight over: "fighting over the town", "over the weekend")."""
    topics = [o for p in _contest_preps(trigger) for o in p.children if o.dep_ == "pobj"]
    if not topics or harm_told(trigger):
        return False
    if any(is_abstract(t) for t in topics):
        return True
    return not sides_named(trigger) and not any(concrete(t) for t in topics)


def _contest_preps(trigger: Token) -> list[Token]:
    """The "over"/"about" phrases of a contest word, its own or, for a noun, those of the
    verb it is the subject of ("a fight is brewing over X")."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        heads.append(trigger.head)
    return [p for h in heads for p in h.children
            if p.dep_ == "prep" and p.lower_ in {"over", "about"}]  # fmt: skip
