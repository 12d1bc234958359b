"""Names that hold a place's name but name no place of an act: a road and an organisation.

- A road's proper name ("the Karakoram Highway", "the Mekong Expressway") names the road: the
  region it is called after is no area the act covered (ACLED codes the most specific named
  location, and a highway runs through only part of the region it is named for; GeoNames
  files a road as a feature of its own, class R, not under the region).
- An organisation's proper name ("the Front for the Liberation of Tessaland", "the Movement
  for the Independence of the Isles of Vell") is one name (ACE 2005: the whole name is one ORG
  mention), and a place inside it is no place the text puts anything at.
"""

from __future__ import annotations

import re

from dashboard.model import Mention

# a road's head noun, capitalised as part of its proper name (AP style: "Pacific Coast Highway")
_ROAD_AFTER = re.compile(r"\s+(?:Highway|Expressway|Motorway|Freeway|Turnpike|Railway)\b")
# an organisation's head, then "for/of the X of" chains of capitalised words up to the name
_BODY_BEFORE = re.compile(
    r"\b(?:Front|Movement|Army|Council|Union|Party|Alliance|Organi[sz]ation|Committee|"
    r"Coalition|League|Congress)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,4}$"
)
_BODY_REACH = 80  # characters back from the name to the organisation's head


def road_named_for(text: str, m: Mention) -> bool:
    """Whether ``m``, an area (no town or country), is the first word of a road's proper name
    ("a stretch of the Karakoram Highway"): the road, not the region."""
    return (
        m.place is not None
        and m.place.kind not in ("city", "country")
        and _ROAD_AFTER.match(text, m.end) is not None
    )


def in_body_name(text: str, m: Mention) -> bool:
    """Whether ``m`` ends an organisation's proper name ("fighters of the Front for the
    Liberation of the Enclave of Tessaland")."""
    return _BODY_BEFORE.search(text, max(0, m.start - _BODY_REACH), m.start) is not None
