"""An undated act linked to a dated story by a shared place alone: an inferred date.

``coreference._link_narratives`` gives an event with no date of its own the date of an earlier
event that shares a named place with it. A place names where, not when: "Police arrested
three union leaders in Mombasa on Tuesday. A Mombasa hospital received a government grant."
tells two acts in one city and says nothing of the grant's day. TimeML 1.2.1 links an event
to a time only by a signal or a relation the text gives (a TLINK needs "then", "later that
day", "after the raid"…), and ACLED codes a date the source does not give at time precision 2
or 3, never the day of another event. So an act tied to its story only by a place is dated
from the story's start up to publication, flagged ``date_inferred`` (a story more than
``RECENT_DAYS`` before publication is background told of its own time: its range, as before).

The sentence ties the acts, and the act keeps the story's date unflagged, when it has
- a cue of sequence or continuation ("then", "later", "continued": ``narrative.CONTINUES``),
- the story's own sentence ("Crowds protested on Monday, and police fired tear gas"),
- a stay at the shared place told with "while" ("while in Yokosuka": TimeML SIGNAL DURING),
- a named person or body of the story as its own participant (the same actor going on),
- the same doer as the story's source,
- the story's definite participants ("the protesters", "the gunmen": ``narrative``),
- a definite noun naming the story's kind of happening ("after the attack", "the blast"),
- a definite noun phrase for a participant the story names ("the aid workers"),
- or the same CAMEO root or family of happening (``narrative.FAMILIES``): "Missiles struck
  the capital's centre" after missile strikes told with their day is that attack told on (ACE
  2005 event coreference: same type, compatible time; EM-DAT counts a disaster's secondary
  hazards with it).

A story on the publication day would give a one-day span, which no inferred date may be
(issue 12, as ``date_reckoning._story_range``): the week up to publication (or from it, for a
planned act), at week precision, flagged.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.dates_common import precision_for
from dashboard.events.drafts import _Draft
from dashboard.events.narrative import (
    ASSAILANTS,
    FORCE_ROOTS,
    PARTICIPANTS,
    PROTEST_ROOT,
    family_of,
    inferred_range,
    narrative_range,
    reference,
)
from dashboard.events.narrative_others import RECENT_DAYS
from dashboard.model import DateRange

# "while in X", "while at X": the temporal signal "while" (TimeML 1.2.1 SIGNAL, DURING) ties
# the act to the stay at the place the story dates ("were expected to train while in Yokosuka"
# after "making a port call in Yokosuka on Thursday")
_STAY = re.compile(r"\bwhile\s+(?:in|at)\s+[A-Z]")
# a definite noun phrase of lower-case words ("the aid workers", "the wounded"): a participant
# the sentence refers back to
_DEFINITE = re.compile(r"\bthe\s+(?P<np>[a-z-]{3,}(?:\s+[a-z-]{3,}){0,2})")

Dated = tuple[DateRange, tuple[DateRange, ...], list[str]]


def linked_date(
    text: str,
    d: _Draft,
    anchor: _Draft,
    base: DateRange,
    words: str,
    pub: date | None,
    found: DateRange | None = None,
) -> Dated:
    """The date, other readings and flags of ``d``, linked to the dated story ``anchor``
    (dated ``base``, told in ``words``): ``found`` when a rule of its own sentence dated it
    (a perfect before the story, a bare "later"), the story's date when the sentence ties
    the acts (``ties``), else from the story's start up to ``pub``, flagged
    ``date_inferred``."""
    if found is not None:
        return found, (), []
    # a story over a month old is background told of its own time: the act keeps that time
    # (a span of weeks up to publication would be no truer, and a flagged day is an inferred
    # day, which issue 12 forbids)
    old = pub is None or base.start > pub or (pub - base.end).days > RECENT_DAYS
    if old or pub is None or ties(text, d, anchor):
        return narrative_range(base, words), (), []
    quote = " ".join(words.split()[:8])
    end = max(base.end, pub)
    if base.start == end:
        return inferred_range(pub, d.planned or "planned" in d.trigger.flags), (), ["date_inferred"]
    why = (
        f"no date phrase of its own: shares only a place with '{quote}' ({base.reason}), "
        f"so from it up to publication ({pub})"
    )
    return (
        DateRange(base.start, end, precision_for(base.start, end), None, why),
        (),
        ["date_inferred"],
    )


def ties(text: str, d: _Draft, anchor: _Draft) -> bool:
    """Whether ``d``'s sentence ties its act to ``anchor``'s beyond a shared place (see the
    module's list)."""
    if d.cue or _joined(text, anchor.evidence[0][1], d.evidence[0][0]):
        return True  # a cue of sequence, or a clause joined in the story's own sentence
    mine = {a.name for a in d.actors if a.kind not in ("country", "group")}
    if mine & {a.name for a in anchor.actors if a.kind not in ("country", "group")}:
        return True
    if d.source is not None and anchor.source is not None and d.source.name == anchor.source.name:
        return True
    if d.trigger.code[:2] == anchor.trigger.code[:2]:
        return True  # the same kind of act at the same place: one happening told on
    if family_of(d.trigger.code) == family_of(anchor.trigger.code) is not None:
        return True  # as a hazard after a hazard, or a clash after an attack
    s, t = d.evidence[0]
    if _STAY.search(text, s, t):
        return True  # "while in Yokosuka": during the stay the story dates (TimeML SIGNAL)
    root = anchor.trigger.code[:2]
    doers = PARTICIPANTS if root == PROTEST_ROOT else ASSAILANTS if root in FORCE_ROOTS else None
    if doers is not None and doers.search(text, s, t):
        return True
    if _shares_definite(text[s:t], text[slice(*anchor.evidence[0])]):
        return True
    told = reference(text, s, t)
    return told is not None and family_of(anchor.trigger.full or anchor.trigger.code) in told[0]


def _shares_definite(sentence: str, story: str) -> bool:
    """Whether ``sentence`` refers back by a definite noun phrase to a participant named in
    ``story`` ("Rebels released three aid workers … The army threatened to storm the town if
    the aid workers were not freed"): an argument shared by definite reference (ACE 2005 event
    coreference), so the act goes on with that story. The phrase's first one to three words
    must stand in ``story`` as words."""
    for m in _DEFINITE.finditer(sentence):
        words = m["np"].split()
        for k in range(len(words), 0, -1):
            if re.search(rf"\b{re.escape(' '.join(words[:k]))}\b", story):
                return True
    return False


def _joined(text: str, story_end: int, start: int) -> bool:
    """Whether the act told from ``start`` follows the story's clause (ending at
    ``story_end``) in the same sentence: no sentence end between them ("Crowds protested on
    Monday, and police fired tear gas"; a coordinated clause shares the sentence's time,
    Quirk et al. 1985 §13.23)."""
    return story_end <= start and _SENTENCE_END.search(text, max(0, story_end - 2), start) is None


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")
