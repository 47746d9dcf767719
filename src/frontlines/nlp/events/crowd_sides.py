"""Who protests: the crowd is the first side of every protest and demonstration.

ACLED codes a demonstration with the demonstrators as actor1, always: a named group
when the story names one, else the generic "Protesters"; whoever stepped in (police, a
heckler, a counter-protester) is actor2 of a protest with intervention. The sentence
that tells a protest does not always hang the crowd on the protest word: "Protests
followed, ..." names no one, and "a welder was fined once he kicked a demonstrator at the
march" makes the welder the subject and the demonstrator an object. Read by the verb's
arguments alone, the first has no actor1 and the second has the man doing the protest.

This pass puts the crowd first, after the roles are read:

* no actor1, a noun for people who protest in the sentence ("the crowd of union
  protesters", "police arrested marchers") is the crowd;
* no actor1 and no such noun: the protest word itself says there was a crowd, so the
  generic side "protesters" stands at that word (ACLED's "Protesters" for an unnamed
  crowd);
* an actor1 borrowed from an earlier sentence gives way to a protester noun of the
  sentence's own ("Days later, a welder kicked a demonstrator at a march" after
  "thousands of marchers crowded the square");
* an actor1 that does not protest (the subject of some other verb, "the man was
  charged") while a protester noun stands elsewhere in the sentence: the protester noun
  is actor1, and that actor1 becomes the side that stepped in, where the sub-event type
  has a second side.

Excessive force against protesters is left alone: there the force (police, troops) is
coded first and the crowd second. Mob violence is no demonstration: a mob has no crowd
word to fall back on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, EventActor
from frontlines.nlp.events.harmed import UNDERGONE_VERBS
from frontlines.nlp.events.phrases import actor_phrase, doer_phrase, noun_phrase
from frontlines.nlp.events.roles import ONE_SIDED, cue_words
from frontlines.vocab.events import EventLexicon, EventType
from frontlines.vocab.words import word_list

__all__ = ["GENERIC_CROWD", "crowd_sides", "stepped_in"]

#: Sub-event types whose first side is the crowd.
_CROWD_SUB_EVENTS = frozenset({"Peaceful protest", "Protest with intervention",
                               "Violent demonstration"})  # fmt: skip
#: People who protest (lemmas): a noun for the crowd.
_PROTEST_PEOPLE = frozenset(word_list("sense", "protest_people")) | {"protestor"}
#: Beginnings of the words for a demonstration itself, where the cue that typed the event
#: is no such word ("demonstrations turned violent" typed by "turned violent").
_PROTEST_WORDS = ("protest", "demonstrat", "rally", "rallie", "march", "riot", "sit-in")
#: The side a protest word alone implies: ACLED's generic "Protesters".
GENERIC_CROWD = "protesters"


def crowd_sides(events: list[Event], doc: Doc, lexicon: EventLexicon | None = None
                ) -> list[Event]:  # fmt: skip
    """``events`` with each demonstration's crowd as actor1 (see the module docstring),
    and whoever the sentence says laid hands on the crowd as actor2 (``stepped_in``; a
    peaceful protest becomes the ``lexicon``'s protest with intervention)."""
    crowded = [_crowd_first(e, doc) if e.acled_sub_event in _CROWD_SUB_EVENTS else e
               for e in events]  # fmt: skip
    kind = next((t for t in lexicon.types if t.acled_sub_event == _INTERVENED and t.record),
                None) if lexicon is not None else None  # fmt: skip
    return [_with_intervener(e, doc, kind) if e.acled_sub_event in _HANDS_ON else e
            for e in crowded]  # fmt: skip


#: Protest sub-event types a second side laying hands on the crowd may join.
_HANDS_ON = frozenset({"Peaceful protest", "Protest with intervention"})
#: Verbs by which someone lays hands on a protester or removes them: done at a protest,
#: an intervention (ACLED's protest with intervention), not a protest alone.
_INTERVENING = UNDERGONE_VERBS | frozenset({
    "stop", "drag", "carry", "remove", "eject", "tackle", "push", "grab",
    "restrain", "haul", "handcuff", "disperse", "throw", "shove"})


def _with_intervener(event: Event, doc: Doc, kind: EventType | None) -> Event:
    """A protest that names no second side takes the one its sentence says laid hands
    on the protester (``stepped_in``): the demonstration met an intervention, so a
    peaceful protest becomes a protest with intervention."""
    if event.actor2 is not None or event.actor1 is None:
        return event
    sent = doc.char_span(event.start, event.end, alignment_mode="expand")
    if sent is None:
        return event
    crowd = _crowd_noun(sent, None)
    found = stepped_in(crowd) if crowd is not None else None
    if found is None or found.start <= event.actor1.start < found.end:
        return event
    if event.acled_sub_event == _INTERVENED:
        return replace(event, actor2=found)
    if kind is None:
        return event
    return replace(event, actor2=found, type=kind.recorded_id, acled_event=kind.acled_event,
                   acled_sub_event=kind.acled_sub_event, case_label=kind.case,
                   plover=kind.plover, plover_mode=kind.plover_mode)  # fmt: skip


#: The sub-event type whose second side is whoever stepped in on the crowd.
_INTERVENED = "Protest with intervention"


#: Object pronouns that may stand for the crowd in a clause its own verb governs.
_CROWD_PRONOUNS = frozenset({"them", "him", "her"})


def stepped_in(crowd: Token) -> EventActor | None:
    """Who the parse says acted on the protester ``crowd``: the subject of the verb it is
    the object of ("Guards stop protester at rally", "a man punched a protester"), the
    agent of the passive it undergoes, in its own clause or a relative clause on it ("a
    protester who was punched by a supporter"), or the subject of a clause its own
    verb governs whose object pronoun stands for it ("protesters interrupted the speech,
    lying down to make guards carry them out"). Whoever does so to a protester at a
    protest is the side that stepped in; a pronoun subject counts once resolved."""
    head = crowd
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a stream of protesters": the stream
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB":
        return _acting(verb, head)
    passives = [verb] if head.dep_ == "nsubjpass" else []
    passives += [c for c in head.children if c.dep_ == "relcl"]
    for clause in (c for c in passives if c.lemma_.lower() in _INTERVENING):
        agent = next((o for a in clause.children if a.dep_ == "agent"
                      for o in a.children if o.dep_ == "pobj"), None)  # fmt: skip
        if agent is not None:
            return actor_phrase(agent, agent=True)
    if head.dep_ != "nsubj":
        return None
    plural = crowd.tag_ in {"NNS", "NNPS"} or head.tag_ in {"NNS", "NNPS"}
    for token in verb.subtree:
        if token.dep_ != "dobj" or token.head.i == verb.i or not _stands_for(token, plural):
            continue
        if any(a.dep_ == "ccomp" for a in _up_to(token, verb)):
            continue  # "demanded that the government stop him": a demand, not a deed
        return _acting(token.head, head)
    return None


def _stands_for(pronoun: Token, plural: bool) -> bool:
    """"them" may stand for protesters, "him"/"her" for one protester."""
    return pronoun.lower_ == "them" if plural else pronoun.lower_ in _CROWD_PRONOUNS - {"them"}


def _up_to(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``top``."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _acting(verb: Token, crowd: Token) -> EventActor | None:
    """The subject of ``verb`` as an actor, when the verb lays hands on someone and
    the subject is not the crowd's own phrase."""
    if verb.lemma_.lower() not in _INTERVENING:
        return None
    holder = verb.head if verb.dep_ == "xcomp" else verb  # "guards had to carry them"
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    seen = subject is None
    if seen:
        subject = _seen_doing(verb)  # "a steward was filmed shoving him off the stage"
    if subject is None or subject.i in range(crowd.left_edge.i, crowd.right_edge.i + 1):
        return None
    found = doer_phrase(subject)
    if found is not None or seen or subject.tag_ not in {"NNP", "NNPS"} or subject.ent_type_:
        # a passive's sentence-initial subject the tagger may make a name ("Medics were
        # filmed carrying ..."): only a doer the actor lists know
        return found
    start, end = noun_phrase(subject)  # "Secret Service stops protester": a name the
    tokens = subject.doc[start:end]  # tagger left untyped still names who stopped them
    return EventActor(text=tokens.text, actor=None, start=tokens.start_char,
                      end=tokens.end_char)  # fmt: skip


def _crowd_first(event: Event, doc: Doc) -> Event:
    sent = doc.char_span(event.start, event.end, alignment_mode="expand")
    if sent is None:
        return event
    one, two = event.actor1, event.actor2
    if one is not None and not event.start <= one.start < event.end:
        own = _crowd_noun(sent, None)  # a crowd borrowed from an earlier sentence: the
        found = _crowd_phrase(own) if own is not None else None  # sentence's own first
        return replace(event, actor1=found) if found is not None else event
    if one is not None and (_is_crowd(one, doc) or _protesting(one, sent, event)):
        return event
    crowd = _crowd_noun(sent, one)
    if one is None:
        found = _crowd_phrase(crowd) if crowd is not None else _implied(sent, event)
        return replace(event, actor1=found) if found is not None else event
    if crowd is None:
        return event
    found = _crowd_phrase(crowd)
    if found is None:
        return event
    if two is not None and two.start <= crowd.idx < two.end:
        two = None  # "police beat the protesters" read the other way: the crowd was actor2
    if event.acled_sub_event in ONE_SIDED:
        return replace(event, actor1=found, actor2=None)
    return replace(event, actor1=found, actor2=two or one)  # who stepped in


def _heads(actor: EventActor, doc: Doc) -> list[Token]:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return [span.root] if span is not None and len(span) else []


def _is_crowd(actor: EventActor, doc: Doc) -> bool:
    """Whether the actor names people who protest ("hundreds of protesters", "the
    marchers"), by its head or the noun it counts."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _PROTEST_PEOPLE for t in span)


def _protesting(actor: EventActor, sent: Span, event: Event) -> bool:
    """Whether the actor is the subject of the protest's own word ("students marched",
    "workers who rallied"): then it is the crowd, whatever noun names it."""
    words = set(cue_words(sent, event.cues))
    for head in _heads(actor, sent.doc):
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            if verb in words:
                break
            verb = verb.head
        if head.dep_ in {"nsubj", "nsubjpass", "appos"} and verb in words:
            return True
        if head.dep_ == "nsubj" and any(c in words for c in verb.subtree if c.dep_ in
                                        {"pobj", "dobj", "xcomp", "advcl"}):
            return True  # "massed ... in protest", "staged a rally", "took to the streets
            # to protest": the crowd's own deed
    return False


def _crowd_noun(sent: Span, outside: EventActor | None) -> Token | None:
    """The first noun for people who protest in the sentence, outside ``outside``."""
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _PROTEST_PEOPLE:
            continue
        if outside is not None and outside.start <= token.idx < outside.end:
            continue
        return token
    return None


def _crowd_phrase(noun: Token) -> EventActor | None:
    """The phrase a protester noun heads, as an actor ("the crowd of anti-war
    protesters": "anti-war protesters")."""
    found = actor_phrase(noun, agent=True)
    if found is not None:
        return found
    start, end = noun_phrase(noun)
    tokens = noun.doc[start:end]
    return EventActor(text=tokens.text, actor=None, start=tokens.start_char,
                      end=tokens.end_char)  # fmt: skip


def _implied(sent: Span, event: Event) -> EventActor | None:
    """The generic crowd a protest word implies, standing at that word ("Protests
    followed": protesters); None where the sentence holds no word of the event's cues."""
    words = cue_words(sent, event.cues) or [t for t in sent if t.pos_ in {"NOUN", "VERB"}
                                            and t.lemma_.lower().startswith(_PROTEST_WORDS)]
    if not words:
        return None
    word = words[0]
    return EventActor(text=GENERIC_CROWD, actor=None, start=word.idx,
                      end=word.idx + len(word.text))  # fmt: skip


#: Verbs by which a participle's doer is told as seen doing it: "filmed shoving a
#: protester", "was seen kicking him".
_SEEING = frozenset({"catch", "see", "film", "photograph", "record", "show", "spot",
                     "capture", "videotape", "observe"})  # fmt: skip


def _seen_doing(verb: Token) -> Token | None:
    """Who a verb of seeing says did what its participle tells ("a guard was filmed on a
    phone shoving a marcher": the guard; the parser may hang the participle on the "on"
    phrase), through a relative pronoun to its noun ("a man who was seen kicking him");
    only a passive's subject, the active's is who watched; None for any other
    participle."""
    if verb.tag_ != "VBG":
        return None
    seeing = verb.head.head if verb.head.dep_ == "prep" else verb.head
    if seeing.lemma_.lower() not in _SEEING or seeing.i == verb.i:
        return None
    subject = next((c for c in seeing.children if c.dep_ == "nsubjpass"), None)  # not who
    # saw it: "reporters saw a guard kicking him" names the watchers as subject
    if subject is not None and subject.tag_ in {"WP", "WDT"} and seeing.dep_ == "relcl":
        return seeing.head  # "a supporter who was caught ...": the supporter
    return subject
