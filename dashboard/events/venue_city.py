"""A country named where an embassy stands, told as a meeting's venue with "at" ("met at the
Omani Embassy in the Italian capital", "talks at the Swiss embassy in Albania"), names where
the meeting was, not a state dealt with.

``source_target`` reads a diplomat's or an embassy's host as the side an act deals with
("recalled its ambassador to France": CAMEO 1.1b3 §161, §174). A meeting held *at* an
embassy is between those who met (§044: "meet at a 'third' location"); "at" opens a
locative adjunct, the place of the act (Quirk et al. 1985 §9.15-9.17: "at" for position), so
the embassy's country is its venue, never a party.
"""

from __future__ import annotations

import re

# "met at the Omani Embassy in the", "talks at the embassy of Oman in": a meeting's verb or
# noun, the locative "at", an embassy or a consulate, and "in" before the host's name; an
# attack "at U.S. embassies in Kenya" is done in Kenya, and to whom is another rule's
_AT_EMBASSY = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|negotiations|convened)\s+at\s+(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}(?:embass(?:y|ies)|consulates?)\s+"
    r"(?:of\s+(?:[\w'’.-]+\s+){1,3})?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
REACH = 60  # characters back from the host's name the "at" phrase is read in


def embassy_venue(text: str, start: int) -> bool:
    """Whether the country name or demonym opening at ``start`` follows "at the … embassy
    in (the)", so the embassy is the venue ("met at the Omani Embassy in the Italian
    capital").

    >>> t = "met at the Omani Embassy in the Italian capital"
    >>> embassy_venue(t, t.index("Italian"))
    True
    >>> t = "recalled its ambassador in the Iranian capital"
    >>> embassy_venue(t, t.index("Iranian"))
    False
    """
    return _AT_EMBASSY.search(text, max(0, start - REACH), start) is not None
