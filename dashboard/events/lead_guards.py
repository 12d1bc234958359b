"""A pattern that opens with look-arounds, scanned from its body: the look-arounds are asked
only where the body matches.

Some hazard rows open with guards that read on to the end of the clause
(``(?![^;]*\\bworksites?\\b)\\b(?:building|bridge)\\s+collapsed\\b``: no work site anywhere
after the collapse). ``re`` asks a pattern's opening at every position it tries, so each
position of the sentence read the rest of it: n²/2 steps for a sentence of n characters. A
1,700-character list of headlines took ~60 ms a row, and the rows that open so were about
half of the hazards' time on the bundled articles (issue 15, reader speed). Date rows open
with runs of look-behinds ("\\b(?<!every )(?<!each )(?<!following )…", 19 to 23 of them, or a
group of look-behind branches, "(?:(?<=1990s and )|(?<=1990s to )|…)"), which ``re`` asks at
every word start (or every position) of every sentence the row is tried on (session 87).

Why scanning from the body is exact: look-arounds are zero-width and atomic (so is a group
whose every branch is one: which branch held changes nothing after it), and guards
without a capturing group leave the body's groups and matching as they are, so the whole
pattern matches at a position exactly when the guards hold there and the body matches
there. A look-behind sees the text before the position ``match`` starts at, as it does in
``re``'s own scan; a word boundary among the guards is zero-width too and holds at the same
position, so it goes to the body's front, where it keeps the body's scan to word starts. ``body.search(text, pos)`` finds the first position from ``pos`` where the body
matches (a look-behind or ``\\b`` of the body still sees the text before ``pos``); no
earlier position can hold a match of the whole pattern. There the whole pattern's own
``match`` gives the match, or None, and the search goes on one character further, as
``re``'s own scan does. A body that cannot match an empty string makes every match
non-empty, so ``finditer`` goes on from each match's end, as ``re``'s does.

>>> scan = LeadGuarded(re.compile(r"(?![^;]*\\bsite\\b)\\bwall\\s+collapsed", re.I))
>>> [m.group() for m in scan.finditer("A wall collapsed; a wall collapsed at the site")]
['wall collapsed']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # Python 3.11+: the parser behind re.compile, to check the split
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another runtime: no split, same results
    _p = _c = None

# a guard opens with one of these: a look-around, or a group whose every branch is only
# look-arounds ("(?:(?<=1990s and )|(?<=1990s to ))"); word boundaries ("\\b") may stand
# between them; the parser checks that each is zero-width (``_zero_width``)
_GUARD_OPENINGS = ("(?!", "(?=", "(?<!", "(?<=", "(?:(?<", "(?:(?=", "(?:(?!")


class LeadGuarded:
    """``pattern``'s ``finditer``, its leading look-arounds asked only where its body
    matches (``body``: the pattern without them, or None where it opens with none or the
    split is not known to be exact, when the pattern scans as it is)."""

    __slots__ = ("body", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.body = body_of(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields: the same spans and groups (each match is
        the whole pattern's own, from its ``match`` at the body's place)."""
        if self.body is None:
            yield from self.pattern.finditer(text)
            return
        search, match = self.body.search, self.pattern.match
        pos = 0
        while (found := search(text, pos)) is not None:
            start = found.start()
            whole = match(text, start)
            if whole is None:  # a guard fails here: the whole pattern's scan goes on past it
                pos = start + 1
                continue
            yield whole
            pos = whole.end()  # never empty (``body_of``): the next scan starts at its end


def body_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without the look-arounds it opens with (and ``\\b`` at the body's front
    if one stood among them), compiled with its flags; None if it opens with none, or with
    a word boundary alone, if they hold a capturing group (the body's groups would be
    renumbered), if the body can match an empty string, if the pattern is verbose, or if
    the parser does not read the split as zero-width guards and the rest of the whole
    (exactness first: the pattern then scans as it is)."""
    text = pattern.pattern
    cut = _guards_end(text)
    if cut == 0 or _p is None or pattern.flags & re.VERBOSE:  # (a comment may hold a paren)
        return None
    try:
        guards, body = re.compile(text[:cut], pattern.flags), re.compile(text[cut:], pattern.flags)
        whole = list(_p.parse(text, pattern.flags))
        rest = _p.parse(text[cut:], pattern.flags)
    except (re.error, ValueError):
        return None
    opening = whole[: len(whole) - len(rest)]
    if (
        guards.groups
        or rest.getwidth()[0] == 0
        or len(opening) == 0
        or not all(_zero_width(op, av) for op, av in opening)
        # a word boundary alone guards nothing worth a split: ``re`` tests it first anyway
        or all(op is _c.AT for op, _ in opening)
        or [op for op, _ in whole[len(opening) :]] != [op for op, _ in rest]
    ):
        return None
    if any(op is _c.AT for op, _ in opening):
        # the guards' word boundary goes with the body: zero-width like them, it holds at the
        # body's start as at theirs, and the body's scan then tries word starts only
        return re.compile("\\b" + body.pattern, pattern.flags)
    return body


def _guards_end(text: str) -> int:
    """Where the look-around groups and word boundaries that open ``text`` end (0: it opens
    with none); ``body_of`` checks with the parser that they are what they look like."""
    at = 0
    while True:
        if text.startswith("\\b", at) and text.startswith(_GUARD_OPENINGS, at + 2):
            at += 2  # a boundary before a guard; one after the last stays the body's own
            continue
        if not text.startswith(_GUARD_OPENINGS, at):
            return at
        end = _group_end(text, at)
        if end is None:
            return 0
        at = end


def _zero_width(op: Any, av: Any) -> bool:
    """Is the parsed item a look-around, a word boundary, or a branch of look-arounds?"""
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return True
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    return op is _c.BRANCH and all(
        branch and all(o in (_c.ASSERT, _c.ASSERT_NOT) for o, _ in branch) for branch in av[1]
    )


def _group_end(text: str, at: int) -> int | None:
    """The index past the group opening at ``text[at]`` ("("), skipping escapes and
    character sets; None if it does not close."""
    depth, i, n = 0, at, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _set_end(text, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _set_end(text: str, at: int) -> int:
    """The index past the character set opening at ``text[at]`` ("["): a "]" first (after
    an optional "^") is a member, as ``re`` reads it."""
    i = at + 1
    if text.startswith("^", i):
        i += 1
    if text.startswith("]", i):
        i += 1
    while i < len(text) and text[i] != "]":
        i += 2 if text[i] == "\\" else 1
    return i + 1
