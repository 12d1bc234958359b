"""The means of an attack a report tells: explosives or firearms, from its code and its clause.

CAMEO 1.1b3 sorts violence by means below its roots: §183 bombing (suicide, car, roadside:
1831-1833), §193 small arms and light weapons, §194 artillery and tanks, §195 aerial weapons
(1951 precision-guided, 1952 drones). ACLED's event types cut the same way (Codebook 2023,
section 2): "Explosions/Remote violence" holds bombs, IEDs, grenades, shelling and air or
drone strikes, while a shooting is a "Battle" or an "Attack". The merge already takes the
three roots of violence as one type (``rules.FAMILIES``), since one attack is told as an
assault by one outlet and as fighting by another; what no outlet changes is how the attack
was done. A bomb outside a ministry and a gunman's shooting the same afternoon, each told in
one city's reports, are two attacks however alike their day and place.

A report's means are those its full code names (``CODE_MEANS``: 183 and its sub-codes,
194, 195; 193) and those its clause's words name (``data/lexicon/attack_means.csv``). A bare
180 or 190 names none ("an attack"), so it never refuses. Two reports are told apart only
when each names means and they share none: "a gunman opened fire" against "a car bomb
exploded". A clause naming both ("gunmen stormed the hotel after a blast") shares with
either, so the complex attacks outlets tell both ways still merge.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

EXPLOSIVE, FIREARM = "explosive", "firearm"
# CAMEO 1.1b3 codes whose definition names the means (the longest prefix decides):
# §183 bombing and its sub-codes, §194 artillery and tanks, §195 aerial weapons and its
# sub-codes are ACLED's explosions and remote violence; §193 is fighting with small arms
CODE_MEANS = {"183": EXPLOSIVE, "194": EXPLOSIVE, "195": EXPLOSIVE, "193": FIREARM}
_NONE: frozenset[str] = frozenset()


@cache
def cue_patterns(name: str, kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind with the case-blind pattern of its words, from ``data/lexicon/<name>``
    (``<kind>,cue,source``; cues ``|``-separated): ``attack_means.csv`` by means,
    ``struck_sites.csv`` by site (``coarse``).

    Raises ``OSError`` when the shipped file is missing and ``ValueError`` for a row with
    no kind, cue or source (``lexicon.sourced_rows``)."""
    words: dict[str, list[str]] = {}
    for row in sourced_rows(name, kind, "cue"):
        words.setdefault(row[kind], []).extend(row["cue"].split("|"))
    return tuple(
        (k, re.compile(r"\b(?:" + "|".join(map(re.escape, ws)) + r")\b", re.IGNORECASE))
        for k, ws in sorted(words.items())
    )


def attack_means(code: str, clause: str | None) -> frozenset[str]:
    """The means an attack report names: from its full CAMEO ``code`` and its ``clause``.

    >>> sorted(attack_means("183", "A car bomb exploded")), sorted(attack_means("180", "A gunman opened fire"))
    (['explosive'], ['firearm'])
    >>> sorted(attack_means("180", "Gunmen stormed the hotel after a blast")), attack_means("190", "An attack")
    (['explosive', 'firearm'], frozenset())
    """
    found = {
        m
        for m, pattern in cue_patterns("attack_means.csv", "means")
        if clause and pattern.search(clause)
    }
    by_code = CODE_MEANS.get(code[:3]) if code else None
    if by_code is not None:
        found.add(by_code)
    return frozenset(found) if found else _NONE


def two_means(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports name the means of their attack, with none in common?

    >>> two_means(frozenset({"firearm"}), frozenset({"explosive"}))
    True
    >>> two_means(frozenset({"firearm", "explosive"}), frozenset({"explosive"})), two_means(frozenset(), frozenset({"firearm"}))
    (False, False)
    """
    return bool(a) and bool(b) and not a & b
