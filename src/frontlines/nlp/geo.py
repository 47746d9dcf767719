"""``frontlines_geo``: find the toponyms of a Doc and resolve them to gazetteer places.

Toponyms come from the entity layer (GPE/LOC, FAC the gazetteer knows), from
demonyms of countries ("Syrian", NORP), from place names that open an
organisation's name ("(the) Kentucky State Police"), from facilities named
after a place that no gazetteer holds ("Tabqa Dam": placed near Tabqa, with
"near" precision and half the confidence) and from streets and numbered roads
(``streets``; kept, but not resolved). The others are resolved
together, so each one is context for the others (see ``resolver``); each gets
a role so that only real locations become event locations: "an area roughly
the size of Britain" is a comparison, not a place where anything happened.

Sets: ``Doc._.places`` (list of ``PlaceMention``).
Reads: ``Doc.ents`` (after ``frontlines_places``).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlines.model import (
    AcledPrecision,
    Extractor,
    PlaceMention,
    UcdpPrecision,
    as_place_role,
)
from frontlines.nlp.extensions import declare, doc_text
from frontlines.nlp.place_cues import body_tail, generic_name
from frontlines.nlp.place_forms import with_article
from frontlines.nlp.place_parts import capitalised, road_service
from frontlines.nlp.place_senses import names_country
from frontlines.nlp.place_sites import FACILITY_NOUNS, facility_town
from frontlines.nlp.places import person_name_parts
from frontlines.nlp.resources import GAZETTEER_CONFIG, UsesGazetteer
from frontlines.resolve.place.gazetteer import Gazetteer, Place
from frontlines.resolve.place.names import lookup_variants, never_a_place
from frontlines.resolve.place.resolver import Resolved, Toponym, ToponymResolver
from frontlines.resolve.place.streets import STREET_WORDS, street_spans
from frontlines.vocab.words import word_list, words

__all__ = [
    "COMPARISON_CUES",
    "EMBEDDED_MIN_POPULATION",
    "EMBEDDED_NAME_KINDS",
    "EMBEDDED_REGION_CODES",
    "EMBEDDING_LABELS",
    "EMBEDDING_WORDS",
    "FACILITY_NOUNS",
    "GENERIC_HEADS",
    "HOME_KEY",
    "LOCATION_LABELS",
    "MAX_EMBEDDED_TOKENS",
    "NEAR_CUES",
    "PlaceResolverComponent",
    "STATE_ORGANS",
    "VERSION",
    "make_place_resolver",
    "precision_codes",
]

#: ``Doc.user_data`` key of a publisher's home division (``resolve/place/publishers.py``).
HOME_KEY = "frontlines_publisher_home"

VERSION = "0.3.0"
LOCATION_LABELS = frozenset({"GPE", "LOC"})
#: Words just before a toponym that make it a yardstick, not a location.
COMPARISON_CUES = word_list("place", "comparison_cues")
#: Words that put a town's event "near" rather than "in" it (ACLED precision 2).
NEAR_CUES = words("place", "near_cues")
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
#: Names that may hold a place: organisations, and events and facilities named after one
#: ("the Siege of Kobani", "the Henderson County Jail"). Works of art, often named after a
#: word that is also a town somewhere, lost more than they gained on LGL tune.
EMBEDDING_LABELS = frozenset({"ORG", "EVENT", "FAC"})
#: First words of a battle's name ("the Battle of Aleppo", "the Siege of Kobani"): a name
#: the model reads as a work of art that opens with one is the event, and holds its place.
BATTLE_HEADS = frozenset({"battle", "siege", "fall", "liberation", "sack", "massacre"})
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
#: A facility's place is the town it is named after: a guess, so its confidence is halved.
FACILITY_CONFIDENCE = 0.5

declare("places")


class PlaceResolverComponent(UsesGazetteer):
    name = "frontlines_geo"
    version = VERSION

    def __init__(self, resolver: ToponymResolver | None = None, gazetteer_path: str = "") -> None:
        super().__init__(None, gazetteer_path)
        self._resolver = resolver

    def initialize(
        self, get_examples: Any = None, *, nlp: Any = None, gazetteer: Gazetteer | None = None
    ) -> None:
        """spaCy's set-up hook; ``gazetteer`` replaces the one the config named."""
        super().initialize(get_examples, nlp=nlp, gazetteer=gazetteer)
        if gazetteer is not None:
            self._resolver = ToponymResolver(gazetteer)

    @property
    def resolver(self) -> ToponymResolver:
        if self._resolver is None:  # built lazily: the first gazetteer build takes a while
            self._resolver = ToponymResolver(self.gazetteer)
        return self._resolver

    @resolver.setter
    def resolver(self, value: ToponymResolver) -> None:
        self._resolver = value

    def __call__(self, doc: Doc) -> Doc:
        found = self.toponyms(doc)
        named = [(span, role) for span, role in found
                 if role != "street" and not _abbreviation_modifier(span)]  # fmt: skip
        gazetteer = self.resolver.gazetteer
        # a facility no gazetteer holds is resolved by the place it is named after
        facilities = {
            span.start: town
            for span, _ in named
            if (town := facility_town(gazetteer, span)) is not None
        }
        resolved = self.resolver.resolve_document_scored(
            [
                Toponym(_text(t), t.start_char, t.end_char)
                for t in (facilities.get(span.start, span) for span, _ in named)
            ],
            doc_text(doc),
            doc.user_data.get(HOME_KEY),  # the publisher's home division, when known
        )
        place_of = {span.start: r for (span, _), r in zip(named, resolved, strict=True)}
        for span, _ in found:  # "U.S.-backed": read alone, it casts no vote in the story
            if _abbreviation_modifier(span):
                alone = Toponym(_text(span), span.start_char, span.end_char)
                place_of[span.start] = self.resolver.resolve_document_scored([alone])[0]
        for start in facilities:
            if place_of[start] is not None:
                chosen = place_of[start]
                place_of[start] = Resolved(chosen.place, chosen.confidence * FACILITY_CONFIDENCE)
        extractor = Extractor(self.name, f"{self.version}+resolver{self.resolver.version}")
        doc._.places = [
            _mention(span, role, place_of.get(span.start), extractor, span.start in facilities)
            for span, role in found
        ]
        return doc

    def toponyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """Every place mention with its role, in text order."""
        gazetteer = self.resolver.gazetteer
        people = person_name_parts(doc)
        found: list[tuple[Span, str]] = []
        for ent in doc.ents:
            ent = with_article(_without_possessive(ent))
            if never_a_place(_text(ent)):
                continue  # "EU", "Taliban", "Baloch", "n't": no place, whatever the gazetteer
            if ent.label_ in LOCATION_LABELS and _titles_a_person(ent):
                continue  # "Mr Paterson", "Pope Tawadros": a title, not a town
            if ent.label_ in LOCATION_LABELS and _actor_not_place(gazetteer, ent):
                if _is_demonym(gazetteer, ent[0].text):  # "Russian jets": a demonym
                    found.append((ent[:1], "demonym"))
                continue
            if ent.label_ in LOCATION_LABELS or (
                ent.label_ == "FAC"
                and (
                    any(map(gazetteer.is_place_name, lookup_variants(_text(ent))))
                    or facility_town(gazetteer, ent)
                )
            ):
                found.append((ent, "comparison" if _compared(ent) else "location"))
            elif ent.label_ == "NORP" and _is_demonym(gazetteer, _text(ent)):
                found.append((ent, "demonym"))
            elif ent.label_ in EMBEDDING_LABELS and _natural_feature(gazetteer, ent):
                found.append((ent, "location"))  # "the Bab el-Mandeb" read as a body
            elif ent.label_ in EMBEDDING_LABELS or _battle_name(ent):
                found.extend(
                    (place, "location" if _state_of_organ(gazetteer, ent, place) else "embedded")
                    for place in _embedded_places(gazetteer, ent, ent.label_ == "ORG")
                    if not (len(place) == 1 and _text(place) in people)  # "Knox Thames", a man
                )
        streets = street_spans(doc, doc_text(doc))
        taken = {i for span in streets for i in range(span.start, span.end)}
        found = [(s, r) for s, r in found if not taken.intersection(range(s.start, s.end))]
        found.extend((span, "street") for span in streets)
        return sorted(found, key=lambda item: item[0].start)


def _battle_name(ent: Span) -> bool:
    """ "The Battle of Aleppo" read as a work of art: a battle's name, an event's."""
    words_ = [t.lower_ for t in ent[:3]]
    head = words_[1:2] if words_[:1] == ["the"] else words_[:1]
    return ent.label_ == "WORK_OF_ART" and bool(head) and head[0] in BATTLE_HEADS


def _text(span: Span) -> str:
    """``span.text`` cut from the Doc's text, read once per Doc (``Span.text`` joins its
    tokens every time it is read, and each name is read several times here)."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


def _without_possessive(ent: Span) -> Span:
    """ "Guantanamo Bay's" -> "Guantanamo Bay": the place, not its possessive ending."""
    if len(ent) > 1 and ent[-1].lower_ in {"'s", "’s", "'", "’"}:
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    return ent


def _titles_a_person(ent: Span) -> bool:
    """A lone word the model read as a place that runs straight into a person's name ("Mr
    Paterson", "Pope Tawadros") is the title in front of it; "Texas Gov. Rick Perry",
    "Iraq's Maliki" and "in Syria, Assad ..." keep their place."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.end < len(doc)
        and doc[ent.end].ent_type_ == "PERSON"
        and doc[ent.end].ent_iob_ == "B"
        and doc[ent.end - 1].whitespace_ != ""
        and doc[ent.end].is_title
    )


def _actor_not_place(gazetteer: Gazetteer, ent: Span) -> bool:
    """A dictionary actor the actor pass labelled GPE ("Russian jets" for Russia's forces)
    whose words name no place: an actor, not a location."""
    if not ent.kb_id_ or len(ent) < 2:
        return False
    return not any(map(gazetteer.is_place_name, lookup_variants(_text(ent))))


def _abbreviation_modifier(ent: Span) -> bool:
    """ "U.S.-backed forces", "U.K.-led talks": a dotted abbreviation hyphen-joined to a
    lower-case word is a modifier as "American-backed" is (the alias file's "U.S.-led" is a
    demonym), whose country must not vote a Syrian town into a US namesake; "U.S.-Kenya
    talks" names both countries. It is still a mention of the country, as "US-backed" is
    (news gold marks both): the caller resolves it alone, outside the story's vote."""
    doc = ent.doc
    end = ent.end
    return (
        end + 1 < len(doc)
        and ent[-1].text.endswith(".")
        and doc[end].text == "-"
        and not ent[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
    )


def _compared(span: Span) -> bool:
    before = _text(span.doc[max(span.sent.start, span.start - 5) : span.start]).lower()
    before = before.removesuffix(" the").strip()
    return before.endswith(COMPARISON_CUES)


def _is_demonym(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.kind == "demonym" and c.place.is_country for c in gazetteer.candidates(text))


def _embedded_places(gazetteer: Gazetteer, ent: Span, any_head: bool = True) -> list[Span]:
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
        if ent[n].text == "-" or (ent[n].lower_ in STREET_WORDS and not road_service(ent[n:])):
            continue  # "Wal-Mart", "The Wall Street Journal": a name is never cut
        if (
            _embedded_place_name(gazetteer, head) and (any_head or _division_name(gazetteer, head))
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
    return sorted(found + _countries_within(gazetteer, ent, found), key=lambda s: s.start)


def _state_of_organ(gazetteer: Gazetteer, ent: Span, place: Span) -> bool:
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
        and names_country(gazetteer, _text(place))
    )


def _serving_town(gazetteer: Gazetteer, head: Span, rest: Span) -> bool:
    """ "DeKalb Police", "Groton Town Council", "Anderson County Sheriff": a town's own
    service names the town, however small, when the gazetteer holds it by its own name (a
    post office's name does not count: "Capitol Police", "River Police")."""
    return (
        capitalised(head[-1])
        and body_tail(rest)
        and not generic_name(head)
        and not never_a_place(_text(head))
        and any(
            c.kind in EMBEDDED_NAME_KINDS and not c.place.is_postal  # "Capitol Police"
            for c in gazetteer.candidates(_text(head))
        )
    )


def _natural_feature(gazetteer: Gazetteer, ent: Span) -> bool:
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
        found = gazetteer.candidates(_text(name))
        return bool(found) and all(c.place.feature_class in NATURAL_CLASSES for c in found)
    return any(
        c.kind == "name" and c.place.feature_class in NATURAL_CLASSES
        for c in gazetteer.candidates(_text(name))
    )


def _countries_within(gazetteer: Gazetteer, ent: Span, found: list[Span]) -> list[Span]:
    """Countries named by their own name anywhere else in an organisation's name ("the
    International Syria Support Group", "the London Syria Conference"): a country's name
    means the country wherever it stands, unlike a town's. Read left to right, longest
    first, so that a division holding a country's name ("New Mexico") is passed over whole;
    never a hyphenated part ("Syria-based")."""
    doc = ent.doc
    taken = {i for span in found for i in range(span.start, span.end)}
    countries: list[Span] = []
    i = ent.start
    while i < ent.end:
        if i in taken or not (doc[i].is_title or doc[i].is_upper) or _hyphenated(doc, i):
            i += 1
            continue
        end = next(
            (
                e
                for e in range(min(i + MAX_EMBEDDED_TOKENS, ent.end), i, -1)
                if not taken.intersection(range(i, e))
                and (doc[e - 1].is_title or doc[e - 1].is_upper)
                and not _hyphenated(doc, e - 1)
                and any(
                    c.kind == "name" and c.place.admin_level in {0, 1}
                    for c in gazetteer.candidates(_text(doc[i:e]))
                )
            ),
            None,
        )
        if end is None:
            i += 1
            continue
        span = doc[i:end]
        if any(c.kind == "name" and c.place.is_country for c in gazetteer.candidates(_text(span))):
            countries.append(span)
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
        for c in gazetteer.candidates(_text(name))
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
        for c in gazetteer.candidates(_text(name))
    )


def precision_codes(
    place: Place | None, near: bool
) -> tuple[AcledPrecision | None, UcdpPrecision | None]:
    """(ACLED geo_precision, UCDP where_prec) for a resolved place."""
    if place is None:
        return None, None
    if place.is_country:
        return 3, 6
    if place.admin_level == 1:
        return 3, 4
    if place.admin_level == 2:
        return 2, 3
    if place.feature_class == "P":
        return (2, 2) if near else (1, 1)
    return 3, 5  # regions, valleys, rivers: larger areas


def _mention(
    span: Span,
    role: str,
    resolved: Resolved | None,
    extractor: Extractor,
    facility: bool = False,
) -> PlaceMention:
    place = resolved.place if resolved else None
    before = {t.lower_ for t in span.doc[max(span.sent.start, span.start - 3) : span.start]}
    acled, ucdp = precision_codes(place, near=facility or bool(before & NEAR_CUES))
    return PlaceMention(
        start=span.start_char,
        end=span.end_char,
        text=_text(span),
        role=as_place_role(role),
        geonames_id=place.geonames_id if place and place.geonames_id > 0 else None,
        name=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        country=(place.country or None) if place else None,
        admin1=(place.admin1 or None) if place else None,
        feature_code=place.feature_code if place else None,
        acled_precision=acled,
        ucdp_precision=ucdp,
        extractor=extractor,
        confidence=resolved.confidence if resolved and place else None,
    )


@Language.factory("frontlines_geo", default_config=GAZETTEER_CONFIG)
def make_place_resolver(nlp: Language, name: str, gazetteer_path: str) -> PlaceResolverComponent:
    return PlaceResolverComponent(gazetteer_path=gazetteer_path)
