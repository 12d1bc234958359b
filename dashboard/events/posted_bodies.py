"""A country named as where a body's mission, delegation or embassy is posted ("the U.N.
mission in Libya", "the EU delegation to Serbia", "the embassy in Kenya") is no side of
what that mission says or does: it speaks for the body or state that sent it.

The Vienna Convention on Diplomatic Relations (1961), art. 3, has a mission represent the
sending state in the receiving state; UN Security Council resolutions set up missions
"in" a country (UNSMIL, the United Nations Support Mission in Libya, res. 2009 (2011))
that act for the United Nations. CAMEO 1.1b3 codes such an act to the sender (an IGO's
mission as the IGO), never to the host, which is where it is.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# the posted body and its "in"/"to" before the host country's name
_POSTED_BODY = re.compile(
    r"\b(?:missions?|delegations?|embass(?:y|ies)|consulates?|ambassadors?|envoys?|"
    r"representatives?|representations?|offices?|peacekeepers?|monitors?|observers?|"
    r"charg[eé] d'affaires)\s+(?:in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def posted_in(text: str, a: Actor) -> bool:
    """Whether ``a`` is named as the host of a mission, delegation or envoy ("The U.N.
    mission in Libya said": Libya hosts it).

    >>> from dashboard.events.actors import Actor
    >>> t = "The U.N. mission in Libya said"
    >>> posted_in(t, Actor("Libya", "country", "LY", 20, 25))
    True
    >>> t = "Fighting in Libya went on"
    >>> posted_in(t, Actor("Libya", "country", "LY", 12, 17))
    False
    """
    return _POSTED_BODY.search(text, max(0, a.start - 40), a.start) is not None
