"""An act told by the foreign service of the state whose people it befell was abroad
(``foreign_teller``, issue 16 recall: one outlet's report of a kidnapping or an attack was
placed at the victims' or the speaker's country, a third country that never meets the city
where it happened). Sentences written for these tests (Vienna Convention on Diplomatic
Relations 1961 arts. 3(1)(b), 41(2); Vienna Convention on Consular Relations 1963 art. 5;
ACLED codes an event where it took place)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.foreign_teller import foreign_teller
from dashboard.model import Event
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

Extract = Callable[[str], list[Event]]
PUB = date(2025, 6, 10)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def act_countries(events: list[Event]) -> set[str | None]:
    """The countries of the places read for the acts of coercion and force (roots 17-20)."""
    return {
        e.location.place.country_code if e.location and e.location.place else None
        for e in events
        if e.event_type.code[:2] in ("17", "18", "19", "20")
    }


@pytest.mark.parametrize(
    ("body", "teller"),
    [
        (
            "LONDON — Britain's Foreign Office said two of its nationals were kidnapped by gunmen on Monday.",
            "GB",
        ),
        (
            "WASHINGTON (Reuters) - The U.S. State Department said gunmen killed two American citizens at a hotel on Monday.",
            "US",
        ),
        (
            "Japan's foreign ministry said on Monday that two Japanese nationals were wounded when a bomb exploded at a hotel.",
            "JP",
        ),
        ("Germany's foreign ministry said police detained a German citizen on Monday.", "DE"),
        ("The Indian embassy said on Monday that police arrested five Indian students.", "IN"),
    ],
)
def test_not_in_the_tellers_country(extract: Extract, body: str, teller: str) -> None:
    """Placed at the teller's country on main (the victims' or the main actor's country, or
    its dateline); now not there."""
    found = act_countries(extract(body))
    assert found
    assert teller not in found


def test_a_place_told_stays(extract: Extract) -> None:
    """Near miss: the act's own place wins over any teller."""
    body = "Japan's foreign ministry said two Japanese nationals were wounded when a bomb exploded at a hotel in Kabul on Monday."
    assert act_countries(extract(body)) == {"AF"}


@pytest.mark.parametrize(
    ("body", "home"),
    [
        # a foreign ministry telling of others than its nationals may tell of home
        ("Ukraine's foreign ministry said Russian missiles killed 20 civilians on Monday.", "UA"),
        # a defence ministry is no foreign service: its own forces report at home
        ("Ukraine's defence ministry said Russian drones killed three people on Monday.", "UA"),
        # the teller's own state did it: placed by the other rules (the doer's side)
        (
            "KYIV — Ukraine's military said three of its soldiers were killed by Russian shelling on Monday.",
            "UA",
        ),
    ],
)
def test_other_tellers_keep_their_place(extract: Extract, body: str, home: str) -> None:
    assert home in act_countries(extract(body))


def test_other_roots_are_untouched() -> None:
    """A statement or a meeting told by a foreign ministry is not an act done abroad."""
    t = "Japan's foreign ministry said the minister met his counterpart."
    assert foreign_teller(t, "040", (0, len(t)), [(0, 5, "JP", None)]) is None


def test_owner_must_be_right_before_the_service() -> None:
    """A country elsewhere in the sentence owns no service ("Japan and the embassy said")."""
    t = "Japan and the embassy said a bomb killed two people."
    assert foreign_teller(t, "183", (0, 35), [(0, 5, "JP", None)]) is None
    t = "The embassy of Japan said a bomb killed two people."
    assert foreign_teller(t, "183", (0, 35), [(15, 20, "JP", None)]) is None


KIDNAP = [
    {
        "title": "Two tourists seized in Niger",
        "date": "2025-06-10",
        "source": "Sahel Wire",
        "url": "https://sahel.example/seized",
        "text": "Gunmen kidnapped two British tourists near Agadez in Niger on Monday, "
        "local officials said.",
    },
    {
        "title": "Britain says two nationals kidnapped",
        "date": "2025-06-10",
        "source": "London Desk",
        "url": "https://london.example/nationals",
        "text": "LONDON — Britain's Foreign Office said two of its nationals were kidnapped by "
        "gunmen on Monday. Officials in Niger said the pair had been travelling north of "
        "Agadez.",
    },
]


def _happenings(store_url: str, geoparser: Geoparser, tmp_path: Path, items: list[dict]) -> dict:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "kidnap.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if str(r["event_code"])[:2] in ("17", "18")]
    return {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}


def test_a_kidnapping_told_by_the_victims_foreign_office_meets_the_town(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    """The Foreign Office's report was placed in the United Kingdom (the victims' country)
    and never met Agadez; it now borrows the place its article names outside Britain."""
    of = _happenings(store_url, geoparser, tmp_path, KIDNAP)
    assert of["seized"] == of["nationals"]


def test_a_kidnapping_told_by_the_foreign_office_with_no_place_elsewhere_stays_apart(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    """Near miss: an article naming no place outside Britain gives its act none."""
    alone = [KIDNAP[0], {**KIDNAP[1], "text": KIDNAP[1]["text"].split(" Officials")[0]}]
    of = _happenings(store_url, geoparser, tmp_path, alone)
    assert of["seized"] != of["nationals"]
