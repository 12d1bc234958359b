"""Literal prefilters for regular expressions: skip a pattern where it cannot match.

``needed(pattern)`` reads a compiled pattern's syntax tree (the ``re`` module's own parser)
and returns literal strings, case-folded, at least one of which every match contains, or
None when it finds none (a pattern of classes and digits only). ``fold(text)`` folds a text
the same way, so ``may_match(words, fold(text))`` is False only where ``pattern.search(text)``
finds nothing. A substring test runs in C over the text once, while a pattern that opens
with ``\\b`` and a long alternation is tried at every position: the date rules and the hazard
patterns of a sentence cost several times less when most of them are skipped.

Why it is exact (a skipped pattern would have found nothing):

- A literal run of the pattern ("ago", "the week of") matches the same number of text
  characters, one per pattern character, each equal to it or, under IGNORECASE, one of its
  case variants. Only ASCII pattern characters are used, and every text character that
  ``re``'s IGNORECASE matches to an ASCII character case-folds to it (checked over all of
  Unicode with Python 3.11), except dotted and dotless I ("İ", "ı"), which ``fold`` maps to
  "i" first. So the folded text holds the folded run.
- A sequence needs any one of its parts' needs; an alternation needs one of every branch's
  (the union); a group or a repeat of at least one what its content needs; anything else
  (classes, optional parts, lookarounds) gives no need, which only makes the filter weaker.

Example: ``needed(re.compile(r"(?i)\\b(\\d+) days? from now")) == frozenset({" from now"})``.

``Gated(pattern)`` (``gated(text, flags)`` in place of ``re.compile``) puts that test in
front of a pattern's ``search`` and ``finditer``. It pays where the pattern is tried on every
sentence or place name, seldom matches, and needs a few words: each word is one scan of the
text, so a pattern that needs forty names ("Kremlin", "IDF") is cheaper run as it is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterator
from typing import Any

try:  # Python 3.11+: the parser behind re.compile
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another runtime: no prefilter, same results
    _p = _c = None

Needs = frozenset[str]

# the two characters IGNORECASE matches to "i" that str.casefold() does not turn into "i"
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """``text`` folded as ``needed`` folds its literals (compare with ``in``)."""
    if "\u0130" in text or "\u0131" in text:  # rare: ``translate`` costs ten casefolds
        text = text.translate(_FOLD)
    return text.casefold()


def may_match(words: Needs | None, folded: str) -> bool:
    """False only when no match is possible: none of ``words`` is in ``folded``."""
    return words is None or any(map(folded.__contains__, words))


class Gated:
    """``pattern`` with ``needed``'s literal words in front of its scans: ``search`` and
    ``finditer`` look at the stretch ``pattern`` would scan (``pos`` to ``endpos``, clamped
    as ``re`` clamps them) and skip it when it holds none of the words, so they return what
    ``pattern``'s own methods return, at the cost of one fold and a few substring tests.
    ``match`` and ``fullmatch`` start at a fixed place and fail fast: passed straight on.
    A pattern without IGNORECASE is gated by its words as written, in the unfolded text
    (``needed(pattern, folded=False)``): no fold, and "USS" is not let through by "uss".

    >>> Gated(re.compile(r"\\bceasefire\\b", re.I)).search("Talks resumed.") is None
    True
    """

    __slots__ = ("any_word", "folds", "lowercase", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folds = bool(pattern.flags & re.IGNORECASE)
        self.words = needed(pattern, folded=self.folds)
        # many capitalised names: one scan of them all (``_any_word``), else None; the words
        # that open lowercase ("ang" of "[Gg]ang") are looked for one by one beside it
        self.any_word = None if self.folds else _any_word(self.words)
        self.lowercase = (
            tuple(sorted(w for w in self.words or () if w[:1].islower()))
            if self.any_word is not None
            else ()
        )

    def _skips(self, text: str, pos: int, endpos: int) -> bool:
        # written out rather than through ``may_match``: a gate is tried ~100 times a
        # sentence, and its own calls cost about what a short scan does (issue 15); the
        # bounds are clamped as ``re`` clamps them, by conditions rather than ``max`` calls
        words: Collection[str] | None = self.words
        if words is None:
            return False
        whole = pos <= 0 and endpos >= len(text)
        lo = pos if pos > 0 else 0
        hi = endpos if endpos > 0 else 0
        if not self.folds:  # a case-exact pattern: its words as written, in the text
            if self.any_word is not None:  # a literal alternation: no anchor, no lookaround
                if self.any_word.search(text, lo, hi) is not None:
                    return False
                words = self.lowercase  # the rest: none of the alternation's words is there
            folded = text if whole else text[lo:hi]
        elif whole:  # the whole text: folded once for every gate
            last = _LAST_FOLD[0]
            if last[0] is text:
                folded = last[1]
            else:
                folded = fold(text)
                _LAST_FOLD[0] = (text, folded)  # one tuple: a reader sees a pair, never a mix
        else:
            folded = window_fold(text, lo, hi)
        for word in words:  # noqa: SIM110 (a loop: no generator for a word or two)
            if word in folded:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._skips(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._skips(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos)


# Case-exact gates of at least this many words, none opening lowercase, test them in one
# scan of a literal alternation (``_any_word``) instead of one scan per word
_ANY_WORD_MIN = 24


def _any_word(words: Needs | None) -> re.Pattern[str] | None:
    """One pattern that finds any of ``words`` that does not open lowercase (literal,
    case-exact), for a gate of many capitalised names ("Kremlin", "Revolutionary Guard
    Corps": 116 for the organisations): its ``search`` finds a match in ``text[pos:endpos]``
    exactly when one of those words is a substring of it (an alternation of escaped
    literals, no anchor or lookaround), and it tries the words only where a capital or a
    digit stands, where 116 substring scans read the whole sentence each (the gates' tests
    of one read of 74 articles, replayed: 0.80 to 0.67 ms an article; issue 15). A lowercase
    letter starts most positions of a text, where a word opening with one is looked for on
    its own (``Gated.lowercase``: "ang" and "artel" of the organisations' "[Gg]ang" and
    "[Cc]artel", beside their 137 names). None for fewer than ``_ANY_WORD_MIN`` such words."""
    names = [w for w in words or () if not w[:1].islower()]
    if len(names) < _ANY_WORD_MIN:
        return None
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda w: (-len(w), w)))))


# the last whole text a gate folded, with its fold (the gates of a sentence share one fold;
# ``is`` is safe: the entry holds the text, so no other string can take its identity)
_LAST_FOLD: list[tuple[str, str]] = [("", "")]
# the last long text a gate folded a stretch of, with its whole fold, or None when folding
# changed its length ("ß" to "ss"): the article, whose stretches (a sentence, the words before
# a place) the reader's gates fold ~250 times over, ~60 characters each (issue 15)
_LAST_BASE: list[tuple[str, str | None]] = [("", "")]
# a text at most this long has its stretch folded alone: a sentence, not worth a whole fold
_BASE_MIN = 400


def window_fold(text: str, lo: int, hi: int) -> str:
    """``fold(text[lo:hi])``, cut from one fold of the whole ``text`` when it is long.

    Exact: ``fold`` maps each character on its own (``str.casefold`` reads no neighbours,
    and the dotted and dotless I become "i"), to one character or more; when the fold of the
    whole text is as long as the text, each character gave one, so the fold's ``[lo:hi]`` is
    the fold of ``text[lo:hi]``. Otherwise the stretch is folded alone, as before.

    >>> window_fold("Straße " * 80 + "ANKARA", 560, 566), window_fold("KYIV " * 90, 0, 4)
    ('ankara', 'kyiv')
    """
    if len(text) <= _BASE_MIN:
        return fold(text[lo:hi])
    last = _LAST_BASE[0]
    if last[0] is not text:
        whole = fold(text)
        last = (text, whole if len(whole) == len(text) else None)
        _LAST_BASE[0] = last  # one tuple, as ``_LAST_FOLD``
    return fold(text[lo:hi]) if last[1] is None else last[1][lo:hi]


def gated(pattern: str, flags: int = 0) -> Gated:
    """``re.compile(pattern, flags)`` behind its literal words (``Gated``)."""
    return Gated(re.compile(pattern, flags))


def needed(pattern: re.Pattern[str], folded: bool = True) -> Needs | None:
    """Literal strings (case-folded), one of which is in every match of ``pattern``.

    ``folded=False`` (a pattern without IGNORECASE only; ValueError otherwise): the strings
    as written, to look for in the text itself, unfolded; a ``(?i:...)`` part gives none."""
    if not folded and pattern.flags & re.IGNORECASE:
        raise ValueError("a case-blind pattern's words are found only in a folded text")
    if _p is None:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unknown syntax tree: no prefilter, same results
        return None
    words = _sequence(list(tree), folded)
    return None if words is None else _minimal(words)


def needed_each(pattern: re.Pattern[str]) -> tuple[Needs, ...]:
    """Every need of ``pattern``'s own sequence (case-folded), the most selective first:
    a match holds one word of each (a sequence needs all its required parts), where
    ``needed`` keeps the one it rates rarest. "the day before Easter" needs "before" and a
    feast's name: a sentence with "before" alone is ruled out by the second. () when none."""
    if _p is None:
        return ()
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unknown syntax tree: no prefilter, same results
        return ()
    # first the one ``needed`` keeps (a stable sort, as ``max`` keeps the first of equals)
    options = dict.fromkeys(_options(list(tree), True, deep=True))
    return tuple(_minimal(o) for o in sorted(options, key=_rarity, reverse=True))


def _minimal(words: Needs) -> Needs:
    """``words`` less each that holds another of them ("hears" holds "hear", "hundreds of
    thousands" holds "hundreds"): a text holds one of the rest exactly when it holds one of
    them all (a text holding "hears" holds "hear"), in fewer substring tests; the shortest
    word always stays. Built once per pattern: quadratic in its words (140 at most)."""
    return frozenset(w for w in words if not any(v in w for v in words if v != w))


def _rarity(option: Needs) -> tuple[int, int]:
    # the longest shortest word is the rarest in text; then the fewest words to test
    return min(map(len, option)), -len(option)


def _sequence(items: list[tuple[Any, Any]], folded: bool = True) -> Needs | None:
    """The most selective need among a sequence's literal runs and parts."""
    return max(_options(items, folded), key=_rarity, default=None)


def _options(items: list[tuple[Any, Any]], folded: bool = True, deep: bool = False) -> list[Needs]:
    """The needs of a sequence's literal runs and required parts, each one a match holds;
    ``deep``: every need of a required group's own sequence too, not just its best."""
    options: list[Needs] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and (av < 128 or not folded):  # as written: one character each
            run.append(chr(av).casefold() if folded else chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        inner = _required_sequence(op, av) if deep else None
        if inner is not None:
            options.extend(_options(inner, folded, deep=True))
            continue
        part = _item(op, av, folded)
        if part is not None:
            options.append(part)
    if run:
        options.append(frozenset({"".join(run)}))
    return options


def _required_sequence(op: Any, av: Any) -> list[tuple[Any, Any]] | None:
    """The sequence inside a part every match goes through once or more (a group, an atomic
    group, a repeat of at least one), whose needs are all the part's; None for any other."""
    if op is _c.SUBPATTERN:
        return list(av[-1])
    if op is _c.ATOMIC_GROUP:
        return list(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return list(av[2])
    return None


def _item(op: Any, av: Any, folded: bool = True) -> Needs | None:
    if op is _c.SUBPATTERN:
        if not folded and av[1] & re.IGNORECASE:
            return None  # "(?i:...)": its letters match other cases than the ones written
        return _sequence(list(av[-1]), folded)
    if op is _c.BRANCH:
        branches = [_sequence(list(b), folded) for b in av[1]]
        if any(b is None for b in branches):
            return None  # one branch needs nothing, so the alternation needs nothing
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]), folded)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), folded)
    return None


def digits_needed(pattern: re.Pattern[str]) -> int:
    """How many decimal digits in a row every match of ``pattern`` holds (0: none known).

    A pattern that needs a year (``\\d{4}``) cannot match a sentence whose longest run of
    digits (``digit_run``) is shorter, so ``digits_needed(p) > digit_run(text)`` skips it as
    exactly as ``may_match`` does. Digit-only parts that follow each other add up (``\\d\\d?\\d``
    holds two); anything else between them (a group of other characters, a lookaround)
    ends the run, which can only make the number smaller than the truth, never larger.
    A branch needs what its poorest branch needs. ``digits_needed(re.compile(r"in (\\d{4})"))
    == 4``."""
    if _p is None:
        return 0
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unknown syntax tree: no gate, same results
        return 0
    return _digit_sequence(list(tree))[0]


def digit_run(text: str) -> int:
    """The length of the longest run of decimal digits (``\\d``) in ``text``."""
    return max(map(len, _DIGITS.findall(text)), default=0)


_DIGITS = re.compile(r"\d+")


def _digit_sequence(items: list[tuple[Any, Any]]) -> tuple[int, int | None]:
    """(digits in a row every match holds, the fewest digits the sequence takes when it
    takes nothing but digits, else None)."""
    best, run, only = 0, 0, True
    for op, av in items:
        need, count = _digit_item(op, av)
        if count is None:  # a part that takes other characters (or nothing known): run ends
            best, run, only = max(best, run, need), 0, False
        else:
            run += count
    best = max(best, run)
    return best, (run if only else None)


def _digit_item(op: Any, av: Any) -> tuple[int, int | None]:
    """``_digit_sequence``'s pair for one part of a pattern."""
    if op is _c.LITERAL:
        return (1, 1) if 48 <= av <= 57 else (0, None)
    if op is _c.IN:
        return (1, 1) if all(_is_digit_set(o, a) for o, a in av) else (0, None)
    if op is _c.SUBPATTERN:
        return _digit_sequence(list(av[-1]))
    if op is _c.ATOMIC_GROUP:
        return _digit_sequence(list(av))
    if op is _c.BRANCH:
        pairs = [_digit_sequence(list(b)) for b in av[1]]
        counts = [c for _, c in pairs]
        only = None if any(c is None for c in counts) else min(counts)  # type: ignore[type-var]
        return min(n for n, _ in pairs), only
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, content = av
        need, count = _digit_sequence(list(content))
        if count is None:
            return (need if low >= 1 else 0), None
        return count * low, count * low
    return 0, None


def _is_digit_set(op: Any, av: Any) -> bool:
    """A member of a character set that admits digits only."""
    if op is _c.CATEGORY:
        return av is _c.CATEGORY_DIGIT
    if op is _c.LITERAL:
        return 48 <= av <= 57
    if op is _c.RANGE:
        return 48 <= av[0] <= av[1] <= 57
    return False  # NEGATE and anything else
