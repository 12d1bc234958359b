"""An undated arrest told right after a dated seizure or arrest: one operation's steps.

"Coast guards seized a tanker off Sohar last month. Its eleven sailors were held and brought
to Muscat." The holding has no date of its own; when the seizure is older than the days a
story dates others by (``date_reckoning.STORY_RECENT_DAYS``), the reader put the holding in
the week up to publication, a week the text never names. CAMEO 1.1b3 files both acts under
root 17 (coerce: §171 seize or damage property, §173 arrest, detain); ACE 2005 event
coreference takes acts of one type told in a row, with no time of their own, as parts of one
happening, and TimeML 1.2.1 gives an event with no TIMEX3 of its own the time of the event it
continues. So the holding takes the seizure's range and precision, flagged inferred.

Only the coercion family (``narrative.FAMILIES["arrest"]``), and only from the act told just
before: an act of another family, or one told further back, keeps its reading (session 85
took out a wider "elaboration" rule that joined acts of any family to the story's day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from dashboard.events.drafts import _Draft, _factual
from dashboard.events.narrative import family_of
from dashboard.model import DateRange

# "has been detained", "had been held": a perfect puts the act before a reference time, not
# at the one before it (Reichenbach 1947), so it is no step of the act told just before
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|since|now)\s+)?been\s+$", re.IGNORECASE)
_FAMILY = "arrest"


def same_operation(
    d: _Draft,
    drafts: Sequence[_Draft],
    pub: date,
    text: str,
    chosen: Callable[[_Draft, date], DateRange],
) -> tuple[bool, DateRange] | None:
    """``(False, the range)`` for an undated, factual act of coercion ``d`` whose act told just
    before (the last draft of an earlier sentence) is a dated seizure or arrest done by
    publication; None otherwise. ``chosen`` dates a draft (``_choose_date``'s range)."""
    if family_of(d.trigger.code) != _FAMILY or d.planned or not _factual(d):
        return None
    if _PERFECT.search(text, max(0, d.trigger.start - 30), d.trigger.start):
        return None
    before = [e for e in drafts if e.sentence < d.sentence]
    if not before:
        return None
    e = max(before, key=lambda x: (x.sentence, x.trigger.start))
    if e.sentence != d.sentence - 1 or family_of(e.trigger.code) != _FAMILY:
        return None
    if not e.readings or e.planned or not _factual(e):
        return None
    when = chosen(e, pub)
    if when.end > pub:
        return None
    words = " ".join(e.trigger.text.split()[:4])
    why = (
        f"no date phrase of its own: a step of the coercion told just before ('{words}', "
        f"{when.reason}; CAMEO root 17, one operation)"
    )
    return False, DateRange(when.start, when.end, when.precision, None, why)
