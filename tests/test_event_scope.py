"""Realis scope (issue 19): a negation, modal, plan, condition or question scopes over its
own clause only. Our own sentences, read by the whole pipeline, table-driven: what each
tells (the ACLED event types of the events shown on the map, confidence 0.15 or more) and,
for a word that must stay unasserted, the reason the realis reading gives."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontlines.nlp.events.realis import irrealis_reason
from tests.event_reading import read_article, reason_for

#: (sentence, the ACLED event types it tells: empty when it tells none)
TOLD = [
    # a clause with a subject and a tense of its own does not share "not", "will", "might"
    ("The army will not negotiate with the rebels, and its jets bombed their camps near "
     "Kallo on Tuesday.", {"Explosions/Remote violence"}),
    ("The rebels did not claim the raid, but police arrested three suspects in Vesna on "
     "Monday.", {"Strategic developments"}),
    ("The government might reopen talks, but rebels shelled the town of Dara on Sunday.",
     {"Explosions/Remote violence"}),
    # a plan or a threat governs its own infinitive, not the clause joined after it
    ("Militants vowed to attack the base, and soldiers arrested four men in Kallo on Friday.",
     {"Strategic developments"}),
    ("The army threatened to bomb the camps, and rebels ambushed a patrol near Dara on "
     "Sunday.", {"Battles"}),
    ("The ministry wanted a ceasefire, but gunmen stormed a police station in Vesna on "
     "Monday.", {"Battles"}),
    # what the pair hangs from, both share: a condition, a verb of fear or denial
    ("If rebels attack the town and the army shells their camps, thousands will flee.", set()),
    ("The mayor feared that militants would attack the market and that gunmen would kill "
     "traders.", set()),
    ("The general denied that his troops shelled the village.", set()),
    # a shared subject shares the modal
    ("The army will shell the camps and arrest the leaders, the minister said.", set()),
    ("Rebels could attack the town and seize the bridge, officials warned.", set()),
    # the deed is told, its purpose is not
    ("Soldiers raided a farm near Kallo on Sunday to arrest the rebel leader.",
     {"Strategic developments"}),
    # reported speech tells the deed; a warning of what could happen does not
    ("Police said gunmen attacked a bus near Kallo on Monday, killing two passengers.",
     {"Violence against civilians"}),
    ("Witnesses said soldiers shot dead three protesters in Vesna on Friday.", {"Protests"}),
    ("The minister warned that gunmen could attack schools in Vesna.", set()),
    ("Officials fear rebels may launch an offensive on the capital.", set()),
    # "after" and "since" clauses tell what happened
    ("After rebels seized the town of Kallo on Sunday, the army shelled their positions.",
     {"Battles", "Explosions/Remote violence"}),
    ("Since militants captured Dara last week, hundreds of families have fled.", {"Battles"}),
    # ... whatever the clause they hang from says may or will not happen
    ("Troops could pull out of Kallo, as they did when rebels shelled the town in May.",
     {"Explosions/Remote violence"}),
    ("Officials may close the border after militants seized the crossing near Kallo on "
     "Sunday.", {"Battles"}),
    # no past: a condition, a time to come, a comment clause
    ("Officials may close the border if militants seize the crossing.", set()),
    ("Officials may close the border before militants seize the crossing.", set()),
    ("Officials will not reopen the market until police have arrested the gunmen.", set()),
    ("As earlier elections marred by violence have demonstrated, turnout can matter as much "
     "as the result.", set()),
    # what is deployed must be a force for a deployment of forces
    ("A man seems to push the guard shortly before pepper spray was deployed on him.", set()),
    ("The army deployed 500 soldiers to Kallo on Monday.", {"Strategic developments"}),
    # relative and participial clauses
    ("The governor said she saw no sign of a tie to blasts that went off in "
     "Kallo today near a busy market.", {"Explosions/Remote violence"}),
    ("The mayor denied any link to attacks that could hit the city.", set()),
    ("Small bands of protesters kept calling for the release of the footage, marching "
     "through the streets of Vesna while chanting slogans.", {"Protests"}),
    ("Officials warned of a possible resurgence, saying the group was on pace to double the "
     "attacks it had carried out the year before.", set()),
    ("The bombing, which killed five people in Vesna on Monday, was condemned by the UN.",
     {"Explosions/Remote violence"}),
    ("A car bomb exploded near a market in Kallo on Tuesday, killing seven people.",
     {"Explosions/Remote violence"}),
    ("Gunmen who attacked a church in Dara on Sunday killed four worshippers.",
     {"Violence against civilians"}),
    # the trigger's own clause
    ("Rebels have not attacked the town since the truce.", set()),
    ("The army may launch air strikes on the rebel camps.", set()),
    ("Rebels plan to attack the capital next week.", set()),
    # two clauses, two deeds of two kinds
    ("Rebels attacked the army base in Kallo on Monday and police arrested 12 people in "
     "Vesna.", {"Battles", "Strategic developments"}),
]  # fmt: skip

#: (sentence, a word of it, its ACLED sub-event: a single victim named by a common noun
#: is attacked, not a crowd of protesters met with force)
TYPED = [
    ("Five days after the fatal police shooting of a young man sparked violent "
     "protests, the town of Vesna is still tense.", "shooting", "Attack"),
    ("Police fired on protesters in Vesna on Friday, and the shooting sparked violent "
     "protests.", "fired", "Excessive force against protesters"),
]  # fmt: skip

#: (sentence, a word of it, why that word tells no event)
UNTOLD = [
    ("\"We hid in the cellar all night, and my son kept asking, 'Who shelled our road?'\"",
     "shelled", "question"),
    ("\"Tomorrow we will stand on the roof and watch the hills being shelled,\" he said.",
     "shelled", "modal or future"),
    ("The army will shell the camps and arrest the leaders, the minister said.", "arrest",
     "modal or future"),
    ("If rebels attack the town and the army shells their camps, thousands will flee.",
     "shells", "present or generic"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "types"), TOLD)
def test_what_each_clause_tells(nlp, text, types):
    events = read_article(nlp, text)._.events
    assert {e.acled_event for e in events if e.confidence >= 0.15} == types


@pytest.mark.parametrize(("text", "word", "sub_event"), TYPED)
def test_the_type_follows_who_was_hit(nlp, text, word, sub_event):
    events = read_article(nlp, text)._.events  # any confidence: the type is asked here
    assert [e.acled_sub_event for e in events] == [sub_event]


@pytest.mark.parametrize(("text", "word", "reason"), UNTOLD)
def test_why_a_word_tells_no_event(nlp, text, word, reason):
    assert reason_for(read_article(nlp, text), word) == reason



_POS = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "VB": "VERB", "TO": "PART", "DT": "DET",
        "CC": "CCONJ", "CD": "NUM", ".": "PUNCT"}  # fmt: skip


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    lemmas = {"vowed": "vow", "arrested": "arrest"}
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags,
               pos=[_POS[t] for t in tags],
               lemmas=[lemmas.get(w, w.lower()) for w in words])  # fmt: skip


def test_a_finite_clause_parsed_under_an_infinitive_is_not_its_plan():
    """ "Militants vowed to attack the base and soldiers arrested four men", parsed with
    "arrested" as a conjunct of the infinitive "attack": a finite clause with a subject of
    its own is coordinated with the vow, not planned by it; a bare verb sharing the
    infinitive's subject ("to attack the base and arrest four men") is planned too."""
    words = ["Militants", "vowed", "to", "attack", "the", "base", "and", "soldiers",
             "arrested", "four", "men", "."]  # fmt: skip
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "nsubj", "conj", "nummod",
            "dobj", "punct"]  # fmt: skip
    tags = ["NNS", "VBD", "TO", "VB", "DT", "NN", "CC", "NNS", "VBD", "CD", "NNS", "."]
    doc = _parsed(words, [1, 1, 3, 1, 5, 3, 3, 8, 3, 10, 8, 1], deps, tags)
    assert irrealis_reason(doc[3]) == "governed by vow"
    assert irrealis_reason(doc[8]) == ""
    shared = [w for w in words if w != "soldiers"]
    doc = _parsed(shared, [1, 1, 3, 1, 5, 3, 3, 3, 9, 7, 1],
                  ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "cc", "conj", "nummod",
                   "dobj", "punct"],
                  ["NNS", "VBD", "TO", "VB", "DT", "NN", "CC", "VB", "CD", "NNS", "."])
    assert irrealis_reason(doc[7]) == "governed by vow"
