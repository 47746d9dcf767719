"""``frontlines_events``: code the events a sentence reports to ACLED and PLOVER.

One event at most per sentence: the best lexicon match (``data/events.toml``) the
realis layer finds asserted, typed by the learned sub-event classifier (``acled_type``).
Its roles come from the layers before it, so each can be checked on its own:

* actors: entity mentions in the subject of the sentence (actor1) and in its
  objects or "against/on/in" phrases (actor2), dictionary actor ids kept;
  the state / non-state side of actor1 decides between territory types;
* place: the most precise ``location`` place of the sentence, else the
  article's first town (events without a place in their own sentence are
  usually where the story is); comparisons and demonyms never count;
* date: the first dated time expression of the sentence, else the publication date;
* fatalities: a "killed" claim of the sentence.

Sets: ``Doc._.events``. Reads: ents, ``places``, ``times``, ``claims``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import reduce
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, EventActor, Extractor, PlaceMention, TextSpan
from frontlines.nlp.beat import ConflictBeat
from frontlines.nlp.events.acled_type import AcledTypeModel, retyped
from frontlines.nlp.events.aerial import grounded
from frontlines.nlp.events.asserted import TALK_TYPES, realis_match
from frontlines.nlp.events.beat import MODEL_DATED, StoryTally, beat_features, mention_features
from frontlines.nlp.events.civilians_hit import armed_described, civilians_hit, in_combat
from frontlines.nlp.events.clauses import threatened_kind
from frontlines.nlp.events.confidence import ConfidenceModel, event_features, load_confidence_model
from frontlines.nlp.events.confidence_embedding import embedded, reads_embedding
from frontlines.nlp.events.confidence_tensor import reads_vectors, with_vectors
from frontlines.nlp.events.crowd import crowd_told_again
from frontlines.nlp.events.crowd_sides import crowd_sides
from frontlines.nlp.events.deed_sides import by_target, deed_sides
from frontlines.nlp.events.downed import aircraft_downed
from frontlines.nlp.events.eras import told_in_an_era
from frontlines.nlp.events.factuality import RealisModel, judged, load_realis_model
from frontlines.nlp.events.frames import frame_text
from frontlines.nlp.events.history import history_told_on, undated
from frontlines.nlp.events.kind_said import kind_said
from frontlines.nlp.events.kinds import kind_of
from frontlines.nlp.events.memo import doc_sents, kept, reads_doc
from frontlines.nlp.events.named import merged, told_before
from frontlines.nlp.events.news_day import on_news_day
from frontlines.nlp.events.others import other_events
from frontlines.nlp.events.own_time import keeps_own_time
from frontlines.nlp.events.participants import (
    ACTOR_LABELS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    nominal_triggers,
    trigger_roles,
)
from frontlines.nlp.events.participants import participants as _participants
from frontlines.nlp.events.plover import SURE_OVER_VIOLENCE, PloverModel, plover_match
from frontlines.nlp.events.plover_classes import verb_classes
from frontlines.nlp.events.plover_pass import plover_types, typed_events
from frontlines.nlp.events.protest_victims import protesters_handled, victim_not_protesting
from frontlines.nlp.events.recalled import known_attack
from frontlines.nlp.events.record import event_record, kept_actor2
from frontlines.nlp.events.referred import Sides, own_sides, told_sides
from frontlines.nlp.events.retold import one_day, retold
from frontlines.nlp.events.roles import side_modifier
from frontlines.nlp.events.second import second_reading
from frontlines.nlp.events.senses import off_sense, ruled_out
from frontlines.nlp.events.siblings import told_places, told_siblings
from frontlines.nlp.events.spread import spread
from frontlines.nlp.events.story import (
    aggregate,
    background,
    carried_over,
    named_after,
    outcomes_merged,
    owned,
    story_now,
    tallies,
)
from frontlines.nlp.events.story_context import story_context
from frontlines.nlp.events.territory_sides import doer_side, head_side, territory_sides
from frontlines.nlp.events.tokens import (
    DATE_LABELS,
    _cue_table,
    _cue_texts,
    _entities_by_sentence,
    _sentence_cue_texts,
    _text,
)
from frontlines.nlp.events.told_aim import told_aim
from frontlines.nlp.events.triggers import compile_cue_patterns, told_again
from frontlines.nlp.events.triggers import triggers as _triggers
from frontlines.nlp.events.unnamed_sides import unnamed_sides
from frontlines.nlp.events.when import (
    event_date,
    filed_month,
    noun_dates,
    referred_date,
    told_as_years_before,
)
from frontlines.nlp.events.where import event_place, first_town
from frontlines.nlp.events.years_before import counted_back
from frontlines.nlp.extensions import declare, doc_text, items
from frontlines.nlp.resources import ACTOR_CONFIG, actors_from_config
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.events import EventLexicon, EventMatch, side_of

__all__ = [
    "ACTOR_LABELS",
    "DATE_LABELS",
    "EventCoder",
    "OBJECT_DEPS",
    "STATE_ACTOR_TYPES",
    "SURE_OVER_VIOLENCE",
    "SUBJECT_DEPS",
    "TALK_TYPES",
    "VERSION",
    "make_event_coder",
    "plover_match",
]

VERSION = "0.2.0"
#: Actor types from the dictionary that count as the state side.
STATE_ACTOR_TYPES = frozenset({"state", "state_force", "coalition"})

declare("events", "event_features")


class EventCoder:
    name = "frontlines_events"
    version = VERSION

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        actors: ActorDictionary | None = None,
        confidence: ConfidenceModel | None = None,
        plover: PloverModel | None = None,
        realis: RealisModel | None = None,
        acled: AcledTypeModel | None = None,
    ) -> None:
        self.lexicon = lexicon or EventLexicon.load()
        self.actors = actors or ActorDictionary.load()
        self.confidence = confidence or load_confidence_model()
        self.realis = realis or load_realis_model()  # P(realis), learned on MEANTIME
        self._plover = plover  # loaded on first use: ``frontlines train plover`` has none yet
        self._acled = acled  # likewise for ``frontlines train acled``
        self.embed: bool | None = None  # sentence embeddings as features: None, if read
        self._weighs_embedding: tuple[object, bool] | None = None  # (weights read, answer)
        self.vectors: bool | None = None  # the trigger's tok2vec rows as features: likewise
        self._weighs_vectors: tuple[object, bool] | None = None

    @property
    def embeds(self) -> bool:
        """Whether kept events get their sentence's embedding as features: when the
        confidence weighs it, or a trainer set ``embed`` (confidence_embedding.py). Read
        once per weights (a story asks every time; scanning 2,600 names each was 10 % of
        the layer's time)."""
        if self.embed is not None:
            return self.embed
        weights = self.confidence.weights
        if self._weighs_embedding is None or self._weighs_embedding[0] is not weights:
            self._weighs_embedding = (weights, reads_embedding(weights))
        return self._weighs_embedding[1]

    @property
    def reads_vectors(self) -> bool:
        """Whether kept events get their trigger's tok2vec rows as features: when the
        confidence weighs them, or a trainer set ``vectors`` (confidence_tensor.py)."""
        if self.vectors is not None:
            return self.vectors
        weights = self.confidence.weights
        if self._weighs_vectors is None or self._weighs_vectors[0] is not weights:
            self._weighs_vectors = (weights, reads_vectors(weights))
        return self._weighs_vectors[1]

    @property
    def plover(self) -> PloverModel:
        if self._plover is None:
            self._plover = PloverModel.load()
        return self._plover

    @property
    def acled(self) -> AcledTypeModel:
        if self._acled is None:
            self._acled = AcledTypeModel.load()
        return self._acled

    def warm(self) -> None:
        """Load now what the coder otherwise loads on the first event that needs it (the
        ACLED and PLOVER type models, the word vectors: about a second): ``frontlines
        bench`` times reading stories, as it does for the bare model, not loading files.
        Also what the readings build on their first use: each cue's pattern (742 cues,
        compiled once a process in 0.06 s; compiled one by one as the first stories meet
        them, with the two tables below, about 3 % of the layer's time on the bench's 200
        articles), the lexicon the noun kinds read and the PLOVER verb classes."""
        self.acled.table  # noqa: B018 (the properties load the models and their rows)
        self.plover.warm()
        compile_cue_patterns(self.lexicon)
        kind_of("attack")  # loads the lexicon ``kinds`` reads
        verb_classes()

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        actors: ActorDictionary | None = None,
    ) -> None:
        """spaCy's set-up hook; ``actors`` replaces the dictionary the config named."""
        if actors is not None:
            self.actors = actors

    @reads_doc  # the parse's answers are worked out once per Doc (memo.py)
    def __call__(self, doc: Doc) -> Doc:
        extractor = Extractor(self.name, self.version)
        places = [p for p in items(doc, "places") if p.role == "location"]
        fallback = first_town(doc, places)
        events: list[Event] = []
        features: list[dict[str, float]] = []  # per event, for `frontlines train events`
        told: list[Event] = []  # every event told so far, tallies too: what later ones imply
        kinds: list[EventActor | None] = []  # per event: the kind of side its noun names
        later: dict[int, list[Sides]] = {}  # per event: the sides its later mentions name
        ents_of = _entities_by_sentence(doc)
        published = doc._.reference_date if doc.has_extension("reference_date") else None
        times = items(doc, "times")
        now = published or filed_month(doc) or story_now(times, doc)  # what "history" is
        # measured from: the publication day, else the month the address files it under
        named = noun_dates(doc, times, published, now)  # "the Aug. 7 bombings": told
        tally = StoryTally()  # is the story on the conflict beat at all
        table = _cue_table(doc)
        for index, sent in enumerate(doc_sents(doc)):
            texts = (frame_text(sent), *_sentence_cue_texts(sent, table))  # split phrases too
            if not self.lexicon.any_cue(*texts):
                tally.sentence(None)
                continue  # most sentences: one scan, no parse reading
            actor1, actor2 = _participants(sent, ents=ents_of.get(sent.start, []))
            sides = (actor1, actor2)
            side = self._side(actor1, doc) or None
            matches = self.lexicon.matches(*texts, side=side)
            tally.sentence(matches)
            chosen = self._realis_match(sent, matches)
            if chosen is None:  # a threat, plan, negation, name...: no event happened,
                for other, described in self._evidence_of_told(doc, sent, matches, sides, events, (
                        places, fallback, times, published, now, index), later):  # fmt: skip
                    events.append(other)  # "the bombings in A and B" after A: B
                    kinds.append(None)
                    features.append(described)
                    told.append(other)
                continue
            readings = [chosen]  # a second deed of another kind in a clause of its own
            also = (second_reading(sent, matches, chosen[0], chosen[1], self._asserted)
                    if chosen[1] else None)  # fmt: skip
            if also is not None:
                readings.append((*also, judged(also[1][0], self.realis)[1]))
            first_kind = None  # the ACLED event type the sentence's first event took
            for n, (match, realis, realis_p) in enumerate(readings):
                actor1, actor2 = sides
                asserted = match  # the type whose words the realis triggers are
                trigger = realis[0] if realis else None
                typed, type_p = self.typed(sent, matches, match, trigger, side)
                if (typed is not None and typed.type.record
                        and not ruled_out(_triggers(sent, typed), typed.type.id)
                        and not threatened_kind(sent, typed, asserted, matches)):  # fmt: skip
                    match = typed  # the classifier types events; realis tells if there is one
                own = self._typed_triggers(sent, matches, match, asserted) if realis else []
                words, actor1, actor2 = deed_sides(sent, match, realis, own, (actor1, actor2))
                match = self._by_target(match, actor2)
                match = civilians_hit(match, actor2, words, sent, self.lexicon)
                if match.type.actor_side:  # a territory type: its own doer's side
                    match = doer_side(match, self._side(actor1, doc), self.lexicon)
                match = victim_not_protesting(match, actor2, words, sent, self.lexicon)
                match = protesters_handled(match, sent, self.lexicon)
                match = armed_described(match, words, self.lexicon)  # after the readings
                if len(readings) == 1:  # "killed in a firefight"; a fight told as a deed
                    match = in_combat(match, words, self.lexicon)  # of its own is its event
                match = aircraft_downed(match, words, sent, self.lexicon)  # that give an attack
                if first_kind == match.type.acled_event:
                    continue  # typed as the first event's kind: the same event, told twice
                first_kind = first_kind or match.type.acled_event
                actor2 = told_aim(words, match.type, actor1, actor2) or actor2  # "The May 3
                # bombings killed 90": the consulates the story told them aimed at
                story_place = next((e.place for e in reversed(told) if e.place), fallback)
                others = [t for k, (_m, r, _p) in enumerate(readings) if k != n
                          for t in r or ()]  # the words of the sentence's other events,
                # not every cue of it ("a bomber blew himself up at a checkpoint and the
                # blast killed 12 in X": one event, told in two clauses)
                where = event_place(sent, words, (actor1, kept_actor2(match, actor2)), places,
                                    story_place, others)  # fmt: skip
                when = event_date(sent, words, times, published, now)
                event = event_record(doc, sent, match, (actor1, actor2), where, when, extractor)
                mentions = spread(event, sent, places, words, matches)  # one per place
                counted = [*realis[:1], *tallies(sent)] if realis else []
                unseen = not any(e.acled_sub_event == event.acled_sub_event for e in events)
                spots = len(mentions) if unseen else 1  # after events of its kind: a sum
                if any(aggregate(t, event, sent, spots) for t in counted):
                    told.append(carried_over(event, told))  # "34 strikes in Syria and Iraq":
                    continue  # a tally, not an event; what it names still carries over
                taken: list[int] = []  # what this mention's other places became: never it
                for event in mentions:
                    earlier = told_before(event, realis, events, taken)  # told: one more evidence
                    taken.append(len(events) if earlier is None else earlier)
                    if earlier is not None:
                        events[earlier] = merged(events[earlier], event, TextSpan(
                            sent.start_char, sent.end_char, _text(sent)))  # fmt: skip
                        if event.acled_event == events[earlier].acled_event:  # whom it says
                            later.setdefault(earlier, []).append((None, own_sides(words)[1]))
                    else:
                        event = carried_over(referred_date(event, words, named), told,  # its
                                             keeps_own_time(sent, words, times, published))  # day
                        described = event_features(event, realis[0] if realis else None, match,
                                                   index, published, realis_p,
                                                   type_p)  # fmt: skip
                        event = replace(event, background=background(event, now) or bool(
                            realis and told_as_years_before(realis[0])) or told_in_an_era(
                            event, sent, words, times, now))
                        event = counted_back(event, realis[0] if realis else None, now)
                        events.append(event)
                        kinds.append(side_modifier(words))  # "the terrorist bombings", if no one
                        features.append(described)
                        tally.events += 1
                    told.append(event)
                for other, described in other_events(
                        self, sent, matches, event, words, (times, published, now, index)):
                    earlier = told_before(other, [], events)  # "the attack in X" told there
                    if earlier is not None:
                        events[earlier] = merged(events[earlier], other, TextSpan(
                            sent.start_char, sent.end_char, _text(sent)))  # fmt: skip
                        continue
                    events.append(other)
                    kinds.append(None)
                    features.append(described)
                    tally.events += 1
                    told.append(other)
        events = owned(events, doc)  # the claimant first, then what later mentions name
        events = [reduce(told_sides, later.get(i, ()), e) for i, e in enumerate(events)]
        events = [e if e.actor1 is not None or kind is None else replace(e, actor1=kind)
                  for e, kind in zip(events, kinds, strict=True)]  # fmt: skip
        events = named_after(events, doc)  # "died in the attacks. Gunmen carried out the
        # attacks": theirs; after the event's own modifier ("the terrorist bombings")
        events = kind_said(events, doc)  # "terrorist bombings" elsewhere: the bombings' doer
        events = history_told_on(events, doc, now)  # old narratives: history.py
        events = grounded(events, doc_text(doc), self.lexicon)  # aerial.py
        beat = ConflictBeat(doc_text(doc)) if events else None  # once per Doc, not joined
        dense = beat is not None and beat.judged and beat.on_beat  # words of the conflict
        gone = set(outcomes_merged(events, undated(events, doc))) | {i for i, e in enumerate(events)
                                               if tally.off_beat(e, dense)}  # fmt: skip
        gone |= set(retold(events, doc, gone, now))  # "the blasts" told again, dated apart
        one_day(events, doc, gone, now)  # "the blasts in A and B": both on the day one was given
        gone |= set(crowd_told_again(events, doc, gone))  # "they chanted": the march told
        story = tally.features(doc, self.actors)
        opening = min((e.start for i, e in enumerate(events) if i not in gone), default=0)
        told_in = (opening, len(doc_text(doc)))  # where the story's news is first told
        kept = story_context([(e, f | story | mention_features(e, doc) | beat_features(
            beat, e, *told_in)) for i, (e, f) in enumerate(zip(events, features, strict=True))
            if i not in gone], doc, self.actors)  # register, the story's other events
        kept = with_vectors(doc, kept, self.reads_vectors)  # the trigger in context, if weighed
        kept = embedded(doc, kept) if self.embeds else kept  # one batched encoding a story
        scored = typed_events(self.plover, doc, [self._scored(e, f) for e, f in kept])
        scored = crowd_sides(scored, doc, self.lexicon)  # the crowd first in every demonstration
        scored = unnamed_sides(scored, doc)  # civilians of an attack, police of an arrest
        scored = on_news_day(scored, doc, times, published)  # undated: the lead's day
        scored = territory_sides(scored, doc, self.actors)  # whom the ground was taken from
        if scored and beat is not None:  # off the conflict beat: events stay, under what
            scored = [e if known_attack(e) else replace(  # lists show; not a known
                e, confidence=beat.capped(e.text, e.confidence, e.date_source in MODEL_DATED))
                      for e in scored]  # fmt: skip
        doc._.events = scored
        doc._.event_features = [f for _, f in kept]
        return doc

    def _realis_match(
        self, sent: Span, matches: list[EventMatch]
    ) -> tuple[EventMatch, list[Token], float | None] | None:
        """The type the sentence asserts, with its realis triggers (``asserted``)."""
        return realis_match(sent, matches, self.realis)

    def _asserted(self, token: Token, type_id: str) -> bool:
        """Whether the realis and sense readings keep ``token`` as a word of ``type_id``."""
        return not (judged(token, self.realis)[0] or off_sense(token, type_id))

    def _evidence_of_told(
        self, doc: Doc, sent: Span, matches: list[EventMatch],
        actors: tuple[EventActor | None, EventActor | None], events: list[Event],
        context: tuple[list[PlaceMention], PlaceMention | None, list[Any], str | None, Any, int],
        later: dict[int, list[Sides]],
    ) -> list[tuple[Event, dict[str, float]]]:
        """One judgement for a mention the realis and specificity readings dropped: the
        sentence tells no new event, but a definite event noun of it ("condemned the
        bombing of the embassies", "in the weeks after the attack") that refers back to an
        event already coded is one more evidence sentence of that event (``events`` is
        changed in place). Words that say the event did not happen, may not, or is only
        asked for (negated, modal, planned, a question, an order) refer to nothing told,
        and neither does a word off its event sense. Returned: ``siblings.told_siblings``."""
        refs = told_again(sent, matches, self.realis) if events else None
        if refs is None:
            return []
        match, triggers = refs
        places, fallback, times, published, now, index = context
        actor1, actor2 = trigger_roles(triggers, *actors)
        where = event_place(sent, triggers, (actor1, actor2), places, fallback)  # the
        # sentence records no event of its own: no clause of it is another event's
        when = event_date(sent, triggers, times, published, now)
        extractor = Extractor(self.name, self.version)
        mention = event_record(doc, sent, match, (actor1, actor2), where, when, extractor)
        spots = spread(mention, sent, places, triggers, matches)  # "in A and B": each
        found = told_places(spots, triggers, events)  # the event each place tells again
        for earlier in dict.fromkeys(i for i in found if i is not None):  # evidence only:
            told = events[earlier]  # a word read as no event does not retype
            events[earlier] = replace(told, evidence=(*told.evidence, TextSpan(
                sent.start_char, sent.end_char, _text(sent))))  # fmt: skip
            later.setdefault(earlier, []).append(own_sides(triggers))  # its doer, named here
        return told_siblings(spots, found, triggers[0], match, (index, published, now),
                             self.realis, events)

    def _typed_triggers(self, sent: Span, matches: list[EventMatch], match: EventMatch,
                        asserted: EventMatch) -> list[Token]:  # fmt: skip
        """The asserted words of the type the classifier chose over the one whose words
        the realis reading asserted (``asserted``: "U.S. forces carried out airstrikes ...,
        hitting areas abandoned by X": the strikes' arguments, not the abandoning's), or
        its cues' nouns ("the government's liberation of the city" for "liberate"); none
        when the type is the asserted one (its realis triggers are its own words)."""
        if match.type.id == asserted.type.id:
            return []
        own = next((m for m in matches if m.type.id == match.type.id), None)
        words = _triggers(sent, own) if own is not None else nominal_triggers(sent, match.type)
        said = [t for t in words if not judged(t, self.realis)[0]]
        return said or words  # "a series of airstrikes": a tally's words still name its sides

    def _scored(self, event: Event, features: dict[str, float]) -> Event:
        """The event with its confidence, once the whole story has been read: the story's
        own evidence (``beat``) weighs in, and mentions merged later count."""
        return replace(event, confidence=round(self.confidence.probability(features), 4))

    def classify_doc(
        self, doc: Doc, scheme: str = "acled"
    ) -> tuple[EventMatch | None, EventActor | None, EventActor | None]:
        """The one best type for a whole text (a news snippet), with the first sentence's
        participants: how gold sets that label a snippet, not a sentence, are scored.
        ``scheme="plover"``: the match carries the PLOVER model's type (``plover_types``)."""
        sents = list(doc.sents)
        actor1, actor2 = _participants(sents[0], places_act=True) if sents else (None, None)
        side = self._side(actor1, doc) or None
        matches = self.lexicon.matches(*_cue_texts(doc[:]), side=side)
        match = matches[0] if matches else None
        if scheme == "plover":
            lexicon = (match.type.plover, match.type.plover_mode) if match else ("", "")
            plover = plover_types(self.plover, [(doc[:], lexicon)], vetted=False)[0]
            return plover_match(match, *plover), actor1, actor2
        triggers = _triggers(doc[:], match) if match else []
        typed, _ = self.typed(doc[:], matches, match, triggers[0] if triggers else None, side)
        return typed, actor1, actor2

    def typed(
        self, span: Span, matches: list[EventMatch], match: EventMatch | None,
        trigger: Token | None, side: str | None,
    ) -> tuple[EventMatch | None, float]:
        """``match`` as the learned classifier types it, with the type's probability
        (``nlp/events/acled_type.retyped``)."""
        return retyped(self.acled, self.lexicon.types, span, matches, match, trigger, side)

    def _by_target(self, match: EventMatch, target: EventActor | None) -> EventMatch:
        """Attack or armed clash by who was hit (``deed_sides.by_target``)."""
        return by_target(self.lexicon, match, target)

    def _side(self, actor: EventActor | None, doc: Doc) -> str:
        """Whose side actor1 is on: its dictionary type, a country ("Turkey", "Iraqi"),
        else the words of its name."""
        if actor is None:
            return ""
        known = self.actors.get(actor.actor) if actor.actor else None
        if known is not None:
            return "state" if known.type in STATE_ACTOR_TYPES else "non_state"
        for place in kept(doc, "places", _all_places) or items(doc, "places"):
            overlaps = place.start < actor.end and actor.start < place.end
            if overlaps and place.feature_code == "PCLI":
                return "state"
        return head_side(actor.text) or side_of(actor.text)  # "the Iraqi government"


def _all_places(doc: Doc) -> list[PlaceMention]:
    """Every place of ``doc`` (``items``), listed once while the coder reads it: each
    sentence's side asks (``EventCoder._side``)."""
    return items(doc, "places")


@Language.factory("frontlines_events", default_config=ACTOR_CONFIG)
def make_event_coder(
    nlp: Language, name: str, actor_files: list[str], use_env: bool, include_default: bool
) -> EventCoder:
    """Actor types come from the same files as ``frontlines_actors`` (same settings)."""
    return EventCoder(actors=actors_from_config(actor_files, use_env, include_default))
