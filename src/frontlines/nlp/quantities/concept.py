"""What a quantity counts or measures: the counted noun, its of-phrase, its subject.

Read last, once the amount, its unit and its change are known ("15,000 fighters",
"65 % of its territory", "2,500 last year" counts nothing).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import TextSpan
from frontlines.nlp.extensions import doc_text
from frontlines.nlp.quantities.reader import NumberRun
from frontlines.vocab.words import words

__all__ = [
    "DURATION_UNITS",
    "NAME_POS",
    "PER_WORDS",
    "WHEN_WORDS",
]

DURATION_UNITS = words("quantity", "duration_units")


PER_WORDS = words("quantity", "per_words")


def _followed_by_old(doc: Doc, end: int, limit: int) -> bool:
    """'three weeks old', '28-year-old', '6 weeks of age': the time unit is an age."""
    k = end
    if k < limit and doc[k].text in {"-", "–"}:
        k += 1
    if k + 1 < limit and doc[k].lower_ == "of" and doc[k + 1].lower_ == "age":
        return True
    return k < limit and doc[k].lower_ == "old"


def _counted_noun(doc: Doc, sent: Span, run: NumberRun, end: int) -> list[Token] | None:
    """The noun a bare number counts: '15,000 fighters', 'millions of Americans'."""
    k = end
    if k < sent.end and doc[k].lower_ == "of":
        k += 1
        while k < sent.end and doc[k].pos_ in {"DET", "PRON"} and doc[k].dep_ != "pobj":
            k += 1
        if (k > end + 1 and k + 1 < sent.end and doc[k].like_num and doc[k].dep_ == "nummod"
                and doc[end - 1].tag_ == "CD"):  # fmt: skip
            k += 1  # "15 of the 19 hijackers": a part counted of a group (a share, "a third
            # of the 9,000 families", stays a share of the whole)
        tokens = _noun_run(doc, k, sent.end)
        return tokens or None
    last = doc[end - 1]
    if last.dep_ in {"nummod", "quantmod", "compound"} and last.head.i >= end:
        head = last.head
        while head.dep_ == "compound" and _compound_to(doc, head):  # "11 member trade agreement"
            head = head.head
        when = any(t.lower_ in WHEN_WORDS for t in doc[end : head.i])
        if head.pos_ in {"NOUN", "PROPN"} and head.i < sent.end and head.i - end <= 4 and not when:
            return _with_of_noun(doc, sent, list(doc[end : head.i + 1]))
    found = _noun_run(doc, k, sent.end)
    if not found or any(t.lower_ in WHEN_WORDS for t in found):
        # "2,500 last year"; "left seven dead last week": the adjective run would
        # otherwise reach the time noun and make the week the number's unit
        return None
    return _with_of_noun(doc, sent, found)


WHEN_WORDS = words("quantity", "when_words")


def _compound_to(doc: Doc, token: Token) -> bool:
    """The compound's head follows it with only nouns between ("member trade agreement")."""
    head = token.head
    between = doc[token.i + 1 : head.i]
    return head.i > token.i and all(t.pos_ in {"NOUN", "PROPN"} for t in between)


def _with_of_noun(doc: Doc, sent: Span, tokens: list[Token]) -> list[Token]:
    """'5,700 categories of products', '65 snaps of man coverage': a bare 'of' noun
    is part of what is counted ('15 members of the group' keeps 'members')."""
    k = tokens[-1].i + 1
    if k + 1 < sent.end and doc[k].lower_ == "of" and doc[k + 1].pos_ == "NOUN":
        more = _noun_run(doc, k + 1, sent.end)
        if more and all(t.pos_ != "PROPN" for t in more):
            return [*tokens, doc[k], *more]
    return tokens


def _noun_run(doc: Doc, k: int, limit: int) -> list[Token]:
    """Adjectives/compounds up to and including the first noun head."""
    tokens: list[Token] = []
    while k < limit and len(tokens) < 5:
        tok = doc[k]
        if tok.tag_ == "POS" and tokens:  # "two of Johnson's deputies"
            k += 1
            continue
        if tok.pos_ in {"NOUN", "PROPN"}:
            tokens.append(tok)
            nxt = doc[k + 1] if k + 1 < limit else None
            if nxt is None or not (
                (nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ == "compound")
                or tok.dep_ == "compound"
                or nxt.tag_ == "POS"
            ):
                return tokens
        elif tok.pos_ in {"ADJ"} or (tok.pos_ == "VERB" and tok.tag_ == "VBN"):
            tokens.append(tok)
        elif tok.pos_ == "CCONJ" and tokens and tokens[-1].pos_ == "ADJ":
            tokens.append(tok)  # "digital and physical sales"
        else:
            break
        k += 1
    return tokens if tokens and tokens[-1].pos_ in {"NOUN", "PROPN"} else []


#: Words that go into a counted noun's name ("Kia and Hyundai vehicles" -> "Kia Hyundai vehicle").
NAME_POS = {"NOUN", "PROPN", "ADJ", "NUM"}


def _per_target(doc: Doc, sent: Span, k: int) -> Token | None:
    """The word after 'per' / 'a' / 'each' at token ``k`` ('per barrel', 'a-day'), unless
    it dates something ('a day earlier')."""
    if k >= sent.end or doc[k].lower_ not in PER_WORDS:
        return None
    t = k + 2 if k + 2 < sent.end and doc[k + 1].text == "-" else k + 1  # "barrel-a-day"
    if t >= sent.end:
        return None
    after = doc[t + 1].lower_ if t + 1 < sent.end else ""
    return None if after in {"earlier", "ago", "later", "before"} else doc[t]


def _per_duration(doc: Doc, sent: Span, k: int) -> str:
    """'per day' / 'a week' / 'each month' at token ``k``: the duration, else ''."""
    target = _per_target(doc, sent, k)
    lemma = target.lemma_.lower() if target is not None else ""
    return lemma if lemma in DURATION_UNITS else ""


def _name_words(tokens: list[Token]) -> list[str]:
    return [_lemma(t) for t in tokens if t.pos_ in NAME_POS]


def _lemma(token: Token) -> str:
    """Base form of common words ('fighters' -> 'fighter'); names and 'people' as written."""
    if token.lower_ == "people" or token.pos_ == "PROPN":
        return token.text
    if token.pos_ == "ADJ" and token.text[:1].isupper() and not token.is_sent_start:
        return token.text  # "Kurdish families"
    return token.lemma_.lower()


def _of_phrase(doc: Doc, sent: Span, end: int) -> TextSpan | None:
    """'65 percent of its territory' -> 'its territory'; '600 pounds (270 kilograms) of
    flour' -> 'flour' (an aside restating the amount stands between it and what it weighs;
    the restatement, inside the brackets, takes no of-phrase: one amount, one claim)."""
    end = _past_aside(doc, sent, end)
    if end < sent.end and doc[end].lower_ == "of":
        k = end + 1
        tokens = _noun_run(
            doc, k + (1 if k < sent.end and doc[k].pos_ in {"DET", "PRON"} else 0), sent.end
        )
        if tokens:
            first = k if doc[k].pos_ in {"DET", "PRON"} else tokens[0].i
            return _span(list(doc[first : tokens[-1].i + 1]))
    return None


#: The most tokens a bracketed aside after an amount may hold ("(270 kilograms)").
_ASIDE = 5


def _past_aside(doc: Doc, sent: Span, end: int) -> int:
    """The token after a short bracketed aside opening at ``end`` holding a number, else
    ``end``."""
    if end >= sent.end or doc[end].text != "(":
        return end
    for k in range(end + 1, min(end + _ASIDE + 2, sent.end)):
        if doc[k].text == ")":
            inside = doc[end + 1 : k]
            return k + 1 if any(t.like_num for t in inside) else end
    return end


def _subject_of(doc: Doc, run: NumberRun) -> TextSpan | None:
    """The subject of the clause the number sits in ('the driving range')."""
    token = doc[run.end - 1]
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT":
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"}:
                    left = min(t.i for t in child.subtree if t.dep_ not in {"relcl", "acl"})
                    tokens = [t for t in doc[left : child.i + 1]]
                    return _span(tokens)
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _span(tokens: list[Token]) -> TextSpan:
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return TextSpan(start, end, doc_text(first.doc)[start:end])
