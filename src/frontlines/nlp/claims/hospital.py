"""People taken to hospital, counted as wounded when harm is told (``counted.verb_lemmas``).

"Another 60 were taken to hospital" after a blast counts the hurt; the same words for
patients with an illness, staff sent there or people brought in for a birth do not. The
word lists (harm cues, wound nouns, staff roles) are the [hospital] table of measures.toml.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from frontlines.vocab.files import parse_toml, read_data_text

__all__ = ["HOSPITAL_VERBS", "to_hospital"]


#: Verbs that, with "to" / "in" / "at" hospital, say the people counted were hurt ("another
#: 60 were taken to hospital", "30 are being treated in hospital", "remain in hospital"),
#: when the sentence or the one before tells of harm. Verbs of moving people anywhere (send,
#: fly, bring) count too once harm is told, as the people moved ("rescuers rushed 45
#: people to hospital after the blast"); staying is left out, staff are never counted (the
#: staff list), and "evacuated" keeps its reading of people displaced.
HOSPITAL_VERBS = {"take", "rush", "admit", "treat", "remain", "transfer", "bring", "airlift",
                  "fly", "carry", "ferry"}
#: "remain in hospital": the number is the verb's subject; the others are the people moved
#: or treated, passive ("were taken") or the object ("ambulances took 60 people").
_HOSPITAL_SUBJECT = {"remain": {"nsubj"}}
_MOVED = {"nsubjpass", "dobj"}


@lru_cache(maxsize=1)
def _hospital_words() -> dict[str, frozenset[str]]:
    """The [hospital] table of measures.toml: harm cues, wound nouns, staff roles."""
    table = parse_toml(read_data_text("measures.toml"), "measures.toml").get("hospital", {})
    return {k: frozenset(table.get(k, ())) for k in ("harm", "wounds", "staff")}


def to_hospital(verb: Token, span: Span) -> bool:
    """'Another 60 were taken to hospital' after a blast: the people counted were hurt. Not
    staff ("twelve medics were sent"), nor people taken in for a named reason that is no
    wound ("with cholera", "for a check-up", "to give birth"), nor with no harm told."""
    words = _hospital_words()
    lemma = verb.lemma_.lower()
    counted = span.root if span.root.dep_ not in {"nummod", "quantmod"} else span.root.head
    if lemma not in HOSPITAL_VERBS or counted.lemma_.lower() in words["staff"] or \
            counted.dep_ not in _HOSPITAL_SUBJECT.get(lemma, _MOVED):  # fmt: skip
        return False
    hospitals = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in", "at"}
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "hospital"]
    if not hospitals:
        return False
    # the reason may hang on the verb or, as the parser often has it, on "hospital"
    for c in [*verb.children, *(c for h in hospitals for c in h.children)]:
        if c.dep_ == "prep" and c.lower_ in {"with", "for"} and not any(
                o.lemma_.lower() in words["wounds"] for o in c.subtree):  # fmt: skip
            return False  # "with fever", "for a check-up": ill or tested, not hurt
        if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.children):
            return False  # "to give birth", "to guard it": a purpose, no harm
    sent = span.sent
    before = span.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lemma_.lower() in words["harm"] or t.lower_ in words["harm"]
               for t in span.doc[before.start : sent.end])  # fmt: skip
