"""Who a cue says is speaking, and how much of the text around them is the source."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.attribution.papers import author_of_paper
from frontlines.nlp.attribution.quotes import DOUBLE_QUOTES, QUOTES, quote_before, trimmed
from frontlines.vocab.words import words

__all__ = ["BREAKS", "DASHES", "FINITE", "FLOATING_QUANTIFIERS", "SHARING", "SOURCE_FOCUS",
           "agent_of", "apposition_before", "experiencer_of",
           "floating", "modified_noun",
           "name_before", "named_after_quote", "object_after_quote", "passive_experiencer",
           "shared_subject",
           "source_span", "speaker_of", "subject_of_aside",
           "subject_of_misread_verb"]  # fmt: skip

BREAKS = frozenset({",", "--", "—", "–"})  # a comma or dash that sets a phrase off
DASHES = frozenset({"--", "—", "–", "-"})
SOURCE_FOCUS = words("attribution", "source_focus")


def speaker_of(verb: Token) -> Token | None:
    """Who the cue word says is speaking: its subject, the agent of a passive, the
    subject a participle shares with its head ('..., saying ...'), or the owner of a
    nominal cue ('his criticism', 'criticism from the senator')."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # Two subjects is a misparse ("BAGHDAD -- The minister said"): the nearer one speaks.
    subject = min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
    if subject is not None and subject.dep_ == "nsubjpass" and not _has_contracted(verb, subject):
        # "was criticized by X"; "is expected to" names no speaker; "was named in articles
        # by X" names X through the paper it was said in
        return agent_of(verb) or author_of_paper(verb)
    if subject is not None and _misread_participle(verb, subject):
        return None
    if subject is None:
        subject = agent_of(verb)
    reduced_passive = (
        # a past form opening the sentence before its clause is a participle whatever the
        # tagger says ("Asked" is often tagged VBD): a finite verb would have a subject
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i < verb.head.i))
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )  # "Asked about the deal, the minister said": the minister was asked, no one speaks
    if subject is None and not reduced_passive:
        subject = shared_subject(verb)
    if subject is None and verb.pos_ == "NOUN":
        subject = next((c for c in verb.children if c.dep_ == "poss"), None)
        if subject is None:
            by = next((c for c in verb.children if c.dep_ == "prep"
                       and c.lower_ in {"by", "from"}), None)  # fmt: skip
            subject = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    return subject


def modified_noun(verb: Token) -> Token | None:
    """'a new poll showing ...', 'a circle of bishops urged ...': a participle or past
    form hung on a noun as its modifier says what that noun says, so the noun speaks
    (annotators draw it as the source). A past participle is passive ('the deal
    criticized by ...') and names no speaker this way."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBD"}:
        return None
    head = verb.head
    return head if head.pos_ in {"NOUN", "PROPN", "PRON"} and head.i < verb.i else None


def object_after_quote(doc: Doc, verb: Token) -> Token | None:
    """'"... lose at this point," added a party official': a cue right after a closing
    quotation, with no subject or clause of its own, inverts its speaker, which the parser
    often reads as the object."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} or (c.dep_ == "ccomp" and c.i > verb.i)
        for c in verb.children
    ):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return None
    quote = quote_before(doc, verb.i)
    closed_on = {",", "?", "!", "—", "--"}  # the quotation runs into the sentence
    return obj if quote is not None and len(quote) > 2 and quote[-2].text in closed_on else None


def subject_of_aside(doc: Doc, verb: Token) -> Token | None:
    """'"...," said Rita Mendez, half smiling': a cue before its speaker, where the speaker
    is set off by a comma from a clause after it (a participle, an aside), which the parser
    then reads as that clause's subject, leaving the cue with none. The phrase that opens
    right after the cue and closes on the comma is who speaks. Only after a quotation the
    sentence closes first, where an inverted speaker is the rule."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "dobj"} for c in verb.children
    ):
        return None
    quote = quote_before(doc, verb.i)
    if quote is None or quote[-2].text not in {",", "?", "!", "—", "--"}:
        return None
    for clause in verb.rights:
        if clause.dep_ not in {"ccomp", "advcl", "conj"}:
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != verb.i + 1:
            continue
        last = subject.right_edge.i  # the comma may hang on the subject or follow it
        comma = last if doc[last].text == "," else last + 1
        if comma < clause.i and doc[comma].text == ",":
            return subject
    return None


def experiencer_of(verb: Token, feeling: frozenset[str]) -> tuple[Span, Span] | None:
    """(source, content) of a verb of feeling used actively with an object ('The remark
    worried some analysts'): the object feels, so it is the source, and the subject is
    what it reacts to. None for any other verb or use ('analysts worried that ...')."""
    if verb.lemma_.lower() not in feeling or any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children
    ):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "csubj"}), None)
    if obj is None or subject is None:
        return None
    source = source_span(verb.doc, obj)
    clause = next((c for c in obj.rights if c.dep_ in {"relcl", "acl", "ccomp"}), None)
    if source is not None and clause is not None:  # "some analysts, who ...": the analysts
        source = trimmed(verb.doc, source.start, min(source.end, clause.left_edge.i))
    content = trimmed(verb.doc, subject.left_edge.i, subject.right_edge.i + 1)
    return (source, content) if source is not None and content is not None else None


def passive_experiencer(verb: Token, feeling: frozenset[str]) -> Token | None:
    """'Party elders were startled by the attack', 'the senator is convinced that ...': a
    verb of feeling or persuasion in the passive has the one who feels as its subject, so
    that subject is the source, and a 'by' phrase is what they react to, not a speaker."""
    if verb.lemma_.lower() not in feeling:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


#: How a verb with no subject of its own hangs from one whose subject it shares.
SHARING = frozenset({"conj", "advcl", "xcomp", "pcomp"})


def shared_subject(verb: Token, most: int = 4) -> Token | None:
    """The subject a verb shares with the verbs it hangs from, climbing coordination
    ('rushed in and said'), participles ('took it in stride, saying'), infinitives and
    'by -ing' ('started winning by denouncing') until a verb has one."""
    node = verb
    for _ in range(most):
        if node.dep_ not in SHARING:
            return None
        # "was forced into it and said": a passive subject speaks for its conjunct, but
        # not for an adverbial clause ("Asked about it, ...")
        deps = {"nsubj"} if node.dep_ == "advcl" else {"nsubj", "nsubjpass"}
        # "by telling them": the preposition's governor; "..., saying": the head verb
        moved, node = node, node.head.head if node.dep_ == "pcomp" else node.head
        controller = _object_controller(moved, node)
        if controller is not None:  # "left many voters wondering": the voters wonder
            return controller
        reporter = _reporter(moved, node)
        if reporter is not None:  # "X said (that) Y was wrong, adding ...": X adds
            node, deps = reporter, {"nsubj"}
        subjects = [c for c in node.children if c.dep_ in deps]
        if subjects:  # "The day before, ..., Mr. X was blunt, claiming": two subjects is a
            return min(subjects, key=lambda c: abs(node.i - c.i))  # misparse, the nearer one
    return None


def _object_controller(verb: Token, head: Token) -> Token | None:
    """The object of the verb an infinitive or participle complements, which is who does
    it ('urged voters to ask', 'left the party wondering'), rather than the subject."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


#: Finite verb tags: a finite verb coordinated with a verb of another form is not its
#: conjunct but the conjunct of a verb higher up the parse.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _reporter(verb: Token, head: Token, most: int = 5) -> Token | None:
    """The verb that reports the clause ``verb`` was hung in, when ``verb`` belongs with
    it rather than with that clause: the parser often attaches a trailing participle
    ('X said that Y was wrong, adding ...') or a second finite verb of another tense
    ('X said Y had lost and called ...') to the last verb of the reported clause,
    where annotators read the reporter's subject as the speaker."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i
    finite = verb.dep_ == "conj" and verb.tag_ in FINITE
    if not (participle or finite):
        return None
    node = head
    for _ in range(most):
        if node.dep_ == "ccomp" and node.head.i < node.i:
            reporter = node.head
            if participle or reporter.tag_ == verb.tag_:
                return reporter
            return None
        if node.dep_ not in {"conj", "xcomp", "advcl", "acomp", "pcomp", "pobj", "prep"}:
            return None
        node = node.head
    return None


def _misread_participle(verb: Token, subject: Token) -> bool:
    """'Aid pledged for 3 million refugees has fallen short': the parser took a participle
    modifying a noun for a past-tense verb with that noun as subject, and hung the real
    verb on it as a conjunct; a conjunct with a tense of its own ("has fallen") and no
    "and" joining it gives the misreading away. The noun is what was pledged, not who."""
    if verb.tag_ != "VBD" or subject.pos_ != "NOUN" or subject.i != verb.i - 1:
        return False
    if any(c.dep_ == "cc" for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and any(a.dep_ == "aux" for a in c.children)
               for c in verb.children)  # fmt: skip


def _has_contracted(verb: Token, subject: Token) -> bool:
    """"She's said that ...", "who's called for 5,000 troops": the parser reads the "'s"
    before a past participle as "is" (a passive) where it is "has"; with no agent, with
    what the verb says after it (a clause, or "for" what it asks) and a subject that can
    speak, the clause is active and the subject speaks. "He's said to be ill" (an
    infinitive) and "It's said that ..." stay passive."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in {"'s", "’s"} or subject.lower_ == "it":
        return False
    if any(c.dep_ in {"agent", "xcomp"} for c in verb.children):
        return False
    # "she's said the opposite": a passive takes no direct object, so "'s" is "has"
    return any(c.dep_ in {"ccomp", "dobj"} or (c.dep_ == "prep" and c.lower_ == "for")
               or (c.dep_ == "advcl" and _opened_by_for(c))
               for c in verb.children)  # fmt: skip


def _opened_by_for(clause: Token) -> bool:
    """'who has asked for 8,000 soldiers divided among ...': the parser can read "for" and
    what follows as a clause it marks (the participle after the noun taken for its verb);
    it is still what the cue asks for."""
    return any(c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i for c in clause.children)


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def source_span(doc: Doc, head: Token, marker: bool = False) -> Span | None:
    """The subject's phrase without the asides and dates after it ('Mr. Trump, speaking to
    veterans, said' -> 'Mr. Trump'; 'a panel in 2001 found' -> 'a panel').

    A possessor's marker is no part of it either ("was cited in the agency's report": the
    agency), unless ``marker``: the possessor of a cue noun is drawn with its marker, the
    way annotators draw it ("the governor's claim that ...": "the governor's"; on the
    PolNeAR train tune half 99 gold sources end in the marker, 3 possessors are drawn
    without it); a claim names the speaker without it (``claims.sources.claim_source``)."""
    cut = {t.i for c in head.children if c.i > head.i
           and (_aside(doc, c) or _when(c) or floating(c) or (c.dep_ == "case" and not marker))
           for t in c.subtree}  # fmt: skip
    kept = [t.i for t in head.subtree if t.i not in cut]
    start, end = min(kept), max(kept) + 1
    if cut:  # the source ends where the first aside after its head begins
        end = min(end, min(cut))
    while end - 1 > head.i and doc[end - 1].text in BREAKS:
        end -= 1
    # What a comma or dash cuts off before the name is a misparse, not the source:
    # "WASHINGTON -- President Obama", "after the election, Minyon Moore".
    breaks = [i for i in range(start, head.i) if doc[i].text in BREAKS | {":"}]
    if breaks:
        start = breaks[-1] + 1
    while start > 0 and start == head.left_edge.i and _stray_name(doc[start - 1]):
        start -= 1  # "Texas Sen. Ted Cruz" where the parser left "Texas" a root of its own
    if doc[start].text in QUOTES and not any(t.text in QUOTES for t in doc[start + 1 : end]):
        start += 1  # a quote closed before the source began
    if start < head.i and doc[start].lower_ in SOURCE_FOCUS and doc[start].dep_ == "advmod":
        start += 1  # "even some of his admirers": the particle is not the speaker
    span = trimmed(doc, start, end)
    if span is not None and span.end < len(doc):
        # "Mia Holt — a nurse in Cedar Falls — said": annotators close the aside
        # with its dash when the source opened it (33 times in 35 on PolNeAR train)
        dash = doc[span.end].text
        if dash in DASHES and sum(t.text == dash for t in span) % 2 == 1:
            span = doc[span.start : span.end + 1]
    if span is not None and _quote_left_open(span):
        # "anchor of CNN's “Early Start,”": a title the source quotes ends with its mark
        j = span.end
        while j < len(doc) and j < span.end + 2 and doc[j].text in {",", "."}:
            j += 1
        if j < len(doc) and doc[j].text in DOUBLE_QUOTES and doc[j].text != "“":
            span = doc[span.start : j + 1]
    return span


#: Quantifiers that float off the subject to stand before the verb ('the senators both said').
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def floating(token: Token) -> bool:
    """'Lee and Ruiz both stressed', 'Mr. Ortiz himself admitted': a quantifier or an
    emphatic reflexive after the subject (the parser hangs it on the subject as an
    apposition) is not part of who speaks; annotators draw a floated quantifier into the
    cue ('both stressed') and leave the reflexive out of the source."""
    if token.dep_ != "appos" or any(True for _ in token.children):
        return False
    if token.lower_ in FLOATING_QUANTIFIERS:
        return token.tag_ == "DT"
    return token.tag_ == "PRP" and token.lower_.endswith(("self", "selves"))


def _stray_name(token: Token) -> bool:
    """A proper noun the parser left as a root of its own, with nothing hung on it, right
    before the speaker's phrase on the same line: a piece of the same name or title."""
    return (
        token.tag_ == "NNP"
        and token.head.i == token.i
        and not any(True for _ in token.children)
        and token.whitespace_ == " "
    )


def _quote_left_open(span: Span) -> bool:
    """Does the span open a double quotation it does not close?"""
    opened = sum(t.text == "“" for t in span) - sum(t.text == "”" for t in span)
    straight = sum(t.text in {'"', "``", "''"} for t in span)
    return opened > 0 or straight % 2 == 1


def named_after_quote(doc: Doc, sent: Span, verb: Token) -> Span | None:
    """'...,” Baker, a close aide to the mayor, said Friday': the words between a quotation
    that closes on a comma (or ? !) and the cue are its speaker, whatever the parser made of
    them (it often hangs the name on the quotation and takes a later noun as subject)."""
    k = verb.i - 1
    while k >= sent.start and doc[k].head.i == verb.i and doc[k].dep_ in {"aux", "neg", "advmod"}:
        k -= 1
    end = k + 1
    # '“Not now!” Smith said': the splitter often ends a sentence at a quotation closing
    # on ? or !, so the closing mark may sit just before the sentence.
    lower = sent.start - 1 if sent.start > 1 and doc[sent.start - 1].text in DOUBLE_QUOTES \
        else sent.start  # fmt: skip
    while k >= lower and doc[k].text not in DOUBLE_QUOTES:
        if doc[k].pos_ in {"VERB", "AUX"} or end - k > 15:
            return None  # a clause of its own, not a name
        k -= 1
    if k < lower or k == sent.start or k + 1 >= end or doc[k - 1].text not in {",", "?", "!"}:
        return None
    words = doc[k + 1 : end]
    # '," the editorial read': with the cue misread as a noun, its subject is tagged an
    # adjective; the word before the cue still names who speaks
    shifted = verb.pos_ == "NOUN" and words[-1].pos_ == "ADJ" and words[-1].head.i == verb.i
    if not shifted and not any(t.pos_ in {"PROPN", "PRON", "NOUN"} for t in words):
        return None
    return trimmed(doc, k + 1, end)


SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Modifiers the parser gives a verb it misread as a noun, which are really its subject.
_NOUN_MODIFIERS = frozenset({"det", "nmod", "compound", "amod", "poss"})
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those"})


def subject_of_misread_verb(doc: Doc, verb: Token) -> Span | None:
    """'Some view his nomination as a takeover', 'campaign records show', '..., the
    editorial read': a cue the tagger read as a noun heading the sentence takes its
    subject for its modifiers; the words hung on it right before it are who speaks (not
    an article alone, which only a noun takes)."""
    if verb.pos_ != "NOUN" or verb.dep_ != "ROOT":
        return None
    start = verb.i
    for child in reversed(list(verb.lefts)):
        if child.dep_ not in _NOUN_MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    if start == verb.i:
        return None
    words = doc[start : verb.i]
    if all(t.lower_ in _ARTICLES or t.pos_ in {"ADJ", "PUNCT"} for t in words):
        return None
    return trimmed(doc, start, verb.i)


def name_before(doc: Doc, sent: Span, verb: Token) -> Span | None:
    """A cue the parser gave no subject, right after a name ('... of the Daily Ledger
    Ortiz said', 'Lena Falk, the head of the Union, told'): the name (with
    its appositive, or 'X and Y') speaks."""
    k = verb.i - 1
    while k > sent.start and doc[k].head.i == verb.i and doc[k].dep_ in {"aux", "neg", "advmod"}:
        k -= 1
    end = k + 1
    if doc[k].text == "," and k - 1 > sent.start:  # 'Name, an appositive, said'
        top = doc[k - 1]
        for _ in range(6):
            if top.dep_ == "appos" or top.head.i >= verb.i or top.head.i == top.i:
                break
            top = top.head
        if top.dep_ != "appos" or top.head.ent_type_ not in SPEAKER_ENTITIES:
            return None
        name = _entity_at(doc, top.head.i)
        return trimmed(doc, name.start, k) if name is not None else None
    name = _entity_at(doc, k) if doc[k].ent_type_ in SPEAKER_ENTITIES else None
    if name is None or name.end != end:
        return None
    start = name.start
    if start - 2 >= sent.start and doc[start - 1].lower_ == "and":  # 'Obama and Clinton'
        other = _entity_at(doc, start - 2)
        if other is not None and other.label_ == name.label_:
            start = other.start
    return doc[start:end]


def apposition_before(doc: Doc, sent: Span, verb: Token) -> Span | None:
    """'In a statement to the paper, her chief aide, Ann Lee, said': the parser hangs the
    speaker on the fronted phrase's noun as an apposition and leaves the finite cue with
    no subject. The apposition that ends, set off by commas, right before the cue (the
    first of a chain of them, with the rest) is who speaks."""
    if verb.tag_ not in FINITE or any(
        c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children
    ):
        return None
    k = verb.i - 1
    while k > sent.start and doc[k].head.i == verb.i and doc[k].dep_ in {"aux", "neg", "advmod"}:
        k -= 1
    end = k
    if doc[k].text == ",":
        k -= 1
    if k <= sent.start or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return None
    top = doc[k]
    while top.dep_ != "appos" and top.head.i != top.i and top.head.i < top.i and top.i > sent.start:
        top = top.head  # from the last word up to the phrase it ends
    if top.dep_ != "appos":
        return None
    while top.head.dep_ == "appos" and top.head.i < top.i:
        top = top.head  # 'her chief aide, Ann Lee': the first of the chain
    anchor = top.head
    while anchor.head.i != anchor.i and anchor.head.i != verb.i:
        anchor = anchor.head
    start = top.left_edge.i
    if anchor.head.i != verb.i or anchor.i > verb.i or doc[start - 1].text != ",":
        return None
    return trimmed(doc, start, end)


def _entity_at(doc: Doc, i: int) -> Span | None:
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def _when(modifier: Token) -> bool:
    """'a review board in 1998 ruled': a date the parser hung on the speaker."""
    if modifier.dep_ == "npadvmod":
        return modifier.ent_type_ in {"DATE", "TIME"}
    if modifier.dep_ != "prep":
        return False
    obj = next((c for c in modifier.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in {"DATE", "TIME"}


def _aside(doc: Doc, clause: Token) -> bool:
    """Which clauses after the speaker's name are not part of the source, as PolNeAR
    annotators draw it (counted on its train split): an adverbial clause, and a
    participle set off by a comma ('Mr. Trump, speaking to veterans, said'). A clause
    that picks the speaker out stays ('a report released last year', 'the experts I
    interviewed'), and so does a relative clause after a name ('Mr. Kamin, who visited
    the camps,'): annotators keep it about half the time, and keeping it scores a little
    better. After a common noun set off by a comma ('two senators, both of whom opposed
    it,') they cut it more often than not (35 times in 56 on the train tune half)."""
    if clause.dep_ == "advcl":
        return True
    start = clause.left_edge.i
    set_off = start > 0 and doc[start - 1].text in BREAKS | {"("}
    if clause.dep_ == "relcl":
        return set_off and clause.head.pos_ == "NOUN"
    # "Mr. Ortiz, almost alone, argued": an adverb set off after the name qualifies the
    # report (the parser hangs it on the nearest word), not who is speaking
    return clause.dep_ in {"acl", "advmod"} and set_off
