"""A river named by its short name after "across the", "along the", "the banks of the".

"Ukrainian troops shelled Russian positions across the Dnipro" names the river (GeoNames
feature class H, stream), not the city of Dnipro 300 km upstream; news names a river so,
by its bare name with the article, after a word of crossing or lying along ("across",
"along", "over", "beyond", "crossed") or a bank, shore or side "of the". The gazetteer holds
the river as a ``regions.csv`` row named "X River" or "River X" (the Dnieper row answers to
"Dnipro River"), so the bare name finds the town first; after those words it is moved to
the river. So is a division's name after "on the" that ends its phrase ("a dam on the Blue
Nile": Sudan's Blue Nile state bears the river's name). A name with no such row keeps its
reading.

So is a name after the lowercase common noun, "the river Niger", "the river Kunar": British
usage puts "river" before the name, and house styles that lowercase it ("the river Thames",
Guardian and Observer style guide, "rivers") still name the river, never the country or town
("the river Niger" is no point in Niger). With no row for it, the name is the river's with no
point, as ``features`` reads "the Kunar river".
"""

from __future__ import annotations

import re

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.told_within import placed_instead

# the words before a river's bare name: crossing it, lying along it, one of its banks
_ALONG = re.compile(
    r"\b(?:across|along|alongside|over|beyond|cross|crossed|crossing|crosses|up|down"
    r"|(?:banks?|shores?|side|sides|mouth|waters) of)\s+the\s+$",
    re.IGNORECASE,
)
_REACH = 24  # characters before a name that ``_ALONG`` may need
# "on the" too: a dam, a bridge or a town lies on a river ("the dam on the Blue Nile"), but a
# division's name after "on the" is as often a noun's modifier ("on the Colorado border"),
# so only where the name ends the phrase: a stop, a comma, or one of these words after it
_ON = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
_ENDS_PHRASE = re.compile(
    r"(?:[.,;:!?)]|$| (?:in|on|at|near|and|or|to|from|by|with|as|for|since|which|that|where|is"
    r"|was|has|had|upstream|downstream|between|below|above)\b)"
)
_NAMESAKES = frozenset({"city", "admin1", "admin2"})
# the lowercase common noun right before the name ("the river Niger"); case-sensitive: a
# capital "River" opens the name itself, which the gazetteer and ``features`` read
_RIVER_WORD = re.compile(r"(?<![\w'’-])river\s+$")
_RIVER_NAMESAKES = _NAMESAKES | {"country"}
_RIVER_REACH = 8  # characters before a name that ``_RIVER_WORD`` may need: "river " and spaces


def _river(name: str, gaz: Gazetteer) -> Place | None:
    """The curated river row "<name> River" or "River <name>", if the gazetteer has one."""
    for form in (f"{name} River", f"River {name}"):
        for p in gaz.lookup(form):
            if p.kind == "region" and p.lat is not None:
                return p
    return None


def _on_river(text: str, m: Mention) -> re.Match[str] | None:
    """The "on the" before ``m`` when the name ends its phrase: "a dam on the Blue Nile."."""
    hit = _ON.search(text, max(0, m.start - 8), m.start)
    if hit is None or _ENDS_PHRASE.match(text, m.end) is None:
        return None
    return hit


def rivers_by_use(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town or division named after "across the" and the like moved
    to the river of its name, where the gazetteer has one (see the module)."""
    if " the " not in text:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if (
            p is not None
            and p.kind in _RIVER_NAMESAKES
            and _RIVER_WORD.search(text, max(0, m.start - _RIVER_REACH), m.start)
        ):
            out = _after_river_word(out, mentions, k, gaz)
            continue
        if p is None or p.kind not in _NAMESAKES:
            continue
        hit = _ALONG.search(text, max(0, m.start - _REACH), m.start) or _on_river(text, m)
        if hit is None:
            continue
        river = _river(m.text, gaz)
        if river is None:
            continue
        why = f"'{hit.group(0).strip()} {m.text}' names the river {river.name}, not {p.name}"
        out = placed_instead(out, mentions, k, river, why)
    return out


def _after_river_word(
    out: list[Mention], mentions: list[Mention], k: int, gaz: Gazetteer
) -> list[Mention]:
    """``out`` with mention ``k``, a name after the lowercase "river", read as that river: its
    row where the gazetteer has one, else the river's name with no point."""
    m = mentions[k]
    p = m.place
    assert p is not None
    river = _river(m.text, gaz)
    if river is not None:
        why = f"'river {m.text}' names the river {river.name}, not {p.name}"
        return placed_instead(out, mentions, k, river, why)
    if out is mentions:
        out = list(mentions)
    why = f"'river {m.text}' names a river, not the {p.kind} {p.name}; the gazetteer has no point for it"
    out[k] = Mention(m.start, m.end, m.text, None, 0.0, why)
    return out
