"""Aid sent on a craft that carries it goes where the craft goes.

"Turkey sent two ships carrying field hospitals to Benghazi": the cue "carrying … to" marks a
craft's destination, which for an act done to the craft (a convoy attacked, a tanker seized)
is a purpose and no place of the act (ACLED codes where the event happened). When the act is
the sending of aid itself (CAMEO 1.1b3 §07, provide aid), the destination is where the aid is
given, as "sent aid to Benghazi" is placed in Benghazi; the vehicle named between the verb and
its cargo does not change that.
"""

from __future__ import annotations

import re

from dashboard.events.conveyed import conveyed_to
from dashboard.events.place_cues import DESTINATION_BEFORE

# the participles of DESTINATION_BEFORE (place_cues.py) that carry a cargo
_CARRYING = re.compile(r"(?:carrying|taking|delivering|bringing|transporting)\b", re.IGNORECASE)


def aid_goal(cue: re.Match[str], code: str) -> bool:
    """``cue`` (a DESTINATION_BEFORE match) is a cargo's "carrying … to" and ``code`` a
    CAMEO §07 aid act: the destination is the aid's place, so the cue sets nothing aside.
    "a convoy carrying food to El Fasher was attacked" (§19) keeps the cue; so does "fled
    to Chad" for any code."""
    return code[:2] == "07" and _CARRYING.match(cue.group(0)) is not None


def going_to(text: str, lo: int, end: int, trigger_start: int, code: str) -> bool:
    """A DESTINATION_BEFORE cue in ``text[lo:end]`` sets the place that ends at ``end``
    aside: not when the cue holds the act's own trigger ("delivered aid to Kassala") and
    not for aid carried to it (``aid_goal``). A carriage told after the act ("seized and
    flown to X", ``conveyed``) sets its goal aside too."""
    if conveyed_to(text, end, trigger_start):  # "kidnapped and flown to Venezuela"
        return True
    cue = DESTINATION_BEFORE.search(text, lo, end)
    if cue is None or cue.start() <= trigger_start < cue.end():
        return False
    return not aid_goal(cue, code)
