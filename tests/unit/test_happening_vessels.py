"""A ship taken, told as a seizure by one outlet and as a hijacking by another, is one type in
the merge (``rules.merge_root``: CAMEO codes the act by who took it, which outlets tell
differently).
Reports and sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.rules import merge_root
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
        ("18", "181", "Armed men seized on Monday", "The ferry, which armed men seized on Monday,", "17"),
        # near misses: people kidnapped, a ship attacked, not taken
        ("18", "181", "Gunmen kidnapped two engineers", "", "18"),
        ("18", "180", "Gunmen attacked a fishing boat", "", "18"),
        ("19", "190", "Troops seized the ship", "", "19"),
    ],
)  # fmt: skip
def test_a_vessel_taken_is_merged_as_a_seizure(
    root: str, code: str, clause: str, sentence: str, merged: str
) -> None:
    assert merge_root(root, code, clause, sentence) == merged


SEIZURES = [
    {"title": "Navy takes tanker", "date": "2025-06-12", "source": "Gulf Wire",
     "url": "https://gulfwire.example/seized",
     "text": "Iranian naval forces seized an oil tanker in the Gulf of Oman on Thursday, "
             "state television said."},
    {"title": "Tanker hijacked", "date": "2025-06-12", "source": "Sea Lanes",
     "url": "https://sealanes.example/hijacked",
     "text": "Armed men hijacked an oil tanker in the Gulf of Oman on Thursday and steered it "
             "toward Iranian waters, a maritime security firm said."},
    {"title": "Second tanker taken", "date": "2025-06-14", "source": "Sea Lanes",
     "url": "https://sealanes.example/second",
     "text": "Armed men hijacked another oil tanker in the Gulf of Oman on Saturday, a "
             "maritime security firm said."},
    {"title": "Engineers kidnapped", "date": "2025-06-12", "source": "Coast Post",
     "url": "https://coastpost.example/kidnap",
     "text": "Gunmen kidnapped two engineers in the Gulf of Oman on Thursday, the company said."},
    {"title": "Freighter boarded off Aden", "date": "2025-06-12", "source": "Harbour Times",
     "url": "https://harbour.example/aden",
     "text": "Gunmen boarded a freighter off Aden on Thursday and took it toward the Somali "
             "coast, the navy said."},
    {"title": "Freighter seized in gulf", "date": "2025-06-12", "source": "Gulf Wire",
     "url": "https://gulfwire.example/gulf-of-aden",
     "text": "Pirates seized a freighter in the Gulf of Aden on Thursday, a naval force said."},
]  # fmt: skip


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
