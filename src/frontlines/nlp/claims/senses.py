"""Senses that rule a number out of every measure, whatever verb governs it.

"recruits aged as little as 12" is an age, "the prison can hold only 130
detainees" a capacity, "a population of 80,000" a population, "holding hostages
in three places" a count of places, "the 15-nation Southern Trade Council" part
of a name, "a 2.1 million-square-kilometre desert" a size.
"at 40 Elm Street" a house number. None of them is a conflict claim; each stays a plain
quantity. The words come
from ``[rule_out]`` in ``data/measures.toml``; the shapes (a modal over a verb of
holding, a number inside a named entity or modifying a proper noun, an area as
a modifier, an infinitive under a modal: "could be turned into enough fuel to produce 260
missiles") are read from the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from frontlines.model import Quantity
from frontlines.nlp.claims.giving import fundraising_gift
from frontlines.nlp.claims.headlines import title_cased
from frontlines.nlp.claims.memberships import (
    member_of_counted_set,
    one_of_a_breakdown,
    ranked_description,
)
from frontlines.nlp.claims.scores import contest_score
from frontlines.vocab.measures import RuleOut

__all__ = ["AREA_UNITS", "ruled_out"]

AREA_UNITS = {"km2", "mi2", "ha", "m2"}
_MODIFIER_DEPS = {"amod", "compound", "nmod"}


def _words_before(span: Span, n: int) -> str:
    doc = span.doc
    return " ".join(t.lower_ for t in doc[max(span.sent.start, span.start - n) : span.start])


def _words_after(span: Span, n: int) -> str:
    doc = span.doc
    return " ".join(t.lower_ for t in doc[span.end : min(span.sent.end, span.end + n)])


def _is_age(span: Span, rules: RuleOut) -> bool:
    before = " " + _words_before(span, 4)
    after = _words_after(span, 3) + " "
    text = span.text.lower()
    return (
        any(before.endswith(" " + w) for w in rules.ages_before)
        or any(after.startswith(w + " ") for w in rules.ages_after)
        or any(text.endswith(w) for w in rules.ages_after)
    )


def _of_noun(span: Span, rules: RuleOut) -> bool:
    """'a population of 80,000': the number hangs off 'of' under a ruled-out noun."""
    root = span.root
    for token in (root, root.head):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            owner = token.head.head
            return owner.lemma_.lower() in rules.of_nouns
    return False


def _counts_no_people(
    q: Quantity, span: Span, counted: Token | None, verb: Token | None, rules: RuleOut
) -> bool:
    """'in three places': a count of things no measure counts ('a third of the country'
    is a share, so only counts are checked). A number standing for one or some of a set
    ('hit one of the oldest sites') counts what the set is of, whatever phrase the
    quantity layer took for its concept. Delegates and electors are a campaign's tally
    ('won 1,944 delegates') unless a verb of harm befalls them ('kidnapped 12 delegates')."""
    if q.unit not in {"count", ""}:
        return False
    nouns = [counted] if counted is not None else []
    nouns += [o for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    lemmas = {n.lemma_.lower() for n in nouns}
    if lemmas & rules.counted_nouns:
        return True
    harmed = verb is not None and verb.lemma_.lower() in rules.harm_verbs
    return bool(lemmas & rules.campaign_nouns) and not harmed


_STREET = re.compile(r"[a-z]+")


def _address(span: Span, rules: RuleOut) -> bool:
    """'at 40 Elm Street', 'at 12 South Main St.': a number before a proper name that
    ends in a street word is a house number."""
    doc = span.doc
    names = []
    for token in doc[span.end : min(span.end + 6, len(doc))]:  # a wrap may cut the sentence
        if token.is_space:  # a hard wrap inside the address
            continue
        if token.pos_ != "PROPN" and not token.text[:1].isupper():
            break
        names.append(token)
    return any((m := _STREET.match(t.lower_)) is not None and m.group() in rules.street_words
               and (m.end() == len(t.lower_) or t.lower_[m.end()] == ".")
               for t in names[1:])  # fmt: skip


def _capacity(verb: Token | None, rules: RuleOut) -> bool:
    """'can hold only 130 detainees', 'might serve to house as many as 25,000': a verb of
    holding under a modal, on itself or on the verb it completes."""
    token = verb
    for _ in range(3):
        if token is None:
            return False
        if token.lemma_.lower() in rules.capacity_verbs:
            if _built_to(token):  # "a barracks designed to hold 900 prisoners"
                return True
            chain = [token, token.head] if token.dep_ in {"xcomp", "advcl"} else [token]
            chain += [t.head for t in chain if t.dep_ == "xcomp"]
            if token.lemma_.lower() in rules.admission_verbs and any(
                    _polity(c) for t in chain for c in t.children if c.dep_ == "nsubj"):
                return False  # "the country will take in 5,000 refugees": an admission
            return any(c.lower_ in rules.modals for t in chain for c in t.children
                       if c.dep_ == "aux")  # fmt: skip
        if token.dep_ not in {"xcomp", "conj"} or token.head.i == token.i:
            return False
        token = token.head
    return False


_ABILITY_MODALS = {"can", "could"}

#: Nouns of a polity or its rulers: who admits people, where a building holds them.
_POLITY_NOUNS = {"country", "nation", "government", "administration", "state", "president",
                 "minister", "ministry", "authority", "official", "city", "province"}


def _polity(subject: Token) -> bool:
    """'the country will take in', 'Canada will accept', 'Obama will accept': a country,
    a government or a person is who takes people in (an admission), where "the camp can
    take" or "the centre can hold" is a place's capacity."""
    if subject.ent_type_ in {"GPE", "PERSON", "NORP"}:
        return True
    return subject.lemma_.lower() in _POLITY_NOUNS

#: Verbs of making a thing for a purpose: "built to hold 300" says what it can hold.
_MADE_FOR = {"build", "design", "construct", "equip"}


def _built_to(verb: Token) -> bool:
    """'The barracks was designed to hold 900 prisoners': a verb of holding in an
    infinitive of purpose under a verb of making says what the thing can hold."""
    return (verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in _MADE_FOR
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))  # fmt: skip


def _label(span: Span) -> bool:
    """'Troop 58 will gather coats', 'Route 66', 'Resolution 2254': a number
    right after the noun it modifies is that thing's label, not a count (a count comes
    before its noun)."""
    root = span.root
    head = root.head
    if root.dep_ == "nummod" and head.i == span.start - 1 and (
            head.pos_ in {"NOUN", "PROPN"} or (head.is_title and not _a_clause_verb(head)
                                               and not _title_case_line(span.doc, head.i))):
        return True  # "Blast Kills 12 In Kabul": a headline's verb labels nothing
    return _after_a_title(span)


def _a_clause_verb(word: Token) -> bool:
    """Whether ``word`` is a verb the parser uses as one ("Gunmen Kill 12"), not a verb
    tag on a word it made a subject or an object ("- Pack 212 and ...")."""
    return word.pos_ in {"VERB", "AUX"} and word.dep_ not in _NOMINAL


#: Entity kinds of a capitalised word a count may follow without being its label ("In
#: Aleppo 40 were killed", "By March 300 had fled").
_NOT_LABELLED = {"GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "NORP", "ORG"}


def _after_a_title(span: Span) -> bool:
    """'- Pack 212 and Troop 212 will collect coats': a number in digits right after a
    capitalised singular word, with no noun of its own after it, is that word's label,
    however the parser attached it (it took "Pack" for a verb and the number for its
    object, and "Troop" after "and" for what it counts). A place, a date or a name before
    it ("In Aleppo 40 were killed") labels nothing, nor does a verb the parser reads as the
    clause's own ("Gunmen Kill 12 In Attack"); in a line whose words are mostly
    capitalised (a headline) every word is, so a capital says nothing there."""
    doc = span.doc
    if span.start == 0 or len(span) != 1 or not span.text.isdigit() or len(span.text) > 4:
        return False
    before = doc[span.start - 1]
    if not before.is_title or before.tag_ in {"NNS", "NNPS"} or before.ent_type_ in _NOT_LABELLED:
        return False
    if before.pos_ not in {"NOUN", "PROPN", "VERB"} or _a_clause_verb(before):
        return False  # "- Pack 212 and ...": "Pack" taken for a verb, yet as a subject
    if _title_case_line(doc, span.start):
        return False
    if before.i == before.sent.start or before.is_sent_start:
        return False  # "Forty ..." no; a sentence's first word is capitalised anyway
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}


#: Dependencies of a word used as a noun, whatever its tag: "Pack" taken for a verb and
#: made a subject.
_NOMINAL = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound"}


def _title_case_line(doc: Doc, i: int) -> bool:
    """Whether the line holding token ``i`` (between line breaks) has most of its words
    capitalised: a headline in title case ("Bomb Blast Kills 12 In Kabul")."""
    start = i
    while start > 0 and i - start < 60 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) and end - i < 60 and "\n" not in doc[end].text:
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 3 and 2 * sum(t.is_title or t.is_upper for t in words) > len(words)


#: Verbs of employment: "laid off 35 guards", "hired 12 cooks" count jobs.
_EMPLOYMENT = {"hire", "employ", "furlough"}


def _employment(verb: Token | None, counted: Token | None = None) -> bool:
    """'The county has laid off 35 prison guards', 'may lay off 120 state troopers':
    people laid off, hired or employed are jobs, not people detained or under arms; so are
    those the noun says were hired ('may lose 30 recruits just hired')."""
    if counted is not None and any(c.dep_ in {"amod", "acl"} and c.lemma_.lower() in _EMPLOYMENT
                                   for c in counted.children):  # fmt: skip
        return True
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    laid_off = lemma == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return laid_off or lemma in _EMPLOYMENT


def _ceiling(q: Quantity, span: Span, verb: Token | None) -> bool:
    """'the cabinet can mobilise up to 90,000 conscripts': an upper bound alone as the
    object of a verb of ability says how many may be, a legal or physical ceiling, not how
    many are. A perfect ("could have killed up to 50") is a guess at what happened and a
    passive subject ("up to 50 could be held") no object, so both stay."""
    if verb is None or q.upper is None or q.lower is not None:
        return False
    object_ = span.root.head if span.root.dep_ == "nummod" else span.root
    if object_.dep_ != "dobj" or object_.head.i != verb.i:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in _ABILITY_MODALS for a in aux) and "have" not in aux


def _in_a_name(span: Span, rules: RuleOut) -> bool:
    """Inside a named entity ('M23'), or modifying a proper noun ('the 15-nation
    Southern Trade Council'), or before a singular proper noun of no
    entity kind ('the Under 30 Summit'; "12 Taliban" is an ORG and "4 Marines" plural)."""
    if span.root.ent_type_ in rules.name_labels:  # the label of the entity it is in
        return True
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    number = span[-1]
    name = number.head
    # In a headline written in title case ("Blast in Lunsk Wounds One Officer") every word is
    # capitalised and tagged a proper noun: the capitals name nothing there.
    titled = title_cased(span.sent)
    if (number.dep_ == "nummod" and name.i >= span.end and name.tag_ == "NNP"
            and name.is_title and not name.ent_type_ and not titled):  # fmt: skip
        return True  # "the Under 30 Summit": a singular name no kind of entity is counted
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (after is not None and after.tag_ == "NNP" and after.is_title and not after.ent_type_
            and (after.head.i == after.i or after.head.pos_ == "PROPN")
            and not titled):  # fmt: skip
        return True  # "Under 30 Summit EMEA": the number runs on into a longer name
    named = counted.head
    return (
        counted.dep_ in _MODIFIER_DEPS
        and named.pos_ == "PROPN"
        and named.ent_type_ in rules.name_labels
    )


def _size_modifier(q: Quantity, span: Span) -> bool:
    """'a 2.1 million-square-kilometre desert': an area modifying a noun is that thing's size."""
    if q.unit not in AREA_UNITS:
        return False
    root = span.root
    return root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end


def _size_in_brackets(q: Quantity, span: Span) -> bool:
    """'threatens tiny Ruritania (9,000 square miles)': an area in brackets right after a
    name is that place's size, said in passing, not land anyone holds, took or lost."""
    if q.unit not in AREA_UNITS:
        return False
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].lower_ in {"about", "some", "around", "roughly", "nearly"}:
        start -= 1
    if start < 2 or doc[start - 1].text not in {"(", "["}:
        return False
    return doc[start - 2].pos_ == "PROPN"


def _civic_security(span: Span, counted: Token | None, rules: RuleOut) -> bool:
    """'the city posted 75 extra guards around the marathon course', 'some 300 police
    will be on duty at the festival': police or guards counted in a sentence about a
    civic gathering are its security detail, not a force in a conflict."""
    if counted is None:
        return False
    if counted.lemma_.lower() in rules.security_nouns:
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in rules.civic_events
                   for t in span.sent)  # fmt: skip
    return _honour_guard(span, counted, rules)


#: Service members counted at a rite are its honour guard ("two Marines folded the flag
#: over the casket"), and the words of such a rite.
_SERVICE_NOUNS = {"marine", "soldier", "sailor", "airman", "serviceman", "servicemember",
                  "trooper", "guardsman", "cadet"}  # fmt: skip
_RITES = {"casket", "coffin", "funeral", "burial", "wreath", "memorial", "graveside", "salute"}


def _honour_guard(span: Span, counted: Token, rules: RuleOut) -> bool:
    """'Two Marines held a flag over the casket': service members counted in a sentence
    about a funeral or a memorial, doing no harm and suffering none a verb of harm says,
    are its honour guard, no force in a conflict."""
    singular = counted.lower_[:-1] if counted.lower_.endswith("s") else counted.lower_
    if not {counted.lemma_.lower(), singular} & _SERVICE_NOUNS:
        return False
    if any(t.lemma_.lower() in rules.harm_verbs or t.lower_ in {"killed", "dead", "died", "wounded"}
           for t in span.sent):  # fmt: skip
        return False
    return any(t.lemma_.lower() in _RITES for t in span.sent)


_HYPOTHETICAL_MODALS = {"could", "would", "might", "may"}
#: Nouns of what a thing could do: "a toxin with the potential to kill 2,000" ("the ability to
#: deploy 5,000 troops" says what a side can field: a strength, kept).
_POTENTIAL_NOUNS = {"potential"}


def _hypothetical(verb: Token | None, counted: Token | None) -> bool:
    """'could be transformed into enough propellant to produce 260 missiles': a number
    in an infinitive that hangs, within three clauses, under a modal, 'enough' or a noun of
    what could be done ('the potential to kill thousands') counts
    what could come to be, not what is. Things already there keep their count ("would
    let agencies reach the 900,000 residents in need": definite, they exist)."""
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if counted is not None and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"}
                                   for c in counted.children):  # fmt: skip
        return False
    token = verb
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ == "enough" or any(c.dep_ == "amod" and c.lower_ == "enough"
                                           for c in token.children):  # fmt: skip
            return True
        if token.lemma_.lower() in _POTENTIAL_NOUNS:  # "has the potential to kill 2,000"
            return True
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in token.children):
            return True
    return False


def _fractional_count(q: Quantity) -> bool:
    """'approximately 1.5 p of blood', 'charges 1.25 p': a count of people, acts or
    things is a whole number, so a count with a fraction measures something else (a
    unit the quantity layer did not know) and no measure of heads applies."""
    if q.unit not in {"count", ""}:
        return False
    return any(x is not None and not float(x).is_integer() for x in (q.value, q.lower, q.upper))


def _campaign_money(q: Quantity, span: Span, rules: RuleOut) -> bool:
    """'offered to donate $4 million to her foundation', 'a $9,000 gift to the Vote Jones
    PAC': money given to a campaign, a candidate or a charity (``campaign_funds``,
    the object of "to" on the number's noun or on a verb above it) is political or
    charitable giving, no aid or funding a conflict claim measures."""
    if not q.unit.isupper():  # a currency code ("USD", "GBP")
        return False
    if fundraising_gift(span):
        return True  # "its typical gift over the fundraising drive came to $31"
    token = span.root
    for _ in range(4):
        for prep in token.children:
            if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" and any(
                    w.lemma_.lower() in rules.campaign_funds  # "to the Vote Jones PAC"
                    for o in prep.children if o.dep_ == "pobj" for w in o.subtree):  # fmt: skip
                return True
        if token.pos_ in {"VERB", "AUX"}:
            return _campaign_receives(token)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


#: Who runs for office and the funds that back them: a receiver of money that is one of
#: these takes political giving ("a super PAC received a $1 million donation"). Charities
#: and foundations are left out here: they also receive and give aid.
_POLITICAL_RECEIVERS = {"pac", "candidate", "candidacy", "nominee"}
#: Words that make a campaign an election's ("his re-election campaign", "the PAC's
#: campaign"); a relief or a vaccination campaign receives aid.
_ELECTION_WORDS = {"election", "reelection", "electoral", "pac", "candidate", "nominee"}
_RECEIVING = {"receive", "accept", "get", "raise", "collect", "take", "rake", "haul", "bank"}


def _campaign_receives(verb: Token) -> bool:
    """'A super PAC backing the governor received a $1 million donation': the subject of a
    verb of receiving names a campaign or its fund, so the money is political giving."""
    if verb.lemma_.lower() not in _RECEIVING:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _POLITICAL_RECEIVERS or s.lower_ in _POLITICAL_RECEIVERS
               or _election_campaign(s)
               for s in subjects)  # the head of the subject: "a super PAC", "his campaign"


def _election_campaign(noun: Token) -> bool:
    """'his campaign', 'the senator's re-election campaign': a campaign is one for office
    when a person owns it or an election word modifies it; "the relief campaign" is not."""
    if noun.lemma_.lower() != "campaign":
        return False
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in {"his", "her"}
                                     or child.ent_type_ == "PERSON"):  # fmt: skip
            return True
        if child.dep_ in {"compound", "amod", "poss", "nmod"} and (
                child.lemma_.lower() in _ELECTION_WORDS or child.lower_ in _ELECTION_WORDS):
            return True
    return False


def _generic(span: Span) -> bool:
    """'one or more kinetic events': a generic amount in a definition."""
    doc = span.doc
    nxt = " ".join(t.lower_ for t in doc[span.end : min(span.end + 2, len(doc))])
    return span.text.lower() == "one" and nxt == "or more"


_FINITE = {"VBZ", "VBD", "VBP", "MD"}


def _finite(token: Token) -> bool:
    return token.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in token.children
    )


def _definition(span: Span) -> bool:
    """'Firing one shell at one bunker is a single raid, and so is a whole battery
    firing forty shells ...': a sentence whose main verb is "be" with a
    clause for subject says what a word means; its numbers count nothing that happened."""
    token = span.root
    for _ in range(8):  # up to the first finite verb above the number
        if _finite(token) or token.head.i == token.i:
            break
        token = token.head
    if token.lemma_.lower() != "be":
        return False
    # the clause subject sits on this "be" or, where the parser made it a conjunct or a
    # complement ("..., but so is ..."), on the verb it hangs from
    heads = [token, token.head] if token.dep_ in {"conj", "ccomp"} else [token]
    return any(k.dep_ == "csubj" for h in heads for k in h.children)


def ruled_out(
    q: Quantity, span: Span, verb: Token | None, counted: Token | None, rules: RuleOut
) -> str | None:
    """The sense that rules the number out ("age", "of_noun", "counts_no_people",
    "address", "capacity", "name", "size", "civic_security", "hypothetical", "generic",
    "fractional_count", "member_of_set", "ranked", "campaign_money", "label", "employment",
    "score": a contest's result, "a 6-4 win"),
    or None."""
    checks = (
        ("age", lambda: _is_age(span, rules)),
        ("score", lambda: contest_score(q, span, rules)),
        ("of_noun", lambda: _of_noun(span, rules)),
        ("counts_no_people", lambda: _counts_no_people(q, span, counted, verb, rules)),
        ("address", lambda: _address(span, rules)),
        ("capacity", lambda: _capacity(verb, rules) or _ceiling(q, span, verb)),
        ("name", lambda: _in_a_name(span, rules)),
        ("size", lambda: _size_modifier(q, span) or _size_in_brackets(q, span)),
        ("civic_security", lambda: _civic_security(span, counted, rules)),
        ("hypothetical", lambda: _hypothetical(verb, counted)),
        ("generic", lambda: _generic(span) or _definition(span)),
        ("ranked", lambda: ranked_description(span)),
        ("campaign_money", lambda: _campaign_money(q, span, rules)),
        ("label", lambda: _label(span)),
        ("employment", lambda: _employment(verb, counted)),
        ("member_of_set", lambda: member_of_counted_set(span) or one_of_a_breakdown(span)),
        ("fractional_count", lambda: _fractional_count(q)),
    )
    return next((name for name, check in checks if check()), None)
