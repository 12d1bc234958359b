"""A date told between a plan and its infinitive after a past verb ("announced plans on
Monday to close the mine") dates the announcing, not the plan: the planned act is undated.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

# a plan noun right before the date, and the plan's infinitive right after it
_PLAN_BEFORE = re.compile(r"\b(?:plans?|proposals?|intention|decision|bid)\s+$")
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]+\b")
# the plan noun, a date phrase opened by its usual words, and "to" right before the act
_PLAN_GAP = re.compile(
    r"\b(?:plans?|proposals?|intention|decision|bid)\s+(?:on|last|this|earlier|late|in)\s+"
    r"(?:[\w'’-]+\s+){0,3}?to\s+$"
)
_REACH = 3  # the verb, then at most two determiners or adjectives ("unveiled its new plans")


def announced_plan_date(text: str, start: int, end: int) -> bool:
    """Whether the date phrase ``text[start:end]`` stands between a plan a past verb tells
    and the plan's infinitive ("announced plans on Monday to close the mine" -> True;
    "plans to close the mine on Monday", "will unveil plans on Monday to close" -> False):
    the phrase modifies the past verb, the announcing (TimeML: a TIMEX3 anchors the event
    it modifies; Quirk et al. 1985 §8.20, an adjunct after the verb's object), so the
    planned act has no date of its own and is dated as an undated plan is."""
    plan = _PLAN_BEFORE.search(text, max(0, start - 20), start)
    if plan is None or _INFINITIVE_AFTER.match(text, end) is None:
        return False
    return _past_verb_before(text, plan.start())


def plan_across_date(text: str, s: int, trigger_start: int) -> bool:
    """Whether the act at ``trigger_start`` is the infinitive of a plan a past verb told with
    a date phrase between ("announced plans on Monday to close" -> True, for "close"): the
    act is still planned, as "plans to close" says (``s``: the sentence's start)."""
    gap = _PLAN_GAP.search(text, max(s, trigger_start - 60), trigger_start)
    return gap is not None and _past_verb_before(text, gap.start())


def _past_verb_before(text: str, at: int) -> bool:
    """Whether the first verb form in the few words before ``at`` is a past one."""
    for word in reversed(text[max(0, at - 40) : at].split()[-_REACH:]):
        forms = verb_forms(word.lower())
        if forms is not None:  # the first verb form leftwards decides: "will unveil" is none
            return "VBD" in forms[1] and word.islower()
    return False
