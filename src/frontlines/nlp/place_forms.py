"""Set forms a place's name takes in news copy that the model cuts or misses: a strike
report's opening "Near <village>," and a name written with hyphens ("Guinea-Bissau",
"Mazar-i-Sharif") the model cut at one (used by ``frontlines_places``), and a name that is
one only with its article ("the Gulf", used by ``frontlines_geo``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.place_cues import (
    GENERIC_NAME_WORDS,
    MAX_NAME_TOKENS,
    NAME_PARTICLES,
    PLACE_LABELS,
)
from frontlines.nlp.place_mistyped import CALENDAR_WORDS
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.names import ARTICLE_NAMES, never_a_place, normalise_place_name
from frontlines.vocab.words import words

__all__ = [
    "ROMANCE_PARTICLES",
    "TAIL_LABELS",
    "country_possessive_place",
    "hyphen_joined",
    "strike_report_listed",
    "strike_report_place",
    "with_article",
]

#: People a place of a country's must hold to be read after "<country>'s" by its own name
#: ("Kenya's Dadaab"); a division of the first level may go by any of its names ("Lebanon's
#: Bekaa"). Below, a name is as likely a person's ("Iraq's Sadr": Sadr district, 0).
_POSSESSED_TOWN_POPULATION = 10_000


#: Adjectives that may stand between a country's possessive and its place's name.
_MAX_POSSESSED_ADJECTIVES = 2


def _plain_adjective(token: Token) -> bool:
    """A lower-case adjective ("crowded", "northern"), no name's word."""
    return token.is_lower and token.is_alpha and (token.pos_ == "ADJ" or token.tag_ == "VBN")


def country_possessive_place(ent: Span, gazetteer: Gazetteer) -> bool:
    """ "Lebanon's Bekaa", "Kenya's Dadaab", "Syria's Idlib" with the name read as a person:
    a country's possessive before a name that the gazetteer holds as a division of that
    country, or as a town of it of some size under its own name, is that place. A leader's
    name ("Syria's Assad") names no place of the country. An adjective or two may stand
    between ("Kenya's crowded Kakuma")."""
    doc = ent.doc
    at = ent.start
    while at > 0 and ent.start - at < _MAX_POSSESSED_ADJECTIVES and _plain_adjective(doc[at - 1]):
        at -= 1  # "Kenya's crowded Kakuma": a description between owner and place
    if at < 2 or doc[at - 1].lower_ not in {"'s", "’s"}:
        return False
    owner = doc[at - 2]
    if owner.ent_type_ not in PLACE_LABELS:
        return False
    countries = {c.place.country for c in gazetteer.candidates(owner.text) if c.place.is_country}
    return bool(countries) and any(
        c.place.country in countries
        and (
            c.place.admin_level == 1
            or (c.kind == "name" and c.place.population >= _POSSESSED_TOWN_POPULATION)
        )
        for c in gazetteer.candidates(ent.text)
    )


def strike_report_place(doc: Doc, start: int, end: int) -> bool:
    """ "Near Sultan Abdallah, one strike destroyed ...": a sentence that opens with "Near",
    a name and a comma is the set form of a strike report, and the name is the place struck,
    whether the gazetteer knows it or not (the reports name villages no extract holds). The
    name is capitalised words only, no word of it generic ("Near Mosul University,") and not
    a lone direction word ("Near East"); a date the model tagged ("Near Christmas,") is in
    an entity already and never gets here. "near" inside a
    sentence ("a house near Smith's farm") says too little without the gazetteer."""
    if start < 1 or end >= len(doc) or doc[end].text != ",":
        return False
    near = doc[start - 1]
    span = doc[start:end]
    return (
        near.text in {"Near", "NEAR"}
        and (near.i == 0 or near.is_sent_start or doc[near.i - 1].is_space)
        and len(span) <= MAX_NAME_TOKENS
        and all(
            t.is_title or t.is_upper or t.lower_ in NAME_PARTICLES or t.text[:1] in "-'’‘"
            for t in span
        )  # fmt: skip
        and not any(t.lower_ in GENERIC_NAME_WORDS for t in span)
        and not never_a_place(span.text)
    )


#: Words that join the names of a strike report's opening list ("Near A, B and C,").
_LIST_JOINS = frozenset({",", "and"})
_NEAR = frozenset({"Near", "NEAR"})
#: Words of the clause after the list that make it a strike report ("..., two strikes hit
#: ..."): without one, "Near A, B and C," opens any sentence ("Near Smith, Jones and Brown,
#: officials said ...").
_STRIKE_WORDS = frozenset(
    {
        "strike", "strikes", "airstrike", "airstrikes", "struck", "engaged", "destroyed",
        "hit", "hits", "bombed", "shelled", "targeted", "raided", "attacked",
    }
)  # fmt: skip


def _list_name_word(token: Token) -> bool:
    return (
        token.is_title
        or token.is_upper
        or token.lower_ in NAME_PARTICLES
        or token.text[:1] in "-'’‘"
    ) and token.text not in _LIST_JOINS | _NEAR


def strike_report_listed(doc: Doc, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """ "Near Ardavin, Belmesk and Sultan Abdallah, four strikes ...": each name of a list
    that a sentence-opening "Near" heads and a comma closes is a place struck, as the lone
    name of ``strike_report_place`` is, when the clause after the comma tells of a strike
    (``_STRIKE_WORDS``); the list's shape and that clause are the evidence, so a member the
    gazetteer lacks is a place too. But a list holding a calendar's word ("Near Christmas,
    Easter and Ramadan,") is dates, and one holding a name the model read as a person that
    ``known`` (the gazetteer) lacks is people ("Near Assad, Putin and Khamenei,"). Only lists
    of two names or more: a lone name is ``strike_report_place``'s."""
    span = doc[start:end]
    if (
        start < 1
        or end >= len(doc)
        or len(span) > MAX_NAME_TOKENS
        or not all(_list_name_word(t) for t in span)
        or any(t.lower_ in GENERIC_NAME_WORDS for t in span)
        or never_a_place(span.text)
    ):
        return False
    before = _names_back(doc, start)
    after = _names_on(doc, end)
    if before is None or after is None or not before + after[0]:
        return False
    members = [*before, (start, end), *after[0]]
    return _strike_clause(doc, after[1]) and not any(
        _not_a_place_member(doc[s:e], known) for s, e in members
    )


def _not_a_place_member(member: Span, known: Callable[[str], bool]) -> bool:
    """A calendar's word ("Easter"), or a person the gazetteer does not know ("Putin")."""
    return any(t.lower_ in CALENDAR_WORDS for t in member) or (
        any(t.ent_type_ == "PERSON" for t in member) and not known(member.text)
    )


def _strike_clause(doc: Doc, comma: int) -> bool:
    """The clause after the list's closing comma, to its sentence's end, tells of a strike."""
    for token in doc[comma + 1 :]:
        if token.is_sent_start or token.text in {".", ";", "!", "?"}:
            return False
        if token.lower_ in _STRIKE_WORDS:
            return True
    return False


def _names_back(doc: Doc, start: int) -> list[tuple[int, int]] | None:
    """The names of the list before the one at ``start``, back to its opening "Near"; None
    when the words before are no such list."""
    names: list[tuple[int, int]] = []
    i = start - 1
    while i >= 0:
        if doc[i].text in _NEAR:
            opens = i == 0 or doc[i].is_sent_start or doc[i - 1].is_space
            return names if opens else None
        if doc[i].text not in _LIST_JOINS:
            return None
        while i >= 0 and doc[i].text in _LIST_JOINS:
            i -= 1
        first = i
        while first >= 0 and first > i - MAX_NAME_TOKENS and _list_name_word(doc[first]):
            first -= 1
        if first == i:
            return None
        names.insert(0, (first + 1, i + 1))
        i = first
    return None


def _names_on(doc: Doc, end: int) -> tuple[list[tuple[int, int]], int] | None:
    """The names of the list after the one ending at ``end``, and the comma that closes it
    (a comma before a word that opens no name: "..., four strikes"); None when the words
    after are no such list."""
    names: list[tuple[int, int]] = []
    i = end
    n = len(doc)
    while i < n and doc[i].text in _LIST_JOINS:
        j = i
        while j < n and doc[j].text in _LIST_JOINS:
            j += 1
        if j < n and doc[i].text == "," and j == i + 1 and not (doc[j].is_title or doc[j].is_upper):
            return names, i  # ", four strikes": the list is closed
        k = j
        while k < n and k - j < MAX_NAME_TOKENS and _list_name_word(doc[k]):
            k += 1
        if k == j:
            return None
        names.append((j, k))
        i = k
    return None


def hyphen_joined(ents: list[Span], gazetteer: Gazetteer, span_id: str) -> list[Span]:
    """Country and state names the model cut at a hyphen ("Guinea" of "Guinea-Bissau",
    "Leste" of "Timor-Leste"), grown to the whole hyphenated name when the gazetteer holds
    it as a country's or a first-level division's own name: the cut part names another place
    (Guinea is not Guinea-Bissau). A hyphenated word the gazetteer lacks ("Guinea-based") is
    left as it was, and so is a town's: twin towns and a town with its district are written
    so, and the part alone is often the place meant; but a name joined through a particle
    ("Mazar-i-Sharif", "Bandar-e-Abbas") is one name, and grows when the gazetteer holds
    the whole, as does one whose article is written with its second word ("Deir ez-Zor"
    tagged as "Deir" and "Zor"). A name a dictionary actor matched
    (``kb_id_``) is left too. Spans the grown names overlap are dropped."""

    def known(text: str) -> bool:
        return any(
            c.kind == "name" and c.place.admin_level in {0, 1} for c in gazetteer.candidates(text)
        )

    def division(text: str) -> bool:  # by its own name or a transliteration
        return any(
            c.kind in {"name", "alt"} and c.place.admin_level in {0, 1}
            for c in gazetteer.candidates(text)
        )

    grown: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start, end = ent.start, ent.end
        if ent.label_ in TAIL_LABELS and not ent.kb_id_:
            # "Salah" of "Salah ad-Din" read as a nationality: a division's name, whole
            if _spaced_particle(doc, end) and division(doc[start : end + 3].text):
                end += 3
        elif ent.label_ in PLACE_LABELS and not ent.kb_id_:
            if all(t.text in ROMANCE_PARTICLES for t in ent):
                continue  # "de la" alone: a name's particles, no name
            while end - start > 1 and doc[end - 1].text in ROMANCE_PARTICLES:
                end -= 1  # "Santa Cruz de la": a name never ends at its particle
            tail = _particle_tail(doc, start, end, gazetteer)
            if tail:
                end = tail  # "Rio Grande" of "Rio Grande do Sul": one name
            elif _particle_joined(doc, end) and gazetteer.is_place_name(doc[start : end + 4].text):
                end += 4  # "Mazar" of "Mazar-i-Sharif": one name, whatever place it is
            elif _spaced_particle(doc, end) and gazetteer.is_place_name(doc[start : end + 3].text):
                end += 3  # "Deir" of "Deir ez-Zor" (and "Zor" apart): one name
            elif _hyphen_word(doc, end, 1) and known(doc[start : end + 2].text):
                end += 2
            elif _hyphen_word(doc, start - 1, -1) and known(doc[start - 2 : end].text):
                start -= 2
        if (start, end) == (ent.start, ent.end):
            grown.append(ent)
        else:
            label = "GPE" if ent.label_ in TAIL_LABELS else ent.label_
            grown.append(Span(doc, start, end, label=label, span_id=span_id))
    return filter_spans(grown)


#: Labels the model gives the head of an Arabic division's name cut at its article
#: ("Salah" + "ad-Din" read as a nationality or a person).
TAIL_LABELS = frozenset({"NORP", "PERSON", "ORG"})
#: Lower-case particles inside Romance place names ("Rio Grande do Sul", "Davao del Sur",
#: "Santa Cruz de la Sierra"): the model often ends the name before them.
ROMANCE_PARTICLES = words("place", "romance_particles")
_MAX_TAIL_TOKENS = 4


def _particle_tail(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int | None:
    """Where the place name ``doc[start:end]`` runs on over Romance particles and
    capitalised words ("Rio Grande" + "do Sul") when the gazetteer holds the longer name,
    longest first; None when it does not or no particle follows."""
    if end >= len(doc) or doc[end].text not in ROMANCE_PARTICLES:
        return None
    last = end
    while last < min(len(doc), end + _MAX_TAIL_TOKENS) and (
        doc[last].text in ROMANCE_PARTICLES or (doc[last].is_alpha and doc[last].is_title)
    ):
        last += 1
    for stop in range(last, end + 1, -1):
        name = doc[start:stop].text
        if doc[stop - 1].is_title and not never_a_place(name) and gazetteer.is_place_name(name):
            return stop
    return None


#: Particles that join the words of one Persian, Pashto or Arabic place name through
#: hyphens ("Mazar-i-Sharif", "Bandar-e-Abbas", "Kafr-el-Sheikh").
_JOINING_PARTICLES = NAME_PARTICLES | {"i", "e", "ul", "ud", "ur"}


def _particle_joined(doc: Doc, end: int) -> bool:
    """``doc[end:end + 4]`` is "-", a particle, "-" and a capitalised word, all glued."""
    if end + 3 >= len(doc) or end < 1:
        return False
    hyphen, particle, second, word = doc[end], doc[end + 1], doc[end + 2], doc[end + 3]
    return (
        hyphen.text == "-"
        and second.text == "-"
        and particle.text in _JOINING_PARTICLES  # lower case, as the particle is written
        and not doc[end - 1].whitespace_
        and not (hyphen.whitespace_ or particle.whitespace_ or second.whitespace_)
        and word.is_alpha
        and word.text[:1].isupper()
    )


def _spaced_particle(doc: Doc, end: int) -> bool:
    """``doc[end:end + 3]`` is a particle after a space, glued by a hyphen to a capitalised
    word ("Deir ez-Zor", "Ras al-Ain", "Tell al-Abyad"): an Arabic name's article written
    with its second word, which the model often cuts off into a place of its own."""
    if end + 2 >= len(doc) or end < 1:
        return False
    particle, hyphen, word = doc[end], doc[end + 1], doc[end + 2]
    return (
        doc[end - 1].whitespace_ != ""
        and particle.text in NAME_PARTICLES  # lower case, as the article is written
        and hyphen.text == "-"
        and not (particle.whitespace_ or hyphen.whitespace_)
        and word.is_alpha
        and word.text[:1].isupper()
    )


def _hyphen_word(doc: Doc, i: int, step: int) -> bool:
    """``doc[i]`` is a hyphen glued to the name on one side and to a capitalised word on
    the other (``step`` says which side the word is on)."""
    j = i + step
    if not (0 <= i < len(doc) and 0 <= j < len(doc)) or doc[i].text != "-":
        return False
    return (
        i > 0
        and not doc[i - 1].whitespace_  # no space before the hyphen
        and not doc[i].whitespace_  # nor after it
        and doc[j].is_alpha
        and doc[j].text[:1].isupper()
    )


def with_article(ent: Span) -> Span:
    """ "Gulf" after "the", alone ("patrols in the Gulf"): "the Gulf", the name a sea goes by
    (``ARTICLE_NAMES``); "the Gulf Coast" or "the Gulf of Aden" cut short is no such name."""
    doc = ent.doc
    if (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and normalise_place_name(ent.text) in ARTICLE_NAMES
        and not (ent.end < len(doc) and (doc[ent.end].is_title or doc[ent.end].lower_ == "of"))
    ):
        return Span(doc, ent.start - 1, ent.end, label=ent.label_, span_id=ent.id_)
    return ent


def hyphen_joined_to_place(doc: Doc, start: int, end: int, places: set[int]) -> bool:
    """The untagged name ``doc[start:end]`` is written hyphen-joined, with no space, to a
    word of a place the model found: "the Mosul-Baghdad road" tagged "Mosul" alone, "the
    Aleppo-Damascus highway" tagged "Damascus" alone. A road, a border or a front between
    two places names both (``places``: token indices of the place spans). The caller asks
    for a big place too: an organisation's name is written so as well ("Chad-Osprey", an
    NGO, holds no French village of Lanta)."""
    after = (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and end + 1 in places
    )
    before = (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and start - 2 in places
    )
    return after or before


def filter_spans(spans: Iterable[Span]) -> list[Span]:
    """``spacy.util.filter_spans``: of overlapping spans the first longest, in text order.
    The same spans in the same order (the same stable sorts, on the same keys), each
    span's bounds read once: the place pass filters its entities three times a Doc, and
    spaCy's version reads a Cython span's bounds in a Python key function per sort."""
    found = list(spans)
    bounds = [(s.start, s.end) for s in found]
    keys = [(end - start, -start) for start, end in bounds]
    kept = []
    seen: set[int] = set()
    for k in sorted(range(len(found)), key=keys.__getitem__, reverse=True):
        start, end = bounds[k]
        # end - 1: the bounds are inclusive
        if start not in seen and end - 1 not in seen:
            kept.append(k)
            seen.update(range(start, end))
    kept.sort(key=lambda k: bounds[k][0])
    return [found[k] for k in kept]
