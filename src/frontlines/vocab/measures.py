"""The measures taxonomy (``data/measures.toml``) and how measures relate."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from frontlines.vocab.files import parse_toml, read_data_text

__all__ = [
    "Measure",
    "RuleOut",
    "Taxonomy",
    "default_taxonomy",
    "taxonomy_from_toml",
]


@dataclass(frozen=True)
class Measure:
    id: str
    label: str
    units: frozenset[str]
    verbs: frozenset[str]
    concepts: frozenset[str]
    needs_concept: bool
    equivalent: str | None = None
    transform: str | None = None
    reduced_to: str | None = None
    scope: str = "all"  # "all" | "subnational": which places make a series of their own
    baseline_value: float | None = None  # value by definition at the date measured from
    # Whose number: "counted" (the phrase the number counts: "12 civilians"), "owner" (who
    # holds, fields or does it: the controller of "controls a third", "the coalition
    # conducted 10 strikes") or "taker" (the text names who took it; the series stays on
    # whoever lost it: "the coalition captured 99.5 % of IS-held territory").
    subject: str = "counted"
    # True: the concept words must name what the number counts (the head of its phrase:
    # "15 strikes", not "two militant groups" or "three member states").
    counted_concept: bool = False
    # True: the concept words may also be in the number's clause (the verb's object and
    # subject: "raise our relief funding by £15 million").
    clause_concept: bool = False
    # True: the number must count people ("1.2 million Nigerians", "7 million people").
    counts_people: bool = False
    # Words one of which must stand within ``context_window`` tokens of the number.
    context: frozenset[str] = frozenset()
    context_window: int = 8
    # Concept words that count only as what the number counts (the head of its phrase):
    # "the 49 victims" are the dead, a number merely near "the victims" is not.
    head_concepts: frozenset[str] = frozenset()
    # Concept words that count only when given ("300 tonnes of food" is a harvest or a sale
    # as often as aid): one of ``given_modifiers`` modifies the word ("food aid", "relief
    # food") or one of ``giving_words`` (a verb or a noun of giving) governs the amount
    # ("airdropped 20 tonnes of food", "a donation of 5 tons of medicine").
    given_concepts: frozenset[str] = frozenset()
    given_modifiers: frozenset[str] = frozenset()
    giving_words: frozenset[str] = frozenset()

    def takes_unit(self, unit: str, kind: str | None) -> bool:
        """The unit fits: listed by code, or its kind listed as "kind:currency"."""
        return unit in self.units or (kind is not None and f"kind:{kind}" in self.units)

    def restate(
        self, value: float | None, lower: float | None, upper: float | None
    ) -> tuple[float | None, float | None, float | None]:
        """The same figures on the equivalent measure (bounds swap under 100 - x)."""
        if self.transform != "complement_100":
            return value, lower, upper

        def flip(x: float | None) -> float | None:
            return None if x is None else round(100.0 - x, 6)

        return flip(value), flip(upper), flip(lower)


@dataclass(frozen=True)
class RuleOut:
    """Senses that rule a number out of every measure (``[rule_out]`` in measures.toml):
    ages, capacities, populations, vote counts, numbers inside names, sizes as modifiers."""

    ages_before: tuple[str, ...] = ()
    ages_after: tuple[str, ...] = ()
    of_nouns: frozenset[str] = frozenset()
    counted_nouns: frozenset[str] = frozenset()
    campaign_nouns: frozenset[str] = frozenset()  # "won 1,944 delegates"
    harm_verbs: frozenset[str] = frozenset()  # "kidnapped 12 delegates": people after all
    capacity_verbs: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    name_labels: frozenset[str] = frozenset()
    street_words: frozenset[str] = frozenset()
    security_nouns: frozenset[str] = frozenset()
    civic_events: frozenset[str] = frozenset()
    happenings: frozenset[str] = frozenset()  # measures of what befalls people
    states: frozenset[str] = frozenset()  # happenings that are also states ("trapped")
    things: frozenset[str] = frozenset()  # measures that count things, not people
    gatherings: frozenset[str] = frozenset()  # "held 12 rallies"
    peaceful_modifiers: frozenset[str] = frozenset()  # "heart attacks", "hunger strikes"
    strikers: frozenset[str] = frozenset()  # "teachers staged 12 strikes"
    listed_materiel: frozenset[str] = frozenset()  # "2,800 tanks and 540 planes"
    campaign_funds: frozenset[str] = frozenset()  # "gave $5,000 to the Smith PAC"
    inquiry_verbs: frozenset[str] = frozenset()  # "will investigate the killing of 30"
    admission_verbs: frozenset[str] = frozenset()  # "will admit 10,000 refugees"
    contest_nouns: frozenset[str] = frozenset()  # "a 6-4 win": the pair is a score
    contest_verbs: frozenset[str] = frozenset()  # "won 3-1", "voted 7-2"


@dataclass(frozen=True)
class Taxonomy:
    measures: tuple[Measure, ...]
    rule_out: RuleOut = RuleOut()
    people: frozenset[str] = frozenset()  # nouns that count people ([people] nouns)

    def get(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def series_measure(self, measure_id: str) -> Measure | None:
        """The measure a claim is plotted on: its equivalent when it has one
        ("territory lost" and "captured" shares both land on "territory held")."""
        measure = self.get(measure_id)
        if measure is not None and measure.equivalent:
            return self.get(measure.equivalent) or measure
        return measure


def _subject_kind(entry: dict[str, object]) -> str:
    kind = str(entry.get("subject", "counted"))
    if kind not in {"counted", "owner", "taker"}:
        raise ValueError(f"measure {entry.get('id')}: subject must be counted, owner or taker")
    return kind


def taxonomy_from_toml(raw: str) -> Taxonomy:
    data = parse_toml(raw, "measures taxonomy")
    measures = []
    for entry in data["measure"]:
        equivalent = entry.get("equivalent") or {}
        measures.append(
            Measure(
                id=entry["id"],
                label=entry["label"],
                units=frozenset(entry["units"]),
                verbs=frozenset(entry.get("verbs", [])),
                concepts=frozenset(entry.get("concepts", [])),
                needs_concept=bool(entry.get("needs_concept", False)),
                equivalent=equivalent.get("measure"),
                transform=equivalent.get("transform"),
                reduced_to=entry.get("reduced_to"),
                scope=entry.get("scope", "all"),
                baseline_value=entry.get("baseline_value"),
                subject=_subject_kind(entry),
                counted_concept=bool(entry.get("counted_concept", False)),
                clause_concept=bool(entry.get("clause_concept", False)),
                counts_people=bool(entry.get("counts_people", False)),
                context=frozenset(entry.get("context", [])),
                context_window=int(entry.get("context_window", 8)),
                head_concepts=frozenset(entry.get("head_concepts", [])),
                given_concepts=frozenset(entry.get("given_concepts", [])),
                given_modifiers=frozenset(entry.get("given_modifiers", [])),
                giving_words=frozenset(entry.get("giving_words", [])),
            )
        )
    out = data.get("rule_out", {})
    rule_out = RuleOut(
        ages_before=tuple(out.get("ages_before", ())),
        ages_after=tuple(out.get("ages_after", ())),
        **{key: frozenset(out.get(key, ())) for key in
           ("of_nouns", "counted_nouns", "capacity_verbs", "modals", "name_labels",
            "street_words", "security_nouns", "civic_events", "happenings", "states",
            "things", "gatherings", "peaceful_modifiers", "strikers", "listed_materiel",
            "campaign_nouns", "harm_verbs", "campaign_funds", "inquiry_verbs",
            "admission_verbs", "contest_nouns", "contest_verbs")},
    )  # fmt: skip
    people = frozenset(data.get("people", {}).get("nouns", []))
    return Taxonomy(tuple(measures), rule_out, people)


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return taxonomy_from_toml(read_data_text("measures.toml"))
