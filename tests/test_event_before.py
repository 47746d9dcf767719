"""A main clause's subject pronoun stands for the subject of the sentence before
(``nlp/events/before.py``, read by ``phrases.actor_phrase``): sentences of our own,
parsed by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts

RESOLVED = [
    # "they": the plural subject of the sentence before
    ("Fighters of the Ansar Brigade stormed a village in northern Mali on Sunday, residents "
     "said. They opened fire on a market, killing nine people.", "opened", "Ansar Brigade"),
    # a sentence-initial plural the tagger takes for a name
    ("Rebels of the Ansar Brigade seized two villages near Gao on Sunday. They then "
     "attacked an army base, killing four soldiers.", "attacked", "Rebels of the Ansar Brigade"),
    # a chain of the same pronoun reaches two sentences back
    ("Fighters of the Ansar Brigade stormed a village in northern Mali on Sunday. They "
     "looted shops for an hour. They then attacked an army base, killing four soldiers.",
     "attacked", "Ansar Brigade"),
    # "it" in what a speaker said before is the speaker
    ("The Ansar Brigade said on Sunday it had lost two commanders. It attacked an army base "
     "near Gao on Monday, killing four soldiers.", "attacked", "Ansar Brigade"),
]  # fmt: skip

UNRESOLVED = [
    # a plural earlier in its own sentence may be whom it stands for
    ("Soldiers patrolled the road near Gao on Sunday. After the rebels arrived, they "
     "opened fire on a market, killing nine people.", "opened"),
    # the subject before does not agree in number
    ("The army deployed tanks near Gao on Sunday. They opened fire on a market, killing "
     "nine people.", "opened"),
    # the subject before is another pronoun: nothing safe to stand for
    ("He said the road was closed. They opened fire on a market, killing nine people.",
     "opened"),
    # a quote's pronoun is the speaker's to say
    ("Fighters of the Ansar Brigade stormed a village in northern Mali on Sunday. \"When "
     "they came, they opened fire on the market,\" a resident said.", "opened"),
]  # fmt: skip

GROUP_NAMED = [
    # "the group" is the one group the subject before names
    ("Militants of the Shabaab group attacked a police post in Baidoa on Friday. The group "
     "also abducted two teachers from a school nearby.", "abducted", "Shabaab"),
    # also as the subject's possessor
    ("The Sahel Front seized the town of Menaka on Friday. The group's fighters then "
     "executed five men in the market.", "executed", "Sahel Front"),
]  # fmt: skip

GROUP_UNNAMED = [
    # two names in the subject before: which one is not said
    "Police in Baidoa said the Shabaab and the Ansar Brigade fought near the town. The group "
    "also abducted two teachers from a school nearby.",
    # a state's forces are no group
    "Iraqi forces shelled the village of Tal Afar on Friday. The group also abducted two "
    "teachers from a school nearby.",
]


@pytest.mark.parametrize(("text", "word", "doer"), RESOLVED)
def test_a_subject_pronoun_is_the_subject_before(nlp, text, word, doer):
    assert actor_texts(nlp, text, word)[0] == doer


@pytest.mark.parametrize(("text", "word"), UNRESOLVED)
def test_no_doer_where_the_pronoun_is_not_safely_resolved(nlp, text, word):
    assert actor_texts(nlp, text, word)[0] is None


def test_it_of_a_copula_stands_for_no_one(nlp):
    from frontlines.nlp.events.before import said_before

    doc = nlp("The Ansar Brigade stormed a village near Gao on Sunday. It is the third "
              "such raid this month.")
    it = next(t for t in doc if t.text == "It")
    assert said_before(it, lambda t: True) is None


@pytest.mark.parametrize(("text", "word", "group"), GROUP_NAMED)
def test_the_group_is_the_group_named_before(nlp, text, word, group):
    assert group in (actor_texts(nlp, text, word)[0] or "")


@pytest.mark.parametrize("text", GROUP_UNNAMED)
def test_the_group_stays_unnamed_where_the_name_is_not_safe(nlp, text):
    one = actor_texts(nlp, text, "abducted")[0]
    assert one is None or one == "group", one
