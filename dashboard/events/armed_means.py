"""An act told with its weapon is no hazard's harm: "The army carried out air strikes on
villages after the flood".

``cameo.triggers`` drops the harm triggers (CAMEO roots 18-20, §171) of a sentence that names
a natural hazard, since hazards "strike", "hit", "kill" and "destroy" too and CAMEO codes acts
of political actors only. A trigger whose own words name an armed means (an air strike, a
shelling, a missile, gunmen: ``means`` rows of ``data/lexicon/armed_means.csv``) is an act of
an armed actor (EM-DAT's natural hazards use no weapons; CAMEO 1.1b3 §183, §193-§195 code
attacks by their weapon), when every hazard word of the sentence stands in a phrase of time
or circumstance ("after the flood", "amid the storm": ``time`` rows), which tells when the act
came, not who did it. A hazard word elsewhere ("a torrent of bombings", "the storm's missiles")
leaves the trigger to the hazard rule.

Shape::

    hazard_harm(text, trigger, hazards, roots) -> bool   # dropped as the hazard's harm
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.trigger import Trigger

_REACH = 3  # words back from a hazard word to its preposition ("after the devastating flood")


@cache
def _words(role: str) -> tuple[str, ...]:
    """The ``word`` cells of ``armed_means.csv`` whose ``role`` is ``role``, longest first."""
    rows = sourced_rows("armed_means.csv", "word", "role")
    return tuple(sorted((r["word"] for r in rows if r["role"] == role), key=len, reverse=True))


@cache
def _means() -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("means"))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@cache
def _timed() -> re.Pattern[str]:
    """A preposition of time, then at most ``_REACH`` - 1 words, up to the hazard word."""
    alternation = "|".join(map(re.escape, _words("time")))
    return re.compile(rf"\b(?:{alternation})\s+(?:[\w'’-]+\s+){{0,{_REACH - 1}}}$", re.I)


def armed_beside_hazard(text: str, trigger_text: str, hazards: list[int]) -> bool:
    """Do a trigger's own words name an armed means ("carried out air strikes on") and every
    hazard word (offsets into ``text``) stand after a preposition of time ("after the flood")?"""
    if _means().search(trigger_text) is None:
        return False
    return all(_timed().search(text, max(0, h - 60), h) is not None for h in hazards)


@cache
def _set_by() -> re.Pattern[str]:
    """The hazard word, at most three words, a cause opener, at most three words, a means."""
    opener = "|".join(map(re.escape, _words("cause")))
    means = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _words("means"))
    return re.compile(
        rf"[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+(?:{opener})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{means})\b",
        re.IGNORECASE,
    )


def set_by_attack(text: str, hazards: list[int]) -> bool:
    """Is every hazard word (offsets into ``text``) followed, within its clause, by an
    "after" or "when" clause naming an armed means ("killed in the blaze after gunmen stormed
    the hotel")? Then the fire is the attack's harm, no hazard's (``cause`` rows)."""
    return bool(hazards) and all(_set_by().match(text, h) is not None for h in hazards)


def hazard_harm(text: str, t: Trigger, hazards: list[int], roots: tuple[str, ...]) -> bool:
    """Is ``t``, of a harm code (``roots``) in a sentence naming a hazard at ``hazards``, the
    hazard's harm, and so no act: True unless ``armed_beside_hazard`` or ``set_by_attack``."""
    code = t.full or t.code
    return (
        code.startswith(roots)
        and not armed_beside_hazard(text, t.text, hazards)
        and not set_by_attack(text, hazards)
    )
