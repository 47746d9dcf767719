"""What a user types for an actor or a measure, resolved to the id we store.

Command lines, URLs and settings files name things loosely: "ISIS", "Daesh",
"islamic_state", "Hayat Tahrir al-Sham" without its marks; "territory-held-share"
or "territory held share". One folding rule here means every caller accepts the
same spellings. An unknown name gives ``None``: whether that is an error (an
unknown measure) or still a usable filter (a subject we have no entry for) is the
caller's decision.
"""

from __future__ import annotations

from frontlines.vocab.actors import Actor, ActorDictionary
from frontlines.vocab.folding import fold_name
from frontlines.vocab.measures import Taxonomy, default_taxonomy

__all__ = ["actor_id", "find_actor", "fold_name", "measure_id", "series_measure_id"]


def find_actor(name: str, actors: ActorDictionary | None = None) -> Actor | None:
    """The actor whose id, name or an alias folds to the same key as ``name``; the first
    in dictionary order when two share an alias. ``actors`` defaults to the loaded
    dictionary (bundled + ``$FRONTLINES_ACTORS``)."""
    return (actors if actors is not None else ActorDictionary.load()).find(name)


def actor_id(name: str, actors: ActorDictionary | None = None) -> str | None:
    """The id of the actor ``name`` refers to, or ``None`` when no actor goes by it."""
    actor = find_actor(name, actors)
    return actor.id if actor else None


def measure_id(name: str, taxonomy: Taxonomy | None = None) -> str | None:
    """The id of the measure ``name`` spells (its id with dashes, underscores or spaces,
    or its label), or ``None`` when no measure matches."""
    wanted = fold_name(name)
    if not wanted:
        return None
    for measure in (taxonomy or default_taxonomy()).measures:
        if wanted in {fold_name(measure.id), fold_name(measure.label)}:
            return measure.id
    return None


def series_measure_id(name: str, taxonomy: Taxonomy | None = None) -> str | None:
    """The measure a series of ``name`` is stored under: "territory lost share" reads
    onto "territory_held_share". ``None`` when no measure matches."""
    table = taxonomy or default_taxonomy()
    found = measure_id(name, table)
    measure = table.series_measure(found) if found else None
    return measure.id if measure else None
