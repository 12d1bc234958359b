"""Where a meeting with no place of its own was held when the story has just told a summit:
"Leaders gathered for a summit in Kazan on Tuesday. The Indian prime minister met the Chinese
president on Wednesday" is a meeting at that summit, in its city, not in the host's or a
party's country (ACLED codes the most specific place the report supports; a summit's
sideline talks are held where it is). A meeting still ahead, or told days away from the
summit, is left to the other rules. Also: an international body's members' people at a
summit filed from the dateline (``summit_at_dateline``), and the sanctions such a summit
decides on a country, whose target that country is (``summit_sanctions_target``).
"""

from __future__ import annotations

import re

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.lexicon import word_class
from dashboard.model import Mention

SUMMIT_REACH = 3  # sentences back the summit may have been told
SUMMIT_DAYS = 3  # days apart the two may be read (a summit lasts days, not weeks)
# a gathering of many parties: the event the story told it by
_GATHERING = re.compile(
    r"\b(?:summit|conference|forum|congress|assembly|gathering|ministerial)\b", re.IGNORECASE
)
# a meeting by its verb or noun, whatever root the coder gave it
_MEETING = re.compile(r"\b(?:met|meet|meets|meeting|talks|held\s+talks)\b", re.IGNORECASE)
_FINER = frozenset({"city", "admin2"})


def _meets(d: _Draft) -> bool:
    code = d.trigger.full or d.trigger.code
    return code.startswith("04") or _MEETING.search(d.trigger.text) is not None


def summit_venue(d: _Draft, text: str, drafts: list[_Draft]) -> tuple[Mention | None, str]:
    """The place of the summit told within SUMMIT_REACH sentences before ``d``, a meeting
    with no place of its own read within SUMMIT_DAYS days of it; else (None, "")."""
    if d.planned or not _meets(d):
        return None, ""
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > SUMMIT_REACH:
            continue
        place = e.location.place if e.location else None
        if place is None or place.kind not in _FINER or e.planned:
            continue
        if not _GATHERING.search(text, *e.evidence[0]):
            continue
        if d.readings and e.readings:
            apart = abs((d.readings[0][0].start - e.readings[0][0].start).days)
            if apart > SUMMIT_DAYS:
                continue
        why = f"no place named: a meeting beside the summit told before, in {place.name}"
        return e.location, why
    return None, ""


def summit_at_dateline(end: int, d: _Draft, text: str, ctx: _Context) -> bool:
    """Whether the body named up to offset ``end`` is followed by its members' people
    (``classes.csv`` row SUMMIT_PEOPLE) and the clause names no place of the dateline's
    country after the dateline."""
    following = text[end : end + 40].lower().replace("-", " ").split()
    people = word_class("SUMMIT_PEOPLE")
    if not any(w.rstrip(".,;:'s") in people for w in following[:3]):
        return False
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    lo, hi = d.clause
    return (
        home is not None
        and not any(
            m.place is not None and m.place.country_code == home and lo <= m.start < hi
            for m in ctx.analysis.mentions
            if m.start >= ctx.analysis.dateline_end
        )
        and not any(
            c.code == home and lo <= c.start < hi
            for c in ctx.analysis.countries
            if c.start >= ctx.analysis.dateline_end
        )
    )


def summit_sanctions_target(d: _Draft, text: str, ctx: _Context) -> bool:
    """A reduction of relations (CAMEO 1.1b3 §16: sanctions, an aid cut, ties cut) that an
    international body's members' people decided ("EU foreign ministers agreed to extend
    sanctions on Russia"), whose only place is the country it is done to: that country is
    its target, not where the decision was taken; the summit files from the dateline
    (``summit_at_dateline``), so that is its place. A §16 act of a state ("Washington
    imposed sanctions on Russia") or of an unnamed body keeps its place."""
    loc, tgt, src = d.location, d.target, d.source
    code = d.trigger.full or d.trigger.code
    return (
        code[:2] == "16"
        and loc is not None
        and tgt is not None
        and loc.start == tgt.start
        and src is not None
        and src.kind == "organisation"
        and summit_at_dateline(src.end, d, text, ctx)
    )
