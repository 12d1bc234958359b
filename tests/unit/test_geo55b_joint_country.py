"""geo55b: a text's ambiguous names are read jointly in the one country that holds them."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser
from dashboard.places.joint_country import _best_country, _size_only

JOINT = "read with the text's other names"


def test_two_namesakes_shared_by_two_countries_go_to_the_more_prominent(
    geoparser: Geoparser,
) -> None:
    text = "Rallies filled the streets of Valencia and Barcelona on Sunday, and Valencia's mayor spoke."
    found = [m for m in geoparser.parse(text) if m.text in ("Valencia", "Barcelona")]
    assert [m.text for m in found] == ["Valencia", "Barcelona", "Valencia"]
    for m in found:
        assert m.place is not None
        assert (m.place.kind, m.place.country_code) == ("city", "ES")
    valencia = found[0].place
    assert valencia is not None
    assert abs((valencia.lat or 0.0) - 39.47) < 0.3
    assert abs((valencia.lon or 0.0) + 0.38) < 0.3
    assert found[0].reason.startswith(JOINT)
    assert found[2].reason.startswith(JOINT)  # the repeat moves with it


def test_a_lone_name_is_left_to_its_own_scores(geoparser: Geoparser) -> None:
    # near miss: one ambiguous name has nothing to be read jointly with
    found = [m for m in geoparser.parse("A storm flooded Valencia overnight.") if m.place]
    assert len(found) == 1
    assert JOINT not in found[0].reason


def test_a_namesake_too_small_to_share_a_country_stays(geoparser: Geoparser) -> None:
    # near miss: Ontario holds a London and a Paris, but its Paris is a small town
    found = {
        m.text: m.place for m in geoparser.parse("Diplomats shuttled between Paris and London.")
    }
    paris, london = found["Paris"], found["London"]
    assert paris is not None
    assert london is not None
    assert (paris.country_code, london.country_code) == ("FR", "GB")


def test_names_already_sharing_a_country_stay(geoparser: Geoparser) -> None:
    # near miss: the US holds a Birmingham and a Manchester too, but both read as England's
    found = [
        m for m in geoparser.parse("Storms cut power in Birmingham and Manchester.") if m.place
    ]
    assert {m.place.country_code for m in found if m.place} == {"GB"}
    assert not any(m.reason.startswith(JOINT) for m in found)


def _city(pid: str, code: str, population: int) -> Place:
    return Place(pid, pid, "city", 0.0, 0.0, code, 1, population=population)


def test_a_tie_of_names_goes_to_the_country_of_the_more_populous_namesakes() -> None:
    a_big, a_small = _city("a1", "XA", 900_000), _city("a2", "XB", 300_000)
    b_big, b_small = _city("b1", "XB", 700_000), _city("b2", "XA", 600_000)
    # equal scores in both countries: only population tells them apart
    names = {
        "a": (a_big, 3.0, {"XA": (a_big, 3.0), "XB": (a_small, 3.0)}),
        "b": (b_big, 3.0, {"XB": (b_big, 3.0), "XA": (b_small, 3.0)}),
    }
    got = _best_country(names)
    assert got is not None
    assert got[0] == "XA"
    assert got[1] == {"b": b_small}


def test_a_reason_with_any_context_is_not_size_alone() -> None:
    assert _size_only("population 1,619,470; beat 5 other candidate(s)")
    assert not _size_only(
        "population 824,340; in the document's main country ES; beat 5 other candidate(s)"
    )
    assert not _size_only("'X, Spain' pattern; beat 5 other candidate(s)")
