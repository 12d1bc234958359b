"""The recogniser's hot loop: runs of capitalised words, and the gazetteer names inside them.

One contract, two implementations. ``scan(text, tables)`` comes from the C extension
``dashboard.places._runs`` when it was built at install (``make setup`` builds it; a machine
without a C compiler simply gets none), and otherwise from ``scan_python`` here, which is
the reference: tests/unit/test_runs.py holds the two equal on generated text.

A run is capitalised words joined by one space, hyphen or apostrophe, with the lowercase
words that names hold between capitals ("Sea *of* Japan") or after them ("U.S. *mainland*").
Inside a run the longest gazetteer name wins, left to right. A name prefix written with
its dot ("St. Louis", "Mt. Pleasant") joins the word after it, as "St Louis" would. The output is plain tuples so
that C can build it cheaply:

- a token is ``(start, end, key, capitalised, first_in_run)``;
- a hit is ``(start, end, key, first_key, single_word, previous_token, next_token)``, the
  neighbours being the run's own words (or ``None``);
- a demonym is ``(start, end, country_code)``.

The C scanner memoises each word's key and lookups, and those of word sequences, across
calls (see ``_runs.c``: ``memo_key``); it empties the memo when given other tables, and
assumes the tables it reads do not change in place, as a loaded gazetteer's do not.

The extension also reads, each beside a Python reference the tests hold it equal to:
``spaced_words`` (``cues.unlisted``'s type and feature words), ``sentences``
(``names.sentences``, for ``Geoparser.analyse``), ``plain`` and ``locative``
(``recognise.py``), and ``any_of`` and ``where_any`` (``landmarks.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from dashboard.places.abbreviations import abbreviations, reach
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.initials import join_initials
from dashboard.places.names import CONNECTORS, fold

Token = tuple[int, int, str, bool, bool]
Hit = tuple[int, int, str, str, bool, Token | None, Token | None]
Demonym = tuple[int, int, str]


class Tables(NamedTuple):
    """What the scanner looks words up in (the C twin takes the same tuple)."""

    names: dict[str, tuple[str, ...]]  # name key -> place ids
    demonyms: dict[str, str]  # demonym key -> ISO2 code
    starts: dict[str, int]  # first word of a name or demonym -> most words it has
    inner: frozenset[str]  # lowercase words between a name's capitals
    tails: frozenset[str]  # lowercase words that end a name
    lowercase_ok: frozenset[str]  # keys whose own spelling has lowercase words
    connectors: frozenset[str]  # lowercase words any name may hold ("of", "the")
    fold: Callable[[str], str]  # the key of a non-ASCII word


# A capital: ASCII and Latin-1 capitals, plus the Latin Extended blocks, whose upper and
# lower cases interleave (a word starting lowercase there is simply not capitalised).
_CAP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
# A word, or an abbreviation with dots ("U.S."), that starts a word ("robberyA" holds none).
# One leading character class lets the regex engine skip ahead to the next capital: a
# leading group or lookbehind made the scan two to three times slower.
_WORD = rf"[{_CAP}](?<![^\W\d_].)(?:(?<=[A-Z])[a-z]?\.(?:[A-Z][a-z]?\.)+|[^\W\d_]*)"
_GAP = "[ '’-]"
_GAPS = re.compile(_GAP)
# Abbreviated name prefixes, written with a dot: "St. Louis", "Mt. Pleasant", "Ft. Worth";
# in capitals ("ST. PAUL --", a dateline) only before a word in capitals too, so that a
# capitalised abbreviation never joins an ordinary word ("ST. Mary's" is left alone).
_SAINT = re.compile(r"(?<![\w.])(?:(St|Ste|Mt|Ft)\. (?=[A-Z])|(STE|ST|MT|FT)\. (?=[A-Z]{2}))")


def scan_python(text: str, tables: Tables) -> tuple[list[Hit], list[Demonym]]:
    """Every gazetteer name and demonym inside the runs of ``text`` (see the module doc).
    "St. Louis", "Mt. Pleasant", "Ft. Worth" are read as "St Louis" (``_scan_unpointed``)."""
    # the cheap substring tests first: most texts hold no abbreviated prefix at all
    prefixed = (
        "St. " in text
        or "Mt. " in text
        or "Ft. " in text
        or "Ste. " in text
        or "T. " in text  # ST. MT. FT. (a dateline in capitals)
        or "STE. " in text
    )
    if prefixed and _SAINT.search(text):
        return _scan_unpointed(text, tables)
    return _scan(text, tables)


def _scan(text: str, tables: Tables) -> tuple[list[Hit], list[Demonym]]:
    hits: list[Hit] = []
    demonyms: list[Demonym] = []
    index, gaz_demonyms = tables.names, tables.demonyms
    for run in run_regex(tables.inner, tables.tails).finditer(text):
        word = run.group()
        if word.isalpha():  # one word: most runs, so it gets the short path
            key = tables.fold(word)
            if key in gaz_demonyms:  # "Japanese officers": the country is context
                demonyms.append((run.start(), run.end(), gaz_demonyms[key]))
            elif key in index and word[0].isupper():
                hits.append((run.start(), run.end(), key, key, True, None, None))
        else:
            _scan_run(run.start(), word, tables, hits, demonyms)
    return hits, demonyms


def _scan_unpointed(text: str, tables: Tables) -> tuple[list[Hit], list[Demonym]]:
    """Scan ``text`` with "St. Louis", "Mt. Pleasant", "Ft. Worth" (or "ST. LOUIS") read as
    "St Louis": a word
    ends at a dot, so each such prefix is moved one place right over its dot (" St Louis",
    the same length), and spans starting at a moved prefix are moved back."""
    moved: set[int] = set()
    chars = list(text)
    for m in _SAINT.finditer(text):
        i, word = m.start(), m.group(1) or m.group(2)
        chars[i : i + len(word) + 1] = [" ", *word]
        moved.add(i + 1)
    hits, demonyms = _scan("".join(chars), tables)

    def back(pos: int) -> int:
        return pos - 1 if pos in moved else pos

    def token(t: Token | None) -> Token | None:
        return None if t is None else (back(t[0]), t[1], t[2], t[3], t[4])

    hits = [(back(h[0]), h[1], h[2], h[3], h[4], token(h[5]), token(h[6])) for h in hits]
    return hits, [(back(d[0]), d[1], d[2]) for d in demonyms]


def _scan_run(
    offset: int, run: str, tables: Tables, hits: list[Hit], demonyms: list[Demonym]
) -> None:
    """Longest name first, left to right. Words are separated by exactly one gap
    character, so their offsets follow from their lengths."""
    words = _GAPS.split(run)
    keys = [tables.fold(w) for w in words]
    toks: list[Token] = []
    pos = offset
    for k, (word, key) in enumerate(zip(words, keys, strict=True)):
        toks.append((pos, pos + len(word), key, word[0].isupper(), k == 0))
        pos += len(word) + 1
    n_toks = len(toks)
    i = 0
    while i < n_toks:
        start, _, first_key, capitalised, _ = toks[i]
        width = 0
        longest = min(tables.starts.get(first_key, 0), n_toks - i) if capitalised else 0
        for n in range(longest, 0, -1):
            key = " ".join(keys[i : i + n])
            end = toks[i + n - 1][1]
            code = tables.demonyms.get(key)
            if code:  # "South Korean sailors": the country is context, not a mention
                demonyms.append((start, end, code))
                width = n
                break
            if key in tables.names and (
                _name_cased(toks, i, n, tables.connectors) or key in tables.lowercase_ok
            ):
                prev = toks[i - 1] if i else None
                nxt = toks[i + n] if i + n < n_toks else None
                hits.append((start, end, key, first_key, n == 1, prev, nxt))
                width = n
                break
        i += width or 1


def _name_cased(toks: list[Token], i: int, n: int, connectors: frozenset[str]) -> bool:
    return all(t[3] or t[2] in connectors for t in toks[i : i + n])


@lru_cache(maxsize=4)
def run_regex(inner_words: frozenset[str], tail_words: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words joined by single gaps, with the lowercase words that names hold
    between them ("Sea of Japan") or after them ("U.S. mainland")."""
    inner = _trie_pattern(sorted(inner_words))
    tail = _trie_pattern(sorted(tail_words))
    # after an apostrophe only a tail word of three letters or more ("Nuku'alofa"), never
    # an English clitic ("Paris's", "Gaza'll")
    return re.compile(
        rf"{_WORD}(?:{_GAP}(?:(?:{inner}){_GAP})*{_WORD})*"
        rf"(?:(?:[ -]|['’](?=[^\W\d_]{{3}}))(?:{tail})(?![^\W\d_]))*"
    )


def _trie_pattern(words: list[str]) -> str:
    """An alternation as a prefix tree, so the regex engine tries one branch per letter."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(trie) or "(?!)"


def _trie_source(node: dict) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def tables_of(gaz: Gazetteer) -> Tables:
    """The scanner's tables from a gazetteer."""
    return Tables(
        gaz.index,
        gaz.demonyms,
        gaz.starts,
        frozenset(w for w in gaz.inner_words if w.isalpha() and w.isascii()),
        frozenset(w for w in gaz.tail_words if w.isalpha() and w.isascii()),
        gaz.lowercase_ok,
        CONNECTORS,
        fold,
    )


Scan = Callable[[str, Tables], tuple[list[Hit], list[Demonym]]]


def _compiled() -> Scan | None:
    try:  # the compiled twin, when the install built it
        from dashboard.places._runs import scan as scan_c
    except ImportError:  # no C compiler at install: the Python twin does the same work
        return None
    return scan_c


scan_c = _compiled()
scan: Scan = scan_c or scan_python
COMPILED = scan_c is not None

# The C test of which hits no recognition filter can act on (recognise_filters.PlainWords says
# what it reads); None without the extension, and then every hit goes through the Python filters.
Plain = Callable[[str, list[Hit], tuple[object, ...]], bytes]


def _compiled_plain() -> Plain | None:
    try:
        from dashboard.places._runs import plain
    except ImportError:  # no extension, or one built before it had this test
        return None
    return plain


plain_c = _compiled_plain()


def any_of_python(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text`` (the C twin is faster for many words)."""
    return any(w in text for w in words)


def _compiled_any_of() -> Callable[[str, tuple[str, ...]], bool] | None:
    try:
        from dashboard.places._runs import any_of
    except ImportError:
        return None
    return any_of


any_of = _compiled_any_of() or any_of_python


def where_any_python(text: str, words: tuple[str, ...]) -> list[int]:
    """Every index of ``text`` where one of ``words`` (none empty) begins, ascending, each
    once (the C twin reads the text once)."""
    found: set[int] = set()
    for w in words:
        at = text.find(w)
        while at >= 0:
            found.add(at)
            at = text.find(w, at + 1)
    return sorted(found)


def _compiled_where_any() -> Callable[[str, tuple[str, ...]], list[int]] | None:
    try:
        from dashboard.places._runs import where_any
    except ImportError:
        return None
    return where_any


where_any = _compiled_where_any() or where_any_python


def _compiled_locative() -> Callable[[str, int], int] | None:
    try:
        from dashboard.places._runs import locative
    except ImportError:
        return None
    return locative


# recognise_words._LOCATIVE read in C before a position: 1, 0, or -1 (beyond ASCII: ask the regex)
locative_c = _compiled_locative()


def _compiled_spaced_words() -> Callable[[str, tuple[str, ...]], list[tuple[int, int]]] | None:
    try:
        from dashboard.places._runs import spaced_words
    except ImportError:
        return None
    return spaced_words


# (start, end) of each of some words after a space, at a word boundary: the sites of
# cues.unlisted's type and feature words, read in C (None without the extension: its regex)
spaced_words_c = _compiled_spaced_words()


def _compiled_sentences() -> Callable[[str], list[tuple[int, int]]] | None:
    try:
        from dashboard.places._runs import sentences
    except ImportError:
        return None
    # the C reads the same abbreviation words and reach as names.sentences' regex
    words, far = abbreviations(), reach()
    # a name's initial ("A. Kumar") is joined after, as names.sentences does (``initials``)
    return lambda text: join_initials(text, sentences(text, words, far))


# names.sentences read in C, as a list (None without the extension)
sentences_c = _compiled_sentences()
