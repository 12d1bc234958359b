"""Passes over one sentence's resolved dates after the rule table: a bare weekday told
after a day of saying, ranges whose first end takes the year of the second, a time of day
taken into its date (moving the day by its zone), seasons read in the southern hemisphere.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events import dates_anchored as anc
from dashboard.events.date_clauses import said_in_relative
from dashboard.events.dates_common import WEEKDAY_RX, WEEKDAYS, Context
from dashboard.events.dates_mention import DateMention
from dashboard.events.dates_time import attach, local_shift
from dashboard.model import DateRange
from dashboard.paths import data_dir

# a day right after a verb of saying ("said on Friday that"), and a bare weekday ("on
# Wednesday", "Wednesday night")
_SAID_ON = re.compile(
    r"\b(?:said|announced|reported|confirmed|told\s+\w+|stated|added)\s+(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)
# a new main clause after the saying ("said on Tuesday it had restored calm, but residents
# reported gunfire on Wednesday"): what follows is the reporter's, not the speaker's, so it is
# told from the article's day (Quirk et al. 1985 §13.4: reported speech ends with the clause
# it governs; a contrasting coordinator begins the writer's own)
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:but|while|whereas|yet)\b|;", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(
    rf"(?:on\s+)?{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)


def _before_the_report(
    text: str, found: list[DateMention], published: date | None
) -> list[DateMention]:
    """A bare weekday told after a day of saying ("said on Friday that troops had killed six
    on Wednesday") that was read as a day after the saying is moved to the latest such
    weekday on or before it: what a report tells in the past came before the report (TimeML
    anchors a reported past event on the reporting event, Pustejovsky et al. 2003). A weekday
    read as ahead ("would resume on Wednesday") keeps its reading, and so does one in a new
    main clause after the saying (", but residents reported gunfire on Wednesday")."""
    out = list(found)
    for i, d in enumerate(found):
        m = _BARE_WEEKDAY.fullmatch(d.text)
        if m is None or d.range.precision != 1:
            continue
        said = [
            r
            for r in found[:i]
            if r.range.precision == 1 and _SAID_ON.search(text, max(0, r.start - 30), r.start)
        ]
        if not said or d.range.start <= said[-1].range.start:
            continue
        if _NEW_CLAUSE.search(text, said[-1].end, d.start):
            continue
        if said_in_relative(text, said[-1].start) and re.search(
            r"[,;]", text[said[-1].end : d.start]
        ):
            # "the army, which said on Wednesday it was …, announced on Friday": a relative
            # clause's saying reports only what its own clause tells; past its comma, the
            # main clause's weekday is told from the article's day
            continue
        if published is None:
            continue
        if d.range.start > published or "future" in d.range.reason:
            out[i] = _after_the_report(text, d, said[-1], m["weekday"])
            continue
        day = said[-1].range.start
        back = (day.weekday() - WEEKDAYS[m["weekday"].lower()]) % 7
        moved = day - timedelta(days=back)
        why = f"{m['weekday'].capitalize()} on or before the report's day ({day}): {moved}"
        out[i] = replace(d, range=replace(d.range, start=moved, end=moved, reason=why))
    return out


# a future seen from a past saying: "would", "was to", "was due/set/expected/going to"
# (Quirk et al. 1985 §4.45, the future in the past); "will" is seen from the writer's day
_FUTURE_IN_PAST = re.compile(
    r"\b(?:would|'d|(?:was|were)\s+(?:(?:due|set|expected|scheduled|going)\s+)?to)\b",
    re.IGNORECASE,
)


def _after_the_report(text: str, d: DateMention, said: DateMention, weekday: str) -> DateMention:
    """A bare weekday read as ahead of publication in what a past saying on a day told of
    its future ("said on Monday that talks would resume on Thursday") is the first such
    weekday after the saying's day: a future in the past is seen from the reporting event
    (TimeML anchors the reported event on it, Pustejovsky et al. 2003), not from the
    article's day. "Will" ("said on Monday that talks will resume on Thursday") tells a
    future seen from the writer's day and keeps its reading."""
    if _FUTURE_IN_PAST.search(text, said.end, d.start) is None:
        return d
    if re.search(r"\b(?:will|'ll|shall)\b", text[said.end : d.start], re.IGNORECASE):
        return d
    day = said.range.start
    ahead = (WEEKDAYS[weekday.lower()] - day.weekday() - 1) % 7 + 1
    moved = day + timedelta(days=ahead)
    if moved >= d.range.start:
        return d
    why = f"{weekday.capitalize()} after the report's day ({day}), seen from it: {moved}"
    return replace(d, range=replace(d.range, start=moved, end=moved, reason=why))


def _ranges_in_order(text: str, found: list[DateMention]) -> list[DateMention]:
    """'from March to May (2023)', 'in January and February 2008': the first end without a
    year on or before the second (``anc.in_order``)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        paired = anc.range_pair(text, a.start, a.end, a.text, b.start, b.text) or (
            not b.relative and anc.shared_year(text, a.end, b.start, b.text)
        )
        if a.relative and paired:
            pair = anc.in_order(a.range, b.range, not b.relative)
            if pair is not None:
                out[i], out[i + 1] = replace(a, range=pair[0]), replace(b, range=pair[1])
    return out


def _with_time(text: str, d: DateMention, ctx: Context) -> DateMention:
    """Take in a time of day beside a one-day date, moving the day if its zone says so."""
    if d.range.precision != 1:
        return d
    got = attach(text, d.start, d.end)
    if got is None:
        return d
    start, end, minutes, zone = got
    days = local_shift(minutes, zone, ctx.utc_offset)
    r = d.range
    if days and date.min + timedelta(days=1) < r.start < date.max - timedelta(days=1):
        day = r.start + timedelta(days=days)
        why = f"{r.reason}; the time given is {'+' if days > 0 else ''}{days} day(s) in the article's zone"
        r = DateRange(day, day, 1, text[start:end], why)
    else:
        r = replace(r, text=text[start:end])
    return replace(d, start=start, end=end, text=text[start:end], range=r)


@lru_cache(maxsize=1)
def _latitudes() -> dict[str, float]:
    path = data_dir() / "gazetteer" / "country_points.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["iso2"].upper(): float(r["lat"]) for r in csv.DictReader(fh) if r.get("lat")}


def _southern(country: str | None, latitude: float | None) -> bool:
    if latitude is not None:
        return latitude < 0
    return bool(country) and _latitudes().get((country or "").upper(), 0.0) < 0
