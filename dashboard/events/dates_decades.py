"""Decades named through their century or through a decade before them, and the financial
shorthand for quarters and halves ("3Q 2024", "1H25").

- "the last decade of the 20th century", "the first decade of this century": TimeML values
  a decade by its first three digits (199, 200); the century alone (19) was read before,
  ninety years too wide. Decades count as the house counts centuries (the 20th is
  1900-1999, ``dates_calendar.century``), so its first decade is the 1900s and its tenth
  (or last) the 1990s.
- "the 1970s and '80s", "the late 1980s and early 90s": the second decade of a pair drops
  its century, which the first gives (Chicago Manual of Style 9.34, "the sixties and
  seventies"; AP Stylebook "decades": "the '80s"); a bare "80s" elsewhere is an age or a
  temperature ("in his 80s", "highs in the 80s"), so it is read only after a decade and a
  conjunction.
- "FY25", "FY24-25": a fiscal year written with two digits, read as "fiscal 2025" and
  "fiscal year 2024-25" are.
- "3Q 2024", "1H25", "Q3'24": the quarter (half) number before or after its letter, as
  company reports and market notes write it; TIMEX3 values them 2024-Q3, 2025-H1, as it
  does "the third quarter of 2024". A two-digit year is the one nearest publication that is
  not more than a year past it ("1Q98" said in 2025 is 1998).
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events import dates_calendar as cal
from dashboard.events.dates_common import Context, Got, month_span, part_of

# the nth decade: the calendar's ordinal words up to "tenth"; "last" and "final" are the tenth
_NTH = {w: n for w, n in cal._ORDINAL_WORDS.items() if n <= 10} | {"last": 10, "final": 10}
_NTH_RX = "|".join(_NTH)

DECADE_OF_CENTURY_PATTERN = (
    rf"\bthe\s+(?P<nth>{_NTH_RX})\s+decade\s+of\s+(?:the\s+)?"
    rf"(?:(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{cal.ORDINAL_WORD_RX}))[ -]century"
    r"|(?P<rel>this|last|previous)\s+century)\b"
)

# after "the 1970s and", "the '60s or", "the 1980s to": fixed-width look-behinds, one a word;
# the first decade must be written as one ("1970s", "'70s"): "patients in their 70s and 80s"
# are ages
_JOINED = "|".join(
    rf"(?<=\d{{3}}0s{sep})|(?<=\d{{3}}0s['’]{sep})|(?<=['’]\d0s{sep})"
    for sep in (" and ", " or ", " to ", " through ", " into ", "-", "–")
)
COORDINATED_DECADE_PATTERN = (
    rf"(?:{_JOINED})(?:(?:the\s+)?(?P<part>early|mid|late)[ -])?['’]?(?P<short>\d0)s\b(?![-'’]\w)"
)

QUARTER_CODE_PATTERN = (
    r"\b(?:(?P<qn>[1-4])Q|Q(?P<qn2>[1-4])(?=\s?['’]))\s?['’]?(?P<year>\d{4}|\d{2})\b(?![-/.]\d)"
)
HALF_CODE_PATTERN = (
    r"\b(?:(?P<hn>[12])H|H(?P<hn2>[12])(?=\s?['’]))\s?['’]?(?P<year>\d{4}|\d{2})\b(?![-/.]\d)"
)

# "FY25", "FY 25", "FY25-26": a fiscal year with a two-digit year ("FY2025" is read with
# the four-digit forms, ``dates_calendar.fiscal_year``)
FISCAL_CODE_PATTERN = r"\bFY ?['’]?(?P<year>\d{2})(?:[-/](?P<y2>\d{2}))?\b(?![-/.]\d)"

# the decade written before the joined one: "1970s", "'70s", "70s"
_FIRST_DECADE = re.compile(r"(?:(?P<full>\d{3}0)|['’]?(?P<short>\d0))s['’]?\s*(?:\S+\s*)?$")


def decade_of_century(m: re.Match[str], ctx: Context) -> Got | None:
    """'the last decade of the 20th century' (1990-1999), 'the first decade of this century'
    (2000-2009 in 2025): the nth ten years of the century named."""
    whole = cal.century(m, ctx)
    if whole is None:
        return None
    n = _NTH[m["nth"].lower()]
    y = whole.start.year // 100 * 100 + (n - 1) * 10
    if y < 1:
        return None  # the first century's first decade holds no year 0 (``date`` has none)
    return Got(date(y, 1, 1), date(y + 9, 12, 31), f"the {y}s: decade {n} of {whole.reason}")


def coordinated_decade(m: re.Match[str], ctx: Context) -> Got | None:
    """The '80s of 'the 1970s and '80s': its century is the first decade's, or the next one
    when the tens go down ("the 1990s and '00s")."""
    first = _FIRST_DECADE.search(m.string, 0, m.start())
    if first is None:
        return None
    tens = int(m["short"])
    if first["full"]:
        base = int(first["full"]) // 100 * 100
        base += 100 if tens < int(first["full"]) % 100 else 0
    else:
        base = cal._century_for(tens, ctx.pub)
    y = base + tens
    return part_of(m["part"], date(y, 1, 1), date(y + 9, 12, 31), f"the {y}s (after {first[0]!r})")


def _code_year(raw: str, pub: date | None) -> int | None:
    """A written year; two digits: the latest such year up to a year after publication."""
    if len(raw) == 4:
        return int(raw)
    if pub is None:
        return None
    y = pub.year // 100 * 100 + int(raw)
    return y if y <= pub.year + 1 else y - 100


def quarter_code(m: re.Match[str], ctx: Context) -> Got | None:
    """'3Q 2024', '4Q23', "Q3'24": that calendar quarter."""
    y = _code_year(m["year"], ctx.pub)
    if y is None:
        return None
    q = int(m["qn"] or m["qn2"])
    start, end = date(y, 3 * q - 2, 1), month_span(y, 3 * q)[1]
    return Got(start, end, f"quarter {q} of {y} ('{m.group().strip()}')")


def half_code(m: re.Match[str], ctx: Context) -> Got | None:
    """'1H 2024', '2H25', "H1'25": that half-year."""
    y = _code_year(m["year"], ctx.pub)
    if y is None:
        return None
    h = int(m["hn"] or m["hn2"])
    start, end = date(y, 6 * h - 5, 1), month_span(y, 6 * h)[1]
    return Got(start, end, f"half {h} of {y} ('{m.group().strip()}')")


def fiscal_code(m: re.Match[str], ctx: Context) -> Got | None:
    """'FY25': fiscal 2025 by the country's government year, as 'fiscal 2025' is
    (``dates_calendar.fiscal_year``); 'FY24-25' is the year that ends in 2025."""
    y = _code_year(m["y2"] or m["year"], ctx.pub)
    if y is None or (m["y2"] and (int(m["y2"]) - int(m["year"])) % 100 != 1):
        return None
    if m["y2"] and cal._fiscal_start(ctx.country)[0] is None:
        why = f"fiscal year {y - 1}-{y} (no country: its months unknown, within the two years)"
        return Got(date(y - 1, 1, 1), date(y, 12, 31), why)
    s, e = cal._fiscal_span(y, ctx.country)
    return Got(s, e, f"fiscal year {y} ({cal._fiscal_note(ctx.country)})")
