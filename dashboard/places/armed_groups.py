"""An armed group named after a town: "a Fano commander", "Fano fighters" name the Amhara
militia, not Fano in Italy. A town's name right before a word for a group's members or
leaders is the group's, when the town is small (under 200,000 people, as the events' rule
for "Fano fighters" has it) and the text names nothing else in the town's country, by name
or adjective: "Idlib rebels" in news naming Syria stay at Idlib."""

from __future__ import annotations

import re

from dashboard.model import Mention

# the members and leaders of an armed group
_GROUP_AFTER = re.compile(
    r" (?:commanders?|fighters|militias?|militiam[ae]n|militants|insurgents|rebels)\b"
)
SMALL_TOWN = 200_000  # people; a city larger than this names its own militias' base


def group_names(text: str, mentions: list[Mention], demonym_countries: set[str]) -> list[Mention]:
    """``mentions`` without the towns that only name an armed group (see the module)."""
    drop = []
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or not text.startswith(" ", m.end):
            continue
        if p.population >= SMALL_TOWN or _GROUP_AFTER.match(text, m.end) is None:
            continue
        code = p.country_code
        if code in demonym_countries:
            continue
        if any(
            j != k and (q := o.place) is not None and q.country_code == code
            for j, o in enumerate(mentions)
        ):
            continue  # the text names the town's country otherwise: "Idlib rebels" in Syria
        drop.append(k)
    if not drop:
        return mentions
    return [m for k, m in enumerate(mentions) if k not in drop]
