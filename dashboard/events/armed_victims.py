"""Armed men named as the ones a killing was done to ("Soldiers killed 19 gunmen"): the
victims, not the means of the act (see ``slain_armed_men``)."""

from __future__ import annotations

from dashboard.events.actors import armed_nouns
from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger


def slain_armed_men(p: Parse, t: Trigger) -> bool:
    """Is ``t`` an armed-group noun ("gunmen", ``armed_subjects.csv``) that is the object of
    the killing, not its means? "Soldiers killed 19 gunmen": the gunmen are the ones killed,
    and the act is the soldiers' (CAMEO 1.1b3 §18 codes violence by the irregulars, not
    against them); "were killed by gunmen" names the doer and keeps §180."""
    if t.text.lower() not in armed_nouns():
        return False
    starts = {tok.start: i for i, tok in enumerate(p.tokens)}
    at = starts.get(t.start)
    return at is not None and (at == 0 or p.tokens[at - 1].lower != "by")
