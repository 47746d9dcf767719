"""Real-news training rows for the PLOVER type model (issue 19), tune halves only.

Why: the NGEC synthetic stories are fictional and long, the gold records short real news
sentences; labelled real news sentences exist, only under ACLED's (CASE 2021's) sub-event
types. :data:`PLOVER_OF_CASE` maps the sub-events that clearly are one PLOVER 0.5 type
(written from the two codebooks: ACLED's definitions, and the CAMEO codes PLOVER folds into
each type); the rest are left out (a "Disrupted weapons use", "Mob violence", a change to a
group's activity, a diplomatic event or looting cut across PLOVER types; disasters and crime
are no PLOVER event).

Two sources, each read on its *tune* half (``lab/split.py``) only, never a check half:

* the CASE 2021 task 2 snippets (:func:`case_rows`), each one row;
* our own gold events (``eval/*/*.events.jsonl``, :func:`news_rows`): each evidence
  sentence of a gold event, labelled with its sub-event's PLOVER type.

They enter the fit as a third group of rows with their own weight (``lab/plover_nested``
chooses it in the inner loop of the nested estimate).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from frontlines.lab.events import load_events
from frontlines.lab.split import select
from frontlines.lab.train_plover import Story

__all__ = ["PLOVER_OF_CASE", "case_rows", "news_rows", "plover_of_case", "real_news"]

#: CASE 2021 sub-event label -> PLOVER 0.5 type, where the sub-event clearly is one.
#: Conventional military force (clashes, shelling, air strikes, taking ground) is FIGHT;
#: unconventional violence, mostly on civilians (bombings, abductions, sexual violence,
#: attacks on civilians, chemical weapons), ASSAULT; arrests and violent repression of
#: protesters COERCE (CAMEO 173, 175); an agreement (a ceasefire, a deal) AGREE; a base set
#: up MOBILIZE (a force posture); ground handed over without a fight RETREAT.
PLOVER_OF_CASE: dict[str, str] = {
    "ARMED_CLASH": "FIGHT",
    "AIR_STRIKE": "FIGHT",
    "ART_MISS_ATTACK": "FIGHT",
    "GOV_REGAINS_TERIT": "FIGHT",
    "NON_STATE_ACTOR_OVERTAKES_TER": "FIGHT",
    "SUIC_BOMB": "ASSAULT",
    "REM_EXPLOS": "ASSAULT",
    "GRENADE": "ASSAULT",
    "CHEM_WEAP": "ASSAULT",
    "ATTACK": "ASSAULT",
    "SEX_VIOL": "ASSAULT",
    "ABDUCT_DISSAP": "ASSAULT",
    "PEACE_PROTEST": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST",
    "PROTEST_WITH_INTER": "PROTEST",
    "FORCE_AGAINST_PROTEST": "COERCE",
    "ARREST": "COERCE",
    "AGREEMENT": "AGREE",
    "HQ_ESTABLISHED": "MOBILIZE",
    "NON_VIOL_TERRIT_TRANSFER": "RETREAT",
}


def plover_of_case(label: str) -> str | None:
    """The PLOVER type of a CASE sub-event label, or None where there is no clear one."""
    return PLOVER_OF_CASE.get(label.strip().upper())


def case_rows(path: Path, split: str = "tune") -> list[Story]:
    """The CASE 2021 task 2 snippets of ``split`` whose sub-event maps to a PLOVER type."""
    rows = []
    for item in select(load_events(path), lambda i: i.id, split):
        label = plover_of_case(item.label) if item.scheme == "case" else None
        if label is not None:
            rows.append(Story(item.text, label, ""))
    return rows


def news_rows(nlp: Language, data: Path, gold_dir: Path, split: str = "tune") -> list[Story]:
    """Each evidence sentence of the gold events of the ``split`` stories, labelled with the
    PLOVER type of the event's sub-event (events whose sub-event has none are left out; a
    sentence two events share is one row per event)."""
    from frontlines.lab.news_gold import load_gold, load_stories
    from frontlines.nlp.pipeline import prepared_doc
    from frontlines.vocab.events import EventLexicon

    case_of = {t.acled_sub_event: t.case for t in reversed(EventLexicon.load().types)
               if t.record and t.acled_sub_event != "Other"}  # fmt: skip
    # "Other" is the codebook's grab bag (a raid that took no one, a base): no one PLOVER
    # type, though one of our "Other" types carries a case label for CASE's sake
    stories, gold = load_stories(data), load_gold(gold_dir)
    rows: list[Story] = []
    for story_id in select(sorted({g.story for g in gold.events} & stories.keys()), str, split):
        events = [g for g in gold.events if g.story == story_id]
        labels = [plover_of_case(case_of.get(e.acled_sub_event, "")) for e in events]
        if not any(labels):
            continue
        doc = nlp(prepared_doc(nlp, stories[story_id].article()))
        for event, label in zip(events, labels, strict=True):
            if label is None:
                continue
            for sent in doc.sents:
                if any(sent.start_char < end and start < sent.end_char
                       for start, end in event.evidence):  # fmt: skip
                    rows.append(Story(sent.text.strip(), label, ""))
    return rows


def real_news(nlp: Language, case: Path | None, news: list[str]) -> list[Story]:
    """The real-news rows of ``train plover --case TSV --news STORIES=GOLD ...``."""
    rows = case_rows(case) if case is not None else []
    for pair in news:
        stories, sep, gold = pair.partition("=")
        if not sep:
            raise ValueError(f"--news {pair}: expected STORIES=GOLD")
        rows += news_rows(nlp, Path(stories), Path(gold))
    return rows
