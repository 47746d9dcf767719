"""Whose number a claim is: the group, side or population it is about, read from syntax.

A measure says which reading applies (``subject`` in ``data/measures.toml``):

* ``counted``: the noun phrase the number counts ("12 civilians", "seven additional
  IS members"): for deaths, injuries, arrests and flight the number is about
  the people counted, not about whoever did it; where the phrase names the count
  itself ("Deaths in the attacks", "the death toll") it is about what the count is
  "in", "among" or "of", else it names nobody;
* ``owner`` (and ``taker``, where the clause's subject took it from someone):
  who holds, fields or does what is counted: an actor named in the counted
  phrase ("IS fighters"), else the subject of the clause ("the coalition
  conducted 10 strikes"), found through relative clauses ("the SDF, which
  controls a third"), reduced clauses ("the mission, set to number 3,000
  troops") and coordinated verbs ("the UK has flown ..., conducted 265 raids"),
  else the possessor ("the group's fighters").

A pronoun owner ("they could deploy", "its fighters") stands for the subject of the
clause it is said under, else of the sentence before, when the two agree in number and
person (``pronoun_antecedent``); otherwise it names nobody, and the caller may fall back
to the story's main actor. No word list of actors is involved, so the rule carries
over to groups the dictionary does not know.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.extensions import doc_text, items
from frontlines.vocab.events import side_of
from frontlines.vocab.words import words

__all__ = ["GROUP_NOUNS", "TALLY_HEADS", "clause_subject", "noun_phrase", "owner_phrase",
           "pronoun_antecedent", "refers_to", "subject_span"]  # fmt: skip

_SUBJECTS = {"nsubj", "nsubjpass"}
_CLIMB = {"conj", "xcomp", "advcl", "ccomp"}  # verbs that share their head's subject
_REDUCED = {"relcl", "acl"}  # clauses whose subject is the noun they modify
_RELATIVE_TAGS = {"WDT", "WP", "WP$"}
_NOMINAL = {"NOUN", "PROPN"}
#: Heads of a description that can stand for an armed group ("the group lost 65 %").
GROUP_NOUNS = {"group", "organization", "organisation", "movement", "faction"}
#: Papers and statements: "His memo named 40 security personnel" - a paper says a
#: number, it holds or does nothing, so it is no owner.
_PAPERS = (words("attribution", "document_nouns") | words("attribution", "statement_nouns")
           | {"cable", "memo", "email", "e-mail", "letter", "document", "note", "ad"})
_ANAPHORIC = {"the", "this", "that", "these", "those"}


def noun_phrase(head: Token) -> Span:
    """The head noun with everything to its left in its phrase but a leading determiner,
    plus a bracketed short form right after it ("Kenyan-led Multinational Support Mission
    (MSS)"): "the mission" and "support mission" then name the same thing."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and doc[start].dep_ in {"det", "predet"}:
        start += 1
    end = head.i + 1
    flat = [c.i for c in head.rights if c.dep_ in {"compound", "flat", "nmod"} and c.i == end]
    if flat:
        end = flat[0] + 1
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return doc[start:end]


def clause_subject(verb: Token, number: Span) -> Token | None:
    """The nominal subject of the clause a verb heads, climbing through coordinated and
    embedded verbs that share it; never the number's own phrase."""
    token = verb
    for _ in range(5):
        if any(c.dep_ == "expl" for c in token.children):
            # "Police searched the hills, suspecting there were 12 gunmen": a clause of
            # being ("there were") holds its number itself; the speaker's subject above
            # it does not own what it counts
            return None
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        if any(f.left_edge.i <= number.root.i <= f.right_edge.i for f in subjects):
            return None  # "15 strikes engaged ...": the number is the subject, no one else
        for found in (*subjects, *agents):
            if found.tag_ in _RELATIVE_TAGS and token.dep_ in _REDUCED:
                return token.head
            return found
        if _reduced_clause_of(token):
            if not any(c.dep_ == "nummod" for c in token.head.children):
                return token.head
            # "has flown 870 missions, conducted 265 raids": a counted noun is no owner;
            # the clause hangs off its verb, whose subject it shares.
            token = token.head.head
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and (
                token.head.head.pos_ in {"VERB", "AUX"}
                or (token.head.head.dep_ == "acomp" and _object_of(number, verb))):  # fmt: skip
            token = token.head.head  # "responded by providing $500 million": who responded
            continue
        if token.dep_ == "acomp" and token.head.i != token.i and _object_of(number, verb):
            # "they were capable of deploying 300,000 troops", "able to deploy": an adjective
            # after a copula says what its subject can do, so the verb under it shares that
            # subject; only for what the verb itself takes ("unable to verify claims about
            # a bomb" says nothing of whose the bomb is)
            token = token.head
            continue
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            return None
        if token.dep_ == "xcomp" and token.head.lemma_ == "be":
            return None  # "the aim is to field 25,000 troops": a goal puts nothing
        token = token.head
    return None


def _object_of(number: Span, verb: Token) -> bool:
    """The number, or the noun it counts, is the verb's direct object."""
    root = number.root
    noun = root.head if root.dep_ in {"nummod", "quantmod"} else root
    return noun.dep_ == "dobj" and noun.head.i == verb.i


def _reduced_clause_of(verb: Token) -> bool:
    """A relative clause or a participle modifying a noun ("the mission, set to
    number ..."), whose subject is that noun; not an infinitive ("the ability to
    acquire"), whose subject is someone else."""
    if verb.head.pos_ not in _NOMINAL:
        return False
    return verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"})


def owner_phrase(verb: Token | None, number: Span, counted: Token | None) -> Span | None:
    """Who holds or does what the number counts: the clause's subject, else the possessor
    of the counted noun; a pronoun stands for its antecedent, where it has one."""
    candidates: list[Token] = []
    agent = _agent_of_deed(number)
    if agent is not None:  # "the re-taking by Malian troops of over 30 % of the north"
        candidates.append(agent)
    elif verb is not None:
        found = clause_subject(verb, number)
        if found is not None:
            candidates.append(found)
    if counted is not None:
        candidates += [c for c in counted.children if c.dep_ == "poss"]
    for token in candidates:
        if token.pos_ == "PRON":  # "they were able to deploy 300,000 troops", "its fighters"
            antecedent = pronoun_antecedent(token)
            if antecedent is not None:
                return antecedent
            continue
        phrase = noun_phrase(token)
        if token.lemma_.lower() in _PAPERS:
            continue  # "his memo named 40 guards": who says, not whose
        # "Near Al Hawl, one raid hit ...": a misread place adverbial is no owner
        if token.pos_ in _NOMINAL and phrase[0].pos_ != "ADP":
            return phrase
    return None


def _agent_of_deed(number: Span) -> Token | None:
    """'the capture of 40 % of the province by rebel forces', 'the re-taking by Malian
    troops of over 30 % of the north': the number is what a noun of a deed is "of", and
    that noun's "by" phrase names who did it. The parser often hangs the "of" phrase on
    the agent itself ("by [troops of 30 %]"), which says the same."""
    token = number.root
    for _ in range(6):
        if token.head.i == token.i or token.head.pos_ in {"VERB", "AUX"}:
            return None
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            holder = token.head.head
            by = holder.head
            if holder.dep_ == "pobj" and by.lower_ == "by" and by.head.pos_ == "NOUN":
                return holder
            if holder.pos_ == "NOUN":
                prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "by"),
                            None)  # fmt: skip
                agent = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
                if agent is not None:
                    return agent
        token = token.head
    return None


_SIDE_ENTITIES = {"ORG", "GPE", "NORP"}
#: Nouns naming an event, which holds and does nothing ("The attack ... It ...").
_EVENTS = words("event", "general_event_nouns")

#: Pronouns and what they can stand for: a singular thing, a plural, a person, or the
#: side a speaker speaks for ("we", "our": a minister's country, a spokesman's army).
_PRONOUN_KIND = {"it": "one", "its": "one", "they": "many", "their": "many", "them": "many",
                 "he": "person", "his": "person", "she": "person", "her": "person",
                 "we": "side", "our": "side", "us": "side"}  # fmt: skip


def _agrees(noun: Token, kind: str) -> bool:
    """'it' takes up a singular noun that names no person ("Israel", "the militia"),
    'they' a plural one ("U.S. commanders", "the Kurds"), 'he' / 'she' a person; never a
    noun naming an event or a count ("The attack ... It ..."), which holds nothing."""
    if noun.lemma_.lower() in _EVENTS | TALLY_HEADS:
        return False
    person = noun.ent_type_ == "PERSON"
    if kind == "person":
        return person
    if person:
        return False
    if kind == "many":
        return noun.tag_ in {"NNS", "NNPS"}
    if kind == "side":
        return noun.ent_type_ in _SIDE_ENTITIES  # a named state, body or people
    return noun.tag_ in {"NN", "NNP"}


def _nominal_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in _NOMINAL), None)


def pronoun_antecedent(pronoun: Token) -> Span | None:
    """The noun phrase a pronoun owner stands for: the subject of a clause the pronoun's
    clause is said or done under ("U.S. commanders have said that they could deploy
    300,000 troops"), else the subject of the sentence before it in the same paragraph
    when that names a side ("Israel is strong in technology. It has 80 warplanes."),
    when it agrees with the pronoun (singular thing, plural, person); else None: the
    text does not say."""
    kind = _PRONOUN_KIND.get(pronoun.lower_)
    if kind is None:
        return None
    token = _being_clause(pronoun) or pronoun.head
    for _ in range(4):  # up through the clauses it is under, in its own sentence
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            break
        token = token.head
        found = _nominal_subject(token)
        if found is not None:
            return noun_phrase(found) if _agrees(found, kind) else None
    sent = pronoun.sent
    doc = pronoun.doc
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    gap = doc_text(doc)[before.start_char : sent.start_char]
    if "\n" in gap[len(gap.rstrip()) :] and kind != "side":
        return None  # another paragraph; a speaker's "we" is checked below
    found = _nominal_subject(before.root)
    if found is None or not _agrees(found, kind):
        return None
    phrase = noun_phrase(found)
    if kind == "side" and not _speaks_for(pronoun, phrase):
        return None
    # across sentences only a named side ("Israel", "the Kurdish militia") or, for "he" /
    # "she", a named person ("Omar Haddad fled in 2009. He led three raids"): a
    # bare noun there ("The town ... It has ...") is too loose a tie to say whose it is
    named = _SIDE_ENTITIES | ({"PERSON"} if kind == "person" else set())
    if kind == "person" and not _sole_person(pronoun, found, phrase, before):
        return None
    return phrase if any(t.ent_type_ in named for t in phrase) else None


#: Words that tell a person's sex: a person named with one of them is not the "he" / "she"
#: of the other.
_SEXES = {"he": "m", "his": "m", "him": "m", "himself": "m", "mr.": "m", "mr": "m",
          "she": "f", "her": "f", "hers": "f", "herself": "f", "mrs.": "f", "mrs": "f",
          "ms.": "f", "ms": "f", "miss": "f"}  # fmt: skip


def _sole_person(pronoun: Token, found: Token, phrase: Span, before: Span) -> bool:
    """Whether the sentence before leaves "he" / "she" only the person its subject names:
    not one of two ("Omar Haddad and Ali Hassan fled", "met Ali Hassan in Cairo"), nor one
    the sentence gives the other sex ("Mrs. Mariam Aziz", "fled with his family" before
    "She ...")."""
    if any(c.dep_ == "conj" for c in found.children):
        return False
    if any(t.ent_type_ == "PERSON" and not phrase.start <= t.i < phrase.end for t in before):
        return False
    sex = _SEXES.get(pronoun.lower_)
    return all(_SEXES.get(t.lower_, sex) == sex for t in before)


def _being_clause(pronoun: Token) -> Token | None:
    """'The rebels say there are 400 of their fighters in the town': the clause of being
    ("there are") a possessor pronoun's noun phrase is counted in, whose own subject is
    only "there", so the pronoun is read from the clause that clause is said under."""
    token = pronoun.head
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            return token if any(c.dep_ == "expl" for c in token.children) else None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _speaks_for(pronoun: Token, side: Span) -> bool:
    """Whether a speaker's "we" / "our" stands for the side the sentence before named:
    when the words are attributed to a named speaker, only that speaker's own side
    ("We have 500 fighters," a Hamas commander said: not the Israel of the sentence
    before); in a quote of no one named or of a pronoun ("he said"), only a side that
    was itself speaking in the sentence before ("Norway said ...") - one that only acted
    there ("Israel struck 30 targets") is not who "we" are. Outside any quote and
    attribution the text is the side's own statement (a ministry's release), so its
    "we" is the side it names. Across a paragraph break too, as a statement runs on."""
    attributions = items(pronoun.doc, "attributions")
    speaker = next((a.source for a in attributions if a.source is not None
                    and a.content.start <= pronoun.idx < a.content.end), None)  # fmt: skip
    named = side.text.lower()
    if speaker is not None and speaker.text.lower() not in {*_PRONOUN_KIND, "i", "you"}:
        return named in speaker.text.lower()
    own_voice = speaker is None or speaker.text.lower() in {"we", "i"}
    if own_voice and not _quoted(pronoun):
        return True  # the story's own voice: a side's statement ("we announced £20 million")
    return any(a.source is not None and a.source.start <= side.start_char
               and side.end_char <= a.source.end for a in attributions)  # fmt: skip


def _quoted(token: Token) -> bool:
    """Whether a token stands inside a quotation opened earlier in its paragraph."""
    text = doc_text(token.doc)
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def subject_span(
    kind: str, verb: Token | None, number: Span, concept: Span | None
) -> Span | None:
    """Whose number, as a span of the text (None when the text does not say)."""
    counted = concept.root if concept is not None else None
    if kind in {"owner", "taker"}:
        return owner_phrase(verb, number, counted)
    if concept is None or counted is None or counted.pos_ not in _NOMINAL:
        return None
    if counted.lemma_.lower() in TALLY_HEADS:
        return _tallied_of(counted)
    return _with_body(concept, counted)


#: Nouns naming people by the body they belong to: "members" alone says nobody's.
_BELONGING = {"member", "supporter", "follower", "employee"}


def _with_body(concept: Span, counted: Token) -> Span:
    """'three members of the border police were wounded': the counted people are named by
    the body they belong to, so that body ("of the border police") is part of whose
    they are; "members" alone names no side for a later "all five" to take up."""
    if counted.lemma_.lower() not in _BELONGING or counted.i != concept.end - 1:
        return concept
    for prep in counted.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == counted.i + 1:
            body = next((t for t in prep.children if t.dep_ == "pobj" and t.pos_ in _NOMINAL),
                        None)  # fmt: skip
            if body is not None:
                return concept.doc[concept.start : noun_phrase(body).end]
    return concept


#: Heads that name the count, not who is counted ("Deaths in the raids rose to 120",
#: "the death toll", "coronavirus-related deaths"): the subject is what they hang off.
TALLY_HEADS = {"death", "toll", "fatality", "casualty", "injury", "figure", "number", "tally",
               "total"}  # fmt: skip


def _tallied_of(head: Token) -> Span | None:
    """'Deaths in the attacks', 'casualties among civilians': the phrase after the
    preposition, else nobody."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "among", "of"}:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ in _NOMINAL]
            if objects:
                return noun_phrase(objects[0])
    return None


def refers_to(phrase: Span, names: list[str]) -> bool:
    """Whether a definite description with no name in it ("the militant group") can refer
    back to an actor written as ``names``: both on the same side (state / non-state
    words), a bare group noun counting as non-state. "The force" does not refer back to
    a jihadist group; "the militants" does."""
    head = phrase.root
    determiners = {t.lower_ for t in head.children if t.dep_ in {"det", "poss"}}
    left = phrase.doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    if head.pos_ != "NOUN" or not (determiners | {left}) & (_ANAPHORIC | {"its", "their"}):
        return False
    side = side_of(phrase.text) or ("non_state" if head.lemma_.lower() in GROUP_NOUNS else "")
    sides = {side_of(name) for name in names} - {""}
    return bool(side) and side in sides
