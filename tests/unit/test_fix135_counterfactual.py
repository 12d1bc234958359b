"""An act in a "that" clause in the unreal past ("ruled that the raid would have endangered
civilians") is neither done nor planned: no card (FactBank's CT-, "would have" +
participle); the same clause told as fact, and a main clause's "would have", keep theirs."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract, rooted


def test_a_raid_in_a_ruling_s_counterfactual_is_no_card(geoparser: Geoparser) -> None:
    body = "The tribunal ruled that the raid would have endangered the hostages."
    assert not rooted(make_extract(geoparser)(body), "17")


def test_a_blockade_in_a_finding_s_counterfactual_is_no_card(geoparser: Geoparser) -> None:
    body = "Inspectors found that the blockade would have starved the island."
    assert not rooted(make_extract(geoparser)(body), "19")


def test_the_same_raid_told_as_fact_stays(geoparser: Geoparser) -> None:
    body = "The tribunal ruled that the raid endangered the hostages."
    assert rooted(make_extract(geoparser)(body), "17")


def test_a_main_clause_would_have_stays_flagged(geoparser: Geoparser) -> None:
    body = "Commandos would have stormed the compound."
    assert [code(e)[:2] for e in make_extract(geoparser)(body)] == ["19"]
