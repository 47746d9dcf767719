"""A number that says who belongs to a set, not how many: "one of 14 soldiers killed",
"two detainees -- one Dutch, one Chilean", "one of the smallest in the country".

Why a module of its own: these are the claims layer's readings of "one of" and of a
member named out of a counted whole, read from the parse (a copula's attribute, an
apposition, "including"/"among" after a counted noun, a superlative after "of"); in each
the claim is the whole's count, and the member's number is ruled out (``senses.ruled_out``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["member_of_counted_set", "one_of_a_breakdown", "ranked_description", "whole_of_a_part"]


#: Quantifiers that stand for a counted set after "of" ("one of many").
_SET_QUANTIFIERS = {"many", "several", "few", "numerous", "dozens", "hundreds", "thousands"}


def member_of_counted_set(span: Span) -> bool:
    """'He was one of 14 soldiers killed', 'it is one of many attacks': a number after a
    copula that places someone in a set the sentence counts itself (its own number or a
    quantifier after 'of') says who belongs, not how many; the claim is the set's count.
    'One of the three hostages was killed' counts who was killed and stays a claim. The
    parser may hang 'one of 20' on the set's noun ('she was one of 9 nurses hurt': the
    noun is the attribute) or list several ('one of nine powers and one of five ...')."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "NUM":
        root = root.head
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (root.dep_ == "quantmod" and after is not None and after.lower_ == "of"
            and root.head.dep_ == "nummod" and root.head.head.dep_ == "attr"):  # fmt: skip
        return True
    set_off = span.text.lower() == "one" and (root.dep_ in {"appos", "npadvmod"}
                                              or _subject_of_a_bare_participle(span, root))
    # "The engineer, a former diver, was one of six crew members lost ...": a "one" right
    # after "be" is an attribute however the parser hung it (here as the subject of a
    # later verb); another number there may be an inverted subject ("Among the dead were
    # two of the 12 hostages": the two are counted)
    after_be = (span.text.lower() == "one" and span.start > 0
                and doc[span.start - 1].lemma_.lower() == "be")  # fmt: skip
    if root.dep_ != "attr" and not (set_off or after_be or _one_of_a_counted_list(span, root)):
        return False  # set off: "a medic, one of four soldiers lost"
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for whole in prep.children:
            if whole.dep_ != "pobj":
                continue
            if whole.like_num or whole.lower_ in _SET_QUANTIFIERS:
                return True
            if any(c.dep_ == "nummod" for c in whole.children):
                return True
    return False


def _subject_of_a_bare_participle(span: Span, root: Token) -> bool:
    """'He died in May, one of four soldiers killed in the blast': a "one" set off by a
    comma that the parser made the subject of the participle describing the set (no
    auxiliary: no clause of its own) is an apposition to the person before it. 'After
    the raid, one of the 12 hostages was killed' has its auxiliary and is a clause."""
    doc = span.doc
    verb = root.head
    return (span.start > 0 and doc[span.start - 1].text == ","
            and root.dep_ in {"nsubj", "nsubjpass"} and verb.tag_ == "VBN"
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))  # fmt: skip


def _one_of_a_counted_list(span: Span, root: Token) -> bool:
    """'... owns 40 tankers and is one of just three fleets with icebreakers': a lone "one" the
    parser took for a conjunct of some noun, not for the copula's attribute, still places
    its subject in a set; as the subject or object of a verb ("killed one of the two
    guards") it is a count of its own and stays."""
    return span.text.lower() == "one" and root.dep_ == "conj" and root.head.pos_ != "VERB"


def one_of_a_breakdown(span: Span) -> bool:
    """'three new detainees -- one Dutch, one Chilean -- who were held overnight', 'left 7
    dead, including one guard who was shot': a lone "one" in apposition to, or
    introduced by "including" / "among" after, a noun the sentence counts itself names
    who one member is; the claim is the whole's count ("two", "11")."""
    if span.text.lower() != "one" or span.root.dep_ != "nummod":
        return False
    noun = span.root.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in {"including", "among"} and any(
            c.dep_ == "nummod" for c in prep.head.children):  # fmt: skip
        return True  # "left 7 dead, including one guard who was shot"
    for _ in range(4):
        if noun.dep_ != "appos" or noun.head.i == noun.i:
            return False
        noun = noun.head
        if any(c.dep_ == "nummod" and c.i != span.root.i for c in noun.children):
            return True
    return False


def ranked_description(span: Span) -> bool:
    """'killed members of the Mandaean faith, one of the smallest in the country': a lone
    "one" set off after a noun and followed by "of" and a superlative ("the oldest", "its
    most exposed", "the largest towns") describes that noun by its rank; it counts nothing.
    'One of the youngest hostages was killed' is the clause's own subject, not set off,
    and stays a count."""
    doc = span.doc
    if span.text.lower() != "one" or span.end + 2 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    set_off = span.root.dep_ in {"appos", "npadvmod"} or (
        span.start > 0 and doc[span.start - 1].text == ",")  # fmt: skip
    if not set_off:
        return False
    words = doc[span.end + 1 : min(span.end + 4, len(doc))]
    if not words or words[0].dep_ not in {"det", "poss"} and words[0].tag_ != "PRP$":
        return False
    rank = words[1] if len(words) > 1 else None
    return rank is not None and (rank.tag_ in {"JJS", "RBS"}
                                 or rank.lower_ in {"most", "least"})  # fmt: skip


#: Words that pick only some of a counted whole ("none of the 30", "most of the 40"); "all"
#: and "each" pick every member, so what befell them befell the whole.
_SOME_OF = {"none", "some", "most", "many", "few", "several", "half", "neither"}


def whole_of_a_part(span: Span, verb: Token | None) -> bool:
    """'Two of the 30 soldiers were wounded', 'none of the 12 guards was killed', 'Of the
    30 soldiers, two were wounded': the whole a part is picked from ("the 30 soldiers") is
    not what the part's verb befell; only the part was wounded. The whole keeps what its
    own words say ("three of the 14 killings", "two of the 20 people killed in the raid":
    a participle on its noun)."""
    if verb is None or (verb.tag_ == "VBN" and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children)):  # fmt: skip
        return False  # a bare participle describes the whole ("one of four soldiers killed")
    if verb.lemma_.lower() == "be" and not any(c.lower_ == "among" for c in verb.children):
        # "12 of the 15 attackers were foreigners": nothing befell the part, unless the
        # copula puts it among the struck ("Among the wounded were three of the 9 ...")
        return False
    root = span.root
    noun = root.head if root.dep_ == "nummod" else root
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return False
    if of.head.i == verb.i and of.i < verb.i:  # fronted: "Of the 30 soldiers, two were ..."
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > of.i and _a_part(c, root)
                   for c in verb.children)  # fmt: skip
    part = of.head
    if not _a_part(part, root):
        return False
    token = part
    for _ in range(6):  # the part's own clause is the verb's: "were wounded" is the two's
        if token.i == verb.i:
            return True
        if token.head.i == token.i or token.dep_ == "appos":
            return False  # "Omar Said, one of two gunmen in the siege, sent ...": set off
        token = token.head
    return False


def _a_part(token: Token, whole: Token) -> bool:
    """A number other than the whole's own, or a word picking only some of it."""
    if token.i == whole.i:
        return False
    return token.like_num or token.pos_ == "NUM" or token.lower_ in _SOME_OF
