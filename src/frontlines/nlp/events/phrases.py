"""Which phrase names an actor: the noun phrase an argument heads, resolved.

``roles`` finds the trigger's arguments; this module says what each names. A phrase is
an actor when it names one: an entity (a group, a person, a state as the agent) or a
noun for people under arms or harm ("security forces", "civilians";
``data/event_words.toml``). Places are where, not who; pronouns and adjectives never.
A pronoun stands for the noun the parse says it safely refers to; a member or unit
"of" a group names the group; a site or a vehicle names who held or carried it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.before import group_before
from frontlines.nlp.events.memo import entities, per_doc, sentence
from frontlines.nlp.events.named_as import body_owner, identified_as
from frontlines.nlp.events.referents import ACTOR_NOUNS, POSSESSIVES, antecedent, is_people
from frontlines.nlp.events.stances import for_or_against
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.events import NON_STATE_WORDS, STATE_WORDS
from frontlines.vocab.words import words

__all__ = [
    "ACTOR_NOUNS", "PEOPLE_LABELS", "PLACE_LABELS", "PLACE_NOUNS", "SITES", "THINGS",
    "actor_phrase", "doer_phrase", "modifier_side", "person_phrase",
    "is_people", "names_a_country", "names_no_one", "noun_phrase", "person_noun",
]  # fmt: skip

#: Nouns that name a side or its victims ("forces", "militants", "civilians"), and the
#: event words that name who did it ("kidnappers", "gunmen").
#: Nouns of places ("city", "province"): the head of a phrase that says where, not who.
PLACE_NOUNS = words("place", "place_nouns")
#: Sites an event hits: where it happened, never a side ("stormed the compound").
SITES = frozenset({"compound", "mosque", "church", "temple", "hospital", "school", "market",
                   "base", "airport", "building", "checkpoint", "station", "embassy", "post",
                   "outpost", "barracks", "camp", "headquarters", "prison", "jail"})
#: Weapons, vehicles and structures: no side, except through a named owner.
THINGS = words("event", "thing_nouns")
PEOPLE_LABELS = frozenset({"ORG", "NORP", "PERSON"})
#: Entity labels of places: never actors, except a country acting as the agent.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep",
                       "npadvmod", "advmod"})  # "Also Sunday, hundreds of people"
_DETERMINERS = frozenset({"the", "a", "an", "some", "its", "their", "his", "her"})


@per_doc(lambda head, agent, whole=True: (head.i, agent, whole))
def actor_phrase(head: Token, agent: bool, whole: bool = True) -> EventActor | None:
    """The phrase ``head`` heads, when it names an actor (see the module docstring);
    ``whole=False``: without its coordinated phrases ("A" of "A and B")."""
    if names_no_one(head):
        return None  # "no group claimed responsibility": no side is named
    referent = antecedent(head)
    if referent is not None:
        head = referent  # "the group that led the offensive", "they" for the speakers
    elif head.pos_ == "PRON":
        return None
    else:  # "the group", "the group's fighters": the group a sentence before named
        head = next((g for g in map(group_before, [head, *_possessors(head)]) if g), head)
    head = _owner(head) or head  # "the army said its forces ...": the army
    head = identified_as(head) or head  # "the group, identified as X": X names it
    head = (None if agent else _carried(head)) or head  # "a bus carrying soldiers"
    group = _named_of(head)
    start, end = noun_phrase(head)
    if group is not None:  # "fighters of the Islamic State group": the group; what
        head, (start, group_end) = group, noun_phrase(group)  # follows it stays ("ISIS
        end = max(end, group_end)  # in Iraq"); "fighters from X" ends where X does
    if not whole:
        end = min([end, *(c.left_edge.i for c in head.rights if c.dep_ in {"cc", "conj"})])
    names = [e for e in entities(sentence(head)) if e.start < end and start < e.end]
    for ent in names:  # a name the phrase cuts into is kept whole
        start, end = min(start, ent.start), max(end, ent.end)
    while start < head.i and head.doc[start].lower_ in _DETERMINERS:
        start += 1  # "the Rapid Support Forces": the entity took its article along
    if end - 1 > head.i and head.doc[end - 1].dep_ == "case":
        end -= 1  # "Israel's" names Israel
    tokens = head.doc[start:end]
    words = {head.lower_, head.lemma_.lower()}
    if words & PLACE_NOUNS:  # "the Iraqi city of Mosul": where, not who; "rebel
        return _armed_keepers(head) if words & SITES else None  # camps": the rebels'
    if words & SITES:  # "the mosque compound" is where; "an ISIL-held building" hit ISIL
        owner = None if agent else _modifier_agent(head, frozenset({"ORG"}))
        if owner is not None and owner.actor:
            return owner  # a known group only
        return _site_keepers(head)  # "an army base", "the police station": who holds it
    if words & THINGS and not agent:
        return _thing_owner(head, tokens)  # "destroyed a VBIED": a thing is no side
    kb = next((e.kb_id_ for e in names if e.kb_id_), None)
    entity = head if head.ent_type_ else next((t for t in tokens if t.ent_type_), None)
    label = entity.ent_type_ if entity is not None else ""
    place = label in PLACE_LABELS and not kb and not (agent and names_a_country(tokens))
    if place and not any(t.lemma_.lower() in ACTOR_NOUNS for t in tokens):
        return None  # a town is never an actor; "Syria" only as the agent
    named = label in PEOPLE_LABELS or label in PLACE_LABELS
    people = is_people(head) or any(is_people(c) for c in _counted(head))
    if agent and not (named or people) and words & THINGS:
        return _arms_bearer(head)  # "coalition aircraft struck": the coalition did
    if not (named or people):
        return None
    if agent and not people and not head.ent_type_ and not _listed_person(head.lemma_.lower()):
        return _modifier_agent(head)  # "a Russian missile attack killed ...": Russian
    tokens = _with_name(tokens, head)  # "the militia's spokesman, Musa K.": the spokesman
    return EventActor(text=tokens.text, actor=kb or None, start=tokens.start_char,
                      end=tokens.end_char)  # fmt: skip


def _with_name(tokens: Span, head: Token) -> Span:
    """A person noun's phrase with the name set beside it, for a doer or a victim alike:
    "the rebels' chief negotiator, Musa K., ordered the raid" (the negotiator Musa K. did,
    not the rebels he speaks for); "gunmen killed the village's headman, Peter A." (the
    headman Peter A. was hit). The name in apposition says which person the noun means."""
    if head.ent_type_ or not _a_person_word(head.lemma_.lower()):
        return tokens
    names = [c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if not names:
        return tokens
    return head.doc[tokens.start : max(tokens.end, names[0].right_edge.i + 1)]


#: Words that name no one as a phrase's head ("nobody claimed ...").
_NO_ONE = frozenset({"nobody", "none", "no-one", "noone"})


def names_no_one(head: Token) -> bool:
    """Whether a phrase denies anyone is meant: "no group", "no one", "nobody", "neither
    side": a side denied is no side."""
    if head.lower_ in _NO_ONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in head.children)


def person_phrase(head: Token, guess: bool = True) -> EventActor | None:
    """Who a verb that only people undergo names ("a lawyer was kidnapped", "the slaying of
    a doctor", "shot a shop owner"): an actor phrase, else the plain noun phrase of a
    common noun, since the verb itself says it is a person; a pronoun left unresolved, a
    place, a site or a thing names no one. ``guess=False``: only a listed noun for a
    person, not one by its ending alone ("the tanker detained by ..." is a ship)."""
    owner = body_owner(head)
    if owner is not None:
        return person_phrase(owner, guess)  # "yanked the arm of a reporter": the reporter
    found = actor_phrase(head, agent=False)
    if found is not None:
        return found
    head = antecedent(head) or head  # "a nurse, who was beaten at the gate": the nurse
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    if not guess and not _listed_person(head.lemma_.lower()):
        return None
    return _person_noun(head)


def doer_phrase(head: Token) -> EventActor | None:
    """Who the subject or the "by" agent of an event's own verb names: an actor phrase,
    else the plain noun phrase of a common noun for people by what they do or are
    ("specialists defused it", "federal agents took the child", "was found by an
    informant"). The verb's argument structure says they did it; the actor vocabulary
    cannot list every trade, and a thing, site or place still names no one. A relative
    pronoun stands for its noun ("the commander's guard, who kicked a detainee": the guard)."""
    found = actor_phrase(head, agent=True)
    if found is not None:
        return found
    head = antecedent(head) or head
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    return _person_noun(head)


def _person_noun(head: Token) -> EventActor | None:
    """The noun phrase of a common noun for people, else None."""
    words = {head.lower_, head.lemma_.lower()}
    if names_no_one(head):
        return None
    if words & (PLACE_NOUNS | SITES | THINGS) or not _a_person_word(head.lemma_.lower()):
        return None  # "killed the bill", "shot a video": not a person
    start, end = noun_phrase(head)
    span = _with_name(head.doc[start:end], head)
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


#: Endings of nouns for people by what they do ("lawyer", "trader", "journalist"), and
#: nouns for people by who they are: what "killed" or "kidnapped" can take as a person.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")
_PERSON_WORDS = frozenset({"suspect", "person", "human", "individual", "teenager", "teen",
                           "relative",
                           "wife", "husband", "son", "daughter", "brother", "sister",
                           "mother", "father", "parent", "baby", "infant", "toddler", "nun",
                           "monk", "cousin", "uncle", "aunt", "friend", "neighbour",
                           "neighbor", "owner", "guest", "tourist", "visitor",
                           # ranks and offices of the law and of arms, by no ending
                           "deputy", "sheriff", "cop", "marshal", "constable", "bodyguard",
                           "captain", "colonel"})  # fmt: skip


#: Nouns for people by trade, office or lot, listed (``data/event_words.toml``).
PERSON_TRADES = words("event", "person_trades")


def _listed_person(lemma: str) -> bool:
    """A noun the lists say names a person, not a guess from its ending."""
    return lemma in _PERSON_WORDS or lemma in PERSON_TRADES or (
        len(lemma) > 5 and lemma.endswith(("man", "woman")) and lemma not in _NOT_MEN)


def _a_person_word(lemma: str) -> bool:
    """A noun for a person: listed, or made with a suffix for who does or is something
    ("reporter", "activist"), or a compound of "man"/"woman" ("fisherman", "policewoman",
    whose plural "fishermen" the lemma gives back as the singular)."""
    return lemma in _PERSON_WORDS or (len(lemma) > 4 and lemma.endswith(_PERSON_ENDINGS)) or (
        len(lemma) > 5 and lemma.endswith(("man", "woman", "person")) and lemma not in _NOT_MEN)


#: Words that end in "man" and name no person ("German" as a noun is a people's name,
#: which the entity labels read).
_NOT_MEN = frozenset({"german", "ottoman", "caiman", "talisman"})


def person_noun(token: Token) -> bool:
    """Whether a common noun names a person or people ("reporter", "chairman", "fighters")."""
    lemma = token.lemma_.lower()
    return is_people(token) or _a_person_word(lemma)


def _modifier_agent(head: Token, labels: frozenset[str] = frozenset()) -> EventActor | None:
    """The side a subject phrase names only as a modifier of what it did: "a Russian
    missile attack", "a series of U.S. airstrikes" (ACLED: the state's forces)."""
    nouns = [head, *_counted(head), *(o for p in head.children if p.dep_ == "prep"
                                      and p.lower_ == "of" for o in p.children
                                      if o.dep_ == "pobj")]  # fmt: skip
    for noun in nouns:
        for child in _modifiers(noun):
            if child.dep_ in _MODIFYING and child.ent_type_ in (
                labels or PEOPLE_LABELS | {"GPE"}
            ) and not for_or_against(child):  # "anti-Israeli protests": not the doer
                start, end = child.i, child.i + 1
                ent = next((e for e in sentence(head).ents if e.start <= child.i < e.end), None)
                if ent is not None:
                    start, end = ent.start, ent.end
                span = head.doc[start:end]
                kb = ent.kb_id_ if ent is not None and ent.kb_id_ else None
                if child.ent_type_ == "GPE" and not kb and not names_a_country(span):
                    continue  # "a Kabul attack": a town is where, never who
                end = _with_people_after(head.doc, end, noun)
                span = head.doc[start:end]
                return EventActor(text=span.text, actor=kb, start=span.start_char,
                                  end=span.end_char)  # fmt: skip
    return None


def _arms_bearer(head: Token) -> EventActor | None:
    """The side a weapon's or craft's own modifier names, where the weapon is said to
    act: "government helicopters bombed ...", "army tanks shelled ...", "coalition
    aircraft conducted 12 strikes": those under arms used them. Only a weapon or craft
    (a "police truck" that struck a mine carried its victims) and only a word for a side
    (``_SIDE_WORDS``): "fighter aircraft" or "civilian vehicles" name no side that acted."""
    if head.lemma_.lower() not in _ARMS and head.lower_ not in _ARMS:
        return None
    for child in head.children:
        if child.dep_ not in {"compound", "amod"} or child.ent_type_:
            continue
        if child.lower_ not in _SIDE_WORDS and child.lemma_.lower() not in _SIDE_WORDS:
            continue
        span = head.doc[child.left_edge.i : child.i + 1]
        return EventActor(text=span.text, actor=None, start=span.start_char,
                          end=span.end_char)  # fmt: skip
    return None


#: Weapons and craft named by two words, the first a word for people ("fighter jet").
_ARMS_NAMES = frozenset(w for w in words("event", "instruments") if " " in w)
#: Weapons and craft named by one word, the heads a side's word may bear ("army tanks").
_ARMS = frozenset(w for w in words("event", "instruments") if " " not in w)
#: One-word names of a side under arms that may modify its weapons ("rebel", "army",
#: "government", "coalition"): the state's and non-state words and the state's heads.
_SIDE_WORDS = frozenset(w for w in (*STATE_WORDS, *NON_STATE_WORDS, *words("event", "state_heads"),
                                    "coalition") if " " not in w)  # fmt: skip
_MODIFYING = frozenset({"compound", "amod", "poss", "npadvmod", "nmod"})
def _with_people_after(doc: Doc, end: int, noun: Token) -> int:
    """The end of a modifying name with the nouns for people after it that modify the same
    noun ("a Pakistani military operation": the Pakistani military acts); not a word that
    makes the noun's own name ("Israeli fighter jets": the Israeli side, no fighter)."""
    while end < noun.i and doc[end].head.i == noun.i and is_people(doc[end]) and (
            f"{doc[end].lower_} {noun.lemma_.lower()}" not in _ARMS_NAMES):
        end += 1
    return end


def modifier_side(child: Token) -> EventActor | None:
    """The side a name modifying an event noun stands for, with the nouns for people that
    follow it ("Israeli army raid": Israeli army; "Israeli strikes": Israeli)."""
    found = actor_phrase(child, agent=True)
    if found is None:
        return None
    doc = child.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or child.head.i <= span.end - 1:
        return found
    end = _with_people_after(doc, span.end, child.head)
    if end == span.end:
        return found
    whole = doc[span.start:end]
    return EventActor(text=whole.text, actor=found.actor, start=whole.start_char,
                      end=whole.end_char)  # fmt: skip


#: Participles that make their modifier the owner of a thing ("ISIL-held", "rebel-run").
_HOLDING = frozenset({"hold", "control", "run", "own", "operate", "occupy", "use", "man"})


def _modifiers(noun: Token) -> list[Token]:
    """A noun's modifiers, and the modifier of a holding participle on it ("an
    ISIL-held building": ISIL)."""
    found = []
    for child in noun.children:
        found.append(child)
        if child.dep_ == "amod" and child.lemma_.lower() in _HOLDING:
            found.extend(c for c in child.children if c.dep_ in {"npadvmod", "compound"})
    return found


def _thing_owner(head: Token, tokens: Span) -> EventActor | None:
    """Whose a thing an event hit is: "an ISIL tactical vehicle", "an ISIL-held
    building", "Hamas targets" name their owner (the whole phrase, which holds the name);
    "a VBIED" or "two excavators" name no one."""
    owner = _modifier_agent(head, PEOPLE_LABELS | {"GPE"})
    if owner is None and any(c.dep_ in {"amod", "compound"} and c.i < head.i and (
            c.lower_ in _SIDE_MODIFIERS) for c in head.children):  # fmt: skip
        return EventActor(text=tokens.text, actor=None, start=tokens.start_char,
                          end=tokens.end_char)  # "a military vehicle": the military's
    if owner is None:
        return None
    start, end = min(tokens.start_char, owner.start), max(tokens.end_char, owner.end)
    return EventActor(text=doc_text(head.doc)[start:end], actor=owner.actor, start=start, end=end)


#: One-word sides a thing's modifier may name as its keeper ("an army truck").
_SIDE_MODIFIERS = frozenset(w for w in (*STATE_WORDS, *NON_STATE_WORDS) if " " not in w)
_SHELTERING = words("event", "sheltering_camp_words")  # "a refugee camp": those who fled


def _carried(vehicle: Token) -> Token | None:
    """Who a vehicle carried ("a truck transporting a police unit"): hitting it hit
    them."""
    for acl in vehicle.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in {"carry", "transport", "ferry"}:
            return next((c for c in acl.children if c.dep_ == "dobj" and is_people(c)), None)
    return None


def _site_keepers(site: Token) -> EventActor | None:
    """The side a site's modifier names as its keeper ("an army base", "a police
    station", "a military checkpoint"), the state whose it is ("the U.S. embassy", "the
    American embassies"), or the community it serves ("a Coptic church"): hitting the
    site hits them."""
    keepers = [c for c in site.children if c.dep_ in {"compound", "amod"} and (
        is_people(c) or c.ent_type_ == "NORP" or _a_state(c))]
    if not keepers:
        return None
    start, end = min(c.left_edge.i for c in keepers), max(c.i for c in keepers) + 1
    span = site.doc[start:end]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


def _armed_keepers(site: Token) -> EventActor | None:
    """The armed side a site that is also a place names as its keeper ("rebel camps",
    "an al-Shabaab camp"): hitting it hit them; "a (Sudanese) refugee camp" is where it
    happened, a nationality naming who lives there, not who holds it."""
    mods = [c for c in site.children if c.dep_ in {"compound", "amod"}]
    if any(c.lower_ in _SHELTERING or c.lemma_.lower() in _SHELTERING for c in mods):
        return None
    keepers = [c for c in mods if c.lower_ in _SIDE_MODIFIERS
               or c.lemma_.lower() in _SIDE_MODIFIERS or c.ent_type_ == "ORG"]
    if not keepers:
        return None
    span = site.doc[min(c.left_edge.i for c in keepers) : max(c.i for c in keepers) + 1]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


def _a_state(token: Token) -> bool:
    """Whether ``token`` is part of a country's name ("the U.S. embassy": the state
    keeps it; "a Kabul hotel" is only where), also where the tagger took the site's
    whole name for an organisation's ("the U.S. Embassy") and the places layer read the
    country in it."""
    if token.ent_type_ == "ORG" and token.dep_ == "compound":
        return names_a_country(token.doc[token.i : token.i + 1])
    if token.ent_type_ != "GPE":
        return False
    ent = next((e for e in sentence(token).ents if e.start <= token.i < e.end), None)
    return ent is not None and names_a_country(ent)


#: Nouns for a group's people or parts: "fighters of X", "a unit of X" name X.
_MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "leader", "commander", "unit",
                           "wing", "faction", "supporter", "loyalist", "cell", "affiliate",
                           "branch", "operative", "official", "spokesman", "spokesperson"})


def _named_of(head: Token) -> Token | None:
    """The group a phrase names through "of" / "from" when its own head is only a part or
    member of it ("fighters of the Islamic State group", "the armed wing of Hamas",
    "fighters from HTS"): the group's name is what a reader codes, not the whole phrase."""
    if head.ent_type_ or head.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
            group = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if group is not None and any(t.ent_type_ in {"ORG", "NORP"} for t in group.subtree):
                return group
    return None




def _possessors(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "poss"]


def _owner(head: Token) -> Token | None:
    """Whose "its forces" / "their convoy" a generic noun is, where the clause says it
    safely: the speaker of reported speech ("the army said its forces struck ...") or
    the people a passive main clause is about ("three soldiers were killed when militants
    ambushed their convoy")."""
    if head.ent_type_ or not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES
                                 for c in head.children):  # fmt: skip
        return None
    clause = head.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ != "ROOT":
        clause = clause.head
    main = clause.head
    if clause.dep_ == "ccomp" and main.pos_ == "VERB":
        speaker = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON" and speaker.ent_type_ != "PERSON":
            return speaker
    if clause.dep_ == "advcl" and main.pos_ == "VERB":
        undergoer = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        if undergoer is not None and is_people(undergoer):
            return undergoer
    return None


def _counted(head: Token) -> list[Token]:
    """What a quantity counts ("hundreds of people", "dozens of fighters")."""
    if not (head.like_num or head.lemma_.lower() in _QUANTITY_NOUNS):
        return []
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "number",
                             "handful", "crowd", "group"})  # fmt: skip
def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of the phrase ``head`` heads: its left modifiers and "of" phrases, not
    relative clauses, appositions or other prepositional phrases; no leading article."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "prep" and child.lower_ == "of"):
            continue
        keep.extend(child.subtree)
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    while start < head.i and head.doc[start].lower_ in _DETERMINERS:
        start += 1
    return start, end


def names_a_country(tokens: Span) -> bool:
    """Whether the places layer read a place inside ``tokens`` as a country (a state
    can act; a town cannot)."""
    doc = tokens.doc
    places = doc._.places if doc.has_extension("places") and doc._.places else []
    return any(
        tokens.start_char <= p.start < tokens.end_char
        and (p.feature_code or "").startswith("PCL")
        for p in places
    )
