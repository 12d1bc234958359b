"""A person's hometown after the name is not where the person acted or was acted on.

Wire copy gives a person's name, age and home together ("John Doe, 34, of Akron", "the
34-year-old John Doe of Akron", "identified as John Doe of Akron"): the "of" phrase
postmodifies the name (Quirk et al. 1985, 17.38) and says where the person lives, as a
relative clause of dwelling does (``residence``). ACLED codes an event where it took place,
so the hometown must not become the act's place ("fired at the crowd from a van in
Cleveland": Cleveland, not the gunman's home).

The name must be introduced as a person's: after "as" (an identifying verb's complement),
after an "N-year-old" or followed by an age between commas. A name that holds a role, a
title, an institution's or a feature's word ("Mayor Ann Lee of Riga", "the Gulf of Aden",
"the University of Akron") names an office or a place, and is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.places.given_names import role_words
from dashboard.places.recognise_words import FEATURE_WORDS, INSTITUTION_WORDS, MONTHS_DAYS

_NAME = r"([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})"
# "as John Doe of ", "34-year-old John Doe of ", "John Doe, 34, of "
# and the home's own state or county after it ("of Kansas City, Kan.", "of Pomeroy in Meigs
# County"): the same hometown, told more fully
_HOME_BEFORE = re.compile(
    rf"(?:(?:\bas\s+|\b\d{{1,3}}-year-old\s+){_NAME}|(?:^|[\s(]){_NAME},\s+\d{{1,3}},)\s+of\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,|\s+in)\s+)?$"
)
_REACH = 90  # "identified by police as 34-year-old Mark Anthony Doe of " and some


@cache
def _not_personal() -> frozenset[str]:
    """Words that make a capitalised run an office, a title or a place's name, lowercase."""
    return role_words() | INSTITUTION_WORDS | FEATURE_WORDS | MONTHS_DAYS


def hometown(text: str, start: int) -> bool:
    """Whether the place named at ``start`` of ``text`` is a person's hometown (module doc).

    >>> t = "The gunman, identified as John Doe of Akron, fired at a bus in Dayton."
    >>> hometown(t, t.index("Akron")), hometown(t, t.index("Dayton"))
    (True, False)
    >>> t = "Officials named the victim as Mayor Ann Lee of Riga."
    >>> hometown(t, t.index("Riga"))
    False
    """
    if start < 0:
        return False
    m = _HOME_BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return False
    name = m.group(1) or m.group(2)
    return not any(w.lower().strip(".") in _not_personal() for w in name.split())
