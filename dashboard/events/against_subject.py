"""An act "against" the clause's own subject: "Hasina fled after weeks of protests against
her" names her as what the protests were against (CAMEO 1.1b3 §14: the target is whom the
protest is against), not as their doer. Read by ``source_target.roles``.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# a nominal act in a time or cause adjunct ("after weeks of protests", "amid protests")
# whose "against" names a pronoun that takes up the clause's subject ("against her
# government"): the subject is what the act is against, not who did it
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:after|amid|amidst|following|despite|during)\s+(?:(?:hours|days|weeks|months|years)\s+"
    r"of\s+)?(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_AGAINST_PRONOUN = re.compile(r"\s+against\s+(?:her|him|them|it|his|its|their)\b", re.IGNORECASE)


def against_the_subject(text: str, source: Actor, trigger_start: int, trigger_end: int) -> bool:
    """The trigger is a nominal act in an adjunct, "against" a pronoun for the subject."""
    adjunct = _ADJUNCT_BEFORE.search(text, max(source.end, trigger_start - 40), trigger_start)
    return adjunct is not None and _AGAINST_PRONOUN.match(text, trigger_end) is not None
