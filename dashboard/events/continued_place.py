"""Where an act told with no place of its own takes place when it carries on the act the
sentence before it placed: "… closed two offices in the northern town of Zvecan. NATO
peacekeepers patrolled the area." and "A fire swept through a nightclub in Budva … The owner
was arrested on Monday" were drawn at the dateline city (Pristina, Podgorica), a confident
wrong town. ACLED codes a follow-on event to the location of the event it follows when the
report gives no other; a definite noun phrase with no name ("the area", "the owner") refers
to, or is a part of, what was just told (Halliday and Hasan 1976, ch. 2 reference; Clark
1975 bridging), and the dateline is only where the story was filed. A story with no
dateline ("A fire swept through a nightclub in Budva … The owner was arrested on Monday")
refers back the same way; it only lacks the home country that bounds the carrying.
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.lexicon import word_class
from dashboard.model import Mention

# CAMEO 1.1b3's material acts (aid, yielding, protest, force posture, coercion, assault,
# fight, mass violence): done somewhere. Words and meetings are where their speakers are.
_MATERIAL = frozenset({"07", "08", "14", "15", "17", "18", "19", "20"})
# a definite noun phrase with a common noun ("the area", "the owner", "The suspects"), or
# one a third person's possessive makes definite ("his grave", "its compound": Quirk et al.
# 1985 §5.42, a possessive determiner makes its noun phrase definite; the person it takes
# back is one just told)
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+([a-z][a-z-]+)\b")
# a form of "be" before the trigger: a passive, whose subject is what the act was done to
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$")
REACH = 1  # sentences back the act carried on may be told in


def continued_place(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The place of the latest act told in ``d``'s sentence or the one before it, placed by
    its own clause finer than a country and in the dateline's country, when ``d`` is a
    material act (``_MATERIAL``, or a hazard) whose sentence names no place and refers back
    by a definite noun phrase; else (None, ""). With a dateline, an act in another country
    than the dateline's is left to the caller: a story may move on across a border; with
    none, the act just told bounds it alone."""
    code = d.trigger.full or d.trigger.code
    if not (code[:2] in _MATERIAL or code.startswith("DIS-")):
        return None, ""
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if dl is not None and home is None:
        return None, ""
    s, e = d.evidence[0]
    text = ctx.analysis.text
    if not _given_participant(text, max(s, ctx.analysis.dateline_end), e, d):
        return None, ""
    if any(m.start >= ctx.analysis.dateline_end for m in ctx.mentions.within(s, e)):
        return None, ""  # a place of its own, even one set aside as no place of the act
    for prior in reversed(ctx.drafts):
        if prior is d or prior.sentence > d.sentence or d.sentence - prior.sentence > REACH:
            continue
        if prior.sentence == d.sentence and prior.trigger.start > d.trigger.start:
            continue
        loc = prior.location
        place = loc.place if loc is not None else None
        if loc is None or place is None or place.kind == "country":
            continue
        if (home and place.country_code != home) or loc.start < ctx.analysis.dateline_end:
            return None, ""
        if dl is not None and dl.place is not None and place.id == dl.place.id:
            return None, ""  # the dateline city itself: the caller's fallback says so
        why = f"no place named: it carries on the act told before it, at {place.name}"
        return loc, why
    return None, ""


def _given_participant(text: str, lo: int, hi: int, d: _Draft) -> bool:
    """Whether the sentence (``lo``-``hi``) refers back to a participant or place of the act
    by a definite noun phrase of ``classes.csv`` TOLD_PART: after the trigger ("patrolled
    the area"), or as the subject of a passive trigger ("The owner was arrested"), what the
    act was done to. The definite subject of an active verb ("The army bombed a market") is
    a known side, which says nothing of where it acted (Prince 1981: given information);
    "marched through the streets" names no place told before."""
    parts = word_class("TOLD_PART")
    spans = [(d.trigger.end, hi)]
    if _BE_BEFORE.search(text, max(lo, d.trigger.start - 24), d.trigger.start):
        spans.append((lo, d.trigger.start))
    return any(m.group(1) in parts for a, b in spans for m in _DEFINITE.finditer(text, a, b))
