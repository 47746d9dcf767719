"""Verb lemmas the English rule lemmatizer gets wrong by one silent "e".

The model's rule lemmatizer cuts "-ed", "-ing" and "-s" and keeps the first cut form its
verb index lists: "staged" -> "stag", "waged" -> "wag", "raped" -> "rap", "fined" ->
"fin". Both stems are verbs, so the index cannot tell them apart; English spelling can.
A one-syllable stem ending in one vowel and one consonant doubles that consonant before
"-ed" and "-ing" ("stag" -> "stagged", "rap" -> "rapping"), so an undoubled "staged" or
"staging" can only be the "-e" verb's; and "stages" is "stage" + "s", never "stag" + "es".
Every lexicon keyed by lemma (carrying verbs: "staged an attack", "waged war"; accusing
verbs: "was fined") then sees the verb the text wrote.

The mended forms are derived from the lemmatizer's own verb index, not listed by hand:
each "-e" verb whose stem without the "e" is such a one-syllable verb gets its three
inflected forms mapped to it. A stem with two vowels ("rout" / "route") does not double
either way and stays as the model reads it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

__all__ = ["mend_silent_e_verbs", "silent_e_forms"]

#: A one-syllable stem ending in one vowel and one consonant that doubles ("stag", "rap").
_DOUBLING_STEM = re.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-tvz]")


def silent_e_forms(verbs: set[str]) -> dict[str, str]:
    """Inflected form -> lemma for every "-e" verb of ``verbs`` whose cut stem is another
    verb that would double its consonant ("staged", "staging", "stages" -> "stage")."""
    forms: dict[str, str] = {}
    for verb in verbs:
        stem = verb[:-1]
        if not verb.endswith("e") or stem not in verbs or not _DOUBLING_STEM.fullmatch(stem):
            continue
        for form in (stem + "ed", stem + "ing", verb + "s"):
            forms[form] = verb
    return forms


def mend_silent_e_verbs(nlp: Language) -> None:
    """Have the rule lemmatizer give a verb's silent-"e" lemma first ("staged": "stage").
    Its exception table cannot do it: an exception already among its cut forms keeps
    its place behind the shorter one. So its lemmatize function is wrapped; a lookup
    lemmatizer, or none, has nothing to mend."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    index = lemmatizer.lookups.get_table("lemma_index", {}).get("verb", ())
    forms = silent_e_forms(set(index))
    cut = lemmatizer.lemmatize

    def lemmatize(token: Token) -> list[str]:
        lemmas: list[str] = cut(token)
        mended = forms.get(token.lower_) if token.pos_ == "VERB" else None
        if mended is None or lemmas[:1] == [mended]:
            return lemmas
        return [mended, *(lemma for lemma in lemmas if lemma != mended)]

    lemmatizer.lemmatize = lemmatize
