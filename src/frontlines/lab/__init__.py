"""Scorers and loaders for public gold sets, read in their published formats."""

__all__: list[str] = []
