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

from collections.abc import Mapping
from typing import Any

from spacy.attrs import SENT_START
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
from frontlines.nlp.place_embedded import (
    EMBEDDED_MIN_POPULATION,
    EMBEDDED_NAME_KINDS,
    EMBEDDED_REGION_CODES,
    EMBEDDING_WORDS,
    GENERIC_HEADS,
    MAX_EMBEDDED_TOKENS,
    STATE_ORGANS,
    embedded_places,
    natural_feature,
    state_of_organ,
)
from frontlines.nlp.place_embedded import span_text as _text
from frontlines.nlp.place_forms import with_article
from frontlines.nlp.place_home import DATELINE_KEY, dateline_place, home_applies
from frontlines.nlp.place_sites import FACILITY_NOUNS, facility_town
from frontlines.nlp.places import PROVISIONAL_KEY, person_name_parts
from frontlines.nlp.resources import GAZETTEER_CONFIG, UsesGazetteer
from frontlines.resolve.place.gazetteer import Gazetteer, Place
from frontlines.resolve.place.names import lookup_variants, never_a_place
from frontlines.resolve.place.resolver import Resolved, Toponym, ToponymResolver
from frontlines.resolve.place.streets import street_spans
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

#: ``Doc.user_data`` key of a publisher's home division (``resolve/place/publishers.py``):
#: its GeoNames code ("US.OH": ``Article.home``, set by ingest), a string so that the Doc
#: still goes to bytes (DocBin, multiprocess pipes); the component looks the row up.
HOME_KEY = "frontlines_publisher_home"

VERSION = "0.3.0"
LOCATION_LABELS = frozenset({"GPE", "LOC"})
#: Words just before a toponym that make it a yardstick, not a location.
COMPARISON_CUES = word_list("place", "comparison_cues")
#: Words that put a town's event "near" rather than "in" it (ACLED precision 2).
NEAR_CUES = words("place", "near_cues")
#: Names that may hold a place: organisations, and events and facilities named after one
#: ("the Siege of Kobani", "the Henderson County Jail"). Works of art, often named after a
#: word that is also a town somewhere, lost more than they gained on LGL tune.
EMBEDDING_LABELS = frozenset({"ORG", "EVENT", "FAC"})
#: First words of a battle's name ("the Battle of Aleppo", "the Siege of Kobani"): a name
#: the model reads as a work of art that opens with one is the event, and holds its place.
BATTLE_HEADS = frozenset({"battle", "siege", "fall", "liberation", "sack", "massacre"})
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
        starts = sentence_starts(doc)  # read once: the mentions and their roles share it
        found = self._toponyms(doc, starts)
        named = [(span, role) for span, role in found
                 if role != "street" and not _abbreviation_modifier(span)]  # fmt: skip
        gazetteer = self.resolver.gazetteer
        # a facility no gazetteer holds is resolved by the place it is named after
        facilities = {
            span.start: town
            for span, _ in named
            if (town := facility_town(gazetteer, span)) is not None
        }
        toponyms = [
            Toponym(_text(t), t.start_char, t.end_char, role == "embedded")
            for t, role in ((facilities.get(span.start, span), role) for span, role in named)
        ]
        home = self.home(doc)  # the publisher's home division, when known
        resolved = self.resolver.resolve_document_scored(toponyms, doc_text(doc), home)
        moved: set[int] = set()
        if home is not None:  # which readings the home changed, for the reader to see
            without = self.resolver.resolve_document_scored(toponyms, doc_text(doc))
            if home_applies(home, [t.text for t in toponyms], resolved, without,
                            self._dateline(doc)):  # fmt: skip
                moved = {span.start for (span, _), r, a in zip(named, resolved, without,
                                                                strict=True)
                         if (r.place if r else None) != (a.place if a else None)}  # fmt: skip
            else:  # wire copy from elsewhere, or a story set abroad: read as if no home
                resolved = without
        place_of = {span.start: r for (span, _), r in zip(named, resolved, strict=True)}
        for span, _ in found:  # "U.S.-backed": read alone, it casts no vote in the story
            if _abbreviation_modifier(span):
                alone = Toponym(_text(span), span.start_char, span.end_char)
                place_of[span.start] = self.resolver.resolve_document_scored([alone])[0]
        for start in facilities:
            if place_of[start] is not None:
                chosen = place_of[start]
                place_of[start] = Resolved(chosen.place, chosen.confidence * FACILITY_CONFIDENCE)
        found = _provisional_kept(doc, found, place_of)
        extractor = Extractor(self.name, f"{self.version}+resolver{self.resolver.version}")
        reason = f"publisher home: {home.name}" if home is not None else None
        doc._.places = [
            _mention(span, role, place_of.get(span.start), extractor, span.start in facilities,
                     reason if span.start in moved else None, starts)
            for span, role in found
        ]  # fmt: skip
        return doc

    def home(self, doc: Doc) -> Place | None:
        """The publisher's home division the Doc carries (``HOME_KEY``), given as its
        GeoNames code ("US.OH", ``Article.home``) and looked up here."""
        home = doc.user_data.get(HOME_KEY)
        if not isinstance(home, str):
            return None
        country, _, admin1 = home.partition(".")
        return self.resolver.gazetteer.division(country, admin1) if admin1 else None

    def _dateline(self, doc: Doc) -> Place | None | bool:
        """The place of the dateline ingest handed over (``DATELINE_KEY``); False: none."""
        dateline = doc.user_data.get(DATELINE_KEY)
        if not isinstance(dateline, str) or not dateline.strip():
            return False
        return dateline_place(self.resolver, dateline)

    def toponyms(self, doc: Doc) -> list[tuple[Span, str]]:
        """Every place mention with its role, in text order."""
        return self._toponyms(doc, sentence_starts(doc))

    def _toponyms(self, doc: Doc, starts: list[int] | None) -> list[tuple[Span, str]]:
        """``toponyms`` with the Doc's ``sentence_starts`` read by the caller."""
        gazetteer = self.resolver.gazetteer
        entities = doc.ents  # read once: spaCy builds every Span on each read
        people = person_name_parts(doc, entities)
        found: list[tuple[Span, str]] = []
        for ent in entities:
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
                found.append((ent, "comparison" if _compared(ent, starts) else "location"))
            elif ent.label_ == "NORP" and _is_demonym(gazetteer, _text(ent)):
                found.append((ent, "demonym"))
            elif ent.label_ in EMBEDDING_LABELS and natural_feature(gazetteer, ent):
                found.append((ent, "location"))  # "the Bab el-Mandeb" read as a body
            elif ent.label_ in EMBEDDING_LABELS or _battle_name(ent):
                found.extend(
                    (place, "location" if state_of_organ(gazetteer, ent, place) else "embedded")
                    for place in embedded_places(gazetteer, ent, ent.label_ == "ORG")
                    if not (len(place) == 1 and _text(place) in people)  # "Knox Thames", a man
                )
        streets = street_spans(doc, doc_text(doc))
        taken = {i for span in streets for i in range(span.start, span.end)}
        found = [(s, r) for s, r in found if not taken.intersection(range(s.start, s.end))]
        found.extend((span, "street") for span in streets)
        return sorted(found, key=lambda item: item[0].start)


def _provisional_kept(
    doc: Doc, found: list[tuple[Span, str]], place_of: Mapping[int, Resolved | None]
) -> list[tuple[Span, str]]:
    """The mentions without the provisional ones (``places.PROVISIONAL_KEY``: found only by
    a spelling a letter off or by its consonants) that no reading locates near the story's
    places: those get their labels back in ``Doc.ents`` ("a probe into Salem Abdi": a man,
    whatever village his consonants spell)."""
    provisional = {(s, e): label for s, e, label in doc.user_data.get(PROVISIONAL_KEY, [])}
    if not provisional:
        return found
    unplaced = {
        ent.start: label
        for ent in doc.ents
        if (label := provisional.get((ent.start, ent.end))) is not None
        and ((r := place_of.get(ent.start)) is None or r.place is None)
    }
    if not unplaced:
        return found
    doc.ents = [
        Span(doc, e.start, e.end, label=unplaced[e.start]) if e.start in unplaced else e
        for e in doc.ents
        if unplaced.get(e.start, True)  # one untagged before ("") leaves the entities
    ]
    return [(span, role) for span, role in found if span.start not in unplaced]


def _battle_name(ent: Span) -> bool:
    """ "The Battle of Aleppo" read as a work of art: a battle's name, an event's (the
    label first: its words are read only for a work of art)."""
    if ent.label_ != "WORK_OF_ART":
        return False
    words_ = [t.lower_ for t in ent[:3]]
    head = words_[1:2] if words_[:1] == ["the"] else words_[:1]
    return bool(head) and head[0] in BATTLE_HEADS


def _without_possessive(ent: Span) -> Span:
    """ "Guantanamo Bay's" -> "Guantanamo Bay": the place, not its possessive ending."""
    if len(ent) > 1 and ent[-1].lower_ in {"'s", "’s", "'", "’"}:
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)
    return ent


def _titles_a_person(ent: Span) -> bool:
    """A lone word the model read as a place that runs straight into a person's name ("Mr
    Paterson", "Pope Tawadros") is the title in front of it; "Texas Gov. Rick Perry",
    "Iraq's Maliki" and "in Syria, Assad ..." keep their place, and so does a dotted state
    after "<town>," that ends a sentence whose full stop it holds ("in Macon, Ga. Jones
    said": the next sentence's subject, not a title)."""
    doc = ent.doc
    after_town = (
        ent.text.endswith(".")
        and ent.start >= 2
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ in LOCATION_LABELS
    )
    return (
        not after_town
        and len(ent) == 1
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


def _compared(span: Span, starts: list[int] | None = None) -> bool:
    before = _text(span.doc[_window_start(span, starts, 5) : span.start])
    before = before.lower()
    before = before.removesuffix(" the").strip()
    return before.endswith(COMPARISON_CUES)


def _is_demonym(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.kind == "demonym" and c.place.is_country for c in gazetteer.candidates(text))


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
    reason: str | None = None,
    starts: list[int] | None = None,
) -> PlaceMention:
    place = resolved.place if resolved else None
    # "near" tells only a town's codes apart (``precision_codes``): the words before the
    # mention (and its sentence) are read for a town alone
    near = facility or (
        place is not None
        and not place.is_country
        and place.admin_level not in (1, 2)
        and place.feature_class == "P"
        and bool(_words_before(span, 3, starts) & NEAR_CUES)
    )
    acled, ucdp = precision_codes(place, near=near)
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
        reason=reason,
    )


def _words_before(span: Span, n: int, starts: list[int] | None = None) -> set[str]:
    """The lower-case forms of up to ``n`` words before ``span`` in its sentence."""
    doc = span.doc
    return {t.lower_ for t in doc[_window_start(span, starts, n) : span.start]}


def sentence_starts(doc: Doc) -> list[int] | None:
    """Each word's ``sent_start`` (1: opens a sentence), read once per Doc for
    ``_sentence_start``; None where ``Span.sent`` would not read them (a hook of the
    Doc's own, or no sentence boundaries: it then raises as before)."""
    if doc.user_hooks or doc.user_span_hooks or not doc.has_annotation("SENT_START"):
        return None
    return doc.to_array([SENT_START]).tolist() if len(doc) else []


def _sentence_start(span: Span, starts: list[int] | None) -> int:
    """``span.sent.start`` as spaCy finds it (back from the span's first word to a word
    that opens a sentence, or the Doc's first), from ``sentence_starts``: no sentence
    Span is built per mention."""
    if starts is None:
        return span.sent.start
    i = span.start
    while starts[i] != 1 and i > 0:
        i -= 1
    return i


def _window_start(span: Span, starts: list[int] | None, n: int) -> int:
    """``max(_sentence_start(span, starts), span.start - n)``: the first of up to ``n``
    words before ``span`` in its sentence, found by walking back at most ``n`` words (not
    to the sentence's first word, which is all the caller would then cut away)."""
    if starts is None:
        return max(span.sent.start, span.start - n)
    i = span.start
    floor = max(0, span.start - n)
    while i > floor and starts[i] != 1:
        i -= 1
    return i


@Language.factory("frontlines_geo", default_config=GAZETTEER_CONFIG)
def make_place_resolver(nlp: Language, name: str, gazetteer_path: str) -> PlaceResolverComponent:
    return PlaceResolverComponent(gazetteer_path=gazetteer_path)
