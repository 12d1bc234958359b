"""The edge of "the month", "the week" or "the year" in a story told at another time.

"The strike began on March 10. By the end of the month, it had spread to every port" is the
end of March, not of publication's month: a definite unit with no "this" is the unit of the
reference time, the date the story is at (TimeML 1.2.1 guidelines, 2.2.1.2: an anaphoric
temporal expression takes its value from the reference time, which need not be the creation
time; Reichenbach 1947: the past perfect places the event before a past reference time).

The reference time is only taken when the clause's tense looks the same way from
publication as the date does: a past clause and a date before publication's unit, or a
future one and a date after it. "The ceasefire was signed on May 28. Troops will leave by
the end of the month" told in June is June's end (the future is seen from the writer's day),
as is "the end of the month" with no date before it, or with a date coarser than the unit
("in 2022 ... at the start of the month"). "This month" is always publication's. A future in
the past ("said on March 3 that they would withdraw by the end of the month") is seen from
the past saying (Quirk et al. 1985 §4.45), so it takes a date before publication's unit as a
past clause does; "says ... would" (present saying, conditional) does not.
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import Context, Got, fmt_range, part_of
from dashboard.events.dates_relative import end_of_unit, period
from dashboard.events.lexicon import load as load_lexicon
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange

_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# "by the end of the month", "at the beginning of the year", "the last day of the week"
TOLD_UNIT_EDGE = (
    r"\b(?:by |at |until |before |on )?the (?P<part>beginning|start|middle|end|first day|last day)"
    r" of the (?P<unit>week|month|year)\b(?![-'’]\w)"
)


def edge_of_publication_unit(m: re.Match[str], ctx: Context) -> Got | None:
    """'by the end of the month' read as publication's, as before, unless the story is at a
    date the clause's tense looks to (``_told_anchor``): then None, and the anaphoric rule
    reads it (``edge_of_told_unit``). Only that case is left to it, so that the event reader,
    which sets aside a phrase that continues the story, keeps reading every other as a
    deadline or a noun's date as it did."""
    if ctx.pub is None or _told_anchor(m, ctx) is not None:
        return None
    return end_of_unit(m, ctx)


def _told_anchor(m: re.Match[str], ctx: Context) -> DateRange | None:
    """The date the story is at before the phrase (in its sentence, else ``ctx.anchor``) when
    it lies within one such unit on the side of publication the clause looks to."""
    from dashboard.events.dates import find_dates

    before = find_dates(m.string[: m.start()], ctx.pub, future=ctx.future, country=ctx.country)
    a = before[-1].range if before else ctx.anchor
    unit = m["unit"].lower()
    if a is None or not _one_unit(a, unit) or not _same_side(a, unit, ctx):
        return None
    return a


def edge_of_told_unit(m: re.Match[str], ctx: Context) -> Got | None:
    """'by the end of the month': that part of the unit holding the date the story is at
    when the clause's tense points the same way from publication, else of publication's."""
    unit = m["unit"].lower()
    a = ctx.anchor
    if ctx.pub is None:
        return None
    if a is None or not _one_unit(a, unit) or not _same_side(a, unit, ctx):
        return end_of_unit(m, ctx)
    start, end = period(a.start, unit, 0)
    why = f"the {unit} of the date named before ({fmt_range(a.start, a.end)})"
    got = part_of(f"the {m['part'].lower()} of", start, end, why)
    return got._replace(relative=False)


def _one_unit(a: DateRange, unit: str) -> bool:
    """Does the anchor lie within one week (month, year)?"""
    return period(a.start, unit, 0) == period(a.end, unit, 0)


def _same_side(a: DateRange, unit: str, ctx: Context) -> bool:
    """A past clause with the anchor's unit before publication's, or a future one with it
    after: the reference time lies where the tense looks (``ctx.direction`` names the verb)."""
    assert ctx.pub is not None
    now_start, now_end = period(ctx.pub, unit, 0)
    if not ctx.direction:
        return False
    if ctx.future and not _future_in_past(ctx):
        return a.start > now_end
    return a.end < now_start


def _future_in_past(ctx: Context) -> bool:
    """'said ... would withdraw': "would" governs the phrase and a past verb of saying (the
    lexicon's ``report`` class) comes before it in the sentence."""
    if not ctx.direction.startswith("future: 'would "):
        return False
    at = ctx.sentence.lower().find("would")
    return any(_said(w) for w in _WORD.findall(ctx.sentence, 0, max(at, 0)))


def _said(word: str) -> bool:
    forms = verb_forms(word.lower())
    return forms is not None and forms[0] in load_lexicon().words("report") and "VBD" in forms[1]
