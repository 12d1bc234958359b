"""An undated sentence that elaborates the story's dated happening takes that happening's day.

"Unions held a general strike on Thursday. Tens of thousands of people marched to Congress,
and police used water cannon on them." The second sentence tells no time of its own; it
opens with an act of the same kind as the story's (a march after a strike: both CAMEO 14),
right after it. Discourse theory calls this Elaboration: the second event is part of the
first, so it shares its time (Lascarides & Asher 1993, "Temporal interpretation, discourse
relations and commonsense entailment"; ACE 2005 event coreference: same type, compatible
time). The acts coordinated in that sentence go on in the same scene (ACLED codes a
protest's intervention with the protest, on its day). So the narrative's day carries, not
the stretch from it to publication that another act told after it gets
(``date_reckoning._story_range``).

Not when the sentence marks another happening or another time ("In a separate attack",
"Elsewhere", "Later", "Meanwhile"), nor when the story's act is a hazard (that rule is
``_story_range``'s own), nor when the sentence's first act has a date of its own; and only
a story dated to a day carries (ACLED time precision 1): a stretch ("in custody since last
week") is a state's time, no happening's, so an act told after it keeps the span from it;
nor a story dated by "today", which wire copy uses for the present age and for the day of
the telling (TimeML 1.2.1 values it PRESENT_REF or the document's day), not a happening's.
A clause reported after a saying verb in its own sentence is the speaker's, not the
narrative's, so it does not elaborate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.date_clauses import saying_verb
from dashboard.events.drafts import _Draft
from dashboard.events.narrative import family_of
from dashboard.model import DateRange

# words that tell another happening or another time than the one just told (Quirk et al.
# 1985 §8.54 time-relationship adjuncts, §8.132 "meanwhile"; "separate", "another",
# "elsewhere" name a second happening; "before", "after", "ago" set the act's own time
# against another's: "shut down the internet two days before the vote")
_ANOTHER = re.compile(
    r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|earlier|later|previously|"
    r"subsequently|afterwards?|since|next|again|before|after|ago)\b",
    re.IGNORECASE,
)


def elaborates(
    d: _Draft, story: _Draft, when: DateRange, drafts: Sequence[_Draft], text: str
) -> bool:
    """Whether undated ``d`` is told in the sentence right after ``story``'s (dated ``when``
    to a day, not by "today"), a sentence that opens with an undated act of ``story``'s
    family (not a hazard), reports no speaker's clause before ``d`` and names no other
    happening or time (``_ANOTHER``). A clause joined on in that sentence (", and police
    used water cannon") is read as a sentence of its own: it goes with the sentence's first."""
    if when.precision != 1 or "today" in (when.text or "today").lower():
        return False  # no day, or "today": a stretch, the present age, the telling's day
    family = family_of(story.trigger.full or story.trigger.code)
    if family is None or family == "hazard" or d.sentence <= story.sentence:
        return False
    after = [o for o in drafts if o.sentence == story.sentence + 1]
    if not after:
        return False
    first = min(after, key=lambda o: o.trigger.start)
    start, at = first.evidence[0][0], d.trigger.start
    if first.readings or family_of(first.trigger.full or first.trigger.code) != family:
        return False
    if at < start or _SENTENCE_END.search(text, start, at):
        return False  # "d" is in a later sentence than the one that elaborates
    if any(saying_verb(w) for w in _WORD.findall(text, start, at)):
        # "His lawyer said the bullet hit him in the back": a reported clause is the
        # speaker's, told back from the saying's time, no step of the narrative's
        return False
    return _ANOTHER.search(text, start, max(at, d.evidence[0][1])) is None


_WORD = re.compile(r"[A-Za-z]+")


# the end of an orthographic sentence: its stop and the space or line after it
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s")
