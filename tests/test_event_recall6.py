"""Events a coder codes that the event layer missed (issue 19, recall, session 12): sentences
of our own through the real pipeline, each with the reading it must now give and a
neighbour it must still refuse."""

from __future__ import annotations

from spacy.language import Language

from frontlines.model import Event


def _events(nlp: Language, text: str, published: str | None = "2024-03-15") -> list[Event]:
    from frontlines.nlp.times import with_reference_date

    return list(nlp(with_reference_date(nlp.make_doc(text), published))._.events)


def _subs(nlp: Language, text: str) -> list[str]:
    return [e.acled_sub_event for e in _events(nlp, text)]


def test_words_of_general_knowledge_the_lexicon_lacked(nlp):
    """ "set fire to" a town's buildings, "the liberation of" a town, "marchers", a force
    "activated": each is an event an ACLED coder files; a name ("the People's Liberation
    Army"), an idea ("women's liberation") and activating something no force stay none."""
    assert "Looting/property destruction" in _subs(
        nlp, "Retreating militia fighters set fire to the grain stores of Kesra on Monday."
    )
    assert _subs(nlp, "Security forces completed the liberation of Kesra from the militants "
                      "on Monday.") == ["Government regains territory"]  # fmt: skip
    assert "Government regains territory" not in _subs(
        nlp, "The People's Liberation Army held drills near the strait on Monday."
    )
    assert not _events(nlp, "Women's liberation was a theme of the speech.")
    assert _subs(nlp, "In Lyon, marchers honored the victims with candles on Sunday.") == [
        "Peaceful protest"
    ]
    assert _subs(nlp, "The regional bloc activated its standby force on Tuesday.") == [
        "Change to group/activity"
    ]
    assert not _events(nlp, "The company activated a new account for its customers on Tuesday.")


def test_a_count_at_each_place_with_the_verb_left_out_is_an_event_at_each(nlp):
    """ "killed 150 people in Ghana and 12 in Togo": the second count's place, its verb
    and noun left out, is the place of an event of its own (ACLED codes one per place);
    one place with one count stays one event."""
    from frontlines.nlp.events.spread import _gapped

    text = "The consulate bombings, on May 3, killed 150 people in Ghana and 12 in Togo."
    doc = nlp(text)
    (ghana,) = [t for t in doc if t.text == "Ghana"]
    assert [t.text for t in _gapped(ghana)] == ["Togo"]
    assert sorted(e.place.name for e in _events(nlp, text) if e.place) == ["Ghana", "Togo"]
    assert len(_events(nlp, "The consulate bombing on May 3 killed 150 people in Ghana.")) == 1


def test_a_violent_event_named_by_a_place_of_its_own_beside_another_is_another(nlp):
    """ "the attack in Arles follows the harbour attack in Sète": the second attack, a
    definite noun its own place names, is another event ACLED codes apart, though the
    sentence asserts only the first; beside a deal or troops sent, a named attack is the
    news's cause, and a second mention at the same place is the same event."""
    both = _events(nlp, "The knife attack in Arles on Friday follows upon the heels of the "
                        "harbour attack in Sète, where 12 were killed.")  # fmt: skip
    assert sorted(e.place.name for e in both if e.place) == ["Arles", "Sète"]
    assert [e.acled_event for e in _events(
        nlp, "In the wake of the attacks in Sète, the government sent more troops to the "
             "border on Friday.")] == ["Strategic developments"]  # fmt: skip
    assert len(_events(nlp, "The knife attack in Arles on Friday was worse than the "
                            "earlier attack in Arles.")) == 1  # fmt: skip


_BOMB_STORY = (
    "The bomb outside the consulate in Lome was so strong that it shook windows in houses "
    "two kilometres away, officials said on Saturday. The sturdy walls of the new building "
    "may have spared the staff the worst, a spokesman told reporters at the scene. The "
    "street is a quiet one, lined with old mango trees and small shops, far from the busy "
    "port and the markets of the city centre. Investigators from the capital arrived in the "
    "afternoon and began to collect fragments of the bombs from the road and the gardens "
    "around the gate, where a guard was hurt."
)


def test_a_bombing_story_is_on_the_conflict_beat_by_its_bombs(nlp):
    """A short story about a bomb that names no army, rebel or terrorist is still on the
    conflict beat: bombs, bombers and explosives are its vocabulary, so its events are not
    capped under what the lists show; a story of the same length with no such word is
    still off it."""
    from frontlines.nlp.beat import ConflictBeat

    assert ConflictBeat(_BOMB_STORY).judged and ConflictBeat(_BOMB_STORY).on_beat
    quiet = _BOMB_STORY.replace("bombs", "glass").replace("bomb", "storm")
    assert not ConflictBeat(quiet).on_beat


def test_a_coup_staged_or_attempted_is_a_battle(nlp):
    """The gold of two news sets codes a coup d'etat, staged or attempted, as the battle
    for power it is (Battles); a "coup" that is only a success ("a diplomatic coup")
    names no event."""
    (coup,) = _events(nlp, "On Monday the army chief staged a coup d'etat against the "
                           "prime minister in Bamako.")  # fmt: skip
    assert coup.acled_event == "Battles"
    assert _subs(nlp, "Soldiers loyal to the general led an attempted coup in the capital "
                      "on Monday.") == ["Armed clash"]  # fmt: skip
    assert not _events(nlp, "The minister scored a diplomatic coup at the summit on Monday.")


def test_losses_on_both_sides_tell_a_clash(nlp):
    """ "Deaths were reported on both sides": two armed sides fought, though no verb of
    fighting tells it; deaths on both sides of a border, or support on both sides of the
    aisle, tell none."""
    text = ("Deaths were reported on both sides on Wednesday, while thousands of civilians "
            "remained inside the besieged pocket.")  # fmt: skip
    assert _subs(nlp, text) == ["Armed clash"]
    assert not _events(nlp, "Deaths on both sides of the border rose on Wednesday.")
    assert not _events(nlp, "A bill on deaths in prisons drew support on both sides of the "
                            "aisle on Wednesday.")  # fmt: skip
