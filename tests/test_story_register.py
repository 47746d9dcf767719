"""The story's register as event-confidence features (nlp/events/story_register.py)."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.story_register import REGISTER_FEATURES, StoryRegister


def test_register_of_a_campaign_story_and_a_war_report() -> None:
    campaign = ("The senator told voters at a campaign rally that the tax bill would pass the "
                "Senate. Republicans and Democrats debated the budget for the election year.")
    war = ("Militants killed six soldiers and wounded four in an ambush near the border. "
           "Two civilians died and the bodies of three fighters were found.")  # fmt: skip
    politics = StoryRegister(campaign).features(0, campaign)
    report = StoryRegister(war).features(0, war)
    assert set(politics) == set(REGISTER_FEATURES)
    assert politics["beat_politics"] > 0.9 and report["beat_politics"] == 0.0
    assert report["beat_casualty"] > 0.6 and politics["beat_casualty"] == 0.0  # four of eight
    assert report["sentence_casualty"] == 1.0 and politics["sentence_politics"] == 1.0


def test_a_sentence_inside_a_quotation_is_quoted_speech() -> None:
    story = ('The mayor spoke on Monday. "We were attacked from every side. They will not '
             'win," she said. Troops fired on the crowd later that day.')  # fmt: skip
    register = StoryRegister(story)
    second = story.index("They will")  # the quotation opened a sentence earlier
    assert register.features(story.index('"We'), '"We were attacked')["in_quote"] == 1.0
    assert register.features(second, story[second:story.index("Troops")])["in_quote"] == 1.0
    assert register.features(story.index("Troops"), "Troops fired")["in_quote"] == 0.0


@pytest.mark.model
def test_every_event_carries_its_story_register(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police arrested a suspect after a robbery at a jewelry store on Friday, the "
              "sheriff said. The judge set bail at $10,000 and the trial opens in May. Rebels "
              "attacked a police station in the town of Dara on Friday.")  # fmt: skip
    assert doc._.event_features
    for features in doc._.event_features:
        assert features["beat_crime"] > 0.5 and "in_quote" in features
