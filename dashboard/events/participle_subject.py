"""The understood subject of a participle clause after a comma.

"Niger's junta ordered three diplomats from the Economic Community of West African States to
leave, accusing the regional bloc of plotting": the supplementive clause ", accusing …" has
no subject of its own, and its understood subject is the main clause's (Quirk et al. 1985
§15.58, the attachment rule), so the one who accuses is Niger, not the organisation named
last before the comma (which the nearest-actor reading took as the source).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.actors import Actor
from dashboard.events.tokens import verb_forms

# a comma, then the participle that opens the clause ("…, accusing")
_AFTER_COMMA = re.compile(r",\s+$")
# the subject's people ("Niger's military government") and then its past verb ("ordered")
_MAIN_VERB = re.compile(r"(?:['’]s?)?(?:\s+[a-z][a-z-]*){0,3}?\s+[a-z]+ed\b")
# a clause mark between the subject and the comma: the participle may be another clause's
_NO_CLAUSE = re.compile(r"[.;:!?]|\b(?:said|says|which|who|that|after|before|when|as)\b")


def supplement_subject(text: str, wider: Sequence[Actor], trigger_start: int) -> Actor | None:
    """The main clause's subject for a trigger that opens a participle clause after a comma
    (", accusing the bloc"), or None: the first actor before the trigger, standing right
    before a lowercase run that ends in the main verb's word ("Niger's military government
    ordered"), with no clause mark (a full stop, "said", a relative) between it and the
    comma. "Police fired tear gas, wounding two" keeps its reading (the same subject)."""
    head = text[trigger_start:].split(maxsplit=1)
    if not head or not _AFTER_COMMA.search(text, max(0, trigger_start - 3), trigger_start):
        return None
    forms = verb_forms(head[0].lower().strip(".,;:"))
    if forms is None or "VBG" not in forms[1] or not head[0].lower().endswith("ing"):
        return None
    firsts = sorted((a for a in wider if a.start < trigger_start), key=lambda a: a.start)
    if not firsts:
        return None
    first = firsts[0]
    rest = text[first.end : trigger_start]
    if _MAIN_VERB.match(rest) is None or _NO_CLAUSE.search(rest):
        return None
    return first
