"""Is there a specific event here: our own sentences, each read by the real pipeline,
both ways (an event word that reports no event on a day, and one that does)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontlines.nlp.events.specific import AGGREGATE, AIM, unspecific_reason
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("The rebel group carried out 300 attacks in 2023, according to the monitor.",
         "attacks", AGGREGATE),
        ("Government forces have conducted more than 400 airstrikes, officials said.",
         "airstrikes", AGGREGATE),
        ("The militia has killed 90 villagers since March, the governor said.",
         "killed", AGGREGATE),
        ("After three days of fighting in the valley, the villagers went home.",
         "fighting", "setting"),
        ("Villagers sheltered in a shell-damaged school in the north.", "shell", "modifier"),
        ("The ministry did not say how many bombs were dropped in each raid.", "raid",
         "negated"),
        ("Operation Northern Gate was a ground offensive launched by the army in 2019.",
         "offensive", "description"),
        ("The shelling of the market remains a symbol of the war.", "shelling",
         "present or generic"),
        ("Officials warned of foreign fighters fighting in the north.", "fighting",
         "governed by warn"),
        ("The army pushed ahead with a bid to take control of the pass.", "take",
         AIM),
        ("The group continues to kill civilians in the north.", "kill", "present or generic"),
        ("Rebels have retaken 40 villages from the army over the past two years, the "
         "monitor said.", "retaken", AGGREGATE),
    ],
)  # fmt: skip
def test_an_event_word_that_reports_no_specific_event(nlp, text, word, reason):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == reason
    assert doc._.events == []


@pytest.mark.parametrize(
    ("text", "word", "sub_event"),
    [
        ("Near Kalat, four airstrikes destroyed a weapons depot on Tuesday.", "airstrikes",
         "Air/drone strike"),
        ("Militants attacked a police station in the town on Monday, killing two officers.",
         "attacked", "Armed clash"),
        ("Rebels shelled the village on Sunday after the funeral.", "shelled",
         "Shelling/artillery/missile attack"),
        ("Government troops recaptured the town on Friday after two days of fighting.",
         "recaptured", "Government regains territory"),
        ("The army says rebels attacked a checkpoint overnight.", "attacked", "Armed clash"),
        ("Rebels have killed 12 soldiers in an ambush near Kalat, officials said on Monday.",
         "ambush", "Armed clash"),
        ("The bombing that killed twelve people at the market on Friday was the deadliest "
         "this year.", "bombing", "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_a_specific_event_is_kept(nlp, text, word, sub_event):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == ""
    assert [e.acled_sub_event for e in doc._.events] == [sub_event]


def test_an_aim_is_not_the_event_but_the_noun_it_serves_may_be(nlp):
    text = "The prime minister announced on Monday the start of an offensive to recapture the city."
    doc = _doc(nlp, text)
    assert _reason(doc, "recapture") == AIM
    assert [e.acled_sub_event for e in doc._.events] == ["Armed clash"]


def test_since_a_few_days_ago_is_one_battle_not_a_period(nlp):
    doc = _doc(nlp, "Officials said 500 people had been killed in the fighting since Friday.")
    assert _reason(doc, "killed") == ""
    doc = _doc(nlp, "Officials said 500 people had been killed in the fighting since January.")
    assert _reason(doc, "killed") == AGGREGATE


def test_the_setting_of_one_event_does_not_drop_the_other(nlp):
    doc = _doc(nlp, "Government troops recaptured the town on Friday after two days of fighting.")
    fighting = next(t for t in doc if t.text == "fighting")
    assert unspecific_reason(fighting) == "setting"
    (event,) = doc._.events
    assert event.acled_sub_event == "Government regains territory"
    assert not any("fight" in cue for cue in event.cues)


def test_a_parse_without_the_times_layer_is_read_by_its_syntax_alone():
    """A Doc from a blank pipeline (no ``times``, no reference date): no crash, and the
    readings that need no time expression still hold."""
    import spacy

    vocab = spacy.blank("en").vocab
    plain = Doc(vocab, words=["Jets", "struck", "the", "town", "."], heads=[1, 1, 3, 1, 1],
                deps=["nsubj", "ROOT", "det", "dobj", "punct"],
                tags=["NNS", "VBD", "DT", "NN", "."],
                pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["jet", "strike", "the", "town", "."])  # fmt: skip
    assert unspecific_reason(plain[1]) == ""
    each = Doc(vocab, words=["Jets", "dropped", "bombs", "in", "each", "raid", "."],
               heads=[1, 1, 1, 1, 5, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
               tags=["NNS", "VBD", "NNS", "IN", "DT", "NN", "."],
               pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
               lemmas=["jet", "drop", "bomb", "in", "each", "raid", "."])  # fmt: skip
    assert unspecific_reason(each[5]) == "generic"


def test_plurals_at_several_named_places_are_not_a_count_over_a_period(nlp):
    """ "shootings in A and B last year": one event at each place, told by its year; a
    count over the year names no place of its own."""
    doc = _doc(nlp, "Officials recalled the shootings in Kabul and Herat last year.")
    assert _reason(doc, "shootings") == ""
    doc = _doc(nlp, "Officials recalled 300 shootings last year.")
    assert _reason(doc, "shootings") == AGGREGATE


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("Navy officers have long boasted that the fleet is capable of deploying 5,000 "
         "marines to the coast.", "deploying", "capacity or intention"),
        ("The rebel leaders disavow any interest in marching on the capital or in setting "
         "up a government of their own.", "setting", "capacity or intention"),
        ("Officials raised the prospect of airstrikes on the camps near Kalat.", "airstrikes",
         "capacity or intention"),
        ("Talks to end the fighting in Kalat broke down on Monday.", "fighting", "aim of a noun"),
        ("Rebels attacked the camps near Kalat on Monday, officials said.", "attacked", ""),
    ],
)  # fmt: skip
def test_what_a_capacity_or_an_intention_governs_is_no_event(nlp, text, word, reason):
    """ "capable of deploying", "any interest in setting up": possible or wished; an event
    noun a verb on the way presupposes ("talks to end the fighting") is not read so."""
    assert _reason(_doc(nlp, text), word) == reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("The militia, which has lost over 3,000 dead and wounded in the war, stayed home.",
         "wounded", AGGREGATE),
        ("Tens of thousands of villagers have been killed in the north, the envoy said.",
         "killed", AGGREGATE),
        ("Militants have killed 12 soldiers in an ambush near Kalat, officials said.",
         "killed", ""),
    ],
)  # fmt: skip
def test_a_perfect_that_counts_thousands_is_a_wars_toll(nlp, text, word, reason):
    """A perfect summing up a thousand dead or more, undated, is what a war did; a dozen
    killed in an ambush is one event."""
    assert _reason(_doc(nlp, text), word) == reason


def test_a_toll_joined_to_a_perfect_and_such_an_event_are_no_new_event(nlp):
    """ "thousands have been killed, and towns have been flattened by shelling":
    the shelling is part of the war's toll; "condemned such an attack" names a kind of
    event (or one told), no new one."""
    doc = _doc(nlp, "Tens of thousands of villagers have been killed, millions have been "
                    "displaced and whole districts have been flattened by army shelling.")
    assert _reason(doc, "shelling") == AGGREGATE
    doc = _doc(nlp, "The foreign minister condemned such a cowardly attack on Tuesday.")
    assert _reason(doc, "attack") == "generic"
    doc = _doc(nlp, "Gunmen carried out a cowardly attack on a market in Kalat on Tuesday.")
    assert _reason(doc, "attack") == ""


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("The coalition is blamed for the bombing of markets and wells in the west.",
         "bombing", "generic"),
        ("The alliance carried out the bombing of two schools near Kalat on Monday.",
         "bombing", ""),
        ("Hundreds massed outside the embassy in protest of police actions on Monday.",
         "protest", ""),
        ("Their navy even simulated an attack on a small island last year.", "attack",
         "governed by simulate"),
    ],
)  # fmt: skip
def test_kinds_of_target_and_a_simulated_attack_are_no_event(nlp, text, word, reason):
    """The bombing of bare plural kinds of target is a campaign; an attack simulated did
    not happen; a protest "of" actions is about them, and stays."""
    assert _reason(_doc(nlp, text), word) == reason


@pytest.mark.parametrize(
    ("text", "word", "reason", "sub_events"),
    [
        ("There was a suicide bombing outside a mosque in Kalat on Thursday.", "bombing", "",
         ["Suicide bomb"]),
        ("There were clashes between police and miners near the pit on Sunday.", "clashes",
         "", ["Armed clash"]),
        ("There was heavy fighting between two clans in Harar overnight.", "fighting", "",
         ["Armed clash"]),
        ("There has been heavy shelling near the dam.", "shelling", "description", []),
        ("There will be a raid on the camp in Harar on Sunday.", "raid", "modal or future",
         []),
        ("There was an ambush last night, police said.", "ambush", "", ["Armed clash"]),
        ("There was fighting, the farmer recalled.", "fighting", "description", []),
        ("There was no ambush on the convoy near Kalat on Thursday.", "ambush", "negated",
         []),
        ("Was there a raid on the camp in Harar on Sunday?", "raid", "question", []),
        ("There were worries about raids on the camps.", "raids", "generic plural", []),
    ],
)  # fmt: skip
def test_an_existential_in_the_simple_past_tells_a_placed_or_dated_event(
        nlp, text, word, reason, sub_events):
    """ "There was a bombing outside a mosque on Thursday" reports the bombing; a perfect
    ("there has been shelling near the dam"), a future, a bare "there was fighting", a
    negation, a question and a fear of events report none."""
    doc = _doc(nlp, text)
    assert _reason(doc, word) == reason
    assert [e.acled_sub_event for e in doc._.events] == sub_events
