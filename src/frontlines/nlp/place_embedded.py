"""Places held inside other names: "(the) Kentucky State Police" -> Kentucky, "the British
Embassy in Amman" -> Amman, "the Islamic State of Iraq and the Levant" -> Iraq, Levant.

Why a module of its own: an organisation's, an event's or a facility's name often says
where it is, and news gold marks that place; but most words that open a name are a town
somewhere ("Western", "University"), so which spans count is a set of rules about names
(their heads, the joining words, a place's own name against an alternate one) apart from
the rest of the ``frontlines_geo`` component (``nlp/geo.py``), which reads these spans as
``embedded`` places (or ``location`` for a state's own organ, "the U.S. military").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.extensions import doc_text
from frontlines.nlp.place_compass import REGION_DIRECTIONS, direction_only
from frontlines.nlp.place_cues import body_tail, generic_name
from frontlines.nlp.place_parts import capitalised, road_service
from frontlines.nlp.place_senses import names_country, names_major_place
from frontlines.resolve.place.gazetteer import Gazetteer
from frontlines.resolve.place.names import never_a_place
from frontlines.resolve.place.streets import STREET_WORDS
from frontlines.vocab.words import words

__all__ = [
    "EMBEDDED_MIN_POPULATION",
    "EMBEDDED_NAME_KINDS",
    "EMBEDDED_REGION_CODES",
    "EMBEDDING_WORDS",
    "GENERIC_HEADS",
    "MAX_EMBEDDED_TOKENS",
    "NATURAL_CLASSES",
    "STATE_ORGANS",
    "embedded_places",
    "natural_feature",
    "span_text",
    "state_of_organ",
]

EMBEDDED_MIN_POPULATION = 20_000
#: Words that open organisation names and happen to be place names somewhere ("Western",
#: a Ugandan region; "University", a town in Florida): a name made only of them is never
#: read as an embedded place ("New York" is, "New" alone is not).
GENERIC_HEADS = words("place", "generic_heads")
MAX_EMBEDDED_TOKENS = 3
EMBEDDED_NAME_KINDS = frozenset({"name", "abbr"})
#: Named regions and continents have no population, yet name a place as surely as a state
#: does: "(the) Middle East Tobias Ellwood", "Africa Command".
EMBEDDED_REGION_CODES = frozenset({"RGN", "CONT"})
#: Words after which an organisation's name may hold a place ("State of Iraq and the Levant",
#: "Embassy in Amman", "Minister for Syria", "Delegation to Syria", "Commission on Syria").
EMBEDDING_WORDS = frozenset({"of", "in", "for", "and", "to", "on"})
#: Heads of a state's own organs: a country's name opening one is the country itself
#: ("the U.S. military", "U.S. State Department"), a location like "the U.S. said".
STATE_ORGANS = words("place", "state_organs")
_EMBEDDED_CLOSERS = frozenset({"and", ",", "'s", "’s", "'", "’"})
#: GeoNames classes of water bodies (H) and landforms (T): what a whole organisation's
#: name never means when it is one's own name.
NATURAL_CLASSES = frozenset({"H", "T"})


def embedded_places(gazetteer: Gazetteer, ent: Span, any_head: bool = True) -> list[Span]:
    """ "(the) Kentucky State Police" -> "Kentucky", "University of Georgia" -> "Georgia",
    "Islamic State of Iraq and the Levant" -> "Iraq", "Levant", "the British Embassy in
    Amman" -> "Amman".

    The longest known place opening an organisation's name, and each one that follows
    "of", "in", "for" or "and" inside it and ends where the name ends or at "and", a comma
    or a possessive (so "Bank of America Merrill Lynch" gives nothing). Only a place's own
    name counts, not an alternate one ("White" is an alternate name of White County, and
    "the White House" is no place of that kind) unless it names a country, a state or a
    region, and not a hyphenated prefix ("Wal-Mart"). Without ``any_head`` (events and
    facilities, whose names open with a person's as often as with a town's: "David
    Lipscomb Campus") only a division of several words opens one ("Henderson County").
    """
    if ent[0].lower_ == "the":
        ent = ent[1:]
    found: list[Span] = []
    for n in range(min(MAX_EMBEDDED_TOKENS, len(ent) - 1), 0, -1):
        head = ent[:n]
        if ent[n].text == "-" and (pair := _hyphen_pair(gazetteer, head, ent)):
            found.extend(pair)  # "Essex-Suffolk Water": both places, as "A and B" would be
            break
        if ent[n].text == "-" or (ent[n].lower_ in STREET_WORDS and not road_service(ent[n:])):
            continue  # "Wal-Mart", "The Wall Street Journal": a name is never cut
        if direction_only(head):
            continue  # "North East" of "North East Texas Water Board": no Botswanan district
        if (
            (_embedded_place_name(gazetteer, head) or _directed_region(gazetteer, head))
            and (any_head or _division_name(gazetteer, head))
        ) or _serving_town(gazetteer, head, ent[n:]):
            found.append(head)
            break
    doc = ent.doc
    taken = found[0].end if found else ent.start
    for token in ent[1:-1]:
        if token.i < taken or token.lower_ not in EMBEDDING_WORDS:
            continue
        name = _embedded_after(gazetteer, ent, token.i + 1)
        if name is None and doc[token.i + 1].lower_ == "the":
            name = _embedded_after(gazetteer, ent, token.i + 2)  # "the Levant" is no name
        if name is not None:
            found.append(name)
            taken = name.end
            continue
        joined = _joined_after(gazetteer, ent, token.i + 1)  # "University of A-B"
        if joined:
            found.extend(joined)
            taken = joined[-1].end
    return sorted(found + _countries_within(gazetteer, ent, found), key=lambda s: s.start)


def state_of_organ(gazetteer: Gazetteer, ent: Span, place: Span) -> bool:
    """ "(the) U.S. military", "U.S. Central Command", "the U.S. Mission to NATO": a
    country's name opening an organisation whose head (its last word before "of", "to"
    ...) is one of the state's own organs names the country, as "the U.S. said" does; the
    name of anything else ("Iran Shipping Lines", "the Singapore Institute of ...", "France
    Television") only holds it."""
    start = ent.start + int(ent[0].lower_ == "the")
    if ent.label_ != "ORG" or place.start != start or place.end >= ent.end:
        return False
    doc = ent.doc
    end = next((t.i for t in doc[place.end : ent.end] if t.lower_ in EMBEDDING_WORDS), ent.end)
    return (
        end > place.end
        and doc[end - 1].lower_ in STATE_ORGANS
        and names_country(gazetteer, span_text(place))
    )


def _serving_town(gazetteer: Gazetteer, head: Span, rest: Span) -> bool:
    """ "DeKalb Police", "Groton Town Council", "Anderson County Sheriff": a town's own
    service names the town, however small, when the gazetteer holds it by its own name (a
    post office's name does not count: "Capitol Police", "River Police")."""
    return (
        capitalised(head[-1])
        and body_tail(rest)
        and not generic_name(head)
        and not never_a_place(span_text(head))
        and any(
            c.kind in EMBEDDED_NAME_KINDS and not c.place.is_postal  # "Capitol Police"
            for c in gazetteer.candidates(span_text(head))
        )
    )


def natural_feature(gazetteer: Gazetteer, ent: Span) -> bool:
    """A name of several words the model read as an organisation that is, whole, the own
    name of a water body or a landform in the gazetteer ("the Bab el-Mandeb"): the strait,
    not a town named by its first word ("Bab"); one word too after "the" when the gazetteer
    knows it as nothing else ("the Tigris"). Towns, divisions and areas stay embedded:
    "Kansas City" beating Denver is a team."""
    name = ent[1:] if ent[0].lower_ == "the" else ent
    if not len(name) or not name[-1].is_title:
        return False
    if len(name) == 1:
        # "the Tigris", "the Euphrates" read as a body: with its article a lone name the
        # gazetteer holds only as a river or a landform is that; "Amazon" without is a firm
        doc = ent.doc
        if not (len(ent) == 2 or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")):
            return False
        found = gazetteer.candidates(span_text(name))
        return bool(found) and all(c.place.feature_class in NATURAL_CLASSES for c in found)
    return any(
        c.kind == "name" and c.place.feature_class in NATURAL_CLASSES
        for c in gazetteer.candidates(span_text(name))
    )


def _countries_within(gazetteer: Gazetteer, ent: Span, found: list[Span]) -> list[Span]:
    """Countries named by their own name anywhere else in an organisation's name ("the
    International Syria Support Group", "the London Syria Conference"): a country's name
    means the country wherever it stands, unlike a town's. Read left to right, longest
    first, so that a division holding a country's name ("New Mexico") is passed over whole;
    never a hyphenated part ("Syria-based")."""
    doc = ent.doc
    taken = {i for span in found for i in range(span.start, span.end)}
    # each word's test and offsets read once (not a Token and a Span per try); a name's
    # text is cut from the Doc's text as ``span_text`` cuts it
    capital, starts, ends = [], [], []
    for t in ent:
        capital.append(t.is_title or t.is_upper)
        starts.append(t.idx)
        ends.append(t.idx + len(t))
    joined: dict[int, bool] = {}  # read for capitalised words only, once each
    text = doc_text(doc)
    first = ent.start

    def name_word(i: int) -> bool:
        if not capital[i - first]:
            return False
        hyphenated = joined.get(i)
        if hyphenated is None:
            hyphenated = joined[i] = _hyphenated(doc, i)
        return not hyphenated

    countries: list[Span] = []
    i = ent.start
    while i < ent.end:
        if i in taken or not name_word(i):
            i += 1
            continue
        end = next(
            (
                e
                for e in range(min(i + MAX_EMBEDDED_TOKENS, ent.end), i, -1)
                if not taken.intersection(range(i, e))
                and name_word(e - 1)
                and any(
                    c.kind == "name" and c.place.admin_level in {0, 1}
                    for c in gazetteer.candidates(text[starts[i - first] : ends[e - 1 - first]])
                )
            ),
            None,
        )
        if end is None:
            i += 1
            continue
        readings = gazetteer.candidates(text[starts[i - first] : ends[end - 1 - first]])
        if any(c.kind == "name" and c.place.is_country for c in readings):
            countries.append(doc[i:end])
        i = end
    return countries


def _hyphenated(doc: Doc, i: int) -> bool:
    """``doc[i]`` is joined to a neighbour by a hyphen ("Wal-Mart", "Syria-based")."""
    before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
    after = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
    return bool(before or after)


def _division_name(gazetteer: Gazetteer, name: Span) -> bool:
    return len(name) > 1 and any(
        c.kind == "name" and c.place.admin_level in {1, 2}
        for c in gazetteer.candidates(span_text(name))
    )


def _directed_region(gazetteer: Gazetteer, head: Span) -> bool:
    """ "Western Pennsylvania", "Central Florida": a capitalised direction before a country's,
    a state's or a named region's own name opens an organisation's name as the region
    ("the Western Pennsylvania Kennel Association"); a town's name after one is often the
    name of another town ("North Jackson") and does not count."""
    n = 0
    while n < len(head) and head[n].lower_ in REGION_DIRECTIONS and capitalised(head[n]):
        n += 1
    return (
        0 < n < len(head)
        and capitalised(head[-1])
        and any(
            c.kind in EMBEDDED_NAME_KINDS
            and (c.place.admin_level in {0, 1} or c.place.feature_code in EMBEDDED_REGION_CODES)
            for c in gazetteer.candidates(span_text(head[n:]))
        )
    )


def _embedded_after(gazetteer: Gazetteer, ent: Span, start: int) -> Span | None:
    """The longest known place opening at ``start`` that closes the organisation's name or
    stands before "and", a comma or a possessive."""
    doc = ent.doc
    for end in range(min(start + MAX_EMBEDDED_TOKENS, ent.end), start, -1):
        closes = end == ent.end or doc[end].lower_ in _EMBEDDED_CLOSERS
        if closes and _embedded_place_name(gazetteer, doc[start:end]):
            return doc[start:end]
    return None


def _tight_hyphen(token: Token) -> bool:
    """``token`` is a hyphen written between two words with no space ("A-B")."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and token.i + 1 < len(doc)
    )


def _hyphen_pair(gazetteer: Gazetteer, head: Span, ent: Span) -> list[Span]:
    """``head`` and the name after the hyphen that follows it when both are places of
    the kind an organisation's name holds, and big (``_major``): twin cities, or a state with
    its campus town ("the Minneapolis-St. Paul airport board", "University of
    Texas-Austin") name two places. One side no place ("Wal-Mart",
    "Rolls-Royce") gives nothing: a name is never cut."""
    doc = ent.doc
    hyphen = doc[head.end]
    if not _tight_hyphen(hyphen) or not _major(gazetteer, head):
        return []
    for end in range(min(hyphen.i + 1 + MAX_EMBEDDED_TOKENS, ent.end), hyphen.i + 1, -1):
        tail = doc[hyphen.i + 1 : end]
        closes = end == ent.end or not _tight_hyphen(doc[end])
        if closes and _major(gazetteer, tail):
            return [head, tail]
    return []


def _major(gazetteer: Gazetteer, name: Span) -> bool:
    """A side of a hyphen-joined pair: a country, a state or a big city
    (``names_major_place``) whose name an organisation's name may hold; a charity's or a
    firm's name is written so too ("Ghana-Alton"), and a small town's word is its own."""
    return _embedded_place_name(gazetteer, name) and names_major_place(
        gazetteer, span_text(name)
    )


def _joined_after(gazetteer: Gazetteer, ent: Span, start: int) -> list[Span]:
    """Two places joined by a hyphen after an embedding word, the second closing the name
    or standing before "and", a comma or a possessive ("University of Wisconsin-Milwaukee",
    "of Texas-Austin's Center" -> both)."""
    doc = ent.doc
    for end in range(min(start + MAX_EMBEDDED_TOKENS, ent.end - 2), start, -1):
        if doc[end].text != "-":
            continue
        pair = _hyphen_pair(gazetteer, doc[start:end], ent)
        if not pair:
            continue
        after = pair[1].end
        if after == ent.end or doc[after].lower_ in _EMBEDDED_CLOSERS:
            return pair
    return []


def _embedded_place_name(gazetteer: Gazetteer, name: Span) -> bool:
    if not capitalised(name[-1]) and not name[-1].is_upper:
        return False
    if all(t.lower_ in GENERIC_HEADS for t in name):
        return False  # "Western Union", "University", "North": common words first
    return any(
        c.place.admin_level in {0, 1}
        or c.place.feature_code in EMBEDDED_REGION_CODES
        or (
            c.kind in EMBEDDED_NAME_KINDS
            and (c.place.admin_level is not None or c.place.population >= EMBEDDED_MIN_POPULATION)
        )
        for c in gazetteer.candidates(span_text(name))
    )


def span_text(span: Span) -> str:
    """``span.text`` cut from the Doc's text, read once per Doc (``Span.text`` joins its
    tokens every time it is read, and each name is read several times here)."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""
