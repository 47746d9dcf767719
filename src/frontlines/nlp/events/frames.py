"""Event phrases a writer splits with their arguments, read on the dependency parse.

The lexicon (``data/events.toml``) matches cues as contiguous words: "took control",
"drove out", "fell to". News splits them: "took full control of the town", "pushed the
militants out of the city", "the fall of the town to the rebels", "the city was taken by
the militants", "moved troops into the region", "the gunman who took the lives of nine
people". A frame (``data/event_frames.toml``) names a head lemma and what its arguments
must be (an object's lemma or class, a particle, a preposition and its object's class, a
subject's class); where one holds, the sentence has the frame's lexicon cue and the head
word is that cue's trigger, judged by the realis reading (negated, planned, generic) like
any cue word. The classes keep the frames to their conflict sense: "took the town" is a
capture, "took the bus to town" is not; "fell to the rebels" a loss, "fell to 3 percent"
none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.events.memo import kept, lemmas, per_doc
from frontlines.nlp.events.verbal import is_person
from frontlines.vocab.files import DataFileError, read_data_toml
from frontlines.vocab.words import words

__all__ = ["Frame", "dealt_to_person", "frame_cues", "frame_heads", "frame_text", "load_frames"]

#: Entity labels of places, of sides and of people.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_SIDES = frozenset({"ORG", "NORP", "GPE"})
_DOERS = frozenset({"ORG", "NORP", "GPE", "PERSON"})
#: Relative pronouns: the noun the relative clause hangs on is the argument.
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Frame:
    cue: str
    heads: frozenset[str]
    object: frozenset[str] = frozenset()
    object_class: str = ""
    particle: str = ""
    prep: str = ""
    prep_class: str = ""
    subject_class: str = ""
    purpose: frozenset[str] = frozenset()
    not_under: frozenset[str] = frozenset()


@cache
def load_frames() -> tuple[Frame, ...]:
    """The frames of ``data/event_frames.toml``, read once."""
    data = read_data_toml("event_frames.toml")
    try:
        return tuple(
            Frame(f["cue"], frozenset(f["heads"]), frozenset(f.get("object", ())),
                  f.get("object_class", ""), f.get("particle", ""), f.get("prep", ""),
                  f.get("prep_class", ""), f.get("subject_class", ""),
                  frozenset(f.get("purpose", ())), frozenset(f.get("not_under", ())))
            for f in data["frame"]
        )  # fmt: skip
    except KeyError as exc:
        raise DataFileError(f"frontlines/data/event_frames.toml: a frame lacks {exc}") from None


@cache
def _class_words() -> dict[str, frozenset[str]]:
    classes = read_data_toml("event_frames.toml").get("classes", {})
    armed = words("event", "armed_targets")
    return {
        "place": frozenset(classes.get("place_nouns", ())) | words("place", "place_nouns"),
        "force": frozenset(classes.get("force_nouns", ())) | armed,
        "side": words("event", "actor_nouns"),
        "part": frozenset(classes.get("part_words", ())),
        "crowd": frozenset(classes.get("crowd_nouns", ())),
        "body": frozenset(classes.get("body_parts", ())),
    }


@cache
def _person_heads() -> frozenset[str]:
    return frozenset(h for f in load_frames() if f.object_class == "person" and not f.particle
                     for h in f.heads)  # fmt: skip


def dealt_to_person(verb: Token) -> bool:
    """Whether ``verb`` heads a frame whose object is a person ("punched", "shoved",
    "assaulted"): only people undergo it, so its passive subject is a person, as of
    the harming verbs ("a medic, who was kicked at the checkpoint": the medic)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _person_heads()


@cache
def _heads() -> frozenset[str]:
    return frozenset(h for f in load_frames() for h in f.heads)


@per_doc(lambda sent: (sent.start, sent.end))
def frame_cues(sent: Span) -> list[tuple[str, Token]]:
    """Each frame of ``sent`` that holds: its lexicon cue and its head word. In the coder
    the lemmas come from the Doc's table (``memo.lemmas``), so only a frame's head word is
    made a ``Token``; the answer is kept per sentence, read again for its triggers."""
    heads = _heads()
    found: list[tuple[str, Token]] = []
    doc = sent.doc
    lowered = lemmas(doc)
    if lowered is not None and heads.isdisjoint(lowered[sent.start : sent.end]):
        return found  # most sentences: no frame's head word, no word to read
    for i in range(sent.start, sent.end):
        lemma = lowered[i] if lowered is not None else doc[i].lemma_.lower()
        if lemma not in heads:
            continue
        token = doc[i]
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        for frame in load_frames():
            if lemma in frame.heads and _holds(frame, token):
                found.append((frame.cue, token))
    return found


def frame_heads(sent: Span, cues: Iterable[str]) -> list[Token]:
    """The head words of ``sent``'s frames that give one of ``cues`` ("rolled" of "tanks
    rolled into the city" for the cue "advance" the frame "advanced into" gives the
    lexicon): where a split phrase is the only word of an event, its date, place and sides
    hang on that head, as on any cue word."""
    wanted = [c.lower() for c in cues if c.strip()]
    return [head for cue, head in frame_cues(sent)
            if any(cue.lower().startswith(c) for c in wanted)]  # fmt: skip


def frame_text(sent: Span) -> str:
    """The cues of ``sent``'s frames, one text the lexicon reads beside its words. A Doc
    with no frame's head word at all (a third of the bench's articles) has none in any
    sentence: asked once per Doc while the coder reads it, not once per sentence."""
    if kept(sent.doc, "frame_heads", _has_frame_head) is False:
        return ""
    return " \n ".join(cue for cue, _ in frame_cues(sent))


def _has_frame_head(doc: Doc) -> bool:
    """Whether a lemma of ``doc`` is a frame's head word (True when the lemmas are unread)."""
    lowered = lemmas(doc)
    return lowered is None or not _heads().isdisjoint(lowered)


def _holds(frame: Frame, head: Token) -> bool:
    if frame.not_under and not frame.not_under.isdisjoint(_governors(head)):
        return False  # "the trial over the assault of ...": a case in court, no deed told
    obj = _object(head)
    if frame.object and (obj is None or obj.lemma_.lower() not in frame.object):
        return False
    if frame.object_class and (obj is None or not _is(obj, frame.object_class)):
        return False
    particles = {c.lower_ for c in head.children if c.dep_ in {"prt", "advmod", "prep"}}
    if frame.particle and frame.particle not in particles:
        return False
    objects = _prep_objects(head, frame.prep) if frame.prep else ()
    if frame.prep and not any(not frame.prep_class or _is(o, frame.prep_class) for o in objects):
        return False
    if frame.subject_class:
        subject = _subject(head)
        if subject is None or not _is(subject, frame.subject_class):
            return False
    return not frame.purpose or any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in frame.purpose
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children)  # "gathered outside parliament to protest": what for


def _governors(noun: Token) -> list[str]:
    """The lemmas of the words whose prepositions take ``noun`` ("trial" of "the trial
    over the assault", "charge" of "charged with the assault"), up to a second preposition
    ("jailed over his part in the assault": "part", "jail"), and a verb's object when the
    preposition hangs on the verb ("opened an inquiry into the assault": "inquiry"); none
    for a noun no preposition takes."""
    found: list[str] = []
    token = noun
    for _ in range(2):
        if token.dep_ != "pobj" or token.head.dep_ not in {"prep", "agent"}:
            break
        token = token.head.head
        found.append(token.lemma_.lower())
        if token.pos_ in {"VERB", "AUX"}:  # "launched a probe into": the verb's object too
            found.extend(c.lemma_.lower() for c in token.children if c.dep_ == "dobj")
    return found


def _resolved(token: Token) -> Token:
    """A relative pronoun's noun ("the gunman who took ...": the gunman)."""
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _object(head: Token) -> Token | None:
    """The direct object of an active verb, the subject of a passive one; of a part
    ("most of the vessels") the whole."""
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return _whole(_resolved(child))
    if head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ == "VERB" \
            and not any(c.dep_ in _SUBJECTS for c in head.children):  # fmt: skip
        return _object(head.head)  # "was beaten and kicked": the first verb's subject
    return None


def _whole(token: Token) -> Token:
    """``token``, or what it is a part of: "most of the naval vessels", "some of the
    troops" (a quantity word with an "of" phrase)."""
    if token.lemma_.lower() not in _class_words()["part"]:
        return token
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((o for o in of.children if o.dep_ == "pobj"), token) if of else token


def _subject(head: Token) -> Token | None:
    """A verb's subject (the noun a relative clause hangs on; the head a participle
    modifies); a noun's "of" phrase or possessor ("the fall of the town", "the town's
    fall")."""
    if head.pos_ == "NOUN":
        return _owner(head)
    for child in head.children:
        if child.dep_ == "nsubj":
            return _resolved(child)
    if head.dep_ in {"conj", "xcomp"} and head.head.i != head.i:
        return _subject(head.head)  # "moved in and took the town": the first verb's
    return None


def _prep_objects(head: Token, prep: str) -> Iterable[Token]:
    """The objects of ``prep`` hung on the head, on its object or on its "of" phrase
    ("the fall of the town to the rebels" hangs "to" on either)."""
    hosts = [head]
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            hosts.append(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            hosts.extend(o for o in child.children if o.dep_ == "pobj")
    for host in hosts:
        for child in host.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ == prep:
                yield from (o for o in child.children if o.dep_ == "pobj")


def _is(token: Token, kind: str) -> bool:
    """Whether ``token`` (a noun phrase's head) is of class ``kind``."""
    lemma, lower = token.lemma_.lower(), token.lower_
    nouns = _class_words().get(kind, frozenset())
    if kind == "place":
        return token.ent_type_ in _PLACES or lemma in nouns or lower in nouns
    if kind == "force":
        if lemma in nouns or lower in nouns:
            return True
        return token.ent_type_ in {"ORG", "NORP"} and any(
            c.lemma_.lower() in nouns for c in token.subtree)
    if kind == "side":
        if token.pos_ in {"NUM"} or token.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}:
            return False
        return token.ent_type_ in _SIDES | {"PERSON"} or lemma in nouns or lower in nouns \
            or (token.pos_ == "PRON" and lower in {"them", "they", "him", "it"})  # fmt: skip
    if kind == "person":  # "shoved her", "yanked the arm of a reporter"
        owner = _owner(token) if token.lemma_.lower() in _class_words()["body"] else None
        return is_person(owner or token)
    if kind == "crowd":  # "thousands", "hundreds of teachers", "protesters"
        return lemma in nouns or lower in nouns or (
            token.pos_ == "NUM" and lower not in {"one", "two", "three"})
    if kind == "doer":
        return token.ent_type_ in _DOERS or lemma in _class_words()["side"] \
            or token.pos_ == "PROPN"  # fmt: skip
    raise DataFileError(f"frontlines/data/event_frames.toml: no class {kind!r}")


def _owner(part: Token) -> Token | None:
    """Whose ``part`` is: its possessor ("her arm", "the town's fall") or "of" phrase ("the
    arm of a reporter", "the fall of the town")."""
    for child in part.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None
