"""A warning given by a show of force ("China warned Taiwan with war games around the
island", "warned the West by holding nuclear drills"): the drills are the act, done, and the
warning is their message.

CAMEO 1.1b3 codes the act a report tells, not its motive: §15 (exhibit force posture) holds
"military drills and exercises" staged to intimidate, and §138 (threaten with military
force) is a verbal threat of force still to come. "Warn X with Y" and "warn X by doing Y"
name the means of the warning (Merriam-Webster *with* 3a: "used as a function word to
indicate the means, cause, agent, or instrument"; *by* 3a, "through the means of"): Y was
done, so the report is of the show of force. "Warned Taiwan that it would hold drills",
"warned of drills", "threatened Taiwan with drills" (Merriam-Webster *threaten*: "to utter
threats against", the drills threatened) and "warned with threats of drills" stay threats.
"""

from __future__ import annotations

import re

from dashboard.events.trigger import Trigger

# the warning's own verb (cameo.csv §130 row "threaten|warn|menace": only "warn" takes a
# means with "with"; "threaten X with Y" threatens Y)
_WARN = re.compile(r"warn(?:s|ed|ing)?$", re.IGNORECASE)
# what a warning's object and adjuncts hold before the means, then "with"/"by" and at most
# four modifiers of the means' noun ("with large drills", "with a nuclear weapons exercise");
# a complement clause, a modal or a pronoun subject opens a threat's content instead
# ("warned that it would respond with drills"), and a noun of threat names what is threatened
_STOP = r"that|to|of|if|unless|would|will|could|might|may|should|it|they|he|she|we|against"
_MEANS = re.compile(
    rf"\s+(?:(?!(?:{_STOP})\b)[\w'’.-]+,?\s+){{0,5}}?(?:with|by)\s+"
    rf"(?:(?!(?:{_STOP}|threat\w*|warning\w*|vow\w*|promise\w*)\b)[\w'’-]+\s+){{0,4}}",
    re.IGNORECASE,
)
_THREATEN, _SHOW = "13", "15"


def shown_warning(text: str, gov: Trigger, comp: Trigger, embeds: str, inner: str) -> str | None:
    """The §15 code ``inner`` of ``comp`` when ``gov`` (a "warn" that ``embeds`` a §13
    complement) names it as its means, right after its object ("warned Taiwan on Thursday
    with war games": 150); else None, and the caller reads a threat (§138). ``text`` holds
    both triggers at their offsets.

    >>> s = "China warned Taiwan with war games"
    >>> warn = Trigger("13", 3, 6, 12, "warned", "130")
    >>> games = Trigger("15", 3, 25, 34, "war games", "150")
    >>> shown_warning(s, warn, games, "13", "150")
    '150'
    >>> s = "China warned that it would answer with war games"
    >>> shown_warning(s, warn, Trigger("15", 3, 39, 48, "war games", "150"), "13", "150")
    """
    if embeds != _THREATEN or inner[:2] != _SHOW or not gov.text.split():
        return None
    if _WARN.match(gov.text.split()[0]) is None or comp.start <= gov.end:
        return None
    means = _MEANS.match(text, gov.end, comp.start)
    return inner if means is not None and means.end() == comp.start else None
