"""Flight across a border: people counted as they flee to another country are refugees,
not people displaced inside their own (the guide codes the two apart, as UNHCR counts
them). "About 300,000 people fled to neighbouring countries", "40,000 fled across the
border", "2 million have fled abroad", "12,000 have fled the country", "the exodus of
1 million farmers to neighboring countries": the flight's own words say where it went.
"Fled to the capital", "fled to the border", "fled their homes" stay displaced: they name
no other country, and reaching a border is not crossing it.

The other end of the crossing: people of a nationality, or migrants of one, that a country
admits ("agreed to admit 4,000 Somalis", "voted to admit 9,000 Afghan
migrants") are refugees taken in from abroad, as the guide codes intakes."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.counted import clause_heads
from frontlines.vocab.measures import Measure, Taxonomy

__all__ = ["admitted_from_abroad", "denied", "fled_abroad"]

#: Adverbs that put the flight's end in another country.
_ABROAD = frozenset({"abroad", "overseas"})
#: Nouns of a frontier, crossed when the flight goes across or over them.
_BORDERS = frozenset({"border", "frontier", "borders"})
#: Words that make "country" another country than the one fled ("neighbouring countries").
_OTHER = frozenset({"neighbouring", "neighboring", "other", "foreign", "nearby", "bordering",
                    "adjacent", "surrounding", "third"})
#: Prepositions of where a flight went.
_TOWARD = frozenset({"to", "into", "for"})
#: Prepositions of a frontier crossed.
_ACROSS = frozenset({"across", "over"})
#: How many heads above the number a word of flight may be ("the exodus of 1 million farmers").
_DEPTH = 4


def _flight_words(span: Span, measure: Measure) -> list[Token]:
    """The words of flight above the number: its clause's verb and event nouns of flight.
    The climb stops at the first verb, the number's own clause: "thousands fled abroad
    after the army displaced 20,000 villagers" sends the thousands abroad, not the 20,000.
    Only nouns and their prepositions are climbed through ("the exodus of 1 million")."""
    return [t for t in clause_heads(span, _DEPTH) if t.lemma_.lower() in measure.verbs]


#: Modifiers of a border that leave it a frontier between countries.
_NATIONAL = frozenset({"national", "international", "the", "a", "an"})


def _crossed_frontier(noun: Token) -> bool:
    """Whether the border ``noun`` is one between countries: "the border", "the
    international border"; not "the state border", "the provincial border" (any modifier
    but national or international) nor "borders within the region"."""
    if noun.lemma_.lower() not in _BORDERS and noun.lower_ not in _BORDERS:
        return False
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in _NATIONAL
           for c in noun.children):  # fmt: skip
        return False
    return not _within(noun) and not _within(noun.head.head)


def _within(word: Token) -> bool:
    """'borders within the region', 'fled across borders inside the province' (the phrase
    on the border or on the verb of flight): a frontier inside one country."""
    return any(c.dep_ == "prep" and c.lower_ in {"within", "inside"} for c in word.children)


def _another_country(noun: Token) -> bool:
    """'neighbouring countries', 'other countries', 'countries in the region': a country not
    the one fled (a plural is never only the one fled)."""
    if noun.lemma_.lower() != "country":
        return False
    return noun.tag_ == "NNS" or any(c.lower_ in _OTHER for c in noun.children)


def _goes_abroad(word: Token) -> bool:
    for child in word.children:
        if child.dep_ == "advmod" and child.lower_ in _ABROAD:
            return True  # "fled abroad"
        if child.dep_ == "dobj" and child.lemma_.lower() == "country" and any(
                c.dep_ in {"det", "poss"} for c in child.children):  # fmt: skip
            return True  # "have fled the country", "fled their country"
        if child.dep_ != "prep":
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ in _ACROSS and any(_crossed_frontier(o) for o in objects):
            return True  # "fled across the border"
        if child.lower_ in _TOWARD and any(_another_country(o) for o in objects):
            return True  # "fled to neighbouring countries"
    return False


def fled_abroad(found: tuple[Measure, str], span: Span, taxonomy: Taxonomy
                ) -> tuple[Measure, str]:  # fmt: skip
    """Refugees for a count of the displaced whose flight its own words send abroad."""
    measure, how = found
    refugees = taxonomy.get("refugees")
    if measure.id != "displaced" or refugees is None:
        return found
    if any(_goes_abroad(w) for w in _flight_words(span, measure)):
        return refugees, how
    return found


#: Verbs of a country taking people in from abroad (a narrower set than the rule-out's
#: ``admission_verbs``: "take", "bring", "receive", "let", "welcome", "host" take too much
#: else: "the hotel welcomed 300 Germans").
_ADMITTING = frozenset({"admit", "accept", "resettle", "absorb", "shelter"})
#: Nouns of people on the move that a nationality names the origin of ("Syrian migrants").
_NEWCOMERS = frozenset({"migrant", "immigrant", "newcomer", "arrival", "evacuee", "exile"})


def _of_a_nation(counted: Token) -> bool:
    """'4,000 Somalis', '9,000 Afghan migrants': a nationality counted, or newcomers
    of one."""
    if counted.ent_type_ == "NORP" and counted.pos_ in {"PROPN", "NOUN"}:
        return True
    return counted.lemma_.lower() in _NEWCOMERS and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" for c in counted.children)


#: Verbs that govern an admission and deny it ("refused to admit 3,000 Eritreans").
_DENYING = frozenset({"refuse", "decline", "reject"})
#: Nouns of a state that may take people in ("the government agreed to admit ...").
_STATE_NOUNS = frozenset({"government", "state", "country", "nation", "kingdom", "republic",
                          "administration", "authority", "cabinet", "parliament", "congress",
                          "lawmaker", "legislator", "legislature", "minister", "ministry",
                          "president", "chancellor", "premier"})
#: Words of a state's policy that govern an intake ("proposed accepting", "a plan to admit").
_POLICY = frozenset({"propose", "plan", "agree", "vote", "offer", "pledge", "promise",
                     "commit", "intend", "proposal", "commitment", "decision"})
#: Nouns of a place of care: what it admits are patients, not people taken in from abroad.
_MEDICAL = frozenset({"hospital", "clinic", "infirmary", "ward", "medical", "treatment", "care",
                      "surgery", "doctor", "physician", "medic", "hospice"})


def _governors(verb: Token, deps: frozenset[str] = frozenset({"xcomp"})) -> list[Token]:
    """The verb and the verbs it hangs from by ``deps`` ("agreed to admit", "voted to
    accept", "refused to take in" by xcomp), nearest first."""
    chain = [verb]
    while chain[-1].dep_ in deps and chain[-1].head.pos_ in {"VERB", "AUX"} \
            and chain[-1].head.i != chain[-1].i and len(chain) < 4:  # fmt: skip
        chain.append(chain[-1].head)
    return chain


def denied(verb: Token) -> bool:
    """'did not accept', 'refused to admit', 'declined to resettle', 'did not agree to
    admit': the deed was not done, so the verb says nothing of what befell the count."""
    return any(any(c.dep_ == "neg" for c in v.children) or v.lemma_.lower() in _DENYING
               for v in _governors(verb))  # fmt: skip


def _admitter(chain: list[Token]) -> Token | None:
    """Who admits: the subject of the admitting verb, else of the nearest verb governing it
    ("Canada agreed to admit"), else the agent of a passive ("were accepted by Canada")."""
    for v in chain:
        for c in v.children:
            if c.dep_ == "nsubj":
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _a_state(subject: Token) -> bool:
    """'Germany', 'the government', 'the island state', 'the prime minister': a country or
    its government; never a hospital or clinic, whatever place names it ("the Rafah hospital")."""
    words = [subject, *(c for c in subject.children if c.dep_ in {"compound", "amod"})]
    if any(w.lemma_.lower() in _MEDICAL for w in words):
        return False
    return subject.ent_type_ == "GPE" or subject.lemma_.lower() in _STATE_NOUNS


def _for_care(chain: list[Token], counted: Token) -> bool:
    """'accept 300 Palestinians for medical treatment': patients, not people taken in."""
    for word in (*chain, counted):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"):
            if any(t.lemma_.lower() in _MEDICAL for t in prep.subtree):
                return True
    return False


def admitted_from_abroad(verb: Token | None, counted: Token | None) -> bool:
    """Whether the number counts people of a nationality a country admits ("Germany
    accepted 1,200 Syrian migrants", "agreed to admit 4,000 Somalis"): refugees, whatever
    noun counts them. The one admitting must be a state (a hospital admits patients), the
    admission neither denied ("did not accept", "refused to admit") nor for care ("for
    medical treatment"). A story off the conflict beat makes no claims at all
    (``nlp/beat.py``), so tourists a resort accepts are rare."""
    if verb is None or counted is None or verb.lemma_.lower() not in _ADMITTING:
        return False
    if counted.head.i != verb.i or counted.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if not _of_a_nation(counted):
        return False
    chain = _governors(verb, frozenset({"xcomp", "conj"}))
    if denied(verb) or _for_care(chain, counted):
        return False
    subject = _admitter(chain)
    if subject is not None:
        # "Obama has proposed accepting": a person proposing an intake speaks for a state
        return _a_state(subject) or (subject.ent_type_ == "PERSON" and any(
            v.lemma_.lower() in _POLICY for v in chain[1:]))  # fmt: skip
    top = chain[-1]  # "a plan to accept 800,000 Syrian immigrants": a policy's intake
    return top.dep_ == "acl" and top.head.lemma_.lower() in _POLICY and not any(
        w.lemma_.lower() in _MEDICAL for w in top.head.subtree if w.i < top.i)  # fmt: skip
