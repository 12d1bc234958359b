"""Acts a report tells that the reader left unread, so the report could join no happening
(issue 16, recall), and a place of a happening taken from an actor's seat. Every sentence
and report below was written for these tests; none is taken from an evaluation set.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_missiles_raining_down_are_an_attack(extract: Extract) -> None:
    # Merriam-Webster rain v. 2 "to fall like rain": weapons falling on a place were fired at it
    for body in (
        "Rockets rained down on the border town of Sderot for two hours on Monday.",
        "Residents hid in cellars as mortar rounds rained down on the village on Tuesday.",
    ):
        assert [code(e) for e in real(extract(body), "19")] == ["195"], body
    # near miss: rain itself falling is weather, no attack
    assert not rooted(extract("Heavy rain fell on the border town of Sderot on Monday."), "19")


def test_a_storming_told_as_a_noun_is_read(extract: Extract) -> None:
    body = "Ministers in Madrid condemned the storming of the parliament in Lima on Tuesday."
    assert [code(e) for e in real(extract(body), "14")] == ["145"]


def test_a_launch_told_as_a_noun_is_read(extract: Extract) -> None:
    body = "General Ortiz watched the launch of the country's newest missile on Tuesday."
    assert [code(e) for e in real(extract(body), "15")] == ["150"]


def test_an_arrest_at_the_weekend_told_in_a_relative_clause_is_read(extract: Extract) -> None:
    # a non-restrictive relative clause with a time of its own tells an act of its own; a
    # weekend is such a time as a day is
    body = (
        "Several governments urged Minsk on Monday to free the dissident, who was arrested on "
        "arrival in Belarus at the weekend."
    )
    assert [str(e.date_start) for e in real(extract(body), "17")] == ["2026-06-13"]


QUAKE = [
    {
        "title": "Quake in the hills",
        "date": "2026-06-16",
        "source": "Valley Post",
        "url": "https://valley.example/quake",
        "text": "ZAGREB — A strong earthquake struck the town of Sisak on Tuesday, bringing down "
        "walls and chimneys.",
    },
    {
        "title": "Aid for the quake zone",
        "date": "2026-06-18",
        "source": "Capital Letter",
        "url": "https://capital.example/aid",
        "text": "Brussels pledged emergency aid on Thursday for the towns around Sisak that were "
        "damaged in Tuesday's earthquake.",
    },
]


def test_an_actors_seat_is_no_place_of_the_happening(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # "Brussels pledged aid": the EU named by its seat acts; the quake struck around Sisak
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "quake.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in QUAKE), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if r["event_code"] == "DIS-QUAKE"]
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}
    assert of["quake"] == of["aid"]


RIOT = [
    {
        "title": "Crowd storms the assembly",
        "date": "2026-06-15",
        "source": "Morning Ledger",
        "url": "https://ledger.example/storm",
        "text": "Rioters stormed the parliament in Brasilia on Sunday, smashing windows and "
        "forcing guards to flee.",
    },
    {
        "title": "President condemns riot",
        "date": "2026-06-15",
        "source": "Evening Post",
        "url": "https://post.example/condemn",
        "text": "Lula condemned the attack on democracy on Monday. Four guards were hurt during "
        "the riot at the parliament on Sunday.",
    },
]


def test_a_report_naming_no_place_takes_the_place_its_other_events_agree_on(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the second report names no place: its condemnation is placed by who condemned
    # (Brazil), and the riot it tells is put there too, so it meets the riot in Brasilia
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "riot.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RIOT), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if str(r["event_code"]).startswith("14")]
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}
    assert of["storm"] == of["condemn"]


RAID = [
    {
        "title": "Drones hit bombers",
        "date": "2026-06-15",
        "source": "Capital Daily",
        "url": "https://capital-daily.example/raid",
        "text": "KYIV — Ukraine's intelligence service said it hit more than 30 Russian bombers "
        "at three airfields on Monday, using drones that had been hidden in Russia for months.",
    },
    {
        "title": "Airfields attacked",
        "date": "2026-06-15",
        "source": "Northern Wire",
        "url": "https://northern.example/airfields",
        "text": "MOSCOW — Ukrainian drones attacked three military airfields in Russia on Monday, "
        "the defence ministry said.",
    },
]


def test_a_raid_placed_by_the_dateline_alone_is_where_its_sentence_says(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the first is placed at its dateline (Kyiv) for want of a place in its clause; its
    # sentence names one country beside the side that acted: the raid was there
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "raid.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RAID), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if str(r["event_code"])[:2] in ("18", "19")]
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}
    assert of["raid"] == of["airfields"]
