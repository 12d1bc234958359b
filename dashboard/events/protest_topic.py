"""What a protest is against is no place of it: "marched to protest against a planned dam
upstream in Laos" was drawn in Laos, the country the villagers protested against.
"""

from __future__ import annotations

import re

from dashboard.model import Mention

PROTEST = "14"  # CAMEO 1.1b3 ch. 14, protest
# what a protest is against ("marched to protest against a dam in Laos", "rallied over the
# war in Ukraine"): its aim, not where the crowd stood (ACLED codes a demonstration where it
# took place; its issue is a note); not "over the weekend" (time) nor "about 200" (a number)
_PROTEST_TOPIC = re.compile(
    r"\b(?:against|over(?!\s+(?:the\s+)?(?:weekend|week|past|last|next|night|years?|months?|"
    r"days?|hours?)\b)|about(?!\s+\d))\s+[^,;.]*?$",
    re.IGNORECASE,
)


def protest_topic_country(text: str, after: int, m: Mention) -> bool:
    """``m`` is a country inside the noun phrase a protest is against, over or about, with no
    comma and no other preposition of place opening a second phrase between them ("to
    protest against a planned dam upstream in Laos"); a town there may be where the crowd
    stood too ("protested against the reform in Lyon"), so only a country is set aside."""
    if m.place is None or m.place.kind != "country":
        return False
    cue = _PROTEST_TOPIC.search(text, after, m.start)
    if cue is None:
        return False
    between = text[cue.end() - len(cue.group(0)) : m.start]
    return len(re.findall(r"\b(?:in|at|near|outside)\b", between)) <= 1
