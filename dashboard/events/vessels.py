"""Ships an act at sea tells of: vessel words, and a coast guard, a sea service that acts
from its cutters. Two ships meeting at sea put the act at sea, never in a flag state's
country (ACLED codes events in international waters to the body of water)."""

from __future__ import annotations

import re

from dashboard.events.drafts import _Draft

AT_SEA = re.compile(
    r"\b(?:vessels?|ships?|boats?|tankers?|warships?|frigates?|destroyers?|cutters?|trawlers?)\b",
    re.IGNORECASE,
)


# A coast guard acts from its cutters, a sea service: "China's coast guard expelled the
# vessel" is two ships meeting at sea ("Chinese coast guard ships" are the ships, counted once)
_COAST_GUARD = re.compile(
    r"\bcoast ?guards?\b(?! (?:vessels?|ships?|boats?|cutters?)\b)", re.IGNORECASE
)
_SEIZE = "171"  # CAMEO 1.1b3 171, seize: a ship seized is taken to the seizer's waters


def vessels(d: _Draft, text: str) -> int:
    """How many ships the trigger's clause tells of: vessel words, and a coast guard as one
    unless it seizes (its prize then lies in its own country's waters)."""
    count = len(AT_SEA.findall(text, *d.clause))
    if d.trigger.full != _SEIZE:
        count += len(_COAST_GUARD.findall(text, *d.clause))
    return count
