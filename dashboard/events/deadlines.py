"""A date that is a deadline's, not the act's: "gave banks until 30 July to close the accounts",
"set a deadline of Friday". TimeML (Pustejovsky et al. 2003, TimeML 1.2.1 §2.2): the date
anchors the deadline, a time the act only sets; the act itself (the sanction, the order) was
told before it and keeps its own date or none."""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated

# a giving or setting verb, its object, then "until"/"till"/"by" right before the date;
# or the noun "deadline" itself ("a deadline of Friday", "the deadline, 1 March")
_DEADLINE = gated(
    r"\b(?:give|gave|given|gives|giving|grant|granted|grants|set|sets|setting|allow|allowed|allows)"
    r"\b[^,.;]{0,40}?\b(?:until|till|by)\s+(?:the\s+)?$|\bdeadline\s+(?:of\s+|is\s+|was\s+)?$",
    re.IGNORECASE,
)


def deadline_date(text: str, at: int) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` is a deadline's: after a giving
    or setting verb, or a "within" span closing an infinitive ("ordered the ambassador to leave
    the country within 48 hours": the leaving's time, TimeML's TLINK of the span to the
    infinitive's event, so the order keeps its own date)."""
    if _DEADLINE.search(text, max(0, at - 60), at) is not None:
        return True
    return (
        text[at : at + 7].lower() == "within "
        and _INFINITIVE_BEFORE.search(text, max(0, at - 60), at) is not None
    )


# "to leave the country ", "to withdraw its troops ": an infinitive and its object, no clause
# break, right before a "within" span
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+\b[^,.;]{0,50}?$")


# "suspend talks until 2028", "the ban will last until June", "a ceasefire that runs to
# March", "extended martial law through August": the date ends a state the act sets up
# (TimeML 1.2.1 §2.4, TLINK ENDED_BY), so it is not the act's own time (IS_INCLUDED)
_UNTIL = gated(r"\b(?:until|till|til|up\s+to)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.IGNORECASE)
_RUNS_TO = gated(
    r"\b(?:runs?|ran|running|lasts?|lasted|lasting|extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?)"
    r"\b[^,.;]{0,40}?\b(?:to|through|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "did not fire until Monday", "not before June": the act happened at the date (heads.py
# reads the negation away), so the date is the act's
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^,.;]{0,60}$", re.IGNORECASE)
# a happening told "until" a date went on up to it: "protests continued until Sunday",
# "shelled the town until dawn on Monday" (CAMEO protest, assault, fight, mass violence)
_GOES_ON = frozenset({"14", "18", "19", "20"})


def state_end_date(text: str, at: int, code: str) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` ends a state ("until 2028") that
    an act of CAMEO root ``code`` sets up, rather than dating the act.

    >>> state_end_date("Iran agreed to suspend talks until 2028.", 29, "03")
    True
    >>> state_end_date("Protests continued until Sunday.", 19, "14")
    False
    """
    if code[:2] in _GOES_ON:
        return False
    lead = re.match(r"(?:until|till|til|up\s+to|through|thru|to)\s+", text[at:], re.IGNORECASE)
    cut = at + lead.end() if lead else at
    before = text[max(0, at - 80) : cut]
    if not (_UNTIL.search(before) or _RUNS_TO.search(before)):
        return False
    return _NOT_UNTIL.search(text, max(0, at - 60), at) is None
