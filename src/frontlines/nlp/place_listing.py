"""Names listed with places are places ("fled Jarablus and al-Bab", "Douma, Harasta and
Arbin"): a list names things of one kind.

Why a module of its own: the list reading is one step of ``places.PlaceNamePass`` with its
own rounds (a place vouches along the whole list, one item a round), its own vouchers
(countries' and big towns' names whatever the model read them as) and its own candidates
(runs of capitals the model left untagged between tagged ends). The pass hands it what it
knows of the story: which entities it may relabel, which names are places' at all, and the
people the story names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from frontlines.nlp.place_cues import (
    MAX_LIST_ROUNDS,
    PLACE_LABELS,
    capitalised_runs,
    listed_with,
)
from frontlines.nlp.place_datelines import country_name
from frontlines.nlp.place_senses import major_town
from frontlines.resolve.place.gazetteer import Gazetteer
from frontlines.resolve.place.names import never_a_place

__all__ = ["UNATTESTABLE", "listed_places_of"]

#: Labels no village name gets: a nationality or a language ("Sudanese") is never one.
UNATTESTABLE = frozenset({"NORP", "LANGUAGE"})
#: Labels of big towns' names a list of them reads as places (``_listed_towns``).
_LISTED_TOWN_LABELS = frozenset({"ORG", "PERSON"})


def listed_places_of(
    ents: list[Span],
    people: frozenset[str],
    gazetteer: Gazetteer,
    relabellable: Callable[[Span], bool],
    place_name: Callable[[str], bool],
    span_id: str,
) -> list[Span]:
    """``ents`` with each name the model read as a person or organisation that is listed
    with a place a place too when the gazetteer knows it (``place_name``), repeated so that
    a place vouches along the whole list; untagged runs of capitals listed so are added.
    Countries' own names vouch for one another whatever the model read them as ("Burkina
    Faso, Mali and Niger" as three people), and big towns' read as organisations listed
    together are places (``_listed_towns``). ``relabellable(ent)`` says the pass may change
    the entity's label; ``people`` holds the names the story gives people."""
    countries = {
        (e.start, e.end)
        for e in ents
        if e.label_ not in PLACE_LABELS
        and relabellable(e)
        and not (len(e) == 1 and e.text in people)
        and country_name(gazetteer, e.text)
    }
    ents = _listed_towns(ents, people, gazetteer, relabellable, span_id)
    untagged = _untagged_listable(ents, people, place_name)
    for _ in range(MAX_LIST_ROUNDS):
        places = {(e.start, e.end) for e in ents if e.label_ in PLACE_LABELS} | countries
        ends = {end for _, end in places}
        starts = {start for start, _ in places}
        changed = False
        for n, ent in enumerate(ents):
            if (
                ent.label_ in PLACE_LABELS
                or ent.label_ in UNATTESTABLE
                or not relabellable(ent)
                or (len(ent) == 1 and ent.text in people)  # "Peter Cook ... Cook said"
                or not listed_with(ent, starts, ends)
                or not place_name(ent.text)
            ):
                continue
            ents[n] = Span(ent.doc, ent.start, ent.end, label="GPE", span_id=span_id)
            changed = True
        for span in list(untagged):
            if listed_with(span, starts, ends):
                start, end = span.start, span.end
                ents.append(Span(span.doc, start, end, label="GPE", span_id=span_id))
                untagged.remove(span)
                changed = True
        if not changed:
            break
    return ents


def _listed_towns(
    ents: list[Span],
    people: frozenset[str],
    gazetteer: Gazetteer,
    relabellable: Callable[[Span], bool],
    span_id: str,
) -> list[Span]:
    """Names the model read as organisations, listed together, each a big town's own name
    ("controls Erbil, Sulaymaniyah and Dohuk"): places, as countries listed so are. Every
    item must be one: "Lincoln, Ford and ..." names no list of towns. Items read as people
    count when an organisation's stands in the same list ("hold Daraa, Quneitra and Idlib"
    as organisation, person, organisation): a model that knows the names reads a list of
    people as people throughout, and a list it reads both ways is of names it does not know."""
    towns = sorted(
        (
            n
            for n, e in enumerate(ents)
            if e.label_ in _LISTED_TOWN_LABELS
            and relabellable(e)
            and not (len(e) == 1 and e.text in people)
            and major_town(gazetteer, e.text)
        ),
        key=lambda n: ents[n].start,
    )
    lists: list[list[int]] = []
    for n in towns:
        last = lists[-1][-1] if lists else None
        if last is not None and listed_with(ents[n], {ents[last].start}, {ents[last].end}):
            lists[-1].append(n)
        else:
            lists.append([n])
    placed = {
        n
        for items in lists
        if len(items) > 1 and any(ents[n].label_ == "ORG" for n in items)
        for n in items
    }
    return [
        Span(e.doc, e.start, e.end, label="GPE", span_id=span_id) if n in placed else e
        for n, e in enumerate(ents)
    ]


def _untagged_listable(
    ents: list[Span], people: frozenset[str], place_name: Callable[[str], bool]
) -> list[Span]:
    """Runs of capitals in no entity that the gazetteer holds as a place's name: a list of
    places vouches for them ("spread to Rogaland, Vestfold, Buskerud and Oppland", the
    model tagging only the ends)."""
    if not ents:
        return []
    doc = ents[0].doc
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [
        Span(doc, start, end)
        for start, end in capitalised_runs(doc, taken)
        if not (end - start == 1 and doc[start].text in people)
        and not never_a_place(doc[start:end].text)
        and place_name(doc[start:end].text)
    ]
