"""Is a cue word used in its event sense here? Selectional preferences, read from the parse.

Most cue words of the lexicon have an everyday sense besides the event one, and which one
a sentence uses shows in who or what takes part: territory is seized, people are arrested,
weapons are found, crowds demonstrate. "Trump seized on the massacre", "a test established
a high probability", "the car was found abandoned", "Rubio blasted Obama's approach",
"Burkina Faso withdrew from the bloc" use the cue words of a territory, base, transfer,
explosion and withdrawal event with a participant no such event has. This module reads
the trigger's object (direct object, passive subject, "of"/"from" complement, possessor)
and answers why the trigger is off its event sense ("" when nothing says so). A trigger
with no object to read keeps its event sense: the rule speaks only when the parse does.

The kinds of participant are word lists in ``data/sense_words.toml`` plus the model's
entity labels, so what the rules know is data a reader can check, not tune sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.arguments import is_force
from frontlines.nlp.events.described import DESCRIBING_TYPES, describes_participant, served_in
from frontlines.nlp.events.held_now import HARMED_IN_CUSTODY, harmed_in_custody
from frontlines.nlp.events.memo import per_doc, sentence
from frontlines.nlp.events.offbeat import offbeat_reason
from frontlines.nlp.events.proper import as_a_name
from frontlines.nlp.events.register import (
    a_complaint,
    a_quality,
    acclaim,
    antecedent,
    launched_into,
    over_a_question,
    views_divided,
)
from frontlines.nlp.events.speakers import (
    APPOINTING,
    campaign_rally,
    harm_told,
    named_speaker,
    one_speaker,
    person_appoints,
    protesters_speak,
    rally_as_setting,
    shares_a_view,
)
from frontlines.nlp.events.territory import GOODS, measured_goods, names_territory, recorded
from frontlines.nlp.events.uses import (
    engaged_in_fight,
    figurative_contest,
    passive_controller,
    self_inflicted,
    strove,
    unplaced_name,
    wages_a_conflict,
)
from frontlines.nlp.events.verbal import (
    SHARED_SUBJECT as _SHARED_SUBJECT,
)
from frontlines.nlp.events.verbal import (
    attack_in_words,
    over_an_idea,
    verbal_attack,
    words_between_people,
)
from frontlines.nlp.events.verbal import complement as _complement
from frontlines.nlp.events.verbal import is_abstract as _is_abstract
from frontlines.nlp.events.verbal import is_person as _is_person
from frontlines.nlp.events.verbal import lemma as _lemma
from frontlines.nlp.events.weapon_tests import MENTIONED, test_reason
from frontlines.vocab.words import words

__all__ = ["GATHERINGS", "OFF_SENSE", "WRONG_PARTICIPANT", "object_of", "off_sense", "ruled_out"]

#: The word is not used in any event sense here (an idiom, words, an idea): the sentence's
#: strongest cue reports nothing, so no weaker type is asked either.
OFF_SENSE = "off sense: "
#: The word has an event sense, but this type's participant is missing ("seized 20
#: hostages" takes no territory): another type of the sentence may still fit.
WRONG_PARTICIPANT = "wrong participant: "
#: Reasons of the second kind.
_PARTICIPANT_REASONS = frozenset({"not a place", "a belonging, not a place", "not a weapon",
                                  "not forces", "no territory named",
                                  "describes a participant", "words on a sign",
                                  "goods, not a place", "a cause, not a taking"}
                                 ) | MENTIONED | {HARMED_IN_CUSTODY}  # fmt: skip

IDIOMS = words("sense", "idiom_particles")
#: Verbs that also mean filming ("captured on video", "caught on camera").
RECORDING_VERBS = frozenset({"capture", "catch"})
INSCRIBED = words("sense", "inscribed_things")
IDIOM_OBJECTS = words("sense", "idiom_objects")
SPEECH_ACTS = words("sense", "speech_acts")
INTRANSITIVE = words("sense", "intransitive_event_verbs")
UNREALISED_HEADS = words("sense", "unrealised_heads")
MEMBERSHIPS = words("sense", "membership_nouns")
WEAPONS = words("sense", "weapon_nouns")
BELONGINGS = words("sense", "belonging_nouns")
GATHERINGS = words("sense", "gathering_nouns")
GROUP_NOUNS = words("sense", "group_nouns")
MOB_VIOLENCE_VERBS = words("sense", "mob_violence_verbs")
INSTITUTIONS = words("sense", "institution_nouns")

#: Lexicon types whose event moves control of a place.
PLACE_TYPES = frozenset({
    "government_regains_territory", "non_state_overtakes_territory", "non_violent_transfer",
})  # fmt: skip
#: Lexicon types whose event is about weapons found, seized or made safe.
WEAPON_TYPES = frozenset({"disrupted_weapons", "disrupted_weapons_seizure"})
#: Lexicon types of political violence a verbal attack could be mistaken for.
VIOLENT_TYPES = frozenset({
    "attack", "armed_clash", "air_strike", "strike", "shelling", "remote_explosive",
    "suicide_bomb", "grenade", "armed_clash_attack_on_forces", "mob_violence",
    "violent_demonstration",
})  # fmt: skip
#: Lexicon types whose event sets up a base: what is set up is a place of a side's own.
BASE_TYPES = frozenset({"headquarters_established"})
#: Lexicon types of fighting: a war or a campaign fought is a whole conflict, not a clash.
FIGHT_TYPES = frozenset({"armed_clash", "armed_clash_attack_on_forces"})
#: Lexicon types whose event moves or forms forces: what is moved or formed is a force.
FORCE_TYPES = frozenset({"change_to_group_forces", "troop_movement_forces", "troop_movement"})
#: Lexicon types of a change to an armed or political group (a side joins, splits).
GROUP_TYPES = frozenset({"change_to_group", "change_to_group_forces"})
#: Lexicon types whose events are about ideas: crowds protest a tax, sides agree to a plan.
ABOUT_IDEAS = frozenset({
    "peaceful_protest", "protest_with_intervention", "violent_demonstration",
    "excessive_force_against_protesters", "agreement", "diplomatic",
})  # fmt: skip
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = words("place", "place_nouns")


def object_of(trigger: Token) -> Token | None:
    """What the trigger acts on: a verb's direct object or, in the passive, its subject;
    a noun's "of" complement or its possessor ("the capture of Kopp", "his capture");
    the complement of "from"/"out of" for a withdrawal, and for a side driven "out of" a
    place ("pushed the militants out of the town")."""
    children = list(trigger.children)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        return trigger.head  # "soldiers captured in the war": what was captured
    if trigger.dep_ in {"xcomp", "oprd"} and trigger.tag_ == "VBN" and not any(
            c.dep_ in {"dobj", "nsubjpass"} for c in children):  # fmt: skip
        verb = trigger.head  # "the car was spotted ..., and was found abandoned": shared
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        told = next((c for v in verbs for c in v.children
                     if c.dep_ in {"nsubjpass", "dobj"}), None)  # fmt: skip
        if told is not None:
            return told  # "the car was found abandoned", "left the town destroyed"
    if trigger.pos_ in {"VERB", "AUX"}:
        driven = _complement(children, ("of",), through=("out",))
        if driven is not None and any(c.dep_ == "dobj" for c in children):
            return driven  # "drove the rebels out of the town": the town is what changed hands
        for dep in ("dobj", "nsubjpass"):
            found = next((c for c in children if c.dep_ == dep), None)
            if found is not None:
                return found
        controller = passive_controller(trigger)
        if controller is not None:
            return controller  # "she was executed shortly after being seized": she
    else:
        poss = next((c for c in children if c.dep_ == "poss"), None)
        of = _complement(children, ("of",))
        if of is not None or poss is not None:
            return of if of is not None else poss
    return _complement(children, ("from", "of"), through=("out",))


def _idiom(trigger: Token) -> bool:
    """ "seized on", "hit out at": the particle or preposition right after the verb;
    "struck a blow", "reopened old wounds": the verb with its object."""
    after = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    if after is not None and f"{_lemma(trigger)} {after.lower_}" in IDIOMS:
        return True
    thing = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if thing is not None and f"{_lemma(trigger)} {_lemma(thing)}" in IDIOM_OBJECTS:
        return True
    if trigger.dep_ == "dobj" and f"{_lemma(trigger.head)} {_lemma(trigger)}" in IDIOM_OBJECTS:
        return True  # the cue is the object: "reopened old wounds"
    return _lemma(trigger) in RECORDING_VERBS and recorded(trigger)  # "captured on video"


def _unrealised(trigger: Token) -> bool:
    """A noun under "leading to", "a reward for", "an arrest warrant": not done yet."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    after = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    if after is not None and after.pos_ == "NOUN" and _lemma(after) in UNREALISED_HEADS:
        return True  # "arrest warrants", however the parser attached the pair
    prep = trigger.head if trigger.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"to", "for", "of", "on"}:
        return False
    head = prep.head
    if head.tag_ in {"VBD", "VBN"}:
        return False  # "the raid led to the arrest of five": it did
    return _lemma(head) in UNREALISED_HEADS


def _agreed_to_speak(trigger: Token) -> bool:
    """ "agreed to talk on condition of anonymity": consent to an interview."""
    if _lemma(trigger) != "agree":
        return False
    done = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
    return done is not None and _lemma(done) in SPEECH_ACTS


def _person_objects(trigger: Token) -> bool:
    """A named person "protesting" a decision objects to it; crowds protest."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return (trigger.pos_ == "VERB" and subject is not None
            and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"})
            and any(c.dep_ == "dobj" for c in trigger.children))  # fmt: skip


#: Prepositions by which a gathering is where something else happened ("said at a rally").
_OCCASION_PREPS = frozenset({"at", "during"})


def _occasion_ofspeaker(trigger: Token) -> bool:
    """ "Ortiz told a rally in Fresno", "who introduced Paul at his kickoff
    rally": the gathering is where a named person or politician spoke or acted, and the
    sentence is about what they did; a crowd that rallies is its own subject."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in _OCCASION_PREPS:
        return False
    verb = prep.head
    for _ in range(4):
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:  # "On Monday, at a rally, Ms. X was scathing": the parse may give two
            subjects = [verb.head if s.tag_ == "WP" and verb.dep_ == "relcl" else s
                        for s in subjects]  # "Alvarado, who introduced Paul at ...": Alvarado
            return any(one_speaker(s) for s in subjects) and not harm_told(trigger)
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_GROUP_LABELS = frozenset({"ORG", "NORP"})


def _no_group_joins(trigger: Token) -> bool:
    """ "the head of a lobby group joined the action", "X was joined at a town hall by a
    TV star": a group changes when a group or a side joins, or someone joins one; a verb
    "join" with neither side a group (an organisation's or a people's name, a word for an
    armed or political group) is company, not a change to a group. A verb whose sides
    the parse does not show is left alone."""
    if trigger.pos_ != "VERB":
        return False
    sides = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    sides += [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    if len(sides) < 2:
        return False
    return not any(_group(t) for side in sides for t in (side, *side.conjuncts))


def _group(token: Token) -> bool:
    words = [token, *(c for c in token.children if c.dep_ in {"compound", "amod"})]
    if token.lower_ in {"they", "them", "it", "which", "who", "that"}:
        return True  # a pronoun may stand for a group: the rule does not guess
    if any(w.ent_type_ in _GROUP_LABELS for w in words):
        return True
    of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return _lemma(token) in GROUP_NOUNS or token.lower_ in GROUP_NOUNS or (
        _lemma(token) in {"member", "members", "head", "leader"} and any(_group(o) for o in of))


def _gathering_only(trigger: Token) -> bool:
    """ "addressing a crowd of some 300 villagers": a noun for people gathered is mob
    violence only when its sentence tells of harm or of violence done (a verb such as
    "attacked", "torched", "stoned"); the crowd alone is an audience."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or _lemma(trigger) not in GATHERINGS:
        return False
    violent = any(t.pos_ == "VERB" and _lemma(t) in MOB_VIOLENCE_VERBS for t in sentence(trigger))
    return not violent and not harm_told(trigger)


def _joins_a_person(trigger: Token) -> bool:
    """ "Doe was joined by her husband", "X joined Smith on stage": a person joined by or
    joining a named person (or someone's relative or guest) accompanies them; a group
    changes when someone joins a group ("joined the rebels")."""
    if trigger.pos_ != "VERB":
        return False
    joined = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return any(t is not None and (named_speaker(t) or (_is_person(t) and any(
        c.dep_ == "poss" for c in t.children))) for t in (joined, by))  # fmt: skip


def _inscribed(trigger: Token) -> bool:
    """A word of what a sign, shirt or banner reads ("a banner that read 'Liberation for caged
    birds'", "a placard reading 'Stop the war'"): writing, not an event. A statement or a
    letter that "read" tells its events as any report does."""
    verb = trigger.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if _lemma(verb) != "read" or verb.i == trigger.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # "a placard reading ..."
    return subject is not None and _lemma(subject) in INSCRIBED  # not "the statement read"


#: Entity labels of amounts and ranks: what falls "to 3 percent" or "to 21st" is a level.
_AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _no_place_fell(trigger: Token) -> bool:
    """ "Prices fell to 3 percent", "the task fell to the deputy": "fell to" takes a place
    only when what fell can be one (a place, a proper name, a pronoun standing for one) and
    it fell to a side, not to an amount."""
    to = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    level = next((o for o in to.children if o.dep_ == "pobj"), None) if to else None
    if level is not None and (level.ent_type_ in _AMOUNTS or level.pos_ == "NUM"
                              or _lemma(level) in {"level", "low", "high", "percent"}):  # fmt: skip
        return True
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ in {"PRON", "PROPN"}:
        return False
    return subject.ent_type_ not in _PLACE_LABELS and _lemma(subject) not in _PLACE_NOUNS


def _a_cause(trigger: Token) -> bool:
    """ "Bird liberation", "prisoner liberation" as a cause: a taking noun with no place
    taken, named by a noun of who is freed; "the Mosul liberation" names its place."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ not in _PLACE_LABELS
        and _lemma(c) not in _PLACE_NOUNS for c in trigger.children)  # fmt: skip


def _took_office(trigger: Token) -> bool:
    """ "He took over in hard times": a person taking over with nothing taken took an
    office; forces take over a place ("rebels took over the town")."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return trigger.pos_ == "VERB" and subject is not None and one_speaker(subject)


#: The lexicon entries of a weapon test (``data/events.toml``), read by weapon_tests.py.
_WEAPON_TESTS = frozenset({"weapons_test", "weapons_test_of"})


@per_doc(lambda trigger, type_id: (trigger.i, type_id))
def off_sense(trigger: Token, type_id: str) -> str:
    """Why ``trigger`` is not the event word of lexicon type ``type_id`` here, or ""."""
    reason = _reason(trigger, type_id)
    if not reason:
        return ""
    return (WRONG_PARTICIPANT if reason in _PARTICIPANT_REASONS else OFF_SENSE) + reason


def _reason(trigger: Token, type_id: str) -> str:
    if as_a_name(trigger):
        return "a proper name, not a deed"  # "Strike had revenue of $3 million"
    if type_id == "arrest" and harmed_in_custody(trigger):
        return HARMED_IN_CUSTODY  # "was killed in custody on Tuesday" (held_now.py)
    if type_id in _WEAPON_TESTS and test_reason(trigger):
        return test_reason(trigger)  # "a protest against the nuclear test" (weapon_tests.py)
    if _idiom(trigger):
        return "idiom"
    if _unrealised(trigger):
        return "not yet done"
    if type_id in DESCRIBING_TYPES and describes_participant(trigger):
        return "describes a participant"  # "countries that agreed to send troops"
    if _inscribed(trigger):
        return "words on a sign"  # a shirt or banner that read "Liberation now"
    if a_quality(trigger):
        return "a quality, not the event"  # "'it was offensive,' he said"
    thing = antecedent(object_of(trigger), trigger)  # "the senator, who she blasted"
    if type_id in VIOLENT_TYPES and (verbal_attack(trigger, thing)
                                     or words_between_people(trigger)):  # fmt: skip
        return "verbal attack"
    if type_id in VIOLENT_TYPES and attack_in_words(trigger):
        return "an attack in words"
    if type_id in VIOLENT_TYPES and over_an_idea(trigger):
        return "a dispute over an idea"
    if type_id in VIOLENT_TYPES and over_a_question(trigger) and not harm_told(trigger):
        return "a dispute over a question"
    if type_id in VIOLENT_TYPES and launched_into(trigger):
        return "a launch, not a strike"  # "a rocket launched into space"
    if type_id in VIOLENT_TYPES and wages_a_conflict(trigger):
        return "a whole conflict, not a clash"
    if type_id in VIOLENT_TYPES and figurative_contest(trigger) and not harm_told(trigger):
        return "a figure of speech"
    if type_id in VIOLENT_TYPES and self_inflicted(trigger):
        return "done to oneself"
    if type_id in FIGHT_TYPES and served_in(trigger):
        return "service told of a participant, not a clash"  # "troops who fought in Iraq"
    if type_id in FIGHT_TYPES and strove(trigger) and not harm_told(trigger):
        return "an effort, not a clash"
    if type_id in FIGHT_TYPES and _lemma(trigger) in {"engage", "engaged"} \
            and not engaged_in_fight(trigger):
        return "involved, not fighting"
    if type_id in GROUP_TYPES and _lemma(trigger) in APPOINTING and person_appoints(trigger):
        return "a post filled, not a group changed"
    if type_id == "mob_violence" and _gathering_only(trigger):
        return "a gathering, no violence"
    if type_id == "agreement" and _agreed_to_speak(trigger):
        return "agreed to speak"
    if type_id == "peaceful_protest" and _person_objects(trigger):
        return "objects, not protests"
    if type_id in GROUP_TYPES and views_divided(trigger):
        return "views divided, not a group"  # "voters split among five rivals"
    if type_id in GROUP_TYPES and _lemma(trigger) == "join" and _joins_a_person(trigger):
        return "joined a person, not a group"
    if type_id in GROUP_TYPES and _lemma(trigger) == "join" and _no_group_joins(trigger):
        return "no group joins or is joined"
    if type_id in ABOUT_IDEAS and a_complaint(trigger):
        return "a complaint lodged, not a protest"  # "lodged a diplomatic protest"
    if type_id == "peaceful_protest" and acclaim(trigger):
        return "acclaim, not a protest"  # "the crowd chanted her name"
    if type_id == "peaceful_protest" and _occasion_ofspeaker(trigger):
        return "where someone spoke, not a protest"
    if type_id == "peaceful_protest" and campaign_rally(trigger):
        return "a campaign rally, not a protest"
    if type_id == "peaceful_protest" and rally_as_setting(trigger):
        return "a rally as the setting, not a protest"
    if type_id == "peaceful_protest" and protesters_speak(trigger):
        return "protesters' words, not a protest"
    if type_id == "agreement" and shares_a_view(trigger):
        return "a view shared, not a deal"
    if (trigger.pos_ == "VERB" and _lemma(trigger) in INTRANSITIVE
            and any(c.dep_ in {"dobj", "ccomp"} for c in trigger.children)):  # fmt: skip
        return "shows, not protests"
    if type_id in PLACE_TYPES and trigger.pos_ == "ADJ":
        return "a quality, not a taking"  # "made it clear", "a clear lead"
    if type_id in PLACE_TYPES and thing is None and _took_office(trigger):
        return "took office, no place"  # "he took over in hard times"
    if type_id in PLACE_TYPES and _lemma(trigger) == "fall" and _no_place_fell(trigger):
        return "a level or a duty fell, no place"  # "prices fell to 3 percent"
    if type_id in PLACE_TYPES and thing is None and _a_cause(trigger):
        return "a cause, not a taking"  # "bird liberation", on a banner
    everyday = offbeat_reason(trigger, type_id, thing)
    if everyday:
        return everyday  # "a rally scheduled for tonight", "captured 2 percent of the vote"
    if thing is None or thing.lower_ in {"it", "this", "that", "which", "what"}:
        return _no_territory(trigger, type_id)
    if type_id in FORCE_TYPES and trigger.pos_ == "VERB" and not is_force(thing):
        return "not forces"  # "dispatched coffins", "sent aid": no force moves
    if type_id in BASE_TYPES and (thing.ent_type_ in {"ORG", "NORP"}
                                  or _lemma(thing) in INSTITUTIONS):  # fmt: skip
        return "an institution, not a base"  # "NATO was set up", "established a commission"
    if _is_abstract(thing) and type_id not in ABOUT_IDEAS:
        return "an idea, not a participant"
    if type_id in PLACE_TYPES and thing.ent_type_ not in _PLACE_LABELS:
        if _is_person(thing) or thing.ent_type_ == "ORG" or _lemma(thing) in MEMBERSHIPS:
            return "not a place"
        if unplaced_name(thing):
            return "not a place"  # "after Smith was captured", "withdrew from the ACU"
        if _lemma(thing) in BELONGINGS:
            return "a belonging, not a place"
        if _lemma(thing) in GOODS or measured_goods(thing):
            return "goods, not a place"  # "seized two tonnes of spoiled fish at the market"
    if type_id in WEAPON_TYPES and thing.pos_ in {"NOUN", "PROPN"}:
        named = {_lemma(thing), *(_lemma(c) for c in thing.children if c.dep_ == "compound")}
        if not named & WEAPONS:
            return "not a weapon"
    return _no_territory(trigger, type_id)


def _no_territory(trigger: Token, type_id: str) -> str:
    """A change of territory in a sentence that names no place or ground, or a scene
    "captured on tape" (``territory``): asked last, so a clearer reason speaks first."""
    if type_id in PLACE_TYPES and (recorded(trigger) or not names_territory(sentence(trigger))):
        return "no territory named"  # "captured on tape", "a placard read 'liberation today'"
    return ""


def ruled_out(triggers: list[Token], type_id: str) -> bool:
    """Whether every word of a type in the sentence is off that type's sense. The learned
    classifier reads a sentence's words, not who took part ("seized 20 hostages" takes no
    territory), so it may not bring back a type its own cue words ruled out."""
    return bool(triggers) and all(off_sense(t, type_id) for t in triggers)
