"""A weekday or a month after the demonstrative "that": "That Friday, the rebels
surrendered", "the law took effect in that September", "on that same Monday".

"That" points back to the time the story is at (TimeML Annotation Guidelines 1.2.1 §2.2.1:
an anaphoric expression is anchored to the reference time, not to the document's creation
time; Quirk et al. 1985 §6.40, anaphoric "that"). Read as a bare "Friday", the phrase was
dated from publication: "The siege began on March 3, 1997. That Friday, the rebels
surrendered" went to a Friday of the week of writing. The weekday is now the first one on or
after the day named before (or inside the week named before); the month is the one of the
year named before.

"That" is also a conjunction ("officials said that Friday's vote was rigged"), so the
demonstrative is read only where a conjunction cannot stand: at the sentence's start, after
a comma, after a preposition or "then", or with "same" after it; or where the name closes
its clause ("released that December.", "ended that Friday, when ..."): a conjunction's
clause needs a predicate after its subject. Elsewhere the bare weekday's and month's
readings stay (``NOT_AFTER_THAT`` keeps them out of these places).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.dates_common import (
    MONTHS,
    WEEKDAY_WORDS_RX,
    WEEKDAYS,
    Context,
    Got,
    month_span,
    pick_year,
)

# the words after which "that" is a demonstrative, not a conjunction (not "and" or "but":
# "said the talks failed and that Friday's deadline stands" joins a second reported clause)
_LEADS = "on in by until till then during through from before after of".split()
_WEEKDAY = WEEKDAY_WORDS_RX  # a trie of the seven (speed79)
_MONTH = "january|february|march|april|may|june|july|august|september|october|november|december"
_LEAD_RX = (
    r"(?:(?<=^)|(?<=^[\"“‘'])|(?<=[,;]\s)|\b(?:" + "|".join(_LEADS) + r")\s+)"
    r"that\s+(?:same\s+)?"
)

WEEKDAY_PATTERN = (
    rf"(?:{_LEAD_RX}|\bthat\s+same\s+)(?-i:(?=[A-Z]))(?P<weekday>{_WEEKDAY})(?:['’]s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
# a capital: "but that may change" names no month
MONTH_PATTERN = (
    rf"(?:{_LEAD_RX}|\bthat\s+same\s+)(?-i:(?=[A-Z]))(?P<month>{_MONTH})\b(?!\s*\d)(?![-'’]\w)"
)

# "That weekend", "later that weekend", "on that same weekend": the weekend of the week the
# story is at; "that" a demonstrative only where a conjunction cannot stand, as above ("said
# that weekend traffic was heavy" is a conjunction before a noun's modifier)
WEEKEND_PATTERN = (
    rf"(?:\b(?P<part>earlier|later)\s+that\s+(?:same\s+)?|{_LEAD_RX}|\b(?:that|the)\s+same\s+)"
    r"weekend\b(?![-'’]\w)"
)

# "that December" closing its clause: the end of the sentence or a clause, or a comma before
# a subordinator or an age ("released that December, when the war ended"); not "and"
# ("that Friday and Saturday were quiet" coordinates a reported clause's subject)
_CLOSING = (
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s*(?:[.;:!?)]|$)|,\s+(?:when|after|before|while|as|aged|until|where)\b)"
)
# the names as written, with their capital ("that may change" names no month), spelled out
# rather than checked by a lookahead so that a generator of matching text can build one
_CAPITALISED_WEEKDAY = "|".join(w.title() for w in WEEKDAYS)
_CAPITALISED_MONTH = "|".join(w.title() for w in _MONTH.split("|"))
WEEKDAY_CLOSING = rf"\bthat\s+(?-i:(?P<weekday>{_CAPITALISED_WEEKDAY}))\b{_CLOSING}"
MONTH_CLOSING = rf"\bthat\s+(?-i:(?P<month>{_CAPITALISED_MONTH}))\b{_CLOSING}"
_CLOSING_RX = re.compile(rf"(?:{WEEKDAY_CLOSING})|(?:{MONTH_CLOSING})", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)

# for the bare weekday and month rules: not where the demonstrative rules above read the name
NOT_AFTER_THAT = r"(?<!^that )(?<!^[\"“‘']that )(?<!, that )(?<!; that )(?<!that same )" + "".join(
    f"(?<!\\b{w} that )" for w in _LEADS
)


def closes_after_that(m: re.Match[str]) -> bool:
    """Does the bare weekday or month ``m`` read follow a demonstrative "that" and close its
    clause ("released that December.")? Then ``WEEKDAY_CLOSING``/``MONTH_CLOSING`` read it,
    and the bare rules leave it (a test in the handler, not a lookbehind in their patterns,
    which a generator of matching text could not build)."""
    before = _THAT_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    return before is not None and _CLOSING_RX.match(m.string, before.start()) is not None


def that_weekday(m: re.Match[str], ctx: Context) -> Got | None:
    """'That Friday' after 3 March 1997 (a Monday) -> 7 March 1997: the first such weekday on
    or after the day named before, or the one inside the week named before; with no date
    named before, the one before publication (after it, for a verb looking ahead). None after
    a month or longer: which of its Fridays is not said."""
    wd = WEEKDAYS[m["weekday"].lower()]
    a = ctx.anchor
    if a is None:
        if ctx.pub is None:
            return None
        return _from_publication(ctx.pub, wd, ctx.future, m["weekday"])
    if a.precision == 1:
        d = a.start + timedelta(days=(wd - a.start.weekday()) % 7)
        if ctx.pub is not None and d > ctx.pub and not ctx.future:
            # "raided on Monday. That Friday, they had arrested": a weekday of this week's
            # story told in the past cannot fall after publication; read back, as a bare one
            return _from_publication(ctx.pub, wd, False, m["weekday"])
        why = f"'{m.group().strip()}': the first {m['weekday'].title()} from the date named before"
        return Got(d, d, f"{why} ({a.start})", relative=False)
    days = [a.start + timedelta(days=i) for i in range((a.end - a.start).days + 1)]
    inside = [d for d in days if d.weekday() == wd] if a.precision == 2 else []
    if len(inside) != 1:
        return None
    why = f"'{m.group().strip()}': the {m['weekday'].title()} of the week named before"
    return Got(inside[0], inside[0], f"{why} ({a.start}..{a.end})", relative=False)


def _from_publication(pub: date, wd: int, future: bool, name: str) -> Got:
    """The weekday nearest publication on the side the verb points to (no date told before)."""
    if future:
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
        return Got(d, d, f"'that {name}': the next {name.title()} on or after publication ({pub})")
    d = pub - timedelta(days=(pub.weekday() - wd) % 7)
    return Got(d, d, f"'that {name}': the latest {name.title()} on or before publication ({pub})")


def that_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'took effect in that September' after June 1996 -> September 1996: the month in the
    year named before (when what was named lies within one calendar year); with no date named
    before, the month's year as for a bare month (``pick_year``). None across years."""
    month = MONTHS[m["month"].lower()]
    a = ctx.anchor
    if a is None:
        if ctx.pub is None:
            return None
        year, why = pick_year(ctx.pub, month, 15, ctx)
        s, e = month_span(year, month)
        return Got(s, e, f"'{m.group().strip()}': {m['month'].title()} {year} ({why})")
    if a.start.year != a.end.year:
        return None
    s, e = month_span(a.start.year, month)
    why = f"'{m.group().strip()}': {m['month'].title()} of the year named before"
    return Got(s, e, f"{why} ({a.start.year})", relative=False)


def that_weekend(m: re.Match[str], ctx: Context) -> Got | None:
    """'That weekend' after Wednesday 11 February 2026 -> 14-15 February: the Saturday and
    Sunday of the ISO week of the date named before (TimeML 1.2.1 values a weekend
    YYYY-Www-WE, the week's weekend; §2.2.1, anchored to the reference time). With no date
    named before in the text read, the weekend by publication as "the weekend" is (the one
    gone, or the coming one for a verb looking ahead), as "later that week" takes
    publication's week: the event reader then counts it again from the story's date
    (``narrative.continued_range``). None after a date longer than a week: which weekend is
    not said."""
    a = ctx.anchor
    if a is None:
        return None if ctx.pub is None else _weekend_by_publication(ctx.pub, ctx.future, m)
    if a.precision > 2 or (a.end - a.start).days > 6:
        return None
    sat = a.start + timedelta(days=5 - a.start.weekday())
    if a.end > sat + timedelta(days=1):
        return None  # a week named from a Thursday to a Wednesday holds two weekends' days
    why = f"'{m.group().strip()}': the weekend of the week named before ({a.start})"
    return Got(sat, sat + timedelta(days=1), why, relative=False)


def _weekend_by_publication(pub: date, future: bool, m: re.Match[str]) -> Got:
    """The weekend holding publication, else the one before it (after it, looking ahead)."""
    if pub.weekday() >= 5:
        sat = pub - timedelta(days=pub.weekday() - 5)
    elif future:
        sat = pub + timedelta(days=5 - pub.weekday())
    else:
        sat = pub - timedelta(days=pub.weekday() + 2)
    why = f"'{m.group().strip()}': no date named before; the weekend by publication ({pub})"
    return Got(sat, sat + timedelta(days=1), why, relative=True)
