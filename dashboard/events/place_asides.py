"""Places in a clause that are not the act's: what a protest is against ("marched to protest
against a planned dam upstream in Laos" was drawn in Laos), and a circumstance told by a
"with" absolute clause after the act ("killed 45 people in Sindh province, with temperatures
reaching 50 degrees in Jacobabad" was drawn at Jacobabad).
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


# ", with temperatures reaching …", ", with shops staying shut …": an absolute clause
# augmented by "with" (Quirk et al. 1985 §15.60), its own subject and an -ing verb
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:[\w-]+\s+){1,4}?[a-z]+ing\b")


def outside_absolute(
    text: str, trigger_start: int, clause: tuple[int, int], options: list[Mention]
) -> list[Mention]:
    """``options`` less the places inside a "with" absolute clause after the trigger, when
    some place is left before it: the absolute tells a circumstance with a subject of its
    own ("with temperatures reaching 50 degrees in Jacobabad"), not where the act was; the
    act's own place is the one its clause named (ACLED: the most specific place the report
    gives for the event itself). Alone, the absolute's place is kept."""
    absolute = _WITH_ABSOLUTE.search(text, trigger_start, clause[1])
    if absolute is None:
        return options
    kept = [m for m in options if m.start < absolute.start()]
    return kept or options
