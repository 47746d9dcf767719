"""What our components leave on a Doc survives spaCy's serialisation.

spaCy writes ``Doc.user_data`` (where ``doc._.events`` and the other attributes live) with
srsly's msgpack: ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(..., n_process=2)``, which hands each Doc back from its worker as bytes. msgpack
writes only plain values, so two things are registered with srsly here, once, when
``frontlines.nlp`` is imported (as srsly's own numpy support is):

- the extracted records (``Event``, ``Claim``, ``PlaceMention`` ... and the records inside
  them) are written as a map of their fields tagged with the record's name, and read back
  as the same frozen dataclass (equal to the one written);
- a ``DocScratch`` (a component's per-Doc cache: the Doc's text, the names it gives people)
  is written as nothing (``None``): it is recomputed from the Doc when it is next asked
  for, so a Doc read back never carries a cache of some other Doc.

Nothing changes while the pipeline runs: the records stay the objects the components made;
the cost is paid only when a Doc is written or read.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, get_origin, get_type_hints

import srsly

from frontlines.model import (
    Attribution,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    Extractor,
    PlaceMention,
    Quantity,
    TextSpan,
    TimeExpression,
)

__all__ = ["DocScratch", "RECORD_TAG", "RECORD_TYPES", "decode_record", "encode_record"]

#: The key naming a record's type in its written map: a name no field and no plain map
#: our components write uses.
RECORD_TAG = "__frontlines_record__"

#: The records a component sets on a Doc, and the ones nested in them.
RECORD_TYPES: tuple[type, ...] = (
    Attribution, Claim, ClaimSource, Event, EventActor, Extractor, PlaceMention, Quantity,
    TextSpan, TimeExpression,
)  # fmt: skip


class DocScratch:
    """A component's per-Doc cache, kept in ``Doc.user_data``: written as nothing, so it
    never travels with the Doc (``frontlines.nlp.extensions.scratch`` reads and makes it)."""

    __slots__ = ("tokens", "values")

    def __init__(self, tokens: int = -1) -> None:
        #: ``len(doc)`` when the cache was made: a Doc retokenized or refilled since
        #: (``retokenize``, ``from_bytes``) no longer matches and gets a fresh cache.
        self.tokens = tokens
        self.values: dict[str, Any] = {}

    # A copy of a Doc (``Span.as_doc(copy_user_data=True)`` copies each user_data value;
    # pickling sends it to another process) is another text: it starts with an empty cache
    # rather than sharing, or carrying, the original's.
    def __copy__(self) -> DocScratch:
        return DocScratch()

    def __deepcopy__(self, memo: dict[int, Any]) -> DocScratch:
        return DocScratch()

    def __reduce__(self) -> tuple[type, tuple[()]]:
        return (DocScratch, ())


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _tuple_fields(cls: type) -> frozenset[str]:
    """Fields typed as tuples (``Event.cues``, ``Event.evidence``): msgpack reads a written
    tuple back as a list, which the record would not equal."""
    hints = get_type_hints(cls)
    return frozenset(name for name in _field_names(cls) if get_origin(hints[name]) is tuple)


_BY_NAME: dict[str, type] = {cls.__name__: cls for cls in RECORD_TYPES}
_FIELDS: dict[type, tuple[str, ...]] = {cls: _field_names(cls) for cls in RECORD_TYPES}
_TUPLES: dict[type, frozenset[str]] = {cls: _tuple_fields(cls) for cls in RECORD_TYPES}


def encode_record(obj: Any, chain: Any = None) -> Any:
    """srsly's msgpack encoder hook (called only for what msgpack cannot write): a record
    as a tagged map of its fields, a ``DocScratch`` as None, anything else to ``chain``."""
    names = _FIELDS.get(type(obj))
    if names is not None:
        written = {name: getattr(obj, name) for name in names}
        written[RECORD_TAG] = type(obj).__name__
        return written
    if isinstance(obj, DocScratch):
        return None
    return obj if chain is None else chain(obj)


def decode_record(obj: Any, chain: Any = None) -> Any:
    """srsly's msgpack decoder hook (called for every map read): a tagged map as its record
    (its fields inside were read first), any other map to ``chain``. A field this version
    does not know (bytes a later version wrote) is left out; a missing field with a default
    takes it; a missing required field or a value the record refuses raises ``ValueError``
    naming the record (bytes another Frontlines version wrote). Field types are not
    checked beyond what the record's own ``__post_init__`` checks.

    A plain map a user writes with the ``__frontlines_record__`` key set to one of our
    record names is read as that record: the key is ours, so do not use it."""
    tag = obj.get(RECORD_TAG) if isinstance(obj, dict) else None
    cls = _BY_NAME.get(tag) if isinstance(tag, str) else None
    if cls is None:
        return obj if chain is None else chain(obj)
    tuples = _TUPLES[cls]
    values = {name: tuple(obj[name]) if name in tuples and obj[name] is not None else obj[name]
              for name in _FIELDS[cls] if name in obj}  # fmt: skip
    try:
        return cls(**values)
    except (TypeError, ValueError) as error:
        missing = [name for name in _FIELDS[cls] if name not in obj]
        raise ValueError(
            f"cannot read a written {tag} record (fields missing: {missing or 'none'}; "
            f"written by another Frontlines version?): {error}"
        ) from error


def _register() -> None:
    """Add the hooks to srsly's registries (the names are ours: registering twice, as a
    reloaded module does, replaces them)."""
    srsly.msgpack_encoders.register("frontlines_records", func=encode_record)
    srsly.msgpack_decoders.register("frontlines_records", func=decode_record)


_register()
