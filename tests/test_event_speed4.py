"""The event layer's per-Doc answers and the lexicon's start-only cue search (issue 19's
time budget, session 14) must change no output: each shortcut is held to the slow answer
it stands in for."""

from __future__ import annotations

import pytest

from frontlines.nlp.events import memo
from frontlines.nlp.events.component import EventCoder
from frontlines.nlp.events.triggers import triggers
from frontlines.vocab.events import SUFFIXES, EventLexicon
from tests.event_reading import two_type_lexicon

_STORY = ("Militants of the Red Hand group shelled the market town of Varno on Friday, "
          "killing four traders, police said. They later attacked an army post nearby. "
          "The army said it would not retake the hills before the rains.")  # fmt: skip


def test_answers_are_kept_per_doc_only_while_the_coder_reads_it(nlp):
    doc, other = nlp.make_doc("Rebels shelled the town."), nlp.make_doc("They fled.")
    calls: list[int] = []

    @memo.per_doc(lambda token: token.i)
    def asked(token):
        calls.append(token.i)
        return [token.i]

    assert asked(doc[0]) == asked(doc[0]) == [0] and len(calls) == 2  # no store: each time
    with memo.reading(doc):
        first = asked(doc[1])
        first.append(99)  # a caller changing its list changes no later answer
        assert asked(doc[1]) == [1] and asked(other[1]) == [1]
        assert calls[2:] == [1, 1]  # once for the Doc read; every time for another Doc
    asked(doc[1])
    assert calls[2:] == [1, 1, 1]  # the store is gone with the block


def test_the_coder_reads_with_a_store_and_codes_the_same(nlp, monkeypatch):
    from frontlines.nlp.events import component

    seen = []
    real = component.frame_text

    def spying(sent):
        seen.append(memo._STORE.get())
        return real(sent)

    monkeypatch.setattr(component, "frame_text", spying)
    doc = nlp(_STORY)
    assert seen and all(s is not None and s[0] is doc for s in seen)
    assert memo._STORE.get() is None  # nothing left once the Doc is coded
    coded = [e.to_json() for e in doc._.events]
    assert coded  # the story tells events: the comparison below can differ

    class _Forgetful(EventCoder):
        __call__ = EventCoder.__call__.__wrapped__  # type: ignore[attr-defined]

    coder = nlp.get_pipe("frontlines_events")
    plain = _Forgetful(actors=coder.actors)
    assert [e.to_json() for e in plain(doc)._.events] == coded


def test_trigger_lists_handed_out_are_the_callers_own(nlp):
    doc = nlp(_STORY)
    coder = nlp.get_pipe("frontlines_events")
    sent = next(iter(doc.sents))
    match = coder.lexicon.matches(sent.text)[0]
    with memo.reading(doc):
        words = triggers(sent, match)
        words.clear()
        assert triggers(sent, match) == triggers(sent, match) != []


def _variants(cue: str) -> list[str]:
    words = [cue + s for s in ("", *SUFFIXES, "x")]
    first = cue.split()[0]
    return [
        " ".join(words), f"anti-{cue} {cue}-led x{cue} {cue}_ {first} {first}s",
        f"re-{cue} ({cue}) {cue}'s {cue.upper()}", f"{first}-{cue} {cue} {cue}",
    ]  # fmt: skip


@pytest.mark.parametrize("custom", [False, True])
def test_cue_search_at_word_starts_finds_what_the_full_scan_finds(custom):
    toml = two_type_lexicon(
        ["air strike", "air", "air-strike", "shell", "shell out", "retake", "-fire"],
        ["mob", "mobs attack", "shelling", "air raid"],
    )
    lexicon = EventLexicon.load(toml) if custom else EventLexicon.load()
    cues = sorted({c.lower() for t in lexicon.types for c in t.cues})
    texts = [v for c in cues for v in _variants(c)]
    texts += [" \n ".join(texts[i : i + 4]) for i in range(0, len(texts), 3)]
    found = 0
    for text in texts:
        for t in lexicon.types:
            pattern = lexicon._cues[t.id]
            slow = [(m.span(), m.group(1)) for m in pattern.finditer(text)]
            assert [(m.span(), m.group(1)) for m in lexicon._found(t.id, text)] == slow
            assert lexicon._any(t.id, text) == bool(slow)
            found += len(slow)
        assert lexicon.any_cue(text) == any(p.search(text) for p in lexicon._cues.values())
    assert found > len(texts)


def test_entities_read_once_are_spacys_for_any_span(nlp):
    doc = nlp("Officials of the Red Hand group met in Varno on Friday. Aid from the "
              "United Nations reached New Varno and Old Mill on 3 June 2024, police said.")
    spans = [*doc.sents, doc[:], doc[1:6], doc[3:5], doc[4:14], doc[2:2], doc[10:25]]
    assert any(s.ents for s in spans) and any(len(s.ents) < len(s.doc.ents) for s in spans)
    outside = [memo.entities(s) for s in spans]
    with memo.reading(doc):
        inside = [memo.entities(s) for s in spans]
        assert memo.entities(spans[0]) == inside[0]  # again, from the store
    expected = [list(s.ents) for s in spans]
    assert outside == inside == expected
    assert [[(e.start, e.end, e.label_, e.kb_id_) for e in ents] for ents in inside] == [
        [(e.start, e.end, e.label_, e.kb_id_) for e in ents] for ents in expected]


def test_a_word_is_judged_once_per_doc_and_a_question_still_asks(nlp, monkeypatch):
    from frontlines.nlp.events import factuality

    doc = nlp("Did rebels shell the town of Varno on Friday ?  \n\nRebels shelled Varno. ")
    asked = [t for t in doc if t.lemma_.lower() == "shell"]
    plain = [factuality.judged(t) for t in asked]
    assert plain[0][0] == "question" and plain[1][0] != "question"
    calls: list[int] = []
    real = factuality.irrealis_reason

    def counting(token):
        calls.append(token.i)
        return real(token)

    monkeypatch.setattr(factuality, "irrealis_reason", counting)
    with memo.reading(doc):
        again = [factuality.judged(t) for t in asked for _ in range(3)]
    assert again == [plain[0]] * 3 + [plain[1]] * 3
    assert sorted(calls) == [t.i for t in asked]  # once each, not once per question



def test_a_question_read_from_the_docs_text_still_asks(nlp):
    from frontlines.nlp.events.realis import irrealis_reason

    doc = nlp("Did rebels shell the town of Varno on Friday ?  \n\nRebels shelled Varno. ")
    asked = [t for t in doc if t.lemma_.lower() == "shell"]
    assert [irrealis_reason(t) == "question" for t in asked] == [True, False]
    assert [t.sent.text.rstrip().endswith("?") for t in asked] == [True, False]
