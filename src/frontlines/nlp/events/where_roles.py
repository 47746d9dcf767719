"""How a sentence names a place: as where an event was, or as who, a yardstick, a base,
an endpoint or an aside.

Why a module of its own: ``where.py`` chooses an event's place in an order of evidence;
these are the syntactic readings it (and ``story.py``, ``spread.py``) asks of one name —
"the U.S. strike" names who struck, "150 km from Quetta" a yardstick, "a Quetta-based
group" a base, "travelling from Quetta" an endpoint — each a small predicate over the
name's head token, testable on a parsed sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from frontlines.model import EventActor, PlaceMention
from frontlines.nlp.events.kinds import kind_of
from frontlines.nlp.events.memo import per_doc, sentence
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.extensions import doc_text

__all__ = [
    "DISTANCE_UNITS", "LOCATIVE_PREPOSITIONS", "aside", "base_of", "dateline", "endpoint",
    "is_reference_point", "locative_of", "not_named_as_where", "not_where", "of_other_event",
    "other_clause", "place_end_token", "quoted_apart", "site_of",
]  # fmt: skip

#: Prepositions whose object is where the event happened.
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "near", "at", "outside", "around", "inside", "across", "into", "through", "on",
    "along", "throughout", "within",
})  # fmt: skip
#: Units of a distance: "150 kilometres from X" puts the event elsewhere.
DISTANCE_UNITS = frozenset({
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
    "metres", "meter", "meters", "kms",
})  # fmt: skip
_NOT_WHERE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: Prepositions that place something by another place it is not in ("opposite X").
_FACING = frozenset({"opposite", "beyond"})


def base_of(doc: Doc, place: PlaceMention) -> bool:
    """ "<place>-based": the name says where someone is based, not where anything happened."""
    after = place_end_token(doc, place)
    return after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ == "based"


def dateline(span: Span) -> bool:
    """Whether the name is a dateline ("BERLIN —", "KABUL, Afghanistan (AP) --"): it opens
    the story before any verb, or opens a sentence in capitals or before a dash (a title
    may come first). Where the story was written, however the parser attached it."""
    doc = span.doc
    if span.start < 6 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[: span.start]):
        return True
    opens = span.start == sentence(span).start or "\n" in doc[span.start - 1].whitespace_ + doc[
        span.start - 1].text  # fmt: skip
    dash = span.end < len(doc) and doc[span.end].text in {"-", "--", "—", "–"}
    return opens and (span.text.isupper() or dash)


def not_named_as_where(head: Token) -> bool:
    """Whether a town's name is used as something else than a place: the object of a
    preposition that is not locative ("risks for Bush"), or a modifier of a noun that is
    not a place ("Kalat traders"), directly or as the conjunct or apposition of one."""
    while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
        head = head.head  # "in Quetta, Balochistan", "in Kalat and Mastung"
    if head.dep_ == "pobj":
        return head.head.lower_ not in LOCATIVE_PREPOSITIONS | {"of"}
    if head.dep_ in {"compound", "nmod", "amod"}:
        return not _place_noun_phrase(head.head)
    return False


def place_end_token(doc: Doc, place: PlaceMention) -> int:
    """Index of the first token after the place's name."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.end if span is not None else len(doc)


def not_where(head: Token | None, place: PlaceMention,
               actors: Sequence[EventActor | None]) -> bool:  # fmt: skip
    """A place the sentence names as who or as a yardstick, not as where."""
    for actor in actors:
        if actor is not None and actor.start <= place.start < actor.end and not (
                _people_placed(head, actor)):
            return True  # "Pakistani forces", "the Government of Iraq"
    if head is None:
        return False
    country = (place.feature_code or "").startswith("PCL")
    if country and head.dep_ in _NOT_WHERE_DEPS and head.head.i != head.i:
        return not _place_noun_phrase(head.head)  # "the U.S. strike", not "Iraq's Anbar"
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        return True  # "a company operated by China"
    if base_of(head.doc, place):
        return True  # "a Quetta-based group": where the group is, not where it struck
    if country and head.dep_ == "nsubj":
        return True  # "China conducted drills around Taiwan": a state acting is who
    return is_reference_point(head)


#: Prepositions that put people somewhere ("thousands of people in France").
_PEOPLE_AT = frozenset({"in", "at", "near", "outside", "inside"})


#: Words of number a crowd's phrase opens with ("thousands of people in X").
_COUNTS = frozenset({"hundred", "thousand", "million", "dozen", "score", "ten"})


def _people_placed(head: Token | None, actor: EventActor) -> bool:
    """Whether a place inside an actor's phrase says where its people are ("thousands of
    people in Lyon marched", "students outside the ministry"): the object of "in" / "at"
    / "near" hung on the actor's own head noun, or on the noun of its number ("thousands
    of people in X"), which is where the actor was when it acted. A place hung on another
    noun of the phrase says where that noun is ("relatives of detainees in X": the
    detainees are there, not the relatives), and "the Government of Iraq" or "Pakistani
    forces" name who."""
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in _PEOPLE_AT:
        return False
    span = head.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    noun, root = head.head.head, span.root
    if noun.pos_ not in {"NOUN", "PRON"} or noun.ent_type_ not in {"", "CARDINAL"}:
        return False
    if noun.i == root.i:
        return True
    counted = root.like_num or root.pos_ == "NUM" or root.lemma_.lower() in _COUNTS
    return counted and noun.head.lower_ == "of" and noun.head.head.i == root.i


def of_other_event(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place names where another event was ("After the Madrid
    attacks, Spain flew more soldiers to Chad"): it modifies an event noun that is
    no trigger of this event, as a date naming another noun dates that one. Such a
    place gives way to any other the sentence names as where."""
    if head is None or head.dep_ not in {"compound", "nmod", "poss"} or head.head.i == head.i:
        return False
    noun = head.head
    return (noun.pos_ == "NOUN" and all(t.i != noun.i for t in triggers)
            and kind_of(noun.lemma_.lower()) is not None)  # fmt: skip


def aside(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place sits in a clause describing some other noun than the event: "The
    navy, whose fleet patrols the Red Sea, said ... died in an air raid" names where the
    speaker works, not where the raid was. A clause on the trigger itself ("an airstrike
    that hit a house in Mosul") or on one of its arguments ("attacked a convoy that was
    travelling near Kalat") still places it."""
    if head is None or not triggers:
        return False
    own = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = head
    for _ in range(12):
        if token.i in own or token.head.i == token.i:
            return False
        if token.dep_ == "relcl" and token.head.i not in own and token.head.head.i not in own:
            return not any(t.i in own for t in token.subtree)
        token = token.head
    return False


def other_clause(head: Token | None, triggers: Sequence[Token],
                 others: Sequence[Token] = ()) -> bool:  # fmt: skip
    """Whether the place belongs to a clause coordinated with the event's, with a subject
    of its own, that tells another event (its verb or object is a word of ``others``, the
    sentence's other event words): "families clashed in a camp on Saturday and gunmen opened fire on
    a patrol in the Bekaa" puts the patrol, not the clash, in the Bekaa. The first verb
    above the place says whose it is; a verb of the trigger's own, one sharing its subject
    ("stormed the town and killed five in Kidal"), or a clause telling no other event
    ("a rally in Chicago was cancelled and clashes dominated the news": the scene) still
    places the event."""
    if head is None or not triggers:
        return False
    own = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = head
    for _ in range(10):
        if token.i in own:
            return False
        if token.pos_ in {"VERB", "AUX"}:
            break
        if token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    coordinated = (token.dep_ == "conj" and token.head.i in own) or any(
        token.doc[i].dep_ == "conj" and token.doc[i].head.i == token.i for i in own)
    if not coordinated or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    told = {t.i for t in others} - {t.i for t in triggers}  # the clause's verb or its
    return any(t.i in told for t in [token, *token.children]  # object ("opened fire"):
               if t is token or t.dep_ in {"dobj", "prt"})  # a deed, not "a rally ... was
    # cancelled", whose subject names an event that did not happen


def quoted_apart(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place sits inside words quoted in the sentence, apart from the trigger:
    "protesters chanted 'Bad for Ohio, bad for you'" and "signs calling him 'Ohio's
    worst'" name what was said or written, not where the crowd stood. The quotation is
    the pair of marks around the place (``_quotations``: each opening mark with the next
    closing one); it is apart when no trigger lies inside that same pair. A place told
    outside every quotation ("'We shelled them,' officers in Homs said, 'and we will
    again'", scare quotes as in 'a "soft" target in Homs') or quoted with its trigger
    ("'a bomb went off in Homs,' he said") still places the event."""
    if head is None or not triggers:
        return False
    inside = next(((a, b) for a, b in _quotations(sentence(head)) if a < head.i < b), None)
    return inside is not None and not any(inside[0] < t.i < inside[1] for t in triggers)


@per_doc(lambda sent: (sent.start, sent.end))  # asked again per place and reading
def _quotations(sent: Span) -> list[tuple[int, int]]:
    """The token indices of each opening quotation mark of ``sent`` and of the closing
    mark that ends it. A curly or doubled mark says which it is; a straight one opens
    after a space (inside a quotation, only when it also leans on the word after it)
    and closes otherwise. A closing mark with no quotation open (one begun in an earlier
    sentence) and an opening one never closed enclose nothing here."""
    pairs: list[tuple[int, int]] = []
    opened = None
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    if not any(mark in text for mark in _QUOTE_MARKS):
        return pairs  # most sentences: no mark in the text, so no word that is one
    for t in sent:
        if t.text not in _QUOTE_MARKS:
            continue
        if t.text in _OPENING_MARKS:
            opens = True
        elif t.text in _CLOSING_MARKS:
            opens = False
        else:  # a straight mark: opening after a space, closing on the word before it
            before = t.doc[t.i - 1] if t.i else None
            spaced = before is None or bool(before.whitespace_) or before.is_space or (
                before.is_left_punct)  # fmt: skip
            opens = spaced if opened is None else spaced and not t.whitespace_
        if opens:
            opened = t.i  # a second opening mark: the quotation starts again there
        elif opened is not None:
            pairs.append((opened, t.i))
            opened = None
    return pairs


#: Quotation marks as the tokenizer leaves them (straight, curly, the wire's doubled, guillemets).
_QUOTE_MARKS = frozenset({"\"", "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb"})  # not
# single marks: an apostrophe ("the protesters\u2019 signs") is one too
#: The marks that say which end of a quotation they are (guillemets too).
_OPENING_MARKS = frozenset({"\u201c", "``", "\u00ab"})
_CLOSING_MARKS = frozenset({"\u201d", "''", "\u00bb"})


def _place_noun_phrase(noun: Token) -> bool:
    """Whether ``noun`` is itself a place the modifier narrows ("Kalat district")."""
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lower_ in _PLACE_HEADS


#: Nouns a place name may modify and still be the place ("Anbar province").
_PLACE_HEADS = frozenset({
    "province", "district", "governorate", "region", "city", "town", "village", "county",
    "state", "area", "border", "desert", "valley", "countryside", "outskirts", "suburb",
    "camp", "neighborhood", "neighbourhood", "capital", "port", "island", "islands",
    "archipelago", "peninsula", "coast", "highlands", "mountains", "delta", "municipality",
    "prefecture", "territory",
})  # fmt: skip


def is_reference_point(head: Token) -> bool:
    """Whether the place only measures a distance ("150 km from Quetta", "40 miles north
    of Kabul", "south of the capital" is still the capital's area and stays)."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS and (
            prep.head.dep_ == "pobj"):  # fmt: skip
        head, prep = prep.head, prep.head.head  # "opposite the province of X": the
        # place phrase's own preposition says how X places the event
    if prep is not None and prep.lower_ in _FACING:
        return True  # "the hill opposite the town of X": not in X
    if prep is None or prep.lower_ not in {"from", "of"}:
        return False
    window = head.doc[max(sentence(head).start, prep.i - 4) : prep.i]
    return any(t.lower_ in DISTANCE_UNITS for t in window)


def endpoint(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place is only where someone came from or went ("a train travelling from
    Quetta to Peshawar came under attack"), unless the event itself goes there ("troops
    were deployed to Kidal")."""
    if head is None:
        return False
    while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
        head = head.head  # "from Quetta, Balochistan"
    if head.dep_ != "pobj" or head.head.lower_ not in {"from", "to", "toward", "towards"}:
        return False
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    return head.head.head.i not in governors


def site_of(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place is what an event noun is of ("the invasion of Kuwait", "the
    shelling of Aleppo"): the target is the site too, where an actor reading took it as
    the side struck."""
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    return any(t.i == head.head.head.i and t.pos_ == "NOUN" for t in triggers)


def locative_of(head: Token | None, triggers: Sequence[Token]) -> bool:
    """Whether the place is the object of a locative preposition of a trigger or of the
    verb asserting it, directly or through a place phrase ("in Balochistan's Kalat
    district", "near a convoy in Kalat"), or what an event noun is of ("the invasion of
    Kuwait", "the bombing of the embassies in Kenya"): the noun's object is its site."""
    if head is None:
        return False
    nouns = {t.i for t in triggers if t.pos_ == "NOUN"}
    governors = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    token = head
    for _ in range(6):
        locative = token.dep_ == "pobj" and (token.head.lower_ in LOCATIVE_PREPOSITIONS or (
            token.head.lower_ == "of" and token.head.head.i in nouns))  # fmt: skip
        if locative and token.head.head.i in governors:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
