"""A corpus of hostile inputs, each with the message `frontlines ingest` must give it.

Generated, never committed as binaries: ``build_corpus(folder)`` writes every kind
into ``folder`` (some are FIFOs, sockets, symlink loops, unreadable folders, file
names that are not UTF-8) and returns what a run over it must report. The fault
suite (tests/test_fault.py) ingests it mixed with good articles in one batch; the
README's "Bad input" table lists the same kinds with the same messages
(tests/test_docs.py checks that they agree).

A kind's ``message`` is the documented text; ``…`` stands for the part that
varies (a size, an offset, a column), and ``pattern`` turns it into the regular
expression a reported reason must match in full.
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

__all__ = ["KINDS", "BadKind", "Corpus", "Expected", "build_corpus", "good_text", "readme_rows"]

Outcome = Literal["failed", "stored"]


@dataclass(frozen=True)
class Expected:
    """One report line a run must give: the input as named, and what became of it."""

    origin: str
    kind: str
    outcome: Outcome


@dataclass(frozen=True)
class BadKind:
    """One kind of input: what it is (README wording), the message, how to make it."""

    name: str
    input: str
    message: str
    make: Callable[[Corpus, str], None]
    outcome: Outcome = "failed"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The reason a run reports, as a regular expression (``…`` is any text)."""
        return re.compile(".+".join(re.escape(part) for part in self.message.split("…")))


@dataclass
class Corpus:
    """The folder being filled, the extra command-line inputs and what to expect."""

    folder: Path
    huge: int  # bytes for inputs that must be refused unread (over --max-bytes)
    expected: list[Expected] = field(default_factory=list)
    extra_args: list[str] = field(default_factory=list)
    stdin: Path | None = None
    serial: int = 0

    def write(self, name: str, data: bytes | str, kind: str, outcome: Outcome = "failed") -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.expect(str(path), kind, outcome)
        return path

    def expect(self, origin: str, kind: str, outcome: Outcome = "failed") -> None:
        self.expected.append(Expected(origin, kind, outcome))

    def good(self) -> str:
        """A new good article's text (each one different, so none is a duplicate)."""
        self.serial += 1
        return good_text(self.serial)

    def jsonl(self, name: str, lines: list[bytes | str], kind: str) -> None:
        """A JSON Lines file whose first line is good and whose second is ``lines``."""
        first = json.dumps({"title": f"Good line {self.serial}", "text": self.good()})
        body = b"\n".join(x.encode() if isinstance(x, str) else x for x in [first, *lines])
        path = self.write(name, body + b"\n", kind)
        self.expected[-1] = Expected(f"{path}:1", "good-jsonl-line", "stored")
        for n in range(2, len(lines) + 2):
            self.expect(f"{path}:{n}", kind)


_PLACES = ("Kirkuk", "Mosul", "Raqqa", "Aleppo", "Idlib", "Sirte", "Marawi", "Homs", "Tikrit")


def good_text(n: int) -> str:
    """A short, plain and unique wire story: the good articles mixed with the bad."""
    place = _PLACES[n % len(_PLACES)]
    return (
        f"Fighters attacked a checkpoint near {place} on Monday, killing {n + 2} police "
        f"officers, officials said.\n\nThe attack on route {n * 7 + 3} was the "
        f"{n + 1}th this month, according to a local commander.\n"
    )


def _json(**fields: object) -> str:
    return json.dumps(fields)


def _fifo(c: Corpus, kind: str) -> None:
    path = c.folder / "pipe.txt"
    os.mkfifo(path)
    c.expect(str(path), kind)


def _socket(c: Corpus, kind: str) -> None:
    path = c.folder / "sock.txt"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
    c.expect(str(path), kind)


def _link(target: str, name: str) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        path = c.folder / name
        path.symlink_to(target)
        c.expect(str(path), kind)

    return make


def _loop(c: Corpus, kind: str) -> None:
    _link("loop-b.txt", "loop-a.txt")(c, kind)
    _link("loop-a.txt", "loop-b.txt")(c, kind)


def _bom_crlf(c: Corpus, kind: str) -> None:
    path = c.folder / "bomcrlf.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _json(text=c.good()).encode() + b"\r\n")
    c.expect(f"{path}:1", kind, "stored")


def _unreadable_file(c: Corpus, kind: str) -> None:
    path = c.write("locked.txt", c.good(), kind)
    path.chmod(0)


def _unreadable_folder(c: Corpus, kind: str) -> None:
    folder = c.folder / "locked-folder"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "story.txt").write_text(c.good(), "utf-8")
    folder.chmod(0)
    c.expect(str(folder), kind)


def _arg(given: str) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        c.extra_args.append(given)
        c.expect(given, kind)

    return make


def _empty_folder(c: Corpus, kind: str) -> None:
    folder = c.folder.parent / "no-files-here"
    folder.mkdir()
    (folder / ".hidden").write_text("hidden files are skipped", "utf-8")
    c.extra_args.append(str(folder))
    c.expect(str(folder), kind)


def _huge_stdin(c: Corpus, kind: str) -> None:
    path = c.folder.parent / "stdin.bin"
    story = c.good().encode()
    with path.open("wb") as handle:
        handle.write(story * (c.huge // len(story) + 2))
    c.stdin = path
    c.extra_args.append("-")
    c.expect("<stdin>", kind)


def _huge_file(c: Corpus, kind: str) -> None:
    path = c.write("huge.txt", b"", kind)
    os.truncate(path, c.huge)  # sparse: nothing is written, and nothing may be read


def _huge_line(c: Corpus, kind: str) -> None:
    filler = "x" * c.huge
    c.jsonl("huge-line.jsonl", [_json(text=filler), _json(text=c.good())], kind)
    # the third line is good again: a huge line must not eat the ones after it
    c.expected[-1] = Expected(c.expected[-1].origin, "good-jsonl-line", "stored")


def _bytes_name(raw: bytes, shown: str, data: Callable[[Corpus], str]) -> Callable[..., None]:
    def make(c: Corpus, kind: str) -> None:
        folder = os.fsencode(c.folder)
        with open(folder + b"/" + raw, "wb") as handle:
            handle.write(data(c).encode("utf-8"))
        c.expect(f"{c.folder}/{shown}", kind, "stored" if data(c).strip() else "failed")

    return make


def _deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "Deep text." + "</div>" * depth + "</body></html>"


def _sentences(n: int) -> str:
    return " ".join("He ran." if i % 2 else "We hid." for i in range(n))


def _file(name: str, data: Callable[[Corpus], bytes | str]) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        c.write(name, data(c), kind)

    return make


def _stored(name: str, encode: Callable[[str], bytes]) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        c.write(name, encode(c.good()), kind, "stored")

    return make


def _line(*lines: bytes | str) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        c.jsonl(f"{kind}.jsonl", list(lines), kind)

    return make


def _good_line(**extra: object) -> Callable[[Corpus, str], None]:
    def make(c: Corpus, kind: str) -> None:
        c.jsonl(f"{kind}.jsonl", [_json(text=c.good(), **extra)], kind)

    return make


_LONG_SENTENCE = ("Officials in the province said on Monday that fighters from several groups "
                  "had moved along the river road toward the old town overnight.")
_ZIP = b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256))
_NOT_UTF8 = "not valid utf-8: byte 0x… at offset …; re-encode the file as UTF-8 or pass --encoding"
_BINARY = "binary file (contains NUL bytes), not text"
_NO_TEXT = "no article text found"

KINDS: tuple[BadKind, ...] = (
    BadKind("pdf", "PDF file", "binary file (PDF), not text",
            _file("report.pdf", lambda c: b"%PDF-1.7\n" + bytes(range(256)))),
    BadKind("png", "PNG image", "binary file (PNG), not text",
            _file("photo.png", lambda c: b"\x89PNG\r\n\x1a\n" + bytes(64))),
    BadKind("jpeg", "JPEG image named .txt", "binary file (JPEG), not text",
            _file("photo.txt", lambda c: b"\xff\xd8\xff\xe0" + bytes(64))),
    BadKind("gif", "GIF image", "binary file (GIF), not text",
            _file("anim.gif", lambda c: b"GIF89a" + bytes(64))),
    BadKind("docx", "Word or other ZIP/Office file", "binary file (ZIP/Office), not text",
            _file("letter.docx", lambda c: _ZIP)),
    BadKind("gzip", "gzip file", "binary file (gzip), not text",
            _file("wire.txt.gz", lambda c: b"\x1f\x8b\x08\x00" + bytes(64))),
    BadKind("elf", "program (ELF executable)", "binary file (ELF executable), not text",
            _file("program", lambda c: b"\x7fELF\x02\x01\x01" + bytes(64))),
    BadKind("sqlite", "SQLite database", "binary file (SQLite database), not text",
            _file("other.db", lambda c: b"SQLite format 3\x00" + bytes(64))),
    BadKind("bzip2", "bzip2 file", "binary file (bzip2), not text",
            _file("wire.bz2", lambda c: b"BZh91AY&SY" + bytes(64))),
    BadKind("xz", "xz file", "binary file (xz), not text",
            _file("wire.xz", lambda c: b"\xfd7zXZ\x00" + bytes(64))),
    BadKind("rar", "RAR archive", "binary file (RAR), not text",
            _file("wire.rar", lambda c: b"Rar!\x1a\x07\x00" + bytes(64))),
    BadKind("nul-only", "a file of NUL bytes", _BINARY, _file("zeros.txt", lambda c: bytes(4096))),
    BadKind("nul-early", "NUL bytes in the first 8 KiB", _BINARY,
            _file("nul-early.txt", lambda c: c.good().encode() + b"\x00\x00tail")),
    BadKind("nul-late", "NUL bytes late in a file (after 8 KiB)", _BINARY,
            _file("nul-late.txt", lambda c: (c.good() * 200).encode() + b"\x00 tail")),
    BadKind("random-bytes", "random bytes", _BINARY,
            _file("noise.txt", lambda c: bytes((i * 7919 + 13) % 256 for i in range(4096)))),
    BadKind("latin-1", "Latin-1 text (not UTF-8)", _NOT_UTF8,
            _file("latin1.txt", lambda c: c.good().encode() + "Café.\n".encode("latin-1"))),
    BadKind("bad-utf8-late", "invalid UTF-8 deep in a file", _NOT_UTF8,
            _file("late-bad.txt", lambda c: (c.good() * 300).encode() + b"\xc3\x28")),
    BadKind("utf8-surrogate", "UTF-8-encoded surrogate (CESU-8)", _NOT_UTF8,
            _file("cesu.txt", lambda c: c.good().encode() + b"\xed\xa0\x80")),
    BadKind("utf8-bom", "UTF-8 with a byte-order mark", "stored",
            _stored("bom8.txt", lambda t: "\ufeff".encode() + t.encode()), "stored"),
    BadKind("utf16le-bom", "UTF-16 (LE) with a byte-order mark", "stored",
            _stored("utf16le.txt", lambda t: t.encode("utf-16")), "stored"),
    BadKind("utf16be-bom", "UTF-16 (BE) with a byte-order mark", "stored",
            _stored("utf16be.txt", lambda t: b"\xfe\xff" + t.encode("utf-16-be")), "stored"),
    BadKind("utf32-bom", "UTF-32 with a byte-order mark", "stored",
            _stored("utf32.txt", lambda t: t.encode("utf-32")), "stored"),
    BadKind("utf16le-nobom", "UTF-16 (LE) without a byte-order mark",
            "looks like UTF-16-LE without a byte-order mark: pass --encoding utf-16-le",
            _file("utf16le-nobom.txt", lambda c: c.good().encode("utf-16-le"))),
    BadKind("utf16be-nobom", "UTF-16 (BE) without a byte-order mark",
            "looks like UTF-16-BE without a byte-order mark: pass --encoding utf-16-be",
            _file("utf16be-nobom.txt", lambda c: c.good().encode("utf-16-be"))),
    BadKind("utf32le-nobom", "UTF-32 (LE) without a byte-order mark",
            "looks like UTF-32-LE without a byte-order mark: pass --encoding utf-32-le",
            _file("utf32le-nobom.txt", lambda c: c.good().encode("utf-32-le"))),
    BadKind("utf32be-nobom", "UTF-32 (BE) without a byte-order mark",
            "looks like UTF-32-BE without a byte-order mark: pass --encoding utf-32-be",
            _file("utf32be-nobom.txt", lambda c: c.good().encode("utf-32-be"))),
    BadKind("empty", "empty file", "empty file", _file("empty.txt", lambda c: b"")),
    BadKind("blank", "whitespace only", "empty file", _file("blank.txt", lambda c: " \n\t\r\n")),
    BadKind("zero-width", "zero-width characters only", _NO_TEXT,
            _file("zw.txt", lambda c: "\u200b\u200c\u200d\u2060\ufeff\n" * 50)),
    BadKind("punctuation", "punctuation only", _NO_TEXT,
            _file("dots.txt", lambda c: "... --- !!! ???\n\n* * *\n")),
    BadKind("controls", "control characters only", _NO_TEXT,
            _file("controls.txt", lambda c: "\x01\x02\x03\x1b\x07\x7f\n" * 20)),
    BadKind("html-empty", "HTML page with no article", _NO_TEXT,
            _file("nav.html", lambda c: "<html><head><title>Home</title></head><body>"
                  "<nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>")),
    BadKind("html-script-only", "HTML page of scripts and styles only", _NO_TEXT,
            _file("script.html", lambda c: "<html><head><style>p {color: red}</style></head>"
                  "<body><script>document.write('Fighters attacked a post.');</script></body>"
                  "</html>")),
    BadKind("html-deep", "HTML nested 50,000 deep",
            "too deeply nested: … levels of HTML exceeds the … level limit",
            _file("deep.html", lambda c: _deep_html(50_000))),
    BadKind("html-deep-300", "HTML nested 300 deep (deeper than libxml2 keeps text)",
            "too deeply nested: … levels of HTML exceeds the 250 level limit",
            _file("deep300.html", lambda c: _deep_html(300))),
    BadKind("html-tag-bomb", "HTML tag bomb (9 MB of tags)",
            "too many tags: … HTML tags exceeds the … tag limit",
            _file("bomb.html", lambda c: "<html><body>" + "<b></b>" * 1_300_000 + "</body>")),
    BadKind("many-sentences", "100,000 short sentences (800 KB)",
            "too many sentences: about … exceeds the … sentence limit",
            _file("sentences.txt", lambda c: _sentences(100_000))),
    BadKind("many-words", "3,000 long sentences (75,000 words, 450 KB)",
            "too many words: about … words and marks exceeds the … limit",
            _file("words.txt", lambda c: " ".join([_LONG_SENTENCE] * 3_000))),
    BadKind("long-word", "a 500,000-character word",
            "not prose: a word of … characters exceeds the … character limit",
            _file("word.txt", lambda c: c.good() + "A" * 500_000)),
    BadKind("too-long", "body over 1,000,000 characters",
            "too long: … characters exceeds the … character limit",
            _file("long.txt", lambda c: (c.good() + "\n") * 7_000)),
    BadKind("too-large", "file over --max-bytes (default 10 MiB)",
            "too large: … MiB exceeds the … MiB limit (--max-bytes)", _huge_file),
    BadKind("huge-line", "a JSON line over --max-bytes (the next line is still read)",
            "too large: … MiB exceeds the … MiB limit (--max-bytes)", _huge_line),
    BadKind("huge-stdin", "standard input over --max-bytes",
            "too large: … MiB exceeds the … MiB limit (--max-bytes)", _huge_stdin),
    BadKind("json-malformed", "malformed JSON line",
            "malformed JSON: … at column …", _line("{'text': 'single quotes'}")),
    BadKind("json-truncated", "truncated JSON line",
            "malformed JSON: … at column …", _line('{"text": "cut off')),
    BadKind("json-control", "raw control character inside a JSON string",
            "malformed JSON: Invalid control character at column …",
            _line('{"text": "Fighters\x01 attacked"}')),
    BadKind("json-not-object", "JSON line that is not an object",
            "expected a JSON object per line", _line('["text", "in a list"]', '"a string"')),
    BadKind("json-no-text", "JSON object without text",
            "missing or empty 'text' field",
            _line('{"title": "no body"}', '{"text": "   "}', '{"text": 42}')),
    BadKind("json-deep", "JSON nested 100,000 deep",
            "too deeply nested: more JSON levels than the parser allows",
            _line('{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}")),
    BadKind("json-digits", "a 5,000-digit integer",
            "number too long: an integer of more than 4,300 digits",
            _line('{"text": "x", "n": ' + "9" * 5_000 + "}")),
    BadKind("json-surrogate-text", "lone surrogate (\\ud800) in text",
            "invalid text: a lone surrogate (\\ud800) in 'text'",
            _line('{"text": "Fighters \\ud800 attacked a post."}')),
    BadKind("json-surrogate-title", "lone surrogate in title",
            "invalid text: a lone surrogate (\\udc00) in 'title'",
            _line('{"title": "T \\udc00", "text": "Fighters attacked a post near Homs."}')),
    BadKind("json-nul", "NUL character in text (\\u0000)",
            "invalid text: a NUL character in 'text'",
            _line('{"text": "Fighters\\u0000 attacked a post near Homs."}')),
    BadKind("json-bad-utf8", "invalid UTF-8 in a JSON line", _NOT_UTF8,
            _line(b'{"text": "caf\xe9"}')),
    BadKind("published-impossible", "impossible published date",
            "not a date: 'published' is …", _line(_json(text="x y z", published="2019-02-30"))),
    BadKind("published-words", "published date in words nobody can read",
            "not a date: 'published' is …", _line(_json(text="x y z", published="soon-ish"))),
    BadKind("published-number", "published as a number",
            "not a date: 'published' is …", _line(_json(text="x y z", published=20190208))),
    BadKind("title-long", "title over 1,000 characters",
            "'title' too long: … characters exceeds the 1,000 character limit",
            _line(_json(text="x y z", title="T" * 100_000))),
    BadKind("title-type", "title that is not a string",
            "'title' must be a string, not …", _line(_json(text="x y z", title=["a", "b"]))),
    BadKind("source-type", "source that is not a string",
            "'source' must be a string, not …", _line(_json(text="x y z", source=7))),
    BadKind("source-long", "source over 500 characters",
            "'source' too long: … characters exceeds the 500 character limit",
            _line(_json(text="x y z", source="S" * 600))),
    BadKind("json-nan-text", "text that is NaN", "missing or empty 'text' field",
            _line('{"text": NaN}')),
    BadKind("url-long", "url over 2,000 characters",
            "'url' too long: … characters exceeds the 2,000 character limit",
            _line(_json(text="x y z", url="https://e.x/" + "a" * 5_000))),
    BadKind("jsonl-blank", "JSON Lines file of blank lines", "empty file",
            _file("blank.jsonl", lambda c: "\n \n\r\n")),
    BadKind("jsonl-bom-crlf", "JSON Lines with a byte-order mark and CRLF", "stored",
            _bom_crlf, "stored"),
    BadKind("fifo", "FIFO (named pipe) in a folder", "not a regular file (FIFO)", _fifo),
    BadKind("socket", "socket in a folder", "not a regular file (socket)", _socket),
    BadKind("dev-zero", "/dev/zero", "not a regular file (character device)", _arg("/dev/zero")),
    BadKind("symlink-loop", "symbolic link loop", "cannot read: symbolic link loop", _loop),
    BadKind("symlink-self", "symbolic link to itself", "cannot read: symbolic link loop",
            _link("self.txt", "self.txt")),
    BadKind("symlink-dangling", "broken symbolic link", "cannot read: broken symbolic link",
            _link("nowhere.txt", "dangling.txt")),
    BadKind("symlink-folder", "symbolic link to a folder inside a folder",
            "not followed: a symbolic link to a folder (name the folder itself to ingest it)",
            _link("/tmp", "linked-folder")),
    BadKind("missing", "missing path", "cannot read: no such file or directory",
            _arg("/nonexistent/frontlines/story.txt")),
    BadKind("empty-folder", "folder with no (visible) files", "no files in this folder",
            _empty_folder),
    BadKind("unreadable-file", "unreadable file", "cannot read: permission denied",
            _unreadable_file),
    BadKind("unreadable-folder", "unreadable subfolder", "cannot read folder: permission denied",
            _unreadable_folder),
    BadKind("dir-like-file", "folder named like a file (story.txt/)", "stored",
            _stored("story.txt/inside.txt", str.encode), "stored"),
    BadKind("name-bad-utf8", "file name with invalid UTF-8 bytes", "stored",
            _bytes_name(b"name-\xff.txt", "name-\\xff.txt", lambda c: c.good()), "stored"),
    BadKind("name-bad-utf8-empty", "empty file whose name is invalid UTF-8", "empty file",
            _bytes_name(b"e\xfe.txt", "e\\xfe.txt", lambda c: "")),
    BadKind("name-markup", "[/ and [bold] in a path", "empty file",
            _file("[bold]x[/].txt", lambda c: "")),
    BadKind("name-escape", "terminal escape in a file name (shown as \\x1b)", "empty file",
            _bytes_name(b"esc\x1b[31m.txt", "esc\\x1b[31m.txt", lambda c: "")),
    BadKind("name-newline", "newline in a file name (shown as \\n)", "empty file",
            _bytes_name(b"two\nlines.txt", "two\\nlines.txt", lambda c: "")),
)


def build_corpus(folder: Path, *, huge: int = 11 * 1024 * 1024) -> Corpus:
    """Write every kind into ``folder`` (created) and say what a run must report.

    ``huge`` is the size of the inputs that must be refused without being read; it
    must exceed the run's --max-bytes.
    """
    folder.mkdir(parents=True)
    corpus = Corpus(folder, huge)
    for kind in KINDS:
        kind.make(corpus, kind.name)
    return corpus


def readable_by_others(root: Path) -> None:
    """Let an unprivileged user read the corpus (all but what must stay unreadable)."""
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode) or stat.S_IMODE(mode) == 0:
            continue
        path.chmod(stat.S_IMODE(mode) | 0o755 if path.is_dir() else stat.S_IMODE(mode) | 0o644)


def readme_rows() -> list[str]:
    """The README's "Bad input" table rows for the corpus, one per kind."""
    return [f"| {k.input} | `{k.message}` |" if k.outcome == "failed"
            else f"| {k.input} | stored |" for k in KINDS]  # fmt: skip
