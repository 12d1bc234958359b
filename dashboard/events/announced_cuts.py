"""A reduction of relations made public as decided, not as a threat.

CAMEO 1.1b3 §16 codes a reduction the actor announces as the act (§13 is a threat: a
coercive warning that leaves the target a way out). "The EU announced on Monday it would
suspend aid" is §162 to come. An expulsion (§166) is the expelling state's own decision,
carried out on its own soil: told with any plain verb of saying ("said on Tuesday it would
expel 15 diplomats", "confirmed it would expel two envoys") it is announced, planned, not a
threat. A condition ("would expel them unless …") or a verb of warning ("warned it
would expel") keeps it a threat; those are read before this one (``governing``).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger

_ANNOUNCING = frozenset({"announce"})
# plain verbs of telling; a warning ("warn", "threaten") is no announcement
_TELLING = _ANNOUNCING | frozenset("say state confirm tell".split())
_EXPEL = "166"  # CAMEO 1.1b3 §166 expel or withdraw


def announced_cut(p: Parse, gov: Trigger, code: str) -> bool:
    """Is the §16 act ``gov`` (full code ``code``) told after a verb that made it public as
    decided: "announced" for any reduction, any plain verb of telling for an
    expulsion ("said it would expel")? ``p.passing`` holds the verbs that passed it on."""
    verbs = _TELLING if code[:3] == _EXPEL else _ANNOUNCING
    return any(p.tokens[i].keys & verbs and p.tokens[i].start < gov.start for i in p.passing)
