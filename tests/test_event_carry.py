"""Whose an event is when its sentence names no one (issue 19, item 3,
``nlp/events/story.carried_over``): a coder carries the doer of a strike list to its
lines, not the doer of one kind of event to another kind told later."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from frontlines.model import Event, EventActor, Extractor
from frontlines.nlp.events.story import carried_over, lender, named_after

X = Extractor("test", "0")
BOMBS = "Explosions/Remote violence"


def _event(start: int, sub: str, actor1: str | None = None, *, acled: str = BOMBS,
           actor2: str | None = None) -> Event:
    def side(text: str | None) -> EventActor | None:
        return None if text is None else EventActor(text=text, actor=None, start=start,
                                                    end=start + len(text))  # fmt: skip

    return Event(
        type="t", acled_event=acled, acled_sub_event=sub, case_label="", plover="",
        plover_mode="", actor1=side(actor1), actor2=side(actor2), place=None, date=None,
        date_precision=None, date_source="published", fatalities=None, cues=(),
        start=start, end=start + 10, text="x" * 10, extractor=X,
    )  # fmt: skip


def _story(nlp: Language, *sentences: str) -> Doc:
    """A story whose sentences start at 0, 40, 80 ..., as ``_event``'s do."""
    assert all(len(s) < 40 for s in sentences)
    return nlp("".join(s.ljust(40) for s in sentences))


#: Sentences that each point back at raids told before ("carried out the raids").
_BACK = ("Two guards died in the raids.", "Masked gunmen carried out the raids.",
         "Police said bandits led the raids.")  # fmt: skip


def _doer(event: Event) -> str | None:
    return None if event.actor1 is None else event.actor1.text


def test_a_strike_list_lends_its_doer_and_target_to_its_lines():
    tally = _event(0, "Air/drone strike", "coalition jets", actor2="the militia")
    line = carried_over(_event(50, "Air/drone strike"), [tally])
    assert _doer(line) == "coalition jets"
    assert line.actor2 is not None and line.actor2.text == "the militia"


def test_another_kind_of_event_borrows_no_doer():
    """A car bombing told after an air strike is not the pilots'."""
    strike = _event(0, "Air/drone strike", "the president's air force")
    bombing = carried_over(_event(50, "Remote explosive/landmine/IED"), [strike])
    assert bombing.actor1 is None
    assert lender(_event(50, "Remote explosive/landmine/IED"), [strike]) is None


def test_a_line_typed_otherwise_between_keeps_the_chain_if_it_names_the_same_side():
    first = _event(0, "Air/drone strike", "Coalition jets")
    shelling = _event(40, "Shelling/artillery/missile attack", "coalition jets")
    assert _doer(carried_over(_event(90, "Air/drone strike"), [first, shelling])) \
        == "Coalition jets"  # fmt: skip


def test_an_event_naming_another_side_in_between_ends_the_chain():
    first = _event(0, "Air/drone strike", "coalition jets")
    rebels = _event(40, "Shelling/artillery/missile attack", "the rebels")
    assert carried_over(_event(90, "Air/drone strike"), [first, rebels]).actor1 is None


def test_the_latest_event_of_the_kind_naming_no_one_lends_no_one_from_further_back():
    first = _event(0, "Attack", "gunmen", acled="Violence against civilians")
    unnamed = _event(40, "Attack", acled="Violence against civilians")
    later = carried_over(_event(90, "Attack", acled="Violence against civilians"),
                         [first, unnamed])  # fmt: skip
    assert later.actor1 is None


def test_events_of_other_types_between_do_not_break_the_chain():
    arrest = _event(0, "Arrests", "the police", acled="Strategic developments")
    talks = _event(30, "Agreement", "the mayor", acled="Strategic developments")
    protest = _event(60, "Peaceful protest", "students", acled="Protests")
    again = carried_over(_event(90, "Arrests", acled="Strategic developments"),
                         [arrest, protest])  # fmt: skip
    assert _doer(again) == "the police"
    assert carried_over(_event(90, "Arrests", acled="Strategic developments"),
                        [arrest, talks]).actor1 is None  # fmt: skip


def test_an_event_naming_its_own_doer_keeps_it():
    first = _event(0, "Air/drone strike", "coalition jets")
    own = carried_over(_event(50, "Air/drone strike", "government helicopters"), [first])
    assert _doer(own) == "government helicopters"


def test_in_a_story_the_strike_lines_take_the_list_doer_and_a_bombing_none(nlp: Language):
    from frontlines.nlp.times import with_reference_date

    text = ("On Monday, coalition forces conducted 12 strikes against ISIL fighters in Iraq. "
            "Near Rawah, one strike destroyed a bridge. "
            "On Tuesday, a car bomb exploded outside a market in Baghdad, killing six people.")
    events = nlp(with_reference_date(nlp.make_doc(text), "2024-03-15"))._.events
    rawah = [e for e in events if "Rawah" in e.text]
    assert len(rawah) == 1 and _doer(rawah[0]) == "coalition forces", events
    bomb = [e for e in events if "car bomb" in e.text]
    assert len(bomb) == 1 and bomb[0].actor1 is None, events


def test_a_toll_told_first_takes_the_doer_the_next_sentence_names(nlp: Language):
    """ "Two guards died in the raids on Monday. Masked gunmen carried out the raids":
    the lede's event is the gunmen's."""
    toll = _event(0, "Attack", actor2="two guards", acled="Violence against civilians")
    told = _event(40, "Attack", "masked gunmen", acled="Violence against civilians")
    first, second = named_after([toll, told], _story(nlp, *_BACK))
    assert _doer(first) == "masked gunmen" and _doer(second) == "masked gunmen"


def test_a_later_doer_of_another_kind_or_after_another_side_lends_nothing(nlp: Language):
    doc = _story(nlp, *_BACK)
    toll = _event(0, "Air/drone strike")
    car_bomb = _event(40, "Remote explosive/landmine/IED", "the rebels")
    assert named_after([toll, car_bomb], doc)[0].actor1 is None
    shelling = _event(40, "Shelling/artillery/missile attack", "the army")
    jets = _event(80, "Air/drone strike", "coalition jets")
    assert named_after([toll, shelling, jets], doc)[0].actor1 is None


def test_an_earlier_doer_of_the_kind_decides_and_the_side_hit_is_not_lent_back(nlp: Language):
    doc = _story(nlp, *_BACK)
    named = _event(0, "Attack", "bandits", acled="Violence against civilians")
    unnamed = _event(40, "Attack", acled="Violence against civilians")
    other = _event(80, "Attack", "a mob", acled="Violence against civilians")
    assert named_after([named, unnamed, other], doc)[1].actor1 is None  # ``lender``'s call
    hit = _event(0, "Armed clash", actor2="the militia", acled="Battles")
    by_them = _event(40, "Armed clash", "The militia", acled="Battles")
    assert named_after([hit, by_them], doc)[0].actor1 is None


def test_a_count_or_a_name_of_the_side_hit_is_not_lent(nlp: Language):
    doc = _story(nlp, *_BACK)
    toll = _event(0, "Armed clash", actor2="Iraqi troops", acled="Battles")
    after = _event(40, "Armed clash", "Iraq", acled="Battles")
    assert named_after([toll, after], doc)[0].actor1 is None  # "Iraq" of "Iraqi troops"
    counted = _event(40, "Armed clash", "dozens", acled="Battles")
    assert named_after([_event(0, "Armed clash", acled="Battles"), counted], doc)[0].actor1 is None


def test_a_later_event_told_on_another_day_is_another_event(nlp: Language):
    doc = _story(nlp, *_BACK)
    from dataclasses import replace

    shot = replace(_event(0, "Attack", acled="Violence against civilians"), date="2015-07",
                   date_source="text")  # fmt: skip
    other = replace(_event(40, "Attack", "a former guard", acled="Violence against civilians"),
                    date="2016-08-20", date_source="text")  # fmt: skip
    assert named_after([shot, other], doc)[0].actor1 is None
    same_day = replace(other, date="2015-07-12")
    assert _doer(named_after([shot, same_day], doc)[0]) == "a former guard"
    past = replace(other, date="2015-07-12", background=True)
    assert named_after([shot, past], doc)[0].actor1 is None  # history lends to no news
    news = replace(shot, date="2024-03-15", date_source="published")
    assert named_after([news, same_day], doc)[0].actor1 is None  # dated off the news day


@pytest.mark.parametrize(("second", "why"), [
    ("Masked gunmen shot a priest.", "no noun points back"),
    ("Elsewhere, gunmen led the raids.", "told as another deed"),
    ("Masked gunmen led other raids.", "other raids"),
])
def test_a_later_doer_lends_only_where_its_sentence_points_back(nlp: Language, second: str,
                                                                why: str):
    toll = _event(0, "Attack", acled="Violence against civilians")
    told = _event(40, "Attack", "masked gunmen", acled="Violence against civilians")
    assert named_after([toll, told], _story(nlp, _BACK[0], second))[0].actor1 is None, why


def test_a_later_doer_of_another_side_hit_or_place_lends_nothing(nlp: Language):
    from dataclasses import replace

    from frontlines.model import PlaceMention

    doc = _story(nlp, *_BACK)
    toll = _event(0, "Attack", actor2="two guards", acled="Violence against civilians")
    told = _event(40, "Attack", "masked gunmen", acled="Violence against civilians",
                  actor2="a priest")  # fmt: skip
    assert named_after([toll, told], doc)[0].actor1 is None

    def place(name: str, gid: int, admin1: str) -> PlaceMention:
        return PlaceMention(start=0, end=len(name), text=name, role="location",
                            geonames_id=gid, name=name, lat=None, lon=None, country="NG",
                            admin1=admin1, feature_code="PPLA", acled_precision=None,
                            ucdp_precision=None, extractor=X)  # fmt: skip

    here = replace(toll, actor2=None, place=place("Zaria", 1, "23"))
    there = replace(told, actor2=None, place=place("Kano", 2, "29"))
    assert named_after([here, there], doc)[0].actor1 is None
    assert _doer(named_after([here, replace(there, place=here.place)], doc)[0]) \
        == "masked gunmen"  # fmt: skip


def test_the_side_hit_carries_over_only_along_one_doer():
    """A strike list's target carries to its lines; the victims of one side's attack are
    not those of an attack someone else, or no one, is said to have made."""
    from dataclasses import replace

    raid = _event(0, "Attack", "bandits", acled="Violence against civilians",
                  actor2="two herders")  # fmt: skip
    mob = carried_over(_event(40, "Attack", "a mob", acled="Violence against civilians"),
                       [raid])  # fmt: skip
    assert mob.actor2 is None
    unnamed = carried_over(_event(40, "Attack", acled="Violence against civilians"),
                           [replace(raid, actor1=None)])  # fmt: skip
    assert unnamed.actor2 is None  # two attacks told with no one doing them
    lent = carried_over(_event(40, "Attack", acled="Violence against civilians"), [raid])
    assert _doer(lent) == "bandits" and lent.actor2 is not None


def test_a_later_sentence_naming_the_same_side_hit_by_name_tells_the_event_again(nlp: Language):
    """ "Four Jordanian police died in attacks. Gunmen shot four Jordanian police in Karak":
    the side hit told by its name again is the event told again; "soldiers" twice is not."""
    doc = _story(nlp, "Four Jordanian police died on Sunday.", "Masked gunmen shot a priest.")
    toll = _event(0, "Armed clash", actor2="Four Jordanian police", acled="Battles")
    told = _event(40, "Armed clash", "masked gunmen", acled="Battles",
                  actor2="members of the Jordanian police")  # fmt: skip
    assert _doer(named_after([toll, told], doc)[0]) == "masked gunmen"
    some = _event(0, "Armed clash", actor2="Two soldiers", acled="Battles")
    others = _event(40, "Armed clash", "masked gunmen", acled="Battles", actor2="soldiers")
    assert named_after([some, others], doc)[0].actor1 is None
