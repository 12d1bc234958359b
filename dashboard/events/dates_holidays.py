"""Named holidays: fixed and movable, from the ``holidays`` package and dateutil's Easter.

Which day a holiday falls on is never written here: data/lexicon/holidays.csv maps the
English phrase news uses to a country calendar of the ``holidays`` package (tried first for
the article's own country, so "Independence Day" in an Indian story is 15 August) or to
dateutil's Western or Orthodox Easter with a day offset. Without a year, the holiday is the
latest one on or before publication, or the next one when the phrase looks ahead.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_common import Context, Got, direction_note, week_of
from dashboard.paths import data_dir


@dataclass(frozen=True, slots=True)
class Holiday:
    phrase: str
    country: str  # a holidays country code, or "easter"
    name: str  # the package's English name, or "western"/"orthodox"
    offset_start: int
    offset_end: int
    source: str


@lru_cache(maxsize=1)
def table() -> dict[str, Holiday]:
    path = data_dir() / "lexicon" / "holidays.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [Holiday(r["phrase"].lower(), r["country"], r["holiday"], int(r["offset_start"]),
                        int(r["offset_end"]), r["source"]) for r in csv.DictReader(fh)]  # fmt: skip
    return {h.phrase: h for h in rows}


def pattern() -> str:
    names = sorted(table(), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("'", "['’]?") for n in names)
    return (
        r"\b(?:(?P<which>last|this|next|past|previous|coming)\s+)?(?P<name>" + alts + r")"
        r"(?:\s+(?P<year>\d{4})(?![\d,]))?(?:\s+(?P<unit>week|weekend))?(?![\w-])"
    )


def occurrence(h: Holiday, year: int, country: str | None = None) -> tuple[date, date] | None:
    """The holiday's range in ``year``: the article's country calendar first, then the row's."""
    if h.country == "easter":
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        if not 1583 <= year <= 4099:  # the range dateutil's Gregorian Easter is defined for
            return None
        day = easter(year, EASTER_ORTHODOX if h.name == "orthodox" else EASTER_WESTERN)
    else:
        found = _named(country, h.name, year) if country else None
        day = found or _named(h.country, h.name, year)
        if day is None:
            return None
    return day + timedelta(days=h.offset_start), day + timedelta(days=h.offset_end)


@lru_cache(maxsize=2048)
def _named(country: str, name: str, year: int) -> date | None:
    import holidays

    try:
        cal = holidays.country_holidays(country.upper(), years=year, language="en_US",
                                        categories=_categories(country))  # fmt: skip
    except (NotImplementedError, KeyError, ValueError):
        return None
    days = sorted(d for d, n in cal.items() if any(part == name for part in n.split("; ")))
    return days[0] if days else None


def _categories(country: str) -> tuple[str, ...]:
    # Christmas Eve, Halloween and Election Day sit in the US "unofficial" calendar
    return ("public", "unofficial") if country.upper() == "US" else ("public",)


def holiday(m: re.Match[str], ctx: Context) -> Got | None:
    h = table().get(re.sub(r"['’]", "'", m["name"].lower()))
    if h is None:
        return None
    if m["year"]:
        got = occurrence(h, int(m["year"]), ctx.country)
        why = f"{h.phrase} {m['year']} ({h.source})"
    else:
        got, why = _nearest(h, m, ctx)
    if got is None:
        return None
    start, end = got
    unit = (m["unit"] or "").lower()
    if unit == "week":
        start, end = week_of(start)
        why += ": the week holding it"
    elif unit == "weekend":
        sat = (
            start + timedelta(days=(5 - start.weekday()) % 7)
            if start.weekday() < 5
            else start - timedelta(days=start.weekday() - 5)
        )
        start, end = sat, sat + timedelta(days=1)
        why += ": the weekend by it"
    return Got(start, end, why)


def _nearest(h: Holiday, m: re.Match[str], ctx: Context) -> tuple[tuple[date, date] | None, str]:
    pub = ctx.pub
    if pub is None:
        return None, ""
    which = (m["which"] or "").lower()
    seen = [
        r for y in (pub.year - 1, pub.year, pub.year + 1) if (r := occurrence(h, y, ctx.country))
    ]
    past = [
        r for r in seen if r[0] < pub or (r[0] == pub and which not in ("last", "past", "previous"))
    ]
    ahead = [r for r in seen if r[0] > pub or (r[0] == pub and which not in ("next", "coming"))]
    looks_ahead = which in ("next", "coming") or (
        which != "last" and which != "past" and ctx.future
    )
    if which == "this":
        same = [r for r in seen if r[0].year == pub.year]
        return (same[0] if same else None), f"this year's {h.phrase} ({h.source})"
    if looks_ahead and ahead:
        return ahead[
            0
        ], f"the next {h.phrase} from publication {pub}{direction_note(ctx)} ({h.source})"
    if past:
        return past[
            -1
        ], f"the latest {h.phrase} before publication {pub}{direction_note(ctx)} ({h.source})"
    return None, ""
