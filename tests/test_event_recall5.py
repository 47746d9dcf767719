"""Events a coder codes that the event layer used to drop (issue 19, recall): sentences of
our own, through the real pipeline, each with the reading it must keep and the one it
must still refuse."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def test_last_year_names_a_date_not_a_distance_in_years(nlp):
    """ "after shootings ... last year" dates the shootings; only a counted stretch ("three
    years after") makes an event the yardstick of history."""
    from frontlines.nlp.events.when import told_as_years_before

    text = ("Pressure on the forum rose after deadly shootings in Lyon and Dijon {}, "
            "because of fears that extremists recruit online.")  # fmt: skip
    recent = nlp(text.format("last year"))
    (word,) = [t for t in recent if t.lower_ == "shootings"]
    assert not told_as_years_before(word)
    events = _events(nlp, text.format("last year"))
    assert len(events) == 2 and not any(e.background for e in events)
    old = nlp("The review began three years after deadly shootings in Lyon.")
    (word,) = [t for t in old if t.lower_ == "shootings"]
    assert told_as_years_before(word)



def test_the_length_of_what_a_deed_agrees_to_is_no_period_summed(nlp):
    """ "had agreed to a 45-day truce": the truce lasts 45 days, the agreeing is one
    act; a length in a setting ("in a three-month offensive") and a stretch over a
    perfect ("over the past 20 months") still sum deeds up."""
    from frontlines.nlp.events.specific import AGGREGATE, unspecific_reason

    doc = nlp("Senators praised Friday's news that Moldova had agreed to a "
              "45-day ceasefire with the separatists.")  # fmt: skip
    assert {unspecific_reason(t) for t in doc if t.lower_ in {"agreed", "ceasefire"}} == {""}
    for text, word in (("The army has killed hundreds of rebels in a three-month offensive.",
                        "killed"),
                       ("The coalition has conducted 300 strikes over the past 20 months.",
                        "strikes")):  # fmt: skip
        (token,) = [t for t in nlp(text) if t.lower_ == word]
        assert unspecific_reason(token) == AGGREGATE


def test_a_plural_noun_tagged_as_a_present_verb_is_asserted_by_its_verb(nlp):
    """The tagger takes "airstrikes" for a present-tense verb (VBZ) in "a series of
    airstrikes ... killed": in a subject's slot it is the noun, and the past "killed"
    asserts it; a strike the sentence only describes in the present stays no event."""
    text = ("A wave of French airstrikes on insurgents this week in eastern "
            "Mali's Gao region killed more than 30 fighters, a spokesman told reporters "
            "today.")  # fmt: skip
    doc = nlp(text)
    (word,) = [t for t in doc if t.lower_ == "airstrikes"]
    from frontlines.nlp.events.realis import irrealis_reason

    assert irrealis_reason(word) == ""
    assert [e.acled_sub_event for e in _events(nlp, text)] == ["Air/drone strike"]
    assert not _events(nlp, "The coalition strikes militant targets whenever it can.")


def test_a_weapon_naming_the_kind_of_an_attack_is_read_on_the_attack(nlp):
    """ "launched cruise missile strikes": the missile only modifies "strikes", which no
    type reads as its own word (the strike type leaves missiles to shelling), so the
    strikes are the deed judged (ACLED's shelling/missile attack); planned strikes stay
    none, "a missile attack" is still read on the attack type's own word with its sides,
    and weapons joined ("a bomb and gun attack") name no one kind."""
    done = _events(nlp, "Navy warships on Monday launched cruise missile strikes at "
                        "rebel depots in Yemen.")  # fmt: skip
    assert [e.acled_sub_event for e in done] == ["Shelling/artillery/missile attack"]
    assert not _events(nlp, "The army is preparing missile strikes against rebel camps.")
    (attack,) = _events(nlp, "A Russian missile attack on Kyiv killed five people on Sunday.")
    assert attack.actor2 is not None and attack.actor2.text == "five people"
    from frontlines.nlp.events.triggers import deed_named

    doc = nlp("The bus was hit by a bomb and gun attack at dawn.")
    (bomb,) = [t for t in doc if t.lower_ == "bomb"]
    assert deed_named(bomb).i == bomb.i
