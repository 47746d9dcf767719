"""What a number counts when its own phrase does not say, read from the parse.

* A number stated as the value of a tally ("estimated the number of militia gunmen at
  some 2,000 to 4,000", "the death toll rose to 40", "the total of detainees
  is 300") counts what the tally is "of": the head noun after "number of".
* A breakdown ("arrested seven members, including two women", "among them
  three children") counts a part of what the number before it counted, so it
  takes that number's measure.
* The words of the number's clause (the governing verb's object and subject
  with their modifiers: "raise our relief funding ... by £15 million",
  "taking our total pledge to £40 million") say what an amount is
  for; measures that list ``clause_concept`` read them.
* A count in apposition to a plural noun ("raids -- five since Sunday",
  "casualties: 40") counts that noun, however the parser attached it.
* What happened to the people counted is the governing verb, read with its object where
  the pair is an idiom ("lost their lives", "claimed 3,000 lives"), and with the verb of
  an object-control complement ("forced 100,000 people to flee": the people fled).
* People counted: a head noun naming people (a word of ``[people] nouns`` in
  ``data/measures.toml``, or a nationality: "1.2 million Nigerians").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.hospital import to_hospital

__all__ = [
    "BREAKDOWN_PREPOSITIONS",
    "CAUGHT_VERBS",
    "clause_heads",
    "DRIVING_VERBS",
    "FATAL_ADVERBS",
    "HANDOVER_VERBS",
    "HOMES",
    "IDIOMS",
    "PHRASAL",
    "SENSE_FORMS",
    "TALLY_NOUNS",
    "appositive_noun",
    "bare_tally",
    "described_by",
    "handed_over",
    "head_forms",
    "noun_verbs",
    "picks_one_of",
    "share_of",
    "breaks_down",
    "clause_lemmas",
    "counts_people",
    "counts_the_doers",
    "deed_words",
    "context_lemmas",
    "tallied_noun",
    "tally_of",
    "verb_lemmas",
    "warplanes",
]

#: Nouns whose value is a count of what follows "of".
TALLY_NOUNS = {"number", "toll", "total", "tally", "count", "figure", "estimate"}
#: Prepositions that introduce a part of the phrase before them.
BREAKDOWN_PREPOSITIONS = {"including", "among"}
_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}
_MODIFIERS = {"amod", "compound", "poss"}


def _counted_token(span: Span) -> Token:
    root = span.root
    return root.head if root.dep_ in {"nummod", "quantmod"} and root.head.i >= span.end else root


def tallied_noun(span: Span, verb: Token | None) -> Token | None:
    """'put the number of rebel fighters at 1,200' -> fighters: the number is no modifier
    of a noun and its verb takes a tally noun with 'of' as object or subject."""
    if verb is None or span.root.dep_ == "nummod":
        return None
    for child in verb.children:
        if child.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
            continue
        if child.lemma_.lower() not in TALLY_NOUNS or child.i >= span.start:
            continue
        found = tally_of(child)
        if found is not None:
            return found
    # "put the death toll at 21", "the casualty figure rose to 70": the compound says
    for child in verb.children:
        if (child.dep_ in {"dobj", "nsubj", "nsubjpass"} and child.i < span.start
                and child.lemma_.lower() in TALLY_NOUNS - {"number", "estimate"}):  # fmt: skip
            compounds = [c for c in child.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if compounds:
                return compounds[-1]
    return None


def tally_of(tally: Token) -> Token | None:
    """What a tally noun is "of", through tallies of tallies ("estimates of the number of
    refugees" -> refugees): a count of a count counts the same things."""
    for _ in range(3):
        objects = [t for prep in tally.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for t in prep.children if t.dep_ == "pobj"]  # fmt: skip
        if not objects:
            return None
        if objects[0].lemma_.lower() not in TALLY_NOUNS or not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in objects[0].children):  # fmt: skip
            return objects[0]
        tally = objects[0]
    return None


def bare_tally(concept: Span | None) -> bool:
    """'the figure could now exceed 7,500': a tally noun with no "of" phrase says how
    many of what the sentence counted before, not what it counts itself."""
    if concept is None or concept.root.lemma_.lower() not in TALLY_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in concept.root.children)


_DASHES = {"--", "—", "–", ":"}


def appositive_noun(span: Span) -> Token | None:
    """'raids -- five since Sunday': a bare number right after a dash or
    colon that follows a plural noun counts that noun (no noun of its own follows it)."""
    doc = span.doc
    if span.start < span.sent.start + 2 or doc[span.start - 1].text not in _DASHES:
        return None
    after = doc[span.end] if span.end < span.sent.end else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return None
    noun = doc[span.start - 2]
    return noun if noun.tag_ in {"NNS", "NNPS"} else None


#: Verbs that, with "from" / "out of" a home, say people were displaced ("forced from
#: their homes", "driven out of their villages").
DRIVING_VERBS = {"force", "drive", "chase", "push", "expel", "uproot", "evict"}
HOMES = {"home", "house", "village", "town", "city", "land", "region", "area", "country",
         "neighborhood", "neighbourhood"}

#: (verb, object) pairs that say what happened to the people counted, as the verb given.
IDIOMS = {("lose", "life"): "die", ("claim", "life"): "kill", ("take", "life"): "kill",
          ("lose", "limb"): "maim"}  # fmt: skip
#: A side that "lost 15 soldiers" had them killed: losing people (not land) is dying.
_LOST_PEOPLE = {"soldier", "troop", "man", "fighter", "serviceman", "servicemember", "officer",
                "policeman", "marine", "member", "people", "civilian", "child", "comrade"}
IDIOMS |= {("lose", noun): "die" for noun in _LOST_PEOPLE}
#: Manner adverbs that say a verb of harm killed ("fatally shot", "fatally stabbed").
FATAL_ADVERBS = {"fatally", "lethally"}

#: (verb, particle) pairs that say what happened, as the verb given ("gunned down").
PHRASAL = {("gun", "down"): "kill", ("mow", "down"): "kill", ("cut", "down"): "kill",
           ("lock", "up"): "detain", ("lock", "away"): "detain", ("wipe", "out"): "kill",
           ("kill", "off"): "kill", ("carry", "off"): "abduct", ("drive", "out"): "displace"}
#: Inflected forms that say a sense their lemma shares with others: "hanged" is only ever
#: put to death ("three prisoners were hanged"), where "hung" hangs flags and pictures, so
#: the prisoners counted are dead, not held.
SENSE_FORMS = {"hanged": "execute"}


#: Verbs that with "over" say people were given into someone's custody ("handed over two
#: suspects", "were turned over to the police"): said of people, they are detained.
HANDOVER_VERBS = {"hand", "turn"}


def handed_over(verb: Token | None) -> bool:
    """The verb is 'hand over' / 'turn over', however the parser attached 'over'."""
    if verb is None or verb.lemma_.lower() not in HANDOVER_VERBS:
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or (
        nxt is not None and nxt.lower_ == "over")


#: Dependencies of a word saying what the object or subject became ("held them captive").
_PREDICATIVE = {"oprd", "acomp", "xcomp", "advmod", "npadvmod", "attr"}


def noun_verbs(lemma: str) -> set[str]:
    """The verbs an event noun may stand for: an '-ing' nominal's ('killings' -> 'kill'),
    an '-ion', '-ment' or '-ance' one's ('executions' -> 'execute', 'abduction' -> 'abduct',
    'displacement' -> 'displace', 'disappearance' -> 'disappear'), and the noun itself
    ('arrests', 'lives')."""
    forms = _verb_forms(lemma)
    if lemma.endswith("ion") and len(lemma) > 6:
        stem = lemma[:-3]
        forms |= {stem, stem + "e"}
    if lemma.endswith("ment") and len(lemma) > 7:
        forms.add(lemma[:-4])
    if lemma.endswith("ance") and len(lemma) > 8:
        forms.add(lemma[:-4])  # "disappearance" -> "disappear"
    return forms


def _verb_forms(lemma: str) -> set[str]:
    """An '-ing' nominal's verb ('retaking' -> 'retake'): the parser lemmatises it as a noun."""
    if not lemma.endswith("ing") or len(lemma) < 6:
        return {lemma}
    stem = lemma[:-3].replace("-", "")  # "re-taking" -> "retake"
    forms = {lemma, stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # "shelling" -> "shell"
    return forms


def _left_behind(verb: Token, span: Span) -> bool:
    """'Leave' says people were displaced when the number counts those who left ("60,000
    people left the pocket"), not when it counts what was left behind ("left thousands
    without power": the object of 'leave')."""
    return any(c.dep_ == "dobj" and c.left_edge.i <= span.root.i <= c.right_edge.i
               for c in verb.children)  # fmt: skip


#: Buildings and occasions people leave without leaving home ("60 protesters left the
#: hotel lobby", "200 delegates left the meeting"): no displacement.
_VENUES = {"hotel", "lobby", "building", "room", "hall", "office", "stadium", "arena", "venue",
           "meeting", "court", "courtroom", "chamber", "restaurant", "theater", "theatre",
           "club", "bar", "store", "shop", "mall", "session", "rally", "talks", "conference",
           "stage", "party", "premises", "auditorium", "studio", "museum", "classroom"}


def _left_a_venue(verb: Token) -> bool:
    """'Some 45 marchers left the stadium': what was left is a building or an occasion,
    not a home, town or country, so leaving it displaces no one."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _VENUES for c in verb.children)


#: Verbs whose subject is who it happens to, object or not ("thousands fled the city",
#: "200 people left the pocket", "five soldiers suffered wounds").
_SUBJECT_UNDERGOES = {"flee", "escape", "leave", "die", "perish", "surrender", "disappear",
                      "vanish", "evacuate", "cross", "lose", "suffer", "survive", "return",
                      "abandon", "seek", "reach", "enter", "undergo", "sustain", "receive"}


def counts_the_doers(span: Span, verb: Token | None) -> bool:
    """'Two suicide bombers killed 30 people', 'clashes between the two groups killed 2',
    'killed by three militants': the number is in the subject of a verb that has its own
    object, or in the passive's agent, so it counts who did it, not to whom; what the verb
    says happened is not said of it. A verb whose object only completes it ("10 people
    lost their lives") still says what happened to its subject."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _SUBJECT_UNDERGOES:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any((lemma, o.lemma_.lower()) in IDIOMS for o in objects):
        return False
    for child in verb.children:
        if not child.left_edge.i <= span.root.i <= child.right_edge.i:
            continue
        if child.dep_ == "agent" or (child.dep_ == "nsubj" and objects):
            return True
    return False


def deed_words(span: Span, verb: Token) -> set[str]:
    """The words of the deed the doers counted by ``span`` did (``counts_the_doers``): the
    verb's clause outside the doers' own phrase, whose result words say what befell the
    others ("two gunmen shot dead 30 villagers", "four militants stabbed to death six
    guards", "three attackers left 20 people dead"), never the doers."""
    doer = next((c for c in verb.children
                 if c.left_edge.i <= span.root.i <= c.right_edge.i), None)  # fmt: skip
    inside = range(doer.left_edge.i, doer.right_edge.i + 1) if doer is not None else range(0)
    return {w for t in verb.subtree if t.i not in inside for w in (t.lemma_.lower(), t.lower_)}


def head_forms(token: Token) -> set[str]:
    """The words a counted noun may be looked up by: its lemma and form, a noun compound
    written in two words as the one word ("service members": "servicemember"), and a
    capitalised plural's singular, which the lemmatizer leaves as written ("Marines")."""
    forms = {token.lemma_.lower(), token.lower_}
    compound = token.doc[token.i - 1] if token.i > 0 else None
    if compound is not None and compound.dep_ == "compound" and compound.head.i == token.i \
            and compound.pos_ == "NOUN":  # fmt: skip
        forms.add(compound.lower_ + token.lemma_.lower())
    if token.tag_ == "NNPS" and token.lower_.endswith("s") and len(token.lower_) > 3:
        forms.add(token.lower_[:-1])
    return forms


def verb_lemmas(verb: Token | None, span: Span, event_noun: str | None = None) -> set[str]:
    """Lemmas that say what happened to what the number counts: the governing verb (or
    the event noun standing for it), an idiom it forms with its object, and an
    object-control complement's verb when the number is in the object ("forced 500 people
    to flee") or the passive subject ("500 people were forced to flee")."""
    if event_noun is not None:
        return _verb_forms(event_noun)
    if verb is None:
        return set()
    lemma = verb.lemma_.lower()
    lemmas = {lemma}
    if verb.lower_ in SENSE_FORMS:
        lemmas.add(SENSE_FORMS[verb.lower_])
    for child in verb.children:
        obj = _part_of(child)  # "lost 12 of our men": the men were lost
        if child.dep_ == "dobj" and (lemma, obj.lemma_.lower()) in IDIOMS:
            lemmas.add(IDIOMS[(lemma, obj.lemma_.lower())])
        elif child.dep_ == "dobj" and lemma == "lose" and obj.ent_type_ == "NORP":
            lemmas.add("die")  # "lost two Americans": people of a nation lost are dead
        if child.dep_ == "advmod" and child.lower_ in FATAL_ADVERBS:
            lemmas.add("kill")  # "were fatally shot"
        if child.dep_ == "prt" and (lemma, child.lower_) in PHRASAL:
            lemmas.add(PHRASAL[(lemma, child.lower_)])
        if child.dep_ in _PREDICATIVE and child.lower_ in {"hostage", "hostages", "captive"}:
            lemmas.add("abduct")  # "holding 130 people captive", "were taken captive"
    if lemma in DRIVING_VERBS and any(  # "forced from their homes", "driven out of"
        p.dep_ == "prep" and p.lower_ in {"from", "out"} and any(
            o.lemma_.lower() in HOMES for o in p.subtree if o.dep_ == "pobj")
        for p in verb.children
    ):
        lemmas.add("displace")
    if lemmas == {lemma} and to_hospital(verb, span):  # never over another reading
        lemmas.add("hospitalize")  # "were taken to hospital": the people counted were hurt
    if lemma == "leave" and (_left_behind(verb, span) or _left_a_venue(verb)):
        lemmas.discard("leave")  # "left thousands without power", "45 left the stadium"
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
               and c.left_edge.i <= span.root.i <= c.right_edge.i]  # fmt: skip
    if objects:
        lemmas |= {c.lemma_.lower() for c in verb.children
                   if c.dep_ == "xcomp" and c.pos_ == "VERB"
                   and any(a.lower_ == "to" for a in c.children)}  # fmt: skip
    return lemmas


def _part_of(obj: Token) -> Token:
    """'lost 12 of our men': a number as the object, with "of" and a noun, stands for
    part of what that noun names; the noun is what the verb was done to. A plain object
    is itself."""
    if not obj.like_num:
        return obj
    found = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]  # fmt: skip
    return found[0] if found else obj


def breaks_down(span: Span, earlier_start: int, earlier_end: int) -> bool:
    """The number's phrase hangs off 'including' / 'among' attached to the noun the
    earlier number (characters ``earlier_start``..``earlier_end``) counts, or to the verb
    that number is an argument of (the parser's attachment of "numbered 213, including
    12 Americans")."""
    counted = _counted_token(span)
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ not in BREAKDOWN_PREPOSITIONS:
        return False
    owner = prep.head
    if owner.pos_ in {"VERB", "AUX"}:  # "numbered 213, including 12": hung on the verb
        return any(c.dep_ in _ARGUMENTS and c.left_edge.idx <= earlier_start <= c.right_edge.idx
                   and c.i < span.start for c in owner.children)  # fmt: skip
    return earlier_start <= owner.idx and owner.idx < earlier_end + 80 and owner.i < span.start


def clause_lemmas(span: Span, verb: Token | None) -> set[str]:
    """Lemmas of the governing verb's arguments and their modifiers."""
    if verb is None:
        return set()
    lemmas: set[str] = set()
    for child in verb.children:
        if child.dep_ in _ARGUMENTS or (child.dep_ == "prep" and child.i < span.start):
            heads = [child] + [t for t in child.children if t.dep_ == "pobj"]
            for head in heads:
                lemmas.add(head.lemma_.lower())
                lemmas |= {m.lemma_.lower() for m in head.children if m.dep_ in _MODIFIERS}
    return lemmas


def context_lemmas(span: Span, window: int) -> set[str]:
    """Lemmas within ``window`` tokens either side of the number, inside its sentence,
    but for a noun compounded with the counted noun: "one aid worker" names who the person
    is, not that anyone needs aid ("7.1 million people in need" does)."""
    doc, sent = span.doc, span.sent
    counted = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else None
    tokens = [t for t in (*doc[max(sent.start, span.start - window) : span.start],
                          *doc[span.end : min(sent.end, span.end + window)])
              if not (counted is not None and t.dep_ == "compound" and t.head.i == counted.i)]
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def counts_people(counted: Token | None, people: frozenset[str]) -> bool:
    """The counted noun names people: a listed noun or a nationality ('Nigerians')."""
    if counted is None:
        return False
    return (counted.lemma_.lower() in people or counted.lower_ in people
            or counted.ent_type_ == "NORP")  # fmt: skip


def described_by(counted: Token | None) -> set[str]:
    """Lemmas of the verbs of clauses describing the counted noun: a relative clause
    ("residents who fled", "the 251 people it abducted") or a participle ("people
    displaced by the fighting", "sent 20,000 people fleeing"), on the noun or on the
    appositions after it; ``counted`` may be a bare number itself ("30 abducted")."""
    if counted is None:
        return set()
    # "two further suspects -- one Libyan, one Chadian -- who were detained": the parser hangs the
    # clause on the last of the appositions that break the noun down; it describes the noun
    nouns = [counted]
    while (appos := [c for c in nouns[-1].children if c.dep_ == "appos" and any(
            k.dep_ == "nummod" for k in c.children)]) and len(nouns) < 4:  # counted parts
        nouns.append(appos[-1])
    # a bare number's participle may be tagged as a past tense ("Nigeria: 30 abducted")
    tags = {"VBN", "VBG", "VBD"} if counted.like_num else {"VBN", "VBG"}
    clauses = [c for n in nouns for c in n.children if c.pos_ == "VERB"
               and ((c.dep_ == "relcl" and not _done_by(c))
                    or (c.dep_ == "acl" and c.tag_ in tags))]  # fmt: skip
    return {c.lemma_.lower() for c in clauses} | {
        "trap" for c in clauses if c.lemma_.lower() in CAUGHT_VERBS
        and any(p.dep_ == "prep" and p.lower_ in {"in", "inside"} for p in c.children)} | {
        "die" for c in clauses if _lost_them(c, counted)}


#: The words that open a relative clause; the parser tags "that" as a conjunction at times.
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def _lost_them(clause: Token, counted: Token) -> bool:
    """'the four soldiers we lost in the ambush', 'the 12 Americans that the country lost':
    a relative clause of "lose" whose object is the people counted (no object of its own
    but the relative pronoun) says they died, as "lost 12 soldiers" does."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() != "lose":
        return False
    if any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_PRONOUNS for c in clause.children):
        return False  # "the soldiers who lost their homes": what they lost is said
    if any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS for c in clause.children):
        return False  # "the players who lost": the people counted are the losers
    return counted.lemma_.lower() in _LOST_PEOPLE or counted.ent_type_ == "NORP"


#: Verbs that with "in" a place say people cannot get out ("3,000 foreigners caught in the
#: country", "families stuck in the city"): trapped.
CAUGHT_VERBS = {"catch", "strand"}


def _done_by(clause: Token) -> bool:
    """'one man who killed himself', 'militants who attacked the base': a relative clause
    whose pronoun is the subject of a verb with its own object says what the people did,
    not what happened to them (an idiom, "who lost their lives", or a verb whose subject
    undergoes it, "who fled the town", still does)."""
    lemma = clause.lemma_.lower()
    if lemma in _SUBJECT_UNDERGOES:
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if not objects or any((lemma, o.lemma_.lower()) in IDIOMS for o in objects):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} for c in clause.children)


def share_of(span: Span) -> Token | None:
    """'half of all conflict deaths', '60 % of the deaths': the head noun of
    the phrase after "of" that a share is a share of."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    objects = [t for t in doc[span.end].children if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    return objects[0] if objects else None


def picks_one_of(span: Span) -> bool:
    """'one of the attackers was a refugee', 'one of only five nuclear powers': "one" before
    "of" picks a member out of a group; the noun after "of" names the group, not what the
    number counts, so it cannot make "one" a count of fighters or weapons. What happened to
    that member still can ("one of the hostages was killed": one killed)."""
    doc = span.doc
    return span.text.lower() == "one" and span.end < len(doc) and doc[span.end].lower_ == "of"


#: A noun and a modifier that together name combat aircraft ("jet fighters", "fighter jets").
_AIRCRAFT_PAIRS = {("fighter", "jet"), ("jet", "fighter"), ("fighter", "stealth")}


def warplanes(counted: Token | None) -> bool:
    """'48 Kuwaiti jet fighters', 'six fighter jets': the counted noun with its modifier
    names aircraft, so "fighters" here counts materiel, not people under arms."""
    if counted is None:
        return False
    noun = counted.lemma_.lower()
    return any((noun, c.lemma_.lower()) in _AIRCRAFT_PAIRS for c in counted.children
               if c.dep_ in {"compound", "amod"})  # fmt: skip


def clause_heads(span: Span, depth: int) -> list[Token]:
    """The heads above the number, at most ``depth``, up to and with the first verb: the
    number's own clause ("thousands fled abroad after the army displaced 20,000 villagers"
    gives "displaced", never "fled"). Readers of what a number's clause says share it."""
    found: list[Token] = []
    token = span.root
    for _ in range(depth):
        if token.head.i == token.i:
            break
        token = token.head
        found.append(token)
        if token.pos_ in {"VERB", "AUX"}:
            break
    return found
