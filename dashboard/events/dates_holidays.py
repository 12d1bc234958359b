"""Named holidays: fixed and movable, from the ``holidays`` package and dateutil's Easter.

Which day a holiday falls on is never written here: data/lexicon/holidays.csv maps the
English phrase news uses to a country calendar of the ``holidays`` package (tried first for
the article's own country, so "Independence Day" in an Indian story is 15 August) or to
dateutil's Western or Orthodox Easter with a day offset, or (country ``rrule``) to an RFC 5545
recurrence rule that dateutil expands, for a day fixed by statute that the package leaves out
(the U.S. Election Day of midterm years). Without a year, the holiday is the
latest one on or before publication, or the next one when the phrase looks ahead.

A name many countries give their own day ("Independence Day": the row's ``shared`` column)
read with no country of the article, in a sentence that writes a day and month ("the
Independence Day celebrations planned for the night of September 15"), is not read: the
day written is the one meant, and the default country's day would be a confident guess.
The event reader passes the article's own country for such a name (``shared_calendar``:
``TextAnalysis.story_country``, the dateline's or the one its places lead with): the name
is that country's day ("Independence Day" in a story set in Dhaka is 26 March, never the
U.S. 4 July); a country whose calendar holds no day of the name leaves the row's reading.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_common import MONTH_WORDS_RX, Context, Got, direction_note, week_of
from dashboard.events.lexicon import word_class
from dashboard.paths import data_dir


@dataclass(frozen=True, slots=True)
class Holiday:
    phrase: str
    country: str  # a holidays country code, or "easter"
    name: str  # the package's English name, or "western"/"orthodox"
    offset_start: int
    offset_end: int
    source: str
    shared: bool = False  # a name many countries' calendars hold on different days


@lru_cache(maxsize=1)
def table() -> dict[str, Holiday]:
    path = data_dir() / "lexicon" / "holidays.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [
            Holiday(
                r["phrase"].lower(),
                r["country"],
                r["holiday"],
                int(r["offset_start"]),
                int(r["offset_end"]),
                r["source"],
                r["shared"] == "yes",
            )
            for r in csv.DictReader(fh)
        ]
    return {h.phrase: h for h in rows}


def pattern() -> str:
    names = sorted(table(), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("'", "['’]?") for n in names)
    return (
        r"\b(?:(?P<which>last|this|next|past|previous|coming)\s+)?(?P<name>" + alts + r")"
        r"(?:\s+(?:(?:of|in)\s+)?(?P<year>\d{4})(?![\d,])"
        r"|\s+(?:of\s+)?(?P<yearword>last|this|next)\s+year(?!['’]))?"
        r"(?:\s+(?P<unit>week|weekend))?(?![\w-])"
    )


def occurrence(h: Holiday, year: int, country: str | None = None) -> tuple[date, date] | None:
    """The holiday's range in ``year``: the article's country calendar first, then the row's."""
    if h.country == "easter":
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        if not 1583 <= year <= 4099:  # the range dateutil's Gregorian Easter is defined for
            return None
        day = easter(year, EASTER_ORTHODOX if h.name == "orthodox" else EASTER_WESTERN)
    elif h.country == "rrule":
        found = _recurrence(h.name, year)
        if found is None:
            return None
        day = found
    else:
        found = _named(country, h.name, year) if country else None
        day = found or _named(h.country, h.name, year)
        if day is None:
            return None
    return day + timedelta(days=h.offset_start), day + timedelta(days=h.offset_end)


@lru_cache(maxsize=2048)
def _recurrence(rule: str, year: int) -> date | None:
    """The first day of ``year`` an RFC 5545 RRULE (yearly) gives, through dateutil."""
    from datetime import datetime

    from dateutil.rrule import rrulestr

    if not 1 <= year <= 9998:
        return None
    start = datetime(year, 1, 1)
    hit = rrulestr(rule, dtstart=start).after(start, inc=True)
    return hit.date() if hit is not None and hit.year == year else None


@lru_cache(maxsize=2048)
def _named(country: str, name: str, year: int) -> date | None:
    import holidays

    try:
        cal = holidays.country_holidays(
            country.upper(), years=year, language="en_US", categories=_categories(country)
        )
    except (NotImplementedError, KeyError, ValueError):
        return None
    days = sorted(d for d, n in cal.items() if any(_bare(part) == name for part in n.split("; ")))
    return days[0] if days else None


# the holidays package marks lunar feasts it computes ahead "(estimated)": the feast is the
# same one ("Eid al-Adha (estimated)" is Eid al-Adha). It also lists the weekday a holiday
# falling on a weekend is "(observed)" as a day off: that day is not the feast ("fireworks on
# Independence Day" of 2026 lit the sky on Saturday 4 July, not on the Friday off before it;
# Christmas Day 2021 was 25 December, not the 24th), so an observed entry names nothing here
_ESTIMATED = re.compile(r"\s*\(estimated\)$")


def _bare(name: str) -> str | None:
    """A holiday's name without the package's "(estimated)" mark; None for an "(observed)"
    day off, which is not the feast."""
    if name.endswith("(observed)"):
        return None
    return _ESTIMATED.sub("", name)


def _categories(country: str) -> tuple[str, ...]:
    # Christmas Eve, Halloween and Election Day sit in the US "unofficial" calendar
    return ("public", "unofficial") if country.upper() == "US" else ("public",)


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def holiday(m: re.Match[str], ctx: Context) -> Got | None:
    """The span of the holiday ``m`` names, or None. A holiday's name is a proper noun and
    written with a capital (Chicago Manual of Style, 17th ed., 8.89); in lower case it is
    another word ("Japan lent 2 billion yen" is the verb, not Lent)."""
    if m["name"][:1].islower() or _attributive(m):
        return None
    h = table().get(re.sub(r"['’]", "'", m["name"].lower()))
    if h is None:
        return None
    country = ctx.country or (ctx.shared_calendar if h.shared else None)
    if h.shared and not country and _written_day(m.string, m):
        return None  # "Independence Day … planned for September 15": the day written
    unit = (m["unit"] or "").lower()
    if m["year"]:
        got = _span(occurrence(h, int(m["year"]), country), unit)
        why = f"{h.phrase} {m['year']} ({h.source})"
    elif m["yearword"] and ctx.pub is not None:
        # "Ramadan last year": the feast in the year before publication's, whichever side of
        # publication this year's falls (TimeML anchors "last year" on the document's time)
        year = ctx.pub.year + _YEAR_STEP[m["yearword"].lower()]
        got = _span(occurrence(h, year, country), unit)
        why = f"{h.phrase} {m['yearword'].lower()} year: {h.phrase} {year} ({h.source})"
    else:
        got, why = _nearest(h, m, ctx, unit, country)
    if got is None:
        return None
    if unit:
        why += f": the {unit} holding it" if unit == "week" else f": its {unit}"
    return Got(got[0], got[1], why)


Span = tuple[date, date]

# a day and month written out: "September 15", "15 September", "Sept. 15"
_DAY_MONTH = re.compile(
    rf"\b(?:(?:{MONTH_WORDS_RX})\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_WORDS_RX})\b)",
    re.IGNORECASE,
)


def _written_day(sentence: str, m: re.Match[str]) -> bool:
    """Whether ``sentence`` writes a day and month in the holiday's own phrase: after its name
    ``m``, within ``_PHRASE_REACH`` characters and no comma or semicolon between ("the
    Independence Day celebrations planned for the night of September 15"); a day told in
    another clause ("…, officials said on 1 February") dates the telling, not the holiday."""
    return any(
        m.end() <= d.start() <= m.end() + _PHRASE_REACH
        and not _BREAK.search(sentence, m.end(), d.start())
        for d in _DAY_MONTH.finditer(sentence)
    )


_PHRASE_REACH = 60
_BREAK = re.compile(r"[,;]")


_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)


def _occasion(m: re.Match[str]) -> bool:
    """Is the holiday named after "for" ("for Christmas", "for the Eid holiday")?"""
    return _FOR_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")


def _attributive(m: re.Match[str]) -> bool:
    """Is the holiday's name a modifier of a thing or stretch that is not the feast day
    ("the Christmas market", "a Thanksgiving parade": ``classes.csv`` row HOLIDAY_THING)? Such a noun
    phrase names no date (the Magdeburg market attack of a Friday was read as 25 December)."""
    if m["year"] or m["yearword"] or m["unit"]:
        return False
    nxt = _NEXT_WORD.match(m.string, m.end())
    return nxt is not None and nxt.group(1) in _things()


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    return word_class("HOLIDAY_THING")


def _span(day: Span | None, unit: str) -> Span | None:
    """The holiday itself, or the week (Monday-Sunday) or weekend holding it. A Monday
    holiday's weekend is the one it ends ("Memorial Day weekend": the Saturday and Sunday
    before it, the long weekend of a Monday holiday, as the U.S. Uniform Monday Holiday Act
    of 1968 and UK bank holiday Mondays make it); any other's closes its week."""
    if day is None or not unit:
        return day
    if unit == "week":
        return week_of(day[0])
    if day[0].weekday() == 0:
        return day[0] - timedelta(days=2), day[0] - timedelta(days=1)
    sunday = week_of(day[0])[1]
    return sunday - timedelta(days=1), sunday  # the weekend closing the holiday's week


def _nearest(
    h: Holiday, m: re.Match[str], ctx: Context, unit: str, country: str | None
) -> tuple[Span | None, str]:
    """Without a year: 'last/next/this' say which; else publication's year, unless the verb's
    tense picks the one before or after and that one is within half a year. A holiday whose
    week or weekend holds publication is that one."""
    pub = ctx.pub
    if pub is None:
        return None, ""
    which = (m["which"] or "").lower()
    seen = {
        y: r
        for y in (pub.year - 1, pub.year, pub.year + 1)
        if (r := _span(occurrence(h, y, country), unit))
    }
    before = [r for r in seen.values() if r[1] < pub]
    after = [r for r in seen.values() if r[0] > pub]
    around = [r for r in seen.values() if r[0] <= pub <= r[1]]
    src = f"({h.source})"
    if which in ("last", "past", "previous"):
        return (
            before[-1] if before else None
        ), f"the latest {h.phrase} before publication {pub} {src}"
    if which in ("next", "coming"):
        return (after[0] if after else None), f"the next {h.phrase} after publication {pub} {src}"
    if around:
        return around[0], f"the {h.phrase} around publication {pub} {src}"
    if ctx.direction:
        pool = after if ctx.future else before
        near = [r for r in pool if abs((r[0] - pub).days) <= 183]
        pick = (near[0] if ctx.future else near[-1]) if near else None
        same = seen.get(pub.year)
        if pick is None and _occasion(m):
            # "pardoned 200 prisoners for Christmas" in November: "for" names the occasion
            # the act prepares (Merriam-Webster for prep. 1b, 'as a preparation toward'); with
            # none within half a year on the tense's side, the one meant is on the other and
            # dates no act told in that tense
            return None, ""
        if pick is None and same is not None and (same[0] > pub) != ctx.future and pool:
            pick = pool[0] if ctx.future else pool[-1]  # the tense rules out this year's
        if pick is not None:
            way = "next" if ctx.future else "latest"
            return pick, f"the {way} {h.phrase} from publication {pub}{direction_note(ctx)} {src}"
    return seen.get(pub.year), f"{h.phrase} in publication's year {src}"
