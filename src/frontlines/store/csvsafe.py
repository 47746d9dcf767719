"""CSV that a spreadsheet opens as data: a cell of ours that starts like a formula
(``=HYPERLINK(...)``, ``+1``, ``-2+3``, ``@SUM``, a tab or carriage return) gets a
leading apostrophe, the OWASP rule against CSV injection. Numbers stay numbers."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any

__all__ = ["FORMULA_STARTS", "SafeDictWriter", "neutralised"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Any) -> Any:
    """``value`` as a spreadsheet should show it: text that opens like a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose every text cell is ``neutralised``."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: neutralised(v) for k, v in rowdict.items()})
