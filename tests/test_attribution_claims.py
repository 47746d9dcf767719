"""Attribution and claims: components on our own wire copy, PolNeAR reader and scorer,
and the seed claims end to end."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.lab.attribution import (
    AttributionDocument,
    AttributionScore,
    GoldAttribution,
    annotator_agreement,
    load_polnear,
)
from frontlines.nlp.claims import default_taxonomy
from frontlines.nlp.times import with_reference_date

STORY = (
    "The jihadist group has lost 40 percent of the territory it once controlled, a senior "
    "coalition official said on Tuesday. About 9,000 IS fighters remain in the city of Mosul, "
    "the official said. More than 200,000 people have fled the city since October, according "
    "to the Kurdistan Rights Observatory."
)


def test_attribution_triples_and_back_reference(nlp):
    doc = nlp(STORY)
    got = [(a.source.text if a.source else None, a.cue.text, a.kind) for a in doc._.attributions]
    assert ("a senior coalition official", "said", "anonymous_official") in got
    assert ("the Kurdistan Rights Observatory", "according to", "monitor") in got
    back = next(a for a in doc._.attributions if a.source and a.source.text == "the official")
    assert back.antecedent is not None and back.antecedent.text == "a senior coalition official"
    for a in doc._.attributions:
        for span in (a.source, a.cue, a.content):
            assert span is None or STORY[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (  # an interjected cue: the content is around it
            "The siege, the governor said, had cut the town off for weeks.",
            "the governor",
            "said",
            "The siege, the governor said, had cut the town off for weeks",
        ),
        (  # a quote in a sentence of its own before the cue
            "Aid trucks waited at the crossing. “We cannot get in,” a driver said.",
            "a driver",
            "said",
            "“We cannot get in,”",  # the whole quotation, marks included, as annotators mark it
        ),
        (  # a quote after a colon
            'The commander said: "The road is open again."',
            "The commander",
            "said",
            '"The road is open again."',
        ),
        (  # a quotation split by its cue is one content, from first mark to last
            '"The road is open," the commander said, "and the trucks are moving."',
            "the commander",
            "said",
            '"The road is open," the commander said, "and the trucks are moving."',
        ),
        (  # ... also when the rest opens the next sentence of the same paragraph
            '"The road is open," she said, smiling. "The trucks are moving." He left.',
            "she",
            "said",
            '"The road is open," she said, smiling. "The trucks are moving."',
        ),
        (  # ... but not when the next quotation has a cue of its own
            '"The road is open," she said. "It is closed," he said.',
            "she",
            "said",
            '"The road is open,"',
        ),
        (  # the name between the quotation and the cue speaks, however it was parsed;
            # a quoted programme title after the cue is not more of the quotation
            "“The supply line is cut. Nobody can reach the frontline towns and the hospitals,”"
            " Haddad, a senior council member, said Thursday morning on Radio Rozana’s"
            " “Morning Show.”",
            "Haddad, a senior council member",
            "said",
            "“The supply line is cut. Nobody can reach the frontline towns and the hospitals,”",
        ),
        (  # the parser hangs the name on the quotation and finds no subject for "said"
            "“The line is holding. We see a wide rift between this council and, honestly, the"
            " governor and his police,” Haddad, a senior council member, said Thursday morning"
            " on Radio Rozana’s “Morning Show.”",
            "Haddad, a senior council member",
            "said",
            "“The line is holding. We see a wide rift between this council and, honestly, the"
            " governor and his police,”",
        ),
        (  # a name with its appositive right before the cue speaks
            "At a briefing in Geneva on Friday, Filippo Grandi, the head of the UN refugee"
            " agency, forcefully told reporters that the camps were full.",
            "Filippo Grandi, the head of the UN refugee agency",
            "forcefully told",
            "that the camps were full",
        ),
        (
            "When the convoys stop, Obama and Clinton call it a siege.",
            "Obama and Clinton",
            "call",
            "it a siege",
        ),
        (  # a clause that opens a quotation ends where the quotation closes
            'The monitor said that the army kept "the real figures under wraps."',
            "The monitor",
            "said",
            'that the army kept "the real figures under wraps."',
        ),
        (  # the object is what was said; the particle and day belong to the cue
            "The monitor also called for a ceasefire on Friday.",
            "The monitor",
            "also called for",
            "a ceasefire on Friday",
        ),
        (
            "The ministry said Monday that 40 soldiers had been killed.",
            "The ministry",
            "said Monday",
            "that 40 soldiers had been killed",
        ),
        (  # an infinitive chain is one cue; the content is what the last verb takes
            "The senator continued to call for an inquiry into the strikes.",
            "The senator",
            "continued to call for",
            "an inquiry into the strikes",
        ),
        (  # a preposition annotators join to this verb
            "The governor railed against the decision to close the crossing.",
            "The governor",
            "railed against",
            "the decision to close the crossing",
        ),
        (  # a passive without an agent names no speaker
            "About 9,000 fighters are expected to remain in the city.",
            None,
            "are expected",
            "About 9,000 fighters are expected to remain in the city",
        ),
        (  # 'said on Tuesday': the day is not part of this cue, the clause is the content
            "The monitor said on Tuesday that 40 people had been killed.",
            "The monitor",
            "said",
            "that 40 people had been killed",
        ),
        (  # a preposition before the cue is not what it takes; one after the object is
            "On Wednesday, the senator thanked the monitors for their report.",
            "the senator",
            "thanked",
            "the monitors for their report",
        ),
        (  # what the verb says of its object comes with it
            "The governor urged residents to leave the city.",
            "The governor",
            "urged",
            "residents to leave the city",
        ),
        (  # a passive with an agent: the agent speaks, the subject is what was said
            "The figures were disputed by the army commander after the battle.",
            "the army commander",
            "were disputed",
            "The figures",
        ),
        (  # a dateline before the speaker is not part of the source
            "BAGHDAD -- The Iraqi defence minister said the city would fall within weeks.",
            "The Iraqi defence minister",
            "said",
            "the city would fall within weeks",
        ),
        (  # a manner adverb before the cue is part of it; a sentence adverb is not
            "The general repeatedly denied that civilians had been hit.",
            "The general",
            "repeatedly denied",
            "that civilians had been hit",
        ),
        (  # a clause that picks the speaker out belongs to the source; an aside does not
            "A study published in March found that the camps were full.",
            "A study published in March",
            "found",
            "that the camps were full",
        ),
        (
            "Mr. Ortiz, addressing a farmers' union, said that the camps were full.",
            "Mr. Ortiz",
            "said",
            "that the camps were full",
        ),
        (  # a cue inside a relative clause: the fronted 'which' is content, not source
            "He praised the deal, which the minister said would end the siege.",
            "the minister",
            "said",
            "which the minister said would end the siege",
        ),
        (  # a participle after a preposition shares the clause's subject
            "The envoy won support by telling them that the siege would end.",
            "The envoy",
            "telling",
            "that the siege would end",
        ),
        (  # a titled name between the quote and the cue
            'Aid is short. "We are far from done here," Ms. Moore said. She left.',
            "Ms. Moore",
            "said",
            '"We are far from done here,"',
        ),
        (  # a single quote nested in a double one; the speaker after the cue
            "\"People say, 'The siege will end soon,'\" said Charlie King, a local official.",
            "Charlie King, a local official",
            "said",
            "\"People say, 'The siege will end soon,'\"",
        ),
        (
            "The monitor reportedly said that 40 people had been killed.",
            "The monitor",
            "said",
            "that 40 people had been killed",
        ),
    ],
)
def test_more_attribution_shapes(nlp, text, source, cue, content):
    found = [(a.source.text if a.source else None, a.cue.text, a.content.text)
             for a in nlp(text)._.attributions]  # fmt: skip
    assert (source, cue, content) in found, found


def test_claims_join_measure_source_and_dates(nlp):
    doc = nlp(with_reference_date(nlp.make_doc(STORY), "2016-11-17"))  # a Thursday
    claims = {c.measure: c for c in doc._.claims}
    lost = claims["territory_lost_share"]
    assert (lost.value, lost.unit, lost.as_of) == (40.0, "percent", "2016-11-15")
    assert lost.source is not None and lost.source.kind == "anonymous_official"
    assert (lost.equivalent_measure, lost.equivalent_value) == ("territory_held_share", 60.0)
    fighters = claims["fighters"]
    assert (fighters.value, fighters.change, fighters.place) == (9000.0, "~", "Mosul")
    assert fighters.source is not None and fighters.source.text == "a senior coalition official"
    assert fighters.as_of == "2016-11-15"  # "the official said" -> said on Tuesday
    fled = claims["displaced"]
    assert (fled.lower, fled.change, fled.as_of, fled.as_of_relation) == (
        200000.0, ">", "2016-10", "since",
    )  # fmt: skip


def test_taxonomy_restates_bounds_on_the_equivalent_measure():
    lost = default_taxonomy().get("territory_captured_share")
    assert lost is not None
    # captured at least 99.5 % <=> holds at most 0.5 %
    assert lost.restate(None, 99.5, None) == (None, None, 0.5)


def test_polnear_reader_and_scorer(tmp_path):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "Officials said the town fell. It was quiet, he added."
    (split / "text" / "story.txt").write_text(text, encoding="utf-8")
    (split / "attributions" / "story_ab12.ann").write_text(
        "T1\tSource 0 9\tOfficials\n"
        "T2\tCue 10 14\tsaid\n"
        "T3\tContent 15 28\tthe town fell\n"
        "T4\tAttribution 10 14\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tContent 30 36;37 42\tIt was quiet\n"
        "T6\tSource 44 46\the\n"
        "T7\tCue 47 52\tadded\n"
        "T8\tAttribution 47 52\tadded\n"
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
        "T9\tContent 0 28\tOfficials said\nthe town fell\n",  # brat text over a line break
        encoding="utf-8",
    )
    (doc,) = list(load_polnear(tmp_path))
    assert doc.attributions[1].content == (30, 42)  # discontinuous -> outer extent
    # Worked by hand: one prediction, exact on the first triple, overlapping
    # nothing else. Source/cue/content exact P=1 R=1/2; triples 1 of 2.
    score = AttributionScore()
    score.add(list(doc.attributions), [GoldAttribution((0, 9), (10, 14), (15, 28))])
    result = score.as_dict()
    assert result["source"]["exact"]["p"] == 1.0 and result["source"]["exact"]["r"] == 0.5
    assert result["triple"]["exact"]["f1"] == round(2 * 0.5 / 1.5, 4)


def test_annotator_agreement_pools_every_ordered_pair():
    text = "Officials said the town fell. It was quiet, he added."
    said = GoldAttribution((0, 9), (10, 14), (15, 28))
    added = GoldAttribution((44, 46), (47, 52), (30, 42))
    # Worked by hand: A marks both, B only the first with a longer cue ("said the").
    # A->B and B->A each: 1 of 2 sources agree, 0 cues agree exactly, 1 overlaps.
    first = AttributionDocument("story_a", text, (said, added))
    second = AttributionDocument("story_b", text, (GoldAttribution((0, 9), (10, 18), None),))
    alone = AttributionDocument("other", "Nothing here.", ())
    result = annotator_agreement([first, second, alone])
    assert result is not None
    assert result["articles"] == 1 and result["annotation_files"] == 2
    between = result["between_annotators"]
    assert between["source"]["exact"]["f1"] == round(2 * 2 / (2 * 3), 4)
    assert between["cue"]["exact"]["f1"] == 0.0
    assert between["cue"]["overlap"]["f1"] == round(2 * 2 / (2 * 3), 4)
    assert annotator_agreement([first, alone]) is None


def test_parity_scores_annotators_and_us_with_one_metric():
    import spacy

    from frontlines.model import Attribution, Extractor, TextSpan
    from frontlines.nlp.extensions import declare

    text = "Officials said the town fell. It was quiet, he added."
    said = GoldAttribution((0, 9), (10, 14), (15, 28))
    added = GoldAttribution((44, 46), (47, 52), (30, 42))
    first = AttributionDocument("story_a1", text, (said, added), "story")
    second = AttributionDocument("story_b2", text, (said,), "story")
    declare("attributions")
    ours = spacy.blank("en")(text)

    def span(s: tuple[int, int]) -> TextSpan:
        return TextSpan(s[0], s[1], text[s[0] : s[1]])

    # We find only the second attribution: worked by hand, against a1 source P=1 R=1/2,
    # against b2 nothing (F1 0); pooled over both files tp=1, fp=1, fn=2 -> F1 0.4.
    ours._.attributions = [
        Attribution(source=span((44, 46)), cue=span((47, 52)), content=span((30, 42)),
                    kind="unknown", actor=None, antecedent=None, extractor=Extractor("x", "1"))
    ]  # fmt: skip
    result = annotator_agreement([first, second], [ours, ours])
    assert result is not None
    parity = result["parity"]
    # Annotators: a1->b2 source P=1/2 R=1, b2->a1 P=1 R=1/2: pooled tp=2 fp=1 fn=1 -> 2/3.
    assert parity["source"]["annotators"] == round(2 / 3, 4)
    assert parity["source"]["system"] == 0.4
    assert parity["source"]["gap"] == round(0.4 - round(2 / 3, 4), 4)
    assert parity["source"]["reached"] is False
    per = parity["per_annotator"]
    assert set(per) == {"a1", "b2"} and per["a1"]["articles"] == 1
    assert per["a1"]["source"]["system_vs_annotator"] == round(2 * 0.5 / 1.5, 4)
    assert per["b2"]["source"]["system_vs_annotator"] == 0.0
    assert per["b2"]["source"]["annotator_vs_others"] == round(2 * 0.5 / 1.5, 4)


def test_seed_claims_end_to_end(seeds, db_path):
    frontlines.ingest([seeds], db_path)
    result = CliRunner().invoke(app, ["claims", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    seen = {(r["as_of"], r["measure"], r["value"], r["lower"], r["upper"]) for r in rows}
    assert ("2017-03-08", "territory_lost_share", 65.0, None, None) in seen
    assert ("2017-03-08", "fighters", 15000.0, None, None) in seen
    assert ("2017-03-08", "fighters", 4000.0, None, 4000.0) in seen
    assert ("2019-02-07", "territory_held_share", 1.0, None, 1.0) in seen
    assert ("2019-02-07", "territory_captured_share", 99.5, None, None) in seen
    assert ("2018-12", "displaced", 37000.0, 37000.0, None) in seen
    by_value = {r["value"]: r for r in rows}
    assert by_value[65.0]["source"]["kind"] == "anonymous_official"
    assert by_value[65.0]["subject"] == "islamic_state"
    assert by_value[65.0]["subject_text"] == "militant group"  # stored and read back
    assert by_value[37000.0]["source"]["kind"] == "monitor"
    assert by_value[37000.0]["as_of_relation"] == "since"
    for r in rows:
        assert r["extractor"] == "frontlines_claims@0.3.0"
    held = CliRunner().invoke(
        app, ["claims", "--db", str(db_path), "--measure", "territory_held_share", "--json"]
    )
    measures = {json.loads(line)["measure"] for line in held.output.splitlines()}
    assert measures == {"territory_held_share", "territory_lost_share", "territory_captured_share"}


def test_claims_component_runs_without_the_components_before_it():
    """In someone else's pipeline with no quantities or times set, claims is empty, not a crash."""
    import spacy

    bare = spacy.blank("en")
    bare.add_pipe("frontlines_claims")
    doc = bare("IS lost 65 percent of its land, an official said.")
    assert doc._.claims == []


def test_evidential_verbs_and_reduced_passives_name_no_speaker(nlp):
    from frontlines.nlp.attribution.component import AttributionRecognizer
    from frontlines.nlp.attribution.cuemodel import CueModel

    # A hand-set cue model that takes every "appear", "ask" and "say" as a cue, so this
    # tests where the speaker is looked for, not what the learned model scores.
    every = CueModel(weights={"bias": 5.0}, lemmas=frozenset({"appear", "ask", "say"}))
    recognizer = AttributionRecognizer(cues=every)
    doc = recognizer(nlp("The rebels appear to have withdrawn from the town."))
    assert [(a.source, a.cue.text) for a in doc._.attributions] == [(None, "appear")]
    doc = recognizer(nlp("Asked about the deal, the minister said that it was dead."))
    found = {a.cue.text: a.source.text if a.source else None for a in doc._.attributions}
    assert found == {"Asked about": None, "said": "the minister"}


def test_naming_participles_are_not_cues(nlp):
    from frontlines.nlp.attribution.component import AttributionRecognizer
    from frontlines.nlp.attribution.cuemodel import CueModel

    # Every "know", "call" and "say" is a cue to this hand-set model; only the naming rule
    # (data/attribution.toml naming_verbs) can keep "known as" / "called X" out.
    every = CueModel(weights={"bias": 5.0}, lemmas=frozenset({"know", "call", "say"}))
    recognizer = AttributionRecognizer(cues=every)
    doc = recognizer(nlp("Fighters from a group known as Hayat Tahrir al-Sham seized the town."))
    assert doc._.attributions == []
    doc = recognizer(nlp("They fled to an area called the Triangle of Death, the army said."))
    assert [a.cue.text for a in doc._.attributions] == ["said"]
    # Named by someone ("called ... by"), the participle still reports words.
    doc = recognizer(nlp("The plan, called a betrayal by the governor, was dropped."))
    assert [a.cue.text for a in doc._.attributions] == ["called"]


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        (  # an organisation is no "he"
            "The Pentagon said two depots were hit overnight. He said the damage was light.",
            "He",
            None,
        ),
        (  # a single named person is no "they"
            "Maria Okafor said the talks had stalled. They said the next round was off.",
            "They",
            None,
        ),
        (  # two named people are
            "Maria Okafor and Tomas Lee said the talks had stalled. They said the next round "
            "was off.",
            "They",
            "Maria Okafor and Tomas Lee",
        ),
        (  # but a named minister says "we" for the body she speaks for
            "Maria Okafor said the talks had stalled. We warned that the next round was off.",
            "We",
            "Maria Okafor",
        ),
        (  # an earlier lone pronoun names no one
            "He said the bridge was down. They said the ferry still ran.",
            "They",
            None,
        ),
        (  # a person is still "he"
            "A senior coalition official said the bridge was down. He said the ferry still ran.",
            "He",
            "A senior coalition official",
        ),
    ],
)
def test_pronoun_takes_a_named_speaker_of_its_kind(nlp, text, pronoun, antecedent):
    doc = nlp(text)
    back = next(a for a in doc._.attributions if a.source and a.source.text == pronoun)
    assert (back.antecedent.text if back.antecedent else None) == antecedent
