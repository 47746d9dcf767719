"""Is a present verb the story's headline? A headline tells the news in the present.

``realis.irrealis_reason`` drops a trigger whose own verb is in the simple present: in
running text "police clash with students" says what police do, not what they did. A
headline says what happened in the same words ("Police clash with students outside the
ministry", "Rebels seize border town"): the present is how headlines tell the past. So a
present verb that is the main verb of the story's headline is read as news.

The headline is the story's first sentence when it stands on a line of its own (a line
break after it) and is short: a lead sentence runs on into the next one, and a long
opening line is a paragraph, not a title. Only the main verb is read so; a present in a
clause under it ("Minister says gangs attack villages") keeps the generic reading.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.extensions import doc_text

__all__ = ["HEADLINE_WORDS", "headline", "headline_verb"]

#: The most words a headline line has: longer opening lines are paragraphs.
HEADLINE_WORDS = 20


def headline(sent: Span) -> bool:
    """Whether ``sent`` is the story's headline: its first sentence, on a line of its own
    (a line break follows it and more text comes after), of at most ``HEADLINE_WORDS``."""
    doc = sent.doc
    if any(not t.is_space for t in doc[: sent.start]):
        return False
    if sum(not (t.is_punct or t.is_space) for t in sent) > HEADLINE_WORDS:
        return False
    text = doc_text(doc)
    after = text[sent.end_char :]
    rest = after.lstrip(" \t")
    return rest.startswith(("\n", "\r")) and bool(rest.strip()) or _ends_on_line_break(sent)


def _ends_on_line_break(sent: Span) -> bool:
    """A sentence whose last tokens are the line break the tokenizer kept inside it
    ("Rebels seize town\\n\\n" read as one sentence with its break)."""
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return False
    last = tokens[-1]
    trailing = sent.doc[last.i + 1 : sent.end].text + last.whitespace_
    return "\n" in trailing and sent.end < len(sent.doc)


def headline_verb(verb: Token) -> bool:
    """Whether ``verb`` is the main verb of the story's headline (or joined to it: "Troops
    storm town, free hostages"): its present tells what happened."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and headline(verb.sent)
