"""A hostage noun that modifies the noun after it ("took part in hostage talks", "seized on
the hostage deal"): the rows of CAMEO 1.1b3 §181 "abduct, hijack or take hostage" that end
on "hostage" read it as the object complement of "take" or "hold" ("took 40 guards
hostage"), and a complement ends its clause's object; a noun right after it makes it the
first part of a compound noun (Quirk et al. 1985 §17.104-17.108, noun premodifiers), so
nobody was taken.
"""

from __future__ import annotations

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

# the noun of the §181 name ("take hostage"), the complement the rows close on; a row that
# ends on the people taken ("seized 276 schoolgirls from") is read as it was
_HOSTAGE = "hostage"


def modifying_hostage(tokens: list[Token], m: Match) -> bool:
    """Is ``m`` a §181 verb row whose last word is "hostage", its complement, followed at
    once by a lowercase noun it modifies ("hostage talks")? A time noun after it ("held them
    hostage overnight") or a name ("hostage Monday") is no such noun."""
    if m.rule.kind != "V" or not m.rule.code.startswith("181") or m.last + 1 >= len(tokens):
        return False
    last, nxt = tokens[m.last], tokens[m.last + 1]
    if _HOSTAGE not in last.keys or not nxt.text[:1].islower() or nxt.boundary:
        return False
    return "NOUN" in nxt.pos and "ADV" not in nxt.pos
