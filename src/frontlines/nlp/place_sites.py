"""Named sites the model tags only in part or not at all: camps, crossings, dams, mountains.

"the Kajaki dam" (the name read as an organisation), "the Hamrin mountains" (nothing
tagged), "the Bab al-Hawa crossing" (a facility without its noun, which no gazetteer
holds): the name and the noun after it are one place, a location (``LOC``). The geo pass
resolves such a span by the town it is named after when the gazetteer lacks the site
(``facility_town``), and keeps it without coordinates when it knows neither.

A bare "camp" is also a faction ("the Clinton camp", "the Fatah camp"): it names a place
only when a word such as "refugee" stands between ("the Domiz refugee camp") or when the
gazetteer knows the name ("Zakho camp"), and never after a person's name. A name the
model already reads as a place is left as it is ("the Mosul dam": Mosul), and so is a
nationality ("the Syrian border crossing").

"Mount Qandil" read as a person is the mountain: no one's name opens with "Mount".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from frontlines.nlp.extensions import doc_text
from frontlines.nlp.place_cues import (
    BODY_TAIL_WORDS,
    GENERIC_NAME_WORDS,
    MAX_NAME_TOKENS,
    NAME_PARTICLES,
    PLACE_LABELS,
    PLACE_NOUNS,
    generic_name,
    token_words,
    word_positions,
)
from frontlines.nlp.place_pacts import TREATY_NOUNS
from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.names import never_a_place
from frontlines.vocab.word_vectors import default_word_vectors
from frontlines.vocab.words import words

__all__ = [
    "FACILITY_NOUNS",
    "INDUSTRY_MODIFIERS",
    "LEADING_SITE_NOUNS",
    "MODIFIED_SITE_NOUNS",
    "MOUNT_WORDS",
    "PLACE_HEADS",
    "SITE_MODIFIERS",
    "SITE_NOUNS",
    "facility_town",
    "mountain_of",
    "named_sites",
    "names_after_place_nouns",
    "opens_with_place_head",
]

SITE_NOUNS = words("place", "site_nouns")
#: A facility named after a place ("Tabqa Dam", "Incirlik Air Base") that no gazetteer holds
#: is placed near the place it is named after (``facility_town``, read by ``frontlines_geo``).
FACILITY_NOUNS = words("place", "facility_nouns")
MODIFIED_SITE_NOUNS = words("place", "modified_site_nouns")
LEADING_SITE_NOUNS = words("place", "leading_site_nouns")
SITE_MODIFIERS = words("place", "site_modifiers")
#: Every noun that can close a site's name, looked for at once.
_ANY_SITE_NOUNS = SITE_NOUNS | MODIFIED_SITE_NOUNS
_OF = frozenset({"of"})
INDUSTRY_MODIFIERS = words("place", "industry_modifiers")
#: Entity labels of a date or a time, which may follow a site's name ("the Mosul Dam Tuesday").
_TIME_LABELS = frozenset({"DATE", "TIME"})
#: The only site noun that also names a faction of people, and its plural ("the Clinton
#: and Sanders camps").
_FACTION_NOUNS = frozenset({"camp", "camps"})
MOUNT_WORDS = frozenset({"mount", "mt", "mt."})
#: A name opening with "Fort" that the model read as a facility or a person ("Fort
#: Benning", "Fort Hood") is the post and the town around it, which news gold marks as a
#: place; the gazetteer often has it only as a post office's name.
FORT_WORDS = frozenset({"fort", "ft.", "ft"})
PLACE_HEADS = words("place", "place_heads")
#: Labels a name opening with a place's head word may carry and still be the place's.
_HEADED_LABELS = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
#: Words that make a name opening with a place an organisation's ("... Military Council").
_BODY_WORDS = GENERIC_NAME_WORDS | BODY_TAIL_WORDS | words("place", "organisation_heads")
#: Entity labels a site's name may carry and still be read as the site's: not a
#: nationality ("Syrian"), a date or a number.
_NAME_LABELS = frozenset({"", "ORG", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_MAX_MODIFIERS = 2


def named_sites(
    doc: Doc, ents: list[Span], gazetteer: Gazetteer, people: frozenset[str], span_id: str
) -> list[Span]:
    """``LOC`` spans of "<name> [modifier] <site noun>" that no place entity covers yet.

    Reads the lower-case words once (``token_words``) and looks only at site nouns, so a
    Doc costs one pass over a list of strings."""
    named, lower = token_words(doc)
    label_at: dict[int, Span] = {i: e for e in ents for i in range(e.start, e.end)}
    people = _site_blind_people(ents, people)
    sites = _leading_sites(doc, named, lower, label_at, people, span_id)
    # most words are no site noun: only those that are are looked up (``word_positions``)
    for k in [k for k in word_positions(doc, _ANY_SITE_NOUNS) if k]:
        word = lower[k]
        if _name_goes_on(doc, k, named, label_at):
            continue  # "Operation Desert Storm", "the Green River Line": a longer name
        end = k
        while end > 0 and k - end < _MAX_MODIFIERS and lower[end - 1] in SITE_MODIFIERS:
            end -= 1
        if word not in SITE_NOUNS and end == k:
            continue  # "the party's base": a base is a site only as an air or naval one
        start = end
        while (
            start > 0
            and end - start < MAX_NAME_TOKENS
            and (named[start - 1] or lower[start - 1] in NAME_PARTICLES or lower[start - 1] == "-")
        ):
            start -= 1
        while start < end and not named[start] and lower[start + 1 : start + 2] != ["-"]:
            start += 1  # never open on a hyphen or a loose particle
        if start >= end or not any(named[start:end]):
            continue
        site = _site(doc, start, end, k, label_at, gazetteer, people, end < k)
        if site is not None and INDUSTRY_MODIFIERS.intersection(lower[end:k]):
            site = site if gazetteer.is_place_name(doc[start:end].text) else None
        if site is not None:
            sites.append(Span(doc, site[0], site[1], label="LOC", span_id=span_id))
    return sites


def _name_goes_on(doc: Doc, k: int, named: list[bool], label_at: dict[int, Span]) -> bool:
    """The site noun at ``k`` is capitalised and a capitalised word other than a date
    follows it: the noun is a word inside a longer name ("Operation Desert Storm"), not
    the site's head."""
    after = k + 1
    return (
        doc[k].is_title
        and after < len(doc)
        and named[after]
        and doc[after].is_title
        and (after not in label_at or label_at[after].label_ not in _TIME_LABELS)
    )


def _site_blind_people(ents: list[Span], people: frozenset[str]) -> frozenset[str]:
    """``people`` without the words only a "person" ending in a site noun gave it
    ("Qayyarah Airfield" read as a man's name is the airfield, so "Qayyarah" is no
    surname); a word of another full name stays."""
    misread = {t.text for e in ents if e.label_ == "PERSON" and _ends_in_site_noun(e) for t in e}
    if not misread:
        return people
    others = {t.text for e in ents if e.label_ == "PERSON" and not _ends_in_site_noun(e) for t in e}
    return frozenset(w for w in people if w not in misread or w in others)


def _ends_in_site_noun(ent: Span) -> bool:
    return len(ent) > 1 and (ent[-1].lower_ in SITE_NOUNS or ent[-1].lower_ in MODIFIED_SITE_NOUNS)


def _leading_sites(
    doc: Doc,
    named: list[bool],
    lower: list[str],
    label_at: dict[int, Span],
    people: frozenset[str],
    span_id: str,
) -> list[Span]:
    """ "Camp Taji", "Camp Bastion": a title-case site noun and the name after it, whatever
    the model read them as (a facility, an organisation, a person), unless a place entity
    covers them already or they run on into a longer name ("Camp David Accords" ends in a
    pact's noun and is left to the pact reading)."""
    spans = []
    # most words are no site noun: only those that are are looked up (``word_positions``)
    for k in word_positions(doc, LEADING_SITE_NOUNS):
        if not doc[k].is_title or k + 1 >= len(doc):
            continue
        if k > 0 and named[k - 1] and lower[k - 1] not in {"the"}:
            continue  # "the Clinton Camp", "Boot Camp": the noun closes another name
        end = k + 1
        while end < len(doc) and end - k <= MAX_NAME_TOKENS and named[end] and doc[end].is_title:
            end += 1
        if end == k + 1:
            continue
        covering = {label_at[i] for i in range(k, end) if i in label_at}
        if any(
            e.label_ in PLACE_LABELS or e.label_ not in _NAME_LABELS or e.start < k or e.end > end
            for e in covering
        ):
            continue
        name = doc[k + 1 : end]
        if (
            never_a_place(name.text)
            or generic_name(name)
            or name.text in people
            or any(t.lower_ in TREATY_NOUNS for t in name)
        ):
            continue
        spans.append(Span(doc, k, end, label="LOC", span_id=span_id))
    return spans


def _site(
    doc: Doc,
    start: int,
    end: int,
    noun: int,
    label_at: dict[int, Span],
    gazetteer: Gazetteer,
    people: frozenset[str],
    modified: bool,
) -> tuple[int, int] | None:
    """The bounds of the site named by ``doc[start:end]`` before the noun at ``noun``, or
    None when the words read as something else."""
    covering = {label_at[i] for i in range(start, noun + 1) if i in label_at}
    for ent in covering:
        if ent.label_ in PLACE_LABELS or (
            ent.label_ not in _NAME_LABELS and not _town_read_as_people(ent, gazetteer)
        ):
            return None  # already a place ("Mosul"), or a nationality ("Syrian")
        if ent.start < start - 1 or ent.end > noun + 1:
            return None  # part of a longer name ("the Kajaki Dam Authority")
        if ent.start == start - 1 and doc[ent.start].lower_ != "the":
            return None
    name = doc[start:end]
    text = name.text
    if never_a_place(text) or generic_name(name) or text in people:
        return None
    person = any(e.label_ == "PERSON" for e in covering)
    faction = doc[noun].lower_ in _FACTION_NOUNS and not modified
    if faction and (person or not gazetteer.is_place_name(text)):
        return None  # "the Clinton camp": a faction
    return start, noun + 1


def _town_read_as_people(ent: Span, gazetteer: Gazetteer) -> bool:
    """A name the model read as a nationality that is a town's the gazetteer holds and no
    country's in any form ("the Baiji oil refinery": Baiji read as a people, as unfamiliar
    names ending in -i often are), or a name the gazetteer lacks that is no people's word
    (``_unfamiliar_name``); "the Syrian border crossing", "the Saudi border" stay
    nationalities."""
    if ent.label_ != "NORP":
        return False
    if gazetteer.is_place_name(ent.text):
        return not any(c.place.is_country for c in gazetteer.candidates(ent.text))
    return _unfamiliar_name(ent, gazetteer)


def _unfamiliar_name(ent: Span, gazetteer: Gazetteer) -> bool:
    """One capitalised word read as a nationality that is no people's word anywhere: no
    common English word (``vocab.word_vectors``: "Kurdish", "Sunni" are), no demonym of the
    gazetteer, no people or faith of the not-places list ("Yazidi"). The model reads
    unfamiliar transliterated names so ("the Tishrin dam"); a site noun after it names the
    site."""
    word = ent.text
    return (
        len(ent) == 1
        and word.isalpha()
        and word.istitle()
        and word.lower() not in default_word_vectors().rows
        and not never_a_place(word)
        and not any(c.kind == "demonym" for c in gazetteer.candidates(word))
    )


def mountain_of(ent: Span) -> bool:
    """A name the model read as a person that opens with "Mount" ("Mount Qandil"), one read
    as a person or a facility that opens with "Fort" ("Fort Benning"), or one
    read as a person, a facility or a thing that opens with an Arabic landform's or
    settlement's word ("Jabal Zawiya", "Tel Skuf": ``opens_with_place_head``); an
    organisation's only when it is no body's name ("Deir ez-Zor Military Council")."""
    if ent.kb_id_ or len(ent) < 2:
        return False
    if ent.label_ == "PERSON" and ent[0].lower_ in MOUNT_WORDS:
        return True
    if (
        ent.label_ in {"PERSON", "FAC"}
        and ent[0].lower_ in FORT_WORDS
        and len(ent) == 2
        and all(t.is_title for t in ent)
        and not _after_a_title(ent)
    ):
        return True  # "Fort Benning", "Fort Drum"; not "Fort Collins Brewery"
    if ent.label_ not in _HEADED_LABELS or not opens_with_place_head(ent):
        return False
    return ent.label_ != "ORG" or not any(t.lower_ in _BODY_WORDS for t in ent)


def _after_a_title(ent: Span) -> bool:
    """ "Detective Fort Williams": a title-case word before the name inside the sentence is a
    person's title, and the name a person's."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_title and not before.is_sent_start


def opens_with_place_head(name: Span) -> bool:
    """ "Jabal Zawiya", "Wadi al-Deif", "Kafr Nabl": a title-case Arabic landform's or
    settlement's word (``PLACE_HEADS``) and a name after it, at most four words in all."""
    if not 2 <= len(name) <= MAX_NAME_TOKENS or name[0].lower_ not in PLACE_HEADS:
        return False
    after = name[1]
    return name[0].is_title and (after.is_title or after.lower_ in NAME_PARTICLES)


def names_after_place_nouns(doc: Doc, span_id: str) -> list[Span]:
    """Capitalised words after a place noun and "of" ("the village of Karabilah", "the
    province of Al-Anbar"): candidates whatever the model tagged them; the caller keeps
    those the noun vouches for or the gazetteer knows."""
    spans = []
    lower = token_words(doc)[1]  # read from the Doc once: a Token per word cost more
    # only an "of" can follow a place noun: the others are passed over (``word_positions``)
    for i in [i for i in word_positions(doc, _OF) if i]:
        if lower[i - 1] not in PLACE_NOUNS:
            continue
        start = i + 1
        end = start
        while (
            end < len(doc)
            and end - start < MAX_NAME_TOKENS
            and (
                doc[end].is_title
                or doc[end].text in {"-", "'"}
                or doc[end].lower_ in {"al", "el"}
            )
        ):
            end += 1
        if end > start and doc[end - 1].is_title:
            spans.append(Span(doc, start, end, label="GPE", span_id=span_id))
    return spans


def facility_town(gazetteer: Gazetteer, span: Span) -> Span | None:
    """ "Tabqa Dam" -> "Tabqa", "(the) Incirlik Air Base" -> "Incirlik", "Camp Taji" ->
    "Taji": the place a facility no gazetteer holds is named after (None for any other
    span), never a word cut out of a longer name the gazetteer lacks ("Bab al-Hawa
    crossing": not the town Al Bab)."""
    start = span.start + int(span[0].lower_ == "the")
    if len(span) < 2 or gazetteer.is_place_name(_span_text(span)):
        return None  # the gazetteer holds the facility itself
    if span.doc[start].lower_ in LEADING_SITE_NOUNS and span.end - start > 1:
        town = span.doc[start + 1 : span.end]  # "Camp Taji" -> Taji
        return town if gazetteer.is_place_name(_span_text(town)) else None
    if span[-1].lower_ not in FACILITY_NOUNS:
        return None
    for end in range(span.end - 1, start, -1):  # the longest name before the facility words
        town = span.doc[start:end]
        after = span.doc[end]
        if (
            town[-1].is_title
            # "Bab al-Hawa crossing": never the town "Bab" cut out of a longer name
            and after.lower_ not in NAME_PARTICLES
            and after.text != "-"
            # nor "Angel" of "Angel Island Immigration Station": only a modifier between
            and all(t.lower_ in SITE_MODIFIERS for t in span.doc[end : span.end - 1])
            and not never_a_place(_span_text(town))
            and gazetteer.is_place_name(_span_text(town))
        ):
            return town
    return None


def _span_text(span: Span) -> str:
    """``span.text`` cut from the Doc's text, read once per Doc."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""
