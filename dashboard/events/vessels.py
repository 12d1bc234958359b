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


# CAMEO 1.1b3 roots of acts that may be done at sea (show of force, coerce, assault, fight,
# mass violence): two ships meeting put such an act at sea (``placing``)
FORCE_AT_SEA = frozenset({"15", "17", "18", "19", "20"})
# CAMEO 1.1b3 171 seize or damage property and 181 abduct, hijack: the codes a ship is taken by
_TAKING = ("171", "181")


def taken_ship(d: _Draft, text: str) -> bool:
    """Does the act take a ship its clause names (CAMEO 1.1b3 171 seize, 181 hijack: "the
    tanker had been seized", "hijacked a British-owned ship")? Such an act is done at sea or
    in the taker's waters, never in its owner's, flag's or crew's country (a ship has the
    nationality of its flag, UNCLOS 1982 art. 91, which says who it belongs to, not where it
    lies), nor in the country of who tells of it (its soil was not struck)."""
    return (d.trigger.full or "")[:3] in _TAKING and AT_SEA.search(text, *d.clause) is not None


def off_owner(
    codes: list[str], owner: str | None, dateline: str | None
) -> tuple[list[str], None, str | None, None]:
    """The actor countries, host, dateline country and reporter left to place a ship taken
    (``taken_ship``) whose owner, flag or crew the reader made its target (``owner``, ISO2):
    the owner's country is none of them, and neither host nor reporter places it. Shapes:
    ``(codes without owner, None, dateline unless owner's, None)``."""
    kept = [c for c in codes if c != owner] if owner else codes
    return kept, None, (None if owner and dateline == owner else dateline), None
