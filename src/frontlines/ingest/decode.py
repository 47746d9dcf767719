"""Bytes to text, or the reason they are not text we can read.

Order matters: a byte-order mark decides first (UTF-16 and UTF-32 are full of NUL
bytes, so the binary test must not see them before the mark does), then file
signatures and NUL bytes anywhere in the input (not only its first 8 KiB), then
the decoder. An ``--encoding`` that would turn the bytes into mojibake is
refused rather than stored: UTF-16/32 asked for on bytes without a single NUL
(any newline, space or digit in those encodings has one), or a one-byte
encoding asked for on bytes that are valid UTF-8 with non-ASCII characters.
"""

from __future__ import annotations

import codecs

from frontlines.errors import InputError, UsageError

__all__ = ["MAGIC", "check_encoding", "decode"]

MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF",
         b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip", b"\x7fELF": "ELF executable",
         b"SQLite format 3\x00": "SQLite database", b"BZh": "bzip2",
         b"\xfd7zXZ\x00": "xz", b"7z\xbc\xaf\x27\x1c": "7-Zip", b"Rar!": "RAR",
         b"\x28\xb5\x2f\xfd": "zstd"}  # fmt: skip
#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_WIDE = ("utf_16", "utf_32")


def check_encoding(name: str) -> str:
    """``name`` if Python knows it as a text encoding; a ``UsageError`` otherwise."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise UsageError(f"unknown encoding {name!r} (try utf-8, latin-1, utf-16)") from None
    if not getattr(info, "_is_text_encoding", True):
        raise UsageError(f"{name!r} is not a text encoding")
    return name


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """The text of ``data``; ``InputError`` says why there is none."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec, codec.removesuffix("-sig"))
    for magic, name in MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"binary file ({name}), not text")
    wanted = codecs.lookup(encoding).name.replace("-", "_")
    if wanted.startswith(_WIDE):
        if b"\x00" not in data:
            raise InputError(f"not {encoding}: no NUL bytes, which every {encoding} text has "
                             "(is it UTF-8? leave out --encoding)")  # fmt: skip
        return _decode_as(data, encoding, encoding)
    if b"\x00" in data:
        wide = _wide_without_bom(data[:8192])
        if wide:
            raise InputError(
                f"looks like {wide.upper()} without a byte-order mark: pass --encoding {wide}"
            )
        raise InputError("binary file (contains NUL bytes), not text")
    if wanted != "utf_8" and not data.isascii() and _is_utf8(data):
        raise InputError(f"looks like UTF-8, not {encoding}: decoding it as {encoding} would "
                         "garble every accented letter (leave out --encoding)")  # fmt: skip
    return _decode_as(data, encoding, encoding)


def _decode_as(data: bytes, codec: str, said: str) -> str:
    try:
        return data.decode(codec).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {said}: byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start}; re-encode the file as UTF-8 or pass --encoding"
        ) from None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _wide_without_bom(head: bytes) -> str | None:
    """'utf-16-le' etc. when NUL bytes sit where mostly-Latin UTF-16/32 text has them."""
    if len(head) < 16:
        return None
    usable = len(head) - len(head) % 4

    def nul_share(offset: int, step: int) -> float:
        column = head[offset:usable:step]
        return column.count(0) / max(1, len(column))

    by4 = [nul_share(i, 4) for i in range(4)]
    if min(by4[1:]) > 0.9 and by4[0] < 0.5:
        return "utf-32-le"
    if min(by4[:3]) > 0.9 and by4[3] < 0.5:
        return "utf-32-be"
    even, odd = nul_share(0, 2), nul_share(1, 2)
    if odd > 0.6 and even < 0.2:
        return "utf-16-le"
    if even > 0.6 and odd < 0.2:
        return "utf-16-be"
    return None
