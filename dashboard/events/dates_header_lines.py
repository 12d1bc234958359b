"""What one line of an article's header says: a publication or update date, a byline, or
nothing a header holds (then it is text).

An outlet's page prints over its story a headline, a byline and one or more date lines,
alone or joined on one line ("19 June 2024 | Updated 20 June 2024 14:02 BST"). Which date
is the publication day is the label's to say, as schema.org names the two: a "Published",
"First published", "Posted" or "Date" line gives ``datePublished``; an "Updated" or "Last
modified" line gives ``dateModified``, the latest change, which is no publication day
whatever its place in the header. The labels are data with a source per row
(``data/lexicon/date_header_labels.csv``); so are the lower-case words a byline may hold
(``data/lexicon/date_bylines.csv``).

A value is a date only when the whole of it is one (``dates_header.header_day``), so a
sentence ("Published in 1998, the report…", "June 19 was a hot day") is never a header line.
A day and month with no year ("Published: June 19") is a header line whose date is left
unread: a TimeML document creation time needs its year, and the run's year would be a guess.

>>> [(i.kind, i.day) for i in line_items("19 June 2024 | Updated 20 June 2024 14:02 BST")]
[('bare', datetime.date(2024, 6, 19)), ('updated', datetime.date(2024, 6, 20))]
>>> line_items("June 19 was a hot day") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dashboard.events.dates_header import header_day, yearless
from dashboard.events.lexicon import sourced_rows

NO_YEAR = "no year"  # why a day and month alone is left unread
# why a value is no date at all, as ``header_day`` says it (any other reason is a date left
# unread, which the article's flags name)
NO_SUCH_DAY = "no such day"  # date-shaped, but no calendar day ("2026-13-45")
NOT_READ = frozenset({"not a date", NO_SUCH_DAY})


@dataclass(frozen=True, slots=True)
class HeaderItem:
    """One thing a header line says.

    ``kind``: ``published`` (a Published/Date/Posted label), ``updated`` (an Updated or Last
    modified label), ``bare`` (a date with no label), ``byline`` or ``age`` (a page's "3 hours
    ago" or "3 min read": a header line that gives no day). ``day``: the date read,
    or None with ``why`` it was left unread (``NO_YEAR`` for a day and month alone, whose
    ``month_day`` is then given)."""

    kind: str
    day: date | None = None
    why: str = ""
    month_day: tuple[int, int] | None = None


# publication ranks: the labelled publication day, then a date with no label, then an update
RANK = {"published": 0, "bare": 1, "updated": 2}


@lru_cache(maxsize=1)
def _labels() -> tuple[str, dict[str, str]]:
    """The labels as one regex alternation (longest first) and each label's kind.

    Raises ValueError naming the row when a row lacks a label, a known kind or a source."""
    kinds: dict[str, str] = {}
    for row in sourced_rows("date_header_labels.csv"):
        label, kind = (row.get("label") or "").strip().lower(), (row.get("kind") or "").strip()
        if not label or kind not in ("published", "updated"):
            raise ValueError(
                f"date_header_labels.csv: a label and its kind are needed, got {row!r}"
            )
        kinds[" ".join(label.split())] = kind
    alts = "|".join(
        r"[ \t]+".join(map(re.escape, k.split())) for k in sorted(kinds, key=len, reverse=True)
    )
    return f"(?i:{alts})", kinds


@lru_cache(maxsize=1)
def _label_line() -> re.Pattern[str]:
    """A label, a colon or a space, and the value after it."""
    alts, _kinds = _labels()
    return re.compile(rf"\A[ \t]*(?P<label>{alts})[ \t]*(?::[ \t]*|[ \t]+)(?P<value>.+)\Z")


@lru_cache(maxsize=1)
def _label_after_comma() -> re.Pattern[str]:
    """A comma before a label: where one part of a header line ends and the next begins."""
    alts, _kinds = _labels()
    return re.compile(rf",[ \t]+(?={alts}\b)")


@lru_cache(maxsize=1)
def _byline_words() -> frozenset[str]:
    return frozenset(row["word"].strip().lower() for row in sourced_rows("date_bylines.csv"))


_LONGEST = 400  # a long headline is 200 characters; a header line of dates is far shorter
# the parts of one header line: " | ", " · ", " • " or "; " between them, or a comma before
# a label ("Published 19 June 2024, updated 20 June")
_PARTS = re.compile(r"[ \t]+[|·•][ \t]+|;[ \t]+")


def line_items(line: str, body: str = "") -> tuple[HeaderItem, ...] | None:
    """What a header line says, part by part, or None when it is not wholly header (a
    sentence, a headline). ``body``: the article's text, whose numeric dates settle a
    day/month order the line leaves open.

    >>> line_items("By Jane Doe, Reuters")
    (HeaderItem(kind='byline', day=None, why='', month_day=None),)
    """
    if len(line) > _LONGEST:
        return None  # a paragraph, not a header line: never split and read part by part
    whole = _part(line, body)
    if whole is not None:
        return (whole,)
    parts = [cut for part in _PARTS.split(line) for cut in _split_at_labels(part)]
    if len(parts) < 2:
        return None
    items = [_part(p, body) for p in parts]
    if any(i is not None and i.kind in RANK for i in items):
        # beside a date, a short capitalised part is the outlet's name ("Reuters · 19 June
        # 2024 · 3 min read"): a byline's credit, no text of the story
        items = [
            i if i is not None or not _OUTLET.match(p) else HeaderItem("byline")
            for i, p in zip(items, parts, strict=True)
        ]
    return tuple(i for i in items if i is not None) if None not in items else None


def _split_at_labels(part: str) -> list[str]:
    """A part cut before each label that follows a comma ("19 June 2024, updated …")."""
    return [p for p in _label_after_comma().split(part) if p.strip()]


def _part(text: str, body: str) -> HeaderItem | None:
    """One part of a header line as an item, or None."""
    if not text.strip() or len(text) > 200:
        return None
    labelled = _label_line().match(text)
    if labelled is not None:
        if _AGE.match(labelled["value"]):
            return HeaderItem("age")
        kind = _labels()[1][" ".join(labelled["label"].lower().split())]
        return _dated(kind, labelled["value"], body)
    if _is_byline(text):
        return HeaderItem("byline")
    if _AGE.match(text) or _READING_TIME.match(text):
        return HeaderItem("age")
    got = _dated("bare", text, body)
    # a bare value left unread (an ambiguous "07/05/2025") is text, as before: only a label
    # says that a line is a header whatever its value
    return got if got is not None and (got.day or got.why == NO_YEAR) else None


def value_item(kind: str, value: str, body: str = "") -> HeaderItem | None:
    """A labelled value (a front matter ``date``, a header line's part) as an item of
    ``kind``, or None when it is no date at all.

    >>> value_item("published", "June 19, 2024").day
    datetime.date(2024, 6, 19)
    """
    return _dated(kind, value, body)


def _dated(kind: str, value: str, body: str) -> HeaderItem | None:
    got = header_day(value, body)
    if got.day is not None:
        return HeaderItem(kind, got.day)
    if got.why not in NOT_READ or (got.why == NO_SUCH_DAY and kind != "bare"):
        # a label says the line is a date ("Published: June 45, 2026"): it is header, left
        # unread and named, never the article's first sentence
        return HeaderItem(kind, None, got.why)
    month_day = yearless(value)
    return HeaderItem(kind, None, NO_YEAR, month_day) if month_day else None


# A page's age of a story ("Posted 3 hours ago", "Updated 5 mins ago", "just now"): the
# relative form pages print for a date (Unicode CLDR relative time fields, "{0} hours ago";
# ICU's RelativeDateTimeFormatter), counted from a reading time this text does not keep, so
# it is a header line that gives no day; a reading time ("3 min read") is no day either
_AGE = re.compile(
    r"[ \t]*(?i:(?:an?|\d{1,3})[ \t]+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?)"
    r"[ \t]+ago|just[ \t]+now)[ \t]*\Z"
)
_READING_TIME = re.compile(
    r"[ \t]*\d{1,3}[ \t]*(?i:min|mins|minute|minutes)[ \t]+(?i:read)[ \t]*\Z"
)

# an outlet's name: one to four capitalised words, no digits, no sentence's end
_OUTLET = re.compile(
    r"[ \t]*[A-Z](?:[^\W\d_]|[&'’.-])*(?:[ \t]+[A-Z](?:[^\W\d_]|[&'’.-])*){0,3}[ \t]*\Z"
)

_WORD = re.compile(r"[^\s,]+")
# a weekday or month after "By" is a deadline ("By Tuesday, …", "By June 30 …"), not a name
_NOT_NAMES = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)


def _is_byline(text: str) -> bool:
    """Is the line a byline: "By" and one or more names, with at most an outlet, a place
    and a role after them ("By Jane Doe and John Roe, Reuters", "By Jane Doe in Seoul,
    political correspondent")? Its words are capitalised names or the few lower-case words
    a byline holds; a sentence ("By noon, the streets were empty.") has others, or ends as
    one. A day or month after "By" ("By Tuesday, …") is a deadline, never a name."""
    m = re.match(r"[ \t]*(?i:by)[ \t]+(?P<rest>.+?)[ \t]*\Z", text)
    if m is None or len(text) > 100 or re.search(r"[\d.!?:;]\Z|\d", m["rest"]):
        return False
    rest = m["rest"]
    if _NOT_NAMES.match(rest) or not rest[:1].isupper():
        return False
    allowed = _byline_words()
    return all(w[:1].isupper() or w.lower() in allowed or w == "&" for w in _WORD.findall(rest))


def publication(items: tuple[HeaderItem, ...]) -> HeaderItem | None:
    """The item that gives the publication day: the first of the best rank (a labelled
    publication date, then a bare date, then an update), or None when no item is a date."""
    dated = [i for i in items if i.kind in RANK]
    return min(dated, key=lambda i: RANK[i.kind]) if dated else None


def year_from(item: HeaderItem, items: tuple[HeaderItem, ...]) -> date | None:
    """A day and month alone, dated by the year another header line gives: the reading
    nearest that line's day, never after an update's day (a story is published before it
    is updated). None when no other line gives a year.

    >>> u = HeaderItem("updated", date(2025, 1, 2))
    >>> year_from(HeaderItem("published", None, NO_YEAR, (12, 31)), (u,))
    datetime.date(2024, 12, 31)
    """
    if item.month_day is None:
        return None
    other = next((i for i in items if i.day is not None), None)
    anchor = other.day if other is not None else None
    if other is None or anchor is None:
        return None
    month, day = item.month_day
    readings = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            readings.append(date(year, month, day))
        except ValueError:  # 29 February in a common year
            continue
    if other.kind == "updated":
        readings = [r for r in readings if r <= anchor]
    return min(readings, key=lambda r: abs((r - anchor).days), default=None)
