"""Two acts of one named doer and one code, told in two sentences on days that do not meet,
are two acts, not one act told twice: "Ramaphosa visited Durban on Monday. He met flood
victims in Pinetown on Tuesday" is a visit and a meeting a day later, and "Hours later Noboa
signed a decree … Noboa imposed a state of emergency on Monday" a decree on the day of the
story it continues and an earlier act.

ACE 2005 event coreference (LDC, *ACE English Annotation Guidelines for Events* 5.4.3): two
mentions are of one event only when no attribute of one conflicts with the other's, and the
time is one of an event's attributes. A day each telling gives itself at day precision (or
counts from the story it continues: "hours later", "two days later") is such an attribute;
two such days that do not meet conflict. Readings wider than a day ("this week", "in May")
hold many days and conflict with none, so they are left to the merge's other tests.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import sourced_rows
from dashboard.events.narrative import continued_range
from dashboard.events.retold import _ANOTHER
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange


def told_days_apart(text: str, a: _Draft, b: _Draft) -> bool:
    """Whether ``b``, told in another sentence of ``text`` than the one that opened ``a``,
    is another act than ``a``: it gives itself a day (or a stretch counted from the story it
    continues) that ``a``'s own days do not meet, and it is told as another act: another
    CAMEO leaf ("visited" §042, "met" §040), a cue of another act ("again"), or a day counted
    from another happening ("hours later").

    Both must hold a time of their own: ``a`` day-precision readings only, ``b`` the same or,
    with no reading, a ``later`` phrase counted from a story dated at day precision. Either
    without one never conflicts (an undated retelling is one act told again). One act told
    twice with two days and nothing else apart ("welcomed aboard … on Wednesday", "greeted
    the sailors aboard … on Thursday") stays one, its dates in conflict; so does a stretch
    told by its first day ("began a visit on Tuesday … talks on Wednesday")."""
    if b.sentence == a.sentence:
        return False  # "visited Durban on Monday and Tuesday": one sentence, one telling
    days_a, days_b = _own_days(a), _own_days(b)
    if not days_a or not days_b or _begun(text, a) or _begun(text, b):
        return False
    if not all(x.end < y.start or y.end < x.start for x in days_a for y in days_b):
        return False
    return (
        (a.trigger.full or a.trigger.code) != (b.trigger.full or b.trigger.code)
        or a.later is not None
        or b.later is not None
        or any(_ANOTHER.search(text, s, e) for s, e in b.evidence)
    )


# the verb right before an event noun, up to a determiner and two modifiers ("began a
# three-day visit"): the noun's act is a stretch told by its first day
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}$")


@cache
def _inception_verbs() -> frozenset[str]:
    """The lemmas of ``data/lexicon/inception_verbs.csv``. Raises ``ValueError`` for a row
    without its verb or source."""
    return frozenset(r["verb"] for r in sourced_rows("inception_verbs.csv", "verb"))


def _begun(text: str, d: _Draft) -> bool:
    """Whether ``d``'s trigger is the object of a verb of beginning ("began a visit")."""
    s = d.evidence[0][0] if d.evidence else max(0, d.trigger.start - 40)
    m = _VERB_BEFORE.search(text, max(s, d.trigger.start - 60), d.trigger.start)
    forms = verb_forms(m.group(1)) if m is not None else None
    return forms is not None and forms[0] in _inception_verbs()


def _own_days(d: _Draft) -> list[DateRange]:
    """The days ``d`` gives itself: its readings when each is one day, else the range its
    ``later`` phrase counts from a story read at one day; an empty list for none."""
    if d.readings:
        ranges = [r for r, _ in d.readings]
        return ranges if all(r.precision == 1 for r in ranges) else []
    if d.later is None:
        return []
    story, sentence, phrase, future = d.later
    base = {r for r, _ in story.readings}
    if len(base) != 1 or next(iter(base)).precision != 1:
        return []  # a story dated twice or wider than a day: no one day to count from
    return [continued_range(next(iter(base)), sentence, phrase, None, future=future)]
