"""The words around a name that say it is a place: locatives, place nouns, lists,
"<name> region", "<title> of <name>" (used by ``frontlines_places``).

A cue alone never makes a place of a string: the place pass asks the gazetteer too, or
two independent cues (``attested_places``). Word lists live in ``data/place_words.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress

from spacy.attrs import IDX, IS_ALPHA, IS_STOP, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from frontlines.nlp.extensions import doc_text
from frontlines.nlp.place_senses import modifies_noun
from frontlines.resolve.place import normalise_place_name
from frontlines.resolve.place.gazetteer import Candidate
from frontlines.resolve.place.names import in_capitals, marked_name_word, never_a_place
from frontlines.resolve.place.resolver import FEATURE_WORDS
from frontlines.vocab.words import words

__all__ = [
    "ATTACK_VERBS",
    "object_of",
    "described_as_place",
    "townsfolk_of_setting",
    "COMPASS_WORDS",
    "GENERIC_NAME_WORDS",
    "GOVERNING_NOUNS",
    "BODY_TAIL_WORDS",
    "LIST_WORDS",
    "LOCAL_BODIES",
    "LOCATIVE",
    "MAX_LIST_ROUNDS",
    "MAX_NAME_TOKENS",
    "NAME_PARTICLES",
    "NAMING_PLACE_NOUNS",
    "NAMING_SUFFIX_NOUNS",
    "OF_PLACE_HEADS",
    "PLACE_COMPOUNDS",
    "PLACE_LABELS",
    "PLACE_MODIFIERS",
    "PLACE_NOUNS",
    "PLACE_SUFFIX_NOUNS",
    "PLACE_VERBS",
    "STRONG_LOCATIVE",
    "TOWNSFOLK_NOUNS",
    "attested_places",
    "body_tail",
    "generic_name",
    "capitalised_runs",
    "forget_token_words",
    "listed_with",
    "named_by_place_noun",
    "named_by_suffix_noun",
    "party_designations",
    "place_context",
    "token_words",
    "word_positions",
]

PLACE_NOUNS = words("place", "place_nouns")
#: Recognition-only nouns after a name, in lower case ("Sinjar mountain", "Leeds airport"): kept
#: out of ``place_nouns``, which the event layer reads too.
NAME_CUE_NOUNS = words("place", "name_cue_nouns")
LOCATIVE = words("place", "locative")
#: Locatives that a person's name rarely takes: "in", "near", "into" ("to", "from" it does).
STRONG_LOCATIVE = LOCATIVE - words("place", "weak_locative")
PLACE_SUFFIX_NOUNS = words("place", "place_suffix_nouns")
#: "the <name> <noun>" names a place outright ("the Qalamoun region", "the Zahra neighbourhood").
NAMING_SUFFIX_NOUNS = PLACE_SUFFIX_NOUNS | {"region", "neighbourhood", "neighborhood"}
#: "<name>, south of <place>": where a place lies.
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
OF_PLACE_HEADS = words("place", "of_place_heads")
NAMING_PLACE_NOUNS = words("place", "naming_place_nouns")
PLACE_MODIFIERS = words("place", "place_modifiers")
PLACE_VERBS = words("place", "place_verbs")
PLACE_COMPOUNDS = words("place", "place_compounds")
#: "advanced on Palmyra": "on" after these is a locative.
ADVANCE_VERBS = words("place", "advance_verbs")
#: "missiles hit Odesa": an attack's object, a place as often as a person or a group.
ATTACK_VERBS = words("place", "attack_verbs")
#: "barrel bombs on Daraa", "airstrikes on Saraqib": "on" after these is a locative too.
ORDNANCE_NOUNS = words("place", "attack_on_nouns")
GOVERNING_NOUNS = words("place", "governing_nouns")
#: A town's own services and people ("Roselle police", "Glasgow Police").
LOCAL_BODIES = words("place", "local_bodies")
#: People a name before them says where they are from ("a Fairbury man").
TOWNSFOLK_NOUNS = words("place", "townsfolk_nouns")
#: What opens "<article or number> <name> <townsfolk noun>".
_DETERMINERS = frozenset({"a", "an", "the", "two", "three", "four", "several", "both"})
BODY_TAIL_WORDS = LOCAL_BODIES | words("place", "body_tail_words")
#: A town's own buildings after its name ("Tulsa City Hall", "Galway Town Hall", "Boise
#: Fire Station 5"): they name the town as its police do.
TOWN_FACILITIES = frozenset(tuple(p.split()) for p in words("place", "town_facilities"))
#: Lower-case words inside Arabic place names ("Dayr az Zawr", "Tall al Abyad").
NAME_PARTICLES = frozenset({"al", "el", "ar", "as", "ad", "az", "an", "ash", "at", "ez", "es"})
#: Words that make a capitalised name a thing, a body or a part of a longer name, never a
#: village by itself.
_GENERIC_NAME_WORDS = (
    PLACE_NOUNS
    | words("place", "facility_nouns")
    | words("place", "generic_heads")
    | words("place", "never_alone")
    | words("place", "region_directions")
    | GOVERNING_NOUNS
)
GENERIC_NAME_WORDS = _GENERIC_NAME_WORDS
#: Words before an office that make it a title, not a town's ("Vice Mayor", "Deputy Sheriff").
_TITLE_MODIFIERS = words("place", "title_modifiers")
#: Parts of speech no word of a place name has.
_NOT_NAME_POS = frozenset({"ADP", "AUX", "CCONJ", "DET", "NUM", "PART", "PRON", "SCONJ", "VERB"})
_NOT_NAME_POS_IDS = frozenset(POS_IDS[p] for p in _NOT_NAME_POS)
#: Where ``token_words`` keeps a Doc's name words while the place pass runs.
_NAME_WORDS_KEY = "frontlines_places.name_words"
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_NAME_TOKENS = 4
#: Words that join the items of a list ("Douma, Harasta and Arbin").
LIST_WORDS = frozenset({",", "and", "or"})
#: How far along a list a place vouches for its neighbours.
MAX_LIST_ROUNDS = 4
#: The party letters of a legislator's designation ("Sen. Byron Dorgan, D-N.D.").
PARTY_LETTERS = frozenset({"D", "R", "I"})
#: ... as the Doc's lower-case forms hold them.
_PARTY_LOWER = frozenset(letter.lower() for letter in PARTY_LETTERS)
#: Tokens that close a designation's place ("D-Calif,", "(R-Ocilla)", "D-N.D. said").
_DESIGNATION_CLOSERS = frozenset({",", ")", ";", ".", '"', "”", "'"})


def party_designations(doc: Doc) -> list[tuple[int, int]]:
    """The places of legislators' designations, "Rep. Nick Rahall, D-W. Va., said" ->
    "W. Va.", "(R-Ocilla)" -> "Ocilla": a party letter after a comma or an opening
    parenthesis, a hyphen joined to it and one to three name words up to the punctuation
    that closes the designation. Where the legislator is from; the caller asks the
    gazetteer."""
    spans = []
    letters = {doc.vocab.strings[letter] for letter in PARTY_LETTERS}
    orths = doc.to_array(ORTH).tolist() if len(doc) else []
    # only a word written as a party letter can open one: its lower-case form found by one
    # comprehension, its case read from the array (a Token per word cost more)
    last = len(doc) - 2
    at = word_positions(doc, _PARTY_LOWER)
    for i in [i for i in at if orths[i] in letters and 0 < i < last]:
        token = doc[i]
        if (
            doc[i - 1].text not in {",", "("}
            or token.whitespace_
            or doc[i + 1].text != "-"
            or doc[i + 1].whitespace_
        ):
            continue
        start = end = i + 2
        while end < len(doc) and end - start < 3 and doc[end].text[:1].isupper():
            end += 1
        closed = end == len(doc) or doc[end].text in _DESIGNATION_CLOSERS or doc[end].is_quote
        if end > start and closed:
            spans.append((start, end))
    return spans


def named_by_suffix_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the Qalamoun region", "the Sheikh Maqsoud district": "the", a name and a noun that
    only a place takes name a place, whether the gazetteer knows it or not."""
    return (
        start > 0
        and end < len(doc)
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ in NAMING_SUFFIX_NOUNS
    )


#: Words that close a list after its serial comma ("A, B, and C").
_CONJUNCTIONS = frozenset({"and", "or"})
#: Dependency labels of a clause's subject, which no list's last item bears.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _comma_before_name(doc: Doc, last: int) -> bool:
    """A comma stands before the name that ends with ``doc[last]``: its item is not the
    first of its list ("A, B, and C")."""
    k = last
    while k >= 0 and last - k < MAX_NAME_TOKENS and (
        doc[k].is_title or doc[k].lower_ in NAME_PARTICLES or doc[k].text == "-"
    ):
        k -= 1
    return k >= 0 and doc[k].text == ","


def listed_with(ent: Span, starts: set[int], ends: set[int]) -> bool:
    """``ent`` stands in a list next to a place: "<place>, | and | or | , and [the] <ent>"
    or "<ent> , | and | or | , and [the] <place>"."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    j = ent.end
    if i >= 2 and doc[i].lower_ in _CONJUNCTIONS and doc[i - 1].text == "," and i - 1 in ends:
        # "Rio Grande do Sul, Tocantins, and <ent>": the serial comma of a list of three or
        # more; "in Paris, and Lincoln said" joins clauses, and so does "in Tulsa, Oklahoma,
        # and Jackson moved", whose comma before the state passes for a list's: a subject
        # of its own verb opens a clause, no list's item
        return ent.root.dep_ not in _SUBJECTS and _comma_before_name(doc, i - 2)
    if i >= 1 and i in ends and doc[i].lower_ in LIST_WORDS:
        # a comma before is a list only if one goes on after: "near Sarmada, Syria, Cook
        # said" is no list, "Douma, Harasta and Arbin" is
        return doc[i].text != "," or (j < len(doc) and doc[j].lower_ in LIST_WORDS)
    if j < len(doc) and doc[j].lower_ in LIST_WORDS:
        j += 1
        if doc[j - 1].text == "," and j < len(doc) and doc[j].lower_ in _CONJUNCTIONS:
            if not _comma_before_name(doc, ent.end - 1):
                return False
            j += 1  # "A, <ent>, and <place>"
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        return j in starts
    return False


def attested_places(doc: Doc, spans: list[tuple[int, int]]) -> set[str]:
    """The names (folded) of which at least two mentions among ``spans`` read as a place
    with strong locatives only: a village no gazetteer holds shows itself so. A name with a
    generic word ("District", "Court") or part of a hyphenated word ("Tri-City") does not."""
    counts: dict[str, int] = {}
    for start, end in spans:
        span = doc[start:end]
        if (
            len(span) > MAX_NAME_TOKENS
            or not all(t.is_title or t.lower_ in NAME_PARTICLES for t in span)
            or any(t.lower_ in _GENERIC_NAME_WORDS for t in span)  # "General Sessions Court"
            or (start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
            or (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_)
            or (end < len(doc) and doc[end].lower_ in {"'s", "’s"})  # "in Smith's house"
            or never_a_place(span.text)
            or not place_context(doc, start, end, STRONG_LOCATIVE)
        ):
            continue
        key = normalise_place_name(span.text)
        counts[key] = counts.get(key, 0) + 1
    return {name for name, n in counts.items() if n >= 2}


def place_context(doc: Doc, start: int, end: int, locative: frozenset[str] = LOCATIVE) -> bool:
    """Words around ``doc[start:end]`` that only a place takes: a locative preposition or
    "advanced on", "<place noun | direction | siege ...> of", "eastern", "<name> province",
    ", <GPE>", "<name>-based", or a verb whose object is a place ("fled Karabilah")."""
    i = start - 1
    # "at the Olympic trials": the words before govern the noun after the name
    governs_name = not modifies_noun(doc, end)
    if governs_name and i >= 0 and doc[i].lower_ in PLACE_MODIFIERS:
        return True  # "eastern Aleppo", "the northern Iraqi Nineveh province"
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if (
        governs_name
        and i >= 1
        and doc[i].lower_ == "on"
        and (doc[i - 1].lower_ in ADVANCE_VERBS or doc[i - 1].lower_ in ORDNANCE_NOUNS)
    ):
        return True  # "advanced on Palmyra", "barrel bombs on Daraa"
    if governs_name and i >= 0 and doc[i].lower_ in locative:
        if doc[i].lower_ not in {"of", "and"}:
            return True
        # "of"/"and" only count after a place noun or next to another place; else the
        # words after the name may still say it ("the bombardment of Aleppo city")
        j = i - 1
        if j >= 0 and (
            _place_noun(doc[j])
            or doc[j].ent_type_ in PLACE_LABELS
            or (doc[i].lower_ == "of" and doc[j].lower_ in OF_PLACE_HEADS)
            # "William Goble, 26, of Edmonton": where a person named with an age lives
            or (doc[i].lower_ == "of" and doc[j].text == "," and j >= 1 and doc[j - 1].like_num)
            # "Daniel Ray Hufstetler of Roswell": a full name and where its bearer is from,
            # with a comma too ("Ann Lee Cole, of Roswell") when the model read the name as
            # a place: news gives a speaker's employer or club so ("said Jo Lee, of Arsenal")
            or (doc[i].lower_ == "of" and _ends_full_name(doc[j]))
            or (
                doc[i].lower_ == "of"
                and doc[j].text == ","
                and j >= 1
                and _ends_full_name(doc[j - 1])
                and (doc[start].ent_type_ in PLACE_LABELS or _aged_name(doc, j - 1))
            )
        ):
            return True
    if i >= 2 and doc[i - 1 : i + 1].text.lower() == "such as" and _place_noun(doc[i - 2]):
        return True  # "cities such as Aleppo"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
        return True
    if (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in COMPASS_WORDS
        and doc[end + 2].lower_ == "of"
    ):
        return True  # "Qayyarah, south of Mosul"
    if end < len(doc) and (doc[end].lower_ in PLACE_NOUNS
                           or (doc[end].is_lower and doc[end].lower_ in NAME_CUE_NOUNS)):
        return True  # "Idlib province", "Leeds airport"
    if end < len(doc) and doc[end].lower_ in LOCAL_BODIES and not generic_name(doc[start:end]):
        return True  # "Roselle police"; not "State police"
    if doc[start].ent_type_ != "ORG" and _townsfolk(doc, start, end):
        return True  # "a Fairbury man"; an organisation's name: townsfolk_of_setting
    if (
        end + 1 < len(doc)
        and not doc[start].is_sent_start  # "Ground-based artillery fired ..."
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in PLACE_COMPOUNDS
    ):
        return True  # "the Raqqa-based activists"
    return object_of(doc[start:end].root, PLACE_VERBS)


def object_of(root: Token, verbs: frozenset[str]) -> bool:
    """Whether the name (its head ``root``) is what one of ``verbs`` acts on: the verb's
    object ("fled Karabilah"), one of a list of objects ("shelled Odesa and Mykolaiv") or
    the subject of its passive ("Odesa was shelled")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubjpass" and lemma not in _PASSIVE_PLACE:
        return False  # "Warren could not be reached", "Smithers was captured": a person
    return root.dep_ in {"dobj", "nsubjpass"} and (lemma in verbs or verb.lower_ in verbs)


#: The verbs whose passive subject is a place, not a person: force done to ground ("Odesa
#: was shelled", "the town was besieged"). Others take people as often ("X could not be
#: reached for comment", "the commander was captured", "an inmate was recaptured"): only
#: their object counts.
_PASSIVE_PLACE = frozenset({"shell", "bomb", "bombard", "besiege", "encircle", "overrun",
                            "storm", "annex", "invade"})


def _townsfolk(doc: Doc, start: int, end: int) -> bool:
    """ "a <name> man", "the <name> woman", "two <name> teenagers": the name says where the
    person is from, as "<name> residents" does; an article or a number must open the phrase
    ("Smith man" is no such phrase), the name be no generic word ("a State man"), and the
    model not read it as a person's ("the Smith woman": a surname's bearer)."""
    if start == 0 or end >= len(doc) or doc[end].lower_ not in TOWNSFOLK_NOUNS:
        return False
    if doc[start].ent_type_ == "PERSON":
        return False
    return _opens_townsfolk(doc, start - 1) and not generic_name(doc[start:end])


def _aged(doc: Doc, i: int) -> bool:
    """``doc[i]`` closes an age: "20-year-old", tokenised "20", "-", "year", "-", "old"."""
    return (
        i >= 0
        and doc[i].lower_ in {"old", "year-old"}
        and any(t.like_num for t in doc[max(0, i - 4) : i])
    )


def _opens_townsfolk(doc: Doc, i: int) -> bool:
    """``doc[i]`` opens "<name> man": an article or a number ("a", "two"), an age ("the
    52-year-old Marion man", "a 33-year-old ... resident") or one lower-case adjective after
    an article ("an elderly Croydon resident", "a proud Fresno native"): what makes the
    capitalised word a modifier naming where the person is from, not a surname."""
    before = doc[i]
    if before.lower_ in _DETERMINERS or (before.like_num and before.pos_ == "NUM"):
        return True
    if _aged(doc, i):
        return True
    return (
        i > 0
        and before.pos_ == "ADJ"
        and before.is_lower
        and doc[i - 1].lower_ in _DETERMINERS
    )


def townsfolk_of_setting(ent: Span, candidates: Callable[[str], Sequence[Candidate]]) -> bool:
    """ "a <name> man" where the model read the name as an organisation's ("a Harvard man",
    "a Yale woman": a college's men as often as a town's): a town only when the gazetteer
    holds a town of that name in a state or province the story names ("a Kearney woman" in
    a story that names Nebraska). A country named is too wide a setting: most American
    stories name the United States, and it holds a Harvard and a Yale. ``candidates``: the
    gazetteer's readings of a name."""
    doc = ent.doc
    if not _townsfolk(doc, ent.start, ent.end):
        return False
    states = {
        (c.place.country, c.place.admin1)
        for e in doc.ents
        if e.label_ == "GPE" and e.start != ent.start
        for c in candidates(e.text)
        if c.place.admin_level == 1
    }
    return any(
        c.kind == "name" and c.place.feature_class == "P"
        and (c.place.country, c.place.admin1) in states
        for c in candidates(ent.text)
    )  # fmt: skip


def generic_name(name: Span) -> bool:
    """Every word of ``name`` is a generic one ("State", "County", "National") or makes an
    office a title ("Vice"): the service of no town in particular ("State police", "Vice
    Mayor")."""
    return all(t.lower_ in _GENERIC_NAME_WORDS or t.lower_ in _TITLE_MODIFIERS for t in name)


def body_tail(tokens: Span) -> bool:
    """``tokens`` name a town's service after its name ("Police", "Police Lt.", "Fire
    Chief", "City Council"): at least one of ``LOCAL_BODIES``, the rest ``BODY_TAIL_WORDS``."""
    words_ = [t.lower_.rstrip(".") for t in tokens if t.text != "."]
    if words_ and words_[-1].isdigit():
        words_ = words_[:-1]  # "Fire Station 1"
    if tuple(words_) in TOWN_FACILITIES:
        return True
    return (
        bool(words_)
        and any(w in LOCAL_BODIES or w == "fire" for w in words_)
        and all(w in BODY_TAIL_WORDS for w in words_)
    )


def _ends_full_name(token: Token) -> bool:
    """``token`` closes a person's name of two words or more (its last word is inside the
    entity): "<full name> of X" says where someone is from, while "Ministry of X" or
    "Bank of X" (organisations) and a lone "Jordan of" do not."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and token.is_title


def _aged_name(doc: Doc, last: int) -> bool:
    """The person's name ending at ``last`` follows an age ("a 59-year-old, Jo Lee" or
    "59-year-old Jo Lee"): a private person, whose "of X" is where they live."""
    first = last
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    before = doc[max(0, first - 5) : first]
    return (
        len(before) > 0
        and before[-1].lower_ in {"old", "year-old"}
        and any(t.like_num for t in before)
    )


def _place_noun(token: Token) -> bool:
    """ "town", "towns", "villages": a place noun in either number."""
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS


def named_by_place_noun(doc: Doc, start: int) -> bool:
    """ "the village of <start>": the words before ``start`` name what it is."""
    return (
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in NAMING_PLACE_NOUNS
    )


_ARTICLE_WORDS = frozenset({"a", "an", "the"})
#: How many words may stand between an apposition's article and its place noun ("a mainly
#: Shiite district", "a small farming village").
_APPOSITION_MODIFIERS = 3
#: Nouns that head an apposition only a place takes, besides the naming place nouns ("Tora
#: Bora, a stronghold in the mountains", "Kandahar, the capital of the south"):
#: ``apposed_place_heads`` in data/place_words.toml.
_APPOSED_PLACE_HEADS = words("place", "apposed_place_heads")


def described_as_place(doc: Doc, end: int) -> bool:
    """ "<name>, a town northeast of Mosul", "<name>, the largest city in ...", "<name>, a
    rebel stronghold": an apposition whose head noun is a naming place noun (or one of
    ``_APPOSED_PLACE_HEADS``) says the name before it is a place.
    The noun must head the apposition: "Smith, a town councillor" is a man (``compound``)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLE_WORDS:
        return False
    for i in range(end + 2, min(len(doc), end + 3 + _APPOSITION_MODIFIERS)):
        token = doc[i]
        if token.lower_ in NAMING_PLACE_NOUNS or token.lower_ in _APPOSED_PLACE_HEADS:
            # the apposition of the name itself: not "Bob, the city's mayor" (a possessive),
            # nor "Currently, the city holds ..." (a clause's subject)
            return token.dep_ == "appos" and token.head.i < end and token.pos_ == "NOUN"
        if token.is_punct or token.pos_ not in {"ADJ", "ADV", "NOUN", "PROPN", "NUM"}:
            return False
    return False


def capitalised_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of name words ("Al Shadaddi", "Dayr az Zawr") in no entity; a run that
    opens with a feature word goes on over "of" ("Gulf of Aden", "Strait of Hormuz")."""
    named, lower = _name_words(doc)
    named = list(named)  # the Doc's own list stays as it is
    n = len(doc)
    for i in taken:
        if 0 <= i < n:
            named[i] = False
    runs = []
    i = 0  # no run opens before this word
    # a run opens only on a name word: the others are passed over by ``compress``
    for k in list(compress(range(n), named)):
        if k < i:
            continue
        i = k
        if lower[i] in NAME_PARTICLES and not doc[i].is_title:
            i += 1
            continue
        j = i
        while (
            j < n
            and j not in taken
            and j - i < MAX_NAME_TOKENS
            and (
                named[j]
                or lower[j] in NAME_PARTICLES
                # "Deir ez-Zor": a lower-case particle inside the run hyphen-joined to the
                # name word after it (not an opening "Al-", a surname's as often as a town's)
                or (
                    j - 1 > i
                    and lower[j] == "-"
                    and lower[j - 1] in NAME_PARTICLES
                    and not doc[j - 1].is_title
                    and j + 1 < n
                    and named[j + 1]
                    and j + 1 not in taken
                )
                or (
                    lower[j] == "of"
                    and j == i + 1
                    and lower[i] in FEATURE_WORDS
                    and j + 1 < n
                    and named[j + 1]
                )
            )
        ):
            j += 1
        while j > i and not named[j - 1]:
            j -= 1  # never end on a particle
        runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _name_words(doc: Doc) -> tuple[list[bool], list[str]]:
    """``_name_word`` of every token, and each one's lower-case form, read from one array
    of the Doc's attributes: building a ``Token`` per word cost more than the test. In a
    line written in capitals ("NEAR RAQQA, SYRIA: TWO STRIKES ...") a word in capitals
    stands for a capitalised one (there no word is in title case), and so does one of five
    capitals or more anywhere ("Near HAJIN, Syria"): an acronym that long still needs the
    gazetteer and a place's context to become a place."""
    cached = doc.user_data.get(_NAME_WORDS_KEY)
    if isinstance(cached, tuple):
        return cached
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    # a list per attribute (not a row per word): the comprehension reads them side by side
    titles, alphas, stops, tags, lowers, uppers, offsets, sizes = doc.to_array(
        [IS_TITLE, IS_ALPHA, IS_STOP, POS, LOWER, IS_UPPER, IDX, LENGTH]
    ).T.tolist()
    known = _LOWER_FORMS
    lower = [known.get(h) or _lower_form(strings, h) for h in lowers]
    text = doc_text(doc)
    named = [
        (
            bool(
                title or (upper and (size >= 5 or (size > 1 and in_capitals(text, at, at + size))))
            )
            and bool(alpha and not stop)
            # a marked word opens on a capital (no mark is one): the test is read for no
            # number or punctuation
            or (not alpha and text[at].isupper() and marked_name_word(text[at : at + size]))
        )
        and pos not in _NOT_NAME_POS_IDS
        and low not in LOCATIVE
        for title, alpha, stop, pos, upper, at, size, low in zip(
            titles, alphas, stops, tags, uppers, offsets, sizes, lower, strict=True
        )
    ]
    doc.user_data[_NAME_WORDS_KEY] = (named, lower)
    return named, lower


#: Lower-case forms by their hash, as the Doc's ``LOWER`` array holds them: a dictionary
#: read per word is cheaper than the string store's lookup (a word's form never changes).
_LOWER_FORMS: dict[int, str] = {}


def _lower_form(strings: StringStore, key: int) -> str:
    """The string of ``key`` (a ``LOWER`` hash), remembered in ``_LOWER_FORMS``."""
    form = _LOWER_FORMS[key] = strings[key]
    return form


def token_words(doc: Doc) -> tuple[list[bool], list[str]]:
    """Whether each token may be a word of a name, and its lower-case form: read once per
    Doc while the place pass runs (``forget_token_words`` drops them at its end, so they
    never travel with the Doc)."""
    return _name_words(doc)


def word_positions(doc: Doc, wanted: AbstractSet[str]) -> list[int]:
    """The positions of the words whose lower-case form is in ``wanted``, ascending, from
    the Doc's lower-case forms (``token_words``) in one comprehension: a Token per word, or
    a test each in a loop, cost more. (An index of the Doc's words built once a pass, for
    the five passes that look for a few words, made fewer Python steps but took longer:
    its sort and grouping cost more than the scans it saved.)"""
    return [i for i, word in enumerate(token_words(doc)[1]) if word in wanted]


def forget_token_words(doc: Doc) -> None:
    """Drop what ``token_words`` kept on the Doc."""
    doc.user_data.pop(_NAME_WORDS_KEY, None)
