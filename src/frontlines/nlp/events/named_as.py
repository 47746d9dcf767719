"""Whose name a phrase stands for where the noun itself is not it.

* An "as" phrase names the head: "the organization, identified by the press as a network
  of cleric X", "the militia known as Y": a reader codes the name, not the common noun.
* A blow to a body part lands on its owner: "yanked the arm of a reporter", "punched the
  man's face": the person is the one harmed, not the arm.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.files import read_data_toml

__all__ = ["body_owner", "identified_as"]

#: Entity labels of names that can stand for a side (as ``phrases.PEOPLE_LABELS``).
_NAME_LABELS = frozenset({"ORG", "NORP", "PERSON"})

#: Participles that give a phrase its name in an "as" phrase ("identified as", "known as").
_NAMING = frozenset({"identify", "name", "know"})


#: Participles that say who a phrase's head is believed to be ("the attackers, believed
#: to be members of X", "gunmen suspected to be Y fighters").
_BELIEVED = frozenset({"believe", "suspect", "think", "say", "report", "understand",
                       "presume"})  # fmt: skip


def identified_as(head: Token) -> Token | None:
    """The name an "as" phrase gives the phrase's head ("the organization, identified by
    the press as a network of cleric X", "a suspect identified as Y", "the militia known
    as Z"), or a participle of belief says it is ("the attackers, believed to be members
    of X"): a reader codes the name, not the common noun; only a name counts."""
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        if acl.lemma_.lower() in _BELIEVED:
            found = _believed_to_be(acl)
            if found is not None:
                return found
            continue
        if acl.lemma_.lower() not in _NAMING:
            continue
        for prep in acl.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            named = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if named is not None and any(t.ent_type_ in _NAME_LABELS for t in named.subtree):
                return named
    return None


def _believed_to_be(acl: Token) -> Token | None:
    """The named complement of "believed / suspected to be ..." ("members of the ADF")."""
    for be in acl.children:
        if be.dep_ != "xcomp" or be.lemma_.lower() != "be":
            continue
        named = next((a for a in be.children if a.dep_ == "attr"), None)
        if named is not None and any(t.ent_type_ in _NAME_LABELS for t in _own_words(named)):
            return named
    return None


#: Dependents that are no part of a noun's own phrase ("herders who clashed with X").
_OTHER_PHRASES = frozenset({"relcl", "acl", "appos", "advcl", "conj", "cc", "punct"})


def _own_words(head: Token) -> list[Token]:
    """The words of the phrase ``head`` heads, its "of" phrases included ("members of
    X"), not a relative clause or another preposition's phrase: a name in "herders who
    clashed with Fulani militias" does not name the herders. (``phrases.noun_phrase``
    reads the same; it imports this module, so it cannot be imported here.)"""
    words = [head]
    for child in head.children:
        if child.dep_ in _OTHER_PHRASES or (child.dep_ == "prep" and child.lower_ != "of"):
            continue
        words.extend(child.subtree)
    return words


#: Parts of the body (data/event_frames.toml): a blow to one is a blow to its owner.
_BODY_PARTS = frozenset(read_data_toml("event_frames.toml")["classes"]["body_parts"])


def body_owner(head: Token) -> Token | None:
    """Whose body part ``head`` is ("the arm of a reporter", "her face"); None for any
    other noun or a part with no owner named."""
    if head.lower_ not in _BODY_PARTS:
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None
