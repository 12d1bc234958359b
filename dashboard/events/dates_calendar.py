"""Spans of the calendar larger than a month: quarters, halves, fiscal years, seasons,
decades, centuries, and years written out in words.

Seasons are meteorological (spring March-May, summer June-August, autumn
September-November, winter December-February, as TimeML's SP/SU/FA/WI values), turned
round for the southern hemisphere. "Winter 2023" starts in December 2023 (TimeML's
2023-WI). Fiscal years follow the government year of the article's country
(data/lexicon/fiscal_years.csv); with no country, its months are unknown, so a fiscal
year is dated by the calendar year that names it (TIMEX3's value for "fiscal 1990": 1990).
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_common import (
    MONTHS,
    ORDINALS,
    Context,
    Got,
    add_months,
    direction_note,
    month_span,
    part_of,
    pick_year,
    written_year,
    year_span,
)
from dashboard.events.dates_results import latest_reported_year, results_reported
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import verb_forms
from dashboard.paths import data_dir

SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
}
DECADE_WORDS = {
    "noughties": 0,  # British for the 2000s (Collins English Dictionary)
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
UNIT_RX: str = "|".join(sorted(_UNITS, key=len, reverse=True))
TENS_RX: str = "|".join(_TENS)
ORDINAL_WORD_RX: str = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))


# ---------------------------------------------------------------- quarters and halves


def quarter(m: re.Match[str], ctx: Context) -> Got | None:
    """'the third quarter of 2023', 'Q3 2023', 'the first quarter' (direction decides the year)."""
    g = m.groupdict()
    if _last_reported_quarter(m, ctx):
        assert ctx.pub is not None
        y, mo = add_months(ctx.pub.year, (ctx.pub.month - 1) // 3 * 3 + 1, -3)
        start, end = date(y, mo, 1), month_span(*add_months(y, mo, 2))[1]
        why = f"'{m.group().strip()}' with no year: the quarter before publication's ({ctx.pub})"
        return Got(start, end, why + direction_note(ctx))
    q = ORDINALS.get((g.get("q") or "").lower()) or int(g.get("qn") or 0)
    if not 1 <= q <= 4:
        return None
    fiscal = bool(m.groupdict().get("fiscal"))
    year, why = _year_of(m, ctx, months=3 * q, span_start=3 * q - 2)
    if year is None:
        return None
    if fiscal:
        first, label_end = _fiscal_start(ctx.country)
        if first is None:
            return None
        fy_start_year = (
            year - 1 if label_end and first > 1 else year
        )  # "fiscal 2024" in the US starts Oct 2023
        y, mo = add_months(fy_start_year, first, 3 * (q - 1))
        start = date(y, mo, 1)
        end = month_span(*add_months(y, mo, 2))[1]
        return Got(start, end, f"fiscal quarter {q} of {year} ({_fiscal_note(ctx.country)})")
    start = date(year, 3 * q - 2, 1)
    end = month_span(year, 3 * q)[1]
    return Got(start, end, f"quarter {q} of {year}{why}")


def _last_reported_quarter(m: re.Match[str], ctx: Context) -> bool:
    """Is 'the last quarter' the latest one gone, as 'last quarter' is? Yes with no year and
    no 'of the year' after it, unless the verb looks ahead ("output will peak in the last
    quarter": the fourth). HeidelTime's English date_r17a reads "(the) last quarter" so
    (UNDEF-last-quarter: the one before publication's); "the final quarter" stays the fourth."""
    g = m.groupdict()
    if (g.get("q") or "").lower() != "last" or g.get("year") or g.get("rel") or g.get("fiscal"):
        return False
    return ctx.pub is not None and not ctx.future and not m.group().lower().endswith("year")


def half(m: re.Match[str], ctx: Context) -> Got | None:
    """'the second half of 1996', 'the latter half of this year' (of two halves, the latter is
    the second), 'H1 2024': that half-year."""
    h = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "h1": 1, "h2": 2}.get(
        m["h"].lower()
    )
    if h is None:
        return None
    year, why = _year_of(m, ctx, months=6 * h, span_start=6 * h - 5)
    if year is None:
        return None
    return Got(date(year, 6 * h - 5, 1), month_span(year, 6 * h)[1], f"half {h} of {year}{why}")


def half_alone(m: re.Match[str], ctx: Context) -> Got | None:
    """'the second half', 'first-half profit' with no year: the half-year its verb points to,
    as a quarter with no year is read (``_year_of``). A sentence that names a game
    (data/lexicon/game_periods.csv: "scored in the second half") is about the game's half."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", ctx.sentence.lower()))
    if words & _game_words():
        return None
    h = 1 if (m["h"] or m["h2"]).lower() == "first" else 2
    year, why = _year_of(m, ctx, months=6 * h, span_start=6 * h - 5)
    if year is None:
        return None
    return Got(date(year, 6 * h - 5, 1), month_span(year, 6 * h)[1], f"half {h} of {year}{why}")


@lru_cache(maxsize=1)
def _game_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in sourced_rows("game_periods.csv", "word"))


def _year_of(
    m: re.Match[str], ctx: Context, months: int, span_start: int
) -> tuple[int | None, str]:
    """The year a quarter or half belongs to: written, 'this/last/next year', or by direction."""
    if (y := written_year(m, ctx.pub)) is not None:
        return y, ""
    rel = (m.groupdict().get("rel") or "").lower()
    pub = ctx.pub
    if pub is None:
        return None, ""
    if rel:
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[rel]
        return pub.year + step, f" ('{rel} year' from publication {pub})"
    # no year: a finished span looks back, one not yet begun looks ahead
    if ctx.future and not m.groupdict().get("fiscal") and not m.group().lower().endswith("year"):
        # "will report third-quarter earnings": the report is ahead, the period is over
        # ("the fourth quarter of the year" names its year: the year under discussion)
        reported = results_reported(ctx.sentence, m.start(), m.end())
        year = latest_reported_year(pub, months) if reported else None
        if year is not None:
            why = " (the latest one over by publication: its results are still to be reported"
            return year, f"{why}{direction_note(ctx)})"
    if ctx.future:
        year = pub.year if pub.month <= months else pub.year + 1  # not yet over: this year's
        return year, f" (the next one from publication{direction_note(ctx)})"
    year = pub.year if pub.month > months or pub.month >= span_start else pub.year - 1
    named_year = m.group().lower().endswith("year")  # "the fourth quarter of the year"
    if year == pub.year and pub.month <= months and not named_year and _told_whole(ctx):
        # "Fourth-quarter profit doubled" in October: a result told in the simple past is
        # of a period already over, and this year's fourth quarter is still running, so the
        # latest one over is last year's (HeidelTime keeps this year's unless the quarter is
        # ahead of publication's; a whole period's result cannot be told before it ends)
        return (
            year - 1,
            f" (the latest one over by publication, as a result told done{direction_note(ctx)})",
        )
    return year, f" (the latest one from publication{direction_note(ctx)})"


# the period is still running as told: "so far", "to date" (TimeML: the period includes the
# reference time)
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|year to date|in progress)\b", re.I)
# TimeML ASPECTUAL events that initiate or continue (TimeML 1.2.1 guidelines, event class
# ASPECTUAL: begin, start, continue, keep): they tell a period begun, not one over
_ASPECT_OPEN = frozenset("begin start open continue keep resume".split())
_VERB_SAID = re.compile(r"'(?P<verb>[a-z]+)'")


def _told_whole(ctx: Context) -> bool:
    """Does a simple past verb tell a result of the whole period ("profit doubled")? Not a
    present perfect ("has doubled": up to now), "so far", nor a verb of beginning."""
    if not ctx.direction.startswith("past:") or "(perfect)" in ctx.direction:
        return False
    if _SO_FAR.search(ctx.sentence):
        return False
    verb = _VERB_SAID.search(ctx.direction)
    forms = verb_forms(verb["verb"]) if verb is not None else None
    return not (forms is not None and forms[0] in _ASPECT_OPEN)


# ---------------------------------------------------------------- fiscal years


@lru_cache(maxsize=1)
def _fiscal_table() -> dict[str, tuple[int, bool, str]]:
    """country -> (first month, named by the year it ends in, source)."""
    path = data_dir() / "lexicon" / "fiscal_years.csv"
    out: dict[str, tuple[int, bool, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["country"].upper()] = (
                int(row["start_month"]),
                row["named_by"] == "end",
                row["source"],
            )
    return out


def _fiscal_start(country: str | None) -> tuple[int | None, bool]:
    if country and country.upper() in _fiscal_table():
        first, by_end, _ = _fiscal_table()[country.upper()]
        return first, by_end
    return None, True


def _fiscal_note(country: str | None) -> str:
    if country and country.upper() in _fiscal_table():
        first, _, source = _fiscal_table()[country.upper()]
        return f"{country.upper()} government year from month {first}: {source}"
    return "no country: its months unknown, dated by the year that names it"


def fiscal_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'fiscal 2023', 'FY2023', 'fiscal year 2023-24', 'the 2023 fiscal year'."""
    y = int(m["year"])
    if m.groupdict().get("y2"):
        y2 = m["y2"]
        end_year = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
        if end_year != y + 1:
            return None
        if _fiscal_start(ctx.country)[0] is None:
            # "the 1990-91 fiscal year", no country: some months of each year it names
            why = (
                f"fiscal year {y}-{end_year} (no country: its months unknown, within the two years)"
            )
            return Got(date(y, 1, 1), date(end_year, 12, 31), why)
        y = end_year
    s, e = _fiscal_span(y, ctx.country)
    return Got(s, e, f"fiscal year {y} ({_fiscal_note(ctx.country)})")


def year_ended(m: re.Match[str], ctx: Context) -> Got | None:
    """'the fiscal year ended June 30', 'the 12 months to March 2024', 'the three months to
    April': the months that end on that day, or at the end of that month when no day is
    given (a reporting period, named by its end as company and government accounts are)."""
    month = MONTHS[m["month"].lower()]
    span = _PERIOD_MONTHS.get((m.groupdict().get("unit") or "year").lower().replace("-", " "))
    if m.groupdict().get("months"):
        word = m["months"].lower()
        span = int(word) if word.isdigit() else _MONTH_COUNTS[word]
    if not span or span > 24:
        return None
    if m["year"]:
        y, why = int(m["year"]), "its year given"
    elif ctx.pub is not None:
        y, why = pick_year(ctx.pub, month, int(m["day"] or 28), ctx)
    else:
        return None
    last = month_span(y, month)[1]
    if m["day"] and int(m["day"]) > last.day:
        return None  # "the year to June 31": no such day
    end = date(y, month, int(m["day"])) if m["day"] else last
    sy, sm = add_months(y, month, -span)
    start = (
        date(*add_months(y, month, 1 - span), 1)
        if end == last
        else date(sy, sm, min(end.day, month_span(sy, sm)[1].day))
    )
    if start.day != 1 or end != last:
        start += timedelta(days=1)
    what = "twelve months" if span == 12 else f"{span} months"
    return Got(start, end, f"the {what} to {end.isoformat()} ({why})")


_PERIOD_MONTHS = {"year": 12, "half year": 6, "half": 6, "quarter": 3}
_MONTH_COUNTS = {
    w: n
    for n, w in enumerate(
        "_ one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {"eighteen": 18, "twenty-four": 24}


_FISCAL_STEP = {
    "this": 0,
    "current": 0,
    "present": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "next": 1,
    "coming": 1,
}


def relative_fiscal_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'the current fiscal year', 'last fiscal year', 'next fiscal year': the government year
    of the article's country that holds publication, or the one before or after it. With no
    country the start month is unknown, so the range holds every twelve months that could be
    meant (the current one: each that holds publication). HeidelTime's English date_r17a
    reads "this/last/next" + a unit from the document's date, as 'last year' is read."""
    pub = ctx.pub
    if pub is None:
        return None
    step = _FISCAL_STEP[m["which"].lower()]
    first, by_end = _fiscal_start(ctx.country)
    if first is None:
        s_y, s_m = add_months(pub.year, pub.month, 12 * step - 11)
        e_y, e_m = add_months(pub.year, pub.month, 12 * step + 11)
        why = "no country: every twelve months that could be meant"
        return Got(date(s_y, s_m, 1), month_span(e_y, e_m)[1], f"'{m.group().strip()}' ({why})")
    start_year = pub.year if pub.month >= first else pub.year - 1
    label = start_year + (1 if by_end and first > 1 else 0) + step
    s, e = _fiscal_span(label, ctx.country)
    return Got(
        s,
        e,
        f"fiscal year {label}, '{m['which'].lower()}' from publication ({pub}; "
        f"{_fiscal_note(ctx.country)})",
    )


def _fiscal_span(y: int, country: str | None) -> tuple[date, date]:
    """The days of fiscal year ``y`` in ``country``; unknown country: the calendar year ``y``."""
    first, by_end = _fiscal_start(country)
    if first is None:
        # no country: which months the year holds is unknown, so it is dated by the year
        # that names it, as TIMEX3 values a year (no fiscal token) and statistical offices
        # record a non-calendar reporting year (SDMX Guidelines on Non-Calendar Year
        # Reporting: its reference year); the union of every twelve months that could end
        # in ``y`` (Feb of y-1 to Dec of y) claimed two calendar years for one
        return year_span(y)
    if first == 1:  # a calendar fiscal year
        return year_span(y)
    start = date(y - 1 if by_end else y, first, 1)
    return start, date(start.year + 1, first, 1) - timedelta(days=1)


# ---------------------------------------------------------------- seasons


def season(m: re.Match[str], ctx: Context) -> Got | None:
    name = m["season"].lower()
    first = SEASON_START[name]
    if ctx.southern:
        first = (first + 6 - 1) % 12 + 1
    hemi = "southern" if ctx.southern else "northern"
    if (y := written_year(m, ctx.pub)) is not None:  # "summer 2019", "the fall of '08"
        why = f"{name} {y} ({hemi} hemisphere)"
        if m.groupdict().get("y2"):
            if not _spans_years(y, m["y2"], first):
                return None  # "summer 2019-20" in the north: the years are a range
            why = f"{name} {y}-{m['y2']} ({hemi} hemisphere): the one that starts in {y}"
    elif m.groupdict().get("that"):  # "that autumn": the season of the date named before
        if ctx.anchor is None:
            return None  # no year named before: TimeML leaves the year unspecified (XXXX-FA)
        y = _anchored_season_year(first, ctx.anchor.start, ctx.anchor.end)
        why = f"{m['that'].lower()} {name} ({hemi} hemisphere): of the date named before ({y})"
    elif m.groupdict().get("yrel"):  # "the autumn of last year": that year's autumn
        if ctx.pub is None:
            return None
        rel = m["yrel"].lower()
        y = ctx.pub.year + {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
        why = f"{name} of '{rel} year' ({hemi} hemisphere; publication {ctx.pub})"
    else:
        pub = ctx.pub
        if pub is None:
            return None
        y, why = _season_year(first, pub, (m["which"] or "").lower(), ctx)
        why = f"{(m['which'] or '').lower() + ' ' if m['which'] else ''}{name} ({hemi} hemisphere){why}"
    start = date(y, first, 1)
    end = month_span(*add_months(y, first, 2))[1]
    return part_of(m.groupdict().get("part"), start, end, why)


def _anchored_season_year(first: int, anchor: date, anchor_end: date) -> int:
    """The year a season starts in when the story named ``anchor``..``anchor_end`` before it:
    the one holding the anchor ("in January 2021 ... that winter": the winter of 2020-21),
    else the one starting in the anchor's year ("in 2021 ... that autumn": autumn 2021; "in
    2011 ... that winter": 2011-WI, the winter that starts in it, as TimeML's "winter 2011" is,
    since a whole year's first day lies in the winter before but the year is not that winter)."""
    last = first + 2
    if last > 12 and anchor_end.month <= last - 12 and anchor_end.year == anchor.year:
        return anchor.year - 1
    return anchor.year


def _spans_years(y: int, y2: str, first: int) -> bool:
    """Is the season starting in month ``first`` of ``y`` the one named by ``y``-``y2``
    ("winter 2019-20", "summer 2019/2020" south of the equator): does it run into y + 1?"""
    second = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
    return second == y + 1 and first + 2 > 12


def _season_year(first: int, pub: date, which: str, ctx: Context) -> tuple[int, str]:
    """The year a season starts in: the one holding publication, the one before or after.

    "this winter" outside the season follows the verb ("ice covered the lake this winter":
    the one gone; "floods are expected this winter": the one ahead), else publication's year."""
    current = pub.year if pub.month >= first else pub.year - 1
    in_it = date(current, first, 1) <= pub <= month_span(*add_months(current, first, 2))[1]
    if which in ("last", "past", "previous"):
        y = current - 1 if in_it else current
        return y, f": the latest one before publication {pub}"
    if which == "next":
        y = current + 1
        return y, f": the first one after publication {pub}"
    if in_it:
        return current, f": the one around publication {pub}"
    if which == "coming":
        return current + 1, f": the first one after publication {pub}"
    if which in ("this", "current"):
        # outside the season, "this" names the one the tense points to; with no tense, the
        # one that starts in publication's year (TimeML's YYYY-SE: "this fall" in June is
        # the fall ahead; HeidelTime's English date_r17e, UNDEF-this-season)
        if ctx.direction:
            y = current + 1 if ctx.future else current
            return y, f": the {'next' if ctx.future else 'latest'} one{direction_note(ctx)}"
        return pub.year, f": the one that starts in publication's year ({pub.year})"
    if ctx.future:
        return current + 1, f": the next one from publication{direction_note(ctx)}"
    return current, f": the latest one from publication{direction_note(ctx)}"


# ---------------------------------------------------------------- decades and centuries


def decade(m: re.Match[str], ctx: Context) -> Got | None:
    """'the 1990s', "the '90s", 'the nineties', 'the early 1980s'."""
    if m.groupdict().get("dyear"):
        y = int(m["dyear"])
        if y % 10:
            return None
        if y % 100 == 0 and not m.groupdict().get("part") and not _young_century(y, ctx.pub):
            # "the 1800s" is the century: TimeML reads it so, and so do readers
            return part_of(None, date(y, 1, 1), date(y + 99, 12, 31), f"the {y}s (a century)")
    else:
        tens = int(m["short"]) if m.groupdict().get("short") else DECADE_WORDS[m["word"].lower()]
        century = _century_for(tens, ctx.pub)
        y = century + tens
    return part_of(m.groupdict().get("part"), date(y, 1, 1), date(y + 9, 12, 31), f"the {y}s")


def _young_century(y: int, pub: date | None) -> bool:
    """Does publication fall in the first half of the century that starts in ``y``? Then "the
    2000s" is its first decade: a century not half gone is "this century" (or "the 21st"),
    and a past verb ("in the 2000s, the town boomed") cannot tell of all of it (Merriam-
    Webster, "2000s": the decade 2000-2009 or the century; "the 1900s" in 1998 stays the
    century)."""
    return pub is not None and y <= pub.year < y + 50


def _century_for(tens: int, pub: date | None) -> int:
    """ "the '90s" in 1998 is the 1990s; in 2031 "the '40s" is most likely the 1940s."""
    base = (pub.year if pub else 2000) // 100 * 100
    return base if base + tens <= (pub.year if pub else 2000) else base - 100


def century(m: re.Match[str], ctx: Context) -> Got | None:
    """'the 19th century', 'the nineteenth century', 'this century', 'last century'."""
    if m.groupdict().get("rel"):
        if ctx.pub is None:
            return None
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[m["rel"].lower()]
        n = (ctx.pub.year - 1) // 100 + 1 + step
    elif m.groupdict().get("num"):
        n = int(m["num"])
    else:
        n = _ORDINAL_WORDS[m["word"].lower().replace(" ", "-")]
    if n < 1 or n > 99:
        return None
    start, end = date((n - 1) * 100 + (n == 1), 1, 1), date(n * 100, 12, 31)
    # TimeML and common use count the 20th century as 1900-1999, not 1901-2000
    if n > 1:
        start, end = date((n - 1) * 100, 1, 1), date((n - 1) * 100 + 99, 12, 31)
    return part_of(m.groupdict().get("part"), start, end, f"century {n} ({start.year}–{end.year})")


def this_decade(m: re.Match[str], ctx: Context) -> Got | None:
    """'the end of the decade', 'later this decade', 'the century's end': the decade or
    century that holds the decade named before (an anchor of ten whole years), else the one
    that holds publication. Returns None with no publication date."""
    g = m.groupdict()
    unit = (g["unit"] or g["unit2"] or g["unit3"] or g["unit4"]).lower()
    part = (g["part"] and f"the {g['part'].lower()} of") or (g["part2"] or "").lower()
    if g["unit4"]:
        part = "the end of"
    size = 10 if unit == "decade" else 100
    a = ctx.anchor
    if a is not None and (a.end.year - a.start.year + 1) == size and a.start.year % size == 0:
        y, whose = a.start.year, "the one named before"
    elif ctx.pub is not None:
        y, whose = ctx.pub.year // size * size, f"publication's ({ctx.pub})"
    else:
        return None
    what = f"the {y}s" if size == 10 else f"century {y // 100 + 1} ({y}–{y + 99})"
    return part_of(part or None, date(y, 1, 1), date(y + size - 1, 12, 31), f"{what}: {whose}")


# ---------------------------------------------------------------- spelled-out years


def spelled_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'nineteen ninety-six', 'two thousand and eight', 'twenty twenty-four'."""
    y = words_to_year(m["words"])
    if y is None or y < 1:
        return None
    start, end = year_span(y)
    return Got(start, end, f"year {y} written out")


def words_to_year(text: str) -> int | None:
    words = re.sub(r"[-\s]+", " ", text.lower().replace(" and ", " ")).split()
    if "thousand" in words:
        i = words.index("thousand")
        head, tail = words[:i], words[i + 1 :]
        if len(head) != 1 or head[0] not in _UNITS:
            return None
        rest = _two_digits(tail) if tail else 0
        return None if rest is None else _UNITS[head[0]] * 1000 + rest
    if len(words) < 2:
        return None
    for cut in (1, 2):
        hi, lo = _two_digits(words[:cut]), _two_digits(words[cut:])
        if hi is not None and lo is not None and hi >= 10:
            return hi * 100 + lo
    if words[-1] == "hundred" and _two_digits(words[:-1]) is not None:
        return (_two_digits(words[:-1]) or 0) * 100
    return None


def _two_digits(words: list[str]) -> int | None:
    if words[:1] == ["oh"] and len(words) == 2 and words[1] in _UNITS:
        return _UNITS[words[1]]
    if len(words) == 1:
        return _UNITS.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and 0 < _UNITS[words[1]] < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None
