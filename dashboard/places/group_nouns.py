"""A name before a plural noun for countries names a group of countries, not a division.

"Gulf states", "Gulf Arab monarchies": news names the countries round a sea or a region
by that feature's short name and a plural noun for states (Merriam-Webster, "Gulf States":
the states bordering the Persian Gulf; in US usage those bordering the Gulf of Mexico).
The recogniser finds the short name, which may also be a first-level division's own name
(Papua New Guinea's Gulf province): a group of countries is no point, so the name is no
mention there. Only a division or town of a country the text names nowhere else gives way:
"the Kachin and Shan states" in a Myanmar story are Myanmar's two states, and a name the
text resolves to a country, region or sea ("Sahel states", "the Gulf states" read at the
sea) keeps its place.
"""

from __future__ import annotations

import re

from dashboard.model import Mention

_GIVES_WAY = frozenset({"admin1", "admin2", "city"})
# the plural nouns for a group of countries, and a demonym between ("Gulf Arab states")
_GROUP_AFTER = re.compile(
    r" (?:Arab )?(?:states|countries|nations|monarchies|kingdoms|emirates|neighbou?rs|"
    r"rulers|allies|capitals|governments|security)\b"
)


def without_group_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less a division's or town's name that names a group of countries with
    the plural noun after it (see the module)."""
    drop = set()
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind not in _GIVES_WAY or not _GROUP_AFTER.match(text, m.end):
            continue
        others = {
            o.place.country_code for j, o in enumerate(mentions) if j != k and o.place is not None
        }
        if p.country_code not in others:
            drop.add(k)
    if not drop:
        return mentions  # the common case
    return [m for k, m in enumerate(mentions) if k not in drop]
