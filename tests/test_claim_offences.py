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
        "In its first nine months the metro area logged 312 homicides and nearly 1,850 "
        "shootings, the police said.",
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
        # a doer named in a clause on the noun, or an armed force or a conflict event
        # elsewhere in the sentence: a conflict's toll, not a crime statistic
        ("The interior ministry recorded 40 murders committed by armed groups in the north "
         "last year.", "40", "killed"),
        ("The ministry recorded 40 murders blamed on the insurgents this year.", "40",
         "killed"),
        ("The province saw 80 murders linked to the insurgency last year.", "80", "killed"),
        ("There were 30 murders in the militia attack on the village.", "30", "killed"),
        ("Zamfara recorded 120 murders this month as bandits raided villages.", "120",
         "killed"),
        ("Borno has recorded 50 murders since Boko Haram fighters returned to the area.",
         "50", "killed"),
        ("The village had 30 murders at the hands of the militia.", "30", "killed"),
        ("The district has seen 45 militia murders since the spring.", "45", "killed"),
        # "report" and "suffer" are a conflict toll's usual verbs, no tally's
        ("Local officials reported 30 murders in the village after the raid.", "30",
         "killed"),
        ("The village suffered 25 murders in a single week.", "25", "killed"),
        # attacks beside murders are never a crime statistic, nor the murders beside them
        ("Officials recorded 40 attacks and 12 murders in the province last month.", "40",
         "attacks"),
        ("Officials recorded 40 attacks and 12 murders in the province last month.", "12",
         "killed"),
    ],
)
def test_conflict_counts_stay(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure


def test_shootings_beside_homicides_are_one_tally(nlp):
    """A crime-like noun (shootings) tallied with a crime noun goes with it, the two
    counts alike: neither is kept by the other."""
    text = "The county has logged 60 shootings and 25 homicides since January."
    assert _claims(nlp, text) == {}
