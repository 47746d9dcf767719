"""Our vocabularies: the data files (actors, units, measures, event lexicon, attribution words,
holidays, place aliases) and the number and word helpers every stage shares.

This is the ground layer: every stage may import it and it imports no stage.
"""

__all__: list[str] = []
