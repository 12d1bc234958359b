"""A removal from office by a legislature, read only when the vote is told as cast and the
legislature is named.

The §172 row "vote * to remove|to oust|to dismiss * from office" (``data/lexicon/cameo.csv``;
CAMEO 1.1b3 §172 impose administrative sanctions, as the project's "vote to impeach" row)
reads "Congress voted early Friday to remove the president from office". Between "vote" and
"to remove" only words that tell when, how many or how the vote went may stand (a weekday,
"early", "overwhelmingly", a tally "101-17"): "voted against a motion to remove", "voted on
a bill to remove" tell a motion, not a removal, and are refused (Quirk et al. 1985 §8.2:
adjuncts of time and manner leave the verb's complement as it is).

The §172 row "remove|oust|dismiss * from office" reads "Peru's Congress removed the president
from office" only with a legislature (classes.csv ``LEGISLATURE``) named before the verb in
its clause: a court, a board or an unnamed doer removing an official is not read.
"""

from __future__ import annotations

import calendar
from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# words of time and of how the vote went that may stand between "voted" and "to remove"
_WHEN = frozenset(
    "early late on overnight in this last week month year morning afternoon evening night "
    "today yesterday unanimously".split()
)
_DAY_AND_MONTH = frozenset(
    n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n
)


def _told_when(word: str) -> bool:
    """A word of when or how a vote went ("Friday", "early", "overwhelmingly", "101-17")."""
    return (
        word in _WHEN
        or word in _DAY_AND_MONTH
        or word.endswith("ly")
        or any(ch.isdigit() for ch in word)
        or word in ("-", "–")
    )


def unsure_vote(p: Parse, m: Match) -> bool:
    """Is ``m`` the §172 "vote * to remove" row with words between "vote" and "to" that
    are not of time or manner ("voted against a motion to remove")?"""
    if m.rule.code != "172" or "vote" not in {w for alt in m.rule.slots[0] for x in alt for w in x}:
        return False
    toks = p.tokens
    to = next((k for k in range(m.first + 1, m.last) if toks[k].lower == "to"), None)
    if to is None:
        return False
    return not all(_told_when(t.lower) for t in toks[m.first + 1 : to])


@cache
def _legislature() -> frozenset[str]:
    return word_class("LEGISLATURE")


def no_legislature(p: Parse, m: Match) -> bool:
    """Is ``m`` the §172 "remove * from office" row with no legislature named before it in
    its clause ("The court removed the mayor from office"), or with "remove" an infinitive
    ("voted on a bill to remove", "failed to remove": a removal done is told by a finite
    verb; the vote row reads "voted to remove")?"""
    if m.rule.code != "172":  # before the set: most matches are of other codes
        return False
    first = {w for alt in m.rule.slots[0] for x in alt for w in x}
    if "remove" not in first or "vote" in first:
        return False
    if m.first > 0 and p.tokens[m.first - 1].lower == "to":
        return True
    start = p.opening(m.first)
    return not any(t.keys & _legislature() for t in p.tokens[start : m.first])
