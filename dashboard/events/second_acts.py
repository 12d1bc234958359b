"""Second acts of a sentence that the joined-clause reader left with the first: another named
party's own act after ", and", and the answer to a charge told in apposition ("…, an
accusation the ministry rejected").

CAMEO 1.1b3 (Schrodt 2012, ch. 1) codes every act a report tells, each with its own source
and target; Quirk et al. (1985, 13.46) give a clause whose subject is left out after "and"
the first clause's subject, and (17.65-17.72) an appositive noun phrase refers to what the
clause before it tells, so "X accused Y of Z, an accusation Y rejected" tells Y's denial of
X's accusation (CAMEO 1.1b3 §016 deny responsibility, as "Y rejected the accusation").
"""

from __future__ import annotations

import re

from dashboard.events.cameo import WEAK, Trigger

# a charge named in apposition and the verb of its answer: "an accusation (that|which) the
# alliance rejected"; the subject is at most five words and holds no verb or clause mark. "a
# claim the rebels denied" is left whole: a side's claim of its own act, disputed, is at most
# possible (``weighing``), and cutting it off made the claimed act a fact
_CHARGE_ANSWERED = re.compile(
    r",\s+(?P<np>an?\s+(?:accusation|allegation|charge))\s+(?:(?:that|which)\s+)?"
    r"(?P<subject>(?:[\w.'’-]+\s+){1,5}?)"
    r"(?:(?:has|had)\s+)?(?:also\s+)?(?:rejected|denied|dismissed|refuted|rebuffed)\b"
)


def other_party_act(first: Trigger | None, t: Trigger) -> bool:
    """Whether trigger ``t`` of a joined clause whose subject names a party the first clause
    does not name is that party's own act: a trigger above a reporting verb whose root
    differs from ``first``'s (the first clause's act, which names no day of its own: a day
    there may hold both, and the second act's day is then not known): "…, and Mauritania offered to host
    talks" after a call for dialogue (§036 beside §026). One root told twice ("…, and Japan
    condemned it too" after a condemnation) is left to ``joined_clauses._answers_in_kind``."""
    if t.weight <= WEAK or first is None:
        # a first clause telling no act ("The crew abandoned the vessel, and a warship
        # rescued …") holds the place and day the second act shares: the sentence stays whole
        return False
    return (first.full or first.code)[:2] != (t.full or t.code)[:2]


def charge_answer_at(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where the first part ends (its comma) and the ", an accusation the X rejected"
    apposition (``_CHARGE_ANSWERED``) opens in ``text[s:e]``: the sentence is cut there so
    that the answer is read as an act of its own; None when there is none or its subject
    holds a pronoun or a joint."""
    m = _CHARGE_ANSWERED.search(text, s, e)
    if m is None:
        return None
    words = m.group("subject").split()
    if not words or any(w.lower() in ("it", "they", "he", "she", "we", "and") for w in words):
        return None
    return m.start(), m.start("np")
