"""Who a story says did its attacks, in a sentence of its own that tells no new event.

News often tells an attack with no one doing it ("A car bombing outside the embassy killed
ten people") and names the doer only where it speaks of the attacks as a whole, before
or after: "an exiled group planned the attacks", "X was behind the bombings", "X, the
architect of the bombings", "X, who is accused of planning the bombings". The
construction itself says who did it, so any noun phrase counts (``accountable.any_phrase``).
The event noun must be definite ("the attacks", "these bombings", "the group's attack"):
"X planned an attack" tells a plan, not who did the attacks told.

``story.owned`` gives what these name to the violent events that name no doer, after the
claimant ("X claimed responsibility"), and only when the story names one doer so, and
the event is of the kind the statement's noun says ("the bombings" is no air strike's;
"the attacks" may be any).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.model import Event, EventActor
from frontlines.nlp.events.accountable import any_phrase
from frontlines.nlp.events.memo import lemmas
from frontlines.nlp.events.roles import AUTHOR_VERBS
from frontlines.vocab.events import NON_STATE_WORDS, STATE_WORDS
from frontlines.vocab.words import word_list

__all__ = ["ANY_KIND", "AUTHOR_NOUNS", "fits", "perpetrators"]

#: Nouns for whoever made an event happen ("the architect of the bombings").
AUTHOR_NOUNS = frozenset(word_list("event", "author_nouns"))
#: Event nouns a story may use for any of its violent events ("the attacks").
ANY_KIND = frozenset({"attack", "assault", "incident", "violence", "atrocity"})
#: Event nouns a perpetrator statement speaks of.
_EVENT_NOUNS = frozenset(word_list("event", "general_event_nouns")) | ANY_KIND
#: One-word names of an armed side's kind ("rebel", "police"): as a compound, the doer.
_SIDES = frozenset(w for w in (*STATE_WORDS, *NON_STATE_WORDS) if " " not in w)
#: Words that make an event noun one the story told ("the", "these", "both").
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "both"})
#: Dependencies by which a verb hangs a clause on the verb that says who it is about
#: ("is accused of planning", "is believed to be behind").
_UP = frozenset({"pcomp", "xcomp", "pobj", "prep", "ccomp"})


def perpetrators(sent: Span) -> list[tuple[EventActor, Token]]:
    """Whom ``sent`` says did the attacks the story tells, each with the event noun it
    says so of ("X was behind the attack, while others said Y planned the bombing": both)."""
    said: list[tuple[EventActor, Token]] = []
    lowered = lemmas(sent.doc)  # while the coder reads: only the event nouns are made
    if lowered is None:  # ``Token``s, from the Doc's table of lemmas
        nouns = list(sent)
    else:
        nouns = [sent.doc[i] for i in range(sent.start, sent.end) if lowered[i] in _EVENT_NOUNS]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _EVENT_NOUNS or not _definite(noun):
            continue
        found = _authored(noun) or _behind(noun) or _author_of(noun)
        if found is not None:
            said.append((found, noun))
    return said


def fits(noun: Token, event: Event) -> bool:
    """Whether a statement about ``noun`` can be about ``event``: a noun for any attack,
    or the word the event was itself told with ("the bombings" of "a car bombing", "the
    bombing" of "a bomb exploded"); not
    when both nouns say what they hit and name different things ("the bombings of the
    embassies" are not "the bombing of the airliner")."""
    lemma = noun.lemma_.lower()
    told = event.text.lower()
    if lemma not in ANY_KIND and lemma not in told and not any(
            len(word) > 3 and word in lemma for cue in event.cues
            for word in cue.lower().split()):  # fmt: skip
        return False  # "the bombing" fits what the cue "bomb" told
    span = noun.doc.char_span(event.start, event.end, alignment_mode="expand")
    ours = _aimed(noun)
    theirs = {w for t in span or () if t.pos_ == "NOUN" and t.lemma_.lower() in _EVENT_NOUNS
              for w in _aimed(t)} if ours else set()  # fmt: skip
    return not (ours and theirs and not ours & theirs)


#: Prepositions by which an event noun says what it hit ("the bombings of the embassies").
_AIMED = frozenset({"of", "at", "on", "against", "outside", "in"})


def _aimed(noun: Token) -> set[str]:
    """The words for what an event noun hit: its compounds ("the embassy bombings") and
    the heads, with their compounds, of its "of / at / on / against" phrases; places
    ("in Kenya") count too: a bombing elsewhere is another one."""
    words = {_stem(c) for c in noun.children if c.dep_ == "compound" and c.is_alpha
             and not _means(c) and c.lemma_.lower() not in _SIDES}  # "the rebel bomb
    # attacks" hit no bomb and no rebel: one says how, the other who
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _AIMED):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words |= {_stem(t) for t in obj.subtree if t.pos_ in {"NOUN", "PROPN"}}
    return words


def _means(token: Token) -> bool:
    """Whether a noun's compound is an event word, which says how it was done, not what it
    hit ("bomb" of "the bomb attacks", made from "bombing")."""
    word = token.lemma_.lower()
    return len(word) > 3 and any(n.startswith(word) or word.startswith(n) for n in _EVENT_NOUNS)


def _stem(token: Token) -> str:
    """A word without its plural ending: a name's lemma keeps it ("Embassies")."""
    word = token.lemma_.lower()
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s") or word


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ in {"det", "predet"} and c.lower_ in _DEFINITE)
               for c in noun.children)  # fmt: skip


def _authored(noun: Token) -> EventActor | None:
    """"X planned the attacks" / "the bombings were masterminded by X" / "X, who is
    accused of planning the bombings"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in AUTHOR_VERBS:
        return None
    if verb.lemma_.lower() == "carry" and not any(c.lower_ == "out" for c in verb.children):
        return None  # "carried the wounded"
    if noun.dep_ == "nsubjpass":
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        held = next((o for o in by.children if o.dep_ == "pobj"), None) if by else None
        return any_phrase(held) if held is not None else None
    if noun.dep_ != "dobj":
        return None
    return _subject_up(verb)


def _behind(noun: Token) -> EventActor | None:
    """"X was behind the attacks", "X is believed to be behind the bombings"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "behind" or prep.head.lemma_ != "be":
        return None
    return _subject_up(prep.head)


def _author_of(noun: Token) -> EventActor | None:
    """"X, the architect of the bombings", "X is the mastermind of the attacks", "X,
    charged as the architect of the raids"."""
    prep = noun.head
    author = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or author.lemma_.lower() not in AUTHOR_NOUNS:
        return None
    if author.dep_ == "appos":
        return any_phrase(_named(author.head))
    if author.dep_ == "attr":
        return _subject_up(author.head)
    if author.dep_ == "pobj" and author.head.lower_ == "as":
        verb = author.head.head  # "indicted as the architect of ..."
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return any_phrase(_named(verb.head))
        return _subject_up(verb)
    return None


def _subject_up(verb: Token) -> EventActor | None:
    """The subject of ``verb``, or of the verb it is a complement of ("who is accused of
    organizing ...": who; "is believed to be behind": the believed one); a relative
    pronoun is the noun its clause describes (``actor_phrase`` reads it so)."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            subject = _named(verb.head)  # "X, the exiled millionaire who is accused of"
        if subject is not None:
            return any_phrase(subject)
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _named(noun: Token) -> Token:
    """The name a description stands beside: "X" of "X, the exiled millionaire"."""
    for _ in range(3):
        if noun.dep_ != "appos" or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun
