"""The subject of a clause of its own that stands right before a trigger, so that no one
named before it is the trigger's source.

Three forms, each with its own subject before its verb (Huddleston and Pullum 2002, ch. 12
for relatives, ch. 8 for adjunct clauses):

- an object relative after "which" or "whom" ("the election, which the main opposition
  party boycotted"): a determiner or a name opens that subject, where "which brought crowds
  onto the streets" has its pronoun as the subject;
- a subordinate clause of time or reason (``fronted_clauses.SUBORDINATE_SUBJECT``: "hours
  after members of the guard detained him");
- a contact relative on a summative apposition ("Price won with 58 percent of the vote, a
  result his main rival rejected"): the noun sums up the clause before it (Quirk et al.
  1985, 17.65) and the relative after it has a subject of its own (17.13), so the winner
  named before the comma did not reject anything. The nouns are data:
  ``data/lexicon/summative_nouns.csv`` (a source per row).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.fronted_clauses import SUBORDINATE_SUBJECT
from dashboard.events.lexicon import sourced_rows

_REACH = 60  # characters before the trigger that may hold the clause's opening and subject
_OBJECT_RELATIVE = re.compile(
    r",\s+(?:which|whom)\s+((?:the|its|their|his|her|[A-Z][A-Za-z'’-]*|[a-z]+)\s+(?:[A-Za-z'’-]+\s+){0,4})$"
)


@cache
def _summative() -> re.Pattern[str]:
    """ ", a result his main rival ", ", a victory that the opposition ": the comma, an
    article, up to one modifier, a summative noun, an optional relative word and the
    relative's subject, a determiner's or a name's phrase (group 1), up to the trigger."""
    nouns = "|".join(
        sorted(re.escape(r["word"].strip()) for r in sourced_rows("summative_nouns.csv", "word"))
    )
    return re.compile(
        rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{nouns})\s+(?:that\s+|which\s+)?"
        r"((?:his|her|its|their|the)\s+(?:[a-z'’-]+\s+){0,3}"
        r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:(?:has|have|had)\s+)?)$"
    )


def relative_subject(text: str, trigger_start: int) -> re.Match[str] | None:
    """The clause's opening before ``trigger_start``, its subject as group 1, or None.

    >>> t = "Price won 58 percent, a result his main rival rejected."
    >>> relative_subject(t, t.index("rejected")).group(1)
    'his main rival '
    >>> relative_subject("His main rival rejected it.", 15) is None
    True
    """
    lo = max(0, trigger_start - _REACH)
    return (
        _OBJECT_RELATIVE.search(text, lo, trigger_start)
        or SUBORDINATE_SUBJECT.search(text, lo, trigger_start)
        or _summative().search(text, lo, trigger_start)
    )
