"""Cue words in the everyday senses of political, business, sports and science news, read
on the parse: asked by ``senses.py`` after its own readings (``register.py`` holds the
first set of them).

Judged output on stories nobody had coded (political news above all) showed conflict
cue words the reader takes in another sense at once, each given away by the sentence's
structure rather than by its words: a rally "scheduled" for tonight has not been held, a
person "agreeing to be bought" or "to take part" makes no deal between sides, a campaign
"protests that" its rival is dishonest in words, a reporter "quits in protest", a
candidate "captures 2 percent" of the vote, a county "falls to 21st", a tank earns a
name "in battle" (any battle), a fungus "establishes into" a country, an infection
"kills" a patient, "the battle of Maria" is a person's case, not a place's fight. Each
reading says what in the structure gives the sense away; what it knows of words is data
(``data/sense_words.toml``: ``scheduling_verbs``, ``business_deal_verbs``,
``protest_manner_verbs``, ``illness_nouns``, ``complaint_documents``, ``audience_nouns``,
``argument_lines``, ``epithet_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.acts import act_reason
from frontlines.nlp.events.ballot import state_won
from frontlines.nlp.events.everyday import everyday_reason
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.speakers import harm_told, named_speaker, one_speaker
from frontlines.vocab.words import words

__all__ = ["offbeat_reason"]

SCHEDULING = words("sense", "scheduling_verbs")
BUSINESS_DEALS = words("sense", "business_deal_verbs")
PROTEST_MANNER = words("sense", "protest_manner_verbs")
ILLNESSES = words("sense", "illness_nouns")
COMPLAINT_DOCUMENTS = words("sense", "complaint_documents")
AUDIENCES = words("sense", "audience_nouns")
VERBAL_ATTACK = words("sense", "verbal_attack_verbs")
ABSTRACT = words("sense", "abstract_nouns")
COMMUNICATION = words("sense", "communication_nouns")
ARGUMENT_LINES = words("sense", "argument_lines")
EPITHETS = words("sense", "epithet_nouns")
ELECTION_THINGS = words("sense", "election_things")
#: What a politician's attacks are aimed at besides ideas: institutions and procedures
#: ("attacks on the nomination process", "on the press"); words that, as what a deal
#: sets up ("established the electoral process"), stay out of ``abstract_nouns``.
_CRITICISED = frozenset({"process", "system", "establishment", "press", "media"})
#: Verbs by which a speaker names what a person is ("calling her a liar").
_NAMING = frozenset({"call", "label", "brand", "dub", "describe", "deride", "mock"})

#: Lexicon types of a demonstration.
_PROTEST_TYPES = frozenset({
    "peaceful_protest", "protest_with_intervention", "violent_demonstration",
    "excessive_force_against_protesters",
})  # fmt: skip
#: Lexicon types of a change to an armed or political group.
_GROUP_TYPES = frozenset({"change_to_group", "change_to_group_forces"})
#: Adverbs of how far views are divided ("deeply split", "evenly divided").
_DIVIDED_HOW = frozenset({"deeply", "sharply", "bitterly", "evenly", "ideologically",
                          "narrowly", "closely", "badly", "equally", "roughly"})  # fmt: skip
#: Lexicon types of fighting.
_FIGHT_TYPES = frozenset({"armed_clash", "armed_clash_both_sides",
                          "armed_clash_attack_on_forces"})  # fmt: skip
#: Lexicon types of taking or losing ground.
_PLACE_TYPES = frozenset({"government_regains_territory", "non_state_overtakes_territory",
                          "non_violent_transfer"})  # fmt: skip
#: How an argument of a taking or a battle hangs on it: what is taken or fought, who takes
#: it, what kind of battle it is ("the delegate battle").
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "compound", "amod", "poss", "attr"})
#: Prepositions of what a contest is won by, in, at or fought for ("by 40,000 votes", "in the
#: polls", "at the ballot box", "for the seat"); not of time ("days before the election").
_CONTEST_PREPS = frozenset({"by", "in", "at", "for", "of"})
#: Lexicon types of killing or harming people.
_HARM_TYPES = frozenset({
    "attack", "armed_clash", "armed_clash_both_sides", "armed_clash_attack_on_forces",
    "mob_violence", "air_strike", "strike", "shelling", "remote_explosive", "suicide_bomb",
    "grenade",
})  # fmt: skip


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def scheduled(trigger: Token) -> bool:
    """ "She had a rally scheduled for tonight", "there is a march planned for Monday": a
    gathering someone has, or that there is, with a participle of scheduling is still to
    come. A scheduled protest that does something ("a march planned for Monday turned
    violent") or that something is done to is another sentence."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"dobj", "attr"}:
        return False
    if _lemma(trigger.head) not in {"have", "be"}:
        return False
    return any(c.dep_ in {"acl", "amod"} and _lemma(c) in SCHEDULING for c in trigger.children)


def business_deal(trigger: Token) -> bool:
    """ "The firm agreed to be bought by investors", "agreed to sell its stake": what is
    agreed to is a purchase or a sale (``business_deal_verbs``), a deal of the market,
    not one between armed or political sides."""
    if _lemma(trigger) != "agree":
        return False
    done = [c for c in trigger.children if c.dep_ == "xcomp"]
    done += [c for d in done for c in d.children if c.dep_ == "xcomp"]
    return any(_lemma(d) in BUSINESS_DEALS for d in done)


def objected_in_words(trigger: Token) -> bool:
    """ "Her campaign protested that the aides were dishonest": a protest verb with a
    clause of what was said is an objection in words; crowds protest a thing or
    against it."""
    return trigger.pos_ == "VERB" and _lemma(trigger) == "protest" and any(
        c.dep_ == "ccomp" for c in trigger.children)


def protest_as_manner(trigger: Token) -> bool:
    """ "quit in protest", "resigned in protest of the ruling": a person's own act (a
    resignation, a vote) done "in protest" says why it was done, and it is no
    demonstration."""
    if _lemma(trigger) != "protest" or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return False
    return _lemma(trigger.head.head) in PROTEST_MANNER


def complaint_document(trigger: Token) -> bool:
    """ "sent letters of protest to the mayor": a protest that is what a letter or a
    note says is a complaint in writing."""
    if _lemma(trigger) != "protest" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return False
    return _lemma(trigger.head.head) in COMPLAINT_DOCUMENTS


def audience_chants(trigger: Token) -> bool:
    """ "School fans chanted 'Go home' at the game": the chanting of fans or spectators
    (``audience_nouns``) is a crowd at a game or a show."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in {"chant", "cheer"}:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and _lemma(subject) in AUDIENCES


def a_persons_case(trigger: Token) -> bool:
    """ "The battle of Maria has been won": a battle named after a person is a cause or a
    case fought in courts and words; battles are named after places ("the battle of
    Mosul")."""
    if trigger.pos_ != "NOUN":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in p.children)
        for p in trigger.children)  # fmt: skip


def any_battle(trigger: Token) -> bool:
    """ "earned a reputation in battle", "proven in combat": "in" with a bare fighting
    noun (no determiner, no modifier, no number) is any battle, not one."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "in":
        return False
    if trigger.tag_ != "NN":
        return False
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod", "acl", "relcl"}
           for c in trigger.children):  # fmt: skip
        return False
    return not any(p.dep_ == "prep" and (p.lower_ in {"with", "against", "near", "in", "at"}
                                         or any(o.ent_type_ in {"GPE", "LOC", "FAC"}
                                                for o in p.children))
                   for p in trigger.children)  # fmt: skip


#: Words of harm done: "killed in battle" tells of a death in a battle, and is read.
_HARM_WORDS = frozenset({"kill", "wound", "injure", "die", "dead", "death", "hurt",
                         "casualty", "fall", "lose"})  # fmt: skip


def _harm_verb(trigger: Token) -> bool:
    """Harm told in the sentence by a word of harm (not by a weapon noun: a tank or a
    plane is what earns a name "in battle")."""
    return any(_lemma(t) in _HARM_WORDS for t in sentence(trigger))


def attacks_on_a_person(trigger: Token) -> bool:
    """ "He kept up his attacks against Senator Lopez", "Smith's attacks on the nomination
    process": one person's attacks (a possessor "his", "her" or a person's name) on a
    named person or an idea are criticism; an attack with harm told is read as violence
    elsewhere."""
    if trigger.pos_ != "NOUN" or _lemma(trigger) != "attack":
        return False
    if not any(c.dep_ == "poss" and (c.lower_ in {"his", "her"} or one_speaker(c))
               for c in trigger.children):  # fmt: skip
        return False
    return any(p.dep_ == "prep" and p.lower_ in {"on", "against"} and any(
        o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or named_speaker(o)
                              or (_lemma(o) in ABSTRACT | _CRITICISED and not o.ent_type_))
        for o in p.children) for p in trigger.children)  # fmt: skip


def names_the_person(trigger: Token) -> bool:
    """ "Smith blasted the dentist at a town hall, calling her a liar": a speaker's verbal
    attack verb whose clause goes on to call its target something (a pronoun for a
    person as the object of "calling") is criticism."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in VERBAL_ATTACK:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or not one_speaker(subject):
        return False
    return any(c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and _lemma(c) in _NAMING
               and any(o.dep_ in {"dobj", "nsubj"} and o.lower_ in {"him", "her", "them"}
                       for o in c.children)
               for c in trigger.children)  # fmt: skip


def illness_kills(trigger: Token) -> bool:
    """ "His flu infection killed him": a killer that is an illness (``illness_nouns``) is
    a death from disease."""
    if trigger.pos_ != "VERB":
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if subject is None:
        return False
    return _lemma(subject) in ILLNESSES or any(
        c.dep_ == "compound" and _lemma(c) in ILLNESSES for c in subject.children)


def nothing_set_up(trigger: Token, thing: Token | None) -> bool:
    """ "The fungus has begun to establish into Peru": a verb of setting up with nothing
    set up (no object, no passive subject) is something spreading or settling, not a
    base built."""
    return trigger.pos_ == "VERB" and thing is None and _lemma(trigger) == "establish"


def blamed_for(trigger: Token) -> bool:
    """ "the speaker blasted the bureau for its ruling", "lashed the mayor for remarks
    she made": a speaker's verbal attack "for" a deed, a decision or words (an idea,
    something said, a verb of doing) is blame, whoever its target is."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in VERBAL_ATTACK:
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or not one_speaker(subject):
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for why in prep.children:
            if why.dep_ == "pcomp" and why.tag_ == "VBG":
                return True
            if why.dep_ == "pobj" and (_lemma(why) in ABSTRACT or _lemma(why) in COMMUNICATION):
                return True
    return False


def blasted_a_person(trigger: Token) -> bool:
    """ "The mayor then blasted Okafor": "blast" with a named person as its object is
    criticism (a bomb blasts a convoy, a building, a town)."""
    if trigger.pos_ != "VERB" or _lemma(trigger) != "blast":
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in trigger.children)


def views_split(trigger: Token) -> bool:
    """ "both caucuses remain sharply split on the bill", "the court was left ideologically
    split": a split said by how far (``_DIVIDED_HOW``) or over what is one of views; a
    group that splits "into" factions or "from" its parent changes."""
    if _lemma(trigger) not in {"split", "divide"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"into", "from", "off"} for c in trigger.children):
        return False
    return any((c.dep_ == "advmod" and c.lower_ in _DIVIDED_HOW)
               or (c.dep_ == "prep" and c.lower_ in {"over", "on"}) for c in trigger.children)


def joined_in_doing(trigger: Token) -> bool:
    """ "85 Republicans joined 243 Democrats in voting yes", "he joined Democrats in
    writing a bill": joining others "in" doing something is doing it with them, not
    joining a group."""
    if trigger.pos_ != "VERB" or _lemma(trigger) != "join":
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children) for p in trigger.children)


def an_establishment(trigger: Token) -> bool:
    """ "the party establishment", "an anti-establishment appeal": the noun names the
    powers that be or a business; the setting up of a base is "the establishment of"
    one."""
    if trigger.pos_ not in {"NOUN", "ADJ", "PROPN"} or not trigger.lower_.endswith("establishment"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)


#: Modal auxiliaries of what a deal binds a side to do ("agreed they would withdraw").
_BINDING = frozenset({"would", "will", "should", "shall", "must", "'d", "'ll"})


def agreed_a_view(trigger: Token) -> bool:
    """ "Most senators agreed they had little choice left", "'We welcome it,' the planner
    agreed": agreeing that something is so (a clause with no modal of what a side will
    do), or one speaker agreeing with nothing agreed to or on, is a view shared; a deal
    binds sides to do something ("agreed they would withdraw", "agreed to a truce")."""
    if _lemma(trigger) != "agree" or trigger.pos_ != "VERB":
        return False
    children = list(trigger.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if clauses:
        return not any(a.dep_ == "aux" and a.lower_ in _BINDING
                       for c in clauses for a in c.children)  # fmt: skip
    if any(c.dep_ in {"xcomp", "dobj", "prep", "advcl", "conj", "nsubjpass"} for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and one_speaker(subject)


def line_of_argument(trigger: Token) -> bool:
    """ "launched a new line of attack", "tried another angle of attack": an attack that
    is what a line or an angle is "of" is a way of arguing, not a deed."""
    if trigger.pos_ != "NOUN" or _lemma(trigger) != "attack" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ == "of" and _lemma(prep.head) in ARGUMENT_LINES


def called_as(trigger: Token) -> bool:
    """ "focused on attacking the nominee as unfit", "attacked the mayor as a coward": a
    verbal attack verb whose "as" phrase says what its object is (an adjective, or an
    epithet, ``epithet_nouns``) calls someone a name; an armed attack "as" is part of
    something ("as part of an offensive", "as a reprisal")."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in VERBAL_ATTACK:
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for said in prep.children:
            if said.pos_ == "ADJ" or (said.pos_ == "NOUN" and _lemma(said) in EPITHETS):
                return True
    return False


def _election_thing(word: Token) -> bool:
    """A word for what an election is won by or fought over (``election_things``); "the seat
    of power" is no election's. Its compounds are not read: "polling stations" are places."""
    if _lemma(word) == "seat" and any(c.dep_ == "prep" and c.lower_ == "of"
                                      for c in word.children):  # fmt: skip
        return False
    return _lemma(word) in ELECTION_THINGS


def ballot_contest(trigger: Token) -> bool:
    """ "He captured the nomination", "took Ohio by 40,000 votes", "seized the lead in the
    polls", "won the battle for the Senate seat": a taking or a battle whose own arguments
    (its object, its subject, a compound, the object of one of its prepositions) name what
    an election is won by or fought over is a contest at the ballot box. Only the word's
    own arguments are read: a town captured in an election year is still captured."""
    for child in trigger.children:
        if child.dep_ in _ARGUMENTS and _election_thing(child):
            return True
        if child.dep_ != "prep" or child.lower_ not in _CONTEST_PREPS:
            continue
        if any(o.dep_ == "pobj" and _election_thing(o) for o in child.children):
            return True
    return False


def offbeat_reason(trigger: Token, type_id: str, thing: Token | None) -> str:
    """Why ``trigger`` is in an everyday sense for type ``type_id`` (``thing``: what it
    acts on, as ``senses.object_of`` reads it), or ""."""
    if type_id in _PROTEST_TYPES:
        if scheduled(trigger):
            return "not yet held"
        if objected_in_words(trigger):
            return "an objection in words, not a protest"
        if protest_as_manner(trigger):
            return "a person's act in protest, not a demonstration"
        if complaint_document(trigger):
            return "a complaint in writing, not a protest"
        if audience_chants(trigger):
            return "an audience, not protesters"
    if ((type_id in _PLACE_TYPES or (type_id in _FIGHT_TYPES and not harm_told(trigger)))
            and ballot_contest(trigger)):  # fmt: skip
        return "a contest at the ballot box"
    if type_id in _PLACE_TYPES and state_won(trigger):
        return "a contest at the ballot box"
    if type_id in _FIGHT_TYPES and any_battle(trigger) and not _harm_verb(trigger):
        return "any battle, not one"  # "a reputation earned in battle" (tanks, jets)
    if type_id in _HARM_TYPES and not harm_told(trigger) and (
            blamed_for(trigger) or blasted_a_person(trigger)):  # fmt: skip
        return "criticism"
    if type_id in _GROUP_TYPES and (views_split(trigger) or joined_in_doing(trigger)):
        return "views divided or an act joined, not a group changed"
    if type_id == "headquarters_established" and an_establishment(trigger):
        return "the powers that be, not a base"
    if type_id == "agreement" and business_deal(trigger):
        return "a sale or a purchase, not a deal between sides"
    if type_id == "agreement" and agreed_a_view(trigger):
        return "a view shared, not a deal"
    if type_id in _HARM_TYPES and not harm_told(trigger) and (
            attacks_on_a_person(trigger) or names_the_person(trigger)):  # fmt: skip
        return "criticism of a person"
    if type_id in _HARM_TYPES and not harm_told(trigger) and (
            line_of_argument(trigger) or called_as(trigger)):  # fmt: skip
        return "a way of arguing or a name called"
    if type_id in _FIGHT_TYPES and not harm_told(trigger) and a_persons_case(trigger):
        return "a person's case, not a battle"
    if type_id in _HARM_TYPES and illness_kills(trigger):
        return "a death from illness"
    if type_id in _HARM_TYPES and (everyday := everyday_reason(trigger)):
        return everyday
    if type_id == "headquarters_established" and nothing_set_up(trigger, thing):
        return "nothing set up"
    return act_reason(trigger, type_id)
