"""Is a present verb the story's headline? A headline tells the news in the present.

``realis.irrealis_reason`` drops a trigger whose own verb is in the simple present: in
running text "police clash with students" says what police do, not what they did. A
headline says what happened in the same words ("Police clash with students outside the
ministry", "Rebels seize border town"): the present is how headlines tell the past. So a
present verb that is the main verb of the story's headline is read as news.

Ingest keeps a wire story's headline out of its body (``ingest.wire``), so the first line
of a body is usually its lead paragraph, and a headline is only recognised by its form,
the one ``vocab.titles.title_line`` reads: a short first line standing alone (a blank line
after it, not a hard-wrapped line of a paragraph) that does not end a sentence (a full
stop, "!" or "?" ends a lead sentence, never a headline). Its own words may still say the
present is a habit, which no headline form undoes: a time it recurs ("every Friday"), a
clause of when or if it happens ("whenever prices rise"), a habit adverb ("often") or a
question word opening it ("Where rebels attack" titles a feature, not a deed). Only the
main verb is read so; a present in a clause under it ("Minister says gangs attack
villages") keeps the generic reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.scope import HABITUAL_ADVERBS
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.titles import title_line

__all__ = ["HEADLINE_WORDS", "HABIT_WORDS", "headline", "headline_verb"]

#: The most words a headline line has: longer opening lines are paragraphs.
HEADLINE_WORDS = 20
#: Words of a clause of when or if a deed happens: the present then tells a habit.
#: Only as the mark of the main verb's own clause: "once" is left out ("once again").
HABIT_WORDS = frozenset({"when", "whenever", "wherever", "if", "unless"})
#: Words that make a time a recurring one ("every Friday", "each week").
_RECURRING = frozenset({"every", "each"})
#: Ends of a sentence: a lead sentence has one, a headline none.
_SENTENCE_ENDS = (".", "!", "?")
#: A blank line: the headline stands apart from the text under it.
_BLANK_LINE = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n")


def headline(sent: Span) -> bool:
    """Whether ``sent`` is the story's headline: its first sentence, a line of at most
    ``HEADLINE_WORDS`` words with a headline's form, a blank line and more text after it,
    and no words of habit."""
    doc = sent.doc
    if any(not t.is_space for t in doc[: sent.start]):
        return False
    if sum(not (t.is_punct or t.is_space) for t in sent) > HEADLINE_WORDS:
        return False
    text = doc_text(doc)
    line = text[sent.start_char : sent.end_char].strip()
    if "\n" in line or not title_line(line) or line.endswith(_SENTENCE_ENDS):
        return False  # a wrapped line, or a lead sentence
    after = text[sent.start_char + len(text[sent.start_char : sent.end_char].rstrip()) :]
    blank = _BLANK_LINE.match(after)
    return bool(blank and after[blank.end() :].strip()) and not _habit(sent)


def _habit(sent: Span) -> bool:
    """Whether the line's own words tell a habit: a question word opening it, a clause of
    when or if under its main verb, a habit adverb, or a recurring time of the main verb
    ("every week"); a relative clause's words ("a town they often held") tell none."""
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if words and words[0].tag_ in {"WRB", "WP", "WDT"}:
        return True  # "Where rebels attack", "Why gangs kill"
    main = _main_verbs(sent)
    for token in words:
        lower = token.lower_
        if lower in HABITUAL_ADVERBS and token.head.i in main:
            return True
        clause = token.head
        if (lower in HABIT_WORDS and token.dep_ in {"mark", "advmod"}
                and clause.dep_ == "advcl" and clause.head.i in main):  # fmt: skip
            return True
        if lower in _RECURRING and token.head.ent_type_ in {"DATE", "TIME"} and _under(
                token.head, main):
            return True
    return False


def _main_verbs(sent: Span) -> set[int]:
    """Indices of the line's root and the verbs joined to it ("storm town, free hostages")."""
    root = sent.root
    return {root.i, *(t.i for t in root.children if t.dep_ == "conj")}


def _under(time: Token, main: set[int]) -> bool:
    """Whether a time phrase belongs to a main verb: its own modifier, or the object of a
    preposition of it ("on every Friday")."""
    head = time.head
    if head.i in main:
        return True
    return head.dep_ == "prep" and head.head.i in main


def headline_verb(verb: Token) -> bool:
    """Whether ``verb`` is the main verb of the story's headline (or joined to it: "Troops
    storm town, free hostages"): its present tells what happened."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and headline(sentence(verb))
