"""Names the sentence uses as something other than a place, whatever town bears them.

A gazetteer holds a town for almost any capitalised word ("Xinhua", "Flores", "Olympic"),
so the place pass asks how the sentence uses the name before it keeps or makes a place of it:

* a **news source**: "according to Xinhua", "Al-Ahram reported", "WASHINGTON (RNS)": the
  outlet that speaks, unless the name is a country, a state or a city big enough for
  metonymy ("Moscow said");
* a **person**: a name with an age after it ("Flores, 26, had just ...") or with "family"
  ("the Flores family") is someone's name in this article;
* a **modifier**: "at the Olympic trials", "in the Eta disarmament process": the locative
  before governs the noun after the name, not the name;
* an **English word**: "in the House", "believer in God", "the Ford Bronco": a capitalised
  common word (a lemma of the bundled word vectors, ``vocab.word_vectors``) that the
  gazetteer holds only under another spelling its lookup key folds together (Housse, Göd,
  an alternate name of Bronte, Turkey's code TUR for "Tour") is the word, not the town.

Word lists live in ``data/place_words.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import IS_ALPHA, IS_TITLE, LIKE_NUM, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from frontlines.nlp.extensions import scratch
from frontlines.resolve.place.gazetteer import Candidate, Gazetteer
from frontlines.resolve.place.names import normalise_place_name
from frontlines.vocab.word_vectors import default_word_vectors
from frontlines.vocab.words import words

__all__ = [
    "person_name_parts",
    "qualified_town",
    "METONYMY_MIN_POPULATION",
    "MILLION_CITY",
    "SOURCE_VERBS",
    "demonym_only",
    "english_word_only",
    "is_news_source",
    "major_town",
    "modifies_noun",
    "named_people",
    "names_country",
    "names_major_place",
    "peoples_words",
    "town_over_misread_name",
]

#: Verbs whose subject is who speaks or publishes ("Xinhua reported").
SOURCE_VERBS = words("place", "source_verbs")
#: Nouns a name modifies without ceasing to read as a place ("Idlib countryside", "Mosul
#: airport", "Raqqa residents").
_PLACE_HEAD_NOUNS = (
    words("place", "place_nouns")
    | words("place", "place_suffix_nouns")
    | words("place", "facility_nouns")
    | words("place", "of_place_heads")
    | words("place", "local_nouns")
)
#: A city this big speaks for its government in news copy ("Moscow said", "Ankara denied").
METONYMY_MIN_POPULATION = 100_000
#: A city this big is meant by any of its names ("Bronx" for The Bronx).
MILLION_CITY = 1_000_000
_ARTICLE_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: Words after a surname that make it a family's ("the Flores family").
#: The labels the place pass reads as places (``place_cues.PLACE_LABELS``, not imported:
#: place_cues imports this module).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_FAMILY_NOUNS = frozenset({"family", "families", "household", "brothers", "sisters", "clan"})
#: A person's title or honorific right before a single name: "President Obama", "Ms Roe".
#: Not the titles that open place names ("Prince George", "General Santos", "Sheikh
#: Zuweid", "King George Island").
PERSONAL_TITLES = words("place", "personal_titles")
_QUOTES = frozenset({"'", '"', "‘", "“", "`", "``"})
_MAX_AGE = 115
_PEOPLE_KEY = "frontlines_places.named_people"
#: The hashes ``named_people`` compares a Doc's ``ORTH`` and ``LOWER`` arrays with.
_COMMA = get_string_id(",")
_THE = get_string_id("the")
_FAMILY_HASHES = frozenset(get_string_id(w) for w in _FAMILY_NOUNS)
_QUOTE_HASHES = frozenset(get_string_id(w) for w in _QUOTES)
#: Slots only a place fills ("near Houston"); "in" and "into" take people too.
_PHYSICAL_LOCATIVES = words("place", "physical_locatives")
#: Words that make a "person" the model read a misread institution ("Logan Elementary").
_INSTITUTION_WORDS = words("place", "institution_words")
#: Heads of "in"/"into" that take a person ("faith in Warren", "the inquiry into Santos").
_ATTITUDE_HEADS = words("place", "attitude_heads")
#: Words no person's full name holds: a "full name" the model read with one of them is a
#: place's or a facility's ("SOS Children's Village Malakal", "Riverside Fire Station",
#: "the Hamrin mountains"), and its words are not a person's elsewhere in the story.
_NOT_PERSON_WORDS = (
    words("place", "place_nouns")
    | words("place", "facility_nouns")
    | words("place", "site_nouns")
    | words("place", "governing_nouns")
    | frozenset({"council", "department", "fire", "office", "police"})
    # "Northern Mali" read as a person: a region's name (nlp/place_compass.py); the adjective
    # forms and "central" only, as "North" and "West" are surnames too ("Oliver North")
    | frozenset(w for w in words("place", "region_directions") if w.endswith("ern"))
    | frozenset({"central", "upper", "lower"})
)


def is_news_source(span: Span, gazetteer: Gazetteer) -> bool:
    """``span`` is an outlet or agency quoted as a source, not a place of the story."""
    doc = span.doc
    start, end = span.start, span.end
    cited = (
        start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to"
    )
    verb = span.root.head
    # "Xinhua reported", "Al-Ahram said, citing ...": who speaks; "Heathrow reported
    # disruption" (an object, no speech) is the place where something happened
    speaks = (
        span.root.dep_ in {"nsubj", "nsubjpass"}
        and (verb.lemma_.lower() in SOURCE_VERBS or verb.lower_ in SOURCE_VERBS)
        and not any(child.dep_ == "dobj" for child in verb.children)
    )
    # "WASHINGTON (RNS) Evangelical leaders ...": the agency credit after a dateline
    credit = (
        start >= 2
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and doc[start - 2].is_upper
        and doc[start - 2].is_alpha
    )
    if not (cited or speaks or credit):
        return False
    return not any(
        c.kind in {"name", "abbr"}
        and (
            c.place.is_country
            or c.place.admin_level == 1
            or c.place.population >= METONYMY_MIN_POPULATION
        )
        for c in gazetteer.candidates(span.text)
    )


def named_people(doc: Doc) -> frozenset[str]:
    """Single names the article gives an age, a family or a personal title: "Flores, 26,
    had just", "the Flores family", "President Obama", "Ms Roe" (a place takes none).
    Read once per Doc."""
    cache = scratch(doc)  # a frozenset msgpack cannot write: never serialised with the Doc
    cached = cache.get(_PEOPLE_KEY)
    if cached is not None:
        return cached
    found = set()
    n = len(doc)
    if n > 3:
        # read from one array of the Doc's attributes, a list per column, and only at words
        # in title case (a Token per word, or a row per word, cost more than the test)
        array = doc.to_array([IS_TITLE, IS_ALPHA, ORTH, LOWER, LIKE_NUM])
        titles, _, orth, lower, numeric = array.T.tolist()
        strings = doc.vocab.strings
        openers = (array[: n - 3, 0] != 0) & (array[: n - 3, 1] != 0)
        # words compared by their hashes (a string's hash is fixed): the string store is
        # read only for a number after a comma and a title's word
        for i in openers.nonzero()[0].tolist():
            aged = (
                orth[i + 1] == _COMMA
                and (number := strings[orth[i + 2]] if numeric[i + 2] else "").isdigit()
                and 0 < int(number) <= _MAX_AGE
                and orth[i + 3] == _COMMA
            )
            family = i > 0 and lower[i - 1] == _THE and lower[i + 1] in _FAMILY_HASHES
            titled = (  # capitalised: "told the minister Sunday" is no title
                i > 0
                and titles[i - 1]
                and strings[lower[i - 1]].rstrip(".") in PERSONAL_TITLES
                # a nickname in quotes ("'Mr. Arlington'", "Mr. Baseball") names no person
                and not (i > 1 and orth[i - 2] in _QUOTE_HASHES)
            )
            if aged or family or titled:
                found.add(strings[orth[i]])
    people = cache[_PEOPLE_KEY] = frozenset(found)
    return people


def modifies_noun(doc: Doc, end: int) -> bool:
    """The name ending before ``end`` modifies the common noun after it ("the Olympic
    trials", "the Eta disarmament process"), so a locative before the name governs that
    noun. Nouns that a place name modifies as a place ("Idlib countryside", "Mosul airport",
    "Raqqa residents") do not count."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return (
        nxt.pos_ == "NOUN"
        and nxt.is_lower
        and nxt.is_alpha
        and nxt.lower_ not in _PLACE_HEAD_NOUNS
        and nxt.lemma_.lower() not in _PLACE_HEAD_NOUNS
    )


def english_word_only(name: str, gazetteer: Gazetteer) -> bool:
    """``name`` is one capitalised common English word ("House", "God", "Bronco") that no
    place bears as spelt: the gazetteer's key folds doubled letters, a final -h, "ou" and
    diacritics together, so the word reaches Housse, Göd or Lott, and a place's alternate
    names and codes reach further (Bronte, "TUR" for Turkey). A place of the word's exact
    name ("Reading", "Nice", "Mobile") keeps it a place name, and so do a known place's
    accented name ("Cancun"), a country, a state or a capital under any of its names
    ("Turkey", "Kiev", "Calif."), a city of a million under an alternate one ("Bronx"),
    and a people ("Russian"), and a place our alias file adds under any name listed for it
    ("Sinai"): those are what the word means as a name. Capitals alone
    ("ETA", "SRT") are no English word here."""
    word = name.strip()
    if not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    if word.lower() not in default_word_vectors().rows:
        return False
    return not any(_bears(c, word) for c in gazetteer.candidates(word))


def _bears(candidate: Candidate, word: str) -> bool:
    """The candidate place goes by ``word`` itself, not by a folded or alternate form."""
    place = candidate.place
    if place.is_postal:
        return False  # a post office called House or Plum is not what the word means
    major = place.is_country or place.admin_level == 1 or place.feature_code.startswith("PPLC")
    if candidate.kind == "demonym":
        return True
    if candidate.kind == "abbr":
        return place.admin_level == 1  # "Calif": a state's; "Tour" folded to Turkey's TUR is not
    if candidate.kind == "alt":
        # a place our alias file adds (no GeoNames id) goes by the news names listed for it
        return major or place.population >= MILLION_CITY or place.geonames_id < 0
    spelt = _ARTICLE_THE.sub("", place.name)
    return (
        spelt.casefold() == word.casefold()
        or major
        or (
            normalise_place_name(spelt) == normalise_place_name(word)
            and place.population >= METONYMY_MIN_POPULATION  # "Cancun", not Göd for "God"
        )
    )


def demonym_only(gazetteer: Gazetteer, name: str) -> bool:
    """A country's demonym that is no place's name ("Ukrainian", "Afghan"; not "Saudi",
    which names Saudi Arabia too): a people's word, which the model sometimes reads as a
    place, and which is never where something happens."""
    return not gazetteer.is_place_name(name) and any(
        c.kind == "demonym" and c.place.is_country for c in gazetteer.candidates(name)
    )


def names_country(gazetteer: Gazetteer, name: str) -> bool:
    """``name`` is a country's under any of its names, not its demonym ("US", "Britain")."""
    return any(c.place.is_country and c.kind != "demonym" for c in gazetteer.candidates(name))


def major_town(gazetteer: Gazetteer, name: str) -> bool:
    """``name`` is a capital's, a first-level division's or a town's of 100,000 people or more
    under its own name or a transliteration ("Hama" for Ḩamāh), not under a common word that
    is an alternate name ("Google" is one of Topeka's)."""
    if english_word_only(name, gazetteer):
        return False
    return any(
        c.kind in {"name", "alt"}
        and (
            c.place.admin_level == 1
            or c.place.feature_code.startswith("PPLC")
            or (
                c.place.feature_code.startswith("PPL")
                and c.place.population >= METONYMY_MIN_POPULATION
            )
        )
        for c in gazetteer.candidates(name)
    )


def names_major_place(gazetteer: Gazetteer, name: str) -> bool:
    """``name`` is a country's, a state's, a capital's or a city's big enough to speak for
    its government (``METONYMY_MIN_POPULATION``), under any of its names."""
    return any(
        c.kind != "demonym"
        and (
            c.place.is_country
            or c.place.admin_level == 1
            or c.place.feature_code.startswith("PPLC")
            or c.place.population >= METONYMY_MIN_POPULATION
        )
        for c in gazetteer.candidates(name)
    )


def peoples_words(ents: Iterable[Span], gazetteer: Gazetteer, span_id: str) -> list[Span]:
    """Place-labelled country demonyms (``demonym_only``) relabelled ``NORP``, so that the
    map shows none: the model reads "Ukrainian President ..." as a place now and then, and
    one sense per document then makes every "Ukrainian" of the story one. Run last, after
    that spreading, so that each such mention is still found (as a demonym)."""
    return [
        Span(e.doc, e.start, e.end, label="NORP", span_id=span_id)
        if e.label_ in _PLACE_LABELS and not e.kb_id_ and demonym_only(gazetteer, e.text)
        else e
        for e in ents
    ]


def person_name_parts(doc: Doc, ents: Iterable[Span] | None = None) -> frozenset[str]:
    """The words of the article's full personal names ("Jason Terrell Jones"); a "name"
    holding a place's or a facility's noun ("Village Malakal") is none. ``ents``:
    ``doc.ents`` when the caller has read them (spaCy builds every Span on each read)."""
    return frozenset(
        token.text
        for ent in (doc.ents if ents is None else ents)
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and not any(t.lower_ in _NOT_PERSON_WORDS for t in ent)
        for token in ent
        if token.is_title and len(token) > 2
    )


def town_over_misread_name(ent: Span) -> bool:
    """The model's own reading of ``ent`` as a town, in a locative slot, outweighs a "name"
    elsewhere in the story that holds its word (one sense per document) only when that
    slot is one a person cannot fill ("clashes near Houston"), or when every such name is
    a misread institution ("Sam Houston State University", "Logan Elementary") and the
    slot is not a person's after a noun or verb of trust or inquiry ("lost faith in
    Austin", "invested in Irving", "the investigation into Santos"): wire copy names a
    person by surname alone after the first mention, and the model often reads a surname
    that is also a town's name as a place."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    prep = doc[i]
    if prep.head.lemma_.lower() in _ATTITUDE_HEADS or prep.head.lower_ in _ATTITUDE_HEADS:
        return False
    if prep.lower_ in _PHYSICAL_LOCATIVES:
        return True
    holders = [
        e
        for e in doc.ents
        if e.label_ == "PERSON" and e.start != ent.start and any(t.text == ent.text for t in e)
    ]
    return bool(holders) and all(
        any(t.lower_ in _INSTITUTION_WORDS for t in e) for e in holders
    )


def qualified_town(gazetteer: Gazetteer, ent: Span) -> bool:
    """ "<town>, <state or country>" where the gazetteer holds a town of that name there
    ("samples flown to Fairfax, Virginia"): the comma says where the town lies, which no
    person's name takes, so a misread "name" elsewhere holding the word gives way."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    after = doc[ent.end + 1]
    if after.ent_type_ not in {"GPE", "LOC"} or after.ent_iob_ != "B":
        return False
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    holders = {
        (c.place.country, c.place.admin1 if c.place.admin_level == 1 else "")
        for c in gazetteer.candidates(doc[ent.end + 1 : end].text)
        if c.kind == "name" and c.place.admin_level in {0, 1}
    }
    return any(
        c.kind == "name"
        and ((c.place.country, c.place.admin1) in holders or (c.place.country, "") in holders)
        for c in gazetteer.candidates(ent.text)
    )

