"""A clause joined by ", and" whose subject is a titled name: "Li Qiang congratulated
Albanese, and U.S. Secretary of State Marco Rubio said Washington looked forward to ...".

Coordinated main clauses each carry their own subject and arguments (Quirk et al. 1985,
13.1), so the second clause's sides and places are not the first's event's. The plain test
(``segments.joined_subject_at``) reads a subject of one to four words; a title and a name
run longer ("U.S. Secretary of State Marco Rubio", "British Foreign Secretary David Lammy").
Such a subject is a run of capitalised words (with "of" and "the" inside it, as titles are
written) ended by a past verb; ``titled_subject_at`` finds it.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

# ", and " then two to nine capitalised words ("of"/"the" between them), a past verb
_TITLED_JOINED = re.compile(
    r",\s+(?:and|but|while|whereas)\s+"
    r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|the|for)\s+)*){2,9}?"
    r"(?P<verb>[a-z]+)\b"
)


def titled_subject_at(text: str, start: int, end: int) -> int:
    """Where, within ``text[start:end]``, a clause joined by ", and" opens whose subject is
    a run of capitalised words (a title and a name) and whose verb is past ("..., and U.S.
    Secretary of State Marco Rubio said"); ``end`` when none does."""
    for m in _TITLED_JOINED.finditer(text, start, end):
        forms = verb_forms(m["verb"])
        if forms is not None and "VBD" in forms[1]:
            return m.start()
    return end
