"""How far a clause's negation, modal or habit reaches: its own clause, not the next one.

The realis reading (``realis.irrealis_reason``) walks from a trigger's verb up the clauses
it hangs from and reads each one's negation, modal, condition or habit. A verb joined by
"and"/"but" ("conj") was read as sharing all of its first conjunct's: right for a verb
that shares its subject ("will shell the camps and arrest the leaders": both future),
wrong for a clause with a subject and a tense of its own ("the army will not negotiate,
and its jets bombed the camps"; "the rebels did not claim the raid, but police arrested
three men"): there "not" and "will" are the first clause's words, and the second tells
what happened. What a coordinated clause does share is what the pair hangs from: a
condition ("if rebels attack and the army shells ...") or a verb that governs both
("denied that troops shelled the town and that rebels looted it").

A finite clause cannot be a conjunct of an infinitive ("vowed to attack the base, and
soldiers arrested four men" parsed with "arrested" under "attack"): it is coordinated with
the nearest finite clause above, where the reading goes on.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.generic_verbs import timed_ahead
from frontlines.vocab.words import word_list

__all__ = ["HABITUAL_ADVERBS", "MODALS", "clause_reason", "coordinated_with", "finite",
           "own_clause", "participle", "relative_past", "told_as_past"]  # fmt: skip

#: Auxiliaries that make the clause possible, required or future, not reported fact.
MODALS = frozenset(word_list("event", "modals"))
#: Adverbs of habit: "militants often attack convoys" reports no one event.
HABITUAL_ADVERBS = frozenset(word_list("event", "habitual_adverbs"))
#: Subordinators of a condition or an open question.
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
#: Tags of a verb that carries its own tense (a finite verb or auxiliary).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Links by which a non-finite verb hangs from the clause it belongs to.
_NONFINITE_LINKS = frozenset({"xcomp", "advcl", "ccomp", "acl", "pcomp", "conj"})


def finite(verb: Token) -> bool:
    """Whether ``verb`` carries a tense of its own or through its auxiliaries ("shelled",
    "has shelled", "will shell"), as against an infinitive or a participle."""
    if verb.tag_ in _FINITE:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in verb.children)


def own_clause(verb: Token) -> bool:
    """Whether ``verb``, a conjunct, heads a clause of its own: a finite verb with a
    subject of its own ("..., and its jets bombed the camps"). A conjunct that shares its
    subject ("will shell the camps and arrest the leaders") shares its auxiliaries too."""
    return (verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and finite(verb)
            and any(c.dep_ in _SUBJECTS for c in verb.children))  # fmt: skip


def coordinated_with(verb: Token) -> Token:
    """The clause a conjunct clause of its own (``own_clause``) is coordinated with: its
    head, or when that is an infinitive or a participle (which a finite clause cannot be
    a conjunct of), the nearest finite verb that one hangs from."""
    head = verb.head
    for _ in range(6):
        if finite(head) or head.dep_ not in _NONFINITE_LINKS or head.head.i == head.i:
            return head
        head = head.head
    return head


#: Subordinators of a clause of time or cause: what it tells in the past happened, whatever
#: the clause it hangs from says may, will or did not happen.
_TIME_OR_CAUSE = frozenset({"after", "since", "because", "when", "as", "while", "before",
                            "once", "until", "till"})  # fmt: skip
#: Of those, the ones after which a present perfect tells the past ("since they have").
_PAST_ONLY = frozenset({"since", "because"})


def told_as_past(verb: Token) -> bool:
    """ "Officials may close the border after militants seized the crossing", "troops
    could pull out, as they did when rebels shelled the town": an adverbial clause of time
    or cause in the past tense tells what happened; the modal, negation or plan of the
    clause it hangs from is that clause's ("if militants seize it", "before they seize it"
    tell nothing happened: no past). A present perfect tells the past only after "since",
    "because" or "as": "will not reopen until police have arrested them" is to come."""
    marks = {c.lower_ for c in verb.children
             if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}  # fmt: skip
    if verb.dep_ != "advcl" or not marks & _TIME_OR_CAUSE:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in auxes):
        return False
    if verb.tag_ == "VBD" and not auxes:
        return True
    if verb.tag_ not in {"VBN", "VBG"}:
        return False
    return any(c.tag_ == "VBD" for c in auxes) or (
        bool(marks & _PAST_ONLY)
        and any(c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in auxes))


def participle(verb: Token) -> bool:
    """ "continued to call for the release, marching through the streets": an adverbial
    participle tells how or while its head's subject did what the head says, not what a
    verb of plan or demand asks for (that verb's complement); it is as real as its head.
    One that says something ("warned ..., saying the group would double its attacks")
    restates the warning: its content stays governed by it."""
    return verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and not any(
        c.dep_ in {"aux", "auxpass", "ccomp"} for c in verb.children)


#: Relative words that stand for the noun a relative clause describes.
_RELATIVES = frozenset({"that", "which", "who"})


def relative_past(noun: Token) -> bool:
    """ "no tie to the blasts that went off downtown this morning": an event noun that is
    the subject of its own relative clause in the past ("that went off", "which killed
    five", "that have hit the town") is told as having happened, whatever the clause
    around the noun says of a link, a plan or a denial; not a modal or negated one ("an
    attack that could kill", "raids that never happened") nor one it is the object of
    ("the attack that officials feared")."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause_reason(clause):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and not all(c.lower_ in _RELATIVES for c in subjects):
            continue
        auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if clause.tag_ == "VBD" and not auxes:
            return True
        if clause.tag_ in {"VBN", "VBG"} and auxes and any(
                c.tag_ == "VBD" or (c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"})
                for c in auxes):  # fmt: skip
            return True
    return False


def clause_reason(verb: Token, shared: bool = False) -> str:
    """What the clause ``verb`` heads says of its deed by its own words: negated, modal
    or future, a condition, a habit, an order, an aim; "" when none. ``shared``: read
    only what a clause coordinated with it shares (its condition), for a conjunct clause
    of its own (``own_clause``) that reaches ``verb`` by "and"/"but"."""
    children = list(verb.children)
    if shared:
        return "condition" if _marked_condition(children) else ""
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in children):
        return "modal or future"
    if _marked_condition(children):
        return "condition"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in children):
        return "habitual"
    if _asked(verb):
        return "question"
    if _going_to(verb) or timed_ahead(verb):
        return "modal or future"  # "is going to march", "are marching tomorrow"
    if _counted_times(children) or _every_time(children):
        return "habitual"
    if _imperative(verb, children):
        return "imperative"
    if _bare_infinitive(verb, children):
        return "purpose or plan"
    return ""


def _asked(verb: Token) -> bool:
    """ "... and my son kept asking, 'Who shelled our road?'": a clause whose own
    words end at a question mark asks whether or why, it does not tell; a question
    inside a longer sentence, which the whole sentence's last mark does not show."""
    after = verb.right_edge.i + 1
    doc = verb.doc
    return after < len(doc) and doc[after].text == "?"


def _marked_condition(children: list[Token]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children)


#: Quantity words that make "times" a count of many occasions ("several times").
_MANY = frozenset({"many", "several", "numerous", "multiple", "countless", "dozen", "dozens",
                   "hundreds", "scores", "repeated", "more", "other"})  # fmt: skip
#: Subjects that make a bare verb a clause with a doer, so no command.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _every_time(children: list[Token]) -> bool:
    """ "every time there is shelling near the school, we pray", "each time the rebels
    shelled the town, farmers hid": a clause on "every" / "each" occasion (its own
    "time" with a distributive determiner, or "whenever") tells what recurs, not one
    event."""
    for when in children:
        if when.dep_ == "advmod" and when.lower_ == "whenever":
            return True
        if when.lemma_.lower() != "time" or when.dep_ not in {"npadvmod", "advmod"}:
            continue
        if any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in when.children):
            return True
    return False


def _counted_times(children: list[Token]) -> bool:
    """ "detained over twenty times", "has struck several times": a count of the
    occasions the verb happened on (more than two) tells a habit or a record, not one
    event; "fired twice" stays."""
    for times in children:
        if times.lemma_.lower() != "time" or times.tag_ != "NNS":
            continue
        if times.dep_ not in {"npadvmod", "advmod", "dobj"}:
            continue
        for word in times.subtree:
            if word.i == times.i:
                continue
            if word.lower_ in _MANY or (word.like_num and _more_than_two(word)):
                return True
    return False


def _more_than_two(word: Token) -> bool:
    text = word.lower_.replace(",", "")
    if text.isdigit():
        return int(text) > 2
    return text not in {"one", "two", "once", "twice"}


def _imperative(verb: Token, children: list[Token]) -> bool:
    """ "Fight them!", "Let them fight each other", '"Kill them all," he said': a bare
    verb with no subject and no auxiliary is a command or a call, which tells that
    something should happen, not that it did. Only a clause that stands on its own (the
    root, or the quoted words of a speech verb) is read: a bare verb under another verb
    ("helped fight", "made them fight") is that verb's complement."""
    if verb.tag_ != "VB" or any((c.dep_ in _SUBJECTS and not _vocative(c))
                                 or c.dep_ in {"aux", "auxpass"} for c in children):  # fmt: skip
        return False
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ in {"ccomp", "parataxis"} and verb.head.tag_ in {"VBD", "VBZ", "VBP"} \
        and verb.i < verb.head.i


def _vocative(subject: Token) -> bool:
    """ "All Iraqis, fight them": a name set off by a comma before a bare verb is who is
    called on, not the subject of a report (which would take "fight" in the present, a
    verb the tagger tags VBP, not VB)."""
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    return subject.i < subject.head.i and after is not None and after.text == ","


def _bare_infinitive(verb: Token, children: list[Token]) -> bool:
    """ "From hands off, to 'bomb them' ...": an infinitive that hangs from nothing, the
    whole sentence's verb with no subject, is a slogan, an aim or a headline's plan, not a
    report that something happened."""
    return verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) \
        and not any(c.dep_ in _SUBJECTS for c in children)



def _going_to(verb: Token) -> bool:
    """ "is going to attack": the infinitive hangs from a progressive "go"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ == "go"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    )
