"""Whom territory was taken from, when the sentence that tells the taking names no one.

ACLED codes a change of territory with two sides: "Government regains territory" is
taken back from a non-state armed group, "Non-state actor overtakes territory" from
whoever held it. News tells the taking with its doer only ("Iraqi forces liberated the
city", "the liberation of the town") and names the side that lost it beside it ("...
and the fight against ISIL") or elsewhere in the story, where it is the armed group the
story is about. So the second side of a territory event with none is:

* the armed group the event's own sentence names, apart from its doer; else
* for a government's gain, the armed group the story names nearest to it (a story may
  tell of several fronts: the nearest is the one the passage is about); a group's gain
  may be from any side, so only its own sentence says whose.

An armed group is a name the actor dictionary files as a rebel group or a militia, or a
name holding a non-state side's word ("Islamic State", "Taliban", "rebels"). This runs
after the events are scored, on the second sides left empty: what the sentence's own
parse read always wins.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from frontlines.model import Event, EventActor
from frontlines.nlp.events.memo import doc_ents
from frontlines.vocab.actors import ActorDictionary
from frontlines.vocab.events import NON_STATE_WORDS, STATE_WORDS, EventLexicon, EventMatch
from frontlines.vocab.words import word_list

__all__ = ["STATE_HEADS", "doer_side", "head_side", "territory_sides"]

#: The territory sub-events, each with the ACLED actor types its second side may be:
#: the state retakes ground from non-state groups (2 rebels, 3 political militias, 4
#: identity militias); a non-state group takes it from anyone armed (1 state forces too).
_LOSERS = {"Government regains territory": frozenset({2, 3, 4}),
           "Non-state actor overtakes territory": frozenset({1, 2, 3, 4})}  # fmt: skip
#: Entity labels an armed group is told with.
_GROUP_LABELS = frozenset({"ORG", "NORP"})
_NON_STATE = tuple(w for w in NON_STATE_WORDS if len(w) > 3)
#: Head nouns of an actor that is the state whatever its name (``data/event_words.toml``).
STATE_HEADS = frozenset(word_list("event", "state_heads"))


def head_side(text: str) -> str:
    """ "state" for an actor whose head noun is one of the state's (``state_heads``: "the
    Iraqi government", "Kenyan authorities"), whatever its name; else "". Read on the
    actor's own words only: in a sentence "the government" is as often the side acted on."""
    words = text.lower().rstrip(".,;:'\" ").split()
    cut = next((i for i, w in enumerate(words) if w in _POSTMODIFIERS), len(words))
    words = words[:cut]  # "fighters loyal to the government": the head is "fighters"
    if any(w in NON_STATE_WORDS for w in words):
        return ""  # "the Houthi administration", "Hamas authorities"
    return "state" if words and words[-1] in STATE_HEADS else ""


#: Words that open what follows an actor's head noun ("loyal to", "opposed to", "of").
_POSTMODIFIERS = frozenset({"loyal", "opposed", "of", "to", "in", "from", "who", "that",
                            "which", "backed", "allied", "linked", "close", "with"})  # fmt: skip


def doer_side(match: EventMatch, side: str, lexicon: EventLexicon) -> EventMatch:
    """``match`` as the territory type of its own doer's side. The lexicon reads the side
    before the event's roles are known (the sentence's first actor, else the first side
    word of the sentence), so "the minister welcomed the Iraqi government's liberation of
    the town from ISIL" reads ISIL's side; once the taking's own doer is read ("the Iraqi
    government"), its side decides between a government's regaining and a group's
    overtaking, the type told with the same cue word."""
    wanted = match.type.actor_side
    if not wanted or not side or side == wanted:
        return match
    for kind in lexicon.types:
        if (kind.actor_side == side and kind.acled_event == match.type.acled_event
                and not kind.record_as and set(match.cues) <= set(kind.cues)):  # fmt: skip
            return replace(match, type=kind)
    return match


def territory_sides(events: list[Event], doc: Doc, actors: ActorDictionary) -> list[Event]:
    """``events`` with the side a territory event was taken from, where none was read."""
    if not any(e.acled_sub_event in _LOSERS and e.actor2 is None for e in events):
        return events
    groups = [(ent, _group_key(ent, actors)) for ent in doc_ents(doc)]
    done = []
    for event in events:
        wanted = _LOSERS.get(event.acled_sub_event)
        if wanted is not None and event.actor2 is None and event.actor1 is not None:
            armed = [(e, k) for e, k in groups if k and _armed(e, actors, wanted)]
            side = _lost_by(event, armed, doc, _doer_key(event.actor1, actors))
            event = replace(event, actor2=side) if side is not None else event
        done.append(event)
    return done


def _lost_by(event: Event, groups: list[tuple[Span, str]], doc: Doc,
             doer_key: str) -> EventActor | None:  # fmt: skip
    """The armed group of the event's sentence other than its doer, else (a government's
    gain only) the one the story names nearest to it."""
    doer = event.actor1
    assert doer is not None
    others = [(ent, key) for ent, key in groups
              if not _is_doer(ent, key, doer, doer_key, doc)]  # fmt: skip
    here = [ent for ent, _ in others if event.start <= ent.start_char < event.end]
    if here:
        return _actor(here[0])
    if event.acled_sub_event not in _STORY_WIDE:
        return None  # a group's gain may be from anyone: the story's groups do not say
    if not others:
        return None
    return _actor(min((ent for ent, _ in others), key=lambda ent: _apart(ent, event)))


def _apart(ent: Span, event: Event) -> int:
    """How far a name is told from the event's sentence, in characters."""
    return max(event.start - ent.end_char, ent.start_char - event.end, 0)


#: Sub-events whose lost side the story may name away from the event's sentence.
_STORY_WIDE = frozenset({"Government regains territory"})


def _doer_key(doer: EventActor, actors: ActorDictionary) -> str:
    """The doer's group as ``_group_key`` names groups: a member stands for its parent
    ("YPG fighters" and a later "YPG" commander are one side)."""
    known = actors.get(doer.actor) if doer.actor else None
    if known is not None:
        return known.member_of or known.id
    return doer.text.casefold()


def _is_doer(ent: Span, key: str, doer: EventActor, doer_key: str, doc: Doc) -> bool:
    """Whether a name is the event's doer or on its side: inside its phrase or one
    coordinated with it ("the army and its militia allies"), or the same
    group."""
    phrase = doc.char_span(doer.start, doer.end, alignment_mode="expand")
    if phrase is not None and len(phrase) and (
            phrase.root.left_edge.i <= ent.root.i <= phrase.root.right_edge.i):
        return True
    if doer.start <= ent.start_char < doer.end or ent.start_char <= doer.start < ent.end_char:
        return True
    return key == doer_key


def _group_key(ent: Span, actors: ActorDictionary) -> str:
    """Which group a name stands for: its dictionary actor (its parent, for a member),
    else its words."""
    known = actors.get(ent.kb_id_) if ent.kb_id_ else None
    if known is not None:
        return known.member_of or known.id
    return ent.text.casefold() if ent.label_ in _GROUP_LABELS else ""


#: Head nouns that make a name modifying them an armed side ("Taliban fighters", "Kurdish
#: forces"), where the name alone is an adjective of someone else ("Kurdish officials").
_ARMED_HEADS = frozenset(w for w in (*NON_STATE_WORDS, *STATE_WORDS) if " " not in w) | {
    "force", "forces", "fighter", "unit", "units", "brigade", "brigades", "militant",
    "militants", "rebels", "insurgents", "jihadists", "soldier", "troop"}


def _modifies_unarmed(ent: Span) -> bool:
    """Whether the name only modifies a noun that is no armed side: "Kurdish officials",
    "a Kurdish village" name officials and a village, not the Kurdish forces. An adjective
    is never a side; the phrase it modifies names who acted."""
    root = ent.root
    if root.dep_ not in {"amod", "compound"} or ent.start <= root.head.i < ent.end:
        return False
    return root.head.lower_ not in _ARMED_HEADS and root.head.lemma_.lower() not in _ARMED_HEADS


def _armed(ent: Span, actors: ActorDictionary, wanted: frozenset[int]) -> bool:
    """Whether a name is an armed group of the wanted ACLED types: by the dictionary, else
    by a non-state side's word in it ("the Taliban", "Boko Haram", "rebel forces"); never
    a name that only modifies someone unarmed (``_modifies_unarmed``)."""
    if _modifies_unarmed(ent):
        return False
    known = actors.get(ent.kb_id_) if ent.kb_id_ else None
    if known is not None:
        return known.acled_inter in wanted
    text = ent.text.casefold()
    return ent.label_ in _GROUP_LABELS and any(
        w in text.split() or (" " in w and w in text) for w in _NON_STATE)


def _actor(ent: Span) -> EventActor:
    return EventActor(text=ent.text, actor=ent.kb_id_ or None, start=ent.start_char,
                      end=ent.end_char)  # fmt: skip
