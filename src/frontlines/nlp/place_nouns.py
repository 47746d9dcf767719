"""Names a place noun introduces by more than "the <noun> of <name>": lists after a plural
noun ("the villages of A, B and C", "four districts: A, B and C", "provinces such as A and
B") and a noun set right before the name ("the village Dvani", "the Sri Lankan capital
Colombo", "a town called Qaraqosh", "the state of Hesse"), and a list of a place's parts
("the Bekaa Valley, including Baalbek and Hermel": the gazetteer must hold each).

Wikipedia, government and wire prose about wars name villages this way, and the model
often reads the items of such a list as people or organisations, or leaves them untagged
(the toponym gold sets LGL, TR-News and GeoVirus show the same). The noun is the evidence:
a list after a noun that only names places below a country (villages, districts,
governorates ...) or a name after "called"/"named" is a place whatever the gazetteer
holds; after a broader noun ("regions", "states", "the capital") or a noun set right
before the name ("the city Saturday" is no town) the gazetteer must know the name too,
unless a settlement's noun after "the" and a mark or a preposition closing the name frame
it ("near the village Zordavi, east of ...").
The caller (``frontlines_places``) asks the gazetteer and decides what the model's own
labels may be overridden. Word lists: ``naming_plural_nouns``, ``known_plural_nouns``,
``known_of_nouns`` and ``list_openers`` in ``data/place_words.toml``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.place_cues import (
    LIST_WORDS,
    NAME_PARTICLES,
    PLACE_LABELS,
    place_context,
    token_words,
    word_positions,
)
from frontlines.resolve.place.names import never_a_place
from frontlines.vocab.word_vectors import default_word_vectors
from frontlines.vocab.words import words

__all__ = [
    "NounNamed",
    "listed_places",
    "names_of_place_nouns",
    "noun_named_places",
    "with_noun_named",
]

#: Plural nouns whose list names places below a country outright ("the villages of ...").
NAMING_PLURAL_NOUNS = words("place", "naming_plural_nouns")
#: Plural nouns whose list items must be places the gazetteer holds ("the regions of ...").
KNOWN_PLURAL_NOUNS = words("place", "known_plural_nouns")
#: Singular nouns before "of" that name a place the gazetteer must hold ("the state of
#: Hesse", "his hometown of Lahore"); the naming nouns ("village of") are read elsewhere.
KNOWN_OF_NOUNS = words("place", "known_of_nouns")
#: Singular nouns set right before a name the gazetteer holds ("the village Dvani", "the
#: Sri Lankan capital Colombo") or before "called"/"named" ("a town called Qaraqosh").
APPOSED_NOUNS = words("place", "apposed_place_nouns")
#: Words between a plural place noun and its list ("of", ":", "including", "such as").
LIST_OPENERS = words("place", "list_openers")
#: "a village called X", "a town named X": the name is a place's, gazetteer or not.
_CALLING_WORDS = frozenset({"called", "named"})
#: Lower-case words inside a name ("Ceamurlia de Jos", "Davao del Sur", "Tall al Abyad").
_INNER_PARTICLES = NAME_PARTICLES | frozenset({"de", "del", "la", "le", "du", "da", "bin", "ibn"})
#: What a place noun's name never takes the place of: "the provinces of Kurdish ...".
_PEOPLES_LABELS = frozenset({"NORP", "LANGUAGE"})
_SEPARATORS = frozenset({",", "and", "or"})
_MAX_NAME_WORDS = 5
#: Words a title-case token can be that are never a place's name after a noun ("the city
#: Monday", "the town Council").
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "council", "hall", "government",
        "police", "authorities", "officials", "administration", "state",
    }
)  # fmt: skip


@dataclass(frozen=True)
class NounNamed:
    """A name a place noun introduces; ``vouched``: the noun alone makes it a place."""

    span: Span
    vouched: bool


def _capitalised(token: Token) -> bool:
    """A name's word: a capital, then not only capitals ("Aleppo", "KwaZulu", "McLean")."""
    return token.text[:1].isupper() and token.is_alpha and not token.is_upper


def _name_end(doc: Doc, start: int) -> int:
    """Where the name opening at ``start`` ends (``start`` when no name opens there): title-
    case words, hyphens inside a word ("Vest-Agder") and particles between title-case words
    ("Davao del Sur")."""
    end = start
    n = len(doc)
    while end < n and end - start < _MAX_NAME_WORDS:
        token = doc[end]
        if _capitalised(token) or (token.is_upper and token.is_alpha and end > start):
            end += 1
        elif (
            end > start
            and end + 1 < n
            and _capitalised(doc[end + 1])
            and (
                (token.text in {"-", "'", "’"} and not doc[end - 1].whitespace_)
                or token.lower_ in _INNER_PARTICLES
            )
        ):
            end += 2
        elif (  # "Bustan al-Qasr": a particle hyphen-joined to the next word
            end > start
            and end + 2 < n
            and token.lower_ in _INNER_PARTICLES
            and doc[end + 1].text == "-"
            and _capitalised(doc[end + 2])
        ):
            end += 3
        else:
            break
    if end > start and doc[start].lower_ in _NOT_NAMES:
        return start
    return end


def _listed_names(doc: Doc, start: int) -> list[Span]:
    """The names of a list opening at ``start`` ("A, B and C"): the first always, one after
    "and"/"or" closes the list, one after a comma only while the list goes on (", Turkish
    officials said" ends it before "Turkish")."""
    found: list[Span] = []
    i = start
    n = len(doc)
    while i < n:
        end = _name_end(doc, i)
        if end == i:
            break
        closing = bool(found) and doc[i - 1].lower_ in {"and", "or"}
        goes_on = end < n and doc[end].lower_ in _SEPARATORS
        if found and not closing and not goes_on:
            break
        found.append(Span(doc, i, end))
        if closing or not goes_on:
            break
        i = end
        while i < n and doc[i].lower_ in _SEPARATORS:
            i += 1
    return found


def _opens_list(lower: list[str], i: int) -> int | None:
    """Where a list after the plural noun at ``i`` starts ("of", ":", "including", ",
    including", "such as"), or None."""
    j = i + 1
    if j < len(lower) and lower[j] == "," and j + 1 < len(lower) and lower[j + 1] == "including":
        j += 1
    if j < len(lower) and lower[j] in LIST_OPENERS:
        return j + 1
    if j + 1 < len(lower) and lower[j] == "such" and lower[j + 1] == "as":
        return j + 2
    return None


def _parts_of_place(doc: Doc, lower: list[str], i: int) -> bool:
    """ "<place>, including A and B" ("the Bekaa Valley, including Baalbek and Hermel"):
    ``i`` is "including" after a comma after a name the model read as a place, so the list
    after it names parts of that place; the gazetteer must hold each item."""
    return (
        lower[i] == "including"
        and i >= 2
        and lower[i - 1] == ","
        and doc[i - 2].ent_type_ in PLACE_LABELS
    )


#: Every word the loop of ``names_of_place_nouns`` acts on.
_OPENING_WORDS = (
    frozenset({"including"})
    | NAMING_PLURAL_NOUNS
    | KNOWN_PLURAL_NOUNS
    | KNOWN_OF_NOUNS
    | APPOSED_NOUNS
)


def names_of_place_nouns(doc: Doc) -> list[NounNamed]:
    """Every name a place noun introduces in ``doc`` (see the module's docstring)."""
    lower = token_words(doc)[1]
    found: list[NounNamed] = []
    # most words open nothing: only those that can are looked up (``word_positions``)
    opening = [i for i in word_positions(doc, _OPENING_WORDS) if i < len(lower) - 1]
    for i in opening:
        word = lower[i]
        if _parts_of_place(doc, lower, i):
            found.extend(NounNamed(s, False) for s in _listed_names(doc, i + 1))
        elif word in NAMING_PLURAL_NOUNS or word in KNOWN_PLURAL_NOUNS:
            start = _opens_list(lower, i)
            if start is not None:
                vouched = word in NAMING_PLURAL_NOUNS
                found.extend(NounNamed(s, vouched) for s in _listed_names(doc, start))
        elif word in KNOWN_OF_NOUNS and lower[i + 1] == "of" and not doc[i].is_title:
            end = _name_end(doc, i + 2)
            if end > i + 2:
                found.append(NounNamed(Span(doc, i + 2, end), False))
        elif word in APPOSED_NOUNS:
            if doc[i].is_title or doc[i].pos_ != "NOUN":
                continue  # "Capital Gazette", "the Village Voice": a title's word
            calling = lower[i + 1] in _CALLING_WORDS
            start = i + 2 if calling else i + 1
            end = _name_end(doc, start)
            if end == start + 1 and lower[start] in _SETTLEMENT_ROLES:
                continue  # "the village Sheikh": its officer, whatever town shares the word
            if end > start and not (end < len(doc) and doc[end].pos_ == "PROPN"):
                vouched = calling or _settlement_apposed(doc, lower, i, end)
                found.append(NounNamed(Span(doc, start, end), vouched))
    return found


#: Settlement nouns whose apposed name is a place's outright when the name closes the
#: phrase ("near the village Zordavi, east of ..."): a person's name so set goes on into a
#: clause ("the town Smith visited").
_SETTLEMENT_NOUNS = frozenset({"village", "hamlet", "town"})
#: Words that close a noun phrase right after the apposed name.
_CLOSING_MARKS = frozenset({",", ".", ";", ":", ")"})
#: Office and role words a place noun is set before as a noun compound ("the village
#: Imam", "the town Mayor"): the place's officer, no name of it, even where a town shares
#: the word (a "Sheikh" in Somalia).
_SETTLEMENT_ROLES = frozenset(
    {
        "mayor", "imam", "elder", "elders", "sheikh", "shaikh", "mukhtar", "chief", "governor",
        "council", "councillor", "priest", "doctor", "headman", "cleric", "mullah", "judge",
        "clerk", "sheriff", "marshal", "constable", "teacher", "leader", "leaders", "square",
    }
)  # fmt: skip


def _settlement_apposed(doc: Doc, lower: list[str], noun: int, end: int) -> bool:
    """ "the village Zordavi," / "the town Korbelin on Monday": a settlement noun after "the"
    and a name of capitalised words that a mark or a preposition closes. A name the
    gazetteer lacks is still the village's: a person's name after "the village" would go on
    into a clause ("the town Smith visited"), which the closing word rules out. A date's
    word is no name here (``_NOT_NAMES``), and neither is a lone officer's word ("the
    village Imam", never a name: ``_SETTLEMENT_ROLES``) or other common English word ("the
    town Square"): capitalised, they are a compound's head, so the gazetteer must hold them."""
    lone = end - noun == 2 and doc[noun + 1].lower_
    return (
        lower[noun] in _SETTLEMENT_NOUNS
        and noun > 0
        and lower[noun - 1] == "the"
        and (end >= len(doc) or doc[end].text in _CLOSING_MARKS or doc[end].pos_ == "ADP")
        and not (lone and lone in default_word_vectors().rows)
    )


def noun_named_places(
    doc: Doc, known: Callable[[str, int], bool], people: frozenset[str]
) -> list[Span]:
    """The names place nouns introduce that are places: the noun vouches for the name or
    ``known`` (the gazetteer, given the text and its number of words) holds it, and it is
    neither a word of a person's name in the story nor a string that is never a place."""
    return [
        n.span
        for n in names_of_place_nouns(doc)
        if not (len(n.span) == 1 and n.span.text in people)
        and not never_a_place(n.span.text)
        and (n.vouched or known(n.span.text, len(n.span)))
    ]


def with_noun_named(
    ents: list[Span], named: list[Span], relabellable: Callable[[Span], bool], span_id: str
) -> list[Span]:
    """``ents`` with each of ``named`` (names a place noun introduced, already judged places)
    as a place: over untagged words, or in place of entities of its own extent or within it
    that ``relabellable`` allows (a person or an organisation the model read, no dictionary
    actor; never a nationality or a language). The model's own place reading stands, and an
    entity reaching past the name is left alone."""
    for span in named:
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(
            e.label_ in PLACE_LABELS
            or e.label_ in _PEOPLES_LABELS
            or not relabellable(e)
            or e.start < span.start
            or e.end > span.end
            for e in overlapping
        ):
            continue
        ents = [e for e in ents if e not in overlapping]
        ents.append(Span(span.doc, span.start, span.end, label="GPE", span_id=span_id))
    return ents


def listed_places(ent: Span, place_name: Callable[[str], bool], span_id: str) -> list[Span]:
    """A name the model read as one person or organisation that is a list of places
    joined by commas, "and" or "or" ("the villages of Ahar and Kaleybar", "near Rawah,
    Bayji,"), or the two ends of a route ("from Aleppo to Azaz"), each item a name
    ``place_name`` (the gazetteer) holds, where the words around read as a place: the
    places. "Johnson and Johnson said" has no place's words around."""
    doc = ent.doc
    # "from Aleppo to Azaz" read as one title: a route's two ends
    route = ent.start > 0 and doc[ent.start - 1].lower_ == "from"
    cuts = [t.i for t in ent if t.lower_ in LIST_WORDS or (route and t.lower_ == "to")]
    if not cuts or not place_context(doc, ent.start, ent.end):
        return []
    bounds = [ent.start - 1, *cuts, ent.end]
    parts = [Span(doc, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
    if len(parts) < 2 or not all(
        p[0].is_title and place_name(p.text) and not never_a_place(p.text) for p in parts
    ):
        return []
    return [Span(doc, p.start, p.end, label="GPE", span_id=span_id) for p in parts]
