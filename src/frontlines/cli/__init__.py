"""The `frontlines` command: thin shells over the library, grouped by noun."""

__all__: list[str] = []
