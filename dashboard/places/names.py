"""Tokens and name keys: the one normalisation shared by the gazetteer index and the matcher.

Matching works on whole words, never substrings, so "Assad" can never match inside
"ambassador" (worldmonitor#324) and "Un" in "Kim Jong Un" is at least a word decision.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from dashboard.places.abbreviations import abbreviation_end, reach
from dashboard.places.initials import initial_at

# Abbreviations with dots first ("U.S.", "D.C."), then runs of letters, then numbers.
# Hyphens and apostrophes split tokens: "Nagorno-Karabakh" matches as two tokens, and
# "Japan's" yields "Japan".
TOKEN_RE = re.compile(r"(?:[A-Z][a-z]?\.){2,}|(?:[a-z]\.){2,}|[^\W\d_]+|\d+")

# Words that may stay lowercase inside a multi-word name ("Sea of Japan", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    {"of", "the", "and", "de", "del", "la", "el", "al", "da", "do", "du", "upon", "s"}
)


def fold(text: str) -> str:
    """Casefold and strip accents: 'Zürich' -> 'zurich', 'Tōkyō' -> 'tokyo', and the Latin
    letters that no accent makes, as English news writes them: 'Doğubayazıt' ->
    'dogubayazit', 'Łódź' -> 'lodz', 'Østfold' -> 'ostfold'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_UNACCENTED).casefold()


# Letters NFKD does not split into a base letter and an accent (Unicode gives them no
# decomposition), with the letters English spellings use for them.
_UNACCENTED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
    }
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The index key of a gazetteer name: its folded tokens joined by single spaces.
    Memoised (a pure function of the string): the resolver's passes key every mention's
    text again, a regex scan and a fold per word each time."""
    return " ".join(fold(m.group()) for m in TOKEN_RE.finditer(name))


# Characters that render as nothing: zero-width spaces and joiners, bidi controls, the soft
# hyphen and the byte-order mark. Pasted or hostile text hides them inside names ("K\u200byiv").
_INVISIBLE = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, the letters whose
# glyphs match): inside an otherwise Latin word they are lookalikes, not another script.
_CONFUSABLE = str.maketrans(
    "аеорсухіјѕԁһԛԝАВЕКМНОРСТХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοντ",
    "aeopcyxijsdhqwABEKMHOPCTXIJSABEZHIKMNOPTYXovt",
)
_LOOKALIKE_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")
# either kind of character that sends a text down the slow path, in one regex scan (half the
# cost of a set test, which makes a Python object of every character)
_SLOW_PATH = re.compile("[" + "".join(sorted(_INVISIBLE)) + "\u0370-\u03ff\u0400-\u052f]")
_WORD = re.compile(r"[^\W\d_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def for_matching(text: str) -> tuple[str, list[int]] | None:
    """``text`` as the matcher should read it, with where each of its characters came from
    (one more entry for the end), or None when it reads as it is (most texts: a fast test).

    NFKC per character ("Ｎａｉｒｏｂｉ" -> "Nairobi", "…" -> "..."), invisible characters
    dropped, and Cyrillic or Greek lookalikes mapped to Latin inside a word that also holds
    Latin letters ("Khаrkiv" with a Cyrillic "а"); a wholly Cyrillic word stays as written.
    """
    if text.isascii():
        return None
    if _UNSETTLED.search(text) is None:
        return None  # most other texts: curly quotes, dashes, accented letters only
    if unicodedata.is_normalized("NFKC", text) and _plain(text):
        return None
    # the ASCII stretches between the other characters are copied whole: a Python step per
    # character made this path cost as much as the rest of a geoparse of the text
    chars: list[str] = []
    origin: list[int] = []
    at = 0
    for other in _NOT_ASCII.finditer(text):
        i = other.start()
        chars.append(text[at:i])
        origin.extend(range(at, i))
        at = i + 1
        c = other.group()
        if c in _INVISIBLE:
            continue
        for ch in unicodedata.normalize("NFKC", c):
            chars.append(ch)
            origin.append(i)
    chars.append(text[at:])
    origin.extend(range(at, len(text)))
    origin.append(len(text))
    out = "".join(chars)
    if _LOOKALIKE_SCRIPTS.search(out):
        out = _WORD.sub(_latin_lookalikes, out)  # one character for one: offsets hold
    return None if out == text else (out, origin)


def _settled(c: str) -> bool:
    """Whether the character ``c`` reads as it is, alone: NFKC leaves it, and it is neither
    invisible nor a Cyrillic or Greek letter. A text whose every character beyond ASCII is
    settled reads as it is (``for_matching`` maps one character at a time and changes none)."""
    return (
        unicodedata.normalize("NFKC", c) == c
        and c not in _INVISIBLE
        and _LOOKALIKE_SCRIPTS.match(c) is None
    )


# any character but ASCII and the settled ones news prints most (Latin-1's letters and signs,
# curly quotes, dashes, the euro sign): one regex scan, a third of the cost of the NFKC and
# codec tests below, which are left for texts holding another character
_SETTLED = "".join(c for c in map(chr, [*range(0x80, 0x100), *map(ord, "‘’“”–—€")]) if _settled(c))
_UNSETTLED = re.compile(rf"[^\x00-\x7f{re.escape(_SETTLED)}]")


def _plain(text: str) -> bool:
    """True when ``text`` holds no invisible, Cyrillic or Greek character. Windows-1252
    encodes none of them but the soft hyphen, and its codec tests a text faster than the
    regex scan, which is left for texts with other characters (Arabic names, "ā")."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return _SLOW_PATH.search(text) is None
    return "\u00ad" not in text


def _latin_lookalikes(word: re.Match[str]) -> str:
    w = word.group()
    if not _LOOKALIKE_SCRIPTS.search(w) or not any("a" <= c.lower() <= "z" for c in w):
        return w
    return w.translate(_CONFUSABLE)


def is_latin_name(name: str) -> bool:
    """True for names written in Latin letters (the only ones English news uses)."""
    letters = [c for c in unicodedata.normalize("NFKD", name) if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``; abbreviations such as "U.S." do not end one.

    Each chunk between sentence ends is trimmed in place and only its last few characters
    are searched for an abbreviation (``_ABBREV_REACH``): copying and searching every
    sentence whole was a seventh of a geoparse."""
    start = 0
    abbreviation = _ABBREV_END.search
    for m in _SENTENCE_END.finditer(text):
        end = stop = m.end()
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        # a word boundary at the window's start sees the real character before it, and
        # ``start`` follows a sentence end or the text's start: the same as in the chunk
        if abbreviation(text, max(start, stop - _ABBREV_REACH), stop) is not None and not (
            _CLOCK_END.search(text, max(0, stop - 6), stop) and _clock_then_sentence(text, stop)
        ):
            continue
        if initial_at(text, stop):  # "the governor, A. Kumar, said": a name's initial
            continue
        first = start
        while first < stop and text[first].isspace():
            first += 1
        if first < stop:  # not a chunk of whitespace only
            yield first, stop
        start = end
    first, stop = _trim(text, start, len(text))
    if first < stop:
        yield first, stop


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n")
_ABBREV_END = abbreviation_end()  # "U.S.", "Sen.", "Sept." (``abbreviations``)

# A clock reading's "a.m." or "p.m." (AP style writes them lowercase; "P.M." is also the
# prime minister) is an abbreviation that can end a sentence: "at 3:35 p.m. Hours later, ..."
_CLOCK_END = re.compile(r"(?<![\w.])[ap]\.m\.[\"”’)]?$")
_CLOCK_THEN_CAPITAL = re.compile(r"\s+[\"“‘]?[A-Z]")
# What goes on after a time in its own sentence (AP Stylebook, "time of day", "time zones"):
# a zone ("9 a.m. EST"), a day ("3 p.m. Tuesday", not "Tuesday's"), a date ("10 a.m. Jan. 5")
# or a named time ("4 p.m. Moscow time", "Eastern Standard Time")
_CLOCK_GOES_ON = re.compile(
    r"\s+[\"“‘]?(?:"
    r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT|ET|CT|MT|PT|BST"
    r"|CET|CEST|EET|EEST|WET|IST|PKT|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|WIB"
    r"|EAT|WAT|CAT|SAST|ICT|PHT|GST|IRST|AFT|NPT)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s[0-9]"
    r"|(?:[A-Z][a-z]+\s){1,3}[Tt]ime\b)"
)


def _clock_then_sentence(text: str, stop: int) -> bool:
    """After a time at ``stop``: a capitalised word that is no zone, day, date or named time."""
    return bool(_CLOCK_THEN_CAPITAL.match(text, stop)) and not _CLOCK_GOES_ON.match(text, stop)


# how far back from a chunk's end _ABBREV_END needs to look
_ABBREV_REACH = reach()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
