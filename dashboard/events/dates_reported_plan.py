"""A date inside what a second verb of saying reports: "The minister praised the police and
said extra officers would be posted to the border next week" dates the posting, not the
praise.

TimeML 1.2.1 (Pustejovsky et al. 2006, §2.2): a TIMEX3 anchors the events of its own clause.
The reported clause after "and said" has its own subject and its own verb group (a modal:
Quirk et al. 1985, 4.49, a modal puts the act in a time of its own), so its time adverbial
modifies that verb (Quirk et al. 1985, 8.51), not the first conjunct's act the sentence opened
with. Only a modal complement is read so: a past one ("and said rebels attacked on Monday")
is left as it was, since news often tells both acts on one day.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger

# "and said", "and also announced", "and told reporters": a verb of saying joined by "and"
# to the first act's predicate, sharing its subject (Quirk et al. 1985, 13.46), with "that"
_AND_SAYING = re.compile(
    r"\band\s+(?:also\s+|later\s+)?(?:said|added|announced|promised|pledged|vowed|warned|"
    r"told\s+(?:[\w.-]+\s+){1,2}?)(?:that\s+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MODALS = frozenset("will would could should might may must can shall".split())
_MAX_SUBJECT_WORDS = 6  # "reinforcements" .. "two more battalions of the army"
_CLAUSE_MARK = re.compile(r"[.;:!?]")


def in_reported_plan(text: str, main: Trigger, at: int) -> bool:
    """Whether the date at ``at`` stands in the complement of a verb of saying joined by
    "and" after the trigger ``main`` ("praised the troops and said reinforcements would be
    sent next week"), whose own subject (one to ``_MAX_SUBJECT_WORDS`` words) takes a modal
    before the date: that clause's act is what the date anchors."""
    if at <= main.end or _CLAUSE_MARK.search(text, main.end, at):
        return False
    said = None
    for m in _AND_SAYING.finditer(text, main.end, at):
        said = m
    if said is None:
        return False
    words = [w.lower() for w in _WORD.findall(text, said.end(), at)]
    modal = next((k for k, w in enumerate(words) if w in _MODALS), None)
    return modal is not None and 1 <= modal <= _MAX_SUBJECT_WORDS
