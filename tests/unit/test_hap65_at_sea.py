"""Acts at sea told at different place granularity (issue 16, recall): a ship taken told by
one outlet with its taker at a strait and by another with only the ship's flag at a sea the
strait opens into (``straits._one_taker``); a coast named as a port or an island off which an
act happened (``cues.offshore``); a vessel taken told by a bearing from a coastal town
(``cues.taken_offshore``). Reports written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from dashboard.happenings.cues import offshore, taken_offshore
from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article


def _sea(slug: str, name: str, box: tuple[float, float, float, float], shores: str) -> Spot:
    lat, lon = (box[1] + box[3]) / 2, (box[0] + box[2]) / 2
    return Spot(
        f"rg:{slug}", name, "sea", lat, lon, None, None, 3, box, shores=frozenset(shores.split())
    )


HORMUZ = _sea("strait-of-hormuz", "Strait of Hormuz", (55.8, 26.0, 57.2, 27.2), "AE IR OM")
OMAN_GULF = _sea("gulf-of-oman", "Gulf of Oman", (56.2, 22.4, 61.8, 26.6), "AE IR OM")
IRAN = Spot("cc:IR", "Iran", "country", 32.0, 53.0, "IR", None, 3)
DAY = date(2022, 5, 27)


def told(
    n: int,
    place: Spot,
    *,
    taker: str | None,
    flag: str | None = None,
    root: str = "17",
    taken: str = "171",
    days: int = 0,
    offshore: bool = False,
) -> Report:
    """Article ``a{n}``'s report: ``taker`` the ISO2 of who took the ship (None: not named),
    ``flag`` the ship's flag state read as an actor country."""
    countries = frozenset(c for c in (taker, flag) if c)
    day = DAY + timedelta(days=days)
    r = Report(f"e{n}", f"a{n}", root, day, day, 1, place, countries=countries, offshore=offshore)
    return replace(r, source_country=taker, taken=taken, target_country=flag)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


# "Iranian forces seized two Greek tankers near the Strait of Hormuz on Friday" and "a
# Greek-flagged tanker was boarded in the Gulf of Oman on Friday": one taking
def test_a_taking_told_by_its_taker_and_by_the_ships_flag_is_one() -> None:
    m = match(told(1, HORMUZ, taker="IR"), told(2, OMAN_GULF, taker=None, flag="GR"))
    assert m is not None
    assert "opens into the Gulf of Oman" in m.reason


def test_the_strait_the_sea_and_the_takers_country_form_one_happening() -> None:
    reports = [
        told(1, HORMUZ, taker="IR"),
        told(2, OMAN_GULF, taker=None, flag="GR"),
        told(3, IRAN, taker="IR", taken="", offshore=True),
    ]
    assert _groups(reports) == [["e1", "e2", "e3"]]


def test_two_takings_two_days_apart_stay_two() -> None:
    # near miss: the strait's seizure and one in the sea two days later
    assert match(told(1, HORMUZ, taker="IR"), told(2, OMAN_GULF, taker=None, days=2)) is None


def test_two_named_takers_must_share_a_side() -> None:
    # near miss: each report names another taker
    assert match(told(1, HORMUZ, taker="IR"), told(2, OMAN_GULF, taker="US")) is None


def test_an_attack_told_without_its_side_stays_apart() -> None:
    # near miss: "Iranian drones struck a tanker in the strait" and "a tanker was hit in the
    # Gulf of Oman": only a ship taken is told by its flag alone this way
    a = told(1, HORMUZ, taker="IR", root="19", taken="")
    assert match(a, told(2, OMAN_GULF, taker=None, flag="GR", root="19", taken="")) is None


def test_no_vessel_taken_stays_apart() -> None:
    # near miss: two coercive acts (17) of one day, neither a ship taken
    a, b = told(1, HORMUZ, taker="IR", taken=""), told(2, OMAN_GULF, taker=None, taken="")
    assert match(a, b) is None


def test_a_port_or_an_island_an_act_happened_off_is_a_coast() -> None:
    assert offshore("Drones struck the freighter off the Yemeni port of Mocha")
    assert offshore("Pirates boarded the dhow off the island of Socotra")
    # near misses: in a port, or a port taken ashore
    assert not offshore("Drones struck a freighter in the port of Mocha")
    assert not offshore("Fighters stormed the port of Mocha at dawn")


def test_a_vessel_taken_by_a_bearing_from_a_town_is_off_its_coast() -> None:
    assert taken_offshore("The navy took a foreign tanker south of Jask")
    assert taken_offshore("Commandos seized the ship 20 km north-east of Khor Fakkan")
    # near misses: a ship held in a port, and any other act told by a bearing
    assert not taken_offshore("Guards seized the tanker in the port of Jask")
    assert not offshore("A drone hit a fuel depot north of Jask")


TAKINGS = [
    article(
        "bearing",
        "2022-05-28",
        "The Iranian navy took a foreign oil tanker east of Fujairah yesterday after it rammed a "
        "fishing boat, state media said.",
        "Coast Courier",
    ),
    article(
        "country",
        "2022-05-28",
        "Iran seized a Greek oil tanker yesterday, the shipowner said.",
        "Aegean Wire",
    ),
    # near miss: the same navy's other taking, a week earlier
    article(
        "earlier",
        "2022-05-21",
        "Iran seized a Panama-flagged oil tanker yesterday, the ship's manager said.",
        "Isthmus Post",
    ),
]


def test_a_taking_told_by_a_bearing_meets_the_takers_country(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "takings.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TAKINGS), encoding="utf-8")
    pipe.ingest([path])
    of = {
        r["url"].rsplit("/", 1)[1]: r
        for r in pipe.store.event_rows()
        if r["event_code"].startswith("17")
    }
    assert of["bearing"]["happening_id"] == of["country"]["happening_id"]
    assert of["earlier"]["happening_id"] != of["country"]["happening_id"]
