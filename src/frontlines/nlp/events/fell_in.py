"""Who died in an event a death noun says happened "in" or "during" it.

"The killing of three aid workers in an airstrike", "officials mourned the death of a
police officer during a rebel ambush": the "of" phrase of the death noun is whom the
airstrike or the ambush hit (ACLED's actor2). Where the verb the death noun hangs on only
tells of the death (mourning, condemning, recalling it: a list), its subject is no side of
the event: "officials" did not ambush anyone. A verb that caused or claimed the death
keeps its subject as the doer; any other ("avenged the death of X in an attack") may tell
of another deed, and is not read. ``roles`` reads this before it would take
the clause's subject as the doer of an event the clause says happened "in" it.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.harmed import OUTCOME_VERBS, is_passive
from frontlines.nlp.events.phrases import person_phrase
from frontlines.nlp.events.sides import ATTACK_NOUNS, RECIPROCAL

__all__ = ["DEATH_NOUNS", "about_a_death", "fell_in", "hurt_by"]

#: Nouns for a death or a wound whose "of" phrase names who suffered it.
DEATH_NOUNS = frozenset({"death", "killing", "slaying", "murder", "wounding", "loss",
                         "assassination", "execution"})  # fmt: skip
#: The prepositions by which a death is placed inside an event.
_INSIDE = frozenset({"in", "during", "amid"})
#: Verbs whose subject did the deed the death came of ("rebels caused the deaths of ...",
#: "the group claimed the killing of ...").
_CAUSING = frozenset({"cause", "inflict", "claim", "admit"})
#: Verbs that only tell of a death: their subject mourns or condemns it, and took no side
#: in the event it came of. Any other verb ("avenged the death of X in an attack",
#: "retaliated for the killing of X in a raid") may tell of another deed, whose victim the
#: dead are not, and is not read.
_TELLING = frozenset({"mourn", "condemn", "mark", "recall", "denounce", "protest", "report",
                      "confirm", "investigate", "commemorate", "remember", "lament",
                      "deplore", "decry", "grieve", "honour", "honor", "probe",
                      # and verbs of regarding it: "saw the death of X in a raid as a sign"
                      "see", "view", "regard", "describe", "cite", "witness"})  # fmt: skip
#: Where a death noun may sit under the verb that tells of it.
_DEATH_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _sufferer(noun: Token) -> EventActor | None:
    """Whom a death noun's "of" phrase names ("the death of a guard"), or None."""
    if noun.lemma_.lower() not in DEATH_NOUNS and noun.lower_ not in DEATH_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return person_phrase(obj)
    return None


def about_a_death(verb: Token) -> Token | None:
    """The death noun with an "of" phrase that ``verb`` tells of ("mourned the death of
    X", "the killing of X drew condemnation"), or None: such a verb's subject mourns or
    condemns, it does not do the deed."""
    for child in verb.children:
        if child.dep_ in _DEATH_SLOTS and _sufferer(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ in {"over", "for", "about"} and (
                verb.lemma_.lower() in _TELLING):  # not "retaliated for the killing of X"
            found = next((o for o in child.children
                          if o.dep_ == "pobj" and _sufferer(o) is not None), None)  # fmt: skip
            if found is not None:
                return found  # "protested over the killing of X"
    return None


def fell_in(slot: Token) -> tuple[EventActor | None, bool]:
    """(who died, whether the clause only tells of that death) for an event noun
    ``slot`` that is the object of "in" or "during": the death noun it hangs on
    ("the killing of X in an airstrike") or the death noun its verb tells of ("mourned
    the death of X during an ambush"). (None, False) where no death noun is there."""
    prep = slot.head
    if slot.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _INSIDE:
        return None, False
    holder = prep.head
    sufferer = _sufferer(holder)
    if sufferer is not None:
        return sufferer, True
    if holder.pos_ not in {"VERB", "AUX"}:
        return None, False
    death = about_a_death(holder)
    if death is None:
        return None, False
    lemma = holder.lemma_.lower()
    if lemma in _TELLING or death.dep_ in {"nsubj", "nsubjpass"}:
        return _sufferer(death), True  # "the death of X in an ambush shocked the town"
    if lemma in _CAUSING:
        return _sufferer(death), False
    return None, False


#: The words between a hurting verb and an event noun that say the event caused the
#: harm ("killed as a result of shelling", "wounded from shrapnel"). "After" says only
#: what came first ("killed after the protest"), and "following" is read only of a deed
#: of violence (``_VIOLENT``).
_CAUSE_PATHS = frozenset({("from",), ("of", "result", "as"), ("of", "consequence", "as"),
                          ("to", "due"), ("of", "because"), ("to", "owing")})  # fmt: skip
#: Deeds of violence whose harm "following" may tell ("wounded following an airstrike").
_VIOLENT = ATTACK_NOUNS | RECIPROCAL | {"strike", "explosion", "blast", "shooting"}
#: Nouns for those who made an attack: hurt "as a result of the assault", they may have
#: fallen making it, and are not read as whom it hit.
_ATTACKERS = frozenset({"attacker", "assailant", "gunman", "bomber", "raider", "militant",
                        "insurgent"})  # fmt: skip
#: How far up from the event noun a cause phrase may reach its verb.
_PATH_LENGTH = 4


def hurt_by(slot: Token) -> EventActor | None:
    """Who a passive hurting verb says fell, where the event noun ``slot`` is its cause
    ("twelve villagers were killed as a result of army shelling", "two guards were
    wounded following an airstrike"): whom the event hit. None for any other phrase,
    and for a verb that hurts no one ("were arrested after the protest": the arrest is
    its own event, not the protest's harm)."""
    if slot.dep_ not in {"pobj", "pcomp"}:  # "as a result of army shelling": the parse
        return None  # may take the "-ing" noun for a verb
    words: list[str] = []
    token = slot
    for _ in range(_PATH_LENGTH):
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            break
        words.append(token.lower_)
    else:
        return None
    kind = slot.lemma_.lower()
    caused = tuple(words) in _CAUSE_PATHS or (words == ["following"] and kind in _VIOLENT)
    if not caused or token.lemma_.lower() not in OUTCOME_VERBS or not is_passive(token):
        return None
    hurt = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if hurt is None or (kind in ATTACK_NOUNS and hurt.lemma_.lower() in _ATTACKERS):
        return None  # "five attackers were killed as a result of the assault"
    return person_phrase(hurt)
