"""Present verbs the tagger hides and gerunds that name an activity (generic_verbs.py),
on hand-built parses of sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from frontlines.nlp.events.generic_verbs import generic_gerund, hidden_present
from frontlines.nlp.events.realis import irrealis_reason

VOCAB = spacy.blank("en").vocab
POS = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "NNS": "NOUN", "VBD": "VERB", "VB": "VERB",
       "VBN": "VERB", "VBG": "VERB", "VBZ": "AUX", "VBP": "VERB", "IN": "ADP", "JJ": "ADJ",
       "TO": "PART", "RB": "ADV", "PRP": "PRON", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT",
       "CD": "NUM", "WRB": "ADV", "POS": "PART", "CC": "CCONJ"}  # fmt: skip
LEMMAS = {"prohibited": "prohibit", "gangs": "gang", "kill": "kill", "says": "say",
          "saw": "see", "is": "be",
          "Protesting": "protest", "protesting": "protest", "Marching": "march",
          "flare": "flare", "opened": "open", "killing": "kill", "became": "become",
          "Tempers": "temper", "raids": "raid", "villagers": "villager"}  # fmt: skip


def parsed(words, heads, deps, tags) -> Doc:
    pos = [POS[t] for t in tags]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[LEMMAS.get(w, w.lower()) for w in words])  # fmt: skip


def test_a_bare_verb_with_its_own_subject_is_a_present() -> None:
    """ "the view that gangs kill villagers in raids": "kill" tagged VB, a present all the
    same: what gangs do, not what they did."""
    doc = parsed(["the", "view", "that", "gangs", "kill", "villagers", "in", "raids", "."],
                 [1, 1, 4, 4, 1, 4, 4, 6, 1],
                 ["det", "ROOT", "mark", "nsubj", "acl", "dobj", "prep", "pobj", "punct"],
                 ["DT", "NN", "IN", "NNS", "VB", "NNS", "IN", "NNS", "."])  # fmt: skip
    assert hidden_present(doc[4])
    assert irrealis_reason(doc[4]) == "present or generic"


def test_a_bare_verb_seen_or_with_to_is_no_present() -> None:
    """ "Witnesses saw troops kill two villagers": a complement of "saw", as real as it;
    "to kill" and "will kill" have their own reading (plan, modal)."""
    doc = parsed(["Witnesses", "saw", "troops", "kill", "two", "villagers", "."],
                 [1, 1, 3, 1, 5, 3, 1],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "nummod", "dobj", "punct"],
                 ["NNS", "VBD", "NNS", "VB", "CD", "NNS", "."])  # fmt: skip
    assert not hidden_present(doc[3])
    assert irrealis_reason(doc[3]) == ""
    doc = parsed(["Gangs", "want", "to", "kill", "villagers", "."], [1, 1, 3, 1, 3, 1],
                 ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
                 ["NNS", "VBP", "TO", "VB", "NNS", "."])  # fmt: skip
    assert not hidden_present(doc[3])


def test_a_gerund_subject_of_a_present_clause_names_an_activity() -> None:
    """ "Protesting outside rallies is risky": a kind of act, no protest that took place."""
    doc = parsed(["Protesting", "outside", "rallies", "is", "risky", "."], [3, 0, 1, 3, 3, 3],
                 ["csubj", "prep", "pobj", "ROOT", "acomp", "punct"],
                 ["VBG", "IN", "NNS", "VBZ", "JJ", "."])  # fmt: skip
    assert generic_gerund(doc[0])
    assert irrealis_reason(doc[0]) == "present or generic"


def test_a_headline_gerund_under_a_present_verb_tells_the_deed() -> None:
    """ "Rebels raid a post, killing 7": a headline's present tells the past and the
    adverbial gerund goes with it; "Fighting flares in the city": a headline gerund."""
    doc = parsed(["Rebels", "raid", "a", "post", ",", "killing", "7", "."],
                 [1, 1, 3, 1, 1, 1, 5, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj", "punct"],
                 ["NNS", "VBP", "DT", "NN", ",", "VBG", "CD", "."])  # fmt: skip
    assert not generic_gerund(doc[5])
    doc = parsed(["Chanting", "slogans", ",", "students", "march", "on", "Abuja"],
                 [4, 0, 4, 4, 4, 4, 5],
                 ["advcl", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj"],
                 ["VBG", "NNS", ",", "NNS", "VBP", "IN", "NNP"])  # fmt: skip
    assert not generic_gerund(doc[0])  # set off before a clause with its own subject
    doc = parsed(["Fighting", "in", "Goma", "after", "talks", "fail"], [0, 0, 1, 5, 5, 0],
                 ["ROOT", "prep", "pobj", "mark", "nsubj", "advcl"],
                 ["VBG", "IN", "NNP", "IN", "NNS", "VBP"])  # fmt: skip
    assert not generic_gerund(doc[0])
    doc = parsed(["Gunmen", "Kill", "9", "Herders", "in", "Benue"], [1, 1, 3, 1, 1, 4],
                 ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
                 ["NNS", "VB", "CD", "NNS", "IN", "NNP"])  # fmt: skip
    assert not hidden_present(doc[1])


def test_a_gerund_of_a_past_clause_or_a_report_is_as_real_as_it() -> None:
    """ "Gunmen opened fire, killing two": the killing is told with the firing; "Police
    say ..., citing" is not read (a verb that reports governs it)."""
    doc = parsed(["Gunmen", "opened", "fire", ",", "killing", "two", "."],
                 [1, 1, 1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "punct"],
                 ["NNS", "VBD", "NN", ",", "VBG", "CD", "."])  # fmt: skip
    assert not generic_gerund(doc[4])
    assert irrealis_reason(doc[4]) == ""
    doc = parsed(["Police", "says", ",", "killing", "two", "."], [1, 1, 1, 1, 3, 1],
                 ["nsubj", "ROOT", "punct", "advcl", "dobj", "punct"],
                 ["NNP", "VBZ", ",", "VBG", "CD", "."])  # fmt: skip
    assert not generic_gerund(doc[3])


def test_a_gerund_after_a_colon_renames_an_act() -> None:
    """ "Heckling became the boldest act of the year: protesting the mayor at rallies":
    the gerund says what the act is, whatever clause the parser hung it from."""
    doc = parsed(["It", "became", "the", "boldest", "act", ":", "protesting", "the", "mayor",
                  "."], [1, 1, 4, 4, 1, 1, 1, 8, 6, 1],
                 ["nsubj", "ROOT", "det", "amod", "attr", "punct", "advcl", "det", "dobj",
                  "punct"],
                 ["PRP", "VBD", "DT", "JJ", "NN", ":", "VBG", "DT", "NN", "."])  # fmt: skip
    assert generic_gerund(doc[6])
    assert irrealis_reason(doc[6]) == "present or generic"
    doc = parsed(["It", "peaked", "on", "Monday", ":", "storming", "a", "post", ",", "rebels",
                  "shot", "two", "."], [1, 10, 1, 2, 1, 1, 7, 5, 10, 10, 10, 10, 10],
                 ["nsubj", "ccomp", "prep", "pobj", "punct", "advcl", "det", "dobj", "punct",
                  "nsubj", "ROOT", "dobj", "punct"],
                 ["PRP", "VBD", "IN", "NNP", ":", "VBG", "DT", "NN", ",", "NNS", "VBD", "CD",
                  "."])  # fmt: skip
    assert not generic_gerund(doc[5])  # a past verb follows: the storming was done


#: Sentences that tell a deed that took place: in a headline's present, under a gerund,
#: live, beside "next to", under "verified", or with the hurt named as people.
MUST_KEEP = [
    "Militants attack army post, killing 7 soldiers",
    "Russia pounds Ukrainian cities, killing 18",
    "Israeli troops raid Jenin camp, arresting 15",
    "Soldiers fire on protesters, wounding dozens",
    "Protesters gather in Paris, chanting slogans against the pension reform",
    "Fighting rages in Kharkiv",
    "Fighting Erupts in Khartoum Between Army and RSF",
    "Rioting in Dakar after opposition leader jailed",
    "Gunmen attack a hotel in Mogadishu, killing 15 people",
    "Gunmen Kill 20 Villagers in Zamfara",
    "Protesters are clashing with police next to the parliament in Nairobi",
    "They are bombing us tonight",
    "Protesters are clashing with police tonight",
    "Human Rights Watch verified that soldiers shot 12 protesters.",
    "The wounded were taken to hospital after the bombing.",
    "Medics treated the injured after police fired rubber bullets.",
    "The worst came on Sunday: storming the police post at dawn, rebels killed three officers.",
    "About 300 students marched on the governor's office in Lagos on Monday, chanting "
    "slogans against the fee rise.",
]


def test_pipeline_keeps_the_deed_and_drops_the_plan_and_the_activity(nlp) -> None:
    """End to end: a march set for a time ahead and protest named as an activity code
    nothing; every sentence telling a deed codes one."""
    doc = nlp("Farmers are marching on the ministry in Leeds next week.")
    assert [e.acled_event for e in doc._.events] == []
    doc = nlp("Protesting outside the governor's rallies is a risky choice these days.")
    assert [e.acled_event for e in doc._.events] == []
    lost = [s for s in MUST_KEEP if not nlp(s)._.events]
    assert lost == []


#: Sentences that name the hurt as people but tell no deed, or tell a plan over days ahead.
MUST_NOT_CODE = [
    "Prayers were held for the wounded on Sunday.",
    "Relatives mourned the dead and prayed for the wounded on Sunday.",
    "The hospital appealed for blood for the injured.",
    "Students are marching in the coming days.",
    "Students are protesting over the next few days.",
]


def test_people_named_alone_and_plans_over_days_code_nothing(nlp) -> None:
    coded = [s for s in MUST_NOT_CODE if nlp(s)._.events]
    assert coded == []


def test_a_present_clause_timed_ahead_is_a_plan() -> None:
    """ "Farmers are marching tomorrow", "are heckling the minister at tonight's debate":
    a plan; "Police arrested them ahead of next week's march": the arrest happened."""
    from frontlines.nlp.events.generic_verbs import timed_ahead
    from frontlines.nlp.events.scope import clause_reason

    doc = parsed(["Farmers", "are", "marching", "tomorrow", "."], [2, 2, 2, 2, 2],
                 ["nsubj", "aux", "ROOT", "npadvmod", "punct"],
                 ["NNS", "VBP", "VBG", "NN", "."])  # fmt: skip
    assert timed_ahead(doc[2])
    assert clause_reason(doc[2]) == "modal or future"
    doc = parsed(["Farmers", "are", "heckling", "him", "at", "tonight", "'s", "debate", "."],
                 [2, 2, 2, 2, 2, 7, 5, 4, 2],
                 ["nsubj", "aux", "ROOT", "dobj", "prep", "poss", "case", "pobj", "punct"],
                 ["NNS", "VBP", "VBG", "PRP", "IN", "NN", "POS", "NN", "."])  # fmt: skip
    assert timed_ahead(doc[2])
    doc = parsed(["Police", "arrested", "them", "before", "next", "week", "'s", "march", "."],
                 [1, 1, 1, 1, 5, 7, 5, 3, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "amod", "poss", "case", "pobj", "punct"],
                 ["NNP", "VBD", "PRP", "IN", "JJ", "NN", "POS", "NN", "."])  # fmt: skip
    assert not timed_ahead(doc[1])
    for words, tags in ((["next", "to"], ["RB", "IN"]), (["tonight", ","], ["NN", ","])):
        doc = parsed(["Farmers", "are", "marching", *words, "Leeds", "."], [2, 2, 2, 2, 3, 4, 2],
                     ["nsubj", "aux", "ROOT", "advmod", "prep", "pobj", "punct"],
                     ["NNS", "VBP", "VBG", *tags, "NNP", "."])  # fmt: skip
        assert not timed_ahead(doc[2])  # a place; live reporting ("tonight" alone)
    doc = parsed(["Farmers", "are", "marching", "next", "week", "."], [2, 2, 2, 4, 2, 2],
                 ["nsubj", "aux", "ROOT", "amod", "npadvmod", "punct"],
                 ["NNS", "VBP", "VBG", "JJ", "NN", "."])  # fmt: skip
    assert timed_ahead(doc[2])
    doc = parsed(["Farmers", "are", "marching", "in", "Leeds", "."], [2, 2, 2, 2, 3, 2],
                 ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
                 ["NNS", "VBP", "VBG", "IN", "NNP", "."])  # fmt: skip
    assert not timed_ahead(doc[2])


def test_pipeline_drops_a_march_planned_for_tomorrow(nlp) -> None:
    doc = nlp("Hundreds of farmers are marching on the ministry in Leeds tomorrow, the union "
              "said.")
    assert [e.acled_event for e in doc._.events] == []


def test_a_gerund_under_a_present_passive_and_its_conjuncts_name_acts() -> None:
    """ "Attacking churches or killing those inside is prohibited": a rule about acts;
    the second gerund shares the first's reading."""
    doc = parsed(["Attacking", "churches", "or", "killing", "worshippers", "is", "prohibited",
                  "."], [6, 0, 0, 0, 3, 6, 6, 6],
                 ["advcl", "dobj", "cc", "conj", "dobj", "auxpass", "ROOT", "punct"],
                 ["VBG", "NNS", "CC", "VBG", "NNS", "VBZ", "VBN", "."])  # fmt: skip
    assert generic_gerund(doc[0])
    assert generic_gerund(doc[3])
    assert irrealis_reason(doc[3]) == "present or generic"
    doc = parsed(["Attacking", "churches", ",", "or", "worse", ",", "is", "prohibited", "."],
                 [7, 0, 0, 0, 7, 7, 7, 7, 7],
                 ["advcl", "dobj", "punct", "cc", "nsubjpass", "punct", "auxpass", "ROOT",
                  "punct"],
                 ["VBG", "NNS", ",", "CC", "JJ", ",", "VBZ", "VBN", "."])  # fmt: skip
    assert generic_gerund(doc[0])  # a present passive: a noun misread as its subject


def test_the_wounded_are_people_not_a_deed() -> None:
    """ "We pray for the wounded": victims of a deed told elsewhere; "gunmen wounded
    five" is the deed."""
    from frontlines.nlp.events.generic_verbs import people_named

    doc = parsed(["We", "pray", "for", "the", "wounded", "."], [1, 1, 1, 4, 2, 1],
                 ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                 ["PRP", "VBP", "IN", "DT", "JJ", "."])  # fmt: skip
    assert people_named(doc[4])
    doc = parsed(["Gunmen", "wounded", "five", "."], [1, 1, 1, 1],
                 ["nsubj", "ROOT", "dobj", "punct"], ["NNS", "VBD", "CD", "."])  # fmt: skip
    assert not people_named(doc[1])


def test_what_is_doubted_is_open_and_what_is_verified_was_done() -> None:
    """ "Officials doubt that rebels shelled it": the shelling is doubted, not told;
    "monitors verified that rebels shelled it": checked and found true."""
    for verb, lemma in (("verified", "verify"), ("doubt", "doubt")):
        doc = Doc(VOCAB, words=["Officials", verb, "that", "rebels", "shelled", "it", "."],
                  heads=[1, 1, 4, 4, 1, 4, 1],
                  deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj", "punct"],
                  tags=["NNS", "VBP", "IN", "NNS", "VBD", "PRP", "."],
                  pos=["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PRON", "PUNCT"],
                  lemmas=["official", lemma, "that", "rebel", "shell", "it", "."])  # fmt: skip
        assert irrealis_reason(doc[4]) == ("" if lemma == "verify" else "governed by doubt")
