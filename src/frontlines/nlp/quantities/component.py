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

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlines.model import Extractor, Quantity, TextSpan
from frontlines.nlp.extensions import declare, doc_text
from frontlines.nlp.quantities.change import _change_before, _scaled, _value, _with_change
from frontlines.nlp.quantities.concept import (
    DURATION_UNITS,
    _counted_noun,
    _followed_by_old,
    _name_words,
    _of_phrase,
    _per_duration,
    _per_target,
    _span,
    _subject_of,
)
from frontlines.nlp.quantities.reader import (
    NumberRun,
    could_start_number,
    read_number,
    scale_words,
)
from frontlines.nlp.quantities.senses import UnitSenses, context_words, default_senses
from frontlines.nlp.quantities.spans import (
    _after_age_word,
    _age_apposition,
    _compares,
    _date_like,
    _gapped_by,
    _in_name,
    _is_fraction,
    _lone_one,
    _million,
    _not_an_amount,
    _range_partner,
    _restates,
    _spaced_multiplier,
    _unit_of,
    counts_plural,
)
from frontlines.vocab.numbers import Reading
from frontlines.vocab.units import Unit, UnitTable, default_units

__all__ = [
    "QuantityRecognizer",
    "VERSION",
    "make_quantity_recognizer",
]

VERSION = "0.3.0"


class QuantityRecognizer:
    """Extract every quantity in a Doc, sentence by sentence."""

    name = "frontlines_quantities"
    version = VERSION

    def __init__(self, units: UnitTable | None = None, senses: UnitSenses | None = None) -> None:
        self.units = units or default_units()
        self.senses = senses or default_senses()
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
        # Which words could start a number, read in one pass over the sentence.
        starts = [could_start_number(t.text, t.lower_) for t in sent]
        while i < sent.end:
            run = read_number(doc, i, sent.end) if starts[i - sent.start] else None
            if run is None:
                i += 1
                continue
            quantity, resume = self._build(doc, sent, run)
            if quantity is not None:
                # "more than 100 km (60 miles)", "up 190 points, or 0.6%": a
                # restatement shares the bound or direction of what it restates.
                if out and quantity.change == "=" and _restates(doc, previous_end, run.start):
                    quantity = _with_change(quantity, out[-1].change)
                elif (
                    out and quantity.change == "=" and out[-1].change in {"up", "down"}
                    and _gapped_by(doc, sent, run.start, previous_end)
                ):  # fmt: skip
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
            before = doc_text(doc)[sent.start_char : doc[run.start].idx] + run.glued_prefix
            glued = self.units.match_before(before)  # "HK" + "$216,925"
            prefix = (glued[0], run.start) if glued else None
        if prefix is not None:
            sign = doc[prefix[1]].text  # "¥": yen or yuan, by the sentence
            prefix = (self._sense(doc, sent, prefix[0], sign) or prefix[0], prefix[1])
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
            # "from 2 per cent to 2.5 per cent", "between 5% and 6%"
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
            # Bounds are stored low-high; "from 6.3 to 6.2" is still one range.
            reading, scale = Reading(None, min(lo, hi), max(lo, hi)), 1.0
            last_run = partner
        elif unit is None and unit_end == run.end:  # not after "4.3 M" (millions)
            unit, unit_end, scale = self._borrowed_unit(doc, sent, run)
        if scale != 1.0:
            reading = _scaled(reading, scale)
        no_unit = unit is None and prefix is None
        dated = _date_like(doc, run) and not counts_plural(doc, sent, last_run)
        if no_unit and (_in_name(doc, sent, run) or dated):
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
            text=doc_text(doc)[first_char:last_char],
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
        text = doc_text(doc)[lo : doc[start].idx].rstrip()
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
                sensed = self._sense(doc, sent, match[0], run.glued_suffix) or match[0]
                return self._per(doc, sent, sensed, end), end, scale
            alone = None if prefix else self._sense(doc, sent, None, run.glued_suffix)
            return (prefix[0] if prefix else alone), end, scale
        multiplier = _spaced_multiplier(doc, sent, end, prefix is not None)
        if multiplier:  # "USD10 m.", "8 B people"
            unit = prefix[0] if prefix else None
            return (self._per(doc, sent, unit, end + 1) if unit else None), end + 1, multiplier
        if prefix is not None:
            return self._per(doc, sent, prefix[0], end), end, scale
        tail_start = doc[end - 1].idx + len(doc[end - 1].text)
        tail = doc_text(doc)[tail_start : sent.end_char]
        stripped = tail.lstrip(" -–")
        if len(tail) - len(stripped) > 2:
            return None, end, scale
        match = self.units.match_after(stripped)
        if match is None:
            alone = self._sense_alone(doc, sent, end, len(tail) - len(stripped))
            return alone, (end if alone is None else end + 1), scale
        unit, length = match
        unit = self._sense(doc, sent, unit, stripped[:length]) or unit
        if unit.code == "m" and length == 1 and (prefix is not None or _million(doc, sent, run, 1)):
            return None, end + 1, 1e6  # "USD10 m", "2.7 m sales": millions, not metres
        unit_char_end = tail_start + (len(tail) - len(stripped)) + length
        k = end
        while k < sent.end and doc[k].idx + len(doc[k].text) < unit_char_end:
            k += 1
        if k >= sent.end:
            return None, end, scale
        overhang = doc_text(doc)[unit_char_end : doc[k].idx + len(doc[k].text)]
        if overhang.strip("-–.,;:)=") != "":  # the unit must end where a token ends ("JPY=")
            return None, end, scale
        return self._per(doc, sent, unit, k + 1), k + 1, scale

    def _sense(self, doc: Doc, sent: Span, unit: Unit | None, surface: str) -> Unit | None:
        """The unit an ambiguous ``surface`` means in this sentence ("1.5 F of charge":
        farad); ``unit`` (the table's reading) when it is not ambiguous or nothing tells.
        With no table reading, only a choice the sentence gives evidence for counts."""
        choice = self.senses.choose(surface, context_words(doc, sent))
        if choice is None:
            return unit
        name, evidence = choice
        if unit is None and not evidence and self.senses.surfaces[surface].alone:
            return None
        return self.units.named(name) or unit

    def _sense_alone(self, doc: Doc, sent: Span, end: int, gap: int) -> Unit | None:
        """A symbol that is a unit only when ambiguous ("5 P", "10′", "553.5 ¥") right after
        the number, with no noun or number after it ("Plan B people" is no unit)."""
        if end >= sent.end or gap > 1:
            return None
        token = doc[end]
        nxt = doc[end + 1] if end + 1 < sent.end else None
        surface = token.text  # "0.1 b." at the end: the sentence's stop is no part of it
        if surface.endswith(".") and end + 1 == sent.end:
            surface = surface[:-1]
        if surface not in self.senses.surfaces:
            return None
        if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "NUM"} or nxt.like_num):
            return None
        return self._sense(doc, sent, None, surface)

    def _per(self, doc: Doc, sent: Span, unit: Unit, end: int) -> Unit:
        """'$58 per barrel' -> dollar per barrel (a rate, its own unit)."""
        k = end + 1 if end < sent.end and doc[end].text in {"-", "–"} else end
        target = _per_target(doc, sent, k)
        if (
            target is not None
            and target.pos_ in {"NOUN", "PROPN"}
            and (unit.kind == "currency" or target.lemma_.lower() in DURATION_UNITS)
        ):
            per = target.lemma_.lower()
            named = self.units.match_after(target.text)  # "per mmBTU", "per kg": the unit's name
            if named is not None and named[1] == len(target.text) and named[0].kind != "currency":
                # the code keeps the word as before ("USD/barrel"); the name is the unit's
                return Unit(f"{unit.code}/{per}", f"{unit.name} per {named[0].name}", unit.kind)
            if target.pos_ == "PROPN":
                return unit
            return Unit(f"{unit.code}/{per}", f"{unit.name} per {per}", unit.kind)
        return unit

    def _describe(
        self, doc: Doc, sent: Span, run: NumberRun, unit: Unit | None, unit_end: int
    ) -> tuple[str, str, TextSpan | None]:
        """Unit code, unit name, and the concept the quantity measures."""
        if unit is not None:
            aged = _followed_by_old(doc, unit_end, sent.end)
            if unit.kind == "time" and unit.code.isalpha() and aged:
                # "ten months old", "6 weeks of age": an age, in the unit it is told in
                code = "age_year" if unit.code == "year" else f"age_{unit.code}"
                return code, f"{unit.name} of age", _subject_of(doc, run)
            return unit.code, unit.name, _of_phrase(doc, sent, unit_end) or _subject_of(doc, run)
        if _age_apposition(doc, sent, run) or _after_age_word(doc, sent, run):
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


@Language.factory("frontlines_quantities")
def make_quantity_recognizer(nlp: Language, name: str) -> QuantityRecognizer:
    return QuantityRecognizer()
