"""Sides a trigger's own sentence names outside its plain arguments, on sentences of our
own: the noun for the victims or deaths an event word qualifies, two kinds of people one
noun names in "between A and B", a gerund's parsed subject, the ground a side held
against attacks where the parse hangs "against" on the ground, and the "of" phrase of an
event noun whose "by" phrase names its doer."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts, events_on

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    # the noun for the people an event hit, of which the event word is the qualifier
    ("The mayor visited the victims of the market bombing in the hospital.", "bombing",
     None, "victims"),
    ("Hundreds gathered to remember the victims of the nightclub shooting in Tulsa.",
     "shooting", None, "victims"),
    ("The city mourned after the shooting deaths of 12 people in Tulsa.", "shooting",
     None, "12 people"),
    ("The bombing deaths of six soldiers shocked the country.", "bombing", None,
     "six soldiers"),
    # the victims' possessor made them; a copula's subject is whom they are
    ("The gang's victims of the raid were two shopkeepers.", "raid", "gang", "victims"),
    ("The militia's victims of the ambush were buried on Sunday.", "ambush", "militia",
     "victims"),
    ("Three farmers became victims of the raid.", "raid", None, "Three farmers"),
    ("The Taliban fighters were victims of the airstrike.", "airstrike", None,
     "Taliban fighters"),
    # a victim noun that is no event's: whose families, not whom the event hit
    ("The victims' families demanded answers after the bombing.", "bombing", None, None),
    # two coordinated kinds of one noun for people are the two sides
    ("A scuffle between Kenyan and local traders turned violent in the market.",
     "scuffle", "Kenyan traders", "local traders"),
    ("Clashes between Christian and Muslim youths left three dead in Jos.", "Clashes",
     "Christian youths", "Muslim youths"),
    ("Clashes between Indian and Chinese towns were reported.", "Clashes", None, None),
    ("Fighting between Hutu and Tutsi militias killed dozens.", "Fighting", "Hutu",
     "Tutsi militias"),
    # each modifier with all its words; what follows the second is shared
    ("Clashes between anti-government and government supporters left two dead.",
     "Clashes", "anti-government supporters", "government supporters"),
    ("Clashes between left-wing and right-wing activists injured six.", "Clashes",
     "left-wing activists", "right-wing activists"),
    ("Clashes between pro-Russian and pro-Ukrainian activists broke out in Odessa.",
     "Clashes", "pro-Russian activists", "pro-Ukrainian activists"),
    ("Fighting between Syrian government and rebel forces resumed on Monday.", "Fighting",
     "Syrian government forces", "rebel forces"),
    # unclear what the two share ("North Korean"?): no sides rather than wrong ones
    ("Clashes between North and South Korean soldiers were reported.", "Clashes", None,
     None),
    # modifiers that name no side are no two sides
    ("Clashes between heavy and light infantry units were reported near Idlib.", "Clashes",
     None, None),
    ("A brawl broke out between male and female prisoners at the jail.", "brawl", None,
     None),
    ("Clashes between armed and unarmed men were reported.", "Clashes", None, None),
    ("Clashes between foreign and local journalists were reported.", "Clashes", None, None),
    ("Clashes between young and old protesters erupted in Hong Kong.", "Clashes", None,
     None),
    # a gerund in a noun's place: the subject the parser gave it did it
    ("Hospitals filled up because of militia mortar shelling of the old quarter.",
     "shelling", "militia", None),
    # the ground held against attacks, where "against" hangs on the ground
    ("The rebels have held the base against repeated attacks by army troops.", "attacks",
     "army troops", "rebels"),
    ("The villagers held a rally against the attacks by the militia.", "attacks",
     "militia", None),
    # with its doer told by "by", an event noun's "of" phrase names whom it was done to
    ("The court heard about the assault of a reporter by two men.", "assault", "two men",
     "reporter"),
    ("The court heard about the beating of a teacher by two guards.", "beating",
     "two guards", "teacher"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_sides_the_sentence_names(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)


def test_two_kinds_of_protesters_stay_two_sides_through_the_pipeline(nlp):
    # the first side's offsets cover its whole phrase, so the crowd pass, which reads an
    # actor back from its offsets, sees protesters there and keeps both sides
    text = "Clashes between Christian and Muslim protesters erupted in Kaduna on Friday."
    events = events_on(nlp, text)
    assert len(events) == 1
    one, two = events[0].actor1, events[0].actor2
    assert one is not None and two is not None
    assert (one.text, two.text) == ("Christian protesters", "Muslim protesters")
    assert text[one.start : one.end] == "Christian and Muslim protesters"
    assert text[two.start : two.end] == "Muslim protesters"
