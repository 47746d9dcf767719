"""A big town named as what a strike hit, whatever label the model gave its name.

The small model reads a city it has not seen in a sentence of war as a person or a group
("Russian missiles struck Kyiv" -> PERSON, "a missile attack against Kharkiv" -> ORG); the
event coder then takes the town as the side attacked and the event loses its place (ACLED:
a place is where an event happens, never an actor). The place pass asks this module when
the sentence's own words say the name is ground fire fell on: the object of an attack verb
whose subject is a munition or an armed force ("missiles struck X", "artillery pounded X"),
or the "on / against" of an attack noun that names fire ("the bombardment of / on X", "a
missile attack against X"). The gazetteer must know the name as a big town or a province
(``place_senses.major_town``), and nothing in the sentence may make it a person: a title or
a full name around it, a personal pronoun ("attacked Jordan outside his home"), or the name
speaking elsewhere in the article ("Warren said"). A name in the actor dictionary never
gets here (the place pass leaves a ``kb_id_`` alone).

Word lists live in ``data/place_words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.place_cues import ATTACK_VERBS
from frontlines.nlp.place_senses import SOURCE_VERBS, major_town
from frontlines.resolve.place import Gazetteer
from frontlines.vocab.words import words

STRIKING_NOUNS = words("place", "striking_nouns")
FIRE_NOUNS = words("place", "fire_nouns")
ATTACK_NOUNS = words("place", "attack_nouns")
#: Verbs of fire on ground besides the attack verbs ("shelled Kharkiv", "bombed Mosul").
_FIRE_VERBS = ATTACK_VERBS | frozenset({"shell", "bomb", "bombard", "blast", "rocket"})
#: Words that make a name a person's in its sentence.
_PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
#: The prepositions by which an attack noun names its target.
_AIMED = frozenset({"on", "against"})


def struck_town(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``ent`` (any label) names a big town the sentence says was struck (see the
    module docstring)."""
    if len(ent) > 3 or not ent.text[:1].isupper() or _personal(ent):
        return False
    if not (_struck_by_verb(ent.root) or _struck_by_noun(ent.root)):
        return False
    return major_town(gazetteer, ent.text)


def _head(root: Token) -> Token:
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "struck Kyiv and Kharkiv"
    return root


def _striking(noun: Token) -> bool:
    """A munition or an armed force, itself or as its noun's modifier ("missile attack")."""
    return noun.lower_ in STRIKING_NOUNS or noun.lemma_.lower() in STRIKING_NOUNS


def _struck_by_verb(root: Token) -> bool:
    """ "missiles struck X", "Russian artillery shelled X and Y"."""
    root = _head(root)
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _FIRE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_striking(s) for s in subjects)


def _struck_by_noun(root: Token) -> bool:
    """ "the bombardment on X", "a missile attack against X", "shelling of X"."""
    root = _head(root)
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    word = noun.lower_
    if word in FIRE_NOUNS:
        return prep.lower_ in _AIMED or prep.lower_ == "of"
    if word not in ATTACK_NOUNS or prep.lower_ not in _AIMED:
        return False
    return any(_striking(c) for c in noun.children if c.dep_ in {"compound", "amod"})


def _personal(ent: Span) -> bool:
    """A sign in the sentence or the article that the name is a person's: a title or name
    joined to it, a personal pronoun in its sentence, the name speaking anywhere."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.text.endswith(".") and len(before) <= 4 or (
            before.ent_type_ == "PERSON" and before.ent_iob_ != "O")):
        return True  # "Mr. Jordan", "Gen. Paris"
    if any(t.lower_ in _PERSONAL for t in ent.sent):
        return True  # "gunmen attacked Jordan outside his home"
    for token in doc:
        if token.text == ent[-1].text and token.dep_ == "nsubj" and (
                token.head.lemma_.lower() in SOURCE_VERBS):
            return True  # "Warren said"
    return False
