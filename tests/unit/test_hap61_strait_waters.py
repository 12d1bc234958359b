"""A strait and a sea it opens into are one area of water for the merge, at sea only, for an
act told at one spot by one side (issue 16; ``straits``, ``rules.place_part``,
``grouping._straits``). Reports written for these tests."""

from __future__ import annotations

import csv
from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.happenings.straits import linked_waters, strait_waters
from dashboard.paths import data_dir


def _sea(slug: str, name: str, lat: float, lon: float, box: tuple[float, ...], shores: str) -> Spot:
    return Spot(
        f"rg:{slug}",
        name,
        "sea",
        lat,
        lon,
        None,
        None,
        3,
        (box[0], box[1], box[2], box[3]),
        shores=frozenset(shores.split()),
    )


HORMUZ = _sea(
    "strait-of-hormuz", "Strait of Hormuz", 26.6, 56.6, (55.8, 26.0, 57.2, 27.2), "AE IR OM"
)
OMAN_GULF = _sea("gulf-of-oman", "Gulf of Oman", 24.5, 58.5, (56.2, 22.4, 61.8, 26.6), "AE IR OM")
PERSIAN_GULF = _sea(
    "persian-gulf", "Persian Gulf", 27.0, 51.5, (47.7, 23.9, 56.6, 30.5), "AE BH IR KW OM QA SA"
)
RED_SEA = _sea("red-sea", "Red Sea", 20.0, 38.5, (32.3, 12.4, 43.6, 30.0), "EG ER SA SD YE")
ADEN_GULF = _sea("gulf-of-aden", "Gulf of Aden", 12.5, 48.0, (42.5, 10.4, 51.5, 15.3), "DJ SO YE")
MANDEB = _sea("bab-el-mandeb", "Bab el-Mandeb", 12.5, 43.45, (43.0, 12.3, 43.7, 13.0), "DJ ER YE")
UAE = Spot("cc:AE", "United Arab Emirates", "country", 24.0, 54.0, "AE", None, 3)
DAY = date(2025, 3, 8)


def report(n: int, place: Spot, root: str, side: str | None, *, offshore: bool = False) -> Report:
    """Article ``a{n}``'s report; ``side`` is the ISO2 of who acted (None: no actor named)."""
    sides = frozenset({side}) if side else frozenset()
    return Report(f"e{n}", f"a{n}", root, DAY, DAY, 1, place, countries=sides, offshore=offshore)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


# "Iranian marines seized a tanker near the Strait of Hormuz on Saturday" and "the tanker
# Iran seized in the Gulf of Oman on Saturday": one seizure, named by either water
def test_a_seizure_at_the_strait_meets_one_in_a_sea_it_opens_into() -> None:
    m = match(report(1, HORMUZ, "17", "IR"), report(2, OMAN_GULF, "17", "IR"))
    assert m is not None
    assert "opens into the Gulf of Oman" in m.reason
    assert match(report(1, PERSIAN_GULF, "17", "IR"), report(2, HORMUZ, "17", "IR")) is not None


def test_an_attack_at_bab_el_mandeb_meets_one_in_the_gulf_of_aden() -> None:
    # "Houthi drones struck a freighter in Bab el-Mandeb" / "... in the Gulf of Aden"
    assert match(report(1, MANDEB, "19", "YE"), report(2, ADEN_GULF, "19", "YE")) is not None


def test_strait_sea_and_shore_form_one_happening() -> None:
    # the strait's report and the sea's join, then the report "off the Emirates" joins them
    reports = [
        report(1, HORMUZ, "17", "IR"),
        report(2, OMAN_GULF, "17", "IR"),
        report(3, UAE, "17", "IR", offshore=True),
    ]
    assert _groups(reports) == [["e1", "e2", "e3"]]


def test_the_two_seas_either_side_of_a_strait_stay_two_places() -> None:
    # near miss: "a ship was hit in the Red Sea" and "a ship was hit in the Gulf of Aden" on
    # one day by one side are not linked through Bab el-Mandeb
    assert match(report(1, RED_SEA, "19", "YE"), report(2, ADEN_GULF, "19", "YE")) is None
    assert match(report(1, PERSIAN_GULF, "17", "IR"), report(2, OMAN_GULF, "17", "IR")) is None


def test_a_strait_report_between_two_sea_happenings_joins_neither() -> None:
    # near miss: two attacks of one day, one in each sea; the strait's report could tell
    # either, and the two seas' reports never meet through it (complete link)
    reports = [
        report(1, RED_SEA, "19", "YE"),
        report(2, MANDEB, "19", "YE"),
        report(3, ADEN_GULF, "19", "YE"),
    ]
    groups = _groups(reports)
    assert ["e1"] in groups
    assert ["e3"] in groups


def test_a_sea_the_strait_does_not_open_into_is_another_place() -> None:
    assert match(report(1, HORMUZ, "17", "IR"), report(2, RED_SEA, "17", "IR")) is None


def test_acts_with_no_shared_side_stay_apart() -> None:
    # near miss: one side named in each report, or none named
    assert match(report(1, MANDEB, "19", "YE"), report(2, ADEN_GULF, "19", "SO")) is None
    assert match(report(1, MANDEB, "19", None), report(2, ADEN_GULF, "19", None)) is None


def test_a_drill_covers_an_area_and_is_not_linked() -> None:
    # near miss: "the navy held drills in the Strait of Hormuz" / "... in the Gulf of Oman"
    assert match(report(1, HORMUZ, "15", "IR"), report(2, OMAN_GULF, "15", "IR")) is None


def test_a_disaster_has_no_sides_and_is_linked_by_type_and_day() -> None:
    wreck = "DIS-QUAKE"  # a quake under the strait, told by one outlet at either sea
    assert match(report(1, HORMUZ, wreck, None), report(2, OMAN_GULF, wreck, None)) is not None


def test_every_row_names_two_seas_of_the_gazetteer_and_a_source() -> None:
    path = data_dir() / "gazetteer"
    with (path / "regions.csv").open(encoding="utf-8") as fh:
        seas = {row["id"] for row in csv.DictReader(fh) if row["kind"] == "sea"}
    with (path / "strait_waters.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert row["strait"] in seas, row
        assert row["water"] in seas, row
        assert row["source"].strip(), row


def test_a_sea_looks_up_the_straits_opening_into_it() -> None:
    assert "rg:gulf-of-oman" in strait_waters()["rg:strait-of-hormuz"]
    assert linked_waters("rg:red-sea") == ("rg:bab-el-mandeb",)
    assert "rg:gulf-of-aden" not in linked_waters("rg:red-sea")
