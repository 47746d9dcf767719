"""The `frontlines` command: thin shells over the library, one module per noun.

``documents`` (ingest, docs, show, search, export), ``records`` (claims, places,
events), ``across`` (reconcile, series, conflicts, timeline), ``gazetteer``,
``serve``, ``dev`` (eval, gate, bench) and ``train`` each register their commands on
the one Typer app of ``cli.app``.
"""

from __future__ import annotations

from importlib import import_module

from frontlines.cli.app import app

__all__ = ["COMMAND_MODULES", "app", "main"]

#: Each registers its commands on ``app`` when imported; `--help` lists them in this order.
COMMAND_MODULES = (
    "documents", "records", "across", "gazetteer", "serve", "dev", "train", "train_plover",
)
for _name in COMMAND_MODULES:
    import_module(f"frontlines.cli.{_name}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
