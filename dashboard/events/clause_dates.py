"""Small readings of the main clause that say whose a date or a noun is: a closing relative
clause's dates are its noun's, an agent noun a passive is told of names those done to, and a
"when"/"after" clause opens where its own subject starts."""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.date_scope import _AGENT_NOUN, _TRAILING_RELATIVE, BEGAN_AFTER
from dashboard.events.dates_mention import DateMention

_DONE_TO = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+[a-z]+(?:ed|en)\b")


def before_closing_relative(
    text: str, s: int, end: int, main: Trigger, loose: list[DateMention]
) -> list[DateMention]:
    """The dates of ``loose`` (offsets from the sentence start ``s``) that stand before a
    non-restrictive relative clause closing the sentence after ``main`` ("warned that a vote
    would violate the Dayton accord, which ended the 1992-95 war"): such a clause tells its
    noun's own past, so its dates are not the main act's (Quirk et al. 1985, 17.22;
    newuser49: the warning was dated 1992-95). A clause followed by a comma is an aside
    before an attribution (", whom authorities blame, rights groups said on Thursday"), whose
    day stays the act's; "which began…" tells the noun's own start and keeps its date."""
    trailing = _TRAILING_RELATIVE.search(text, main.end, end)
    if trailing is None or BEGAN_AFTER.match(text, main.end):
        return loose
    if re.search(r"[,;]", text[trailing.end() : end]):
        return loose
    return [dm for dm in loose if s + dm.start < trailing.start()]


def done_to_agents(text: str, main: Trigger, planned: bool) -> bool:
    """Is ``main`` an agent noun ("rioters", "protesters") told as what is done to them: what is
    to come ("the rioters would be punished") or a passive whose subject it is ("Two
    protesters were killed": its patient, Quirk et al. 1985 §3.64)? Then it names no act."""
    return bool(_AGENT_NOUN.fullmatch(main.text)) and (
        planned or _DONE_TO.match(text, main.end) is not None
    )


_CAUSE_OPENER = re.compile(r"\b(?:when|after)\s+", re.IGNORECASE)


def clause_opened(text: str, lo: int, at: int) -> int | None:
    """Where the "when" or "after" clause holding ``at`` starts its words (after the last such
    word in ``text[lo:at]``), or None: "killed when Russian drones struck" names the drones'
    side before the act's trigger."""
    opens = [m.end() for m in _CAUSE_OPENER.finditer(text, lo, at)]
    return opens[-1] if opens else None
