"""Devices counted as they go off ("two bombs exploded", "three car bombs went off"): a
count of explosions, so of attacks, not of weapons held. Only devices that did go off in
a blast someone set: not ones denied, feared or supposed to ("did not explode", "could
explode"), nor a pit ("two coal mines exploded"), a mishap ("in the depot fire") or bombs
being made safe ("while engineers were defusing them", "during a demining exercise")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.causes import a_pit, cause_told
from frontlines.vocab.measures import Measure, Taxonomy
from frontlines.vocab.words import word_map, words

__all__ = ["DETONATED", "DEVICES", "MADE_SAFE", "detonated"]

#: Verbs of going off, each with the particle it needs ("" for none).
DETONATED = word_map("event", "detonation_verbs")
#: Things that explode: counted as they go off, they count explosions.
DEVICES = words("event", "explosive_devices")
#: Words of a blast set off to make devices safe, no attack ("while defusing them").
MADE_SAFE = words("event", "made_safe_cues")


def detonated(found: tuple[Measure, str], span: Span, taxonomy: Taxonomy) -> tuple[Measure, str]:
    """'Two bombs exploded outside the embassies', 'three car bombs went off': devices
    counted as the subject of a verb of going off are explosions, a count of attacks, not
    weapons held. Only the intransitive subject: "police detonated two bombs" is a
    controlled blast, and "two bombs were found" weapons."""
    measure, how = found
    attacks = taxonomy.get("attacks")
    root = span.root
    noun = root.head if root.dep_ in {"nummod", "quantmod", "amod"} else root
    if measure.id != "materiel" or attacks is None or noun.lemma_.lower() not in DEVICES:
        return found
    verb = noun.head
    particle = DETONATED.get(verb.lemma_.lower())
    if noun.dep_ != "nsubj" or particle is None or verb.pos_ != "VERB":
        return found
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle
                            and not _misread_particle(c) for c in verb.children):  # fmt: skip
        return found
    if a_pit(noun) or cause_told(verb, span) or _made_safe(verb):
        return found
    return (attacks, how) if _went_off(verb) else found


def _misread_particle(particle: Token) -> bool:
    """'went off course', 'went off target': a noun of the verb right after "off" makes
    it a preposition the parser read as a particle, and nothing went off."""
    doc = particle.doc
    after = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
    return (after is not None and after.pos_ == "NOUN" and after.head.i == particle.head.i
            and after.dep_ in {"npadvmod", "dobj", "advmod"})  # fmt: skip


#: Nouns of a blast that "controlled" makes one set to make devices safe.
_BLASTS = frozenset({"explosion", "blast", "detonation"})
#: Conjunctions of the verb's own clause of what was going on ("while", "as").
_WHILE = frozenset({"while", "as", "when"})


def _made_safe(verb: Token) -> bool:
    """'went off while engineers were defusing them', 'during a demining exercise', 'in a
    controlled explosion': the verb's own while/during phrase tells of devices being made
    safe, a blast no one set on anyone. Only there: "a government-controlled district", "a
    day after police defused a third" tell nothing of the blast itself."""
    for t in verb.subtree:
        if t.lower_ == "controlled" and t.dep_ == "amod" and t.head.lemma_.lower() in _BLASTS:
            return True
    for child in verb.children:
        own = (child.dep_ == "prep" and child.lower_ == "during") or (
            child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WHILE
                                          for c in child.children))  # fmt: skip
        if own and any(t.lower_ in MADE_SAFE or t.lemma_.lower() in MADE_SAFE
                       for t in child.subtree if t.lower_ != "controlled"):  # fmt: skip
            return True
    return False


#: Conjunctions of a clause that supposes what it tells ("if two bombs explode").
_SUPPOSING = {"if", "unless"}


def _went_off(verb: Token) -> bool:
    """Whether ``verb`` tells that the devices did go off: not denied ("did not explode"),
    feared or supposed ("could explode", "would have exploded", "if they explode")."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                   or (c.dep_ == "mark" and c.lower_ in _SUPPOSING)
                   for c in verb.children)  # fmt: skip
