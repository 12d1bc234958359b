"""Session 84, hap93 (issue 16, precision). A hazard told in a second country under the place
it struck first is read where its sentence tells it (``store/recalled_places``); two sayings
with no day, no place and no speaker of their own in common are not one happening
(``happenings/reactions``: newuser89's repro 02). Reports written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import fit
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_reports import _load

LANDFALL = {
    "title": "Idai hits Beira",
    "date": "2019-03-15",
    "source": "Port Wire",
    "url": "https://portwire.example/1",
    "text": "Cyclone Idai made landfall near the port city of Beira in Mozambique on Thursday night.",
}
ABROAD = {
    "title": "Idai kills 31 in Zimbabwe",
    "date": "2019-03-17",
    "source": "Highland Post",
    "url": "https://highland.example/2",
    "text": "The cyclone that struck Beira on Thursday killed at least 31 people in Zimbabwe's "
    "Chimanimani district on Saturday, officials said.",
}
AT_HOME = {
    "title": "Beira flattened",
    "date": "2019-03-16",
    "source": "Coast Daily",
    "url": "https://coast.example/4",
    "text": "The cyclone that struck Beira on Thursday flattened nine in ten buildings in the "
    "city, the mayor said on Friday.",
}


def _places(store_url: str, geoparser: Geoparser, tmp_path: Path) -> dict[str, str | None]:
    """Each report's storm as the merge reads it: url -> its place's country."""
    path = tmp_path / "storm.jsonl"
    said = (LANDFALL, ABROAD, AT_HOME)
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    store = Store(store_url)
    Pipeline(store, geoparser).ingest([path])
    rows = {r["id"]: r["url"] for r in store.event_rows()}
    with store.engine.connect() as conn:
        reports = _load(conn, list(rows))
    return {rows[r.event_id]: r.place.country if r.place else None for r in reports}


def test_a_storm_told_abroad_under_its_first_landfall_is_read_abroad(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the toll is in Zimbabwe; "that struck Beira" only says which cyclone
    assert _places(store_url, geoparser, tmp_path)[ABROAD["url"]] == "ZW"


def test_a_storm_told_at_home_under_its_landfall_keeps_its_place(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # near miss: no place of another country after the clause, so Beira stays
    places = _places(store_url, geoparser, tmp_path)
    assert places[AT_HOME["url"]] == places[LANDFALL["url"]] == "MZ"


_SG = Spot("cc:SG", "Singapore", "country", 1.35, 103.82, "SG", None, 3, inferred=True)
_CITY = Spot("cc:SG", "Singapore", "country", 1.35, 103.82, "SG", None, 3)


def _saying(eid: str, who: str, start: date, **kw: object) -> Report:
    end = date.fromordinal(start.toordinal() + 6)
    spot = kw.pop("spot", _SG)
    return Report(
        eid,
        "a" + eid,
        "02",
        start,
        end,
        2,
        spot,
        frozenset({who}),
        **kw,  # type: ignore[arg-type]
    )


def test_two_appeals_with_no_day_place_or_speaker_of_their_own_are_two() -> None:
    # "Amnesty called on the city-state to halt executions" after one hanging, "Activists had
    # urged the president to grant clemency" after another: a week and a country in common
    a = _saying("1", "amnesty international", date(2023, 4, 20), undated=True)
    b = _saying("2", "activists", date(2023, 4, 21), undated=True)
    assert fit(a, b) is None


def test_one_appeal_told_by_two_outlets_stays_one() -> None:
    # near miss: the same speaker, no day of its own: still one appeal
    a = _saying("1", "amnesty international", date(2023, 4, 20), undated=True)
    b = _saying("2", "amnesty international", date(2023, 4, 21), undated=True)
    assert fit(a, b) is not None


def test_a_reaction_with_no_place_and_one_naming_the_act_s_city_are_two() -> None:
    # "The EU condemned Iran's execution of a protester" and, four days on, "France condemned
    # the public hanging in Mashhad": the city is the condemned act's, no tie to the other
    a = _saying("1", "european union", date(2022, 12, 2), undated=True)
    b = _saying("2", "france", date(2022, 12, 6), undated=True, spot=_CITY)
    assert fit(a, b) is None


def test_appeals_with_a_day_or_places_of_their_own_are_compared_as_before() -> None:
    # near misses: one has a day of its own, or both have places of their own: rule silent
    a = _saying("1", "amnesty international", date(2023, 4, 20), undated=True)
    dated = _saying("2", "activists", date(2023, 4, 21))
    assert fit(a, dated) is not None
    own = _saying("3", "amnesty international", date(2023, 4, 20), undated=True, spot=_CITY)
    placed = _saying("4", "activists", date(2023, 4, 21), undated=True, spot=_CITY)
    assert fit(own, placed) is not None
