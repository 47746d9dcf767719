"""The bag-of-lemmas sub-model stacked under the event confidence (lab/lexical_stack.py)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from frontlines.lab.confidence_oof import Candidate, candidate_oof, pooled, scores_at
from frontlines.lab.lexical_stack import LEXICAL, folded
from frontlines.lab.story_cv import LabelledEvents
from frontlines.lab.train_events import every_name, stacked_rows
from frontlines.nlp.logistic import LogisticModel


def _set(name: str, stories: int, rng: np.random.Generator, shared: bool) -> LabelledEvents:
    """Four events a story, one label a story. Each event's words name its story
    (``lex:<story>``); with ``shared`` a word of the label itself (``lex:ok``/``lex:no``)
    is there too, as a sense word would be in every story of that sense."""
    rows, groups = [], []
    for s in range(stories):
        ok = bool(rng.integers(0, 2))
        for _ in range(4):
            words = {f"lex:{name}{s}": 1.0} | ({f"lex:{'ok' if ok else 'no'}": 1.0}
                                               if shared else {})  # fmt: skip
            rows.append(({"bias": 1.0, "off_beat": 0.0} | words, ok))
            groups.append(str(s))
    return LabelledEvents(rows, groups, sum(ok for _, ok in rows))


def _pool(shared: bool) -> Any:
    rng = np.random.default_rng(3)
    return pooled({"dev": _set("d", 24, rng, shared), "judgedA": _set("a", 24, rng, shared)})


def test_words_are_one_stacked_feature() -> None:
    pool = _pool(True)
    names = every_name({"dev": LabelledEvents(pool.rows, pool.groups, 0)})
    assert LEXICAL in names and not any(n.startswith("lex:") for n in names)


def test_a_sub_model_that_only_knows_the_story_ranks_nothing_out_of_fold() -> None:
    """Words that name only their story would rank a seen story's events perfectly; the
    stacked column never comes from a sub-model that saw the event's story."""
    pool = _pool(False)
    trains = frozenset({"dev", "judgedA"})
    probability = candidate_oof(pool, Candidate("lex", (LEXICAL,), trains), repeats=2)
    assert scores_at(pool, probability)["coded"]["auc"] < 0.75
    shared = _pool(True)  # a word every story of a sense shares: learned across stories
    probability = candidate_oof(shared, Candidate("lex", (LEXICAL,), trains), repeats=2)
    assert scores_at(shared, probability)["coded"]["auc"] > 0.95


def test_the_folded_weights_score_as_the_stacked_pair() -> None:
    """The shipped model is one linear model: w * (b + v.x) folded into the words."""
    pool = _pool(True)
    rows, (words, y, names) = stacked_rows([(dict(f), ok) for f, ok in pool.rows], pool.groups)
    assert all(LEXICAL in f for f, _ in rows)
    weights = folded({"bias": -0.5, LEXICAL: 0.8, "x": 1.0}, words, y, names)
    assert LEXICAL not in weights and weights["x"] == 1.0
    from sklearn.linear_model import LogisticRegression

    from frontlines.lab import lexical_stack

    sub = LogisticRegression(C=lexical_stack.SUB_C, max_iter=2000).fit(words, y)
    event = pool.rows[0][0] | {"x": 1.0}
    z = -0.5 + 1.0 + 0.8 * float(sub.decision_function(words[:1])[0])  # the first event
    model = LogisticModel(weights, {})
    assert math.isclose(model.probability(event), 1 / (1 + math.exp(-z)), abs_tol=1e-3)


def test_the_pooled_fit_ships_the_words_folded_in() -> None:
    """``train events --every-feature`` with words: the stacked feature is chosen out of
    fold and the written model weighs the words themselves, not ``lexical``."""
    from frontlines.lab.train_events import fit_pooled

    rng = np.random.default_rng(5)
    per_set = {"dev": _set("d", 24, rng, True), "judgedA": _set("a", 24, rng, True)}
    model = fit_pooled(per_set, c=1.0)
    assert LEXICAL not in model.weights and model.weights.get("lex:ok", 0.0) > 0.0
    assert model.about["features"] == "every"
    right = next(f for f, ok in per_set["dev"].rows if ok)
    wrong = next(f for f, ok in per_set["dev"].rows if not ok)
    assert model.probability(right) > 0.5 > model.probability(wrong)
