"""A go-between's report merged as the act it brokered names no side of that act.

CAMEO 1.1b3 §045 *mediate* codes the third party that brokers talks between two others, and
``data/lexicon/merged_as.csv`` reads a mediation whose clause names the captives or the truce
as that yielding act (§08: "credited with brokering the exchange of two prisoners"). Its
actors are then the mediators (the reader's source is the broker), not the act's sides: an
outlet that tells the release by its parties ("Russia freed her in a swap") names Russia and
the United States, the one that tells it by its broker names the Emirates. Compared as sides
(``actor_sides.other_sides``, ``rules.actor_part``) the two would be two known acting
countries and kept apart, though the broker acted on neither side. So for such a report the
merge compares no actor countries and no roles: the place and the day still have to agree,
and the actor part only finds the sides "not contradicted".
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MEDIATE", "sides_of"]

MEDIATE = "045"  # CAMEO 1.1b3 §045 mediate: the broker is a third party, no side


def sides_of(
    code: str, facet: str, countries: frozenset[str], roles: Mapping[str, str | None]
) -> tuple[frozenset[str], Mapping[str, str | None]]:
    """The actor countries and roles the merge compares for a report of full CAMEO code
    ``code`` merged as a facet (``facet``: the reader's root, ``""`` when not merged as one):
    none for a mediation merged as the act it brokered, else the reader's unchanged.

    >>> sides_of("045", "04", frozenset({"AE"}), {"source_country": "AE"})
    (frozenset(), {})
    >>> sides_of("0841", "", frozenset({"RU"}), {"source_country": "RU"})
    (frozenset({'RU'}), {'source_country': 'RU'})
    """
    if facet and code.startswith(MEDIATE):
        return frozenset(), {}
    return countries, roles
