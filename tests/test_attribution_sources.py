"""How far the source reaches: speakers shared along coordinated and subordinate verbs,
and the span conventions PolNeAR annotators follow (focus particles, closing dashes)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from frontlines.nlp.attribution.speakers import source_span


def _sources(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {a.cue.text: a.source.text if a.source else None for a in doc._.attributions}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a chain of coordinated verbs: the subject of the first speaks for the last
        ("Moments later they backed down, pushed the visitors into the office and "
         "said they will issue permits.", "said", "they"),
        # a passive subject speaks for its conjunct
        ("Late that evening, Mr. Okafor was pushed into an unusual public retreat "
         "and said that his remarks had been twisted.", "said", "Mr. Okafor"),
        # "by -ing" under an infinitive: climb to the verb that has a subject
        ("Ellen Voss began carrying mayoral contests by denouncing the governor.", "denouncing",
         "Ellen Voss"),
    ],
)  # fmt: skip
def test_a_verb_without_a_subject_shares_its_heads_speaker(nlp, text, cue, source):
    assert _sources(nlp, text).get(cue) == source


def test_a_reduced_passive_still_names_no_speaker(nlp):
    found = _sources(nlp, "Asked about the deal, the minister said it was dead.")
    assert found.get("said") == "the minister"
    assert "Asked" not in found or found["Asked"] is None
    # the tagger reads this "Asked" as a past tense (VBD); opening the sentence with no
    # subject of its own it is still the participle: she was asked, she did not ask
    found = _sources(
        nlp, 'Asked what the plan might cost, she said: "We will know that next month."'
    )
    assert found.get("said") == "she"
    assert "Asked" not in found or found["Asked"] is None


def test_the_source_drops_a_focus_particle_and_keeps_its_closing_dash(nlp):
    found = _sources(nlp, "Even some of his admirers said the plan would fail.")
    assert found.get("said") == "some of his admirers"
    found = _sources(nlp, "Dana Holt — a nurse in Cedar Falls — said the clinic shut.")
    assert found.get("said") == "Dana Holt — a nurse in Cedar Falls —"


def test_a_floated_quantifier_joins_the_cue_and_a_reflexive_leaves_the_source(nlp):
    doc = nlp("Ann Lee and Tom Ruiz both stressed that the plan was costly.")
    (said,) = [a for a in doc._.attributions if "stressed" in a.cue.text]
    assert (said.source.text, said.cue.text) == ("Ann Lee and Tom Ruiz", "both stressed")
    found = _sources(nlp, "Mr. Ortiz himself admitted that the vote was close.")
    assert found.get("admitted") == "Mr. Ortiz"


def test_the_subject_a_coordinated_cue_shares_speaks_even_inside_what_was_said(nlp):
    # the cue's content is read from the clause before it, which holds the relative clause
    # and its subject: that subject is still who rejects, not part of what was rejected
    found = _sources(nlp, "The memo raised doubts about the budget, a claim that Mr. Ruiz "
                          "has heard before and has always rejected.")  # fmt: skip
    assert found.get("has always rejected") == "Mr. Ruiz"


def test_a_cue_the_tagger_read_as_a_noun_takes_its_modifiers_as_the_speaker(nlp):
    # "cheer" is tagged a noun heading the sentence, "All" its determiner: All cheer
    doc = nlp("All cheer when he backs the new stadium.")
    found = [(a.source.text if a.source else None, a.cue.text) for a in doc._.attributions]
    assert ("All", "cheer") in found
    # after a quotation: "read" tagged a noun, "editorial" an adjective; the editorial reads
    doc = nlp("“If he wants the job, the governor should come to Tulsa and listen,” the "
              "editorial read.")  # fmt: skip
    found = [(a.source.text if a.source else None, a.cue.text) for a in doc._.attributions]
    assert ("the editorial", "read") in found


def test_a_quoted_title_in_the_source_keeps_its_closing_mark(nlp):
    found = _sources(nlp, "Lena Marsh, anchor of WXT's “Night Desk,” said the vote was close.")
    assert found.get("said") == "Lena Marsh, anchor of WXT's “Night Desk,”"


def test_wire_quotes_close_where_they_close(nlp):
    """Copy that opens quotes with `` closes them with '': a quote before a cue opens at
    its own ``, never at the '' that closed the quotation before it, so the story's own
    next paragraph is nobody's quotation."""
    text = ("``We will rebuild,'' the mayor told the crowd.\n\n"
            "``It is hard to sleep,'' said Maria Lund, a teacher. ``It is very loud.''\n\n"
            "The memorial named the nine people killed in the shelling since May.\n\n"
            "``They were our neighbours,'' she said.\n")
    doc = nlp(text)
    said = [a for a in doc._.attributions if a.cue.text == "said"]
    assert said and all(a.content.end <= text.index("The memorial") or
                        a.content.start >= text.index("``They") for a in said)
    (claim,) = [c for c in doc._.claims if c.value == 9.0]
    assert claim.source is None  # the story's own word


def test_doubled_apostrophes_open_quotes_where_nothing_opens_with_backticks(nlp):
    """Other copy writes '' at both ends; there a '' may open a quotation."""
    found = nlp("''We are leaving,'' said Maria Lund.")._.attributions
    assert [a.content.text for a in found if a.cue.text == "said"] == ["''We are leaving,''"]


def test_a_speaker_after_a_quotation_the_splitter_cut_off_is_found(nlp):
    # The splitter ends the sentence at '!”'; the name after it still speaks the quotation
    # (before: the parser's subject, the fund's name, spoke and "Monday" was what was said).
    doc = nlp("“What a day for the harbour!” Okafor, a director of the Harbour Relief Fund, "
              "Tweeted on Monday.")  # fmt: skip
    found = [(a.source.text if a.source else None, a.content.text) for a in doc._.attributions]
    speaker = "Okafor, a director of the Harbour Relief Fund"
    assert (speaker, "“What a day for the harbour!”") in found


def test_a_participle_modifying_a_noun_makes_the_noun_the_source(nlp):
    found = _sources(nlp, "A new survey showing that farmers distrust the ministry was "
                          "published on Monday.")  # fmt: skip
    assert found.get("showing") == "A new survey"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a participle the parser hung on the reported clause's verb
        ("The mayor told reporters that the bridge was unsafe, warning that it could fall.",
         "warning", "The mayor"),
        # a second finite verb hung on the reported clause's verb of another form
        ("The senator said the plan had failed and called for a new vote.", "called for",
         "The senator"),
        ("She says the council was wrong and says she will appeal.", "says", "She"),
    ],
)  # fmt: skip
def test_a_verb_hung_inside_a_reported_clause_shares_the_reporters_speaker(
    nlp, text, cue, source
):
    found = [
        (a.cue.text, a.source.text if a.source else None) for a in nlp(text)._.attributions
    ]
    assert found[-1] == (cue, source)


def test_a_speaker_after_a_quotation_read_as_the_object_still_speaks(nlp):
    found = _sources(nlp, "“Nobody in town trusts the new council anymore,” added another "
                          "local farmer.")  # fmt: skip
    assert found.get("added") == "another local farmer"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The report left many voters wondering whether the vote was fair.", "wondering",
         "many voters"),
        ("The ruling prompted the mayor to announce that the market would close.",
         "to announce", "the mayor"),
    ],
)  # fmt: skip
def test_the_object_of_the_verb_a_complement_hangs_from_is_its_speaker(nlp, text, cue, source):
    assert _sources(nlp, text).get(cue) == source


def test_a_second_cue_of_the_same_tense_after_a_reported_clause_is_the_reporters(nlp):
    text = "The minister said the talks were over and added that no date was set."
    assert _sources(nlp, text).get("added") == "The minister"


def test_a_verb_of_feeling_with_an_object_makes_the_object_the_source(nlp):
    doc = nlp("The decision alarmed many local farmers.")
    (found,) = [a for a in doc._.attributions if a.cue.text == "alarmed"]
    assert found.source is not None and found.source.text == "many local farmers"
    assert found.content.text == "The decision"
    felt = nlp("Many shop owners worried that the curfew would ruin them.")._.attributions
    assert [a.source.text for a in felt if a.source] == ["Many shop owners"]


def test_a_relative_clause_set_off_after_a_common_noun_is_cut_but_kept_after_a_name(nlp):
    plain = _sources(nlp, "Two farmers, both of whom lost their land, said the dam should "
                          "never be built.")  # fmt: skip
    assert plain.get("said") == "Two farmers"
    named = _sources(nlp, "Ms. Lund, who lost her land, said the dam should never be built.")
    assert named.get("said") == "Ms. Lund, who lost her land"


def test_a_contracted_has_before_a_cue_is_no_passive(nlp):
    # the parser reads "'s said" as "is said": with a content clause after it, it is "has"
    said = _sources(nlp, "The governor spoke on Monday. She's said that 40 people were "
                         "killed in the attack.")  # fmt: skip
    assert said.get("'s said") == "She"
    argued = nlp("Senator Doe, who's argued that 300 fighters remain in the city, spoke "
                 "on Monday.")._.claims  # fmt: skip
    assert [c.source.text for c in argued if c.source] == ["Senator Doe"]
    # a real passive keeps no speaker
    assert _sources(nlp, "It's said that 40 people were killed in the attack.").get(
        "'s said") is None


def test_a_participle_misread_as_the_verb_makes_its_noun_no_speaker(nlp):
    # "pledged" modifies "Aid"; the parser reads it as the verb and "has fallen" as its
    # conjunct, with no "and" between them
    claims = nlp("Aid pledged for some 3 million refugees now living in camps has fallen "
                 "short of targets.")._.claims  # fmt: skip
    assert [c.source for c in claims] == [None]
    said = nlp("Police said 40 people were killed and 12 were arrested.")._.claims
    assert {c.source.text for c in said if c.source} == {"Police"}


def test_an_inverted_speaker_set_off_before_a_trailing_clause_still_speaks(nlp):
    # the parser makes the name the subject of the clause after the comma ("asked ...",
    # "half smiling") and leaves the cue before it with none
    asked = _sources(nlp, '"I will not apologize for it, so drop the subject," said retired '
                          "surgeon Tom Baxter, questioned over his boast that he once "
                          "trained overseas.")  # fmt: skip
    assert asked.get("said") == "retired surgeon Tom Baxter"
    smiling = _sources(nlp, "''I am better at building than at talking,'' said Rita Mendez, "
                            "half smiling.")  # fmt: skip
    assert smiling.get("said") == "Rita Mendez"


def test_a_passive_cues_agent_speaks_and_is_cut_from_what_is_said(nlp):
    doc = nlp("As noted by several analysts, the plan has little support in the north.")
    (noted,) = [a for a in doc._.attributions if a.cue.text == "noted"]
    assert noted.source is not None and noted.source.text == "several analysts"
    assert noted.content.text == "the plan has little support in the north"
    appointed = _sources(nlp, "He was appointed to the court in 2011 by the state's first "
                              "female governor.")  # fmt: skip
    assert appointed.get("was appointed to") == "the state's first female governor"


def test_according_to_ends_where_the_parser_took_the_main_subject_as_an_apposition(nlp):
    # the verb after the phrase is left with no subject: what follows the comma is its
    # subject, not a second name for the source
    found = _sources(nlp, "According to Rep. Tom Ridley, congressional probing of the Tripoli "
                          "affair had been going on for months.")  # fmt: skip
    assert found.get("According to") == "Rep. Tom Ridley"
    polls = _sources(nlp, "According to first tallies of voter surveys by Baxter Research, "
                          "most Democratic voters in all three regions said housing "
                          "was their main concern.")  # fmt: skip
    assert polls.get("According to") == "first tallies of voter surveys by Baxter Research"
    # a subject of its own: the apposition stays
    named = _sources(nlp, "According to Ann Ruiz, the mayor, the bridge will reopen in May.")
    assert named.get("According to") == "Ann Ruiz, the mayor"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_proper_noun_the_parser_left_as_a_root_of_its_own_joins_the_speakers_name():
    # a parse the parser sometimes makes: "Vermont" a root of its own with nothing on it
    doc = _parsed(["Vermont", "Gov.", "Ann", "Ruiz", "is", "backing", "the", "plan", "."],
                  [0, 3, 3, 5, 5, 5, 7, 5, 5],
                  ["ROOT", "compound", "compound", "nsubj", "aux", "ROOT", "det", "dobj",
                   "punct"],
                  ["NNP", "NNP", "NNP", "NNP", "VBZ", "VBG", "DT", "NN", "."])  # fmt: skip
    source = source_span(doc, doc[3])
    assert source is not None and source.text == "Vermont Gov. Ann Ruiz"
    # a root with words hung on it is a clause of its own, not part of the name
    clause = _parsed(["Voters", "Ann", "Ruiz", "is", "backing"], [0, 2, 4, 4, 0],
                     ["ROOT", "compound", "nsubj", "aux", "ccomp"],
                     ["NNP", "NNP", "NNP", "VBZ", "VBG"])  # fmt: skip
    named = source_span(clause, clause[2])
    assert named is not None and named.text == "Ann Ruiz"


def test_a_passive_verb_of_feeling_or_persuasion_has_its_subject_speak(nlp):
    """'were startled by the attack': the subject feels and is the source, the 'by' phrase
    is what they react to (a passive cue otherwise takes its agent as the speaker)."""
    from frontlines.nlp.attribution.component import AttributionRecognizer
    from frontlines.nlp.attribution.cuemodel import CueModel

    weights = {"bias": -5.0, "lemma=startle": 10.0, "lemma=convince": 10.0}
    recognizer = AttributionRecognizer(
        cues=CueModel(weights=weights, lemmas=frozenset({"startle", "convince"}))
    )
    doc = recognizer(nlp("Several party elders were startled by the governor's attack."))
    assert [(a.cue.text, a.source.text if a.source else None) for a in doc._.attributions] == [
        ("were startled", "Several party elders")
    ]
    doc = recognizer(nlp("Few voters were convinced by the mayor's new plan for the port."))
    assert [a.source.text for a in doc._.attributions if a.source] == ["Few voters"]


def test_a_contracted_has_before_a_cue_with_an_object_is_no_passive(nlp):
    # a passive takes no direct object: "'s said the opposite" is "has said"
    said = _sources(nlp, "She's said the opposite in two earlier interviews with local radio.")
    assert said.get("'s said") == "She"


def test_a_speaker_hung_as_an_apposition_on_a_fronted_phrase_still_speaks(nlp):
    # the parser hangs "her senior adviser, Tom Berg" on "the Ledger" and leaves "said"
    # without a subject
    found = _sources(nlp, "In a statement to the Ledger, her senior adviser, Tom Berg, said "
                          "the plan was dead.")  # fmt: skip
    assert found.get("said") == "her senior adviser, Tom Berg"


def test_an_adverb_set_off_after_the_speaker_is_no_part_of_the_source(nlp):
    # the parser hangs "only a week later" on the name; it dates the report
    found = _sources(nlp, "Senator Vance, only a week later, said the vote would be delayed.")
    assert found.get("said") == "Senator Vance"


def test_a_cue_nouns_possessor_is_drawn_with_its_marker(nlp):
    """'the governor's assertion that ...': annotators draw the possessor of a cue noun
    with its marker; a paper's author reached through a passive stays without it."""
    doc = nlp("The governor's assertion that the roads were safe drew criticism.")
    found = {a.cue.text: a.source.text if a.source else None for a in doc._.attributions}
    assert found.get("assertion") == "The governor's"
    doc = nlp("The valley was cited in the agency's report as the worst hit.")
    assert all(a.source is None or not a.source.text.endswith("'s")
               for a in doc._.attributions)  # fmt: skip
