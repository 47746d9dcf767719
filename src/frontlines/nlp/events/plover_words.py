"""The words a linear type model reads in a sentence: lemmas, with names and numbers as
placeholders, as content-word unigrams and bigrams.

Shared by the PLOVER and ACLED type models (``plover``, ``acled_type``) and their training
code, so a sentence's features are worked out once per Doc (``memo.per_doc``) and training
and inference read the very same words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.events.memo import per_doc

__all__ = ["NAME_LABELS", "feature_word", "word_features"]

#: Entity labels whose words name someone or something, not what happened: a
#: synthetic story's invented names must not become evidence for a type.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL",
                    "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "WORK_OF_ART", "PRODUCT",
                    "EVENT", "LAW", "LANGUAGE"})  # fmt: skip


def feature_word(token: Token, names: frozenset[str] = NAME_LABELS) -> str:
    """The token as a feature word: its lemma, or a placeholder for a name or number
    (``names``: the entity labels read as names)."""
    if token.ent_type_ in names or token.pos_ == "PROPN":
        return "<name>"
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def word_features(
    span: Span | Doc, names: frozenset[str] = NAME_LABELS
) -> tuple[list[Token], list[str], set[str]]:
    """The words of ``span`` (no punctuation), their feature words, and the features both
    linear type models read from them: a bias, content-word unigrams and all bigrams
    (two names in a row are no bigram). A sentence's are worked out once while the
    event coder reads its Doc (the ACLED model reads each reading's sentence, the PLOVER
    models each kept event's, some twice): the caller gets its own lists and set."""
    if not isinstance(span, Span):
        return _word_features(span, names)
    words, lemmas, features = _sentence_word_features(span, names)
    return list(words), list(lemmas), set(features)


@per_doc(lambda span, names: (span.start, span.end, names))
def _sentence_word_features(
    span: Span, names: frozenset[str]
) -> tuple[list[Token], list[str], set[str]]:
    """``_word_features`` of a span, kept per Doc (``word_features``)."""
    return _word_features(span, names)


def _word_features(
    span: Span | Doc, names: frozenset[str]
) -> tuple[list[Token], list[str], set[str]]:
    """What ``word_features`` gives, worked out."""
    words = [t for t in span if not (t.is_punct or t.is_space or t.is_quote)]
    lemmas = [feature_word(t, names) for t in words]
    features = {"bias"}
    for token, lemma in zip(words, lemmas, strict=True):
        if not token.is_stop and lemma not in {"<name>", "<num>"} and token.is_alpha:
            features.add(f"w:{lemma}")
    for first, second in zip(lemmas, lemmas[1:], strict=False):
        if not (first == second == "<name>"):
            features.add(f"b:{first} {second}")
    return words, lemmas, features
