"""Whether the target an act of force names is where it struck: not the attacker or a
ship's flag ("Russian missiles", "a Liberia-flagged tanker"), not only the way the weapons
went ("toward the United States"), not a ship or troops abroad ("a US warship"), and not
the neighbour across a border closed or held ("closed the border with Nigeria"). ACLED
codes an attack where it struck; ``placing`` reads these before putting force in its
target's country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.events.actors import armed_nouns, military_told
from dashboard.events.border_cues import BORDER_WITH
from dashboard.events.place_cues import forces_named

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Draft

# what a country's name or demonym qualifies when it names the attacker or the flag, not the
# target: "the largest Russian attack", "Russian missiles", "a Liberia-flagged tanker"
_AGENT_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:attacks?|strikes?|offensive|assault|bombardment|barrage|missiles?|"
    r"drones?|rockets?|forces|troops|jets|warplanes|navy|"
    # "Cambodian military targets", "Syrian army positions": sites struck, not the attacker
    r"(?:army|military)(?!\s+(?:targets?|positions?|sites?|bases?|installations?|facilities|"
    r"posts?|outposts?|infrastructure)\b))\b|[-‐‑](?:flagged|"
    r"registered|owned|operated|made|built)\b",
    re.IGNORECASE,
)
_HEADED_BEFORE = re.compile(r"\b(?:toward|towards|in the direction of)\s+(?:the\s+)?$", re.I)
REACH = 40  # characters back from the target its cue is read in
# an execution is done where the condemned is held, by whoever holds them, not in the
# country of the victim's nationality: "Saudi Arabia executed a Jordanian man" is in Saudi
# Arabia (Merriam-Webster execute v. 3, hang v. 1b, behead: to put to death, a captive's fate)
_CUSTODY_KILLING = re.compile(r"(?:execut|hang|hanged|hung|behead)", re.IGNORECASE)


def custody_killing(d: _Draft, text: str) -> bool:
    """Whether ``d`` is a state's execution ("Iran hanged two men", "Saudi Arabia executed"):
    done where the condemned is held, so in the doer's country when no place is named. Not
    when troops or fighters did it ("Russian troops executed surrendering soldiers"): that
    is a killing in the field, where the victims were (ACLED codes it where it happened)."""
    if d.trigger.code != "18" or _CUSTODY_KILLING.match(d.trigger.text) is None:
        return False
    # who kills in the field, not in custody: a state's force or an armed group named before
    # the verb (``military_subjects.csv``, ``armed_subjects.csv``)
    lo = max(d.clause[0], d.trigger.start - 60)
    told = text[lo : d.trigger.start].lower()
    armed = any(re.search(rf"\b{re.escape(n)}\b", told) for n in armed_nouns())
    return not (armed or military_told(text, lo, d.trigger.start))


def abroad_target(d: _Draft, text: str) -> bool:
    """The target is named as the nationality of a ship, troops, an aircraft or an embassy
    ("fired a missile at a US warship", "attacked its troops"): anywhere, not at home."""
    t = d.target
    return t is not None and t.kind == "country" and forces_named(text, t.end, d.trigger.end)


def struck(d: _Draft, text: str) -> bool:
    """The target names who was struck, not the attacker, a ship's flag or only the way the
    weapons went ("fired missiles toward the United States" says where they were aimed, not
    where they landed), nor the neighbour across a border ("soldiers closed the border with
    Nigeria", CAMEO 1.1b3 §191 impose blockade: a state closes its own side of a border, as
    "Niger closed its border with Nigeria" is Niger's act in Niger)."""
    tgt = d.target
    if tgt is None or custody_killing(d, text):
        return False
    lo = max(0, tgt.start - REACH)
    return (
        _AGENT_AFTER.match(text, tgt.end) is None
        and _HEADED_BEFORE.search(text, lo, tgt.start) is None
        and BORDER_WITH.search(text, lo, tgt.start) is None
    )


def border_closer(d: _Draft, text: str, dateline: str | None) -> str | None:
    """The ISO2 of the side that closed or blocked its border with the target's country
    ("Nigerien soldiers closed the border with Nigeria": Niger), when ``d`` is force (CAMEO
    1.1b3 ch. 19, §191 impose blockade) whose target follows "border with": the source's
    country, or with no source named ("Soldiers closed the border with Nigeria", filed from
    Niamey) the ``dateline``'s, the story's own side; None when that is the neighbour or
    unknown. A state closes the crossings on its own side (ACLED: where the event took
    place), never in the country it shuts out."""
    tgt = d.target
    if d.trigger.code != "19" or tgt is None or not tgt.country_code or tgt.start < 0:
        return None
    if BORDER_WITH.search(text, max(0, tgt.start - REACH), tgt.start) is None:
        return None
    src = d.source.country_code if d.source is not None else None
    side = src or (dateline if d.source is None else None)
    return side if side != tgt.country_code else None
