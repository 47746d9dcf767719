"""Fix place names the statistical NER mislabels or misses.

The small English model reads unfamiliar Arabic place names as people or
organisations ("the town of Tal Afar" -> PERSON). A mention is relabelled as
a place when two independent signals agree: the gazetteer knows the name
(in any transliteration), and the context reads as a place (a locative
preposition, "town of", ", Syria", or the same name used as a place
elsewhere in the article). Place names the model missed after "<town|
village|province...> of" and in datelines left in the text ("CHARLESTON,
W.Va. --") are added. The other way round, a lone name that is part of a
person's full name in the same article ("Hartmann" after "Bill Hartmann") is
a person, not a place: one sense per document, unless the model read the mention as a
town in a strong locative slot ("in Houston" beside a misread "Sam Houston State
University"). A town's name typed as a date or a language is a place in a place's slot
(``place_mistyped``).

Names the model left untagged are added when the gazetteer knows them and the
context reads as a place ("Near Rawah, two strikes ...", "Idlib province"), or
when the same name is a place elsewhere in the article. A village the gazetteer
lacks (GeoNames towns under 500 people are not packaged) that the model read as a
person or an organisation is a place when two of its mentions read as one
("militants who fled Tal Kaif", "the raid on Bashiqa and Tal Kaif"): one such
context can be a person's ("in Smith"), two rarely are. It stays without coordinates.
A place span that is the body ruling it ("the Iraqi government", "government of
Iraq") becomes an organisation or is cut to the place.

Sets: ``Doc.ents`` (changed spans carry ``id_`` = component name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from frontlines.nlp.place_abbreviations import abbreviated_places
from frontlines.nlp.place_articles import article_before, article_led_places, bears_article
from frontlines.nlp.place_compass import compass_regions, names_region, whole_division
from frontlines.nlp.place_cues import (
    ATTACK_VERBS,
    COMPASS_WORDS,
    GOVERNING_NOUNS,
    LIST_WORDS,
    LOCATIVE,
    MAX_LIST_ROUNDS,
    MAX_NAME_TOKENS,
    NAME_PARTICLES,
    NAMING_PLACE_NOUNS,
    NAMING_SUFFIX_NOUNS,
    OF_PLACE_HEADS,
    PLACE_COMPOUNDS,
    PLACE_LABELS,
    PLACE_MODIFIERS,
    PLACE_NOUNS,
    PLACE_SUFFIX_NOUNS,
    PLACE_VERBS,
    STRONG_LOCATIVE,
    attested_places,
    body_tail,
    capitalised_runs,
    described_as_place,
    forget_token_words,
    generic_name,
    named_by_place_noun,
    named_by_suffix_noun,
    object_of,
    place_context,
    townsfolk_of_setting,
)
from frontlines.nlp.place_datelines import (
    DATELINE_IN_TEXT,
    country_name,
    designations,
    states_after_towns,
)
from frontlines.nlp.place_datelines import datelines as dated_places
from frontlines.nlp.place_forms import (
    country_possessive_place,
    filter_spans,
    hyphen_joined,
    hyphen_joined_to_place,
    strike_report_listed,
    strike_report_place,
)
from frontlines.nlp.place_listing import UNATTESTABLE, listed_places_of
from frontlines.nlp.place_mistyped import MISTYPED_LABELS, mistyped_place
from frontlines.nlp.place_nouns import listed_places, noun_named_places, with_noun_named
from frontlines.nlp.place_pacts import treaty_names
from frontlines.nlp.place_parts import (
    governing,
    heads_longer_name,
    known_names,
    parts_of_longer_names,
)
from frontlines.nlp.place_senses import (
    english_word_only,
    is_news_source,
    major_town,
    named_people,
    names_country,
    names_major_place,
    peoples_words,
    person_name_parts,
    qualified_town,
    town_over_misread_name,
)
from frontlines.nlp.place_sites import (
    mountain_of,
    named_sites,
    names_after_place_nouns,
    opens_with_place_head,
)
from frontlines.nlp.place_struck import struck_town
from frontlines.nlp.place_within import inside_named_division, sharing_plural_place_noun
from frontlines.nlp.resources import GAZETTEER_CONFIG, UsesGazetteer
from frontlines.resolve.place import normalise_place_name
from frontlines.resolve.place.gazetteer import FOLD_LONG_KEY
from frontlines.resolve.place.names import TRAILING_DIRECTIONS, fold_key, never_a_place
from frontlines.resolve.place.resolver import FEATURE_WORDS
from frontlines.vocab.words import words

__all__ = [
    "COMPASS_WORDS",
    "DATELINE_IN_TEXT",
    "GOVERNING_NOUNS",
    "LIST_WORDS",
    "LOCATIVE",
    "MAX_LIST_ROUNDS",
    "MAX_NAME_TOKENS",
    "NAME_PARTICLES",
    "NAMING_PLACE_NOUNS",
    "NAMING_SUFFIX_NOUNS",
    "OF_PLACE_HEADS",
    "PLACE_COMPOUNDS",
    "PLACE_LABELS",
    "PLACE_MODIFIERS",
    "PLACE_NOUNS",
    "PLACE_SUFFIX_NOUNS",
    "PLACE_VERBS",
    "PROVISIONAL_KEY",
    "PlaceNamePass",
    "STRONG_LOCATIVE",
    "UNATTESTABLE",
    "RELABELLABLE",
    "VERSION",
    "make_place_name_pass",
    "person_name_parts",
]

VERSION = "0.7.6"
RELABELLABLE = frozenset(
    {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"}
)
#: Countries' names that are given names too ("Jordan", "Chad"): read as a person, a person.
GIVEN_NAMES = words("place", "given_name_countries")
#: ``Doc.user_data`` key of the place spans found only by a spelling a letter off a
#: gazetteer name or by its consonants (``_spelt_otherwise``): ``[start, end, label]`` token
#: offsets and the label they had ("" untagged). ``frontlines_geo`` keeps one only when it
#: locates it near the story's places, and gives the others their labels back.
PROVISIONAL_KEY = "frontlines_provisional_places"


class PlaceNamePass(UsesGazetteer):
    name = "frontlines_places"
    version = VERSION

    def __call__(self, doc: Doc) -> Doc:
        # read once: spaCy builds every Span anew on each read
        found = doc.ents
        people = person_name_parts(doc, found)
        people |= named_people(doc)  # "Flores, 26,": a person, even if a state's name
        # "Near Al Baghdadi"; set only when changed: each set rewrites every word's tags
        led = article_led_places(doc, self.gazetteer, people, ents=found)
        if len(led) != len(found) or any(a is not b for a, b in zip(led, found, strict=True)):
            doc.ents = led
            found = doc.ents
        known_places = {
            name
            for e in found
            if e.label_ in PLACE_LABELS and not self._is_person(e, people)
            for name in known_names(e)
        }
        noun_named = noun_named_places(doc, self._known, people)  # "the villages of A and B"
        known_places |= {normalise_place_name(span.text) for span in noun_named}
        # one sense per document: a name read as a place once is a place everywhere
        relabel = self._relabellable_memo(people)
        relabellable = [e for e in found if relabel(e)]
        relabelled = {e.start for e in relabellable if self._is_place(e, known_places)}
        unknown = [
            (e.start, e.end)
            for e in relabellable
            if e.start not in relabelled
            and e.label_ not in UNATTESTABLE
            and all(p.is_postal for p in self.gazetteer.lookup(e.text))  # none, or hamlets
        ]
        attested = attested_places(doc, unknown)
        relabelled |= {e.start for e in relabellable if normalise_place_name(e.text) in attested}
        known_places |= {
            normalise_place_name(e.text) for e in relabellable if e.start in relabelled
        }
        relabelled |= {
            e.start
            for e in relabellable
            if e.start not in relabelled and normalise_place_name(e.text) in known_places
        }
        # spelt otherwise and nothing else: a place only if located (``PROVISIONAL_KEY``)
        spelt = {e.start for e in relabellable if e.start not in relabelled and self._spelt(e)}
        provisional: list[list[int | str]] = [
            [e.start, e.end, e.label_] for e in relabellable if e.start in spelt
        ]
        ents: list[Span] = []
        for ent in found:
            if (
                ent.label_ in PLACE_LABELS
                and not ent.kb_id_
                and self._is_person(ent, people)
                and not self._placed_by_model(ent)
            ):
                ents.append(Span(doc, ent.start, ent.end, label="PERSON", span_id=self.name))
            elif ent.label_ in PLACE_LABELS and (ruling := governing(ent)) is not None:
                ents.append(ruling)
            elif (
                (ent.start in relabelled | spelt and ent.label_ in RELABELLABLE)
                or self._lone_country(ent, people)
                or self._mistyped(ent, people, known_places)
            ):
                ents.append(Span(doc, ent.start, ent.end, label="GPE", span_id=self.name))
            elif mountain_of(ent):  # "Mount Qandil", "Jabal Zawiya" read as a person
                ents.append(Span(doc, ent.start, ent.end, label="LOC", span_id=self.name))
            elif ent.label_ == "PERSON" and any(body_tail(ent[n:]) for n in range(1, len(ent))):
                # "Litchfield Fire Chief" read as a person: a service, named by its town
                ents.append(Span(doc, ent.start, ent.end, label="ORG", span_id=self.name))
            elif ent.label_ == "NORP" and (country := self._country_from(ent)) is not None:
                ents.append(country)  # "Syrian" + "Arab Republic": the country, by name
            elif relabel(ent) and (
                listed := listed_places(ent, self._place_name, self.name)
            ):
                ents.extend(listed)  # "Ingham or Townsville", "Rawah, Bayji," as one name
            else:
                ents.append(ent)
        ents = with_noun_named(ents, noun_named, relabel, self.name)  # "the village Dvani"
        datelines = dated_places(doc, self.gazetteer, self.name) + designations(
            doc, self._place_name, self.name
        )
        dated = {i for span in datelines for i in range(span.start, span.end)}
        ents = [e for e in ents if not dated.intersection(range(e.start, e.end))] + datelines
        taken = {i for e in ents for i in range(e.start, e.end)}
        for span in names_after_place_nouns(doc, self.name):
            clear = not taken.intersection(range(span.start, span.end))
            if clear and (named_by_place_noun(doc, span.start) or self._place_name(span.text)):
                ents.append(span)
                taken.update(range(span.start, span.end))
        sites = named_sites(doc, ents, self.gazetteer, people, self.name)  # "the Kajaki dam"
        covered = {i for span in sites for i in range(span.start, span.end)}
        ents = [e for e in ents if not covered.intersection(range(e.start, e.end))] + sites
        taken |= covered
        places = {i for e in ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
        ents.extend(self._untagged_names(doc, taken, known_places, people, provisional, places))
        ents.extend(states_after_towns(doc, ents, self.gazetteer, self.name))
        regional = partial(names_region, self.gazetteer)
        ents = compass_regions(doc, ents, regional, self.name)  # "Northern Mali"
        # names grown whole ("Guinea" of "Guinea-Bissau", "Rio Grande do Sul") before the
        # lists they stand in vouch for their neighbours ("..., Tocantins and Minas Gerais")
        ents = hyphen_joined(filter_spans(ents), self.gazetteer, self.name)
        ents = filter_spans(
            listed_places_of(
                ents,
                people,
                self.gazetteer,
                relabel,
                self._place_name,
                self.name,
            )
        )
        ents = abbreviated_places(ents, self.name)  # "the Kurdistan Region of Iraq (KRI)"
        doc.user_data[PROVISIONAL_KEY] = provisional
        # a dateline is where the story was filed, never a source however it parses
        ents = [e if dated.intersection(range(e.start, e.end)) else self._as_source(e)
                for e in ents]  # fmt: skip
        ents = parts_of_longer_names(ents)  # "IS-Somalia", "Iran Shipping Lines"
        # "Ukrainian" read as a place: a people's word; "the Schengen Agreement": a pact's name
        ents = peoples_words(ents, self.gazetteer, self.name)
        doc.ents = treaty_names(ents, partial(names_country, self.gazetteer),
                                partial(names_major_place, self.gazetteer))  # fmt: skip
        forget_token_words(doc)
        return doc

    def _as_source(self, ent: Span) -> Span:
        """A place-labelled name quoted as a news source ("according to Xinhua") is the
        outlet: an organisation (``place_senses.is_news_source``)."""
        if ent.label_ in PLACE_LABELS and not ent.kb_id_ and is_news_source(ent, self.gazetteer):
            return Span(ent.doc, ent.start, ent.end, label="ORG", span_id=self.name)
        return ent

    def _relabellable_memo(self, people: frozenset[str]) -> Callable[[Span], bool]:
        """``_relabellable`` for one Doc's pass, each entity's answer kept by its bounds,
        label and dictionary id (all it reads of the entity): the pass and its lists ask
        it of the same entities several times over."""
        known: dict[tuple[int, int, int, int], bool] = {}

        def relabellable(ent: Span) -> bool:
            key = (ent.start, ent.end, ent.label, ent.kb_id)
            answer = known.get(key)
            if answer is None:
                answer = known[key] = self._relabellable(ent, people)
            return answer

        return relabellable

    def _relabellable(self, ent: Span, people: frozenset[str]) -> bool:
        return (
            ent.label_ in RELABELLABLE
            and not ent.kb_id_
            and not self._is_person(ent, people)
            and not never_a_place(ent.text)
        )

    def _untagged_names(
        self,
        doc: Doc,
        taken: set[int],
        known_places: set[str],
        people: frozenset[str],
        provisional: list[list[int | str]],
        places: set[int],
    ) -> list[Span]:
        """Runs of capitalised words outside every entity that the gazetteer knows and the
        context reads as a place, that name a place of this article elsewhere, or that are
        a country's own name ("the Assistance Mission for Iraq": a country's name needs no
        context, unless it is a word of a person's name in the article). One the gazetteer
        knows only spelt otherwise, with no other sign, goes to ``provisional``."""
        spans = []
        for start, end in capitalised_runs(doc, taken):
            opened = article_before(doc, start, taken)  # "ar-Raqqa": "Raqqa" and its article
            if opened is not None and bears_article(doc[opened:end].text, self.gazetteer):
                start = opened
            town = self._served_town(doc, start, end)
            if town is not None:
                spans.append(town)  # "Glasgow Police Chief": Glasgow
                continue
            text = doc[start:end].text
            if text.isupper() and not self._known(text, end - start):
                continue  # "UNAMID": a name in capitals must be the gazetteer's, not a guess
            says_place = (
                place_context(doc, start, end)
                or object_of(doc[start:end].root, ATTACK_VERBS)  # "missiles hit Odesa"
                or {
                    doc[start].lower_,
                    doc[end - 1].lower_,
                }
                & FEATURE_WORDS.keys()
            ) or (  # "Gulf of Aden", "Dead Sea": the name says it
                hyphen_joined_to_place(doc, start, end, places)
                and names_major_place(self.gazetteer, text)
            )  # "the Aleppo-Damascus highway" tagged "Damascus" alone; not a firm's "Chad-Osprey"
            if heads_longer_name(doc, start, end):
                continue  # "to Secretary of State John Smith": a title, not a town
            named = bool(says_place) and self._place_name(text)
            if (
                named
                or named_by_suffix_noun(doc, start, end)
                or opens_with_place_head(doc[start:end])  # "Wadi Deif", untagged
                or (doc[start].lower_ == "greater" and self._place_name(doc[start + 1 : end].text))
                or described_as_place(doc, end)
                or strike_report_place(doc, start, end)
                or strike_report_listed(doc, start, end, self._place_name)  # "Near A, B and C,"
                or (known_places and normalise_place_name(text) in known_places)
                or (text not in people and country_name(self.gazetteer, text))
                or whole_division(self.gazetteer, doc[start:end])  # "New South Wales", untagged
            ) and not never_a_place(text):
                spans.append(Span(doc, start, end, label="GPE", span_id=self.name))
            elif says_place and self._spelt_otherwise(text, end - start) and not never_a_place(
                text
            ):
                spans.append(Span(doc, start, end, label="GPE", span_id=self.name))
                provisional.append([start, end, ""])
        return spans

    def _served_town(self, doc: Doc, start: int, end: int) -> Span | None:
        """The town opening a run of capitals that names one of its services ("Glasgow
        Police", "Chiefland Police Chief", "Litchfield Fire Chief") when the gazetteer
        holds it by its own name; None otherwise."""
        for cut in range(start + 1, end):
            if body_tail(doc[cut:end]):
                town = doc[start:cut]
                if generic_name(town) or never_a_place(town.text):
                    return None  # "State Police": no town's
                if any(
                    c.kind in {"name", "abbr"} and not c.place.is_postal  # "Campus Police"
                    for c in self.gazetteer.candidates(town.text)
                ):
                    return Span(doc, start, cut, label="GPE", span_id=self.name)
                return None
        return None

    def _placed_by_model(self, ent: Span) -> bool:
        """The model read this mention as a town, a place's slot says so ("rain fell in
        Houston") and the gazetteer holds the name: the mention's own evidence outweighs a
        misread "name" elsewhere that holds the word ("Sam Houston State University",
        "Logan Elementary" read as people), unless the story gives the name an age, a title
        or a family (``named_people``). A person's name takes "to", "from" and "at" too ("a
        letter to Houston"), and "in" before its possessive ("in Obama's stimulus law"), so
        only the strong locatives count, and no possessive after; a real person's surname
        takes "in" and "into" too ("lost faith in Warren"), so then only a physical slot
        does (``town_over_misread_name``); "<town>, <its state>" says it anywhere
        (``place_senses.qualified_town``)."""
        doc = ent.doc
        possessive = ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s", "'", "’"}
        return (
            ent.label_ == "GPE"
            and not possessive
            and ent.text not in named_people(doc)
            and (
                (
                    place_context(doc, ent.start, ent.end, STRONG_LOCATIVE)
                    and town_over_misread_name(ent)
                )
                or qualified_town(self.gazetteer, ent)
            )
            and self._place_name(ent.text)
        )

    def _mistyped(self, ent: Span, people: frozenset[str], known_places: set[str]) -> bool:
        """A town's name the model typed as a date or a language ("grew up in Saratoga",
        "in Aleppo") in a place's slot (``place_mistyped``), and no person's name here."""
        return (
            ent.label_ in MISTYPED_LABELS  # first: the person test may read the gazetteer
            and not self._is_person(ent, people)
            and mistyped_place(
                ent, self.gazetteer, self._place_name, known_places, normalise_place_name
            )
        )

    def _place_name(self, text: str) -> bool:
        """The gazetteer holds ``text`` as a place's name, and not only by folding a common
        English word into another town's spelling ("in the House": not Housse). A known
        name closed by a direction ("Qayyarah West", an airfield named by its town) is one
        too: the resolver reads it as the town (``names.lookup_variants``)."""
        if self.gazetteer.is_place_name(text) and not english_word_only(text, self.gazetteer):
            return True
        head, _, last = text.rpartition(" ")
        return (
            bool(head)
            and last.istitle()
            and last.lower() in TRAILING_DIRECTIONS
            and self.gazetteer.is_place_name(head)
            and not english_word_only(head, self.gazetteer)
        )

    def _known(self, text: str, n_words: int) -> bool:
        """The gazetteer holds the name, or spells it otherwise (``_spelt_otherwise``)."""
        return self._place_name(text) or self._spelt_otherwise(text, n_words)

    def _spelt_otherwise(self, text: str, n_words: int) -> bool:
        """A name of several words ("Dayr Az Zayr", "Sheikh Maksoud") one letter off a
        gazetteer name, or a transliteration of its consonants, of ``FOLD_LONG_KEY`` or more
        (a single word is one letter from too many towns; three consonants are "Al Akhbar"
        and "Blue Line" as well as dozens of villages)."""
        return n_words > 1 and bool(
            self.gazetteer.variants(text)
            or (len(fold_key(text)) >= FOLD_LONG_KEY and self.gazetteer.transliterations(text))
        )

    def _country_from(self, ent: Span) -> Span | None:
        """A nationality the model tagged alone at the head of a country's formal name
        ("the Syrian Arab Republic" read as "Syrian" + two untagged words): the whole name."""
        doc = ent.doc
        found = None
        end = ent.end
        while end < len(doc) and end - ent.start < MAX_NAME_TOKENS and doc[end].is_title:
            if doc[end].ent_type_ and doc[end].ent_iob_ == "B":
                break
            end += 1
            name = doc[ent.start : end].text
            if any(c.place.is_country for c in self.gazetteer.candidates(name)):
                found = Span(doc, ent.start, end, label="GPE", span_id=self.name)
        return found

    def _is_person(self, ent: Span, people: frozenset[str]) -> bool:
        """A lone name that is part of a person's full name in this article ("Hartmann" after
        "Bill Hartmann"): one sense per document, unless it names a country or a state."""
        if len(ent) > 1 and ent[-1].lower_ in {"'s", "’s"}:
            ent = ent[:-1]  # "Lai’s son": the man of "Jimmy Lai"
        if len(ent) != 1 or ent.text not in people:
            return False
        if ent.text in named_people(ent.doc):
            return not any(c.place.is_country for c in self.gazetteer.candidates(ent.text))
        return not any(c.place.admin_level in {0, 1} for c in self.gazetteer.candidates(ent.text))

    def _is_place(self, ent: Span, known_places: set[str]) -> bool:
        """One sense per document, an explicit place noun, or context plus gazetteer.

        A dictionary actor (``kb_id_`` set) never gets here.
        """
        if normalise_place_name(ent.text) in known_places:
            return True
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in PLACE_SUFFIX_NOUNS:
            return True  # "Nineveh province", "Anbar governorate"
        if self._named_by_suffix(ent):
            return True  # "the Hay al-Askari neighbourhood" read as a facility
        if country_possessive_place(ent, self.gazetteer):
            return True  # "Lebanon's Bekaa" read as a person
        if self._division_named(ent):
            return True  # "Saladin Governorate" read as a person
        if named_by_place_noun(ent.doc, ent.start):
            return True  # "the village of Karabilah", whether the gazetteer knows it or not
        if described_as_place(ent.doc, ent.end):
            return True  # "Karabilah, a town near the border"
        if ent.label_ != "PERSON" and strike_report_place(ent.doc, ent.start, ent.end):
            return True  # "Near Sultan Abdallah, one strike ...": not "Near John Smith,"
        if strike_report_listed(ent.doc, ent.start, ent.end, self._place_name):
            return True  # "Near Ardavin, Belmesk and Sultan Abdallah, two strikes ..."
        if ent.label_ == "LANGUAGE":
            return False  # "tweeted in English": a language's name takes a locative too
        if ent.label_ == "ORG" and townsfolk_of_setting(ent, self.gazetteer.candidates):
            return True  # "a Kearney woman" in a story of Nebraska; not "a Harvard man"
        if (ent.label_ != "PERSON" and object_of(ent.root, ATTACK_VERBS)
                and major_town(self.gazetteer, ent.text)):
            return True  # "militants attacked Kismayo" read as a group; never a person's
            # name ("the senator attacked Warren" is no town of 130,000)
        if struck_town(ent, self.gazetteer):
            return True  # "Russian missiles struck Kyiv" read as a person (``place_struck``)
        if inside_named_division(ent, self.gazetteer):
            return True  # "Khan Shaykhun in southern Idlib" read as a person
        if sharing_plural_place_noun(ent):
            return True  # "the Ashrafieh and Sheikh Maqsoud neighbourhoods"
        return place_context(ent.doc, ent.start, ent.end) and self._place_name(ent.text)

    def _spelt(self, ent: Span) -> bool:
        """A name of several words the model read as a facility, an event or a title in a
        place's slot that the gazetteer spells otherwise ("shelled homes in Maarrat
        Misreen", ``_spelt_otherwise``): a place only if located (``PROVISIONAL_KEY``).
        Never a person's or a group's: "an inquiry into Ahmed Abdi", "infighting in Ansar
        al-Sharia" and "near Mohamed Abdi as he spoke" are as many villages' consonants."""
        return (
            len(ent) > 1
            and ent.label_ not in UNATTESTABLE | {"PERSON", "ORG"}
            and place_context(ent.doc, ent.start, ent.end)
            and not self._place_name(ent.text)
            and self._spelt_otherwise(ent.text, len(ent))
        )

    @staticmethod
    def _named_by_suffix(ent: Span) -> bool:
        """ "the <name> <region | neighbourhood ...>" (``named_by_suffix_noun``) where the
        model read "<name>" as a facility or a body: the noun says it is a place, the
        gazetteer need not know it. A people's word ("the Christian neighbourhood") is
        none."""
        doc = ent.doc
        opens = ent[0].lower_ == "the" and len(ent) > 1
        return (
            ent.label_ not in UNATTESTABLE
            and (opens or (ent.start > 0 and doc[ent.start - 1].lower_ == "the"))
            and ent.end < len(doc)
            and doc[ent.end].lower_ in NAMING_SUFFIX_NOUNS
        )

    def _division_named(self, ent: Span) -> bool:
        """A name the model read as a person or body whose last word is a division's noun
        ("Saladin Governorate", "Kunar Province") is the division when the gazetteer knows
        the name before the noun; "Islamic State Khorasan Province", a group, names none."""
        return (
            len(ent) > 1
            and ent[-1].lower_ in PLACE_SUFFIX_NOUNS
            and ent[-2].is_title
            and self._place_name(ent[:-1].text)
        )

    def _lone_country(self, ent: Span, people: frozenset[str]) -> bool:
        """A country's own name the model read as an organisation ("Tunisia signed ...",
        "Guinea-Bissau's archive") or as a person ("Sri Lanka's president"): the state,
        unless it is a word of a person's name in this article. One that is a given name
        too and read as a person stays one ("Jordan would fight", `given_name_countries`)."""
        if ent.label_ not in {"ORG", "PERSON"}:
            return False  # asked of every entity the pass keeps as it was: no text read
        name = re.sub(r"\s*['’]s$", "", ent.text)
        several = ent.label_ == "PERSON" and " " in name  # its own words make "people"
        return (
            (ent.label_ == "ORG" or (ent.label_ == "PERSON" and name.lower() not in GIVEN_NAMES))
            and self._relabellable(ent, people)
            and (several or not any(t.text in people for t in ent))
            and country_name(self.gazetteer, name)
        )


@Language.factory("frontlines_places", default_config=GAZETTEER_CONFIG)
def make_place_name_pass(nlp: Language, name: str, gazetteer_path: str) -> PlaceNamePass:
    return PlaceNamePass(gazetteer_path=gazetteer_path)
