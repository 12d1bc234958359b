"""A ship taken, told as a seizure by one outlet and as a hijacking by another, is one type in
the merge (``rules.merge_root``: CAMEO codes the act by who took it, which outlets tell
differently); an act told as off a coast meets the sea it happened in (``cues.offshore``).
Reports and sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.cues import offshore
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match, merge_root
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


@pytest.mark.parametrize(
    ("root", "code", "clause", "sentence", "merged"),
    [
        ("17", "171", "Iranian forces seized the tanker", "", "17"),
        ("18", "181", "Pirates hijacked a bulk carrier", "", "17"),
        ("18", "180", "Gunmen boarded a freighter off Aden", "", "17"),
        # the ship named only in the sentence: "the ferry, which armed men seized on Monday"
        (
            "18",
            "181",
            "Armed men seized on Monday",
            "The ferry, which armed men seized on Monday,",
            "17",
        ),
        # near misses: people kidnapped, a ship attacked, not taken
        ("18", "181", "Gunmen kidnapped two engineers", "", "18"),
        ("18", "180", "Gunmen attacked a fishing boat", "", "18"),
        ("19", "190", "Troops seized the ship", "", "19"),
    ],
)
def test_a_vessel_taken_is_merged_as_a_seizure(
    root: str, code: str, clause: str, sentence: str, merged: str
) -> None:
    assert merge_root(root, code, clause, sentence) == merged


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("Gunmen boarded the ship off Aden", True),
        ("Armed men boarded a tanker off the coast of Hodeidah", True),
        ("Small boats diverted a tanker 20 nautical miles from Khor Fakkan", True),
        ("Gunmen seized a ship in the port of Aden", False),
        ("The talks were called off on Monday", False),
    ],
)
def test_offshore_reads_a_coast_an_act_happened_off(clause: str, said: bool) -> None:
    assert offshore(clause) is said


RED_SEA = Spot(
    "rg:red-sea",
    "Red Sea",
    "sea",
    20.0,
    38.5,
    None,
    None,
    3,
    (32.3, 12.5, 43.5, 30.0),
    shores=frozenset({"YE", "SA", "ER", "SD", "EG"}),
)
HODEIDAH = Spot("gn:79415", "Al Hudaydah", "city", 14.798, 42.954, "YE", "YE-HU", 2)
MARIB = Spot("gn:72966", "Marib", "city", 15.463, 45.325, "YE", "YE-MA", 1)
DAY = date(2025, 6, 12)


def report(n: int, spot: Spot, *, day: date = DAY, off: bool = False) -> Report:
    return Report(f"e{n}", f"a{n}", "17", day, day, 1, spot, offshore=off)


def test_a_seizure_at_sea_meets_one_told_off_its_coast() -> None:
    m = match(report(1, RED_SEA), report(2, HODEIDAH, off=True))
    assert m is not None
    assert "Red Sea" in m.reason


def test_an_attack_told_off_a_coast_meets_the_sea_unless_another_side_acted() -> None:
    # "Gunmen fired on a ship off Hodeidah" and a strike on a ship in the Red Sea, no side
    # named: both at sea, one happening since hap13 (``rules._off_coast``)
    attack = Report("e1", "a1", "18", DAY, DAY, 1, RED_SEA)
    off = Report("e2", "a2", "18", DAY, DAY, 1, HODEIDAH, offshore=True)
    assert match(attack, off) is not None
    # the sea report names who attacked, and not the coast's country: apart
    other = Report("e1", "a1", "18", DAY, DAY, 1, RED_SEA, countries=frozenset({"IR"}))
    assert match(other, off) is None


def test_near_misses_stay_apart() -> None:
    # the same coast told as where it happened (not off it), with no side named: apart
    assert match(report(1, RED_SEA), report(2, HODEIDAH)) is None
    # "off" an inland town says nothing of the sea (Marib is ~195 km from the box)
    assert match(report(1, RED_SEA), report(2, MARIB, off=True)) is None
    # two days apart: two seizures
    assert match(report(1, RED_SEA), report(2, HODEIDAH, day=date(2025, 6, 14), off=True)) is None


ADEN = Spot("gn:415189", "Aden", "city", 12.779, 45.037, "YE", "YE-AD", 1)


def taking(n: int, taken: str) -> Report:
    return Report(f"e{n}", f"a{n}", "17", DAY, DAY, 1, ADEN, taken=taken)


def test_a_hijacking_meets_the_seizure_of_a_ship_not_an_arrest() -> None:
    # "Pirates hijacked a tanker off Aden" (181) and "Naval forces seized a tanker in Aden"
    assert match(taking(1, "181"), taking(2, "171")) is not None
    # near miss: "Police arrested five men in Aden" the same day (173, no ship taken)
    assert match(taking(1, "181"), taking(2, "")) is None
    assert match(taking(1, ""), taking(2, "180")) is None
    # two reports of 17 that take no ship are judged as before (the rule's other parts)
    assert match(taking(1, "171"), taking(2, "")) is not None


SEIZURES = [
    {
        "title": "Navy takes tanker",
        "date": "2025-06-12",
        "source": "Gulf Wire",
        "url": "https://gulfwire.example/seized",
        "text": "Iranian naval forces seized an oil tanker in the Gulf of Oman on Thursday, "
        "state television said.",
    },
    {
        "title": "Tanker hijacked",
        "date": "2025-06-12",
        "source": "Sea Lanes",
        "url": "https://sealanes.example/hijacked",
        "text": "Armed men hijacked an oil tanker in the Gulf of Oman on Thursday and steered it "
        "toward Iranian waters, a maritime security firm said.",
    },
    {
        "title": "Second tanker taken",
        "date": "2025-06-14",
        "source": "Sea Lanes",
        "url": "https://sealanes.example/second",
        "text": "Armed men hijacked another oil tanker in the Gulf of Oman on Saturday, a "
        "maritime security firm said.",
    },
    {
        "title": "Engineers kidnapped",
        "date": "2025-06-12",
        "source": "Coast Post",
        "url": "https://coastpost.example/kidnap",
        "text": "Gunmen kidnapped two engineers in the Gulf of Oman on Thursday, the company said.",
    },
    {
        "title": "Freighter boarded off Aden",
        "date": "2025-06-12",
        "source": "Harbour Times",
        "url": "https://harbour.example/aden",
        "text": "Gunmen boarded a freighter off Aden on Thursday and took it toward the Somali "
        "coast, the navy said.",
    },
    {
        "title": "Freighter seized in gulf",
        "date": "2025-06-12",
        "source": "Gulf Wire",
        "url": "https://gulfwire.example/gulf-of-aden",
        "text": "Pirates seized a freighter in the Gulf of Aden on Thursday, a naval force said.",
    },
    {
        "title": "Arrests in Aden",
        "date": "2025-06-12",
        "source": "Coast Post",
        "url": "https://coastpost.example/arrests",
        "text": "Police arrested five men in Aden on Thursday, officials said.",
    },
]


def test_the_store_joins_one_taking_told_two_ways(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "seizures.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SEIZURES), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of["seized"] == of["hijacked"]  # 171 and 181: one taking
    assert of["second"] != of["hijacked"]  # two days later: another ship
    assert of["kidnap"] != of["hijacked"]  # people taken, not the ship
    assert of["aden"] == of["gulf-of-aden"]  # off Aden, in the Gulf of Aden
    assert of["arrests"] != of["aden"]  # an arrest in Aden is no taking of a ship


def test_a_store_grouped_before_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import rules
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "seizures.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SEIZURES[:2]), encoding="utf-8")
    # group as 0015's release did: a hijacking stayed an assault (18), apart from the seizure
    with monkeypatch.context() as old_rule:
        old_rule.setattr(rules, "TAKEN_CODES", frozenset())
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0015'"))
    assert len({r["happening_id"] for r in pipe.store.event_rows()}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0016, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0016"
    assert len({r["happening_id"] for r in store.event_rows()}) == 1
