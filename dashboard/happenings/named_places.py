"""A place an event's sentences name only in a role that is not where the act fell: a
capital standing for its government using force ("as Moscow launched its heaviest attack"),
a state whose flag a ship flies ("the Bahamas-flagged Galaxy Leader"). Moved out of
``store.happening_reports``, which reads them for each report."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.lead_forms import CAPITAL_FORCE

_FLAG = r"-(?:flagged|registered)\b"


def force_metonym(name: str, sentences: Sequence[str]) -> bool:
    """Whether an event's sentences name the place ``name`` only as a side using force ("as
    Moscow launched its heaviest attack on Ukraine": ``events.lead_forms.CAPITAL_FORCE``),
    a place for its government (Markert and Nissim 2007), not where the act fell.

    >>> force_metonym("Moscow", ["A hospital was hit as Moscow launched an attack on Ukraine."])
    True
    >>> force_metonym("Kyiv", ["Missiles hit Kyiv as Moscow launched an attack."])
    False
    """
    ends = [(s, m.end()) for s in sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s)]
    return bool(ends) and all(CAPITAL_FORCE.match(s, end) for s, end in ends)


def flag_only(name: str, sentences: Sequence[str]) -> bool:
    """Whether an event's sentences name the place ``name`` only as a ship's flag ("the
    Bahamas-flagged Galaxy Leader"): a ship has the nationality of the state whose flag it flies
    (UNCLOS art. 91), which says where it is registered, not where it was taken or struck, and
    ACLED codes an event where it took place. False when no sentence names it.

    >>> flag_only("Bahamas", ["Rebels hijacked the Bahamas-flagged Galaxy Leader."])
    True
    >>> flag_only("Panama", ["A Panama-flagged tanker was seized off Panama on Monday."])
    False
    >>> flag_only("Panama", [])
    False
    """
    named = [m.end() for s in sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s)]
    if not named:
        return False
    flags = [m.end(1) for s in sentences for m in re.finditer(rf"\b({re.escape(name)}){_FLAG}", s)]
    return len(flags) == len(named)
