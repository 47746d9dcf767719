"""Paths to open handles, bounded in bytes, or the reason an input cannot be read.

Only regular files are opened, and with ``O_NONBLOCK`` so that a FIFO swapped in
after the check still cannot hang the run; reads stop at the byte limit before
anything larger is in memory (a file, a JSON line, standard input). Folders are
walked with every unreadable subfolder reported, and every name is shown
printably: bytes that are not UTF-8 and control characters are escaped, so a
name can neither break the one-line failure report nor drive the terminal.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from frontlines.errors import InputError
from frontlines.model import InputProblem

__all__ = [
    "Bounded",
    "display_name",
    "iter_files",
    "open_regular",
    "read_bounded",
    "read_lines",
]

CHUNK = 1 << 16
_KINDS = ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"),
          (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"),
          (stat.S_ISDIR, "folder"))  # fmt: skip


def display_name(path: str | Path) -> str:
    """``path`` as a user may see it: invalid UTF-8 bytes as ``\\xff``, controls escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _reason(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ELOOP:
        return "cannot read: symbolic link loop"
    if exc.errno == errno.ENOENT and path.is_symlink():
        return "cannot read: broken symbolic link"
    return f"cannot read: {(exc.strerror or str(exc)).lower()}"


def iter_files(paths: Iterable[str]) -> Iterator[Path | InputProblem]:
    """Files under ``paths``, folders walked recursively (sorted, hidden names skipped);
    an ``InputProblem`` for each path or folder that cannot be read."""
    for given in paths:
        if given == "-":
            yield Path("-")
            continue
        path = Path(given)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except OSError as exc:
            yield _problem(path, _reason(exc, path))
            continue
        if not is_dir:
            yield path
            continue
        found = False
        for item in _walk(path):
            found = found or isinstance(item, Path)
            yield item
        if not found:
            yield _problem(path, "no files in this folder")


def _walk(folder: Path) -> Iterator[Path | InputProblem]:
    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append):
        yield from (_problem(Path(f.filename), "cannot read folder: " + (f.strerror or "").lower())
                    for f in failures)  # fmt: skip
        failures.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):  # os.walk does not go in: say so
                yield _problem(Path(root) / name, "not followed: a symbolic link to a folder "
                               "(name the folder itself to ingest it)")  # fmt: skip
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    yield from (_problem(Path(f.filename), "cannot read folder: " + (f.strerror or "").lower())
                for f in failures)  # fmt: skip


def _problem(path: Path, reason: str) -> InputProblem:
    return InputProblem(display_name(path), reason)


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; ``InputError`` otherwise."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"not a regular file ({_kind(mode)})")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(_reason(exc, path)) from None
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
        handle.close()
        raise InputError(f"not a regular file ({_kind(os.fstat(fd).st_mode)})")
    return handle


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "special file")


class Bounded(InputError):
    """More bytes than the limit; ``size`` is how many were seen (at least)."""

    def __init__(self, size: int, limit: int, *, whole: bool) -> None:
        mib = 1024 * 1024
        said = f"{size / mib:.1f} MiB" if whole else f"more than {limit / mib:.1f} MiB"
        super().__init__(
            f"too large: {said} exceeds the {limit / mib:.0f} MiB limit (--max-bytes)"
        )
        self.size = size


def read_bounded(handle: BinaryIO, limit: int, size_hint: int | None = None) -> bytes:
    """All of ``handle``, or ``Bounded`` once it passes ``limit`` bytes (never more in
    memory than the limit and one chunk)."""
    if size_hint is not None and size_hint > limit:
        raise Bounded(size_hint, limit, whole=True)
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise Bounded(len(data), limit, whole=False)
    return data


def read_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | Bounded]:
    """The lines of ``handle``; a line over ``limit`` bytes is skipped unread past the limit
    (a ``Bounded`` in its place, with its full size) and reading goes on after it."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(CHUNK)
            if not line:
                break
            size += len(line)
        yield Bounded(size, limit, whole=True)
