"""Two coercive acts of one CAMEO root told in joined clauses: one act told twice, or two.

CAMEO 1.1b3 lists the acts under root 17 (coerce) as kinds apart: §171 seize or damage
property, §172 impose administrative sanctions, §173 arrest or detain, §174 expel or deport,
§175 use tactics of violent repression. A crowd dispersed with tear gas (§175) and organisers
arrested (§173) are two acts a report tells, each coded on its own, where "was placed under
arrest; he was charged" (§173 and §173) tells one arrest twice. The roots whose kinds are
read apart this way are data: ``data/lexicon/classes.csv``, row ``DISTINCT_KIND_ROOT``.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.events.lexicon import word_class


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    """The two-digit CAMEO roots whose three-digit kinds are distinct acts."""
    return word_class("DISTINCT_KIND_ROOT")


def distinct_coercion(first: str, second: str) -> bool:
    """Whether CAMEO codes ``first`` and ``second`` (e.g. "175" and "173") share a root listed
    as ``DISTINCT_KIND_ROOT`` but differ in their three-digit kind: two acts, not one.

    >>> distinct_coercion("175", "173")
    True
    >>> distinct_coercion("173", "1731")
    False
    """
    if first[:2] != second[:2] or first[:2] not in _roots():
        return False
    return len(first) >= 3 and len(second) >= 3 and first[:3] != second[:3]
