"""The event layer's shortcuts (issue 19's time budget) must change no output.

The lexicon looks a text's words up to find the types worth their own pattern; these
tests hold it to the answer of running every type's pattern on every text.
"""

from __future__ import annotations

import pytest

from frontlines.nlp.events import EventLexicon
from frontlines.nlp.events.component import EventCoder, _cue_texts, _text
from frontlines.nlp.events.factuality import _asks
from frontlines.nlp.events.tokens import _cue_rows, _cue_table, _sentence_cue_texts
from frontlines.vocab.events import SUFFIXES
from tests.event_reading import two_type_lexicon


class _Unfiltered(EventLexicon):
    """The lexicon with its look-up switched off: every type runs its pattern."""

    def _candidates(self, haystack: str) -> set[str]:
        return {t.id for t in self.types}


def _every_pattern_finds(lexicon: EventLexicon, *texts: str) -> bool:
    haystack = " \n ".join(t.lower() for t in texts)
    return any(p.search(haystack) for p in lexicon._cues.values())


def _variants(cue: str) -> list[str]:
    """The cue as a word, with endings, glued into other words and in compounds."""
    words = [cue + s for s in ("", "s", "ing", "ment", "x")]
    return [
        *(f"They said {w} there." for w in words),
        f"An anti-{cue} march.", f"x{cue} and {cue}_", f"{cue.upper()}ED", f"{cue}-led",
        f"({cue}) {cue.split()[0]}", f"ex-{cue}s, {cue}'s",
    ]  # fmt: skip


@pytest.mark.parametrize("custom", [False, True])
def test_the_word_look_up_misses_no_cue_the_patterns_find(custom):
    toml = two_type_lexicon(
        ["air strike", "air-strike", "shell", "gun battle", "clash"],
        ["mob", "mobs attack", "shelling"],
        riot_extra='requires = ["town"]\n',
    )
    lexicon = EventLexicon.load(toml) if custom else EventLexicon.load()
    reference = _Unfiltered(list(lexicon.types))
    cues = sorted({c.lower() for t in lexicon.types for c in t.cues})
    texts = [v for c in cues for v in _variants(c)]
    texts += ["Nothing happened in town.", "", "the - air - strike", "shelled the town"]
    texts += [f"a{c}ed {c}{s}" for c in cues[:3] for s in SUFFIXES]
    found = 0
    for text in texts:
        for pair in [(text,), (text.lower(), text)]:
            assert lexicon.any_cue(*pair) == _every_pattern_finds(lexicon, *pair), pair
            assert lexicon.matches(*pair) == reference.matches(*pair), pair
            found += lexicon.any_cue(*pair)
    assert 0 < found < 2 * len(texts)  # both answers occur: the test can tell them apart


def test_warm_loads_what_the_first_event_would(nlp):
    coder = EventCoder(actors=nlp.get_pipe("frontlines_events").actors)
    assert coder._plover is None and coder._acled is None
    coder.warm()
    assert coder._plover is not None and coder._acled is not None


def test_sentence_texts_read_once_match_spacy(nlp):
    doc = nlp("Did rebels shell the town on 3 March?  \n\nThey did. Who knows ?\n")
    rows = _cue_rows(doc)  # read from the Doc's arrays: as each token would give them
    assert rows == [(t.ent_type_ in {"DATE", "TIME"}, t.lemma_.lower(), t.text_with_ws)
                    for t in doc]  # fmt: skip
    for span in [*doc.sents, doc[:], doc[1:4], doc[2:2]]:
        assert _text(span) == span.text
        assert _asks(span) == span.text.rstrip().endswith("?")
        if len(span):
            assert _cue_texts(span, rows) == _cue_texts(span)
        assert _sentence_cue_texts(span, _cue_table(doc)) == _cue_texts(span, rows)
    assert [_asks(s) for s in doc.sents].count(True) >= 1
