"""An act told by "They", "He" or "The two leaders" right after an event, with no date of its
own, carries that event's occasion on: its day and its place.

"… visited Moscow on Tuesday. The two leaders signed a defence pact": the pronoun's sentence
goes on with the occasion (ACE 2005 event coreference keeps the two acts apart, the narrative
its time and place). A denial is no part of the occasion it follows: "The senator was
indicted on Monday. He denied the charges" tells the accused answering what is held against
him (CAMEO 1.1b3 §016 "deny responsibility" answers an accusation), when he was asked, which
the text does not give: at the indictment, or any day after it. So the denial is left to the
narrative's reading of an undated act (``narrative_ties``: from the story's day up to
publication, flagged ``date_inferred``), never the occasion's own day.
"""

from __future__ import annotations

import re

from dashboard.events.answered_denial import DENY
from dashboard.events.dates import DateMention
from dashboard.events.drafts import _Draft, _factual

ANAPHOR = re.compile(
    r"^\s*(?:He|She|They|Both|The two (?:countries|sides|nations|leaders|neighbou?rs|governments))\b"
)
# the anaphor of two parties ("The two leaders"), among ``ANAPHOR``'s; "Both" may be any two
_PAIR = re.compile(r"^\s*The two\b")


def same_occasion(sent: str, own_dates: list[DateMention], d: _Draft, drafts: list[_Draft]) -> None:
    """Give ``d``, an act of its own told by "The two leaders"/"They" right after an event
    (``_continues`` keeps it apart when its CAMEO root differs: "…visited Moscow on
    Tuesday. The two leaders signed a defence pact"), that event's day and place when its
    sentence ``sent`` names none (``own_dates`` empty); ``drafts`` are the acts told before.
    A §016 denial keeps neither (the module's note)."""
    if not drafts or own_dates or not ANAPHOR.match(sent) or d.readings:
        return
    if (d.trigger.full or d.trigger.code)[:3] == DENY:
        return  # "He denied the charges": an answer told on its own occasion
    # "The two leaders" names two parties: an act told with no two sides ("The clashes in
    # 2022 killed 100 people") is background it cannot continue (Hobbs 1978: the
    # antecedent agrees with the anaphor), so the occasion is the latest act with both
    paired = _PAIR.match(sent) is not None
    last = next((x for x in reversed(drafts) if not paired or (x.source and x.target)), None)
    if last is None:
        return
    occasion = next(x for x in drafts if x.evidence[0] == last.evidence[0])
    if occasion.trigger.code.startswith("DIS-") or not _factual(occasion) or occasion.planned:
        return
    d.readings, d.overnight = list(occasion.readings), occasion.overnight
    if d.location is None:
        d.location = occasion.location
        d.location_reason = f"where the act told just before was: {occasion.location_reason}"
