"""Shortcuts the event layer took in session 25 (issue 19's time budget) must change no
output: each cache is held to the slow answer it stands in for, and none may carry one
Doc's answer over to another. Sentences and words of our own."""

from __future__ import annotations

from frontlines.nlp.events import memo, where, where_roles
from frontlines.nlp.events.recalled import recalled_attack
from frontlines.nlp.events.triggers import compile_cue_patterns, cue_pattern
from frontlines.vocab.events import EventLexicon


def _bounds(spans) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans]


def test_a_docs_sentences_are_listed_once_and_each_doc_has_its_own(nlp) -> None:
    first = nlp("Rebels shelled the port on Monday. The army answered at dawn.")
    second = nlp("Police fired tear gas. Protesters marched to the square. Nobody was hurt.")
    assert _bounds(memo.doc_sents(first)) == _bounds(first.sents)  # outside: spaCy's own
    for doc, other in ((first, second), (second, first)):
        with memo.reading(doc):
            assert _bounds(memo.doc_sents(doc)) == _bounds(doc.sents)
            assert memo.doc_sents(doc) is memo.doc_sents(doc)  # one list per Doc
            assert _bounds(memo.doc_sents(other)) == _bounds(other.sents)  # not this Doc's
            assert memo.doc_sents(other) is not memo.doc_sents(doc)


def test_quotations_kept_per_sentence_are_read_as_before_and_per_doc(nlp) -> None:
    quoted = nlp('Marchers in Leeds chanted "Hands off Bristol" as police watched.')
    plain = nlp("Marchers in Leeds chanted loudly as police watched in Bristol today.")
    slow = [where_roles._quotations(s) for s in quoted.sents]
    assert any(slow)  # the sentence holds a quotation: the comparison can differ
    with memo.reading(quoted):
        assert [where_roles._quotations(s) for s in quoted.sents] == slow
        again = [where_roles._quotations(s) for s in quoted.sents]
    assert again == slow
    with memo.reading(plain):  # the same bounds in another Doc: its own answer
        assert [where_roles._quotations(s) for s in plain.sents] == [[]]
    bristol = next(t for t in quoted if t.text == "Bristol")
    chanted = next(t for t in quoted if t.text == "chanted")
    with memo.reading(quoted):
        assert where_roles.quoted_apart(bristol, [chanted])  # a slogan, not a place
    assert where_roles.quoted_apart(bristol, [chanted])


def test_here_is_read_only_where_the_sentence_has_the_word(nlp) -> None:
    doc = nlp("A grenade was thrown at the embassy here on Monday. Troops Here? No.")
    other = nlp("A grenade was thrown at the embassy there on Monday.")
    first = next(iter(doc.sents))
    thrown = next(t for t in doc if t.text == "thrown")
    assert where._here(first, [thrown])
    far = next(iter(other.sents))
    assert not where._here(far, [next(t for t in other if t.text == "thrown")])


def test_a_recalled_attack_reads_the_same_in_any_order(nlp) -> None:
    doc = nlp("Support for the bill fell after the Paris attacks, aides said.")
    attacks = next(t for t in doc if t.text == "attacks")
    plain = recalled_attack(attacks, "attack", "governed by a plan")
    with memo.reading(doc):
        assert recalled_attack(attacks, "attack", "governed by a plan") == plain
        assert recalled_attack(attacks, "attack", "comparison") is False  # a yardstick


def test_warming_compiles_every_cue_pattern_as_reading_would() -> None:
    lexicon = EventLexicon.load()
    cue = next(c for t in lexicon.types for c in t.cues)
    before = cue_pattern(cue.lower())
    compile_cue_patterns(lexicon)
    assert cue_pattern(cue.lower()) is before  # the one compiled pattern per cue
    assert cue_pattern("shell").search("they shelled the town")
