"""One raid on several sites, read at one site by each outlet (issue 16, recall): two towns of
one country match when each report names the other's among its places
(``rules._named_sites``). Reports written for these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

DNIPRO = Spot("gn:709930", "Dnipro", "city", 48.45, 34.98, "UA", "UA-12", 1)
ZAPORIZHZHIA = Spot("gn:687700", "Zaporizhzhia", "city", 47.82, 35.19, "UA", "UA-23", 1)
KHARKIV = Spot("gn:706483", "Kharkiv", "city", 49.98, 36.25, "UA", "UA-63", 1)
BELGOROD = Spot("gn:578072", "Belgorod", "city", 50.61, 36.58, "RU", "RU-BEL", 1)
TUESDAY = date(2022, 11, 15)


def strike(n: int, place: Spot, named: tuple[Spot, ...], *, on: int = 0) -> Report:
    """A Russian missile strike (CAMEO 19) told by article ``a{n}``, naming ``named``."""
    d = TUESDAY + timedelta(days=on)
    return Report(
        f"e{n}",
        f"a{n}",
        "19",
        d,
        d,
        1,
        place,
        countries=frozenset({"RU"}),
        source_country="RU",
        named=frozenset(s.id for s in (place, *named)),
    )


def test_two_sites_each_report_naming_both_are_one_raid() -> None:
    # "missiles struck plants in Dnipro and Zaporizhzhia" read at Dnipro; "a plant in
    # Zaporizhzhia was set on fire, and one in Dnipro was hit too" read at Zaporizhzhia
    m = match(strike(1, DNIPRO, (ZAPORIZHZHIA,)), strike(2, ZAPORIZHZHIA, (DNIPRO,)))
    assert m is not None
    assert "names both sites" in m.reason


def test_a_report_naming_the_other_site_one_way_only_stays_apart() -> None:
    # near miss: "strikes on Zaporizhzhia, a day after Dnipro was hit" against a report of
    # Dnipro that names no Zaporizhzhia: two raids may be told so
    assert match(strike(1, DNIPRO, ()), strike(2, ZAPORIZHZHIA, (DNIPRO,))) is None


def test_sites_of_two_countries_stay_apart() -> None:
    # near miss: Kharkiv and Belgorod shelled the same day, each report naming both towns
    assert match(strike(1, KHARKIV, (BELGOROD,)), strike(2, BELGOROD, (KHARKIV,))) is None


def test_the_same_two_sites_two_days_apart_stay_apart() -> None:
    # near miss: the same two cities hit again two days later
    assert (
        match(strike(1, DNIPRO, (ZAPORIZHZHIA,)), strike(2, ZAPORIZHZHIA, (DNIPRO,), on=2)) is None
    )


def test_a_third_town_s_strike_that_day_stays_out_of_the_raid() -> None:
    reports = [
        strike(1, DNIPRO, (ZAPORIZHZHIA,)),
        strike(2, ZAPORIZHZHIA, (DNIPRO,)),
        strike(3, KHARKIV, ()),
    ]
    assert sorted(sorted(g.event_ids) for g in cluster(reports)) == [["e1", "e2"], ["e3"]]


RAID = [
    {
        "title": "Missiles hit two power plants",
        "date": "2022-11-15",
        "source": "Grid Wire",
        "url": "https://grid.example/plants",
        "text": "Russian missiles struck power plants in Dnipro and Zaporizhzhia on Tuesday, "
        "Ukraine's grid operator said.",
    },
    {
        "title": "Zaporizhzhia plant ablaze",
        "date": "2022-11-16",
        "source": "Steppe News",
        "url": "https://steppe.example/zap",
        "text": "A Russian missile strike set a power plant in Zaporizhzhia on fire yesterday, "
        "and a plant in Dnipro was hit too, officials said.",
    },
    {
        "title": "Strike on Kharkiv",
        "date": "2022-11-15",
        "source": "East Post",
        "url": "https://east.example/kharkiv",
        "text": "Russian missiles struck a power station in Kharkiv on Tuesday, the regional "
        "governor said.",
    },
]


def test_the_store_reads_the_sites_a_report_names(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "raid.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RAID), encoding="utf-8")
    pipe.ingest([path])
    of = {
        r["url"]: r["happening_id"]
        for r in pipe.store.event_rows()
        if r["event_code"].startswith("19")
    }
    plants, zap, kharkiv = (r["url"] for r in RAID)
    assert of[plants] == of[zap]
    assert of[kharkiv] != of[plants]
