"""An assault that hit civilians is an attack on them, not a battle.

ACLED's line between a battle and violence against civilians is who was hit: an armed
clash needs two armed, organised sides. The lexicon files one-sided words of storming and
assault ("stormed", "the assault on") under armed clash, as they mostly tell of forces
fighting for a position; but "the assault on the town by insurgents killed dozens of
civilians" or "gunmen stormed the hotel, killing six guests" hit unarmed people, and
ACLED codes that as an attack. So an armed clash whose second side is people named as
civilians (``civilian_nouns``: villagers, worshippers, guests...) and none named as armed
(``armed_targets``), told by a word that is not two-sided (a clash, a fight, a battle
has two armed sides whoever fell in it), is an attack. The inverse reading (an attack on
soldiers is a clash) is ``EventCoder._by_target``; it reads the side the roles found, and
a participle that describes its victim ("the Marine killed last week", "two guards wounded
in the raid") leaves that side unread, so ``armed_described`` reads the noun it describes.
A killing told in a setting of combat ("killed while supporting combat operations", "died
in a firefight", "killed in action") hit someone fighting, or someone caught in a fight
ACLED codes as the battle: ``in_combat`` makes that attack an attack on forces. The
setting must hang on the word of harm itself, as a phrase or clause of time or place; a
fight named elsewhere in the sentence ("killed a man after a bar fight", "in a village
where clashes are common") is not its setting, and a sentence that tells the fight as a
deed of its own ("killed a teacher while the army battled rebels") tells two events.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.sides import RECIPROCAL
from frontlines.vocab.events import ATTACK_ON_FORCES, EventLexicon, EventMatch
from frontlines.vocab.words import word_list

__all__ = ["CIVILIAN_NOUNS", "armed_described", "civilians_hit", "in_combat"]

#: People named as what they are, not as fighters (``data/event_words.toml``).
CIVILIAN_NOUNS = frozenset(word_list("event", "civilian_nouns"))
_ARMED = frozenset(word_list("event", "armed_targets"))
_CLASH = "Armed clash"
_ATTACK = "attack"
#: Words of fighting that set a killing in combat ("killed in a firefight", "combat
#: operations"); "action" only as the object of "in" ("killed in action").
_COMBAT = RECIPROCAL - {"scuffle", "brawl", "standoff", "exchange", "confrontation"} | {"combat"}
#: Words of harm a combat setting can hang on.
_HARM = frozenset({"kill", "die", "wound", "injure"})
#: How the setting hangs on the word of harm: a phrase ("in", "during") or a clause
#: ("while supporting combat operations").
_SETTING_DEPS = frozenset({"prep", "advcl"})
_SETTING_WORDS = frozenset({"in", "during", "while", "amid", "when"})
#: Tags of a participle that modifies a noun (the parser tags some as past tense).
_PARTICIPLES = frozenset({"VBN", "VBD"})


def civilians_hit(match: EventMatch, victim: EventActor | None, words: list[Token],
                  sent: Span, lexicon: EventLexicon) -> EventMatch:  # fmt: skip
    """``match`` as an attack when its armed clash, told by a one-sided word, hit people
    named as civilians (see the module's docstring)."""
    if match.type.acled_sub_event != _CLASH or victim is None:
        return match
    if any(w.lemma_.lower() in RECIPROCAL or w.lower_ in RECIPROCAL for w in words):
        return match  # "killed in clashes": both sides were armed
    if any(c in RECIPROCAL or c.split()[0] in RECIPROCAL for c in match.cues):
        return match
    span = sent.doc.char_span(victim.start, victim.end, alignment_mode="expand")
    if span is None:
        return match
    lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    if lemmas & _ARMED or not lemmas & CIVILIAN_NOUNS:
        return match
    return replace(match, type=lexicon.get(_ATTACK))


def armed_described(match: EventMatch, words: list[Token], lexicon: EventLexicon) -> EventMatch:
    """``match`` as an attack on forces when its attack is told by a participle describing
    someone armed: "the 30-year-old Marine killed in Helmand", "a policeman shot at the
    gate" (``armed_targets``: a lone "guard" may be a private one, and is not listed).
    The participle's noun is who was hit, named or not as the event's second side."""
    if match.type.acled_sub_event != "Attack":
        return match
    for word in words:
        hit = word.head
        if word.dep_ == "acl" and word.tag_ in _PARTICIPLES and hit.pos_ in {"NOUN", "PROPN"} \
                and (hit.lower_ in _ARMED or hit.lemma_.lower() in _ARMED):  # fmt: skip
            return replace(match, type=lexicon.get(ATTACK_ON_FORCES))
    return match


def in_combat(match: EventMatch, words: list[Token], lexicon: EventLexicon) -> EventMatch:
    """``match`` as an attack on forces when its attack is a killing or wounding set in
    combat by a phrase or clause on the word of harm itself (see the module's docstring).
    The word of harm is the match's own trigger or the word it hangs on, and the only
    verb among its words: where another verb tells the deed too, the setting may be
    another death's ("shot a chief; his brother was killed in action last year")."""
    if match.type.acled_sub_event != "Attack" or not words:
        return match
    harm = next((w for w in (words[0], words[0].head) if w.lemma_.lower() in _HARM), None)
    if harm is None or any(w.pos_ == "VERB" and w.i not in {harm.i, words[0].i}
                           for w in words):  # fmt: skip
        return match  # "shot a nurse, days after her husband was killed in combat": the
    # deed may be another verb's, whose setting is not the fight
    for child in harm.children:
        if child.dep_ not in _SETTING_DEPS or not _sets(child):
            continue
        if any(_combat_word(t) for t in _setting(child)):
            return replace(match, type=lexicon.get(ATTACK_ON_FORCES))
    return match


#: Words that make a noun of the setting one of fighting ("combat operations").
_NOUN_PARTS = frozenset({"compound", "amod"})


def _setting(child: Token) -> list[Token]:
    """The words that say what the setting is: the object of the phrase and the words
    that make it up ("in a fierce firefight"); the clause's verb and its object ("while
    supporting combat operations"), or its subject where that is the fight ("when
    fighting broke out"). A clause with a subject of its own tells what someone else did
    ("while the army battled rebels"), and a clause inside the setting ("a village where
    clashes are common", "a region torn by fighting") tells of the place, not the
    killing: neither is read."""
    if child.dep_ == "prep":
        nouns = [c for c in child.children if c.dep_ == "pobj"]
    else:
        subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return [subject, *(c for c in subject.children if c.dep_ in _NOUN_PARTS)]
        nouns = [c for c in child.children if c.dep_ == "dobj"]
        nouns.insert(0, child)
    return [*nouns, *(c for n in nouns for c in n.children if c.dep_ in _NOUN_PARTS)]


def _sets(child: Token) -> bool:
    """Whether a phrase or clause on the word of harm sets when or where it happened:
    "in", "during", "amid" or a clause opened by "while" or "when"."""
    if child.dep_ == "prep":
        return child.lower_ in _SETTING_WORDS
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SETTING_WORDS for c in child.children)


def _combat_word(token: Token) -> bool:
    """A word of fighting, or "action" right after "in" ("killed in action")."""
    lemma = token.lemma_.lower()
    if lemma in _COMBAT or token.lower_ in _COMBAT:
        return True
    return lemma == "action" and token.dep_ == "pobj" and token.head.lower_ == "in"
