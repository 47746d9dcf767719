"""Time normalisation: TIMEX3 values relative to the article's date (spaCy-free).

The spaCy component that finds time expressions is ``frontlines.nlp.times``.
"""

from frontlines.resolve.time.normalise import Normaliser, Timex, acled_time_precision

__all__ = ["Normaliser", "Timex", "acled_time_precision"]
