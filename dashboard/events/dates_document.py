"""Every date in a whole article, sentence by sentence as the event extractor reads them.

What the article adds to each sentence: the numeric date order its unambiguous dates show,
and the narrative anchor (the last date named before the sentence) for phrases such as
"later that year". This is what ``python -m dashboard dates`` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from dashboard.events.dates import DateMention, find_dates, publication_range
from dashboard.events.dates_counts import FOR_STRETCH, STRETCH
from dashboard.events.dates_numeric import article_order
from dashboard.events.dates_refs import references, resolve
from dashboard.events.dates_tense import direction
from dashboard.model import DateRange
from dashboard.places.names import sentences

# Resolves phrases when no publication date is given, so that their spans are still found;
# what they resolved to is then dropped ("no anchor").
_PLACEHOLDER = date(2000, 1, 1)
_PRESENT = re.compile(r"now|current|present|moment|these days|future", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """One date expression for the ``dates`` contract; ``range`` is None without an anchor."""

    start: int
    end: int
    text: str
    range: DateRange | None

    def record(self) -> dict[str, object]:
        r = self.range
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "date_start": r.start.isoformat() if r else None,
            "date_end": r.end.isoformat() if r else None,
            "precision": r.precision if r else None,
            "reason": r.reason if r else "no anchor",
            # TimeML's mod for "early/mid/late X": the value is X's whole range, as TIMEX3's
            "mod": _TIMEML_MOD.get(r.part) if r else None,
        }


_TIMEML_MOD = {"early": "START", "mid": "MID", "late": "END"}


def parse_when(value: object) -> tuple[date | None, int | None]:
    """An ISO date, or a datetime with an offset read as its own local day.

    Returns (day, offset in minutes or None). Raises ValueError for anything else.
    Example: ``parse_when("2024-11-07T23:30:00-07:00") == (date(2024, 11, 7), -420)``.
    """
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise ValueError(f"'date' must be an ISO date string, got {value!r}")
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text), None
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    offset = when.utcoffset()
    return when.date(), (int(offset.total_seconds() // 60) if offset is not None else None)


# "in the coming years", "over the next few days", "within 14 days", "in 48 hours", "in
# recent days": a stretch counted from the creation time, as "the past two years" is
# (``STRETCH``); TimeML tags each a DURATION (PXY, PXD, P14D: TimeML 1.2.1 Annotation
# Guidelines §2.2, "the next few days"; HeidelTime's English duration resources), not a
# DATE. The event reader still dates an act to the stretch (``find_dates``); only the
# contract, which lists TIMEX3 DATEs, leaves it out
_AHEAD_OR_RECENT = re.compile(
    r"(?:within|in|over|during)\s+the\s+(?:next|coming|following)\s+(?:[\w-]+\s+)?"
    r"(?:days|weeks|months|years)\b|within\s+(?:the\s+next\s+)?[\w-]+\s+"
    r"(?:hours|days?|weeks?|fortnights?|months?|years?)\b|(?:within|in|over)\s+\d{1,3}\s+hours\b|"
    r"in\s+recent\s+(?:days|weeks|months)\b|within\s+(?:a\s+few\s+|a\s+couple\s+of\s+)?(?:hours|minutes)\b|"
    r"(?:in|over|during)\s+the\s+(?:[\w-]+\s+)?(?:days|weeks|months)\s+(?:that\s+followed|after|following)\b",
    re.IGNORECASE,
)


def document_dates(
    text: str,
    published: date | None,
    *,
    country: str | None = None,
    latitude: float | None = None,
    utc_offset: int | None = None,
) -> list[FoundDate]:
    """Every date expression in ``text``; the dates a composite phrase names ("since 1990")
    are listed in its place, as TimeML marks them. A wire dateline's day ("KABUL, April 15
    (Reuters) -") in the two weeks before ``published`` is the story's creation time (TimeML
    DCT: when the writer wrote "yesterday"), as the event reader takes it."""
    from dashboard.events.date_reckoning import filed_on

    published = filed_on(text, published) or published
    pub = published or _PLACEHOLDER
    dayfirst = article_order(text)
    anchor: DateRange | None = None
    out: list[FoundDate] = []
    for s, e in sentences(text):
        found = find_dates(
            text[s:e],
            pub,
            country=country,
            latitude=latitude,
            dayfirst=dayfirst,
            anchor=anchor,
            utc_offset=utc_offset,
        )
        for m in found:
            if STRETCH.match(m.text) or FOR_STRETCH.match(m.text) or _AHEAD_OR_RECENT.match(m.text):
                continue  # a DURATION in TimeML ("in the past two years"), not a DATE
            if anchor is None and published is not None:
                m = _unanchored(m, published, text[s:e])
            out += _records(m, s, published is not None)
        out += _reference_words(text, s, e, found, published)
        narrative = [m for m in found if not _PRESENT.search(m.text)]
        if narrative:
            # undated: a date counted from the placeholder publication is no anchor ("The
            # trial resumed Thursday. That day, ..." must not name the placeholder's Thursday)
            last = narrative[-1]
            anchor = None if published is None and last.relative else last.range
    return sorted(out, key=lambda f: f.start)


def _unanchored(m: DateMention, published: date, sentence: str) -> DateMention:
    """A narrative phrase ("that day", "the next day") with no date before it in the article
    continues a day the text never gives (TimeML anchors it to the event it follows, not to
    the creation time): never the day after publication at day precision, but the week up
    to publication, as an undated event is (``publication_range``). So too a longer one that
    would start after publication unless its verb looks ahead ("A week later, the army
    retook the town": counted from publication, the week after the report; "That weekend,
    police will search the bus" keeps the weekend ahead)."""
    if not m.continues:
        return m
    if m.range.precision != 1 and (
        m.range.start <= published or direction(sentence, m.start, m.end)[0] == "future"
    ):
        return m
    week = publication_range(published)
    why = f"'{m.text}' continues a date the article does not give: {week.reason.split(': ', 1)[1]}"
    return replace(m, range=DateRange(week.start, week.end, week.precision, m.text, why))


def _reference_words(
    text: str, s: int, e: int, found: list[DateMention], published: date | None
) -> list[FoundDate]:
    """TimeML's PRESENT_REF / FUTURE_REF words ("the future", "his current wife") that no
    date phrase of the sentence already holds (``dates_refs``); never narrative anchors."""
    out = []
    for start, end, value in references(text[s:e]):
        if any(start < m.end and m.start < end for m in found):
            continue
        r = resolve(value, published) if published is not None else None
        rng = (
            DateRange(r.start, r.end, r.precision, text[s + start : s + end], r.reason)
            if r
            else None
        )
        out.append(FoundDate(s + start, s + end, text[s + start : s + end], rng))
    return out


def _records(m: DateMention, offset: int, anchored: bool) -> list[FoundDate]:
    if m.parts:
        why = f"; named in '{m.text}'"
        if anchored or not m.relative:  # never quote the placeholder publication date
            why += f" ({m.range.reason})"
        return [
            FoundDate(p.start + offset, p.end + offset, p.text, _keep(p, anchored, why))
            for p in m.parts
        ]
    return [FoundDate(m.start + offset, m.end + offset, m.text, _keep(m, anchored, ""))]


def _keep(m: DateMention, anchored: bool, why: str) -> DateRange | None:
    if m.relative and not anchored:
        return None
    r = m.range
    return DateRange(r.start, r.end, r.precision, r.text, r.reason + why) if why else r
