"""A genitive of time before a demonym ("last night's Iranian attack") names when, not who
owns the act: the demonym is still the act's side, as after "the" (Quirk et al. 1985, 5.115
and 17.42). Read with the victim as who acted, a report of the attack told by the side struck
refused the attacker's own report (issue 16). Every sentence below was written for these
tests; none is taken from an evaluation set. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_demonym_after_a_time_genitive_is_the_attacker(extract: Extract) -> None:
    for body, side, hurt in (
        ("No Americans were harmed in last night's Iranian attack on the base.", "IR", "US"),
        (
            "No Canadians were hurt in Sunday's Russian strike on the depot, officials said.",
            "RU",
            "CA",
        ),
    ):
        (event,) = real(extract(body), "19")
        assert (event.roles.source_country, event.roles.target_country) == (side, hurt), body


def test_a_country_owned_after_a_time_genitive_stays_the_target(extract: Extract) -> None:
    # near misses: "the Iranian embassy" and "Russia's embassy" are what was attacked
    for body, hurt in (
        ("Britain condemned last night's attack on the Iranian embassy in Paris.", "IR"),
        ("Nobody was harmed in Tuesday's attack on Russia's embassy in Riga.", "RU"),
    ):
        (event,) = real(extract(body), "19")
        assert (event.roles.source_country, event.roles.target_country) == (None, hurt), body
