"""A town is never an actor, whatever label the small model gives its name: "Russian
missiles struck Kyiv" (Kyiv read as a person) and "a missile attack against Kharkiv"
(Kharkiv read as an organisation) are events placed in the town, with no side attacked
(``nlp/place_struck.py``). A name the sentence makes a person's stays a person. Sentences
written here."""

from __future__ import annotations

from frontlines.nlp.place_struck import _has_role
from tests.event_reading import events_on as _events


def _event(nlp, text: str, word: str):
    return next(e for e in _events(nlp, text) if word in e.text)


def _assert_placed(event, town: str) -> None:
    assert event.place is not None and event.place.text == town, event.place
    assert event.place.acled_precision == 1, event.place
    assert event.actor2 is None or town not in event.actor2.text, event.actor2


def test_a_town_struck_by_missiles_is_the_place_not_the_target(nlp):
    event = _event(nlp, "Russian missiles struck Kyiv on Tuesday, officials said.", "Kyiv")
    _assert_placed(event, "Kyiv")


def test_a_town_a_missile_attack_was_against_is_the_place(nlp):
    text = "Russian forces launched a missile attack against Kharkiv on Monday."
    event = _event(nlp, text, "Kharkiv")
    _assert_placed(event, "Kharkiv")
    assert event.actor1 is not None and event.actor1.text == "Russian forces", event.actor1


def test_a_town_a_missile_strike_was_on_is_the_place_and_the_dead_its_victims(nlp):
    event = _event(nlp, "A Russian missile strike on Zaporizhzhia killed two people.",
                   "Zaporizhzhia")  # fmt: skip
    _assert_placed(event, "Zaporizhzhia")
    assert event.actor2 is not None and event.actor2.text == "two people", event.actor2


def test_a_name_with_a_pronoun_of_its_bearer_stays_a_person(nlp):
    """ "Jackson" is a state capital's name too: "as he walked home" says a man was hit."""
    doc = nlp("A rocket hit Jackson as he walked home, police said.")
    assert not [p for p in doc._.places if p.text == "Jackson"], doc._.places


def test_an_attack_against_a_person_named_like_a_town_is_no_place(nlp):
    """ "attacks against Warren" are a campaign's words: only a munition's attack is fire."""
    doc = nlp("In the debate the senator renewed her attacks against Warren over taxes.")
    assert not [p for p in doc._.places if p.text == "Warren"], doc._.places


def _stays_a_person(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    assert not [p for p in doc._.places if p.text == name], doc._.places


def test_a_campaign_attack_without_a_pronoun_is_no_place(nlp):
    """No pronoun to save "Warren": an attack noun needs a munition to name fire."""
    _stays_a_person(nlp, "The senator renewed attacks against Warren over taxes.", "Warren")


def test_a_name_with_a_role_beside_it_stays_a_person(nlp):
    """A munition's verb, but "a cartel boss" beside the name makes it a man's."""
    _stays_a_person(nlp, "A missile struck Kent, a British journalist, near the airport.",
                    "Kent")  # fmt: skip
    _stays_a_person(nlp, "Missiles struck Santos, a union leader, at the rally.", "Santos")
    _stays_a_person(nlp, "Mexican troops attacked Mendoza, a cartel boss, in Sinaloa.",
                    "Mendoza")  # fmt: skip
    _stays_a_person(nlp, "Rebel forces attacked Kent, a British journalist, near the airport.",
                    "Kent")  # fmt: skip


def test_a_name_with_a_role_after_the_verb_stays_a_person(nlp):
    _stays_a_person(nlp, "Troops attacked Warren, the rebel spokesman, during the ceasefire "
                    "talks.", "Warren")  # fmt: skip


def test_armed_forces_that_attack_a_name_attack_a_man(nlp):
    """Forces strike a town only with a verb of fire: "attacked Santos" may be a man."""
    _stays_a_person(nlp, "Security forces attacked Santos at the rally.", "Santos")
    _stays_a_person(nlp, "Police forces attacked Austin outside the court.", "Austin")


def test_armed_forces_that_shell_a_town_shell_the_town(nlp):
    doc = nlp("Russian troops bombarded Mariupol for weeks.")
    assert [p for p in doc._.places if p.text == "Mariupol"], doc._.places


def test_a_targeted_name_is_no_place(nlp):
    _stays_a_person(nlp, "Israeli jets targeted Hamid in Gaza City.", "Hamid")


def test_a_munition_strike_on_a_name_is_a_place_only_for_a_province_or_capital(nlp):
    _stays_a_person(nlp, "A drone strike on Saleh killed four guards.", "Saleh")


def test_a_titled_name_stays_a_person(nlp):
    """A capitalised title is read article-wide (``named_people``); this one is not."""
    _stays_a_person(nlp, "Missiles struck senator Warren near the base.", "Warren")


def test_a_name_that_speaks_in_the_article_stays_a_person(nlp):
    _stays_a_person(nlp, "Missiles struck Jackson overnight. Jackson said it was a warning.",
                    "Jackson")  # fmt: skip


def test_a_place_noun_beside_a_town_is_no_role(nlp):
    """ "the country's second city" is the town's description; "a British journalist" a
    man's (the head noun is read, not the possessor)."""
    town = nlp("Missiles struck Kharkiv, the country's second city, overnight.")
    man = nlp("A missile struck Kent, a British journalist, near the airport.")
    assert not _has_role(town[2:3])
    assert _has_role(man[3:4])
    spokesman = nlp("A rocket hit Warren, the rebel spokesman, during the talks.")
    assert _has_role(spokesman[3:4])  # the parse hangs the role on the verb, not the name
