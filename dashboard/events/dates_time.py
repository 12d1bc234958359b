"""Times of day beside a date ("9 a.m. EST Tuesday", "on Monday at 23:30 GMT").

The time joins the date phrase's span. When it names a zone and the article's own UTC
offset is known (from its timestamp), the day is moved to the article's local day:
"Wednesday at 11 p.m. GMT" in a Tokyo paper (+09:00) is Thursday there. "Local time"
and times without a zone never move the day. Zone abbreviations: data/lexicon/time_zones.csv.
"""

from __future__ import annotations

import csv
import re
from datetime import datetime, timedelta
from functools import lru_cache

from dashboard.paths import data_dir

_CLOCK = r"(?:(?P<h>\d{1,2})(?:[:.](?P<min>\d\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?:hrs|h))?|(?P<word>noon|midnight))"


@lru_cache(maxsize=1)
def zones() -> dict[str, int]:
    path = data_dir() / "lexicon" / "time_zones.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["abbr"].upper(): int(r["offset_minutes"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    zone = (
        r"(?:\s+(?P<zone>" + "|".join(sorted(zones(), key=len, reverse=True)) + r"|local time)\b)?"
    )
    before = re.compile(r"(?:\bat\s+)?\b" + _CLOCK + zone + r"\s*(?:,\s*|on\s+)?$")
    after = re.compile(r"^,?\s*(?:at\s+|from\s+|around\s+|about\s+)?" + _CLOCK + zone)
    return before, after


def attach(text: str, start: int, end: int) -> tuple[int, int, int | None, int | None] | None:
    """A time of day right before or after ``text[start:end]``: (new start, new end,
    minutes after midnight, zone offset in minutes or None). None when there is none."""
    before, after = _patterns()
    m = after.match(text[end:])
    if m:
        return start, end + len(m.group().rstrip()), _minutes(m), _zone(m)
    m = before.search(text[max(0, start - 40) : start])
    if m:
        return start - len(m.group()), end, _minutes(m), _zone(m)
    return None


def _minutes(m: re.Match[str]) -> int | None:
    if m["word"]:
        return 12 * 60 if m["word"].lower() == "noon" else 0
    if m["h24"] is not None:
        return int(m["h24"]) * 60 + int(m["m24"])
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    return ((h % 12) + (12 if pm else 0)) * 60 + int(m["min"] or 0)


def _zone(m: re.Match[str]) -> int | None:
    z = m["zone"]
    if not z or z.lower() == "local time":
        return None
    return zones().get(z.upper())


def local_shift(minutes: int | None, zone: int | None, article_offset: int | None) -> int:
    """Days to add to a date said at ``minutes`` in ``zone`` to get the article's local day."""
    if minutes is None or zone is None or article_offset is None:
        return 0
    base = datetime(2000, 1, 2) + timedelta(minutes=minutes)
    local = base - timedelta(minutes=zone) + timedelta(minutes=article_offset)
    return (local.date() - base.date()).days
