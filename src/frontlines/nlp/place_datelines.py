"""Places told by a story's form rather than its sentences: datelines, designations, states.

A dateline left in the text ("CHARLESTON, W.Va. --", "BEIRUT: The body of ..."), a
legislator's designation ("D-N.D.", "R-Ocilla") and a state's abbreviation after a town
("Churchill, Man.") name places the statistical model rarely tags: their form is the
signal, and the gazetteer must know the name. Split out of ``places.py`` (the place pass
calls these once per Doc) so that module stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from frontlines.nlp.extensions import doc_text
from frontlines.nlp.place_cues import PLACE_LABELS, party_designations
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.names import never_a_place

__all__ = ["DATELINE_IN_TEXT", "country_name", "datelines", "designations", "states_after_towns"]

#: The model rarely tags capitalised place names; the dash after them is the signal (the
#: wire's underscore too: "DAR ES SALAAM, Tanzania (AP) _ Police ..."), or a colon
#: straight after the capitals ("BEIRUT: The body of ..."). The old wire's underscore is
#: its dash all through the body, so it closes a dateline only after a credit ("(AP)")
#: or on a line of its own (``_line_opens``).
DATELINE_IN_TEXT = re.compile(
    r"(?:^|(?<=\s))(?P<place>[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:/(?P<also>[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3}))?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
    r"\s*(?P<credit>\([A-Za-z][A-Za-z /-]{1,30}\)\s*)?"
    r"(?P<dash>-{2,3}|[\u2013\u2014_-]|(?<=[A-Z]):)\s"
)


#: Courtesy titles a transcript puts before a speaker's name in capitals ("MR KIRBY:").
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
#: How far before a dateline to look for such a title.
_TITLE_REACH = 8


def country_name(gazetteer: Gazetteer, text: str) -> bool:
    """``text`` is a country's own name (not an alternate one: "Jordan", not "Levant")."""
    return any(c.kind == "name" and c.place.is_country for c in gazetteer.candidates(text))


def datelines(doc: Doc, gazetteer: Gazetteer, span_id: str) -> list[Span]:
    """The place (and region) of each dateline the gazetteer knows."""
    spans = []
    text = doc_text(doc)
    for match in DATELINE_IN_TEXT.finditer(text):
        if _after_courtesy_title(text, match.start()):
            continue  # "MR KIRBY: Thanks, everybody": a briefing's speaker, no dateline
        if match.group("dash") == "_" and not (match.group("credit")
                                               or _line_opens(text, match.start())):
            continue  # "... 10 militants. PARIS _ France's army said": a body's dash
        for group in ("place", "also", "region"):
            name = match.group(group)
            if name is None and group == "also":
                continue
            if name is None or never_a_place(name):
                break
            # "O'SMACH, Cambodia --" opening a line: a town the gazetteer lacks, vouched
            # for by the line's start and a country's own name after it
            region, opens = match.group("region"), text[: match.start()][-1:] in ("", "\n")
            if not gazetteer.is_place_name(name) and not (
                group == "place" and opens and region and country_name(gazetteer, region)
            ):
                break
            if match.group(0).rstrip().endswith(":") and not any(
                c.kind == "name" for c in gazetteer.candidates(name)
            ):
                break  # "SLUG: coldcase": a colon needs a place's own name
            span = doc.char_span(*match.span(group), label="GPE", alignment_mode="expand")
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label="GPE", span_id=span_id))
    return spans


def _line_opens(text: str, at: int) -> bool:
    """Whether only spaces come before ``at`` on its line of ``text``."""
    return not text[:at].rpartition("\n")[2].strip()


def _after_courtesy_title(text: str, start: int) -> bool:
    """A courtesy title stands right before ``start`` ("MR KIRBY:", "MS. PSAKI:"): the
    capitals are a speaker's name in a transcript, however like a dateline they look."""
    before = text[max(0, start - _TITLE_REACH) : start].split()
    return bool(before) and before[-1].rstrip(".").lower() in _COURTESY_TITLES


def designations(doc: Doc, place_name: Callable[[str], bool], span_id: str) -> list[Span]:
    """The states and towns of legislators' designations ("D-N.D.", "R-Ocilla") that the
    gazetteer knows (``place_name``); they replace whatever entity the model made of them."""
    return [
        Span(doc, start, end, label="GPE", span_id=span_id)
        for start, end in party_designations(doc)
        if place_name(doc[start:end].text) and not never_a_place(doc[start:end].text)
    ]


def states_after_towns(
    doc: Doc, ents: list[Span], gazetteer: Gazetteer, span_id: str
) -> list[Span]:
    """ "Churchill, Man.", "Gatineau, Que.,": a state's or province's abbreviation after
    a place and a comma, which the model leaves untagged or reads as a name."""
    spans = []
    for ent in ents:
        i = ent.end
        if (
            ent.label_ not in PLACE_LABELS
            or i + 2 >= len(doc)
            or doc[i].text != ","
            or doc[i + 2].text != "."
            or doc[i + 1].whitespace_
            or not doc[i + 1].is_alpha
            or not doc[i + 1].text[:1].isupper()
        ):
            continue
        name = doc[i + 1].text + "."
        if any(c.kind == "abbr" and c.place.admin_level == 1 for c in gazetteer.candidates(name)):
            spans.append(Span(doc, i + 1, i + 3, label="GPE", span_id=span_id))
    return spans
