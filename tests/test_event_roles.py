"""Who did what to whom, read from the trigger's arguments on sentences of our own.

Each sentence tries one construction news uses to report violence (passive, nominal,
"came under fire", participles, possessives, reported speech); the real pipeline parses
it, so a failure means the rule or the model reads that construction differently now.
"""

from __future__ import annotations

import pytest

from frontlines.nlp.events.roles import actors_of

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    ("An army base near Goma was attacked by rebels on Monday.", "attacked", "rebels", "army"),
    ("Rebels attacked an army base near Goma.", "attacked", "Rebels", "army"),
    ("Ukrainian troops came under fire from Russian forces near Bakhmut.", "fire",
     "Russian forces", "Ukrainian troops"),
    ("Heavy clashes broke out between the Sudanese army and the Rapid Support Forces.",
     "clashes", "Sudanese army", "Rapid Support Forces"),
    ("A Russian missile strike hit an apartment block in Dnipro, killing nine civilians.",
     "killing", "Russian", "nine civilians"),
    ("Thousands of students protested in Dhaka on Sunday.", "protested",
     "Thousands of students", None),
    ("The Israeli military said its forces struck Hamas targets in Gaza overnight.", "struck",
     "Israeli military", "Hamas targets"),
    ("Three soldiers were killed when militants ambushed their convoy in Niger.", "ambushed",
     "militants", "Three soldiers"),
    ("Members of the Wagner group executed dozens of civilians.", "executed",
     "Wagner group", "dozens of civilians"),
    ("Israel's bombardment of the camp killed dozens of people.", "bombardment", "Israel",
     "dozens of people"),
    ("Police fired tear gas at protesters outside parliament.", "fired", "Police",
     "protesters"),
    ("Rebels ambushed a bus carrying soldiers near the border.", "ambushed", "Rebels",
     "soldiers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_actors_follow_the_construction(nlp, text, word, actor1, actor2):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    one, two = actors_of(trigger)
    assert (one.text if one else None) == actor1
    assert (two.text if two else None) == actor2


def test_the_possessor_of_a_killing_is_who_was_killed(nlp):
    doc = nlp("Officials confirmed the commander's killing in a drone strike.")
    one, two = actors_of(next(t for t in doc if t.text == "killing"))
    assert one is None or one.text != "commander"
    assert two is not None and two.text == "commander"


def test_a_site_without_a_keeper_is_no_actor(nlp):
    doc = nlp("Gunmen attacked a hotel in Mogadishu.")
    one, two = actors_of(next(t for t in doc if t.text == "attacked"))
    assert one is not None and one.text == "Gunmen"
    assert two is None


def test_plover_names_in_one_subject_act_together(nlp):
    from frontlines.nlp.events.participants import participants

    doc = nlp("Jordan and Britain agreed to hold joint military exercises this month.")
    source, target = participants(next(doc.sents), places_act=True)
    assert source is not None and source.text == "Jordan and Britain"
    assert target is None


def test_plover_what_a_demand_asks_of_is_its_target(nlp):
    from frontlines.nlp.events.participants import participants

    doc = nlp("The Kenyan government demanded that Uganda withdraw its troops from the border.")
    source, target = participants(next(doc.sents), places_act=True)
    assert source is not None and "Kenyan" in source.text
    assert target is not None and target.text == "Uganda"
    told = nlp("Uganda will withdraw its troops from the border, the Kenyan minister said.")
    source, _ = participants(next(told.sents), places_act=True)
    assert source is not None and source.text == "Uganda"


def test_plover_a_name_inside_the_subject_is_no_target(nlp):
    from frontlines.nlp.events.participants import participants

    doc = nlp("The Serbs of northern Kosovo are demanding autonomy from the Kosovo government.")
    source, target = participants(next(doc.sents), places_act=True)
    assert source is not None and source.text == "Serbs"
    assert target is None or "Kosovo government" in target.text or target.text == "Kosovo"
    assert target is None or target.start > doc.text.index("from")


def test_plover_an_unnamed_subject_side_is_the_source(nlp):
    from frontlines.nlp.events.participants import participants

    doc = nlp("Opposition activists rejected the offer of talks on Friday.")
    source, _ = participants(next(doc.sents), places_act=True)
    assert source is not None and source.text == "Opposition activists"


def test_a_claim_of_responsibility_names_the_attacker_told_before(nlp):
    text = ("A bus carrying workers came under attack near the border on Monday, killing "
            "six people. The Northern Front militia claimed responsibility for the attack.")
    doc = nlp(text)
    violent = [e for e in doc._.events if e.acled_event != "Strategic developments"]
    assert violent, [e.acled_sub_event for e in doc._.events]
    assert violent[0].actor1 is not None and "Northern Front" in violent[0].actor1.text


def test_what_strikes_were_aimed_at_outranks_who_fell(nlp):
    doc = nlp("French airstrikes against Ansar Dine fighters near Gao killed 15 militants "
              "on Sunday.")
    events = doc._.events
    assert events and events[0].actor2 is not None
    assert "Ansar Dine" in events[0].actor2.text


def test_the_aim_of_strikes_the_tagger_took_for_a_verb_still_counts() -> None:
    import spacy
    from spacy.tokens import Doc

    from frontlines.nlp.events.participants import event_roles as _roles

    # A parse as the model gives it: "airstrikes" tagged a verb inside "a series of".
    words = ["A", "series", "of", "airstrikes", "against", "rebels", "killed", "20",
             "militants", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              heads=[1, 6, 1, 2, 3, 4, 6, 8, 6, 6],
              deps=["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT", "nummod", "dobj",
                    "punct"],
              tags=["DT", "NN", "IN", "VBZ", "IN", "NNS", "VBD", "CD", "NNS", "."],
              pos=["DET", "NOUN", "ADP", "VERB", "ADP", "NOUN", "VERB", "NUM", "NOUN",
                   "PUNCT"])  # fmt: skip
    _, actor2 = _roles([doc[6]], None, None)
    assert actor2 is not None and actor2.text == "rebels"
