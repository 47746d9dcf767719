"""Place names that are only part of a longer name: the head of a title or an institution
("Secretary of State"), a group's branch ("IS-Somalia"), the body ruling a place ("the
Iraqi government"). The place pass (``nlp.places``) asks these before it keeps a name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.place_cues import GOVERNING_NOUNS, PLACE_LABELS, PLACE_SUFFIX_NOUNS
from frontlines.resolve.place import normalise_place_name
from frontlines.resolve.place.names import never_a_place
from frontlines.resolve.place.resolver import FEATURE_WORDS
from frontlines.vocab.words import words

__all__ = [
    "ORGANISATION_HEADS",
    "ROAD_SERVICES",
    "affiliate_of_group",
    "capitalised",
    "governing",
    "heads_longer_name",
    "known_names",
    "organisation_named",
    "parts_of_longer_names",
    "road_service",
]

#: The place pass's name, which the spans made here carry (``nlp.places`` imports this).
_PASS = "frontlines_places"
#: Nouns that close an organisation's name ("... Shipping Lines", "... Wildlife Service").
ORGANISATION_HEADS = words("place", "organisation_heads")
#: Capitalised words between a place's name and the head noun, at most.
_MAX_ORGANISATION_WORDS = 4


def heads_longer_name(doc: Doc, start: int, end: int) -> bool:
    """The capitalised words ``doc[start:end]`` open a longer name through "of" ("Secretary
    of State", "Duke of York"): the head of a title or an institution, not a place on its
    own. A feature word going on over "of" ("Gulf of Aden") is one run already."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].is_title
        and doc[start].lower_ not in FEATURE_WORDS
    )


def affiliate_of_group(ent: Span, ents: list[Span]) -> bool:
    """A place-labelled name hyphen-joined after an armed group's or organisation's name
    ("IS-Somalia", the group's branch there): part of the group's name, not a place."""
    doc = ent.doc
    i = ent.start
    if ent.label_ in PLACE_LABELS and _named_province(ent, ents):
        return True
    if ent.label_ not in PLACE_LABELS or i < 2 or doc[i - 1].text != "-":
        return False
    if doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False  # "Iraq - Syria": a dash between words, not a joined name
    group = next((e for e in ents if e.start <= i - 2 < e.end), None)
    if group is not None:
        return group.label_ == "ORG" and bool(group.kb_id_)
    return never_a_place(doc[i - 2].text) and doc[i - 2].is_upper


def _named_province(ent: Span, ents: list[Span]) -> bool:
    """ "Islamic State Khorasan Province", "the Islamic State's Sinai Province": a division's
    noun closing a name straight after an armed group's is the group's branch there (its
    "wilayat"), not the province; a dictionary actor's name must come first."""
    doc = ent.doc
    if len(ent) < 2 or ent[-1].lower_ != "province" or not ent[-1].is_title:
        return False
    i = ent.start - (1 if ent.start > 0 and doc[ent.start - 1].lower_ in {"'s", "’s"} else 0)
    return any(e.end == i and e.label_ == "ORG" and bool(e.kb_id_) for e in ents)


def governing(ent: Span) -> Span | None:
    """ "government of Iraq" -> "Iraq"; "the Iraqi government" -> the same span as an
    organisation; ``None`` when the span is no ruling body."""
    words_ = [t.lower_ for t in ent]
    if words_[:1] == ["the"]:
        words_ = words_[1:]
    if len(words_) > 2 and words_[0] in GOVERNING_NOUNS and words_[1] == "of":
        start = ent.end - len(words_) + 2
        return Span(ent.doc, start, ent.end, label=ent.label_, span_id=_PASS)
    if len(words_) > 1 and words_[-1] in GOVERNING_NOUNS:
        return Span(ent.doc, ent.start, ent.end, label="ORG", span_id=_PASS)
    return None


def organisation_named(ent: Span, taken: set[int]) -> Span | None:
    """ "Pakistan International Airlines", "Kenya Wildlife Service": a place's name
    that capitalised words in no other entity carry on to an organisation's head noun opens
    that organisation's name; the whole name as an organisation (the place inside it is
    still found, as an embedded one). None for any other span."""
    if ent.label_ not in PLACE_LABELS:
        return None
    doc = ent.doc
    end = ent.end
    last = None
    while (
        end < len(doc)
        and end - ent.end < _MAX_ORGANISATION_WORDS
        and end not in taken
        and doc[end].is_title
        and doc[end - 1].whitespace_
    ):
        end += 1
        if doc[end - 1].lower_ in ORGANISATION_HEADS:
            last = end
    if last is None:
        return None
    return Span(doc, ent.start, last, label="ORG", span_id=_PASS)


def parts_of_longer_names(ents: list[Span]) -> list[Span]:
    """The place pass's entities without the places that are words of a group's or an
    organisation's name: a group's branch goes, an organisation's name becomes one."""
    ents = [e for e in ents if not affiliate_of_group(e, ents)]
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [organisation_named(e, taken) or e for e in ents]


def known_names(ent: Span) -> tuple[str, ...]:
    """The names a place-labelled span makes known: its own, and a division's name without
    its suffix noun ("Ghazni province" makes "Ghazni" a place, as in "the Ghazni provincial
    head" the model read as an organisation)."""
    name = normalise_place_name(ent.text)
    if len(ent) > 1 and ent[-1].lower_ in PLACE_SUFFIX_NOUNS and ent[-2].is_title:
        return (name, normalise_place_name(ent[:-1].text))
    return (name,)


#: Words that make a road's name a service's after it ("Highway Patrol"): a name opening
#: such a body is cut before the road word ("the Kansas Highway Patrol" -> Kansas).
ROAD_SERVICES = words("place", "road_services")


def capitalised(token: Token) -> bool:
    """A name's word: title case, or a capital opening a word with capitals inside it
    ("DeKalb", "McLean", "LaGrange", which spaCy's ``is_title`` does not count)."""
    text = token.text
    return token.is_title or (
        text[:1].isupper() and text.isalpha() and any(c.islower() for c in text[1:])
    )


def road_service(tokens: Span) -> bool:
    """``tokens`` open with a road's word and go on with a service's ("Highway Patrol",
    "Turnpike Authority"): the name before them is the place the service serves."""
    return len(tokens) > 1 and tokens[1].lower_.rstrip(".") in ROAD_SERVICES
