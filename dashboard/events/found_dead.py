"""Acts told through what came after them: a discovery ("found a mass grave on Tuesday") or a
funeral ("mourners filled the streets on Saturday for the funeral of commanders killed in
strikes"). The day given is the finding's or the funeral's; what was found, or the killing
the dead are buried after, happened before it, on no day the text gives (TimeML: the
reporting or discovering event dates only itself; a funeral follows a death).
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.date_reckoning import _found_before
from dashboard.events.trigger import Trigger
from dashboard.model import DateRange

_FOUND = re.compile(
    r"\b(?:found|discovered|uncovered|unearthed|exhumed|located)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# the dead a funeral, a burial or mourners are for, then the act that killed them ("the
# funeral of military commanders and scientists killed in strikes"): up to eight words of the
# dead's noun phrase, no clause break
_MOURNED = re.compile(
    r"\b(?:funerals?|burials?|mourn(?:ed|ing|ers?)?|buried|laid\s+to\s+rest)\s+(?:of\s+|for\s+)?"
    r"(?:[\w'’-]+\s+){0,8}?(?:killed|slain|who\s+(?:were|was|had\s+been)\s+killed)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


MOURNED_DAYS = 7  # ACLED time precision 2: the week up to the day before the funeral
FOUND_DEAD_DAYS = 7  # ACLED time precision 2: the week up to the day a body was found
# what "found" says of one body found killed: "found shot dead", "found dead", "found
# murdered" (Merriam-Webster "found dead": discovered dead; a body found so is news of a death
# days old at most, unlike "found a mass grave")
_DEAD = re.compile(
    r"(?:(?:shot|stabbed|beaten|hacked|strangled|burned|burnt)(?:\s+to)?\s+)?"
    r"(?:dead|death|killed|murdered|slain)\b",
    re.IGNORECASE,
)


def before_it(text: str, s: int, trigger: Trigger, r: DateRange) -> DateRange | None:
    """The range of ``trigger`` (its sentence starting at ``s``) told as what a finding or a
    funeral dated ``r`` came after: the 30 days before a finding (``_found_before``), the
    week before a funeral (its dead are buried or mourned within days, and news that tells
    a funeral tells its killing as recent); None when the trigger is neither."""
    found = _FOUND.search(text, max(s, trigger.start - 30), trigger.start)
    if found is not None:
        return _found_dead(text, found.start(), trigger, r) or _found_before(r)
    if r.precision != 1 or not _mourned(text, s, trigger):
        return None
    end = r.start - timedelta(days=1)
    why = f"the dead of a funeral {r.reason}: killed before it, the week up to the day before"
    return DateRange(end - timedelta(days=MOURNED_DAYS - 1), end, 2, r.text, why)


def _found_dead(text: str, at: int, trigger: Trigger, r: DateRange) -> DateRange | None:
    """One body "found shot dead on Monday": the killing is recent and may be of that very
    day, so the week up to and including it (ACLED precision 2, which merges), not the month
    before a finding (``_found_before``); None when what was found is not a body found dead."""
    after = re.match(r"(?i:found|discovered)\s+", text[at : trigger.end])
    if r.precision != 1 or after is None or not _DEAD.match(text, at + after.end()):
        return None
    why = f"found dead {r.reason}: killed on or before it, the week up to it"
    return DateRange(r.end - timedelta(days=FOUND_DEAD_DAYS - 1), r.end, 2, r.text, why)


def _mourned(text: str, s: int, trigger: Trigger) -> bool:
    """Is ``trigger`` the killing the dead of a funeral died in ("for the funeral of soldiers
    killed in an air strike")?"""
    before = text[max(s, trigger.start - 140) : trigger.start]
    if re.search(r"[;.]", before):
        before = re.split(r"[;.]", before)[-1]
    # the trigger may itself be the verb of the killing ("killed in strikes")
    head = re.match(r"(?:killed|slain)\b", text[trigger.start : trigger.end])
    if head is not None:
        before = before + "killed "
    if _MOURNED.search(before) is None:
        return False
    # "buried relatives killed when Saturday's quake brought down a market": the killing's
    # own day is told, so it keeps it
    return _OWN_DAY.search(text, max(s, trigger.start - 20), trigger.end + 30) is None


_OWN_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\s+\d|\b(?:yesterday|overnight)\b"
)
