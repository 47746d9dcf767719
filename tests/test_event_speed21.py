"""Shortcuts the event layer took in session 21 (issue 19's time budget) must change no
output: each table or cache is held to the slow answer it stands in for. Sentences and
words of our own."""

from __future__ import annotations

from frontlines.nlp.events import kind_said, told_aim
from frontlines.nlp.events.story import GENERAL_EVENT_NOUNS
from frontlines.vocab.events import SUFFIXES, EventType


def _kind(*cues: str) -> EventType:
    return EventType("t", "c", "Explosions/Remote violence", "Remote explosive", "", "", 1.0,
                     cues)  # fmt: skip


def test_a_kinds_noun_forms_are_its_one_word_cues_with_each_ending() -> None:
    forms = told_aim._kind_forms(_kind("Bomb", "blast", "car bomb").cues)
    slow = {c.lower() + e for c in ("Bomb", "blast") for e in ("", *SUFFIXES)}
    assert forms == slow
    assert "bombing" in forms and "blasts" in forms
    assert "car bomb" not in forms and "bomber" not in forms  # two words; a person


def test_a_noun_of_the_kind_is_read_as_before(nlp) -> None:
    doc = nlp("The bombings and the bombers shook the town; the blasts went on.")
    kind = _kind("bomb", "blast")
    found = {t.text for t in doc if told_aim._of_kind(t, kind)}
    assert "bombings" in found and "blasts" in found
    assert "bombers" not in found and "town" not in found


def test_general_event_words_are_kept_as_the_scan_over_the_list_reads_them() -> None:
    words = ["bomb", "bombing", "attack", "attacks", "atta", "raid", "market", "ra", "shell",
             *sorted(GENERAL_EVENT_NOUNS)[:5]]  # fmt: skip
    for word in words:
        slow = any(kind_said._same_word(word, g) for g in GENERAL_EVENT_NOUNS)
        assert kind_said._general(word) == slow, word
    assert kind_said._general("attack") and not kind_said._general("market")


def test_the_docs_entities_are_made_once_while_the_coder_reads_it(nlp) -> None:
    from frontlines.nlp.events import memo

    doc = nlp("Rebels from Mali shelled Gao on Monday; the army of Niger answered.")
    plain = [(e.start, e.end, e.label_) for e in doc.ents]
    assert plain and memo.doc_ents(doc) == doc.ents  # outside the coder: spaCy's own
    with memo.reading(doc):
        first = memo.doc_ents(doc)
        assert memo.doc_ents(doc) is first  # the one tuple, not new Spans on each read
        assert [(e.start, e.end, e.label_) for e in first] == plain
        sent = next(iter(doc.sents))
        assert [(e.start, e.end) for e in memo.entities(sent)] == [
            (e.start, e.end) for e in sent.ents]


def test_lemmas_and_frames_read_from_the_docs_arrays_match_the_tokens(nlp) -> None:
    from frontlines.nlp.events import memo
    from frontlines.nlp.events.frames import frame_cues

    doc = nlp("The militants took full control of the town. Rebels pushed the troops out of "
              "Kidal on 4 May.")  # fmt: skip
    assert memo.lower_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert memo.lemmas(doc) is None  # outside the coder: no table kept
    outside = [[(c, t.i) for c, t in frame_cues(s)] for s in doc.sents]
    assert any(outside)  # the sentences hold frames: the comparison can differ
    with memo.reading(doc):
        assert memo.lemmas(doc) is memo.lemmas(doc)
        inside = [[(c, t.i) for c, t in frame_cues(s)] for s in doc.sents]
        again = [[(c, t.i) for c, t in frame_cues(s)] for s in doc.sents]
    assert inside == outside == again


def test_harm_and_tallies_read_from_the_lemma_table_as_from_the_tokens(nlp) -> None:
    from frontlines.nlp.events import memo
    from frontlines.nlp.events.speakers import harm_told
    from frontlines.nlp.events.story import tallies

    doc = nlp("Jets carried out 14 strikes on the ridge. The mayor attacked the plan. "
              "A gunman with a rifle stormed the hall.")  # fmt: skip
    sents = list(doc.sents)
    outside = ([harm_told(s[0]) for s in sents], [[t.i for t in tallies(s)] for s in sents])
    assert outside[0] != [outside[0][0]] * len(sents)  # the sentences differ: it can fail
    assert any(outside[1])
    with memo.reading(doc):
        inside = ([harm_told(s[0]) for s in sents], [[t.i for t in tallies(s)] for s in sents])
    assert inside == outside
