"""Session 85, hap95 (issue 16, precision). A place named only inside an act another act
answers ("to protest against the arrest of their mayor in Kano") is not the act's place
(``events/answered_places``, ``happenings/answered``: newuser91's repro 00). Reports written
for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def _report(key: str, day: str, text: str) -> dict[str, str]:
    return {
        "title": key,
        "date": day,
        "source": key.title(),
        "url": f"https://{key}.example/{key}",
        "text": text,
    }


ARREST = _report(
    "arrest", "2026-02-08", "Police arrested the opposition mayor of Kano on Sunday in the city."
)
DETAINED = _report(
    "detained",
    "2026-02-08",
    "ABUJA — Police detained 20 activists on Sunday who had gathered outside the party office "
    "to protest against the arrest of their mayor in Kano.",
)
MARCH = _report(
    "march",
    "2026-02-08",
    "ABUJA — Hundreds of students marched on Sunday to denounce the shooting of protesters "
    "outside the court in Kano.",
)
# near miss: the protest's own complement, where the crowd may have stood
OWN = _report(
    "own", "2026-02-08", "Crowds protested against the arrest of the mayor in Kano on Sunday."
)


def _read(store_url: str, geoparser: Geoparser, tmp_path: Path, items: list[dict]) -> dict:
    """Each report's events: url key -> [(root, place name, happening id)]."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    pipe.ingest([path])
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for r in pipe.store.event_rows():
        key = r["url"].rsplit("/", 1)[1]
        out.setdefault(key, []).append(
            (str(r["event_code"])[:2], r.get("location_name"), r["happening_id"])
        )
    return out


def _happening(events: list[tuple[str, str | None, str]], root: str) -> str:
    return next(h for code, _, h in events if code == root)


def test_a_detention_over_an_arrest_in_another_city_is_not_that_arrest(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    got = _read(store_url, geoparser, tmp_path, [ARREST, DETAINED])
    assert _happening(got["detained"], "17") != _happening(got["arrest"], "17")


def test_a_march_against_a_shooting_in_another_city_is_not_placed_there(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    got = _read(store_url, geoparser, tmp_path, [MARCH])
    assert all(place != "Kano" for code, place, _ in got["march"] if code == "14")


def test_a_protest_against_an_arrest_keeps_the_place_of_its_own_complement(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    got = _read(store_url, geoparser, tmp_path, [OWN])
    assert any(place == "Kano" for code, place, _ in got["own"] if code == "14")
