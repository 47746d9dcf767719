"""Forces counted by their strength, and members who are no fighters.

* "a 5,000-strong standby force", "the 1,200-member battalion", "a force of 500", "a
  militia of 40,000 members": the number is the force's strength, troops for a state's
  units and fighters for a militia or group.
* "85 members of the budget panel": members of a civic body, or of nothing named, are no
  fighters.
* "held a 700-member session", "a 90-delegate lead": a count joined by a hyphen to a
  noun that only modifies another gives the size of a thing no measure counts.

Split out of ``counted.py`` (what a number counts) to keep each module short.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.counted import counts_people
from frontlines.vocab.measures import Taxonomy

__all__ = ["CIVIC_BODIES", "FORCE_NOUNS", "FORCE_PEOPLE", "IRREGULARS", "NON_STATE_FORCES",
           "armed_guards", "armoured", "members_of_no_side", "size_of_a_thing", "strength_of"]


#: Nouns a "5,000-strong" number gives the strength of.
FORCE_NOUNS = {"force", "army", "contingent", "battalion", "brigade", "unit", "division",
               "regiment", "militia", "mission", "corps", "company", "platoon", "squad",
               "group", "garrison", "detachment"}  # fmt: skip
NON_STATE_FORCES = {"militia", "group"}


def strength_of(span: Span, irregulars: frozenset[str] = frozenset()) -> tuple[Token, str] | None:
    """'a 5,000-strong standby force', 'the 1,200-member battalion', 'a 300-man militia',
    'a force of 500': the force whose strength the number gives, and what it counts
    ("troop" for an army's units, "fighter" for a militia or group, or for a force whose
    owner is named by a word of ``irregulars`` or ``IRREGULARS``: "a rebel force of 500")."""
    doc = span.doc
    noun = _force_of(span) or _force_of_people(span)
    if noun is None:
        if span.end + 1 >= len(doc) or doc[span.end].text not in {"-", "–"}:
            return None
        word = doc[span.end + 1]
        if word.lower_ not in {"strong", "member", "man", "men"}:
            return None
        noun = word.head
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in FORCE_NOUNS or _team_of_a_force(noun)):
        return None
    irregular = noun.lemma_.lower() in NON_STATE_FORCES or _held_by_irregulars(noun, irregulars)
    return noun, "fighter" if irregular else "troop"


#: Words naming an armed service that make the team they modify a unit of it.
_ARMED_SERVICES = {"force", "forces", "army", "commando", "navy", "marine", "marines", "police",
                   "militia", "ranger", "rangers", "seal", "seals"}


def _team_of_a_force(noun: Token) -> bool:
    """'the 20-member special forces team', 'a 9-man police team': a team (no force noun
    of its own: "a 40-member cabinet team" is none) named by an armed service it belongs to."""
    if noun.lemma_.lower() not in {"team", "squad", "cell"}:
        return False
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ARMED_SERVICES
               for c in noun.children)  # fmt: skip


#: Words for irregulars beside the fighters measure's own ("a guerrilla force", "the
#: separatists' brigade"); "member" names no side.
IRREGULARS = frozenset({"rebel", "militant", "guerrilla", "insurgent", "jihadist", "jihadi",
                        "militia", "militiaman", "separatist", "extremist", "terrorist",
                        "warlord", "mercenary", "fighter", "tribesman"})  # fmt: skip


def _held_by_irregulars(noun: Token, irregulars: frozenset[str]) -> bool:
    """'a guerrilla force of 2,000', 'the insurgents have assembled a 3,000-strong force',
    'the rebel commander leads a force of 900': whose force it is, said by the words on the
    force noun or, where none names a side, by the head of the subject of the verb it is
    the object of (with that head's own modifiers); irregulars field fighters, not troops.
    Only those words themselves: irregulars named deeper ("soldiers hunting the rebels",
    "the army, which fought the insurgents") are the force's enemy, and so is a word after
    "anti-" or "counter-" ("an anti-terrorist force")."""
    words = (irregulars | IRREGULARS) - {"member"}
    owners = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
              and c.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"}
              and c.lower_ not in _SIZE_WORDS]  # "a 3,000-strong force" names no owner
    verb = noun.head
    if not owners and noun.dep_ == "dobj" and verb.lemma_.lower() in _FIELDING:
        owners = [t for s in verb.children if s.dep_ == "nsubj"
                  for t in (s, *(c for c in s.children if c.dep_ in {"amod", "compound"}))]
    return any(_singular(t) in words and not _against(t) for t in owners)


def _against(token: Token) -> bool:
    """'anti-terrorist', 'counter-insurgent': the word names whom the force fights."""
    doc = token.doc
    before = doc[max(token.i - 2, 0) : token.i]
    if len(before) == 2 and before[1].text in {"-", "\u2013"}:
        return before[0].lower_ in _AGAINST
    return any(token.lower_.startswith(p + "-") for p in _AGAINST)


_AGAINST = {"anti", "counter"}


_SIZE_WORDS = {"strong", "member", "man", "men", "person", "people"}
#: Verbs whose subject fields the force they take ("the insurgents assembled a force of
#: 3,000"); a subject that "ambushed a force of 300" is its enemy, no owner.
_FIELDING = {"have", "lead", "command", "field", "assemble", "muster", "deploy", "send",
             "mobilize", "mobilise", "raise", "build", "maintain", "keep", "gather", "amass",
             "form", "recruit", "train", "boast", "head", "dispatch", "station", "control"}


def _singular(token: Token) -> str:
    """A word's lemma; a capitalised plural the lemmatizer left as written in the singular."""
    lemma = token.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and token.tag_ == "NNPS" else lemma


def _force_of(span: Span) -> Token | None:
    """'a force of 500', 'a militia of about 2,000': a bare number (no noun of its own
    follows it) after "of" under a force noun is that force's strength."""
    doc = span.doc
    root = span.root
    if root.dep_ != "pobj" or root.pos_ != "NUM" or root.head.lower_ != "of":
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return None
    owner = root.head.head
    return owner if owner.i < span.start else None


#: Nouns that count a force's people without saying which side ("a militia of 40,000
#: members", "a force of 500 men"): the force says what they are.
FORCE_PEOPLE = {"man", "member", "personnel", "strong"}


def _force_of_people(span: Span) -> Token | None:
    """'a militia of 40,000 members', 'a brigade of 300 men': the number counts generic
    people after "of" under a force noun: the force's strength."""
    root = span.root
    counted = root.head if root.dep_ in {"nummod", "quantmod"} else None
    if counted is None or counted.i < span.end or counted.lemma_.lower() not in FORCE_PEOPLE:
        return None
    if counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return None
    owner = counted.head.head
    return owner if owner.i < span.start else None


#: Bodies whose members are no fighters: a committee, a parliament, an alliance of states,
#: a faith.
CIVIC_BODIES = {"committee", "council", "parliament", "congress", "senate", "assembly",
                "board", "party", "club", "union", "alliance", "bloc", "panel", "commission",
                "cabinet", "jury", "delegation", "association", "organization",
                "organisation", "team", "family", "church", "community",
                # a legislature's chambers and groups: "the three members of the caucus"
                "caucus", "legislature", "chamber", "house",
                # a faith and its clergy, a workplace's staff: "members of the faith",
                # "clergy members", "staff members"
                "religion", "faith", "clergy", "congregation", "staff",
                # a ship's or a show's people, a household: "the ship's crew members"
                "crew", "cast", "band", "choir", "orchestra", "faculty", "household"}  # fmt: skip


def members_of_no_side(counted: Token | None) -> bool:
    """'85 members of the budget panel', 'grew from 16 members to 19': "members"
    are fighters only as members of some group the text names ("seven members of the
    cell", "IS members", "its members"); members of a civic body, or of nothing named,
    are not."""
    if counted is None or counted.lemma_.lower() != "member":
        return False
    owners = [c for c in counted.children if c.dep_ in {"poss", "compound", "amod"}
              and c.pos_ in {"NOUN", "PROPN", "PRON"}]  # fmt: skip
    owners += [o for p in counted.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if not owners:
        return True
    if any(o.dep_ == "compound" and o.lemma_.lower() in CIVIC_BODIES for o in owners):
        return True  # "25 crew members of the series", "board members of the firm"
    return all(o.lemma_.lower() in CIVIC_BODIES for o in owners)


def size_of_a_thing(span: Span, taxonomy: Taxonomy) -> bool:
    """'the union held a 700-member strategy session', 'held a 90-delegate lead': the
    number, joined by a hyphen to a noun that only modifies another, gives the size of
    that other thing; the clause's verb ("held") acts on the session, not on the people.
    Not when the thing is people, a force ("a 5,000-man force" is its strength) or what
    some measure counts ("a 30-truck convoy")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in {"-", "\u2013"}:
        return False
    word = doc[span.end + 1]
    head = word.head
    if word.dep_ != "compound" or head.i <= word.i or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if counts_people(head, taxonomy.people) or lemma in FORCE_NOUNS:
        return False
    return not any(lemma in m.concepts or lemma in m.head_concepts for m in taxonomy.measures)


#: People an armour word may modify ("armoured infantry men"): never a vehicle.
_CREW = {"personnel", "man", "men", "guard", "soldier", "infantry", "troop"}
#: Modifiers of armour ("armored vehicles", "armor-plated trucks").
_ARMOURED = {"armored", "armoured", "armor", "armour", "armor-plated", "armour-plated"}
#: Vehicles built to fight, whoever owns them: a tank, a personnel carrier.
_FIGHTING_VEHICLES = {"tank", "carrier", "apc", "humvee"}
#: Words that make an armoured vehicle one built to fight ("armoured fighting vehicles").
_FIGHTING = {"fighting", "combat", "personnel", "infantry", "military", "assault", "troop"}
#: Owners of vehicles who fight: a force, its troops or irregulars ("the army deployed ...").
_FIGHTERS = frozenset({"army", "military", "troop", "soldier", "force", "militia", "navy",
                       "marine", "police", "regime", "junta"})


def _fighters_own(counted: Token) -> bool:
    """'the army will deploy 300 armored vehicles', 'the rebels' armoured trucks', '2,000
    soldiers and 300 armoured vehicles': a force owns the vehicles, as subject of their
    verb, their possessor, or the people listed beside them."""
    owners = [c for c in counted.children if c.dep_ == "poss"]
    word = counted
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
        owners.append(word)
    if word.head.pos_ in {"VERB", "AUX"}:
        verb = word.head
        while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
            owners.extend(c for c in verb.children if c.dep_ == "nsubj")
            verb = verb.head
        owners.extend(c for c in verb.children if c.dep_ in {"nsubj", "agent"})
    lemmas = {o.lemma_.lower() for o in owners} | {o.lower_ for o in owners}
    return bool(lemmas & (_FIGHTERS | IRREGULARS | FORCE_NOUNS))


def armoured(counted: Token | None) -> bool:
    """'40 armoured personnel carriers', '300 armored vehicles' the army deploys: an armoured
    vehicle is materiel when built to fight or owned by a force; "4 armoured vans" a bank
    buys or "armored SUVs" for diplomats are no weapons of war."""
    if counted is None or counted.pos_ != "NOUN" or counted.lemma_.lower() in _CREW:
        return False
    mods = {c.lower_ for c in counted.children if c.dep_ in {"amod", "compound"}}
    if not mods & _ARMOURED:
        return False
    if counted.lemma_.lower() in _FIGHTING_VEHICLES or mods & _FIGHTING:
        return True
    return _fighters_own(counted)


#: Modifiers that make guards a state's armed force ("border guards", "the Republican
#: Guard"); prison, security, private or sports guards are no troops.
_ARMED_GUARDS = frozenset({"border", "armed", "presidential", "republican", "national",
                           "revolutionary", "royal", "palace", "coast", "army", "military",
                           "frontier", "imperial", "honor", "honour"})


def armed_guards(counted: Token | None) -> bool:
    """'120 border guards', 'two presidential guards', 'the army's guards': guards of an
    armed service are troops; a bare "guard" may be a prison's, a bank's or a basketball
    team's."""
    if counted is None or counted.lemma_.lower() != "guard":
        return False
    for c in counted.children:
        if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _ARMED_GUARDS:
            return True
        if c.dep_ == "poss" and (c.lemma_.lower() in _FIGHTERS | FORCE_NOUNS
                                 or c.ent_type_ == "ORG"
                                 and any(w.lemma_.lower() in _FIGHTERS | FORCE_NOUNS
                                         for w in c.subtree)):  # fmt: skip
            return True  # "the army's guards", "the Tarvo Army's guards"
    return False
