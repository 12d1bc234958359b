"""Where a meeting with no place of its own was held when the story has just told a summit:
"Leaders gathered for a summit in Kazan on Tuesday. The Indian prime minister met the Chinese
president on Wednesday" is a meeting at that summit, in its city, not in the host's or a
party's country (ACLED codes the most specific place the report supports; a summit's
sideline talks are held where it is). A meeting still ahead, or told days away from the
summit, is left to the other rules.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Draft
from dashboard.model import Mention

SUMMIT_REACH = 3  # sentences back the summit may have been told
SUMMIT_DAYS = 3  # days apart the two may be read (a summit lasts days, not weeks)
# a gathering of many parties: the event the story told it by
_GATHERING = re.compile(
    r"\b(?:summit|conference|forum|congress|assembly|gathering|ministerial)\b", re.IGNORECASE
)
# a meeting by its verb or noun, whatever root the coder gave it
_MEETING = re.compile(r"\b(?:met|meet|meets|meeting|talks|held\s+talks)\b", re.IGNORECASE)
_FINER = frozenset({"city", "admin2"})


def _meets(d: _Draft) -> bool:
    code = d.trigger.full or d.trigger.code
    return code.startswith("04") or _MEETING.search(d.trigger.text) is not None


def summit_venue(d: _Draft, text: str, drafts: list[_Draft]) -> tuple[Mention | None, str]:
    """The place of the summit told within SUMMIT_REACH sentences before ``d``, a meeting
    with no place of its own read within SUMMIT_DAYS days of it; else (None, "")."""
    if d.planned or not _meets(d):
        return None, ""
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > SUMMIT_REACH:
            continue
        place = e.location.place if e.location else None
        if place is None or place.kind not in _FINER or e.planned:
            continue
        if not _GATHERING.search(text, *e.evidence[0]):
            continue
        if d.readings and e.readings:
            apart = abs((d.readings[0][0].start - e.readings[0][0].start).days)
            if apart > SUMMIT_DAYS:
                continue
        why = f"no place named: a meeting beside the summit told before, in {place.name}"
        return e.location, why
    return None, ""
