"""Where a statement was issued: told after it ("welcomed the move in a statement from
Frankfurt") or in the frame that reports it ("the spokeswoman told reporters in Beijing that
the successor must be approved": the demand was made in Beijing, not at the dateline nor at
the place the demand is about).

A verbal act (CAMEO 1.1b3 roots 01-13 but 04: statements, appeals, intents, approval,
demands, disapproval, rejections, threats) takes place where its speaker made it, and
ACLED codes an event where it took place. A phrase naming the medium of the act ("in a
statement", "in a letter") and then "from" or "in" a place gives that place outright; it
outranks the dateline and any other place of the clause, which is what the statement is
about ("welcomed Bulgaria's entry ... in a statement from Frankfurt").
"""

from __future__ import annotations

import re

from dashboard.model import Mention

# the act's medium, then "from" or "in" right before the name; "issued", "released", "sent"
# and "posted" may come between ("in a statement released from Geneva")
_MEDIUM_FROM = re.compile(
    r"\bin\s+(?:a|an|her|his|its|their|the)\s+(?:(?:brief|short|written|joint|televised|"
    r"video(?:taped)?|recorded|separate)\s+)?(?:statement|message|letter|communiqu[eé]|"
    r"speech|address|post|video)\s+(?:(?:issued|released|sent|posted|delivered|read\s+out)\s+)?"
    r"(?:from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the verbal roots (SAID_TO of place_cues, and 14's neighbours left out: a protest is
# physical, a meeting, CAMEO 04, takes place where the parties met)
_VERBAL = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
_REACH = 70  # characters before the name: "in a brief videotaped statement released from "


def statement_venue(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m``, after the trigger of a verbal act of CAMEO ``code``, is where the act's
    statement was issued ("welcomed the move in a statement from Frankfurt")."""
    if code[:2] not in _VERBAL or m.start <= trigger_start:
        return False
    return _MEDIUM_FROM.search(text, max(trigger_start, m.start - _REACH), m.start) is not None


# the reporting frame: a verb of saying (and its addressee) then "in" or "from" right before
# the name, as "told reporters in", "said in", "told a news conference in"
_FRAME_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|lawmakers|parliament|(?:a|the)\s+"
    r"(?:news|press)\s+(?:conference|briefing))|announced|stated|declared|insisted|warned)"
    r"\s+(?:on\s+\w+\s+)?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and after the name only a day and "that", opening the reported clause
_THAT_AFTER = re.compile(r"(?:\s+on\s+\w+)?,?\s+that\s", re.IGNORECASE)


def frame_venue(
    text: str, sentence_start: int, trigger_start: int, mentions: list[Mention], code: str
) -> Mention | None:
    """The place of the frame "told reporters in <P> that ..." that reports the verbal act
    of CAMEO ``code`` whose trigger is at ``trigger_start`` in the reported clause; None when
    the sentence has no such frame before the trigger. The said act is the speaker's, made
    where the frame puts them; what it is about may lie elsewhere, and a physical act
    reported so ("told reporters in Moscow that shells hit Kharkiv") keeps its own place."""
    if code[:2] not in _VERBAL:
        return None
    for m in mentions:
        if not (sentence_start <= m.start and m.end < trigger_start) or m.place is None:
            continue
        if m.place.lat is None or not _FRAME_BEFORE.search(
            text, max(sentence_start, m.start - 60), m.start
        ):
            continue
        that = _THAT_AFTER.match(text, m.end)
        if that is not None and that.end() <= trigger_start:
            return m
    return None
