"""Two readings of a place by its words around: an origin of sent aid, a speaker's own place.

"Japan sent blankets from the island of Okinawa": ACLED and CAMEO 1.1b3 §07 place aid where
it is given, not where it was loaded; the place the aid came from is whence, as "forces from
the region of X" is whence a side comes (``place_cues.ORIGIN_OF``). A speaker's place that
ends the subject of the coded statement is where the statement was made
(``speakers_own_act``).
"""

from __future__ import annotations

import re

from dashboard.events.place_cues import SAID_TO
from dashboard.model import Mention

# "from", optionally "the island/port/base/city/town of", before the name
_FROM_ORIGIN = re.compile(
    r"\bfrom\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:island|port|base|city|town|territory|"
    r"department|region|capital)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def aid_origin(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m`` is where aid (a CAMEO §07 act) was sent from, after its trigger ("France sent
    tents from the island of Reunion"): whence, not where the aid was given."""
    return (
        code[:2] == "07"
        and m.start > trigger_start
        and _FROM_ORIGIN.search(text, max(trigger_start, m.start - 60), m.start) is not None
    )


# between a speaker's place and the trigger: nothing, or an adverb or a day ("officials in
# Erbil on Sunday condemned", "officials in Erbil also condemned")
_TO_TRIGGER = re.compile(r"\s+(?:(?:also|again|jointly|later|quickly|on\s+\w+)\s+)?")


def speakers_own_act(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m`` ends the subject ("officials in Erbil") whose own verb is the coded statement
    ("condemned the strikes", CAMEO 1.1b3's verbal roots): the statement was made where its
    speakers are (``place_cues.SAID_TO``: "Hezbollah blamed Israel" was said in Lebanon), so
    the place beats the dateline. "Officials in Kyiv said missiles struck Odesa" still sets
    Kyiv aside: the coded act is the strike, not the saying."""
    return (
        code[:2] in SAID_TO
        and m.end <= trigger_start
        and _TO_TRIGGER.fullmatch(text, m.end, trigger_start) is not None
    )
