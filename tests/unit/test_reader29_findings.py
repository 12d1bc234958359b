"""Faults a first-time user (newuser17) met, mended by general rules: a dateline's agency
read as an actor, newsroom "no comment" boilerplate coded as an appeal, a flag's name taken
for the place of a protest, and an order to refrain misread through its forbidden act and a
relative clause. Every sentence below was written for these tests. Publication is a
Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.events.emblems import emblem_after
from dashboard.events.no_comment import no_comment_spans
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ---------------------------------------------------------------- a dateline's agency

AGENCY = (
    "HANOI (Xinhua) — Vietnam deployed two patrol boats near the Paracel Islands on Monday, "
    "the navy said."
)


def test_a_datelines_agency_is_no_actor(extract: Extract) -> None:
    """AP Stylebook and Reuters Handbook, "datelines": "CITY (Agency) —" credits the wire
    that filed the story; Xinhua (China's state agency) is no side of Vietnam's act."""
    events = real(extract(AGENCY), "15")
    assert len(events) == 1
    assert "Xinhua" not in events[0].actors
    assert events[0].roles is not None
    assert events[0].roles.source == "Vietnam"


def test_an_agency_named_in_the_body_still_acts(extract: Extract) -> None:
    """Near miss: outside the dateline the same agency is an actor like any body."""
    events = extract("HONG KONG — Police raided the offices of Xinhua in Hong Kong on Tuesday.")
    assert any("Xinhua" in ev.actors for ev in real(events, "17"))


# ---------------------------------------------------------------- no comment


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy did not respond to requests for comment on the sinking off Aden.",
        "The ministry did not immediately respond to a request for comment on the shelling.",
        "Coalition officials were not available for comment on the air strike.",
        "Rebel spokesmen could not be reached for comment on the ambush.",
        "The embassy did not return calls seeking comment on the arrests.",
    ],
)
def test_a_comment_sought_and_not_given_is_no_event(extract: Extract, sentence: str) -> None:
    """The request is the newsroom's (NPR Ethics Handbook; CJR 2024): no appeal (CAMEO §02),
    no act of the one asked; what the comment was sought on is told elsewhere, not here."""
    assert extract(f"ADEN, Yemen — {sentence}") == []


def test_declining_to_comment_stays_a_refusal(extract: Extract) -> None:
    """Near miss: an explicit refusal is CAMEO 1.1b3 §011 "decline comment", kept."""
    events = extract("ADEN, Yemen — The navy declined to comment on the sinking.")
    assert [code(e) for e in events] == ["011"]


def test_an_act_beside_the_boilerplate_stays(extract: Extract) -> None:
    """Near miss: the raid told before the boilerplate clause is still read."""
    events = extract(
        "ADEN, Yemen — Soldiers raided a market in Mukalla on Monday, "
        "and the army did not respond to requests for comment."
    )
    assert [where(e)[0] for e in events] == ["Mukalla"]


def test_no_comment_spans_run_to_the_clause_end() -> None:
    text = "Police did not respond to requests for comment on the raid, but a witness spoke."
    assert [text[a:b] for a, b in no_comment_spans(text)] == [
        "did not respond to requests for comment on the raid"
    ]


# ---------------------------------------------------------------- an emblem's name


def test_a_flags_name_is_not_where_a_protest_was(extract: Extract) -> None:
    """WordNet flag n.1 'emblem': "Moldovan and European Union flags" names whose flags, not
    where the sit-in was, nor a side of it."""
    events = extract(
        "CHISINAU, Moldova — Students staged a sit-in outside the government building on "
        "Wednesday and waved Moldovan and European Union flags."
    )
    protests = real(events, "14")
    assert protests
    assert all(where(e)[0] == "Chisinau" for e in protests)
    assert all(e.roles is None or e.roles.target is None for e in protests)


def test_a_place_named_as_the_protests_venue_stays(extract: Extract) -> None:
    """Near miss: a sit-in in a town the clause names stays there."""
    events = extract(
        "CHISINAU, Moldova — Students staged a sit-in outside the government building in "
        "Balti on Wednesday."
    )
    assert [where(e)[1] for e in real(events, "14")] == ["MD"]
    assert [where(e)[0] for e in real(events, "14")] != ["Chisinau"]


def test_emblem_after_needs_a_capitalised_list() -> None:
    text = "Moldovans and others waved flags"
    assert not emblem_after(text, len("Moldovans"))
    assert emblem_after("waved Moldovan and European Union flags", len("waved Moldovan"))


# ---------------------------------------------------------------- an order to refrain

ORDER = (
    "THE HAGUE — The tribunal on Wednesday ordered Azerbaijan to refrain from any step that "
    "would alter the status of the Lachin corridor, which Baku controls, until it rules on "
    "the merits of the case."
)


def test_an_order_to_refrain_is_a_past_demand_at_the_court(extract: Extract) -> None:
    """CAMEO 1.1b3 §100 demand: the order is the act, made where the court sat, its target
    the one ordered; the would-clause tells the forbidden act, not the order's modality, and
    the relative clause's subject ("which Baku controls") is no place of the order."""
    events = extract(ORDER)
    orders = real(events, "10")
    assert len(orders) == 1
    ev = orders[0]
    assert where(ev)[0] == "The Hague"
    assert ev.roles is not None
    assert ev.roles.target == "Azerbaijan"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "KYIV — Ukrainian drones hit an oil depot in Crimea, which Moscow annexed in 2014.",
            "Crimea",
        ),
        (
            "ATHENS — Turkish jets flew over the island of Lesbos, which Ankara disputes, on Tuesday.",
            "Lesbos",
        ),
    ],
)
def test_a_relative_clauses_subject_is_no_place_of_the_act(
    extract: Extract, body: str, place: str
) -> None:
    """Quirk et al. 1985, 17.12: "which Moscow annexed" says what Moscow did to Crimea; the
    capital is the relative clause's subject (its government), not where the act was."""
    assert [where(e)[0] for e in real(extract(body), "1")] == [place]


def test_a_place_the_relative_clause_locates_stays(extract: Extract) -> None:
    """Near miss: a name after "in" inside the relative clause is no subject of it."""
    events = extract("KYIV — Ukrainian drones hit an oil depot, which lies in Crimea, on Tuesday.")
    assert [where(e)[0] for e in real(events, "19")] == ["Crimea"]
