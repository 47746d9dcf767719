"""The conflict beat: events and claims of stories about no conflict are not coded as if
they were (ACLED codes political violence, protest and strategic moves, not crime,
accidents or sport)."""

from __future__ import annotations

from frontlines.model import Article
from frontlines.nlp.beat import (
    LEAST_DENSITY,
    LEAST_WORDS,
    OFF_BEAT_CONFIDENCE,
    OFF_BEAT_SURE,
    ConflictBeat,
    beat_capped,
)
from frontlines.nlp.pipeline import process_article

CRIME = (
    "Man charged after downtown stabbing\n\nCity Desk\n\ndate 2021-05-04\n\n"
    "A man attacked two people with a knife outside a bakery on Main Street on Monday night,"
    " killing one of them, police said. Officers arrested a 34-year-old suspect at his home"
    " an hour later. He appeared in court on Tuesday and was charged with murder. Neighbours"
    " said the bakery had been robbed twice this year. The owner told reporters she would"
    " reopen on Friday and thanked the customers who stayed with the victims until the"
    " ambulance came. A vigil is planned at the church on Saturday evening.\n"
)
WAR = (
    "Army retakes town\n\nTest Wire\n\ndate 2021-05-04\n\n"
    "Government troops attacked rebel positions near Kidal on Monday, killing 12 fighters,"
    " the army said. Militants shelled a military base in the north the same day, and the"
    " rebels said their forces had repelled the offensive.\n"
)


def test_density_counts_words_and_phrases_per_thousand():
    assert ConflictBeat("the bakery opened on monday").density == 0
    beat = ConflictBeat("rebels and security forces clashed again")
    assert beat.density == 1000 * 3 / 6  # rebels, clashed, "security forces"
    assert beat.on_beat and ConflictBeat("a " * 999 + "war").density < LEAST_DENSITY
    assert ConflictBeat("a " * 999 + "war").on_beat is False
    assert ConflictBeat("the bakery opened on monday").on_beat  # too short to judge


def test_an_off_beat_sentence_is_covered_when_it_names_the_conflict_itself():
    quiet = ConflictBeat("the mayor opened a new bridge " * 50)
    assert not quiet.on_beat
    assert quiet.capped("He visited the bridge.", 0.5) == OFF_BEAT_CONFIDENCE
    assert quiet.capped("Militants attacked the bridge.", 0.5) == 0.5


def test_an_event_the_model_is_sure_of_is_not_capped_off_the_beat():
    """Where the event model is at least ``OFF_BEAT_SURE`` of an event, the story's
    density does not cap it; under that, it does."""
    quiet = ConflictBeat("the mayor opened a new bridge " * 50)
    assert quiet.capped("He visited the bridge.", OFF_BEAT_SURE) == OFF_BEAT_SURE
    assert quiet.capped("He visited the bridge.", 0.95) == 0.95
    assert quiet.capped("He visited the bridge.", OFF_BEAT_SURE - 0.01) == OFF_BEAT_CONFIDENCE
    assert beat_capped(0.95, off_beat=True) == 0.95
    assert beat_capped(0.4, off_beat=True) == OFF_BEAT_CONFIDENCE
    assert beat_capped(0.4, off_beat=False) == 0.4


def test_stories_in_these_tests_are_long_enough_to_judge():
    assert len(CRIME.split()) >= LEAST_WORDS and len(WAR.split()) < LEAST_WORDS


def test_crime_story_events_fall_under_what_lists_show_and_its_numbers_are_no_claims(nlp):
    crime = process_article(nlp, Article(id="c", text=CRIME, published="2021-05-04"))
    assert crime.events, "the coder still sees the attack; the beat only caps it"
    assert all(e.confidence <= OFF_BEAT_CONFIDENCE for e in crime.events)
    assert not crime.claims
    war = process_article(nlp, Article(id="w", text=WAR, published="2021-05-04"))
    assert any(e.confidence > OFF_BEAT_CONFIDENCE for e in war.events)
    assert any(c.measure == "killed" for c in war.claims)


QUAKE = (
    "A strong earthquake shook the mountain valley before dawn on Tuesday, and a second"
    " quake followed an hour later, leaving at least 60 people dead and more than 400"
    " injured, the provincial governor said. Aftershocks kept rescuers away from the worst"
    " hit villages for most of the day, and heavy rain turned the roads into mud. About"
    " 5,000 people have been evacuated to tents near the regional airport, where the"
    " authorities opened field kitchens. Engineers said the earthquake was the strongest in"
    " the valley for thirty years and warned that landslides could block the river.\n"
)


def test_a_disaster_story_has_no_claims_but_a_war_story_mentioning_rain_keeps_them(nlp):
    assert len(QUAKE.split()) >= LEAST_WORDS
    assert not ConflictBeat(QUAKE, for_claims=True).on_beat
    assert not ConflictBeat(QUAKE).disaster  # events keep their own test
    quake = process_article(nlp, Article(id="q", text=QUAKE, published="2021-05-04"))
    assert not quake.claims
    rainy = WAR.replace("the same day", "in heavy rain the same day") + " ".join(
        ["The rebels said the army lost ground."] * 12
    )
    assert ConflictBeat(rainy, for_claims=True).on_beat
    war = process_article(nlp, Article(id="r", text=rainy, published="2021-05-04"))
    assert any(c.measure == "killed" for c in war.claims)


MARCH = (
    "Teachers march for higher pay\n\nCity Desk\n\ndate 2021-05-04\n\n"
    "Thousands of teachers marched through the capital on Saturday to demand higher pay,"
    " union organisers said. The marchers carried banners and chanted outside the education"
    " ministry for most of the afternoon. In the northern city of Tamale, hundreds of"
    " teachers marched to the regional education office. Union leaders said schools would"
    " stay closed next week if the government did not answer. The minister said talks with"
    " the union would resume on Wednesday and that the budget had little room. Parents said"
    " their children had already missed two weeks of lessons this term.\n"
)
SEPARATISTS = (
    "Police detained six members of a separatist group in two northern towns on Friday, the"
    " interior ministry said. All six were flown to the capital for questioning by"
    " counter-terrorism magistrates. A lawyer for two of them said the operation was political and"
    " that his clients had been working on the group's disarmament for a year. The ministry"
    " said the arrests followed months of work with the authorities of a neighbouring country."
    " The group has refused to talk with the government since it announced a halt to its"
    " campaign several years ago. Relatives gathered outside the court on Saturday."
)


def test_a_march_story_is_on_the_beat_and_its_protest_is_not_capped(nlp):
    assert len(MARCH.split()) >= LEAST_WORDS and ConflictBeat(MARCH).on_beat
    march = process_article(nlp, Article(id="m", text=MARCH, published="2021-05-04"))
    protests = [e for e in march.events if e.acled_event == "Protests"]
    assert protests and all(e.confidence > OFF_BEAT_CONFIDENCE for e in protests)


def test_separatists_and_their_disarmament_are_the_conflict_beat():
    assert len(SEPARATISTS.split()) >= LEAST_WORDS
    assert ConflictBeat(SEPARATISTS).on_beat  # separatist, anti-terror, disarmament


PEACE = (
    "Rebel leaders and the government signed a peace agreement in the capital on Monday,"
    " the mediators said. The accord is meant to end two years of war between the army and"
    " the rebel militia in the northern hills. Rebels attacked an army post near the border"
    " in March, killing four soldiers. The opposition welcomed the truce and said its members"
    " would return to parliament next month. Aid groups said thousands of families who had"
    " fled the hills could now go home before the rains. Talks on disarming the militia's"
    " fighters will begin next week in a neighbouring country, the mediators said."
)


def test_a_strategic_development_stays_in_a_story_dense_with_the_conflict(nlp):
    """One sentence of fighting, but the story's words are the war's: its agreement is
    the context of that conflict, not ordinary diplomacy."""
    assert len(PEACE.split()) >= LEAST_WORDS and ConflictBeat(PEACE).on_beat
    peace = process_article(nlp, Article(id="p", text=PEACE, published="2021-05-04"))
    assert any(e.acled_sub_event == "Agreement" for e in peace.events)


def test_a_strategic_development_of_a_story_off_the_conflict_vocabulary_is_dropped(nlp):
    trade = PEACE.replace("Rebel leaders", "Steel makers").replace("war", "losses")
    for word in ("rebel ", "Rebels", "army", "militia", "soldiers", "opposition", "truce",
                 "fighters"):  # fmt: skip
        trade = trade.replace(word, "firm")
    assert not ConflictBeat(trade).on_beat
    article = process_article(nlp, Article(id="t", text=trade, published="2021-05-04"))
    assert not any(e.acled_event == "Strategic developments" for e in article.events)


def test_an_event_dated_only_by_the_story_stays_capped_however_sure():
    """Review 21.2: an event off the beat whose day is only the publication (or news) day
    is a recalled attack as often as a new one: the cap stands, however sure the model."""
    quiet = ConflictBeat("the mayor opened a new bridge " * 50)
    assert quiet.capped("He visited the bridge.", 0.95, dated=False) == OFF_BEAT_CONFIDENCE
    assert beat_capped(0.95, off_beat=True, dated=False) == OFF_BEAT_CONFIDENCE
    assert beat_capped(0.95, off_beat=False, dated=False) == 0.95
