"""Time: TIMEX3 recognition and normalisation relative to the article's date."""

from frontlines.resolve.time.component import VERSION, TimeRecognizer, with_reference_date
from frontlines.resolve.time.normalise import Normaliser, Timex, acled_time_precision

__all__ = [
    "VERSION", "Normaliser", "TimeRecognizer", "Timex", "acled_time_precision",
    "with_reference_date",
]  # fmt: skip
