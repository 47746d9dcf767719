"""Verb lemmas the English rule lemmatizer gets wrong by one silent "e".

The model's rule lemmatizer cuts "-ed", "-ing" and "-s" and keeps the first cut form its
verb index lists: "staged" -> "stag", "waged" -> "wag", "raped" -> "rap", "fined" ->
"fin". Both stems are verbs, so the index cannot tell them apart; English spelling can.
A one-syllable stem ending in one vowel and one consonant doubles that consonant before
"-ed" and "-ing" ("stag" -> "stagged", "rap" -> "rapping"), so an undoubled "staged" or
"staging" can only be the "-e" verb's; and "stages" is "stage" + "s", never "stag" + "es".
Every lexicon keyed by lemma (carrying verbs: "staged an attack", "waged war"; accusing
verbs: "was fined") then sees the verb the text wrote.

The same wrapper mends irregular forms the rule lemmatizer leaves as written: a compound
plural whose last part is irregular ("servicemen", "militiamen": "-men" is "-man"), and a
past form the tagger read as a present one ("retook" tagged VBP keeps "retook", since the
exception table is only consulted for a form not taken as a base); such a form is then
tagged as the past it is (VBD): a present form (VBP) is its own lemma, so one whose lemma
is another word is no present, and a past read as a present is a deed read as a habit.
The form's longest ending that the exception table lists gives the lemma of the whole when
that lemma, with the form's prefix, is a word of the lemmatizer's own index and the form
itself is none (so "found" and "wound", verbs in their own right, stay).

The mended forms are derived from the lemmatizer's own verb index, not listed by hand:
each "-e" verb whose stem without the "e" is such a one-syllable verb gets its three
inflected forms mapped to it. A stem with two vowels ("rout" / "route") does not double
either way and stays as the model reads it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

__all__ = ["compound_lemma", "mend_silent_e_verbs", "silent_e_forms"]

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
    indexes = lemmatizer.lookups.get_table("lemma_index", {})
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {})
    forms = silent_e_forms(set(indexes.get("verb", ())))
    cut = lemmatizer.lemmatize

    def lemmatize(token: Token) -> list[str]:
        lemmas: list[str] = cut(token)
        pos = _IRREGULAR_POS.get(token.tag_)
        if pos is not None and lemmas[:1] == [token.lower_]:
            whole = compound_lemma(token.lower_, exceptions.get(pos, {}), indexes.get(pos, ()),
                                   whole_form=token.tag_ != "NN")
            if whole is not None:
                if token.tag_ == "VBP":  # a present form is its own lemma: "retook" -> "retake"
                    token.tag_ = "VBD"  # is a past the tagger took for a present
                return [whole]
        mended = forms.get(token.lower_) if token.pos_ == "VERB" else None
        if mended is None or lemmas[:1] == [mended]:
            return lemmas
        return [mended, *(lemma for lemma in lemmas if lemma != mended)]

    lemmatizer.lemmatize = lemmatize


#: Tags whose form may be inflected (the tagger calls some plurals singular: "servicemen"
#: NN), and the exception table that lists their irregular forms.
_IRREGULAR_POS = {"NNS": "noun", "NN": "noun",
                  "VBD": "verb", "VBN": "verb", "VBP": "verb", "VBZ": "verb"}  # fmt: skip


def compound_lemma(form: str, exceptions: dict[str, list[str]],
                   index: Collection[str], whole_form: bool = True) -> str | None:
    """The lemma of ``form`` from its longest ending the ``exceptions`` (form -> lemmas)
    list ("servicemen" -> "serviceman", "retook" -> "retake"), when that lemma with the
    form's prefix is in ``index`` and ``form`` itself is not; else None. ``whole_form``
    False: only a true ending, not the whole form (a word tagged singular may be a
    singular the table happens to list: "per capita")."""
    if form in index or not form.isalpha():
        return None
    for cut in range(0 if whole_form else 1, len(form) - 2):
        lemmas = exceptions.get(form[cut:])
        if lemmas:
            whole = form[:cut] + lemmas[0]
            return whole if whole in index else None
    return None
