"""A comment is placed where it was said, not where the act it forecasts would be:
"Zelensky said Russia will attack Kharkiv" is a statement (CAMEO 1.1b3 §01, make public
statement) made wherever Zelensky spoke; Kharkiv is the place of an attack that has not
happened. ACLED codes an event where it took place; a place named inside the forecast, after
the verb of saying and a modal of the future, is no place of the saying.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports modules that import this one
    from dashboard.events.drafts import _Draft

# a modal of the future or of possibility opening the forecast (Quirk et al. 1985 §4.54-58)
_FORECAST = re.compile(
    r"\b(?:will|would|could|might|may|shall|is\s+going\s+to|are\s+going\s+to|"
    r"was\s+going\s+to|were\s+going\s+to|plans?\s+to|planned\s+to|intends?\s+to|"
    r"intended\s+to|was\s+preparing\s+to|is\s+preparing\s+to|were\s+preparing\s+to)\b",
    re.IGNORECASE,
)
# a sentence's or a clause's end, or a quotation opened: what follows is no longer the
# forecast the verb reports ("expressed doubts ...: \"justice here [in Indonesia]\"")
_SENTENCE_END = re.compile(r"[.!?;:]\s|[\"“”(\[]")
# how far the forecast's place may lie from the verb of saying, in characters
REACH = 80


def forecast_place(d: _Draft, text: str, location: Mention | None) -> bool:
    """Whether ``location`` lies inside a forecast that ``d``, a statement (CAMEO 01x), tells
    after its verb: a future or possibility modal stands between the verb and the place, in
    the same sentence ("said Russia will attack Kharkiv")."""
    code = d.trigger.full or d.trigger.code
    verb_end = d.trigger.start + len(d.trigger.text.split(" ", 1)[0])
    if location is None or not code.startswith("01") or location.start < verb_end:
        return False
    # the trigger may run over the forecast ("said Russia will attack"): read from its verb
    between = (verb_end, location.start)
    return (
        location.start - verb_end <= REACH
        and _FORECAST.search(text, *between) is not None
        and _SENTENCE_END.search(text, *between) is None
    )
