"""A headline's bare past participle as a passive ("Reporter jailed for espionage": AP
Stylebook, "headlines"), read for acts done to someone (CAMEO 1.1b3 roots 11, 16, 17, 18)."""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

# what follows a headline's bare participle: a preposition or the line's end ("Dodik
# sentenced to a year", "Envoy expelled over spying claims")
_AFTER_PARTICIPLE = re.compile(r"\s+(?:to|for|in|over|after|on|as|at|amid)\b|\s*$")


# an accusing verb's past participle right before its charge: "accused of", "charged with"
_ACCUSED_OF = re.compile(
    r"(?:accused|charged|suspected|indicted|convicted)\s+(?=(?:of|with)\b)", re.IGNORECASE
)


# a name right before, or before an apposition's comma ("Koroma, charged with treason,
# remains in Nigeria": a reduced relative, Quirk et al. 1985 §17.30, whose head was charged)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,?\s+$")


def headline_participle(text: str, trigger_start: int, trigger_end: int) -> re.Match[str] | None:
    """What follows the trigger when it is a past participle with no object in a headline,
    the first line when it ends in no full stop ("Activist jailed for protest"), else None. A
    headline tells a past act in the present tense and drops the passive's "was" (AP
    Stylebook, "headlines"). Anywhere, a participle of accusing right before "of" or "with"
    is a reduced passive ("Sudan's RSF accused of killing hundreds"): the active verb takes
    its object first ("accused the RSF of"), so the name before it was accused."""
    reduced = _ACCUSED_OF.match(text, trigger_start)
    if reduced is not None and _NAME_BEFORE.search(text, max(0, trigger_start - 40), trigger_start):
        # only right after a name: "supporters accused of plotting" names no actor accused,
        # and the name before them ("A Georgian court") is no patient
        return reduced
    line_end = text.find("\n")
    if line_end < 0 or trigger_end > line_end or text[:line_end].rstrip().endswith((".", "!", "?")):
        return None
    head = text[trigger_start:trigger_end].split()[0].lower() if trigger_end > trigger_start else ""
    forms = verb_forms(head)
    if forms is None or "VBN" not in forms[1]:
        return None
    return _AFTER_PARTICIPLE.match(text[:line_end], trigger_start + len(head))
