"""Where a force sent toward a place stands: "China sent 32 military aircraft and nine navy
ships toward Taiwan" is a show of force off Taiwan, not in China. CAMEO 1.1b3 ch. 15
(exhibit force posture, §154 mobilise or increase armed forces) codes the posture; ACLED
codes an event where it took place, and a force moved toward a place is at its approaches:
near a town (geo precision 2), or in the country it was sent at (3). ``placing`` reads it
when the clause names no place of its own.

And where a launch aimed at a town lands: "The Houthis fired a ballistic missile toward
Eilat" is an attack on Eilat (ACLED codes an attack where it was aimed and struck, an
interception included), not in the launcher's country nor where whoever reports it sits.
``clause_drafts`` reads it when ``where.locate`` finds no place in the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.events.lexicon import word_class
from dashboard.model import Mention

Span = tuple[int, int]

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_MOBILISE = "154"  # CAMEO 1.1b3 §154, mobilise or increase armed forces (deploy, send)
_TOWARD = re.compile(r"\b(?:toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
REACH = 20  # characters back from a name its "toward" is read in


def sent_toward(d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The place a force (CAMEO §154, mobilise or increase armed forces) was sent or moved toward, after its trigger
    in its clause ("sent ships toward Taiwan", "moved troops towards Kharkiv"), at geo
    precision 2 or coarser, with its reason; None when the clause names none, or only the
    source's own country (a force moved toward home is within it, told elsewhere)."""
    if not (d.trigger.full or "").startswith(_MOBILISE):
        return None  # a missile fired "toward the East Sea" is a launch: its path, not its place
    text = ctx.analysis.text
    own = d.source.country_code if d.source is not None else None
    for m in ctx.mentions.within(d.trigger.end, d.clause[1]):
        if m.place is None or m.place.lat is None or m.place.country_code == own:
            continue
        if _TOWARD.search(text, max(0, m.start - REACH), m.start) is None:
            continue
        place = replace(m.place, geo_precision=max(2, m.place.geo_precision))
        why = f"no place named; a force sent toward {m.text} stands at its approaches"
        return replace(m, place=place, reason=why), why
    return None


# CAMEO 1.1b3 §190 (use conventional military force), §194 (fight with artillery and tanks),
# §195 (employ aerial weapons): what is fired or launched at a place. A test launch or a
# show of force (ch. 15: "fired a missile toward the East Sea") is not aimed at a target
_LAUNCH = ("190", "194", "195")
# what a launch may be aimed at and still be placed there: finer than a country, on land
_NOT_AIMED_KINDS = frozenset({"country", "sea"})


def launched_toward(
    text: str,
    code: str,
    trigger: Span,
    clause: Span,
    mentions: list[Mention],
    attacker: str | None,
) -> tuple[Mention, str] | None:
    """The town or area a launch (CAMEO ``code`` §190, §194, §195) was fired toward after
    its ``trigger`` (start, end) in its ``clause`` ("fired a ballistic missile toward Eilat",
    "launched drones towards Odesa"), a weapon named between (``classes.csv`` ARMS and
    LAUNCHED: "families fled toward Pasto" after a killing is no launch's), at geo precision 2 or coarser (aimed there: it may have come down or
    been intercepted short of it), with its reason; None for a country or a sea ("toward
    Japan", "toward the Red Sea": the path of the launch), a place in the ``attacker``'s own
    country (ISO2 of CAMEO's source), or no "toward" at all."""
    if not code.startswith(_LAUNCH):
        return None
    for m in mentions:
        if not trigger[1] <= m.start < clause[1] or m.place is None or m.place.lat is None:
            continue
        if m.place.kind in _NOT_AIMED_KINDS or m.place.country_code in (None, attacker):
            continue
        cue = _TOWARD.search(text, max(0, m.start - REACH), m.start)
        if cue is None or not _weapon_between(text, trigger[0], cue.start()):
            continue
        place = replace(m.place, geo_precision=max(2, m.place.geo_precision))
        why = (
            f"'toward {m.text}': a launch is placed where it was aimed "
            f"(geo precision {place.geo_precision})"
        )
        return replace(m, place=place, reason=why), why
    return None


def _weapon_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a weapon fired, in one clause: a word of the
    ``classes.csv`` rows ARMS or LAUNCHED ("missile", "drones", "artillery"), a plural's
    "s" or "es" aside, and no ";" or ", and" opening another clause between."""
    stretch = text[start:end]
    if ";" in stretch or ", and " in stretch:
        return False
    weapons = word_class("ARMS") | word_class("LAUNCHED")
    words = re.findall(r"[a-z]+", stretch.lower())
    return any(w in weapons or w[:-1] in weapons or w[:-2] in weapons for w in words)
