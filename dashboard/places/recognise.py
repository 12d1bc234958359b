"""Recognition: the spans of a text that name a gazetteer place, and the demonyms.

News text is mostly lowercase, and every place name starts with a capital. So one regex
finds the *runs* of capitalised words (joined by a space, hyphen or apostrophe, with the
lowercase words that occur inside names, such as "of" or "sur", between them), and Python
looks names up only inside runs: a few dozen per article instead of every word. A name
never crosses a run's edge, so the neighbours that make a match part of a person's, ship's
or firm's name ("Kim Jong Un", "ROKS Marado", "Paris Hilton") are the run's own words.
(bench/geoparse.py: the run regex took recognition from ~530 to ~30 µs per news article.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import CONNECTORS, fold

# Capitalised words that may stand right before a place without making it part of a longer
# name ("In Tokyo", "Northern Syria"); any other capitalised neighbour ("Kim Jong Un",
# "ROKS Marado") marks the match as part of a person, ship or organisation name.
OPENERS = frozenset(
    "in at from to on the for near across into outside inside and but as of over by with via "
    "like unlike both after before since during while if when where around between north "
    "south east west northern southern eastern western central northeast northwest "
    "southeast southwest greater upper lower mainland coastal rural urban downtown "
    "neighbouring neighboring occupied".split()
)
# Words after a place that still leave it a place ("Tokyo Bay" is near Tokyo; we keep it).
FEATURE_WORDS = frozenset(
    "province state county city region island islands prefecture valley mountains river bay "
    "district governorate oblast territory peninsula coast border airport port harbor "
    "harbour base strait sea gulf".split()
)
# Institutions named after a place still name the place ("Dublin City Council", "Ohio Supreme
# Court", "U.S. House"); any other capitalised word after a match ("Paris Hilton", "Jordan
# Peterson") makes it part of a person's or brand's name.
INSTITUTION_WORDS = frozenset(
    "city county council department dept court supreme senate house police university college "
    "school schools state society commission board service services army national attorney "
    "census community public historical district fire health forest convention veterans "
    "coalition association partners club chamber museum airport hospital center centre "
    "government parliament assembly legislature highway patrol regional international "
    "ministry embassy consulate navy air military guard federal central metropolitan "
    "municipal town village township borough parish region area port harbor "
    "democrats republicans party office agency authority bureau institute foundation "
    "league tribune times herald news post journal daily gazette observer".split()
)
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# A name joined to one of these by a hyphen is a class or brand, not a place ("Dokdo-class").
_COMPOUND = re.compile(r"-(?:class|type|style|made|built)\b")
_DISEASE_AFTER = re.compile(r"[ -](?:virus|viruses|fever|flu|disease|strain|encephalitis)\b", re.I)
_GAPS = re.compile("[ '’-]")  # "Nagorno-Karabakh", "People's Republic of China"

# A capital: ASCII and Latin-1 capitals, plus the Latin Extended blocks, whose upper and
# lower cases interleave (a lowercase first letter there is rejected in Python).
_CAP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
# A word, or an abbreviation with dots ("U.S."), that starts a word ("robberyA" holds none).
# One leading character class lets the regex engine skip ahead to the next capital: a
# leading group or lookbehind made the scan two to three times slower.
_WORD = rf"[{_CAP}](?<![^\W\d_].)(?:(?<=[A-Z])[a-z]?\.(?:[A-Z][a-z]?\.)+|[^\W\d_]*)"
_GAP = "[ '’-]"
# Where a sentence, line or quotation opens: the word after it is capitalised by position.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_ABBREV_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)[\"”’)]?$"
)


@dataclass(frozen=True, slots=True)
class Match:
    """A recognised name: its span and every gazetteer place it may be."""

    start: int
    end: int
    place_ids: tuple[str, ...]


Demonym = tuple[int, int, str]  # start, end, ISO2 code of the country


class Recogniser:
    """Finds place names and demonyms. Build one per gazetteer: it compiles the run regex."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.runs = _run_regex(gaz.inner_words, gaz.tail_words)
        self.always, self.opening = stoplists()

    def find(self, text: str) -> tuple[list[Match], list[Demonym]]:
        found: list[_Raw] = []
        demonyms: list[Demonym] = []
        index, gaz_demonyms = self.gaz.index, self.gaz.demonyms
        for run in self.runs.finditer(text):
            word = run.group()
            if word.isalpha():  # one word: most runs, so it gets the short path
                key = word.lower() if word.isascii() else fold(word)
                if key in gaz_demonyms:  # "Japanese officers": the country is context
                    demonyms.append((run.start(), run.end(), gaz_demonyms[key]))
                elif key in index and (word.isascii() or word[0].isupper()):
                    found.append(_Raw(run.start(), run.end(), key, key, True, None, None))
            else:
                self._scan_run(run.start(), word, found, demonyms)
        people = self._people_names(text, found)
        kept = [m for m in found if self._keep(text, m, people)]
        return [Match(m.start, m.end, self.gaz.index[m.key]) for m in kept], demonyms

    # ------------------------------------------------------------ inside a run

    def _scan_run(self, offset: int, run: str, found: list[_Raw],
                  demonyms: list[Demonym]) -> None:  # fmt: skip
        """Longest match first, left to right, over the run's words. Words are separated
        by exactly one gap character, so their offsets follow from their lengths."""
        gaz = self.gaz
        words = _GAPS.split(run)
        keys = _GAPS.split(run.lower()) if run.isascii() else [fold(w) for w in words]
        toks = []
        pos = offset
        for word, key in zip(words, keys, strict=True):
            toks.append(_Tok(word, pos, pos + len(word), key))
            pos += len(word) + 1
        toks[0].first = True
        n_toks = len(toks)
        i = 0
        while i < n_toks:
            first = toks[i]
            width = 0
            longest = min(gaz.starts.get(first.key, 0), n_toks - i) if first.capitalised else 0
            for n in range(longest, 0, -1):
                key = " ".join(keys[i : i + n])
                code = gaz.demonyms.get(key)
                if code:  # "South Korean sailors": the country is context, not a mention
                    demonyms.append((first.start, toks[i + n - 1].end, code))
                    width = n
                    break
                if key in gaz.index and (_name_cased(toks, i, n) or key in gaz.lowercase_ok):
                    prev = toks[i - 1] if i else None
                    nxt = toks[i + n] if i + n < n_toks else None
                    found.append(
                        _Raw(first.start, toks[i + n - 1].end, key, first.key, n == 1, prev, nxt)
                    )
                    width = n
                    break
            i += width or 1

    # ------------------------------------------------------------ filters

    def _people_names(self, text: str, found: list[_Raw]) -> frozenset[str]:
        """Single-token names seen inside a person's name ("Barack Obama"), so that a later
        bare "Obama" is not taken for a place either."""
        out = set()
        for m in found:
            if m.single and m.prev is not None and self._glued_before(text, m):
                prev = m.prev
                if prev.key not in FEATURE_WORDS and not prev.text.isupper():
                    out.add(m.first_key)
        return frozenset(out)

    def _keep(self, text: str, m: _Raw, people: frozenset[str]) -> bool:
        if m.single:
            key = m.first_key
            if key in MONTHS_DAYS or key in people:
                return False
            if key in self.opening:
                surface = text[m.start : m.end]
                if key in self.always or surface.isupper() or self._opens(text, m.start, m.prev):
                    return False
            if m.end - m.start <= 3 and text[m.start : m.end].isupper() and not self._is_alias(m):
                return False
            if key in self.gaz.dotted and text[m.end : m.end + 1] != ".":
                return False  # "La" alone is not Louisiana; "La." after a town is
        elif m.key in self.always:
            return False
        if _DISEASE_AFTER.match(text, m.end):
            return False  # "West Nile virus", "Reston virus", "Marburg fever"
        if text[m.end : m.end + 1] == "-" and _COMPOUND.match(text, m.end):
            return False
        if m.prev is not None and self._glued_before(text, m):
            return False
        return m.nxt is None or not _glued_after(text, m)

    def _is_alias(self, m: _Raw) -> bool:
        # Short all-caps names count only as listed aliases (US, UK, NSW) or country codes.
        return m.key in self.gaz.aliases or any(
            pid.startswith("cc:") for pid in self.gaz.index[m.key]
        )

    def _glued_before(self, text: str, m: _Raw) -> bool:
        prev = m.prev
        assert prev is not None
        if not prev.capitalised or prev.key in OPENERS or text[prev.end : m.start] != " ":
            return False
        if prev.key in self.opening and prev.first and self._opens(text, prev.start, None):
            return False  # a sentence-opening common word: "Today Tokyo said"
        # an all-caps dateline or headline word before the match is not a name part
        return not (prev.text.isupper() and text[m.start : m.end].isupper())

    @staticmethod
    def _opens(text: str, start: int, prev: _Tok | None) -> bool:
        """True when the word at ``start`` opens the text, a sentence, a line or a quotation."""
        if prev is not None:
            return False  # inside a run, after a space or hyphen
        before = text[max(0, start - 40) : start].rstrip(" \t")
        if not before or before[-1] in '\n“"‘(':
            return True
        if not _SENTENCE_END.search(before) or not text[start - 1].isspace():
            return False
        return not _ABBREV_END.search(before)


class _Tok:
    """A word inside a run (a plain class with slots: runs hold only a few)."""

    __slots__ = ("capitalised", "end", "first", "key", "start", "text")

    def __init__(self, text: str, start: int, end: int, key: str) -> None:
        self.first = False  # the run's first word, which may open a sentence
        self.text = text
        self.start = start
        self.end = end
        self.key = key
        self.capitalised = text[0].isupper()


class _Raw:
    """A lookup hit before the context filters."""

    __slots__ = ("end", "first_key", "key", "nxt", "prev", "single", "start")

    def __init__(self, start: int, end: int, key: str, first_key: str, single: bool,
                 prev: _Tok | None, nxt: _Tok | None) -> None:  # fmt: skip
        self.start, self.end, self.key, self.first_key = start, end, key, first_key
        self.single, self.prev, self.nxt = single, prev, nxt


def _name_cased(toks: list[_Tok], i: int, n: int) -> bool:
    return all(t.capitalised or t.key in CONNECTORS for t in toks[i : i + n])


def _glued_after(text: str, m: _Raw) -> bool:
    nxt = m.nxt
    assert nxt is not None
    if not nxt.capitalised or text[m.end : nxt.start] != " ":
        return False
    if nxt.key in FEATURE_WORDS or nxt.key in INSTITUTION_WORDS:
        return False
    return not (nxt.text.isupper() or nxt.key in CONNECTORS)


@lru_cache(maxsize=4)
def _run_regex(inner_words: frozenset[str], tail_words: frozenset[str]) -> re.Pattern[str]:
    """Capitalised words joined by single gaps, with the lowercase words that names hold
    between them ("Sea of Japan") or after them ("U.S. mainland")."""
    inner = _trie_pattern(sorted(w for w in inner_words if w.isalpha() and w.isascii()))
    tail = _trie_pattern(sorted(w for w in tail_words if w.isalpha() and w.isascii()))
    return re.compile(
        rf"{_WORD}(?:{_GAP}(?:(?:{inner}){_GAP})*{_WORD})*(?:[ -](?:{tail})(?![^\W\d_]))*"
    )


def _trie_pattern(words: list[str]) -> str:
    """An alternation as a prefix tree, so the regex engine tries one branch per letter."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


@lru_cache(maxsize=1)
def stoplists() -> tuple[frozenset[str], frozenset[str]]:
    """(always, at the start of a sentence): names rejected as ordinary words."""
    path = data_dir() / "gazetteer" / "stoplist.txt"
    always: set[str] = set()
    opening: set[str] = set()
    target = opening
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = line.strip()
        if line == "[always]":
            target = always
        elif line == "[sentence-start]":
            target = opening
        elif line and not line.startswith("#"):
            target.add(line)
    return frozenset(always), frozenset(opening | always)
