"""A passive act told of a person in a non-restrictive relative clause: "the former
minister, who was arrested in the capital on Monday". The clause is marked off by a comma
(Quirk et al. 1985 §17.22) and adds a proposition of its own; in the passive its relative
pronoun is the patient of the act (Huddleston and Pullum 2002 ch. 16 §10.1), so the act is
something done to the person named before the comma, a happening of its own whatever the
main clause says of that person ("rights groups condemned the treatment of ..."). Such a
clause is read with its own day even when the main clause names none
(``date_scope.clause_act``): the clause's day cannot date the main act, as the act's own
auxiliary "was" ties the day to it.
"""

from __future__ import annotations

import re

from dashboard.events.trigger import Trigger

# "who was", "who were", "who had been": the passive auxiliary right after a personal
# relative pronoun; "which" is left out, as its antecedent may be a whole clause
_PASSIVE_OPENING = re.compile(r",\s+(?:who|whom)\s+(?:was|were|had\s+been)\s+", re.IGNORECASE)


def passive_person_relative(text: str, opened: int, act: Trigger) -> bool:
    """Whether the relative clause whose comma stands at offset ``opened`` of ``text`` is a
    passive whose participle is the act ``act`` (", who was detained"): the auxiliary
    follows the pronoun and the act starts right after it. Pure; raises nothing.

    >>> t = "the leader, who was detained on Monday"
    >>> passive_person_relative(t, 10, Trigger("17", 5, 20, 28, "detained", "173"))
    True
    """
    m = _PASSIVE_OPENING.match(text, opened)
    return m is not None and m.end() == act.start
