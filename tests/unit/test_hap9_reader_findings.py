"""Reading faults behind happenings misses on dev set L after stop 35 (issue 16) that no earlier
findings file keeps (``test_hap7_reader_findings.py`` and ``test_hap8_reader_findings.py`` hold
the condemned strike, the launch's explainer, the voyage's ports, the claimed sinking's day,
the aftershock in a finding and more). The merge rule cannot mend a missing act, so each kind
is a strict xfail for the reader's owner: a fix shows up as an XPASS. Every sentence below was
written for these tests; none is taken from an evaluation set. Publication is a Thursday,
2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# Kind: an attack told as the cause of a sinking. "the tanker X, which sank after a pirate
# attack off Somalia" reads a sinking (a collision hazard) and no attack, so a report telling
# the crew's fate is no witness to the attack the other outlets report. (Found writing
# sentences for L's crew report, whose attack is read but dated to the day the crew's fate
# was said: that date is left to the date reader, as stop 34 noted.)
@pytest.mark.xfail(strict=True, reason="'sank after a pirate attack' reads no attack")
def test_an_attack_that_sank_a_ship_is_read(extract: Extract) -> None:
    body = (
        "MUMBAI — The shipping ministry said on Wednesday that 20 Indian sailors were aboard "
        "the tanker Blue Heron, which sank after a pirate attack off Somalia, and that two "
        "were missing."
    )
    assert real(extract(body), "18", "19", "20")


# Kind: protests told in a relative clause under a condemnation, with a verb and day of their
# own. "condemned the crackdown on protests that broke out across Chile on Monday" reads only
# the condemnation (CAMEO 11), dated by the protests' own verb, and no protest, so
# governments' reactions never meet the protest's own reports (a neighbour of hap7's
# condemned strike, where the act is the condemnation's object with no verb of its own).
# Read since stop 48 (hap51: the protest a condemned repression was aimed at).
def test_protests_that_broke_out_are_read_under_a_condemnation(extract: Extract) -> None:
    body = (
        "Several governments condemned the crackdown on protests that broke out across Chile "
        "on Monday, after the interior minister called them a riot."
    )
    protests = real(extract(body), "14")
    assert protests
    assert protests[0].date_start == date(2026, 6, 15)
