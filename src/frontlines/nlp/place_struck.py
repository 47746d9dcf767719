"""A big town named as what a strike hit, whatever label the model gave its name.

The small model reads a city it has not seen in a sentence of war as a person or a group
("Russian missiles struck Kyiv" -> PERSON, "a missile attack against Kharkiv" -> ORG); the
event coder then takes the town as the side attacked and the event loses its place (ACLED:
a place is where an event happens, never an actor). The place pass asks this module when
the sentence's own words say the name is ground fire fell on:

* the object of an attack verb (not "target": jets target a man as well as a town) whose
  subject is a munition ("missiles struck X", "artillery pounded X"), or of a verb of fire
  (shell, bomb, bombard, pound) whose subject is an armed force ("troops shelled X"; "troops
  attacked Santos" may be a man);
* the "on / against" of an attack noun that names fire ("the bombardment of / on X"), or of
  an attack noun with a munition as modifier ("a missile attack against X"); a name the
  model read as a person's takes that second reading only when the gazetteer knows it as a
  province or a capital ("a drone strike on Saleh" may be a man's).

The gazetteer must know the name as a big town or a province (``place_senses.major_town``),
and nothing may make it a person: a role set beside it ("Kent, a British journalist"), a
title or a full name before it ("Senator Warren"), a personal pronoun in its sentence
("attacked Jordan outside his home"), or the name speaking elsewhere in the article
("Warren said"). The checks run cheapest first (the sentence's grammar, then the gazetteer,
then the person checks), and the speaking names are found once per Doc. A name in the
actor dictionary never gets here (the place pass leaves a ``kb_id_`` alone).

Word lists live in ``data/place_words.toml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.extensions import scratch
from frontlines.nlp.place_cues import ATTACK_VERBS, PLACE_NOUNS
from frontlines.nlp.place_senses import PERSONAL_TITLES, SOURCE_VERBS, major_town
from frontlines.resolve.place import Gazetteer
from frontlines.vocab.words import words

STRIKING_NOUNS = words("place", "striking_nouns")
ARMED_NOUNS = words("place", "armed_nouns")
SHELLING_VERBS = words("place", "shelling_verbs")
FIRE_NOUNS = words("place", "fire_nouns")
ATTACK_NOUNS = words("place", "attack_nouns")
#: Verbs of fire on ground besides the attack verbs ("shelled Kharkiv", "bombed Mosul");
#: not "target", whose object is as often a man ("jets targeted Hamid in Gaza City").
_FIRE_VERBS = (ATTACK_VERBS - {"target"}) | SHELLING_VERBS | {"blast", "rocket"}
#: Words that make a name a person's in its sentence.
_PERSONAL = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
#: The prepositions by which an attack noun names its target.
_AIMED = frozenset({"on", "against"})
_ARTICLES = frozenset({"a", "an", "the"})
#: How far after ", a" the role's noun is looked for ("Kent, a British freelance journalist").
_ROLE_WINDOW = 5
_SPEAKERS_KEY = "place_struck.speakers"


def struck_town(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``ent`` (any label) names a big town the sentence says was struck (see the
    module docstring)."""
    if len(ent) > 3 or not ent.text[:1].isupper():
        return False
    by_noun = False
    if not _struck_by_verb(ent.root):
        by_noun = _struck_by_noun(ent.root)
        if not by_noun:
            return False
    if not major_town(gazetteer, ent.text):
        return False
    if by_noun and ent.label_ == "PERSON" and not _province_or_capital(gazetteer, ent.text):
        return False  # "a drone strike on Saleh": a man's name, though a district's too
    return not _personal(ent)


def _province_or_capital(gazetteer: Gazetteer, name: str) -> bool:
    return any(
        c.kind in {"name", "alt"}
        and (c.place.admin_level == 1 or c.place.feature_code.startswith("PPLC"))
        for c in gazetteer.candidates(name)
    )


def _head(root: Token) -> Token:
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "struck Kyiv and Kharkiv"
    return root


def _is(noun: Token, wanted: frozenset[str]) -> bool:
    return noun.lower_ in wanted or noun.lemma_.lower() in wanted


def _struck_by_verb(root: Token) -> bool:
    """ "missiles struck X", "Russian artillery shelled X and Y", "troops shelled X"."""
    root = _head(root)
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ != "dobj" or lemma not in _FIRE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        _is(s, STRIKING_NOUNS) or (lemma in SHELLING_VERBS and _is(s, ARMED_NOUNS))
        for s in subjects
    )


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
    return any(_is(c, STRIKING_NOUNS) for c in noun.children if c.dep_ in {"compound", "amod"})


def _personal(ent: Span) -> bool:
    """A sign in the sentence or the article that the name is a person's: a role beside
    it, a title or name before it, a personal pronoun in its sentence, the name speaking."""
    doc = ent.doc
    if _has_role(ent):
        return True  # "Mendoza, a cartel boss", "Warren, the rebel spokesman"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (
        (before.text.endswith(".") and len(before) <= 4)
        or before.lower_.rstrip(".") in PERSONAL_TITLES
        or (before.ent_type_ == "PERSON" and before.ent_iob_ != "O")
    ):
        return True  # "Mr. Jordan", "Gen. Paris", "Senator Warren"
    if any(t.lower_ in _PERSONAL for t in ent.sent):
        return True  # "gunmen attacked Jordan outside his home"
    return ent[-1].text in _speakers(doc)  # "Warren said"


def _has_role(ent: Span) -> bool:
    """A noun set beside the name that is no place's ("Kent, a British journalist"; not
    "Kharkiv, the country's second city")."""
    doc = ent.doc
    if any(c.dep_ == "appos" and c.lemma_.lower() not in PLACE_NOUNS for c in ent.root.children):
        return True
    end = ent.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLES:
        return False
    for token in doc[end + 2 : min(len(doc), end + 2 + _ROLE_WINDOW)]:
        if token.is_punct or token.pos_ in {"ADP", "VERB", "AUX"}:
            break
        if token.pos_ == "NOUN" and token.dep_ not in {"compound", "poss"}:
            return token.lemma_.lower() not in PLACE_NOUNS  # the phrase's head noun
    return False


def _speakers(doc: Doc) -> frozenset[str]:
    """The words that are the subject of a verb of saying anywhere in ``doc``, found once
    per Doc (``scratch``): every name asked about reads the same set."""
    held = scratch(doc)
    found = held.get(_SPEAKERS_KEY)
    if found is None:
        found = held[_SPEAKERS_KEY] = frozenset(
            t.text for t in doc if t.dep_ == "nsubj" and t.head.lemma_.lower() in SOURCE_VERBS
        )
    return found
