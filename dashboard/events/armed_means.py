"""An act told with its weapon is no hazard's harm: "The army carried out air strikes on
villages after the flood".

``cameo.triggers`` drops the harm triggers (CAMEO roots 18-20, §171) of a sentence that names
a natural hazard, since hazards "strike", "hit", "kill" and "destroy" too and CAMEO codes acts
of political actors only. A trigger whose own words name an armed means (an air strike, a
shelling, a missile, gunmen: ``data/lexicon/armed_means.csv``) is an act of an armed actor
whatever hazard the sentence also names (EM-DAT's natural hazards use no weapons; CAMEO
1.1b3 §183, §193-§195 code attacks by their weapon), so it is kept.

Shape::

    armed_means(trigger_text) -> bool
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows


@cache
def _pattern() -> re.Pattern[str]:
    """The words of ``armed_means.csv`` as one whole-word pattern, longest first."""
    words = sorted((r["word"] for r in sourced_rows("armed_means.csv", "word")), key=len)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def armed_means(trigger_text: str) -> bool:
    """Do a trigger's own words name an armed means ("carried out air strikes on")?"""
    return _pattern().search(trigger_text) is not None
