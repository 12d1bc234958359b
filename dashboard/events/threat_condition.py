"""The target of a conditional threat: the actor its condition names.

"Qatar would cut gas exports to Europe if the EU imposed sanctions": the threat's price is
the EU's act, so the EU is the one threatened. CAMEO 1.1b3 §13 (threaten) codes the actor
threatened as the target, and a conditional threat is made to deter the act its condition
names (Schelling 1966, *Arms and Influence*, ch. 2: a threat is conditional on the other's
behaviour); the condition's subject is that other (Quirk et al. 1985 §15.33-15.35 on "if"
and "unless" clauses of direct condition).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dashboard.events.actors import Actor
from dashboard.events.drafts import _Draft
from dashboard.events.sides import capital_country
from dashboard.model import Mention

# a clause of direct condition, to the next comma or the sentence's end
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;]*", re.IGNORECASE)


def condition_target(
    d: _Draft,
    text: str,
    countries: Sequence[tuple[int, int, str, str]] = (),
    mentions: Sequence[Mention] = (),
) -> _Draft:
    """``d`` with the first actor of its sentence's "if"/"unless" clause as its target, when
    ``d`` is a threat (§13) with a source and no target, or a target named only as a partner
    in the threatened act ("with Russia"), and that actor is not the source; otherwise
    ``d`` unchanged."""
    t = d.trigger
    if not (t.full or t.code).startswith("13") or d.source is None:
        return d
    if d.target is not None and not _PARTNER.search(
        text, max(0, d.target.start - 12), d.target.start
    ):
        return d
    lo, hi = d.evidence[0]
    for cond in _CONDITION.finditer(text, lo, hi):
        # the sentence's countries too (capitals standing for them: "unless Washington
        # halts"), as (start, end, ISO2, name); an actor the draft kept comes first
        named = [
            *d.actors,
            *(Actor(n, "country", c, cs, ce) for cs, ce, c, n in countries),
            *_capital_subject(text, cond.start(), mentions),
        ]
        inside = [
            a
            for a in named
            if cond.start() <= a.start < cond.end()
            and a.name != d.source.name
            and a.country_code != d.source.country_code
        ]
        if inside:
            return replace(d, target=min(inside, key=lambda a: a.start))
    return d


def _capital_subject(text: str, at: int, mentions: Sequence[Mention]) -> list[Actor]:
    """A capital right after the "if"/"unless" at ``at`` ("unless Washington halts"): the
    condition's subject, a government (a metonym), as its country's actor."""
    out = []
    for m in mentions:
        code = capital_country(m)
        if code is not None and _OPENS.fullmatch(text, at, m.start):
            out.append(Actor(m.text, "country", code, m.start, m.end))
    return out


_OPENS = re.compile(r"(?:if|unless)\s+", re.IGNORECASE)


# "will hold joint patrols with Russia … unless Washington halts": a partner in the act
# threatened is no one threatened (the threat is made to the condition's subject)
_PARTNER = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)


def conditional_threat(d: _Draft, text: str, start: int, end: int) -> bool:
    """Is ``d`` a threat (§13…) by a named side (its source), told with a clause of direct
    condition in its sentence ``text[start:end]`` ("Israel will strike the sites if Tehran
    enriches further")? Such a threat is made when told: its future is the act it threatens,
    which the condition may never bring (Schelling 1966, ch. 2), so the threat is no planned
    act (CAMEO 1.1b3 §13 codes the threat, an act of saying, not the attack). A hedge ("if
    any") or a condition on the speaker's own act ("if we continue") sets no terms."""
    t = d.trigger
    if not (t.full or t.code).startswith("13") or d.source is None:
        return False
    if _SHOULD_OPEN.match(text, start) is not None:
        return True  # "Should talks fail, Turkey will launch…": the inverted open condition
    return any(_HEDGE.match(text, m.start()) is None for m in _CONDITION.finditer(text, start, end))


# an open condition put by inversion at the sentence's head (Quirk et al. 1985 §15.36)
_SHOULD_OPEN = re.compile(r"\s*Should\s+[^,;?]+,")


# "if any", "if ever", "if we continue": no terms set to another
_HEDGE = re.compile(r"if\s+(?:any|ever|so|not|we|I)\b", re.IGNORECASE)
