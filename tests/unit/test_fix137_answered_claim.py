"""A claim answered in an appositive (", a claim X dismissed as ...") is X's denial of the
claimant's words: X the source, the claimant the target; a denial not so told keeps its
sides."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _denials(geoparser: Geoparser, body: str) -> list[tuple[str | None, str | None]]:
    events = make_extract(geoparser)(body)
    return [(e.roles.source, e.roles.target) for e in events if e.event_code == "016"]


def test_a_claim_a_capital_dismissed_is_that_state_s_denial(geoparser: Geoparser) -> None:
    body = (
        "Lima said on Monday that the count had been forged, a claim Quito dismissed as meddling."
    )
    assert _denials(geoparser, body) == [("Ecuador", "Peru")]


def test_an_accusation_a_state_rejected_is_that_state_s_denial(geoparser: Geoparser) -> None:
    body = "Chile said the border post had been moved, an accusation Argentina rejected as false."
    # the claimant is not always among the sides the appositive's clause is offered: the
    # source is what this reading must get right
    assert [src for src, _ in _denials(geoparser, body)] == ["Argentina"]


def test_a_denial_in_a_main_clause_keeps_its_own_subject(geoparser: Geoparser) -> None:
    body = "Ecuador rejected the accusation on Monday, calling it meddling."
    assert all(src == "Ecuador" for src, _ in _denials(geoparser, body))


def test_a_claim_with_no_side_named_in_its_relative_keeps_the_draft_s(
    geoparser: Geoparser,
) -> None:
    body = "Peru said the count had been forged, a claim that was quickly dismissed as meddling."
    assert all(src != "Ecuador" for src, _ in _denials(geoparser, body))
