"""An act told "has since" done, after a dated sentence: from that date to publication.

"Protesters stormed the parliament on January 20. Police have since arrested more than 200
people." "Since" with no complement is an adverb anaphoric to the time just told ("since
then", Quirk et al. 1985 §8.58; Huddleston and Pullum 2002, ch. 7 §2.3: an intransitive
preposition), and the present perfect puts the act between that time and the time of writing
(Reichenbach 1947, E-R,S). TimeML 1.2.1 links such an event AFTER the antecedent's time and
anchors the perfect at the document creation time, so the honest range is the date just told
to publication, not the week up to publication that an undated act would take.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.cameo import Trigger
from dashboard.events.dates import find_dates
from dashboard.events.dates_common import precision_for
from dashboard.model import DateRange

# the trigger's own present perfect with "since" as its adverb: "have since arrested", "has
# since been suspended", "has since also closed"
_SINCE_THEN = re.compile(
    r"\b(?:has|have|'s|'ve|’s|’ve)\s+since\s+(?:(?:been|also|largely|partly)\s+){0,2}$",
    re.IGNORECASE,
)


def since_then(text: str, s: int, trigger: Trigger, pub: date) -> DateRange | None:
    """The range from the date of the sentence just before the one at ``s`` to ``pub`` for a
    ``trigger`` told "has since" done, or None. Example: "… signed a truce in November 2024.
    The rebels have since seized three towns." (published 14 March 2025) -> 1 November 2024
    to 14 March 2025."""
    if not _SINCE_THEN.search(text, max(s, trigger.start - 40), trigger.start):
        return None
    start = max(text.rfind(". ", 0, max(0, s - 2)), text.rfind("\n", 0, max(0, s - 1))) + 1
    told = [
        m.range for m in find_dates(text[start:s], pub) if not m.continues and m.range.end <= pub
    ]
    if not told:
        return None
    then = told[-1]
    why = f"'has since': after the time just told ({then.reason}), up to publication ({pub})"
    return DateRange(then.start, pub, precision_for(then.start, pub), None, why)
