"""Which number runs are amounts, and how two runs join or restate each other.

Dates, clock times, list markers, ages and numbers inside names are not amounts;
"from 1.7 million" after "5.2 million tablets" borrows its unit. Read before the
unit and change rules.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from frontlines.model import Quantity
from frontlines.nlp.quantities.reader import NumberRun, read_number, written_fraction
from frontlines.vocab.numbers import FRACTIONS, SCALES, SMALL
from frontlines.vocab.units import UnitTable
from frontlines.vocab.words import word_list

__all__ = [
    "COMPARED",
    "NAME_ENTS",
    "counts_plural",
    "led_by_a_quantifier",
]

#: Entity types whose numbers are part of a name, not an amount.
NAME_ENTS = {
    "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON", "GPE", "LOC",
    "NORP", "LANGUAGE", "ORDINAL",
}  # fmt: skip


def _not_an_amount(doc: Doc, sent: Span, run: NumberRun, has_prefix: bool) -> bool:
    """List markers, clock times, ordinals and numbers inside names."""
    first = doc[run.start]
    before = doc[run.start - 1].lower_ if run.start > sent.start else ""
    after = doc[run.end].text if run.end < sent.end else ""
    if before in {"#", "no.", "number", "nos."} and not run.worded:
        return True
    if after == ":" and run.end + 1 < sent.end and doc[run.end + 1].like_num:
        return True  # 17:22
    scaled = after in {"M", "B", "bn", "mn"}  # "4.3 M refugees" is an amount whatever NER says
    written = written_fraction(first.text) is not None  # "½": no name, whatever NER says
    if first.ent_type_ in NAME_ENTS and not (has_prefix or run.glued_suffix or scaled or written):
        return first.lower_ not in {"a", "an"} and not led_by_a_quantifier(doc, run.start)
    return False


#: Lower-case words that may open a name ("the 9/11 Commission", "a 2012 Act").
_NAME_OPENERS = {"the", "a", "an"}


def led_by_a_quantifier(doc: Doc, start: int) -> bool:
    """'all 880 Soviets', 'some 40 Britons' taken for one entity: a name opens with a
    capital or an article, never with a lower-case quantifier, so the number in it is an
    amount the tagger swallowed, not part of a name."""
    k = start
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    opener = doc[k]
    return k < start and opener.is_lower and opener.is_alpha and opener.lower_ not in _NAME_OPENERS


#: Words between two amounts that make the second one the same kind of thing:
#: "5.2 million tablets, up from 1.7 million", "310 trucks compared with 48".
COMPARED = word_list("quantity", "compared")


def _compares(doc: Doc, previous_end: int, start: int) -> bool:
    """The words just before ``start`` compare it with an amount earlier in the sentence."""
    before = " ".join(t.lower_ for t in doc[max(previous_end, start - 2) : start])
    if previous_end == start - 1 and doc[previous_end].lower_ == "to":
        return True  # "gained 21.4 points to 3,208.55": the level is in the move's unit
    return previous_end <= start and before.endswith(COMPARED)


def _unit_of(previous: Quantity, bare: Quantity) -> Quantity:
    """A bare number compared with a counted amount counts the same thing
    (not a share: "rose 0.1% to 1,333" does not make 1,333 a percentage)."""
    if previous.unit in {"", "percent", "percentage_point", "fraction"}:
        return bare
    return replace(bare, unit=previous.unit, unit_name=previous.unit_name, concept=previous.concept)


def _restates(doc: Doc, previous_end: int, start: int) -> bool:
    between = "".join(t.text for t in doc[previous_end:start]).lower()
    return between in {"(", ",or", "or", "/", "(or", "-"}


def _gapped_by(doc: Doc, sent: Span, start: int, previous_end: int) -> bool:
    """'Acme fell 1.8%, Globex by 3.1%': a 'by' amount with no verb of
    its own, after a moved amount, is moved the same way (the verb is left out)."""
    k = start - 1
    while k > sent.start and doc[k].text in {"$", "€", "£"}:
        k -= 1
    if k <= previous_end or doc[k].lower_ != "by":
        return False
    between = doc[previous_end:k]
    return any(t.text in {",", ";"} for t in between) and not any(
        t.pos_ in {"VERB", "AUX"} for t in between
    )


def _million(doc: Doc, sent: Span, run: NumberRun, skip: int = 0) -> bool:
    """'2.7m sales', '4.3M', '35m of its devices' are millions; '100m sprint' metres."""
    text = doc[run.start].text
    if run.glued_suffix == "M" or "." in text:
        return True
    nxt = doc[run.end + skip] if run.end + skip < sent.end else None
    return nxt is not None and (nxt.lower_ == "of" or nxt.tag_ in {"NNS", "NNPS"})


def _spaced_multiplier(doc: Doc, sent: Span, end: int, has_prefix: bool) -> float:
    """A lone 'm'/'b' token after a currency amount ('USD10 m.') or a capital 'B'
    before a noun ('8 B people'): millions or billions. 0.0 when there is none."""
    if end >= sent.end:
        return 0.0
    word = doc[end].text.rstrip(".")
    nxt = doc[end + 1] if end + 1 < sent.end else None
    if has_prefix and word.lower() in {"m", "b"}:
        return 1e6 if word.lower() == "m" else 1e9
    if word == "B" and nxt is not None and nxt.pos_ in {"NOUN", "ADJ"}:
        return 1e9
    return 0.0


def _lone_one(doc: Doc, run: NumberRun) -> bool:
    """'one' as a pronoun ('the same one', 'one in order to') is no amount."""
    first = doc[run.start]
    if first.lower_ != "one" or run.end != run.start + 1:
        return False
    after = doc[run.end].lower_ if run.end < len(doc) else ""
    return first.dep_ != "nummod" and after != "of"


def _in_name(doc: Doc, sent: Span, run: NumberRun) -> bool:
    """'iPhone 11', 'S&P 500', 'A.D. 1000': a number right after a proper noun."""
    if run.worded or run.start == sent.start:
        return False
    before = doc[run.start - 1]
    return before.pos_ == "PROPN" and any(c.isupper() for c in before.text)


def _date_like(doc: Doc, run: NumberRun) -> bool:
    """Day numbers and years: inside a DATE/TIME entity, or a bare 4-digit year."""
    value = run.reading.value
    text = doc[run.start].text
    if run.worded and _spoken_year(doc, run):
        return True
    if value is None or run.end != run.start + 1:
        return False
    if text.isdigit() and len(text) > 1 and text.startswith("0"):
        return True  # "0401 GMT", "007"
    if _is_year(text):
        return True
    day_or_hour = value.is_integer() and 0 <= value <= 31
    return doc[run.start].ent_type_ in {"DATE", "TIME"} and (day_or_hour or "." in text)


def _spoken_year(doc: Doc, run: NumberRun) -> bool:
    """'nineteen ninety-seven', 'eighteen forty': a teen then a number of tens is a year
    read aloud (broadcast transcripts spell years), never one amount (no count is said
    that way), so it is no quantity."""
    words = [t.lower_ for t in doc[run.start : run.end] if t.lower_ not in {"-", "and"}]
    if len(words) < 2 or not 11 <= SMALL.get(words[0], 0) <= 19:
        return False
    return 20 <= SMALL.get(words[1], 0) <= 90  # "fifteen hundred troops" stays 1,500


def _range_partner(
    doc: Doc, sent: Span, j: int, lead: int, units: UnitTable, change: str | None
) -> NumberRun | None:
    """'10 to 20', '10-20', 'between $62 and $68', 'one to two years': the second
    number, when token ``j`` (just after the first) joins a range."""
    if j + 1 >= sent.end:
        return None
    joiner = doc[j].lower_
    before = doc[lead - 1].lower_ if lead > sent.start else ""
    if joiner == "to" and change in {"up", "down"}:
        return None  # "rose by 5 to 20": a change and a new level, not a range
    up_to = joiner == "up" and doc[j + 1].lower_ == "to" and before == "from"
    if joiner in {"-", "–", "to"} or (joiner == "and" and before == "between") or up_to:
        k = j + 2 if up_to else j + 1  # "from 20 acres up to 75 acres"
        if k >= sent.end:
            return None
        if units.match_before(doc[k].text) is not None and k + 1 < sent.end:
            k += 1
        partner = read_number(doc, k, sent.end)
        if partner is not None and _year_to_amount(doc, j - 1, partner):
            return None  # "in 2021 to 6.4 million": a year, then an amount
        return partner
    return None


def _year_to_amount(doc: Doc, first: int, partner: NumberRun) -> bool:
    value = partner.reading.value
    return _is_year(doc[first].text) and not (value is not None and 1800 <= value <= 2200)


def _is_year(text: str) -> bool:
    """'2017': four digits from 1800 to 2200, written without a comma."""
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2200


def _age_apposition(doc: Doc, sent: Span, run: NumberRun) -> bool:
    """'Maddon, 66, has ...', 'Ahmed Saleh, 34.': a person's age between commas."""
    if run.worded or run.start - 2 < sent.start or run.end >= sent.end:
        return False
    name, comma, after = doc[run.start - 2], doc[run.start - 1], doc[run.end]
    value = run.reading.value
    return (
        comma.text == "," and after.text in {",", "."} and name.pos_ == "PROPN"
        and (name.ent_type_ == "PERSON" or doc[run.start].dep_ == "appos")
        and value is not None and 0 < value < 120
    )  # fmt: skip


def _after_age_word(doc: Doc, sent: Span, run: NumberRun) -> bool:
    """'a man of age 87', 'aged 34', 'at age 5': the number right after the word is an age."""
    value = run.reading.value
    if run.start <= sent.start or value is None or not 0 < value < 130:
        return False
    return doc[run.start - 1].lower_ in {"age", "aged", "ages"}


def _is_fraction(doc: Doc, run: NumberRun) -> bool:
    """'a third', 'two-thirds', 'one fourth': a share of something, not a count ('half a
    million' is a count: a multiplier follows the fraction)."""
    words = [t.lower_ for t in doc[run.start : run.end]]
    return any(w in FRACTIONS for w in words) and not any(w in SCALES for w in words)


#: Plural nouns of time: "15 days" stays a duration or date, whatever follows.
_TIME_NOUNS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
               "century", "weekend"}


def counts_plural(doc: Doc, sent: Span, run: NumberRun) -> bool:
    """'Between 30 and 40 militants were killed': NER may read "30 and 40" as a date, but a
    number right before a plural noun (not one of time) counts that noun."""
    first = doc[run.start].text
    if run.end >= sent.end or (first.isdigit() and first.startswith("0")) or _is_year(first):
        return False  # "10, 000 monkeys": a split thousands group; "1988 sales": a year
    after = doc[run.end]
    return after.tag_ in {"NNS", "NNPS"} and after.lemma_.lower() not in _TIME_NOUNS
