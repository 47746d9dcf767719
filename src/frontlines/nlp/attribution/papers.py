"""Who wrote the paper a passive cue was said in ("was described in a letter from the
ministry"): the paper's author speaks when the passive names no agent."""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import words

__all__ = ["AUTHORS", "PAPERS", "author_of_paper"]

#: Nouns of what is written or said: who wrote it speaks through it.
PAPERS = (words("attribution", "paper_nouns") | words("attribution", "document_nouns")
          | words("attribution", "statement_nouns"))
#: Who can write a paper when no name says so: a body, a paper, a person.
AUTHORS = (words("attribution", "author_nouns") | words("attribution", "body_nouns")
           | words("sense", "person_nouns"))
#: Named things that write: a body, a person, a people ("a letter from Hamas").
_AUTHOR_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})


def author_of_paper(verb: Token) -> Token | None:
    """'The ship was named in articles by the weekly as ...', 'was described in a letter
    from the ministry', 'was cited in the agency's report': a passive cue with no agent is
    said through the paper it hangs on with "in", and whoever wrote the paper speaks (its
    "by" or "from" object, else its possessor). A paper with no author names no one, nor
    one whose "author" is when or where it came ("Monday's report", "a dispatch from
    Kabul", "a letter from prison")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for paper in prep.children:
            if paper.dep_ != "pobj" or paper.lemma_.lower() not in PAPERS:
                continue
            for child in paper.children:
                if child.dep_ == "poss" and _an_author(child):
                    return child
                if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                    author = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if author is not None and _an_author(author):
                        return author
    return None


def _an_author(token: Token) -> bool:
    """Whether ``token`` can have written a paper: a named body, person or people, or a
    noun of one ("the ministry", "the weekly", whatever date the entity reader saw in
    it); a date, a place, an unknown name or a thing cannot."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in AUTHORS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ in _AUTHOR_ENTITIES
