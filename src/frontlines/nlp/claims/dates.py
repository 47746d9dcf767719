"""As of when a claim holds, and when its source said it.

* reported (``claim_dates.reported_date``): the caller falls back to the publication
  date, and for a story with none, to the story's own first fully dated expression
  (``document_date``: an encyclopaedia article "executed in early November 2005" is about
  November 2005);
* as of: a date inside the claim's clause, the first after the number and before the
  next number ("rose from 41 in 2019 to 97 in 2021"), else the nearest before it ("On Jan.
  8, forces conducted 34 strikes"); with "since" / "by" / "until" as its relation;
* a sentence with no date of its own that opens dated from the one before it ("Days
  later, a bomb killed 11 miners", "The next day") shares that sentence's date, in the
  same paragraph only; so does one in the simple past that repeats the subject and verb
  of the one before ("In the north, aircraft conducted 14 strikes"), and an undated item
  of a bulleted list takes the date of the lead the list hangs under;
* so does a sentence that tells, in the simple past, more of what the one before told
  (it takes it up: a pronoun, a definite noun repeating one of it, "aboard", "there"):
  "Relations soured in 2010 after commandos stormed the ship. Nine activists aboard were
  killed." happened in 2010; a sentence in the present or present perfect ("has 300
  troops there", "have been killed") is about the report date, and one that does not
  take the one before up ("Police arrested 12 people.") keeps it too.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from frontlines.model import Attribution, Quantity, TimeExpression
from frontlines.nlp.claims.list_lines import bulleted, heading, lines_back
from frontlines.nlp.claims.offset_clauses import offset_measure
from frontlines.nlp.claims.relations import relation, runs_from, up_to_now
from frontlines.nlp.claims.sources import refers_back
from frontlines.nlp.extensions import doc_text
from frontlines.resolve.time.timex import season_year, week_month
from frontlines.vocab.words import words

__all__ = ["LATER", "clause_verb", "date_before", "date_inside", "dated_in", "document_date",
           "list_date", "month_of_week", "narrative_date", "paragraph_of", "said_date",
           "simple_past"]  # fmt: skip

#: Words that open a sentence dated from the one before it ("Days later", "The next day").
LATER = {"later", "afterwards", "after", "next", "following", "same", "then", "meanwhile"}

_DATED = re.compile(r"^\d{4}((-\d{2}){0,2}|-W\d{2})$")  # a day, month, year or week
_LIST_DEPS = {"conj", "appos"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


#: A decade or century (TIMEX3 "197", "19"): "in the late 1970s" dates no count at a
#: precision a claim is given at (a day, month or year), so it is no as-of.
_DECADE = re.compile(r"^\d{1,3}$")
_TIME_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def month_of_week(value: str) -> str:
    """A claim as of 'last week' (TIMEX3 "2025-W10") or 'over the weekend' ("2025-W10-WE")
    is as of that week's month: the month of its Thursday, as ISO weeks are assigned
    ("2025-03", ``week_month``); one at a time of day is as of that day; one of a season
    ("last summer", "2015-SU") as of its year. Other values pass through."""
    if _TIME_OF_DAY.match(value):
        return value[:10]  # "overnight" (2025-03-12TNI), "Tuesday morning": the day
    return week_month(value) or season_year(value) or value


def document_date(times: list[TimeExpression]) -> str | None:
    """The first expression in the story with a year of its own ("November 2005", "3 August
    2016"): what an undated story is anchored to."""
    return next((t.value for t in times if t.type == "DATE" and _DATED.match(t.value)), None)


def date_inside(
    q: Quantity, span: Span, attribution: Attribution | None, times: list[TimeExpression],
    next_number: int,
) -> tuple[str | None, str]:
    """The claim's own date: inside the attribution's content (else the sentence), the
    first one after the number and before the next number ("rose from 41 in 2019 to 97
    in 2021"), else the nearest one before it ("On Jan. 8, forces conducted 34 strikes")."""
    lo, hi = (attribution.content.start, attribution.content.end) if attribution else (
        span.sent.start_char, span.sent.end_char)  # fmt: skip
    if attribution is not None and _misdrawn(attribution, q):
        lo, hi = span.sent.start_char, span.sent.end_char
    first, last = paragraph_of(span)
    lo, hi = max(lo, first), min(hi, last)
    inside = [t for t in times
              if lo <= t.start and t.end <= hi and t.type in {"DATE", "TIME"} and t.precision
              and not _DECADE.match(t.value)]  # fmt: skip
    inside = _without_bare_clocks(_in_its_clause(span, inside))
    after = [t for t in inside if q.end <= t.start < next_number]
    before = [t for t in inside if t.end <= q.start]
    chosen = after[0] if after else (before[-1] if before else (inside[0] if inside else None))
    if chosen is None:
        return None, ""
    shifted = _offset_from(span, chosen, times)
    if shifted is not None:
        return shifted, ""
    return month_of_week(chosen.value), relation(span.doc, chosen)


def said_date(
    span: Span, attribution: Attribution | None, times: list[TimeExpression]
) -> tuple[str, str] | None:
    """The date the claim's source said it on, when the content has none of its own: "In
    2019, the minister said that 5,000 troops would be sent", "his claim in November that
    rebels hold 300 prisoners". The number is as of its saying. The date hangs on the cue
    itself (its clause's verb, or the noun of saying), in the number's sentence, outside
    the content, and is a month or a year (a day is the report date, which the fallbacks
    after this one may refine): a date of another clause near the source ("The army,
    which took the town in 2019, said ...") dates something else, and a "since", "by" or
    "until" on the saying ("Since 2019, the ministry has said ...") spans the time it has
    been said over, which is no day of the count."""
    if attribution is None:
        return None
    doc, sent = span.doc, span.sent
    cue = doc.char_span(attribution.cue.start, attribution.cue.end, alignment_mode="expand")
    if cue is None:
        return None
    cues = {t.i for t in cue}
    for t in times:
        outside = t.end <= attribution.content.start or t.start >= attribution.content.end
        if not (outside and sent.start_char <= t.start and t.end <= sent.end_char):
            continue
        if t.type != "DATE" or t.precision not in {"month", "year"} or not _DATED.match(
                t.value):  # fmt: skip
            continue  # a day is the report date's (the fallbacks after this one read on)
        t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
        token = t_span.root if t_span is not None else None
        for _ in range(4):
            if token is None or token.i in cues:
                break
            if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
                token = None
                break
            token = token.head
        if token is not None and token.i in cues and not relation(doc, t):
            return month_of_week(t.value), ""
    return None


def _without_bare_clocks(inside: list[TimeExpression]) -> list[TimeExpression]:
    """'The next morning, around 6:40 a.m., two sentries died': a clock is of the day named
    beside it (resolved against the report day, it would date nothing)."""
    if any(t.type == "DATE" and t.precision == "day" for t in inside):
        return [t for t in inside if t.type != "TIME"]
    return inside


_SPAN_DAYS = re.compile(r"^P(\d{1,3})([DW])$")
#: The number's clause opened by one of these, measured from another clause's date.
_OFFSET_MARKS = {"after": -1, "before": 1}


def _offset_from(span: Span, chosen: TimeExpression, times: list[TimeExpression]) -> str | None:
    """'The fire broke out three days after a mortar round hit nine': the number's clause,
    opened by "after" / "before" with a span of days or weeks on it, happened that long
    before / after the day of the clause it hangs off; that day is not the number's own."""
    if chosen.precision != "day" or not re.match(r"^\d{4}-\d{2}-\d{2}$", chosen.value):
        return None
    verb = clause_verb(span, depth=5)
    if verb is None or verb.dep_ != "advcl":
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _OFFSET_MARKS]
    measures = [c for c in verb.children if c.dep_ == "npadvmod"]
    if not marks or not measures:
        return None
    doc = span.doc
    lo = min(measures[0].left_edge.idx, marks[0].idx)
    hi = marks[0].idx
    own = {t.i for t in verb.subtree}
    anchor = doc.char_span(chosen.start, chosen.end, alignment_mode="expand")
    if anchor is None or any(t.i in own for t in anchor):
        return None  # the date is the clause's own ("two days after March 3")
    for t in times:
        found = _SPAN_DAYS.match(t.value) if t.type == "DURATION" else None
        if found and lo <= t.start and t.end <= hi:
            days = int(found.group(1)) * (7 if found.group(2) == "W" else 1)
            day = date.fromisoformat(chosen.value).toordinal()
            return date.fromordinal(day + _OFFSET_MARKS[marks[0].lower_] * days).isoformat()
    return None


def paragraph_of(span: Span) -> tuple[int, int]:
    """The character range of the number's sentence inside its own paragraph: a sentence
    the parser ran on across a blank line ("... killed 253 people.\n\nFBI agents
    arrived on Friday") takes no date from the next paragraph."""
    sent, text = span.sent, doc_text(span.doc)
    start = text.rfind("\n\n", sent.start_char, span.start_char)
    end = text.find("\n\n", span.end_char, sent.end_char)
    return (start + 2 if start >= 0 else sent.start_char), (end if end >= 0 else sent.end_char)


def _misdrawn(attribution: Attribution, q: Quantity) -> bool:
    """'Only one person was killed last year, according to the police, and ...' with the
    content drawn after the cue phrase: a content that misses the number bounds nothing
    of it (the number's sentence does) when the cue is a phrase modifying the number's
    clause, not a verb whose own content it is ("Witnesses described chaos as ...")."""
    misses = not (attribution.content.start <= q.start and q.end <= attribution.content.end)
    return misses and attribution.cue.text.lower().startswith("according")


def _in_its_clause(span: Span, inside: list[TimeExpression]) -> list[TimeExpression]:
    """The dates of the number's own clause: the time's verb is the number's, or it hangs
    off no verb ("Tuesday's attack"), or it dates what the count runs from ("have fled
    since the offensive intensified in December"), else the verb the number's clause is
    said under ("found in May that the plant had made 140 tonnes"). With none, the
    sentence's other dates only if the number's clause tells a finished event ("The
    attack, which happened on Tuesday, killed 5"): a clause in the present or perfect is
    about the report date whatever a clause under it dates ("Violence that erupted in
    March has killed 50", "the group, founded in 2002, has 5,000 fighters")."""
    if not inside:
        return inside
    verb = _breakdown_verb(clause_verb(span, depth=5))
    if verb is None:
        return inside
    above = {verb.i}
    token = verb
    # up through the verbs it is the complement of ("reported ... that", "said ... to");
    # spaCy makes a new Token object on every access, so compare indices
    while token.dep_ in {"ccomp", "xcomp"} and token.head.i != token.i:
        token = token.head
        above.add(token.i)
    doc = span.doc
    phrase = _own_phrase(span)
    own: list[TimeExpression] = []
    saying: list[TimeExpression] = []
    for t in inside:
        t_span = doc.char_span(t.start, t.end, alignment_mode="expand")
        t_verb = clause_verb(t_span) if t_span is not None else None
        if (t_verb is None or t_verb.i == verb.i or t_verb.i in phrase
                or runs_from(doc, t, above | phrase)):  # fmt: skip
            own.append(t)  # "since the offensive intensified in December": its baseline
        elif t_verb.i in above:
            saying.append(t)
    if own or saying:
        return own or saying
    return [t for t in inside if not offset_measure(doc, t, verb)] if simple_past(verb) else []


def _breakdown_verb(verb: Token | None) -> Token | None:
    """'wounded 64 people, among them 9 Danes, on March 3': a participle used as a
    preposition ('including', 'excluding') is no clause of its own; the number breaks
    down the count it hangs off, so it shares that count's verb and dates."""
    for _ in range(3):
        if verb is None or verb.dep_ != "prep" or verb.tag_ != "VBG" or verb.head.i == verb.i:
            return verb
        head = verb.head
        verb = clause_verb(head.doc[head.i : head.i + 1], depth=5)
    return verb


def _own_phrase(span: Span) -> set[int]:
    """Token indices of the number's own phrase and the participles and relative clauses
    describing it ("300 killed in 2024", "12 people arrested on Monday", "the 12 miners
    who were killed in March 2019"), whose dates are the number's."""
    root = span.root
    heads = [root, root.head] if root.dep_ == "nummod" else [root]
    found = {t.i for t in root.subtree}
    for head in heads:
        if _gapped(head):
            continue
        for child in head.children:
            if child.dep_ in {"acl", "relcl"}:
                found |= {t.i for t in child.subtree}
    return found


def _gapped(noun: Token) -> bool:
    """'60 people have died and 500 others been hurt in the explosions on Monday': the
    counted noun of a second clause whose auxiliaries are left out, parsed as a conjunct
    of the first clause's verb with its own verb as a participle on it. That participle
    is the clause's verb, not a description of the number, and it shares the first
    verb's tense: the two halves of the toll are of one time."""
    return noun.dep_ == "conj" and noun.head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children
    )


def dated_in(times: list[TimeExpression], start: int, end: int) -> list[TimeExpression]:
    return [t for t in times if start <= t.start and t.end <= end and t.type in {"DATE", "TIME"}
            and t.precision and _DATED.match(t.value[:10])]  # fmt: skip


def _new_paragraph(before: Span, sent: Span) -> bool:
    """A line break between the two sentences; spaCy keeps the blank line at the end of
    the sentence before, so it is looked for after that sentence's last word."""
    text = doc_text(before.doc)[before.start_char : sent.start_char]
    return "\n" in text[len(text.rstrip()) :]


def date_before(span: Span, times: list[TimeExpression]) -> tuple[str, str] | None:
    """The date of the sentence before, for a sentence with no date of its own that is
    dated from it: it opens with "later" words ("Days later, ...", "The next day").
    Same paragraph only. (A sentence that merely takes up the one before, "The mission,
    due to number some 2,500 police, ...", may be about now: it keeps the report date.)"""
    sent = span.sent
    doc = sent.doc
    if sent.start == 0 or dated_in(times, sent.start_char, sent.end_char):
        return None
    before = doc[sent.start - 1].sent
    if _new_paragraph(before, sent):
        return None
    dated = dated_in(times, before.start_char, before.end_char)
    if not dated:
        return None
    opening = {t.lower_ for t in sent[: min(4, len(sent))]}
    if not opening & LATER:
        return None
    chosen = dated[-1]
    if "since" in opening or up_to_now(clause_verb(span)):
        # "Since then, 400 have been killed", "Over the same period 2,000 have died":
        # a count running from that date to the report, which it holds at
        return month_of_week(chosen.value), "since"
    return month_of_week(chosen.value), relation(doc, chosen)


#: Adverbs that point at a place or vehicle the sentence before named ("Nine activists
#: aboard were killed").
_POINTING_ADVERBS = {"aboard", "there", "inside", "onboard"}


def simple_past(verb: Token | None) -> bool:
    """'killed', 'were killed': a finished event; not 'have been killed', 'has', 'will'."""
    for _ in range(3):  # "..., resulting in injuries to six": the clause it hangs off
        if verb is None or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            break
        verb = verb.head
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ in {"VBZ", "VBP", "MD"} or a.lemma_.lower() == "have" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))


def _takes_up(sent: Span, before: Span, verb: Token | None) -> bool:
    """``verb``: the verb of the clause being dated, whose own subject may be "others"."""
    opening = {t.lower_ for t in sent[: min(4, len(sent))]}
    return bool(opening & LATER) or refers_back(sent, before) or _same_doer(sent, before) or any(
        t.lower_ in _POINTING_ADVERBS and t.dep_ == "advmod" for t in sent
    ) or _part_of_those(sent) or _same_toll(sent, before, verb) or (verb is not None and any(
        c.lower_ == "others" and c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ))  # "Some twenty others were hurt as well": people besides those just told of;
    # not a speaker "Others said ..." over the clause that holds the number


#: Verbs of a toll's two halves, the dead and the hurt, told in turn.
_DEATH = {"kill", "die"}
_HURT = {"wound", "injure", "hurt", "maim"}
#: Words telling another event than the one just told ("in a separate attack").
_DISTINCT = words("event", "distinct_event_words")


def _same_toll(sent: Span, before: Span, verb: Token | None) -> bool:
    """'The blasts on May 4 killed 31 people. More than 400 people were injured.': a
    count of the hurt told straight after a count of the dead (or the other way round)
    is the other half of the same toll, so of the same time; not a second count of the
    dead (often another event's), nor one a word says is of another event."""
    lemma = verb.lemma_.lower() if verb is not None else ""
    other = _HURT if lemma in _DEATH else _DEATH if lemma in _HURT else set()
    if not other or any(t.lower_ in _DISTINCT for t in sent):
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in other
               and any(c.like_num for c in t.subtree) for t in before)  # fmt: skip


#: "Of those killed, 11 were ...", "Among the dead were ...": a sentence opening with a
#: part of a group already told: a demonstrative after the preposition, or a definite
#: group of victims ("among the wounded"); "among the other incidents" picks out no count.
_PARTITIVE = {"of", "among"}
_TOLD = {"those", "these", "them"}
_VICTIMS = {"dead", "killed", "wounded", "injured", "hurt", "victims", "casualties",
            "fatalities", "missing", "abducted", "kidnapped", "hostages", "detained",
            "arrested", "survivors", "displaced"}  # fmt: skip


def _part_of_those(sent: Span) -> bool:
    """The sentence opens by picking out part of people the one before told of ("Of those
    hurt, 4 were flown to the coast"): it breaks that count down, of the same time."""
    if len(sent) <= 2 or sent[0].lower_ not in _PARTITIVE:
        return False
    return sent[1].lower_ in _TOLD or (sent[1].lower_ == "the" and sent[2].lower_ in _VICTIMS)


def _same_doer(sent: Span, before: Span) -> bool:
    """The sentence repeats the one before's subject doing the same ("On March 4, aircraft
    conducted 21 strikes. In the north, aircraft conducted 14 strikes"): it breaks down
    what that one told, so it is of the same time."""
    def doer(s: Span) -> tuple[str, str] | None:
        verb = s.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        and c.pos_ in {"NOUN", "PROPN"}), None)  # fmt: skip
        return (verb.lemma_.lower(), subject.lemma_.lower()) if subject is not None else None
    mine = doer(sent)
    return mine is not None and mine == doer(before)


def clause_verb(span: Span, depth: int = 10) -> Token | None:
    """The verb of the number's clause, at most ``depth`` heads up from it ("resulting in
    injuries to six police officers"). A list of counted nouns hangs off its first item
    ("killed 17 people: nine soldiers, five police officers and three civilians"), so
    the links from one item to the item before it are not counted against ``depth``."""
    token = span.root
    steps = 0
    while steps < depth:
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        if not (token.dep_ in _LIST_DEPS and token.head.pos_ in _NOMINAL):
            steps += 1
        token = token.head
    return None


def narrative_date(span: Span, times: list[TimeExpression],
                   depth: int = 3) -> tuple[str, str] | None:  # fmt: skip
    """The date of the sentence(s) before, for a sentence in the simple past with no date
    of its own that takes the one before up, in the same paragraph (``depth`` sentences
    back at most, each of them undated, past and tied to the one before it)."""
    sent = span.sent
    doc = sent.doc
    if not simple_past(clause_verb(span)):
        return None
    listed = list_date(span, times)
    if listed is not None:
        return listed
    verb = clause_verb(span)
    for _ in range(depth):
        if sent.start == 0 or dated_in(times, sent.start_char, sent.end_char):
            return None
        before = doc[sent.start - 1].sent
        if _new_paragraph(before, sent) or not _takes_up(sent, before, verb):
            return None
        dated = dated_in(times, before.start_char, before.end_char)
        if dated:
            return month_of_week(dated[-1].value), relation(doc, dated[-1])
        if not simple_past(before.root):
            return None
        sent, verb = before, before.root
    return None


def list_date(span: Span, times: list[TimeExpression]) -> tuple[str, str] | None:
    """The date of the text a list is introduced by, for an undated item of it: a line
    opening with a bullet mark tells part of what the lead told ("On March 4, aircraft
    conducted 21 strikes ... • Near Kalbor, two strikes destroyed a depot"), however many
    items and headings ("North") stand between. The caller checks the item is in the
    simple past: "• Rebels have lost 200 fighters this year" is about the report date."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.start_char)
    end = len(text) if end < 0 else end
    if not bulleted(text[start:end]) or dated_in(times, start, end):
        return None
    for lo, hi in lines_back(text, start):
        line = text[lo:hi].strip()
        if not line or bulleted(text[lo:hi]) or heading(line):
            continue
        dated = dated_in(times, lo, hi)
        return (month_of_week(dated[-1].value), relation(span.doc, dated[-1])) if dated else None
    return None
