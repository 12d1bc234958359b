"""A toll told with a fire or an accident as its cause ("killed in fires") is the mishap's,
no conventional military force (§190); a passive's by-agent is never the object of a
verb-and-object row ("were moved to safety by the army" deploys no troops, §154)."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real


def test_deaths_in_fires_during_riots_are_no_military_force(geoparser: Geoparser) -> None:
    body = "Six shoppers were killed in fires in ransacked warehouses."
    assert not real(make_extract(geoparser)(body), "18", "19", "20")


def test_deaths_in_the_fires_are_no_military_force(geoparser: Geoparser) -> None:
    body = "Three guards were killed in the fires at the depot."
    assert not real(make_extract(geoparser)(body), "18", "19", "20")


def test_deaths_in_gunfire_stay_force(geoparser: Geoparser) -> None:
    body = "Three guards were killed in fire from the rebels."
    assert real(make_extract(geoparser)(body), "18", "19", "20")


def test_a_fire_the_gunmen_set_stays_force(geoparser: Geoparser) -> None:
    body = "Gunmen stormed the depot and three guards were killed in the fires."
    assert real(make_extract(geoparser)(body), "18", "19", "20")


def test_people_moved_to_safety_by_soldiers_deploy_no_troops(geoparser: Geoparser) -> None:
    body = "Dozens of fishermen were moved to safety by soldiers."
    assert not real(make_extract(geoparser)(body), "15")


def test_residents_evacuated_by_the_navy_are_no_withdrawal(geoparser: Geoparser) -> None:
    body = "Dozens of fishermen were evacuated by the navy."
    assert not real(make_extract(geoparser)(body), "08")


def test_the_army_moving_its_troops_still_deploys(geoparser: Geoparser) -> None:
    body = "The navy moved two warships to the strait."
    assert real(make_extract(geoparser)(body), "15")


def test_a_row_naming_by_itself_still_reads_the_agent(geoparser: Geoparser) -> None:
    body = "The village was attacked by gunmen."
    assert real(make_extract(geoparser)(body), "18")
