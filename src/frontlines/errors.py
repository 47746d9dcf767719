"""Every error Frontlines raises on purpose, and what each means to a caller.

One catalogue, so that the command line and the HTTP API answer the same
failure the same way: each class carries the exit code a command ends with
(``exit_code``) and the status an HTTP response gets (``http_status``), and
that mapping lives here only. Shells look it up with ``exit_code_for`` /
``http_status_for`` instead of keeping their own tables.

The classes that existed before this module (``DocumentNotFound``,
``PlaceNotFound``, ``DumpError``, and ``ActorFileError`` / ``EvalError`` /
``PlotError``, now names for ``DataFileError`` / ``UsageError``) keep their
old bases (``LookupError``, ``ValueError``) as extra bases, so ``except``
clauses written against those still catch them.

Exit codes follow the CLI's convention: 1 when a command ran and found a
problem (a missing record, inputs that failed), 2 when it could not run as
asked (bad arguments, an unusable data or settings file).

This module is ground: it imports no stage, so every layer may raise these.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "DataFileError",
    "DocumentNotFound",
    "DumpError",
    "EngineError",
    "EventNotFound",
    "FrontlinesError",
    "InputError",
    "NotFound",
    "PlaceNotFound",
    "StoreError",
    "UsageError",
    "exit_code_for",
    "http_status_for",
]

#: What a failure that is not a ``FrontlinesError`` maps to: a bug, not a user mistake.
UNEXPECTED_EXIT_CODE = 1
UNEXPECTED_HTTP_STATUS = 500


class FrontlinesError(Exception):
    """Base of every error we raise on purpose; its ``message`` is one line for a user."""

    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500

    @property
    def message(self) -> str:
        """The first line of the error text (a CLI prints it on one greppable line)."""
        text = str(self).strip()
        return text.splitlines()[0] if text else (type(self).__doc__ or type(self).__name__)


class InputError(FrontlinesError, ValueError):
    """An input that cannot become an article: unreadable, binary, empty, too large."""

    exit_code = 1
    http_status = 422


class DataFileError(FrontlinesError, ValueError):
    """A data file we are configured with (actors, settings) cannot be used.

    Named ``ActorFileError`` in ``frontlines.vocab.actors``. On a server it is the
    operator's mistake, not the client's, hence 500.
    """

    exit_code = 2
    http_status = 500


class DumpError(DataFileError):
    """A file given to ``gazetteer import`` is not a GeoNames table (nothing changes)."""


class NotFound(FrontlinesError, LookupError):
    """The record asked for does not exist."""

    exit_code = 1
    http_status = 404


class DocumentNotFound(NotFound):
    """No stored document has that id (or id prefix), or the prefix is ambiguous."""


class EventNotFound(NotFound):
    """No stored event or merged event has that id."""


class PlaceNotFound(NotFound):
    """A place name that no stored article resolved."""


class UsageError(FrontlinesError, ValueError):
    """The request itself is wrong: an unknown task, an unsupported format, no data.

    Named ``EvalError`` in ``frontlines.lab.runner`` and ``PlotError`` in
    ``frontlines.cli.plot``.
    """

    exit_code = 2
    http_status = 400


class StoreError(FrontlinesError):
    """The database cannot be used as asked (not ours, a newer schema): the server's fault."""

    exit_code = 1
    http_status = 500


class EngineError(FrontlinesError):
    """Where articles are processed cannot be used: worker processes that cannot start or
    keep dying, Ray not installed, a Ray cluster that cannot be reached."""

    exit_code = 2
    http_status = 500


def exit_code_for(exc: BaseException) -> int:
    """The exit code a command ends with after ``exc``."""
    if isinstance(exc, FrontlinesError):
        return exc.exit_code
    return UNEXPECTED_EXIT_CODE


def http_status_for(exc: BaseException) -> int:
    """The HTTP status a response to a request that raised ``exc`` gets."""
    if isinstance(exc, FrontlinesError):
        return exc.http_status
    return UNEXPECTED_HTTP_STATUS
