"""Who speaks, and whether harm is told: the readings of ``senses.py`` that tell a
politician's rally, view or appointment from a protest, a deal or a change to a group.

A campaign's words use the conflict lexicon all the time ("a rally", "agreed", "their
battle", "appointed"); what sets them apart is that one named person does it, with no
harm told in the sentence. The word lists are ``data/sense_words.toml``
(``political_persons``, ``campaign_words``, ``rally_hosting_verbs``, ``appointing_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.events.memo import lemmas, per_doc, sentence
from frontlines.vocab.words import words

__all__ = [
    "APPOINTING", "campaign_rally", "harm_told", "named_speaker", "one_speaker", "person_appoints",
    "protesters_speak", "rally_as_setting", "shares_a_view", "speaker",
]  # fmt: skip

POLITICAL = words("sense", "political_persons")
WEAPONS = words("sense", "weapon_nouns")
APPOINTING = words("sense", "appointing_verbs")
CAMPAIGN = words("sense", "campaign_words")
HOSTING = words("sense", "rally_hosting_verbs")
CAUSE_PREPS = words("sense", "protest_cause_preps")
CAUSES = words("sense", "protest_cause_nouns")
CAUSE_VERBS = words("sense", "protest_cause_verbs")
JOINING = words("sense", "protest_joining_verbs")
PROTEST_PEOPLE = words("sense", "protest_people")
SAYING = words("sense", "saying_or_feeling_verbs")
ABSTRACT = words("sense", "abstract_nouns")
#: Words that say a clause is about real violence, whatever its verb.
_HARM = frozenset({"kill", "wound", "injure", "die", "dead", "stab", "shoot", "beat", "knife",
                   "bleed", "hospital", "hurt", "punch", "kick"})  # fmt: skip


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def speaker(token: Token) -> bool:
    """A named person or a politician: someone whose attacks may be words."""
    return token.ent_type_ == "PERSON" or _lemma(token) in POLITICAL


def harm_told(trigger: Token) -> bool:
    """Whether the trigger's sentence names harm or a weapon (a noun)."""
    return _harm_in(sentence(trigger))


@per_doc(lambda sent: (sent.start, sent.end))
def _harm_in(sent: Span) -> bool:
    """``harm_told`` of a sentence, kept per sentence while the coder reads its Doc (the
    off-beat tests ask it again of each trigger), its lemmas from the Doc's table."""
    doc = sent.doc
    lowered = lemmas(doc)
    if lowered is None:
        return any(_lemma(t) in _HARM or (t.pos_ == "NOUN" and _lemma(t) in WEAPONS)
                   for t in sent)  # fmt: skip
    return any(lowered[i] in _HARM or (lowered[i] in WEAPONS and doc[i].pos_ == "NOUN")
               for i in range(sent.start, sent.end))  # fmt: skip


def named_speaker(token: Token) -> bool:
    """ "President Smith", "his guest Peter Mills": the word or its name is a person."""
    return speaker(token) or any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON"
                                  for c in token.children)  # fmt: skip


def one_speaker(token: Token) -> bool:
    """A named person, a politician, "he" or "she", or a proper name the entity model did
    not read as a people or a place (a surname it may label an organisation): the
    subject of a clause that says what one speaker did there; a crowd is a common noun
    ("protesters", "thousands") or a people ("Kurds")."""
    return named_speaker(token) or token.lower_ in {"he", "she"} or (
        token.pos_ == "PROPN" and token.ent_type_ not in {"NORP", "GPE", "LOC", "FAC"})


def campaign_rally(trigger: Token) -> bool:
    """ "a Trump rally", "Sanders's rally in Ventura", "a campaign rally", "he is
    holding a rally", "addressed a rally in the park", "flew to a rally": a rally that is
    a candidate's or a campaign's, an event of the campaign, not a demonstration; harm
    told keeps it ("a protester was punched at a Trump rally" is still read)."""
    if trigger.pos_ != "NOUN" or _lemma(trigger) != "rally" or harm_told(trigger):
        return False
    for child in trigger.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and (
                one_speaker(child) or child.lower_ in {"his", "her"}
                or _lemma(child) in CAMPAIGN or child.lower_ in CAMPAIGN):  # fmt: skip
            return True
    verb = trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"to", "at", "before"}:
        verb = trigger.head.head
    elif trigger.dep_ != "dobj" or _lemma(verb) not in HOSTING:
        return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"advcl", "xcomp", "conj"}:  # "toured Ohio, holding a
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # rally": shared
    subjects = [verb.head if s.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else s
                for s in subjects]  # fmt: skip
    return any(one_speaker(s) for s in subjects)


def rally_as_setting(trigger: Token) -> bool:
    """ "the anger spilled out at a rally in Omaha", "tickets to an Iowa
    rally", "a clip from a rally with the candidate", "marked his wins with a rally": a
    rally named only as where or when something else happened (the object of a
    preposition) is a meeting, most often a campaign's; a demonstration says what it is
    against or for ("a rally against the war", "an anti-war rally", "a rally to demand
    ..."), or names who protests ("protesters at a rally"). A crowd that joins, attends or
    marches in one ("thousands took part in a rally in the capital") makes it their own
    deed, and harm told keeps it too ("a protester was punched at a rally")."""
    if trigger.pos_ != "NOUN" or _lemma(trigger) != "rally" or trigger.dep_ != "pobj":
        return False
    if any(_lemma(t) in _HARM for t in sentence(trigger)) or _protest_marked(trigger):
        return False  # harm itself, not a weapon named ("a change agent", "gun rights")
    verb = trigger.head.head  # "took part in", "gathered for", "marched to" a rally: the crowd's
    return not (verb.pos_ in {"VERB", "AUX"} and _lemma(verb) in JOINING)


def _protest_marked(rally: Token) -> bool:
    """Whether the rally's own words, or the sentence's people, make it a protest: a cause
    ("against", "over", "in support of", "demanding", "to demand"), an "anti-"/"pro-"
    modifier, or protesters and demonstrators named in the sentence."""
    for child in rally.children:
        if child.dep_ == "prep" and (child.lower_ in CAUSE_PREPS or any(
                o.dep_ == "pobj" and _lemma(o) in CAUSES for o in child.children)):  # fmt: skip
            return True  # "against the war", "in support of the strikers"
        if child.dep_ in {"acl", "relcl"} and (_lemma(child) in CAUSE_VERBS or any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)):  # fmt: skip
            return True  # "a rally demanding his release", "a rally to demand ..."
    if any(t.lower_ in {"anti", "pro"} or t.lower_.startswith(("anti-", "pro-"))
           for t in rally.lefts for t in t.subtree):  # fmt: skip
        return True  # "an anti-war rally", "a pro-government rally": whom it is for
    return any(_lemma(t) in PROTEST_PEOPLE for t in sentence(rally))


def protesters_speak(trigger: Token) -> bool:
    """ "Protesters dismissed his comments", "Demonstrators said they want justice",
    "Protesters were frustrated that ...": people of a protest as the subject of what they
    say or feel is their view, told of a protest the story tells (or leaves implied), not a
    protest of its own; "protesters marched", "demonstrators blocked the road" are."""
    if trigger.pos_ != "NOUN" or _lemma(trigger) not in PROTEST_PEOPLE:
        return False
    if trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = trigger.head
    if verb.pos_ in {"VERB", "AUX"} and _lemma(verb) in SAYING:
        return True
    return _lemma(verb) == "be" and any(c.dep_ == "acomp" and _lemma(c) in SAYING
                                        for c in verb.children)  # "were angry that ..."


def shares_a_view(trigger: Token) -> bool:
    """ "the rivals agreed that taxes had to fall", "the crowds at her events
    agreed with Ms. Lee on the point": agreeing that something is so, or with a person,
    is a view shared; a deal is agreed to or on ("agreed to a truce", "agreed on a
    ceasefire")."""
    if _lemma(trigger) != "agree" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                     for m in c.children) for c in trigger.children):  # fmt: skip
        return True
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and (one_speaker(o) or o.lower_ in {"him", "her", "me", "you"}
                              or _said_content(o))
        for o in p.children) for p in trigger.children)  # fmt: skip


#: Quantifiers that stand for a share of what follows "of": "most of the speech".
_SHARES = frozenset({"most", "much", "all", "some", "part", "parts", "little", "many", "none"})


def _said_content(thing: Token) -> bool:
    """ "agreed with most of her speech", "agreed with the substance of his remarks":
    what one agrees with is what someone said or thought (an abstract noun, through a
    share or a "the substance of"), a view shared; a deal is agreed to or on."""
    seen = 0
    while seen < 3 and (thing.lower_ in _SHARES or thing.pos_ in {"ADJ", "PRON"}
                        or _lemma(thing) in ABSTRACT):  # fmt: skip
        if thing.pos_ == "NOUN" and not thing.ent_type_ and _lemma(thing) in ABSTRACT:
            return True
        of = [o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        if not of:
            return False
        thing, seen = of[0], seen + 1
    return False


def person_appoints(trigger: Token) -> bool:
    """ "She named three governors to top jobs", "Annan, who appointed a diplomat as
    his envoy": a person filling a post; a group naming its new leader is a change to
    the group (its subject is the group, not a person)."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and trigger.dep_ == "relcl":
        subject = trigger.head
    if subject is None:
        return False
    return named_speaker(subject) or subject.lower_ in {"he", "she"}
