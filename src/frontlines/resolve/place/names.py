"""Place-name normalisation that survives Arabic transliteration variants.

Raqqa / Raqqah / Ar-Raqqah, Deir ez-Zor / Deir Ezzor / Dayr az-Zor, Tal Afar /
Tall 'Afar differ in diacritics, ʿayn marks, the article prefix, hyphens,
doubled letters and a final -h. ``name_key`` folds all of those so the
variants meet; what it cannot reach goes in the alias file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from frontlines.vocab.words import word_map, words

__all__ = [
    "ARTICLE_NAMES",
    "FOLDED_LETTERS",
    "FOLDING",
    "FOLD_MARK",
    "FOLD_MIN_KEY",
    "TRANSLITERATED_COUNTRIES",
    "NAME_CACHE",
    "NEVER_ALONE",
    "NOT_PLACES",
    "TRAILING_DIRECTIONS",
    "in_capitals",
    "is_acronym",
    "marked_name_word",
    "lookup_variants",
    "name_key",
    "fold_key",
    "name_words",
    "never_a_place",
    "normalise_place_name",
]

#: Folded forms kept in memory: a story names its places again and again, and every name
#: is folded for each lookup (pure functions of the string, so the cache changes no answer).
NAME_CACHE = 65_536
_MARKS = re.compile(r"[\u02bb\u02bc\u02be\u02bf\u2018\u2019'`\u00b4]")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|az|at|ash|adh|ath|ed|er|es|ez|ul|ud)\s+")
_NON_WORD = re.compile(r"[^\w\s]|_")
#: Latin letters that are no base letter with a mark, so NFKD leaves them whole
#: ("Tromsø", "Bodø", "Łódź", "Đakovica"), written as a reader without them would
#: (lower case: the name is case-folded first, which also makes "ß" "ss").
FOLDED_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
#: Countries whose place names reach English through a transliteration (Arabic, Persian,
#: Kurdish, Pashto, Urdu, Hebrew, Somali script or speech): their places also get a
#: ``fold_key`` at build time (``data/place_words.toml``).
TRANSLITERATED_COUNTRIES = words("place", "transliterated_countries")
#: Opens a ``fold_key`` in the gazetteer's key column, so no exact key ever meets one.
FOLD_MARK = "~"
#: The shortest transliteration skeleton (``fold_key``) stored and read: two consonants
#: are a skeleton of hundreds of names.
FOLD_MIN_KEY = 3
#: How names are folded, in the gazetteer cache file's name (``sources.source_versions``):
#: a new folding builds a new file, whose keys it wrote; the countries that get a
#: transliteration key count as part of it.
_FOLDED_DIGEST = hashlib.sha256(" ".join(sorted(TRANSLITERATED_COUNTRIES)).encode())
FOLDING = "fold4-" + _FOLDED_DIGEST.hexdigest()[:6]


@lru_cache(maxsize=NAME_CACHE)
def normalise_place_name(name: str) -> str:
    """Readable normal form: no diacritics or ʿayn marks, lower case, hyphens as spaces,
    letters such as "ø" and "ł" as their plain forms (``FOLDED_LETTERS``)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _MARKS.sub("", text).casefold().translate(FOLDED_LETTERS).replace("-", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def name_words(name: str) -> list[str]:
    """The folded words of a name without its article prefix ("Al-Shadaddi" -> one word)."""
    return _ARTICLE.sub("", normalise_place_name(name)).split()


#: Words written both ways in place names: "Mt. Pleasant" / "Mount Pleasant".
_SHORT_WORDS = word_map("place", "short_words")


@lru_cache(maxsize=NAME_CACHE)
def name_key(name: str) -> str:
    """Aggressive lookup key: article prefix, spaces, doubled letters and final -h dropped."""
    words = _ARTICLE.sub("", normalise_place_name(name)).split()
    text = " ".join(_SHORT_WORDS.get(w, w) for w in words)
    text = text.replace(" ", "").replace("ou", "u")
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"(?<=[aeiou])h$", "", text)


#: Article words a transliteration writes anywhere in a name ("Deir ez-Zor", "Ras al-Ain",
#: "Abu ad-Duhur"), with their assimilated forms.
_ANY_ARTICLE = frozenset(
    {"al", "el", "il", "ul", "ar", "er", "as", "es", "ash", "ad", "ed", "adh", "ud", "an",
     "en", "az", "ez", "at", "et", "ath"}
)  # fmt: skip
#: Letters and pairs transliterations of one sound write differently, in the order they are
#: replaced: French "ch" and "dj", German "sch" (sh, j); kh / k, q / k / g (gh), dh / z / d,
#: th / t, ph / f, c / k.
_SOUNDS = (
    ("sch", "sh"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "k"), ("q", "k"),
    ("g", "k"), ("ck", "k"), ("c", "k"), ("dh", "d"), ("z", "d"), ("th", "t"), ("ph", "f"),
)  # fmt: skip
_FOLD_VOWELS = re.compile(r"[aeiouyw]")


@lru_cache(maxsize=NAME_CACHE)
def fold_key(name: str) -> str:
    """A transliteration's consonant skeleton: article words dropped wherever they stand,
    the letters of ``_SOUNDS`` as one, a final -h, every vowel and the semivowels w and y
    dropped, doubled letters as one; digits are no consonants ("Tower 22" is no village
    spelt "Al Twar Second"). "Shaykh Maqsud" and "Sheikh Maksoud", "Tell Abiad" and
    "Tall Abyad", "Deir Ezzor" and "Dayr az-Zawr", "Qamishly" and "Al-Qamishli" meet. Far
    too coarse for a lookup of its own (Mosul's skeleton is M'Sila's too): the gazetteer
    stores it only for places of ``TRANSLITERATED_COUNTRIES`` and reads it only when no
    spelling matches (``Gazetteer.transliterations``)."""
    words_ = normalise_place_name(name).split()
    text = "".join(w for w in words_ if w not in _ANY_ARTICLE) or "".join(words_)
    text = re.sub(r"[0-9]", "", text)
    if not text.isascii():
        return ""
    for written, sound in _SOUNDS:
        text = text.replace(written, sound)
    text = _FOLD_VOWELS.sub("", re.sub(r"h$", "", text))
    return re.sub(r"(.)\1+", r"\1", text)


#: Names that are no place in news copy although a town bears them (organisations,
#: armed groups, peoples, events), folded as ``normalise_place_name`` folds them.
NOT_PLACES = words("place", "not_places")
#: Direction and generic words that are a place only inside a longer name.
NEVER_ALONE = words("place", "never_alone") | words("place", "region_directions")
#: Words of ``NEVER_ALONE`` that name a place after "the" ("the Gulf").
ARTICLE_NAMES = words("place", "article_names")
#: A navy's or a merchant fleet's prefix opens a ship's name ("HMS Ocean", "USS Mahan"),
#: however much the rest reads as a place's: such a name is never a place.
SHIP_PREFIXES = words("place", "ship_prefixes")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_DATELINE_AFTER = re.compile(
    r"\s*(?:,[^\n,.]{1,25})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|[-\u2013\u2014]\s)"
)


@lru_cache(maxsize=NAME_CACHE)
def never_a_place(name: str) -> bool:
    """An organisation, a people, a lone direction word, a ship ("HMS Ocean"), or a fragment
    with no capital letter ("n't", "'s"): no place, whatever town of that name the gazetteer
    holds."""
    bare = _LEADING_THE.sub("", name.strip())
    if not any(c.isupper() or c.isdigit() for c in bare):  # "al-Hol" is a name, "n't" is not
        return True
    parts = bare.split(maxsplit=1)  # any blank: a tab or a no-break space ("USS\u00a0Arizona")
    first = parts[0] if len(parts) > 1 else ""
    if first.replace(".", "") in SHIP_PREFIXES:
        return True  # "HMS Ocean": a ship
    folded = normalise_place_name(bare.replace(".", ""))
    if folded in ARTICLE_NAMES and bare != name.strip():
        return False  # "the Gulf" names a sea where "Gulf" alone is a cut name
    return folded in NOT_PLACES or folded in NEVER_ALONE


def is_acronym(name: str, after: str = "", in_capitals: bool = False) -> bool:
    """ "U.S.", "EU", "BLA": letters in capitals, dotted or of three letters or fewer; four
    capitals too unless a dateline dash follows ("GAZA -- ", "ROME, Italy - ") or the line
    around is itself in capitals (``in_capitals``: "STRIKES NEAR HOMS"). Five capitals and
    more are a word in capitals ("RAQQA", "ALEPPO"), not an acronym: the acronyms that
    long which a gazetteer town spells (organisations, armed groups) are in ``NOT_PLACES``."""
    letters = name.replace(".", "")
    if not letters.isalpha() or not letters.isupper() or len(letters) > 5:
        return False
    if "." in name or len(letters) <= 3:
        return True
    if len(letters) == 5 or in_capitals:
        return False
    return not _DATELINE_AFTER.match(after)


#: Words of two letters or more, and how many of a line's must be in capitals (at least
#: ``_CAPITAL_LINE_WORDS`` of them, ``_CAPITAL_LINE_SHARE`` of all) for it to be a line
#: written in capitals, as strike reports and wire headlines are.
_LINE_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPITAL_LINE_WORDS = 3
_CAPITAL_LINE_SHARE = 0.8
#: How far around a name to look for its line.
_LINE_REACH = 200


def in_capitals(text: str, start: int, end: int) -> bool:
    """The line holding ``text[start:end]`` is written in capitals: its other words are
    (nearly) all upper case, so a name in capitals there is a word, not an acronym."""
    if not 0 <= start <= end <= len(text):
        return False
    left = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1 or max(0, start - _LINE_REACH)
    right = text.find("\n", end, end + _LINE_REACH)
    right = right if right >= 0 else min(len(text), end + _LINE_REACH)
    others = _LINE_WORD.findall(text[left:start] + " " + text[end:right])
    upper = sum(w.isupper() for w in others)
    return upper >= _CAPITAL_LINE_WORDS and upper >= _CAPITAL_LINE_SHARE * len(others)


#: Directions that may close a name the gazetteer knows without them ("Qayyarah West").
TRAILING_DIRECTIONS = frozenset({"north", "south", "east", "west"})
#: Container words that may close a name the gazetteer knows without them.
_SUFFIX_NOUNS = words("place", "place_suffix_nouns") | {"region", "state", "city"}


def lookup_variants(name: str) -> list[str]:
    """The name, then what to try when the gazetteer has no reading of it: without "the"
    ("the United Kingdom"), without a leading direction ("Northern Iraq" -> Iraq, "North
    London" -> London; not when only a direction is left: "Middle Eastern"), without a
    closing container noun ("Diyala Province" -> Diyala) or a closing direction
    ("Qayyarah West" -> Qayyarah)."""
    variants = [name]
    bare = _LEADING_THE.sub("", name.strip())
    words_ = bare.split()
    if bare != name:
        variants.append(bare)
    rest = " ".join(words_[1:])
    if (
        len(words_) > 2
        and _direction_word(words_[0])
        and _direction_word(words_[1])
        and not never_a_place(" ".join(words_[2:]))
    ):  # "North East Texas" is Texas before it is the town East Texas
        variants.append(" ".join(words_[2:]))
    if (
        len(words_) > 1
        and (normalise_place_name(words_[0]) in NEVER_ALONE or _direction_word(words_[0]))
        and not never_a_place(rest)
    ):  # but "Middle Eastern" is no "Eastern": a direction left alone names nothing
        variants.append(rest)
        undirected = rest
    else:
        undirected = ""
    if len(words_) > 1 and words_[-1].lower() in _SUFFIX_NOUNS:
        variants.append(" ".join(words_[:-1]))
        if len(undirected.split()) > 1:  # "Northern Rakhine State" -> Rakhine: both go
            variants.append(undirected.rsplit(maxsplit=1)[0])
    if len(words_) > 1 and words_[-1].lower() in TRAILING_DIRECTIONS:
        variants.append(" ".join(words_[:-1]))  # "Qayyarah West" (its airfield) -> Qayyarah
    return variants


#: Directions that open a region's name ("Northern", "North East"); not "Valley" or "Gulf",
#: which ``NEVER_ALONE`` holds too.
_REGION_DIRECTIONS = words("place", "region_directions")


def _direction_word(word: str) -> bool:
    """A direction ("North", "Northern"), or two joined by a hyphen ("North-East")."""
    parts = word.split("-")
    return all(p and normalise_place_name(p) in _REGION_DIRECTIONS for p in parts) and (
        len(parts) == 1 or all(normalise_place_name(p) in TRAILING_DIRECTIONS for p in parts)
    )


#: Marks a transliteration writes inside a word for ʿayn and hamza ("Qa'im", "Shu‘fat").
_INNER_MARKS = re.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]")
_MAX_INNER_MARKS = 2


def marked_name_word(word: str) -> bool:
    """A transliterated name word with an ʿayn or a hamza marked inside it ("Qa'im",
    "Shu'fat", "Ma‘dan"): a capital, then lower-case letters around one or two marks. The
    model's word shapes take it for no title-case word, so the place pass would read it as
    no name's word; "D'Arcy" (a capital after the mark) is a surname's form."""
    letters = _INNER_MARKS.sub("", word)
    return (
        0 < len(word) - len(letters) <= _MAX_INNER_MARKS
        and not _INNER_MARKS.match(word)
        and not _INNER_MARKS.search(word[-1:])
        and letters.isalpha()
        and letters[:1].isupper()
        and letters[1:].islower()
    )
