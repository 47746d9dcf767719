"""Counts that are no conflict claim (issue 20, brief clrec11): arrests for ordinary offences,
a court's executions, members of a crew, recruits hired, what a dose could kill. Sentences
written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    "text",
    [
        # arrests for an ordinary offence: police work
        "Police said 27 people were held for petty crimes during the night.",
        "Officers also made 19 DUI arrests last month.",
        "Officers said three heroin sellers were arrested.",
        "Police arrested 12 people for theft and burglary.",
        # a court's death penalty, its words in the sentence or the one before
        "He is a lifelong opponent of the death penalty. As governor he did not stop 14 "
        "executions.",
        "The governor commuted the sentences of two death row inmates.",
        # members of a crew, recruits hired, what a dose could do
        "The reporters questioned more than 30 crew members and guests of the show.",
        "The department may lose 30 newly hired recruits next month.",
        "The lab stored a toxin with the potential to kill about 2,000 people.",
        # a place's tally of ordinary crime: a crime statistic
        "The city has recorded more than 300 homicides and 1,900 shootings this year.",
        "Detroit had 250 murders last year, police said.",
        "There were 42 homicides in the county in 2019.",
        "The town logged 18 robberies and four murders over the summer.",
    ],
)
def test_no_conflict_count(nlp, text):
    assert _claims(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # arrests over violence, executions by an armed group: kept
        ("Security forces arrested 40 opposition activists over the protests.", "40",
         "detained"),
        ("Police arrested 12 people over the bombing of the market.", "12", "detained"),
        ("Militants executed 12 prisoners in the town square.", "12", "killed"),
        # a warrant is the paper a detention rests on, no offence
        ("Police in Van detained 35 suspected militants on warrants from prosecutors.", "35",
         "detained"),
        # no crime noun, a doer named, or a verb of doing: no crime statistic
        ("Gunmen killed 12 people in the city this year.", "12", "killed"),
        ("The monitor recorded 40 shootings along the border this month.", "40", "attacks"),
        ("The province saw 90 murders of aid workers by armed groups last year.", "90",
         "killed"),
        ("Militants committed 30 murders in the province, the report said.", "30", "killed"),
        ("The army reported 15 attacks on its posts and 40 homicides of soldiers by rebels.",
         "40", "killed"),
        ("The province has seen over twelve attempted murders of election officials since 2019.",
         "over twelve", "attacks"),
        ("There were 14 murders of journalists in the province last year.", "14", "killed"),
    ],
)
def test_conflict_counts_stay(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure
