"""The error catalogue: one exit code and HTTP status per kind, old names still caught."""

from __future__ import annotations

import pytest

from frontlines import errors
from frontlines.errors import (
    DataFileError,
    DocumentNotFound,
    DumpError,
    FrontlinesError,
    InputError,
    NotFound,
    PlaceNotFound,
    StoreError,
    UsageError,
    exit_code_for,
    http_status_for,
)


@pytest.mark.parametrize(
    ("cls", "exit_code", "http_status"),
    [
        (FrontlinesError, 1, 500),
        (InputError, 1, 422),
        (DataFileError, 2, 500),
        (DumpError, 2, 500),
        (NotFound, 1, 404),
        (DocumentNotFound, 1, 404),
        (PlaceNotFound, 1, 404),
        (UsageError, 2, 400),
        (StoreError, 1, 500),
    ],
)
def test_mapping(cls: type[FrontlinesError], exit_code: int, http_status: int) -> None:
    exc = cls("something went wrong")
    assert (exit_code_for(exc), http_status_for(exc)) == (exit_code, http_status)
    assert (cls.exit_code, cls.http_status) == (exit_code, http_status)


def test_unexpected_errors_are_bugs() -> None:
    assert exit_code_for(RuntimeError("boom")) == errors.UNEXPECTED_EXIT_CODE == 1
    assert http_status_for(KeyError("x")) == errors.UNEXPECTED_HTTP_STATUS == 500


def test_every_public_error_is_in_the_catalogue() -> None:
    classes = [getattr(errors, n) for n in errors.__all__ if isinstance(getattr(errors, n), type)]
    assert all(issubclass(c, FrontlinesError) for c in classes)
    assert {c.__name__ for c in FrontlinesError.__subclasses__()} <= set(errors.__all__)


def test_message_is_one_line() -> None:
    assert InputError("a.txt: empty file\nmore detail").message == "a.txt: empty file"
    assert NotFound().message == NotFound.__doc__


def test_old_names_are_the_catalogue_classes_with_their_old_bases() -> None:
    from frontlines.cli.plot import PlotError
    from frontlines.lab.runner import EvalError
    from frontlines.resolve.place.dump import DumpError as dump_error
    from frontlines.store import DocumentNotFound as store_document_not_found
    from frontlines.store.queries import PlaceNotFound as place_not_found
    from frontlines.vocab.actors import ActorFileError

    assert ActorFileError is DataFileError and issubclass(ActorFileError, ValueError)
    assert dump_error is DumpError and issubclass(DumpError, ValueError)
    assert store_document_not_found is DocumentNotFound
    assert place_not_found is PlaceNotFound
    assert issubclass(DocumentNotFound, LookupError) and issubclass(PlaceNotFound, LookupError)
    assert EvalError is UsageError and PlotError is UsageError
    assert issubclass(UsageError, ValueError)


def test_bad_actor_file_raises_a_data_file_error(tmp_path) -> None:
    from frontlines.vocab.actors import ActorDictionary

    bad = tmp_path / "actors.toml"
    bad.write_text("[[actor]\n", "utf-8")
    with pytest.raises(DataFileError, match="not valid TOML") as caught:
        ActorDictionary.load([bad], use_env=False)
    assert exit_code_for(caught.value) == 2
