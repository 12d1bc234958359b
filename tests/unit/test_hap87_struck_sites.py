"""A report placed only at a country, on a day one side's acts fell at two places in it, still
joins the happening whose reports name the kind of site it names as struck (a hospital, an
apartment block: ``coarse.struck_sites``, ``data/lexicon/struck_sites.csv``). Reports and
sentences written for these tests; the reports are those of ``test_hap87_wide_place``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.happenings.coarse import struck_sites
from tests.unit.test_hap87_wide_place import LVIV, ODESA, UKRAINE, _groups, strike


def test_a_wide_report_naming_the_site_its_happening_names_stays() -> None:
    # near miss: "Russia fired dozens of missiles at Ukraine; one hit a maternity hospital"
    # (e1, at the country) with the hospital's own reports at Lviv and an apartment block
    # struck in Odesa: the site says which act it tells
    reports = [
        replace(strike(1, UKRAINE), sites=frozenset({"hospital"})),
        replace(strike(2, LVIV), sites=frozenset({"hospital"})),
        replace(strike(3, LVIV), sites=frozenset({"hospital"})),
        replace(strike(4, ODESA), sites=frozenset({"housing"})),
        replace(strike(5, ODESA), sites=frozenset({"housing"})),
    ]
    assert _groups(reports) == [["e1", "e2", "e3"], ["e4", "e5"]]


def test_a_wide_report_naming_a_site_the_rival_names_too_is_taken_out() -> None:
    reports = [
        replace(strike(1, UKRAINE), sites=frozenset({"hospital"})),
        replace(strike(2, LVIV), sites=frozenset({"hospital"})),
        strike(3, LVIV),
        replace(strike(4, ODESA), sites=frozenset({"hospital"})),
        strike(5, ODESA),
    ]
    assert ["e1"] in _groups(reports)


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        ("A missile hit a children's hospital in the capital", {"hospital"}),
        ("Drones struck a nine-storey apartment block overnight", {"housing"}),
        ("The strike destroyed grain terminals at the port", {"port"}),
        ("Shells fell near the Chinese consulate", {"mission"}),
        ("Missiles hit the city of Kharkiv", set()),
        ("Officials said the attack was a war crime", set()),
    ],
)
def test_struck_sites_reads_the_kind_of_site(sentence: str, sites: set[str]) -> None:
    assert struck_sites([sentence]) == sites
