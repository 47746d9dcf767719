"""Which words of a sentence are a lexicon type's triggers, and which readings of them say
nothing happened: what the event coder reads before it judges a sentence.

A cue is found in the sentence's words with its endings ("shelled", "shelling"), else by
the lemma the parser gave ("struck" for "strike", "shootings" for "shoot"): a cue word the
parser inflected otherwise is still a token whose clause can be judged, instead of the
lexicon's score standing unread. ``told_again`` folds a mention the realis and
specificity readings dropped back into the story: a definite event noun that tells no new
event may still tell one already coded.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from frontlines.nlp.events.factuality import LEARNED, RealisModel, judged
from frontlines.nlp.events.frames import frame_cues
from frontlines.nlp.events.memo import lemmas, per_doc
from frontlines.nlp.events.realis import EVENT_NOUNS, definite, trigger_token
from frontlines.nlp.events.senses import OFF_SENSE, off_sense
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.events import INFLECTION, EventLexicon, EventMatch, derived

__all__ = [
    "UNASSERTED", "compile_cue_patterns", "cue_pattern", "deed_named", "told_again", "triggers",
    "unasserted",
]  # fmt: skip

#: Readings of a clause that assert nothing happened: no other type of the same sentence
#: is asked ("would never attack" is no clash either).
UNASSERTED = frozenset({"negated", "modal or future", "condition", "question", "habitual",
                        "purpose or plan", "imperative", LEARNED})  # fmt: skip


def unasserted(reason: str) -> bool:
    """Whether ``reason`` says the clause asserts nothing happened (or the word is off
    every event sense), as against "no new event here" (a setting, a kind, a reference)."""
    return reason in UNASSERTED or reason.startswith(("governed by", OFF_SENSE))


@per_doc(lambda sent, match: (sent.start, sent.end, match.cues))
def triggers(sent: Span, match: EventMatch) -> list[Token]:
    """Every token a cue of ``match`` matched: in the words, else by lemma ("struck")."""
    lowered = doc_text(sent.doc)[sent.start_char : sent.end_char].lower()
    found: list[Token] = []
    for cue in match.cues:
        for hit in cue_pattern(cue).finditer(lowered):
            start = sent.start_char + hit.start()
            token = trigger_token(sent, start, sent.start_char + hit.end())
            if token is not None and token not in found:
                found.append(token)
    if not found:  # by lemma: "struck" for "strike", "shootings" (lemma "shooting") for "shoot"
        last_words = [cue_pattern(_content_word(cue)) for cue in match.cues]
        doc, table = sent.doc, lemmas(sent.doc)  # the Doc's lemmas while the coder reads
        found = [t for t in sent if any(w.fullmatch(t.lemma_.lower()) for w in last_words)
                 ] if table is None else [doc[i] for i in range(sent.start, sent.end) if any(
                     w.fullmatch(table[i]) for w in last_words)]  # fmt: skip
    if not found:  # a cue the parse found split ("took full control of"): its head word
        return [t for cue, t in frame_cues(sent) if cue in match.cues]
    aimed = [t for cue, t in frame_cues(sent) if cue in match.cues and t not in found
             and any(w.head.i == t.i and w.dep_ in {"xcomp", "advcl"} for w in found)]
    return aimed + found  # "thousands gathered to protest": the gathering is the deed


#: Nouns of an attack a weapon word names the kind of ("missile strikes", "mortar fire").
_DEED_NOUNS = EVENT_NOUNS | {"fire", "barrage", "airstrike"}


def deed_named(token: Token) -> Token:
    """The attack noun a cue word only modifies, else the word: in "cruise missile
    strikes", "a rocket attack", "mortar fire" the weapon names the kind of the strike,
    which is the deed to read (asserted, negated, planned), not a modifier left idle.
    Weapons joined ("a bomb and gun attack") name no one kind: the word stays a modifier."""
    if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return token
    word = token
    while word.dep_ in {"compound", "amod", "nmod"} and word.head.i != word.i \
            and word.head.pos_ in {"NOUN", "PROPN"}:  # fmt: skip
        word = word.head
    return word if word.i != token.i and word.lemma_.lower() in _DEED_NOUNS else token


#: Closed-class words a cue may end in ("assault on", "fire at"): never its event word.
_FUNCTION_WORDS = frozenset({"on", "in", "at", "of", "to", "with", "against", "from", "by",
                             "for", "into", "upon", "the", "a", "an", "its", "their", "up",
                             "down", "out", "off", "over"})  # fmt: skip


def _content_word(cue: str) -> str:
    """The last word of ``cue`` that is no preposition, article or particle: the word the
    parser's lemma can show ("assaults on" for the cue "assault on": "assault", not "on",
    which would make the preposition the trigger and leave the event word unread)."""
    words = cue.split()
    return next((w for w in reversed(words) if w not in _FUNCTION_WORDS), words[-1])


@cache
def cue_pattern(cue: str) -> re.Pattern[str]:
    """One cue with its endings and derived spellings ("re-taking" for "retake"), compiled
    once: the lexicon has more cues than ``re`` keeps compiled, so a pattern string per call
    was compiled again and again."""
    forms = "|".join(re.escape(f) for f in derived(cue))
    return re.compile(rf"(?<![\w-])(?:{forms}){INFLECTION}(?![\w])")


def compile_cue_patterns(lexicon: EventLexicon) -> None:
    """Compile every cue's pattern (``cue_pattern``) of ``lexicon``, and its last content
    word's (the lemma reading), now: the coder's ``warm``."""
    for cue in {c.lower() for t in lexicon.types for c in t.cues if c.strip()}:
        cue_pattern(cue)
        cue_pattern(_content_word(cue))


def told_again(sent: Span, matches: list[EventMatch], realis: RealisModel
               ) -> tuple[EventMatch, list[Token]] | None:  # fmt: skip
    """The first recorded type of the sentence with definite event nouns ("the bombing",
    "Tuesday's raid") that tell no new event, with those nouns; None when there are none.
    A definite description presupposes its event, and the presupposition survives what
    the clause around it does: "denied that it carried out the bombing", "has no tie
    to the inquiry into the bombings" deny a role or a link, not the bombing. Only the
    noun's own words ("no attack", "the attack that never happened" reads as its own
    negation) or a word off its event sense refer to no event."""
    for match in matches:
        if not match.type.record:
            continue
        found = []
        for t in triggers(sent, match):
            if not definite(t) or off_sense(t, match.type.id):
                continue
            if any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in t.children):
                continue
            if judged(t, realis)[0] in {"name", "question"}:
                continue
            found.append(t)
        if found:
            return match, found
    return None
