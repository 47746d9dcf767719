"""``frontlines_quantities``: numbers with unit, bounds, change and concept.

Rules on top of the parse, in the order a reader applies them: find a number
phrase, join ranges ("between 10 and 20", "one to two years"), attach the
unit (currency sign before, unit word after, else the counted noun), read
the approximator or direction before it ("less than", "as many as", "rose"),
and find what it measures. Dates, clock times, ordinals and numbers inside
names ("iPhone 11") are not quantities.

Sets: ``Doc._.quantities`` (a list of ``frontlines.model.Quantity``,
sentence index filled in later by the record builder).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.model import Extractor, Quantity, TextSpan
from frontlines.nlp.extensions import declare
from frontlines.nlp.quantities.reader import NumberRun, read_number, scale_words
from frontlines.vocab.numbers import FRACTIONS, Reading
from frontlines.vocab.units import Unit, UnitTable, default_units
from frontlines.vocab.words import word_groups, word_list, words

VERSION = "0.1.0"

#: Entity types whose numbers are part of a name, not an amount.
NAME_ENTS = {
    "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON", "GPE", "LOC",
    "NORP", "LANGUAGE", "ORDINAL",
}  # fmt: skip
#: Phrases right before a number and the change symbol they give it.
CHANGE_PHRASES = word_groups("quantity", "change_phrases")
_PHRASES_LONGEST_FIRST = sorted(CHANGE_PHRASES, key=lambda p: -len(p.split()))
UP_LEMMAS = words("quantity", "up_lemmas")
DOWN_LEMMAS = words("quantity", "down_lemmas")
DURATION_UNITS = words("quantity", "duration_units")
PER_WORDS = words("quantity", "per_words")


class QuantityRecognizer:
    """Extract every quantity in a Doc, sentence by sentence."""

    name = "frontlines_quantities"
    version = VERSION

    def __init__(self, units: UnitTable | None = None) -> None:
        self.units = units or default_units()
        self.extractor = Extractor(self.name, self.version)
        declare("quantities")

    def __call__(self, doc: Doc) -> Doc:
        found: list[Quantity] = []
        for sent in doc.sents:
            found.extend(self.in_sentence(doc, sent))
        doc._.quantities = found
        return doc

    def in_sentence(self, doc: Doc, sent: Span) -> list[Quantity]:
        out: list[Quantity] = []
        previous_end = -1
        i = sent.start
        while i < sent.end:
            run = read_number(doc, i, sent.end)
            if run is None:
                i += 1
                continue
            quantity, resume = self._build(doc, sent, run)
            if quantity is not None:
                # "more than 100 km (60 miles)", "up 190 points, or 0.6%": a
                # restatement shares the bound or direction of what it restates.
                if out and quantity.change == "=" and _restates(doc, previous_end, run.start):
                    quantity = _with_change(quantity, out[-1].change)
                if out and not quantity.unit and _compares(doc, previous_end, run.start):
                    quantity = _unit_of(out[-1], quantity)
                out.append(quantity)
                previous_end = resume
            i = max(resume, i + 1)
        return out

    # -- one quantity ------------------------------------------------------

    def _build(self, doc: Doc, sent: Span, run: NumberRun) -> tuple[Quantity | None, int]:
        prefix = self._currency_before(doc, sent, run.start)
        if prefix is None and run.glued_prefix:
            before = doc.text[sent.start_char : doc[run.start].idx] + run.glued_prefix
            glued = self.units.match_before(before)  # "HK" + "$216,925"
            prefix = (glued[0], run.start) if glued else None
        lead = prefix[1] if prefix else run.start
        if _not_an_amount(doc, sent, run, prefix is not None):
            return None, run.end
        change_start, change = _change_before(doc, sent, lead)
        if run.tilde:
            change = "~"
        elif run.below:
            change = "<"
        reading = run.reading
        last_run = run
        partner = _range_partner(doc, sent, run.end, lead, self.units, change)
        if partner is None and _lone_one(doc, run):
            return None, run.end
        unit, unit_end, scale = self._unit_after(doc, sent, partner or run, prefix)
        if partner is None and unit is not None:
            # "from 1 per cent to 1.5 per cent", "between 5% and 6%"
            partner = _range_partner(doc, sent, unit_end, lead, self.units, change)
            if partner is not None:
                again, again_end, _ = self._unit_after(doc, sent, partner, prefix)
                if again is not None and again.code != unit.code:
                    partner = None
                else:
                    unit_end = max(again_end, partner.end)
        if partner is not None:
            lo, hi = _value(reading), _value(partner.reading)
            if lo is None or hi is None:
                return None, partner.end
            lo *= scale
            hi *= scale
            partner_scale = scale_words(doc, partner)
            if partner_scale > 1 and scale_words(doc, run) == 1 and lo * partner_scale <= hi:
                lo *= partner_scale  # "$10 to $15 billion"
            if hi == lo:
                return None, partner.end
            # Bounds are stored low-high; "from 4.8 to 4.7" is still one range.
            reading, scale = Reading(None, min(lo, hi), max(lo, hi)), 1.0
            last_run = partner
        elif unit is None and unit_end == run.end:  # not after "4.3 M" (millions)
            unit, unit_end, scale = self._borrowed_unit(doc, sent, run)
        if scale != 1.0:
            reading = _scaled(reading, scale)
        no_unit = unit is None and prefix is None
        if no_unit and (_in_name(doc, sent, run) or _date_like(doc, run)):
            return None, unit_end
        code, name, concept = self._describe(doc, sent, last_run, unit, unit_end)
        first_char = doc[min(change_start, lead)].idx
        if (
            concept is not None
            and concept.start < doc[unit_end - 1].idx + 1
            and (concept.end > first_char)
        ):
            concept = None  # "99.5 percent was captured": the subject is the number itself
        last = doc[unit_end - 1]
        last_char = last.idx + len(last.text)
        quantity = Quantity(
            start=first_char,
            end=last_char,
            text=doc.text[first_char:last_char],
            value=reading.value,
            lower=reading.lower,
            upper=reading.upper,
            unit=code,
            unit_name=name,
            change="=",
            concept=concept,
            extractor=self.extractor,
        )
        return _with_change(quantity, change or "="), unit_end

    def _currency_before(self, doc: Doc, sent: Span, start: int) -> tuple[Unit, int] | None:
        """A currency sign or code right before the number, and its first token."""
        lo = sent.start_char
        text = doc.text[lo : doc[start].idx].rstrip()
        match = self.units.match_before(text)
        if match is None:
            return None
        unit, length = match
        char = lo + len(text) - length
        for k in range(start - 1, sent.start - 1, -1):
            if doc[k].idx <= char:
                return (unit, k) if doc[k].idx == char else None
        return None

    def _borrowed_unit(
        self, doc: Doc, sent: Span, run: NumberRun
    ) -> tuple[Unit | None, int, float]:
        """'eight or nine euros': the first number takes the second one's unit."""
        k = run.end
        if k + 1 < sent.end and doc[k].lower_ == "or":
            sign = self._currency_before(doc, sent, k + 2) if k + 2 < sent.end else None
            if sign is not None and sign[1] == k + 1:
                return sign[0], run.end, 1.0
            other = read_number(doc, k + 1, sent.end)
            if other is not None:
                unit, _, scale = self._unit_after(doc, sent, other, None)
                if unit is not None:
                    return unit, run.end, scale
        return None, run.end, 1.0

    def _unit_after(
        self, doc: Doc, sent: Span, run: NumberRun, prefix: tuple[Unit, int] | None
    ) -> tuple[Unit | None, int, float]:
        """The unit after the number, where it ends, and any multiplier in it."""
        scale = 1.0
        end = run.end
        if run.glued_suffix:
            suffix = run.glued_suffix.lower()
            if suffix in {"m", "b"} and (prefix is not None or _million(doc, sent, run)):
                multiplier = 1e6 if suffix == "m" else 1e9
                return (prefix[0] if prefix else None), end, multiplier
            match = self.units.match_after(run.glued_suffix)
            if match is not None and match[1] == len(suffix):
                return self._per(doc, sent, match[0], end), end, scale
            return (prefix[0] if prefix else None), end, scale
        multiplier = _spaced_multiplier(doc, sent, end, prefix is not None)
        if multiplier:  # "USD10 m.", "8 B people"
            unit = prefix[0] if prefix else None
            return (self._per(doc, sent, unit, end + 1) if unit else None), end + 1, multiplier
        if prefix is not None:
            return self._per(doc, sent, prefix[0], end), end, scale
        tail_start = doc[end - 1].idx + len(doc[end - 1].text)
        tail = doc.text[tail_start : sent.end_char]
        stripped = tail.lstrip(" -–")
        if len(tail) - len(stripped) > 2:
            return None, end, scale
        match = self.units.match_after(stripped)
        if match is None:
            return None, end, scale
        unit, length = match
        if unit.code == "m" and length == 1 and (prefix is not None or _million(doc, sent, run, 1)):
            return None, end + 1, 1e6  # "USD10 m", "2.7 m sales": millions, not metres
        unit_char_end = tail_start + (len(tail) - len(stripped)) + length
        k = end
        while k < sent.end and doc[k].idx + len(doc[k].text) < unit_char_end:
            k += 1
        if k >= sent.end:
            return None, end, scale
        overhang = doc.text[unit_char_end : doc[k].idx + len(doc[k].text)]
        if overhang.strip("-–.,;:)=") != "":  # the unit must end where a token ends ("JPY=")
            return None, end, scale
        return self._per(doc, sent, unit, k + 1), k + 1, scale

    def _per(self, doc: Doc, sent: Span, unit: Unit, end: int) -> Unit:
        """'$58 per barrel' -> dollar per barrel (a rate, its own unit)."""
        k = end + 1 if end < sent.end and doc[end].text in {"-", "–"} else end
        target = _per_target(doc, sent, k)
        if (
            target is not None
            and target.pos_ == "NOUN"
            and (unit.kind == "currency" or target.lemma_.lower() in DURATION_UNITS)
        ):
            per = target.lemma_.lower()
            return Unit(f"{unit.code}/{per}", f"{unit.name} per {per}", unit.kind)
        return unit

    def _describe(
        self, doc: Doc, sent: Span, run: NumberRun, unit: Unit | None, unit_end: int
    ) -> tuple[str, str, TextSpan | None]:
        """Unit code, unit name, and the concept the quantity measures."""
        if unit is not None:
            if unit.code == "year" and _followed_by_old(doc, unit_end, sent.end):
                return "age_year", "year of age", _subject_of(doc, run)
            return unit.code, unit.name, _of_phrase(doc, sent, unit_end) or _subject_of(doc, run)
        if _age_apposition(doc, sent, run):
            return "age_year", "year of age", None
        counted = _counted_noun(doc, sent, run, unit_end)
        if _is_fraction(doc, run):  # "a third of the land": a share, kept as 0.33
            words = _name_words(counted or [])
            concept = _span(counted) if counted else _subject_of(doc, run)
            return "fraction", " ".join(["%", *(words or ["-"])]), concept
        if counted is not None:
            head = counted[-1]
            as_unit = self.units.match_after(head.text)
            if as_unit is not None and as_unit[1] == len(head.text):  # "517 rushing yards"
                return as_unit[0].code, as_unit[0].name, _span(counted)
            name = " ".join(_name_words(counted))
            rate = _per_duration(doc, sent, counted[-1].i + 1)
            if rate:  # "3,000 tests per day", "2,000 people a day"
                return f"count/{rate}", f"{name} per {rate}", _span(counted)
            return "count", name, _span(counted)
        return "", "-", _subject_of(doc, run)


# -- helpers ---------------------------------------------------------------


def _value(reading: Reading) -> float | None:
    return reading.value if reading.value is not None else reading.lower


def _scaled(reading: Reading, scale: float) -> Reading:
    def times(x: float | None) -> float | None:
        return None if x is None else x * scale

    return Reading(times(reading.value), times(reading.lower), times(reading.upper))


def _with_change(q: Quantity, change: str) -> Quantity:
    """Set the change symbol and the bound it implies ('<' caps, '>' floors)."""
    lower, upper = q.lower, q.upper
    if change == "<" and q.value is not None:
        upper = q.value
    elif change == ">" and q.value is not None:
        lower = q.value
    return replace(q, change=change, lower=lower, upper=upper)


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
    if first.ent_type_ in NAME_ENTS and not (has_prefix or run.glued_suffix or scaled):
        return first.lower_ not in {"a", "an"}
    return False


#: Words between two amounts that make the second one the same kind of thing:
#: "3.9 million headsets, up from 2.4 million", "460 vehicles compared with 63".
COMPARED = word_list("quantity", "compared")


def _compares(doc: Doc, previous_end: int, start: int) -> bool:
    """The words just before ``start`` compare it with an amount earlier in the sentence."""
    before = " ".join(t.lower_ for t in doc[max(previous_end, start - 2) : start])
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
    if value is None or run.end != run.start + 1:
        return False
    if text.isdigit() and len(text) > 1 and text.startswith("0"):
        return True  # "0401 GMT", "007"
    if _is_year(text):
        return True
    day_or_hour = value.is_integer() and 0 <= value <= 31
    return doc[run.start].ent_type_ in {"DATE", "TIME"} and (day_or_hour or "." in text)


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
        k = j + 2 if up_to else j + 1  # "from 450 sq ft up to 900 sq ft"
        if k >= sent.end:
            return None
        if units.match_before(doc[k].text) is not None and k + 1 < sent.end:
            k += 1
        partner = read_number(doc, k, sent.end)
        if partner is not None and _year_to_amount(doc, j - 1, partner):
            return None  # "in 2018 to 3.9 million": a year, then an amount
        return partner
    return None


def _year_to_amount(doc: Doc, first: int, partner: NumberRun) -> bool:
    value = partner.reading.value
    return _is_year(doc[first].text) and not (value is not None and 1800 <= value <= 2200)


def _is_year(text: str) -> bool:
    """'2017': four digits from 1800 to 2200, written without a comma."""
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2200


def _change_before(doc: Doc, sent: Span, start: int) -> tuple[int, str | None]:
    words = [t.lower_ for t in doc[sent.start : start]]
    for phrase in _PHRASES_LONGEST_FIRST:
        parts = phrase.split()
        if len(parts) <= len(words) and words[len(words) - len(parts) :] == parts:
            return start - len(parts), CHANGE_PHRASES[phrase]
    k = start - 1
    if k >= sent.start and doc[k].lower_ == "by":
        verb = doc[k].head  # "grow sales by 35 per cent"
        for lemmas, direction in ((UP_LEMMAS, "up"), (DOWN_LEMMAS, "down")):
            if verb.lemma_.lower() in lemmas and sent.start <= verb.i < k:
                return start, direction
        k -= 1
    if k >= sent.start and doc[k].dep_ != "prt":  # not "gave up 517 yards"
        lemma = doc[k].lemma_.lower()
        if lemma in UP_LEMMAS or doc[k].lower_ in UP_LEMMAS:
            return start, "up"
        if lemma in DOWN_LEMMAS or doc[k].lower_ in DOWN_LEMMAS:
            return start, "down"
    return start, None


def _followed_by_old(doc: Doc, end: int, limit: int) -> bool:
    k = end
    if k < limit and doc[k].text in {"-", "–"}:
        k += 1
    return k < limit and doc[k].lower_ == "old"


def _counted_noun(doc: Doc, sent: Span, run: NumberRun, end: int) -> list[Token] | None:
    """The noun a bare number counts: '15,000 fighters', 'millions of Americans'."""
    k = end
    if k < sent.end and doc[k].lower_ == "of":
        k += 1
        while k < sent.end and doc[k].pos_ in {"DET", "PRON"} and doc[k].dep_ != "pobj":
            k += 1
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
    if not found or found[0].lower_ in WHEN_WORDS:  # "2,500 last year"
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


def _is_fraction(doc: Doc, run: NumberRun) -> bool:
    """'a third', 'two-thirds', 'one fourth': a share of something, not a count."""
    return any(t.lower_ in FRACTIONS for t in doc[run.start : run.end])


def _lemma(token: Token) -> str:
    """Base form of common words ('fighters' -> 'fighter'); names and 'people' as written."""
    if token.lower_ == "people" or token.pos_ == "PROPN":
        return token.text
    if token.pos_ == "ADJ" and token.text[:1].isupper() and not token.is_sent_start:
        return token.text  # "Kurdish families"
    return token.lemma_.lower()


def _of_phrase(doc: Doc, sent: Span, end: int) -> TextSpan | None:
    """'65 percent of its territory' -> 'its territory'."""
    if end < sent.end and doc[end].lower_ == "of":
        k = end + 1
        tokens = _noun_run(
            doc, k + (1 if k < sent.end and doc[k].pos_ in {"DET", "PRON"} else 0), sent.end
        )
        if tokens:
            first = k if doc[k].pos_ in {"DET", "PRON"} else tokens[0].i
            return _span(list(doc[first : tokens[-1].i + 1]))
    return None


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
        if token.head is token:
            return None
        token = token.head
    return None


def _span(tokens: list[Token]) -> TextSpan:
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return TextSpan(start, end, first.doc.text[start:end])


@Language.factory("frontlines_quantities")
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer()
