"""Subordinate clauses that open a sentence: "Unless Hamas releases the hostages, the army
will…", "When rebels fired on the convoy, troops…". Their subject is not the main clause's
(Huddleston and Pullum 2002, ch. 8: an adjunct clause has its own subject), so a name inside
one is no source of the main clause's act.
"""

from __future__ import annotations

import re

# a subordinate clause that opens the sentence ("Unless Hamas releases the hostages, the army
# will…", "When rebels fired on the convoy, troops…"): its subject is not the main clause's
_FRONTED_CLAUSE = re.compile(
    r"(?:Unless|If|Although|Though|While|Whereas|Once|Until|Because|When|After|Before|Since)"
    r"\b[^,;.]{0,150},"
)


def in_fronted_clause(text: str, at: int, trigger_start: int) -> bool:
    """Is offset ``at`` inside a subordinate clause that opens its sentence and ends before
    the trigger (Huddleston and Pullum 2002, ch. 8: an adjunct clause has its own subject)?"""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    m = _FRONTED_CLAUSE.match(text, start)
    return m is not None and at < m.end() <= trigger_start
