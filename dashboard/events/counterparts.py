"""Countries a clause names as a party to a relation or as a patron, which are no place of
the act when the text names none.

Rules (ACLED Codebook 2023, "Geography": an event is coded where it took place, at the most
specific location the report supports; CAMEO 1.1b3: the other party of an act is its target,
not its venue):

- The other party of a relation noun ("its defense agreement with France", "ties with
  Rwanda", "cooperation with Russia"): "Chad said it was ending its defense cooperation
  agreement with France" was said in Chad; France is the counterpart (CAMEO target).
- The patron of a group, told by a passive "by" after a support verb ("The council, which is
  backed by the United Arab Emirates, took over the palace"): the backer stands behind the
  side and is neither the side nor where it acted (the hyphened "UAE-backed" is read by
  ``place_cues.PATRON_AFTER``).
"""

from __future__ import annotations

import re

COUNTERPART_REACH = 40  # characters back from a name to its relation noun or support verb

# "agreement with France", "its ties with the United States", "a pact with Russia"
_RELATION_WITH = re.compile(
    r"\b(?:agreements?|accords?|pacts?|treaty|treaties|deals?|ties|relations|relationship|"
    r"cooperation|alliance|partnership|contracts?|arrangements?)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "backed by the United Arab Emirates", "which is funded by Iran"
_PATRON_BY = re.compile(
    r"\b(?:backed|supported|funded|financed|armed|sponsored|trained|bankrolled)\s+by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def counterpart_or_patron(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` follows a relation noun's "with" or a
    support verb's "by" (within ``COUNTERPART_REACH`` characters): a party to the relation
    or a patron, not where the act took place."""
    lo = max(0, start - COUNTERPART_REACH)
    return bool(_RELATION_WITH.search(text, lo, start) or _PATRON_BY.search(text, lo, start))
