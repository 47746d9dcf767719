"""Resolution layers: map surface mentions to canonical actors, places and times."""

__all__: list[str] = []
