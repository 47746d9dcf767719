"""Pick the place a toponym refers to, from gazetteer candidates and the article.

Every rule is a named weight in ``ResolverWeights`` so a choice can be
explained ("Paris, US: population 4.4, same admin1 as 'Kentucky' +4 ...").

1. A prior from the place alone: log population, feature type (countries
   and first-level divisions are what a bare name most often means), and how
   the name matched (an alternate name or abbreviation is weaker evidence).
2. A first reading picks each name's best candidate by the prior.
3. The article then votes: a candidate in a country, or in an admin1
   division, that other toponyms of the article resolved to gains; so does one
   near the other places. "Paris, Texas" (a name followed by a comma and a
   division or country) settles the choice outright.
4. One sense per document: a name resolves the same way throughout.
5. The story's setting (off by default, see ``ResolverWeights``): a reading
   far from the centroid of the other places (each weighted by its belief)
   loses a little per factor of ten in distance, and one in the dateline's
   country ("BAGHDAD, Iraq (Reuters) -") gains, so a namesake on another
   continent loses to the town in the country the story is about. No place is
   named in code: the setting comes from the article.
6. ``resolve_document_scored`` also gives each choice a ``confidence``: the
   belief in the best reading against the runner-up (a logistic of the score
   margin), 1.0 for a name with one reading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from frontlines.resolve.place.affiliations import affiliation_keys
from frontlines.resolve.place.aliases import aliases_abroad, aliases_afar
from frontlines.resolve.place.clusters import co_located_namesakes
from frontlines.resolve.place.compass import areas_by_compass
from frontlines.resolve.place.counties import (
    counties_named,
    governed_divisions,
    governed_towns_divisions,
    governor_cues,
    named_counties,
    named_states,
)
from frontlines.resolve.place.echoes import DIVISION_WORDS, divisions_echoed
from frontlines.resolve.place.events import cities_where_events_happen
from frontlines.resolve.place.gazetteer import Candidate, Gazetteer, Place
from frontlines.resolve.place.hamlets import hamlets_in_us_stories
from frontlines.resolve.place.heads import shared_heads
from frontlines.resolve.place.lists import same_kind_as_list
from frontlines.resolve.place.local import corroborated, towns_in_named_counties
from frontlines.resolve.place.names import (
    in_capitals,
    name_key,
)
from frontlines.resolve.place.namesakes import (
    abroad_too,
    capitals_of_named_countries,
    cities_over_divisions,
    countries_named,
    expanses_over_hamlets,
    prominent_over_namesakes,
)
from frontlines.resolve.place.publishers import home_moves, home_ties
from frontlines.resolve.place.qualified import (
    located_pairs,
    nested_links,
    possessed_towns,
    qualified_pairs,
    qualified_towns,
)
from frontlines.resolve.place.ranker import (
    PlaceRanker,
    bundled_ranker,
    candidate_features,
    fixed_features,
    hand_coefficients,
)
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.resolve.place.spelt import ARTICLE, readings_of, written_with_article
from frontlines.resolve.place.story import (
    dateline_keys,
    near_ties_by_setting,
    within,
)
from frontlines.resolve.place.strays import strays_dropped
from frontlines.resolve.place.transliterated import transliterated
from frontlines.resolve.place.twice import named_twice
from frontlines.resolve.place.waters import waters_by_their_towns
from frontlines.resolve.place.weights import EMPTY_CONTEXT, ResolverWeights
from frontlines.resolve.place.weights import StoryContext as _Context
from frontlines.vocab.words import word_map

__all__ = [
    "EMPTY_CONTEXT",
    "FEATURE_WORDS",
    "Resolved",
    "ResolverWeights",
    "Toponym",
    "ToponymResolver",
    "VERSION",
]

VERSION = "0.9.2"
#: Generic words that say what kind of place a name is ("Sea" -> H, water).
FEATURE_WORDS = word_map("place", "feature_words")


class ToponymResolver:
    version = VERSION

    def __init__(
        self,
        gazetteer: Gazetteer,
        weights: ResolverWeights | None = None,
        ranker: PlaceRanker | None = None,
    ) -> None:
        """``ranker``: fitted coefficients of the readings' features; without one, the
        bundled fitted ranker when ``weights`` are not given (``data/place_ranker.json``),
        else the hand weights of ``weights``."""
        self.gazetteer = gazetteer
        self.weights = weights or ResolverWeights()
        if ranker is None and weights is None:
            ranker = bundled_ranker()
        self.ranker = ranker or PlaceRanker(hand_coefficients(self.weights), {"fit": "hand"})

    def resolve_document(
        self, names: Sequence[str | Toponym], text: str | None = None, home: Place | None = None
    ) -> list[Place | None]:
        """Resolve every toponym of one article; the same name gets the same place.
        ``home``: the publisher's home division (``publishers.home_areas``), a fixed place
        (never its name read again: "Washington" is also the capital) that gives a near-tie
        of one name to its namesake there (``publishers.home_ties``), so a local paper's
        "Dublin" is its state's."""
        return [r.place for r in self.resolve_document_scored(names, text, home)]

    def resolve_document_scored(
        self, names: Sequence[str | Toponym], text: str | None = None, home: Place | None = None
    ) -> list[Resolved]:
        """``resolve_document`` with a confidence for each choice."""
        w = self.weights
        keys, candidates, features = self.ranked_readings(names, text, home)
        scores = {k: [self.ranker.score(f) for f in fs] for k, fs in features.items()}
        chosen = {k: _choose(candidates[k], s) for k, s in scores.items()}
        if w.tie_margin > 0.0:
            chosen = near_ties_by_setting(
                chosen, candidates, scores, w.tie_margin, w.tie_settled, w.tie_places,
                w.tie_spread_km,
            )  # fmt: skip
        if w.cluster_names:  # "New London", "Mt. Pleasant", "Winfield": one Iowa county
            chosen = co_located_namesakes(
                chosen, candidates, w.cluster_km, w.cluster_names, w.cluster_fixed_population
            )
        if any(c and c[0].kind == "variant" for c in candidates.values()):
            chosen = self._variants_checked(chosen, candidates, scores)
        if w.capital_ratio > 0.0:  # "Paris" beside Iowa: the capital, unless in its state
            chosen = prominent_over_namesakes(chosen, candidates, features, w.capital_ratio)
        elif w.international_countries and countries_named(chosen) >= w.international_countries:
            # international news: "Vienna" is Austria's, "New York" the city
            chosen = prominent_over_namesakes(chosen, candidates, features, least_doubt=1.1,
                                              near_counts=False)  # fmt: skip
            chosen = cities_over_divisions(chosen, candidates, features)
        elif w.abroad_countries and (abroad := abroad_too(chosen, w.abroad_countries)):
            # a story with places in several countries: "Paris" is the capital unless the
            # text ties it to its namesake's state
            chosen = prominent_over_namesakes(chosen, candidates, features, only=abroad)
        if w.named_capitals:  # "Paris" in a story that names France
            chosen = capitals_of_named_countries(chosen, candidates, features)
        if w.expanses:  # "the Middle East": the region, not a hamlet of the story's country
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            articled = {
                k
                for k, t in zip(keys, toponyms, strict=True)
                if written_with_article(
                    t.text, _before(text, t.start), candidates[k], _after(text, t.end),
                    t.embedded,
                )
            }
            chosen = expanses_over_hamlets(chosen, candidates, features, articled=articled)
        if text is not None and w.cities_in_events:  # "happened in New York": the city
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            happened = cities_where_events_happen(toponyms, keys, text)
            chosen = cities_over_divisions(chosen, candidates, features, only=happened)
        if text is not None and (w.named_counties or w.named_states or w.governed_divisions):
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            if w.named_counties:  # "in Harper and Kingman counties"
                chosen = named_counties(toponyms, keys, chosen, candidates, scores, text)
            if w.named_states:  # "a Washington state farm"
                chosen = named_states(toponyms, keys, chosen, candidates, scores, text)
            if w.governed_divisions:  # "the Governor of Kherson": the oblast
                cues = governor_cues(toponyms, keys, text)  # read once for the two
                chosen = governed_divisions(toponyms, keys, chosen, candidates, scores, text,
                                            cues)  # fmt: skip
                chosen = governed_towns_divisions(  # "Krasnodar": Krasnodarskiy kray
                    toponyms, keys, chosen, text, self.gazetteer.division, cues
                )
        if text is not None and w.county_towns:  # "a Lebanon man ... the Boone County jail"
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            called = counties_named(toponyms, keys, text)
            chosen = towns_in_named_counties(toponyms, keys, called, chosen, candidates, scores)
        if w.home_km > 0.0 and w.home_margin > 0.0:
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            # "Lancaster" and "Lancaster County": one name written twice, no second witness
            same = _echoes(toponyms, keys, _DIVISION_WORDS | _COUNTY_WORDS)
            if paired := corroborated(chosen, same):
                # "Alexandria" in "Douglas County": the pair is the story's home area, and
                # the other names' near-ties go to the namesake nearest it
                pairs = {k: replace(r, confidence=float(k in paired)) for k, r in chosen.items()}
                ties = near_ties_by_setting(
                    pairs, candidates, scores, w.home_margin, 1.0, 2, w.home_km
                )
                chosen = {k: replace(r, place=ties[k].place) for k, r in chosen.items()}
        if text is not None and (w.list_kin or w.qualified_towns):
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            if w.list_kin:  # "Mali and Niger": the country
                chosen = same_kind_as_list(toponyms, keys, chosen, candidates, scores, text)
            if w.qualified_towns:  # "Charlevoix, Quebec": there, or nowhere we know
                chosen = qualified_towns(toponyms, keys, chosen, candidates, text)
                # "Giza's Haram": in Egypt, or nowhere we know
                chosen = possessed_towns(toponyms, keys, chosen, candidates, text)
        if w.waters_km > 0.0 and any(not c for c in candidates.values()):
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            chosen = waters_by_their_towns(  # "the Naugatuck River" by Naugatuck
                toponyms, keys, chosen, candidates, self.gazetteer.candidates, w.waters_km,
                w.tie_settled,
            )  # fmt: skip
        chosen = hamlets_in_us_stories(  # "Petty, a village in Zamfara State": not Texas
            chosen, candidates,
            lambda k, keep: _choose([candidates[k][i] for i in keep], [scores[k][i] for i in keep]),
        )  # fmt: skip
        if home is not None and w.tie_margin > 0.0:  # the publisher's home
            chosen = home_ties(chosen, candidates, scores, features, home, w.tie_margin)
        if w.aliases_abroad:  # "Abbasiya" in a Cairo story: no Israeli town of that old name
            chosen = aliases_abroad(chosen, candidates, scores)
        if w.aliases_afar:  # "Twickenham" in a London story: no Alabama city's old name
            chosen = aliases_afar(chosen, candidates, scores)
        if text is not None and w.compass_areas:  # "northern Luzon": the island
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            chosen = areas_by_compass(toponyms, keys, chosen, candidates, scores, text)
        if w.division_echoes:  # "Karak" read as Jordan's division: so is "Karak district"
            toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
            chosen = divisions_echoed(toponyms, keys, chosen, candidates)
        if w.named_twice:  # "Egypt" beside "Egyptians": the country, not a hamlet
            chosen = named_twice(chosen, candidates, features)
        if w.strays:  # a hamlet of an Iowa county story: no village of its name in Italy
            chosen = strays_dropped(chosen, features, candidates)
        if any(not c for c in candidates.values()):  # "Sheikh Maksoud": Shaykh Maqsud
            texts = [n.text if isinstance(n, Toponym) else n for n in names]
            chosen = transliterated(self.gazetteer, w, dict(zip(keys, texts, strict=True)),
                                    chosen, candidates)  # fmt: skip
        return [chosen[k] for k in keys]

    def ranked_readings(
        self,
        names: Sequence[str | Toponym],
        text: str | None = None,
        home: Place | None = None,
    ) -> tuple[list[str], dict[str, list[Candidate]], dict[str, list[dict[str, float]]]]:
        """Each toponym's name key, and by key its readings with their features after the
        article's places have voted (``passes`` rounds): what the ranker scores, and what
        ``frontlines train places`` fits it on. ``home``: a publisher's home division, a
        fixed place that votes like a name of the story, but only for readings of a name
        itself (not a town's old name), and only where it moves a name into the home
        (``publishers.home_moves``)."""
        w = self.weights
        toponyms = [n if isinstance(n, Toponym) else Toponym(n) for n in names]
        if w.shared_heads:  # "North and South Korea": North Korea
            toponyms = shared_heads(toponyms, text)
        keys = [name_key(t.text) for t in toponyms]
        candidates: dict[str, list[Candidate]] = {}
        for k, t in zip(keys, toponyms, strict=True):
            if k in candidates:
                continue  # one sense per document: the first mention's readings stand
            after, capitals = "", False
            if text is not None and t.end >= 0:
                # only a name in capitals can be an acronym: the line is read for no other
                after = text[t.end : t.end + 40]
                capitals = t.text.isupper() and in_capitals(text, t.start, t.end)
            candidates[k] = self.readings(t.text, after, capitals)[: w.max_candidates]
        qualifiers = self._qualifiers(toponyms, keys, candidates, text)
        dated = dateline_keys(toponyms, keys, text)
        mute = affiliation_keys(toponyms, keys, text)  # "(D-Vt.)": whom a person represents
        echoes = _echoes(toponyms, keys) if w.echoes_mute else {}
        kinds = {k: _feature_class(t.text) for k, t in zip(keys, toponyms, strict=True)}
        articled = {k for k, t in zip(keys, toponyms, strict=True) if ARTICLE.match(t.text)}
        # each reading's own terms, read once: the voting passes below change only the vote's
        own = {
            k: fixed_features(c, qualifiers.get(k), w, kinds[k], k in articled)
            for k, c in candidates.items()
        }
        # a name of one reading believes it wholly whatever its features score (``_beliefs``:
        # one softmax weight of a finite score is 1), so before the last round its features
        # would be scored for nothing: it gets them in the last round only, the rounds
        # before give it an empty row (scored 0)
        features: dict[str, list[dict[str, float]]] = {
            k: candidate_features(
                c, qualifiers.get(k), EMPTY_CONTEXT, w, kinds[k], k in articled, own[k]
            )
            if len(c) != 1 or w.passes == 0
            else [{}]
            for k, c in candidates.items()
        }
        fixed = [(home, 1.0)] if home is not None else []  # a place, not its name read again
        for round_ in range(w.passes):
            last = round_ == w.passes - 1
            scores = {k: [self.ranker.score(f) for f in fs] for k, fs in features.items()}
            beliefs = {k: _beliefs(candidates[k], s, w.context_readings) for k, s in scores.items()}
            dateline = frozenset(
                p.country for k in dated for p, b in beliefs[k][:1] if p.country and b >= 0.5
            )
            pooled = {k: _namesakes_pooled(bs, w.namesake_discount) for k, bs in beliefs.items()}
            # each name's voting readings (no post office), sorted out once a pass, not
            # once for every other name; a name's vote leaves out itself, the names muted
            # and its echoes, the rest in story order
            voting = [(k, [b for b in bs if not b[0].is_postal]) for k, bs in beliefs.items()
                      if k not in mute]  # fmt: skip
            pooled_voting = [(k, [b for b in bs if not b[0].is_postal])
                             for k, bs in pooled.items() if k not in mute]  # fmt: skip
            for key, cands in candidates.items():
                if len(cands) == 1 and not last:
                    continue  # believed wholly: read in the last round (above)
                if not cands:
                    continue  # no reading to weigh: its features stay [] (no vote built)
                echo = echoes.get(key, ())
                others = [b for k, bs in voting if k != key and k not in echo for b in bs]
                voters = [b for k, bs in pooled_voting if k != key and k not in echo for b in bs]
                # the home votes for a namesake of this very name, never an alias
                votes = [[], fixed] if fixed and any(c.kind == "name" for c in cands) else [[]]
                reads = [
                    candidate_features(
                        cands, qualifiers.get(key),
                        _Context.of(
                            [*others, *extra], w.country_vote, w.centroid_belief,
                            w.centroid_spread_km, [*voters, *extra],
                            frozenset() if key in dated else dateline,
                        ),
                        w, kinds[key], key in articled, own[key],
                    )
                    for extra in votes
                ]  # fmt: skip
                features[key] = reads[0]
                if len(reads) > 1:
                    features[key] = [
                        h if c.kind == "name" else f
                        for c, f, h in zip(cands, reads[0], reads[1], strict=True)
                    ]
        if home is not None:  # the story read alone, to keep where the home moves nothing
            alone = self.ranked_readings(names, text)[2]
            features = home_moves(features, alone, candidates, self.ranker.score, home)
        return keys, candidates, features

    def _variants_checked(
        self,
        chosen: dict[str, Resolved],
        candidates: dict[str, list[Candidate]],
        scores: dict[str, list[float]],
    ) -> dict[str, Resolved]:
        """A spelling one letter off a gazetteer name (every reading of it is then a
        variant) keeps its best-scored reading within ``variant_km`` of a town or division
        the article surely names, with ``variant_confidence`` of the confidence: "Dayr Az
        Zayr" beside Raqqa is Dayr az Zawr; "Canaan Valley" in a West Virginia story is no
        Cannon Valley in Australia, and "the Near East" in a story that names Washington no
        town in Mississippi (a country named in passing vouches for nothing)."""
        w = self.weights
        settled = [
            r.place
            for k, r in chosen.items()
            if r.place is not None
            and r.place.lat is not None
            and r.place.lon is not None
            and not r.place.is_country
            and r.place.feature_class in {"A", "P"}
            and candidates[k][0].kind != "variant"
            and r.confidence >= w.variant_settled
        ]
        checked = dict(chosen)
        for k, found in candidates.items():
            if not found or found[0].kind != "variant":
                continue
            km = w.variant_km
            place = chosen[k].place
            if place is not None and not any(within(place, s, km) for s in settled):
                near = [
                    (score, c.place)
                    for score, c in zip(scores[k], found, strict=True)
                    if any(within(c.place, s, km) for s in settled)
                ]
                place = max(near, key=lambda pair: pair[0])[1] if near else None
            if place is None:
                checked[k] = Resolved(None, 0.0)
            else:
                confidence = chosen[k].confidence * w.variant_confidence
                checked[k] = Resolved(place, confidence)
        return checked

    def readings(self, name: str, after: str = "", in_capitals: bool = False) -> list[Candidate]:
        """The gazetteer's candidates that this spelling can mean here
        (``spelt.readings_of``)."""
        return readings_of(self.gazetteer, name, after, in_capitals)

    def resolve(self, name: str) -> Place | None:
        return self.resolve_document([name])[0]

    def _qualifiers(
        self,
        toponyms: list[Toponym],
        keys: list[str],
        candidates: dict[str, list[Candidate]],
        text: str | None,
    ) -> dict[str, Place]:
        """ "Paris, Texas": a toponym followed by ", <division or country>" names its container;
        so does "in <division or country>" ("Sumatra in Indonesia") when a reading of the
        toponym lies there (``located_pairs``)."""
        if text is None:
            return {}
        found: dict[str, Place] = {}
        if self.weights.located_in:
            for i in located_pairs(toponyms, text):
                container = next(
                    (c.place for c in candidates[keys[i + 1]]
                     if c.kind != "demonym" and c.place.admin_level in (0, 1)),
                    None,
                )  # fmt: skip
                if container is not None and any(
                    c.place.lies_in(container) for c in candidates[keys[i]]
                ):
                    found.setdefault(keys[i], container)
        for i in qualified_pairs(toponyms, text, nested_links(keys, candidates)):
            container = next(
                (c.place for c in candidates[keys[i + 1]] if c.place.admin_level in (0, 1)), None
            )
            if container is not None:
                found.setdefault(keys[i], container)
        return found


#: Words that, added to a name, name the division of the name (``echoes.DIVISION_WORDS``:
#: "Karak" and "Karak district" are one name written twice). Not "county" or "city":
#: "Douglas" and "Douglas County", "Kansas" and "Kansas City" are often different places.
_DIVISION_WORDS = DIVISION_WORDS
#: ... and the words that make a name its county: "Lancaster", "Lancaster County".
_COUNTY_WORDS = frozenset({"county", "parish"})


def _echoes(
    toponyms: list[Toponym], keys: list[str], added: frozenset[str] = _DIVISION_WORDS
) -> dict[str, set[str]]:
    """By name key, the keys of the story's other names that are the same name with words
    of ``added`` after it ("Karak" and "Karak district", "Mosul" and "Mosul province"): one
    name written twice is no evidence for its own namesake, so neither votes for the other
    (else the district in Pakistan and the town in it, read for the two, kept each other
    there). Other words make another name ("Kansas City", "Douglas County")."""
    words = {k: t.text.lower().split() for t, k in zip(toponyms, keys, strict=True)}
    found: dict[str, set[str]] = {}
    # only a name that ends in one of ``added`` can be another with words added: the rest
    # are passed over as the longer of a pair (the pairs tried in the same order)
    longer = [(b, wb) for b, wb in words.items() if len(wb) > 1 and wb[-1].strip(".,") in added]
    if not longer:
        return found
    for a, wa in words.items():
        for b, wb in longer:
            if (
                a != b
                and wa
                and len(wa) < len(wb)
                and wb[: len(wa)] == wa
                and all(w.strip(".,") in added for w in wb[len(wa) :])
            ):
                found.setdefault(a, set()).add(b)
                found.setdefault(b, set()).add(a)
    return found


#: What joins the items of a list of places: ", ", " and ", ", or ".


def _before(text: str | None, start: int, width: int = 8) -> str:
    """The few characters before a mention ("" without the text or the offset)."""
    if text is None or start <= 0:
        return ""
    return text[max(0, start - width) : start]


def _after(text: str | None, end: int, width: int = 16) -> str:
    """The few characters after a mention ("" without the text or the offset)."""
    if text is None or end < 0:
        return ""
    return text[end : end + width]


def _feature_class(name: str) -> str | None:
    """The GeoNames class the name's opening or closing generic word says ("Gulf of Aden",
    "Red Sea": H), or None."""
    words_ = name.lower().split()
    if words_[:1] == ["the"]:
        words_ = words_[1:]
    if not words_:
        return None
    return FEATURE_WORDS.get(words_[-1]) or FEATURE_WORDS.get(words_[0])


def _beliefs(
    candidates: list[Candidate], scores: list[float], readings: int
) -> list[tuple[Place, float]]:
    """The top readings of a toponym with softmax weights: how much each one is believed."""
    ranked = sorted(zip(scores, candidates, strict=True), key=lambda x: -x[0])[:readings]
    if not ranked:
        return []
    top = ranked[0][0]
    weights = [math.exp(s - top) for s, _ in ranked]
    total = sum(weights)
    return [(c.place, wt / total) for wt, (_, c) in zip(weights, ranked, strict=True)]


def _namesakes_pooled(
    beliefs: list[tuple[Place, float]], discount: float
) -> list[tuple[Place, float]]:
    """A toponym's readings scaled so that its namesakes in one country vote, with
    ``discount`` 1, only as much as the likeliest of them: four small US towns called
    Palmyra are no evidence that a story is set in the US."""
    if discount <= 0.0:
        return beliefs
    total: dict[str, float] = {}
    top: dict[str, float] = {}
    for place, belief in beliefs:
        total[place.country] = total.get(place.country, 0.0) + belief
        top[place.country] = max(top.get(place.country, 0.0), belief)
    return [
        (p, b * (top[p.country] / total[p.country]) ** discount if total[p.country] else b)
        for p, b in beliefs
    ]


def _choose(candidates: list[Candidate], scores: list[float]) -> Resolved:
    """The best reading, and the logistic of its margin over the runner-up."""
    if not scores:
        return Resolved(None, 0.0)
    ranked = sorted(zip(scores, range(len(scores)), strict=True), reverse=True)
    best, i = ranked[0]
    if len(ranked) == 1:
        return Resolved(candidates[i].place, 1.0)
    margin = best - ranked[1][0]
    return Resolved(candidates[i].place, round(1.0 / (1.0 + math.exp(-margin)), 4))
