"""Which event type a sentence asserts, and by which words (the realis reading).

The lexicon proposes types by their cue words; this module asks, type by type in the
lexicon's order, whether the sentence asserts one: a cue word that is a predicate told as
done (not planned, negated, generic or off its event sense). Split out of ``component``
so the event coder's ``__call__`` reads as the story's walk and this as one question.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.events.acled_type import EXPLOSIONS
from frontlines.nlp.events.clauses import coordinated_apart
from frontlines.nlp.events.factuality import RealisModel, judged
from frontlines.nlp.events.generic_verbs import cared_for_after, people_named
from frontlines.nlp.events.heads import yields_to_verb
from frontlines.nlp.events.recalled import recalled_attack
from frontlines.nlp.events.scope import clause_reason
from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.specific import AIM
from frontlines.nlp.events.tokens import idle_cues
from frontlines.nlp.events.triggers import deed_named, unasserted
from frontlines.nlp.events.triggers import triggers as _triggers
from frontlines.vocab.events import EventMatch

__all__ = ["AIMS", "TALK_TYPES", "governs", "realis_match", "told_of_another"]

#: A reading of a type: its score, its rank (negated), the match and its asserted words.
_Scored = tuple[float, int, EventMatch, list[Token]]

#: Types of talk, not of deeds: talks, condemnation, a charge or claim (``events.toml``).
TALK_TYPES = frozenset({"diplomatic", "attribution"})


#: Why a word of harm standing for people ("the wounded") is set aside (``people_named``).
PEOPLE = "people, not a deed"


def realis_match(
    sent: Span, matches: list[EventMatch], model: RealisModel | None
) -> tuple[EventMatch, list[Token], float | None] | None:
    """The type the sentence asserts (``_realis_match``), first without the words of harm
    that stand for people ("the wounded were flown out after the shelling": the shelling
    tells the deed); only when no other word tells one, and they are cared for after a
    deed the clause times (``cared_for_after``), are they read as its sign
    ("medics treated the injured after police fired", where "fired" is no trigger)."""
    found = _realis_match(sent, matches, model, people=False)
    if found is None and any(people_named(t) and cared_for_after(t)
                             for m in matches for t in _triggers(sent, m)):  # fmt: skip
        found = _realis_match(sent, matches, model, people=True)
    return found


def _realis_match(
    sent: Span, matches: list[EventMatch], model: RealisModel | None, people: bool
) -> tuple[EventMatch, list[Token], float | None] | None:
    """The type the sentence asserts, with its realis triggers; None when it asserts
    none. A cue that is only part of a word here (a modifier such as "grenade
    launcher" or "fighting positions", a name) neither codes an event nor adds weight
    to a type, so the type is re-scored on the cues that are predicates ("five strikes
    engaged ... a rocket propelled grenade launcher" is a strike). A type whose cue is
    a predicate the sentence does not assert (planned, negated, generic) stops the
    search: the sentence tells no event, and a weaker type would not make it one.
    Only the verb that aim or plan hangs on is still read ("troops fought to retake
    the town": the retaking is a purpose, the fighting a deed told; ``governs``).
    The hand rules and the learned P(realis) judge each trigger (``judged``), the
    parse whether it is in its event sense at all (``senses.off_sense``); the first
    realis trigger's probability comes back for the confidence model."""
    best: _Scored | None = None
    chance: dict[int, float] = {}
    stopped: list[Token] = []  # the unasserted triggers of the first type read
    apart: list[Token] = []  # or the ones that only leave coordinated clauses to read
    for rank, match in enumerate(matches):
        if best is not None and best[0] >= match.score:
            break  # re-scoring only lowers a score: no later type can win
        triggers = _triggers(sent, match)
        scored: _Scored
        if not triggers:  # no token to read: the lexicon's own score stands
            if stopped or apart:
                continue
            scored = (match.score, -rank, match, [])
        else:
            reasons = {}
            for t in triggers:  # a weapon naming the kind of an attack no other type
                deed = _unread_deed(t, sent, matches)  # reads: the attack is read
                reasons[t], chance[t.i] = judged(deed, model)
                if reasons[t] and recalled_attack(deed, match.type.id, reasons[t]):
                    reasons[t] = ""  # "after the Orlando shootings": it happened
                reasons[t] = reasons[t] or off_sense(deed, match.type.id)
                if not (reasons[t] or people) and people_named(deed):
                    reasons[t] = PEOPLE
            realis = [t for t in triggers if not reasons[t]]
            if stopped and not any(governs(t, stopped) or told_of_another(t, stopped)
                                   for t in realis):  # fmt: skip
                continue  # only the deed the unasserted aim hangs on may still be told
            if apart:  # only a deed told in a clause of its own ("... and said it would")
                realis = [t for t in realis if told_of_another(t, apart)
                          or all(coordinated_apart(t, u) for u in apart)]  # fmt: skip
            if not realis:
                if best is None and not apart and any(unasserted(r) for r in reasons.values()):
                    stopped = stopped or [t for t in triggers if reasons[t] in AIMS]
                    if not stopped:
                        apart = [t for t in triggers if unasserted(reasons[t])]
                continue
            if yields_to_verb(sent, matches, match, realis, lambda t, k: not (
                    judged(t, model)[0] or off_sense(t, k))):  # fmt: skip
                continue  # "bombed their hideouts": the verb's type, not its object's
            idle = idle_cues(sent, match, realis) if len(match.cues) > 1 else 0
            score = match.score - match.type.weight * 0.25 * idle
            scored = (score, -rank, match, realis)
        if best is None or scored[:2] > best[:2]:
            best = scored
    if best is not None:
        best = _weapon_named(sent, matches, best) or best
    if best is not None and best[2].type.id in TALK_TYPES and best[3]:
        best = _done_beside(sent, matches, best[3], chance, model) or best
    if best is None or not best[2].type.record:
        return None  # the best reading is no ACLED event (a disaster, a crime, talks)
    return best[2], best[3], chance.get(best[3][0].i) if best[3] else None


def _weapon_named(sent: Span, matches: list[EventMatch], best: _Scored) -> _Scored | None:
    """The weapon's type when the asserted attack noun is named by it ("a car bomb attack
    killed 12", "a rocket attack on the airport"): the attack word reads the deed (told,
    planned, denied) and its arguments, but ACLED codes the kind of weapon (a remote
    explosive, shelling), whoever was hit; the weapon left as a modifier would lose it to
    the plainer attack type. None when no explosive type names an asserted noun."""
    match, realis = best[2], best[3]
    if match.type.acled_event == EXPLOSIONS or not match.type.record or not realis:
        return None  # a disaster's "explosion" stays one: only an attack word is retyped
    asserted = {t.i for t in realis if t.pos_ == "NOUN"}
    for rank, other in enumerate(matches):
        if other.type.acled_event != EXPLOSIONS or not other.type.record:
            continue
        for word in _triggers(sent, other):
            deed = deed_named(word)
            if deed.i != word.i and deed.i in asserted:
                return best[0], -rank, other, realis
    return None


def _unread_deed(token: Token, sent: Span, matches: list[EventMatch]) -> Token:
    """The attack noun ``token`` names the kind of ("cruise missile strikes", which the
    strike type leaves to the missile's: ACLED's missile attack), when no type of the
    sentence has that noun as a word of its own ("a missile attack" is the attack type's
    word too, read there with its own arguments); else the token itself."""
    deed = deed_named(token)
    if deed.i == token.i or any(deed in _triggers(sent, m) for m in matches):
        return token
    return deed


def _done_beside(
    sent: Span, matches: list[EventMatch], said: list[Token], chance: dict[int, float],
    model: RealisModel | None,
) -> _Scored | None:
    """The best recorded type asserted by words of its own beside talk ("accused X
    of ..., police arrested two men"): talk or a charge is no event ACLED codes, but
    it does not undo an event the same sentence reports as done. A disaster or a
    crime still reads the whole sentence (a town "struck" by a cyclone)."""
    for rank, match in enumerate(matches):
        if not match.type.record:
            continue
        realis = []
        for t in _triggers(sent, match):
            reason, chance[t.i] = judged(t, model)
            if t not in said and not (reason or off_sense(t, match.type.id)):
                realis.append(t)
        if realis:
            return match.score, -rank, match, realis
    return None


#: Why a trigger is only an aim: the deed done for it may still be told.
AIMS = frozenset({"purpose or plan", AIM})

#: The links a purpose clause hangs on its deed by ("fought to retake", "clashed in an
#: attempt to recapture", "lay down to make stewards haul them away": the causative's
#: complement clause): never an object ("joined police to investigate the shootings").
_AIM_LINKS = frozenset({"advcl", "xcomp", "ccomp", "acl", "prep", "pobj"})


def governs(verb: Token, aims: list[Token]) -> bool:
    """Whether ``verb`` is the deed one of the ``aims`` (a verb of purpose or plan) is
    told of ("fought to retake", "clashed in an attempt to recapture the town"): the aim
    is no event, but the deed done for it stays one; a doer noun that is the deed's
    subject ("protesters disrupted the rally, lying down to make stewards haul them away")
    tells the deed as well (``_deed_of_doer``). The path up from the aim runs
    through clause and preposition links only, and the deed must be a verb: a trigger
    beside the aim, or above it through an object, is no deed done for it."""
    verb = _deed_of_doer(verb)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    for aim in aims:
        if aim.pos_ != "VERB":
            continue
        token = aim
        while token.dep_ in _AIM_LINKS and token.head.i != token.i:
            token = token.head
            if token.i == verb.i:
                return True
    return False


def _deed_of_doer(token: Token) -> Token:
    """The verb a noun trigger is the subject of, through an "of" measure ("a stream of
    protesters interrupted ..."): the deed those doers are told as doing; else ``token``.
    Only an active subject: a passive one ("the protest was broken up to ...") is what
    was done to, not the doer."""
    word = token
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN":
        word = word.head.head
    if token.pos_ == "NOUN" and word.dep_ == "nsubj" and word.head.pos_ == "VERB":
        return word.head
    return token


def told_of_another(trigger: Token, unasserted: list[Token]) -> bool:
    """Whether ``trigger`` is told in a relative clause of its own that none of the
    ``unasserted`` triggers is in ("offered a reward leading to the arrest of Smith, who
    is charged with shooting a judge in April"): what the relative clause says of
    the one it names is stated as fact, whatever the plan, offer or aim around that
    name; the trigger's own reading (judged before) already kept it as told. A relative
    clause that is negated or modal itself ("who would attack") tells nothing."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "relcl" and token.pos_ in {"VERB", "AUX"}:
            inside = {t.i for t in token.subtree}
            return not clause_reason(token) and not any(u.i in inside for u in unasserted)
        token = token.head
    return False
