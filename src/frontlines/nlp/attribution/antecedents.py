"""Whom a pronoun or a definite description of a source points back to: "he said", "the
ministry said" after a named speaker.

Why a module of its own: the recognizer finds cues and sources (``component``); this is
its one reading across sentences, kept small and testable: the earlier source of the
pronoun's kind that names its speaker ("he" no organisation, "it" no single person).
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.model import Attribution
from frontlines.vocab.words import words

__all__ = ["PERSONAL", "POINTING", "PRONOUNS", "antecedent_of", "names_speaker"]

PRONOUNS = words("attribution", "pronouns")
POINTING = words("attribution", "pointing")
PERSONAL = words("attribution", "personal")


def antecedent_of(
    source: Span, history: list[tuple[Span, Attribution]]
) -> tuple[Span, Attribution] | None:
    """The earlier source a pronoun or definite description points back to."""
    words = [t.lower_ for t in source]
    if not history:
        return None
    if len(words) == 1 and words[0] in PRONOUNS:
        wanted_person = words[0] in {"he", "she", "i"}
        for earlier, attribution in reversed(history):
            if not names_speaker(earlier, wanted_person, words[0] == "we"):
                continue
            if not wanted_person or attribution.kind in {
                "named_official",
                "anonymous_official",
                "military",
                "government",
            }:
                return earlier, attribution
        return None
    if words[0] in POINTING and len(words) <= 5:
        head = source.root.lemma_.lower()
        for earlier, attribution in reversed(history):
            if head in {t.lemma_.lower() for t in earlier}:
                return earlier, attribution
    return None


def names_speaker(earlier: Span, person: bool, we: bool) -> bool:
    """Can a pronoun point back to this earlier source? Only one that names its speaker
    (an earlier lone pronoun names no one, so "they" after "he said" stays "they"), and of
    the pronoun's kind: "he" or "she" is no organisation or country ("the Pentagon"), and
    "it" or "they" no single named person ("Ms. Okafor", but "Okafor and Lee" may be
    "they"). A named minister or spokesman does say "we" for the body they speak for, and
    the claim is theirs."""
    if len(earlier) == 1 and earlier[0].lower_ in PERSONAL:
        return False
    root = earlier.root
    if person:
        return root.ent_type_ not in {"ORG", "NORP", "GPE"}
    return we or root.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in root.children)
