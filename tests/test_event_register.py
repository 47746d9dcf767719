"""Cue words in the register of politics and speech code no event; the same words in
their event sense still do (``nlp/events/register.py`` and the readings it feeds).

The everyday uses below are the kinds of sentence the event coder fired on in political,
local and business stories nobody had coded; every sentence is written for this test.
"""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    ("everyday", "event", "sub_event"),
    [
        ('"It was offensive," said the spokesman on Monday.',
         "Army troops launched an offensive on the town of Kalat on Monday.",
         "Armed clash"),
        ("The two authors clashed over how to publish the files on Friday.",
         "Rebels clashed with army troops over the town of Kalat on Friday.",
         "Armed clash"),
        ("The senator, who she blasted as a liar and a coward, answered on Monday.",
         "The convoy, which a roadside bomb blasted near Kalat on Monday, carried 20 officers.",
         "Remote explosive/landmine/IED"),
        ("Warren toured Ohio on Sunday, holding a rally in Dayton that drew about 3,000 people.",
         "Thousands of teachers marched in Dayton on Sunday, holding a rally against the "
         "pay cuts.",
         "Peaceful protest"),
        ("With the other voters split among four rivals, the mayor leads the race.",
         "The rebel movement split into two rival factions in Kalat on Monday.",
         "Change to group/activity"),
        ("Many agreed with most of the content of her remarks on Monday.",
         "The army and the rebels agreed to a ceasefire in Kalat on Monday.",
         "Agreement"),
        ("Moscow lodged a diplomatic protest with Ankara on Monday.",
         "Hundreds of students staged a protest outside the ministry in Kalat on Monday.",
         "Peaceful protest"),
        ("The crowd, which chanted her name for ten minutes, cheered in Denver on Tuesday.",
         "Thousands of workers marched in Denver on Tuesday, chanting slogans against the "
         "pay cuts.",
         "Peaceful protest"),
        ("The agency fired a new three-stage rocket into space on Tuesday.",
         "Militants launched a rocket into a market in Kalat on Tuesday, killing two people.",
         "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_the_register_of_politics_codes_nothing_the_event_sense_still_does(
    nlp, everyday: str, event: str, sub_event: str
) -> None:
    assert _types(nlp, everyday) == []
    assert sub_event in _types(nlp, event)
