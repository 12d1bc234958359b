"""A branch of the Islamic State named as a "province": "IS Sahel Province", "the Sinai
Province of the Islamic State".

The group styles each branch a province (wilayah) after the area it claims, so the
branch's name holds a place name that the resolver reads as the first-level division of
that name: "IS Sahel Province" became Burkina Faso's Sahel region, "ISIS's Sinai Province"
an Ecuadorian province, "Islamic State's Mozambique Province" Nampula. The branch is an
actor, not a place: ACLED codes the group as an actor and takes the event's place from
elsewhere in the report (ACLED Codebook, "actors"). ``armed_group_names.csv`` lists the
branches' full names; this module reads the shape of the name instead, so a spelling the list
lacks ("Islamic State's Sahel Province", "IS Sahel Province", "the X Province of ISIS") names
no place either. The group's names are rows of ``data/gazetteer/province_groups.csv``.

"Islamic State-held Raqqa Province" stays: a word joined to the group's name ("-held") makes
it a modifier of the province, which is the Syrian division.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced

# up to three capitalised words between the group's name and "Province": "West Africa"
_WORDS = r"(?:[A-Z][\w'’.-]*\s+){1,3}"


@lru_cache(maxsize=1)
def _group() -> str:
    """The group's names (``province_groups.csv``), longest first, as one alternation."""
    rows = read_sourced(data_dir() / "gazetteer" / "province_groups.csv", "name")
    names = sorted((r["name"] for r in rows), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


@lru_cache(maxsize=1)
def _branch_names() -> re.Pattern[str]:
    """A branch's name: the group's name (its possessive, or "group's") before capitalised
    words and "Province", or "X Province of (the) <group>" after. Case-sensitive: the names
    are proper nouns ("IS", never "is")."""
    group = _group()
    before = rf"(?<![\w'’-])(?:the\s+)?(?:{group})(?:['’]s|\s+group['’]s)?\s+{_WORDS}Province\b"
    after = rf"(?<![\w'’-]){_WORDS}Province\s+of\s+(?:the\s+)?(?:{group})(?![\w'’-])"
    return re.compile(rf"{before}|{after}")


def within_branch_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside the name of an Islamic State branch styled a
    province (see the module).

    >>> from dashboard.model import Mention
    >>> text = "IS Sahel Province attacked a convoy."
    >>> within_branch_names(text, [Mention(3, 17, "Sahel Province", None, 0.0, "")])
    []
    """
    if not mentions or "Province" not in text:
        return mentions  # the common case: no branch named so
    spans = [g.span() for g in _branch_names().finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
