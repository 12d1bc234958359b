"""Two attacks of one city and day told apart by their means, and an attack's place not taken
from its doer's nationality (issue 16: precision first, then recall). Every report below was
written for these tests; none is taken from an evaluation set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.happenings.means import attack_means
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

RIGA = Spot("gn:456172", "Riga", "city", 56.95, 24.11, "LV", "LV-RIX", 1)
DAY = date(2026, 3, 10)


def _report(event_id: str, article_id: str, code: str, clause: str) -> Report:
    return Report(
        event_id,
        article_id,
        code[:2],
        DAY,
        DAY,
        1,
        RIGA,
        code=code,
        means=attack_means(code, clause),
    )


def test_a_bombing_and_a_shooting_of_one_city_and_day_are_two_attacks() -> None:
    # CAMEO 1.1b3 §183 (bombing) and §193 (small arms); ACLED's Explosions/Remote violence
    bomb = _report("e1", "a1", "183", "A car bomb exploded outside the central station")
    shot = _report("e2", "a2", "180", "A gunman opened fire at the river market")
    assert match(bomb, shot) is None
    # near misses: a bare "attack" names no means, and a clause naming both shares one
    attack = _report("e3", "a3", "190", "An attack outside the central station killed three")
    both = _report("e4", "a4", "180", "Gunmen stormed the station after a blast")
    assert match(bomb, attack) is not None
    assert match(bomb, both) is not None
    assert match(shot, both) is not None


def test_the_code_names_the_means_when_the_clause_does_not() -> None:
    # §1831 suicide bombing against §193 small arms fire: the codes alone tell the means
    assert attack_means("1831", "It struck the crowd at the gate") == {"explosive"}
    assert attack_means("193", "Troops traded fire with the rebels") == {"firearm"}
    # near miss: "shot down" is an aircraft downed, not a shooting; the missile is the means
    assert attack_means("190", "The jet was shot down by a missile") == {"explosive"}


def _ingest(store_url: str, geoparser: Geoparser, tmp_path: Path, reports: list[dict]) -> dict:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if str(r["event_code"])[:2] in ("18", "19")]
    return {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}


def _art(slug: str, day: str, source: str, text: str) -> dict:
    host = source.lower().replace(" ", "-")
    return {
        "title": slug,
        "date": day,
        "source": source,
        "url": f"https://{host}.example/{slug}",
        "text": text,
    }


AFTERNOON = [
    _art(
        "blast",
        "2026-03-10",
        "River Courier",
        "VILNIUS — A bomb hidden in a parked van exploded "
        "outside the finance ministry in Vilnius on Tuesday afternoon, killing four people.",
    ),
    _art(
        "toll",
        "2026-03-11",
        "Baltic Daily",
        "VILNIUS — The bombing outside the finance ministry "
        "in Vilnius on Tuesday killed six people, police said on Wednesday.",
    ),
    _art(
        "concert",
        "2026-03-10",
        "Evening Star",
        "VILNIUS — A gunman opened fire at an open-air "
        "concert in Vilnius on Tuesday evening, wounding nine people before police detained him.",
    ),
    _art(
        "shooting",
        "2026-03-11",
        "Northern Wire",
        "VILNIUS — The shooting at the open-air concert "
        "in Vilnius on Tuesday wounded eleven people, doctors said on Wednesday.",
    ),
]


def test_a_bomb_and_a_shooting_in_one_city_stay_two_happenings(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _ingest(store_url, geoparser, tmp_path, AFTERNOON)
    assert of["blast"] == of["toll"]
    assert of["concert"] == of["shooting"]
    assert of["blast"] != of["concert"]


DRONE = [
    _art(
        "strike",
        "2026-04-12",
        "Desert Herald",
        "MOGADISHU — A US drone strike hit a pickup truck "
        "on the outskirts of Mogadishu on Sunday, the US military said.",
    ),
    _art(
        "family",
        "2026-04-14",
        "Horn Monitor",
        "MOGADISHU — Relatives of a taxi driver killed with "
        "his two sons when a US drone struck his truck on Sunday said on Tuesday that none of them "
        "had links to militants.",
    ),
    _art(
        "driver",
        "2026-04-14",
        "Plain Courier",
        "Relatives of a taxi driver killed with his two "
        "sons when a US drone struck his truck on Sunday said on Tuesday that they would sue.",
    ),
]


def test_an_attack_is_not_placed_at_its_doers_nationality(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # "a US drone struck his truck" names the US as who struck, not where: the report filed
    # from Mogadishu is placed there and meets the strike told by another outlet
    of = _ingest(store_url, geoparser, tmp_path, DRONE)
    assert of["family"] == of["strike"]
    # near miss: a report naming no other place keeps the doer's country, and stays apart
    assert of["driver"] != of["strike"]
