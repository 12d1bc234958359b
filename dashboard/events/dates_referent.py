"""A past perfect whose object names a happening the text dated elsewhere: not the period
told just before.

"The junta postponed Sunday's referendum on Wednesday. General Sow took power in 2019 in a
coup. Rights groups had denounced the referendum as a sham." The act "had denounced the
referendum" has no date of its own; ``dates_told_before.perfect_in_period`` would give it the
year of the aside just before it (2019). But its object is a definite noun ("the referendum")
that refers back to a happening the text told with a date bound to the noun ("Sunday's
referendum"): a definite noun of the same kind names the same happening (ACE 2005 event
coreference: same type, compatible time), and the act is related to THAT happening's time,
not to the background sentence that happens to stand between (TimeML 1.2.1: an event with no
TIMEX3 of its own gets no anchor the text does not give). How long before the happening the
act lay the text does not say, so the honest date is an inferred range (ACLED time precision
2-3, flagged ``date_inferred``), never the aside's year. An electoral contest is named by
many nouns (``act_contexts.csv`` row CONTEST); any other noun refers back only to itself.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.act_contexts import context_words
from dashboard.events.cameo import Trigger
from dashboard.events.dates_named_anchor import dated_noun_before
from dashboard.model import DateRange

# the object right after the verb, with at most one preposition before its determiner and
# up to three words of the noun phrase after it ("had boycotted the vote", "had protested
# against the planned vote"); a comma or full stop ends the phrase
_OBJECT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:the|this|that)\s+(?P<words>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})",
)


def named_elsewhere(text: str, trigger: Trigger, told: DateRange, pub: date) -> bool:
    """Whether the object of ``trigger`` is a definite noun for a happening the text dated
    before by a date bound to its noun ("Monday's vote", "the vote on Monday"), a date other
    than ``told`` (the period of the sentence just before). Then the act is related to that
    happening, not to ``told``. Example: "… postponed Sunday's referendum on Wednesday.
    Sow took power in 2019. Rights groups had denounced the referendum" -> True."""
    m = _OBJECT.match(text, trigger.end)
    if m is None:
        return False
    contest = context_words("CONTEST")
    for word in m["words"].lower().split():
        nouns = contest if word in contest else frozenset({word})
        anchor = dated_noun_before(text, trigger.start, nouns, pub)
        if anchor is not None:
            return (anchor.start, anchor.end) != (told.start, told.end)
    return False
