"""Acts the open happenings sets' missed pairs showed unread (issue 16, recall; hap48).
Every sentence below was written for these tests; none is taken from an evaluation set.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.cues import lesser_and_main
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.reading import Extract, code, make_extract, real, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_dated_aftershock_is_a_quake(extract: Extract) -> None:
    # USGS Earthquake Glossary: an aftershock (and a foreshock) is an earthquake; a date bound
    # to the noun names one occurrence, as "Friday's quake" already does
    for body, day in (
        (
            "Engineers inspected the dams after yesterday's magnitude 5.6 aftershock near Ferrol.",
            "2026-06-17",
        ),
        (
            "Geologists told the council that last week's foreshock near the dam had been mild.",
            None,
        ),
        ("Schools stayed shut after Monday's aftershock in the valley.", "2026-06-15"),
    ):
        quakes = real(extract(body), "DIS-QUAKE")
        assert [code(e) for e in quakes] == ["DIS-QUAKE"], body
        if day is not None:
            assert str(quakes[0].date_start) == day, body


def test_an_undated_or_possible_aftershock_is_no_quake(extract: Extract) -> None:
    # near misses: aftershocks foreseen, or named with no date bound to them, tell no occurrence
    for body in (
        "Seismologists warned that aftershocks of that size could recur for months.",
        "The agency publishes a weekly bulletin on aftershock risk.",
    ):
        assert not real(extract(body), "DIS-QUAKE"), body


def _source_countries(events: list, root: str) -> list[str | None]:
    return [e.roles.source_country for e in real(events, root)]


def test_the_dead_named_before_a_clause_of_the_attack_are_not_its_attacker(
    extract: Extract,
) -> None:
    # a subordinate clause with a subject of its own (Huddleston and Pullum 2002, ch. 12)
    # tells who attacked; a subject named by a name ("an Islamic State bomber", "a Shabaab
    # gunman") is still that clause's subject, so the dead named before it did not attack
    for body in (
        "Two Canadian aid workers were among those killed when a Shabaab gunman attacked the "
        "hotel in Mogadishu on Tuesday, Ottawa said.",
        "Four French tourists were among the dead after an Islamic State militant opened fire "
        "on a beach in Sousse on Tuesday.",
        "Three Kenyan police officers died when a Shabaab roadside bomb hit their truck in "
        "Mandera on Tuesday.",
    ):
        countries = _source_countries(extract(body), "18")
        countries += _source_countries(extract(body), "19")
        assert countries, body
        assert None in countries, body
        assert not {"CA", "FR", "KE"} & set(countries), body


def test_the_attacker_named_in_the_clause_stays_its_source(extract: Extract) -> None:
    # near miss: the clause's own subject is a country's force, which stays the source
    body = "Two Somali traders were among those killed when a Kenyan drone struck the market on Tuesday."
    assert "KE" in _source_countries(extract(body), "19"), body


def test_a_hazard_dated_in_the_past_is_not_planned_by_another_clause(extract: Extract) -> None:
    # TimeML: a possessive temporal modifies its noun; "this week's flood" told on Thursday
    # has happened, whatever "would" another clause of the sentence holds
    for body in (
        "Farmers returned to their fields after this week's flood in the valley, as officials "
        "warned that prices would climb.",
        "Villagers cleared the mud after yesterday's landslide, and officials said the road "
        "would reopen soon.",
    ):
        hazards = [e for e in extract(body) if code(e).startswith("DIS-")]
        assert hazards, body
        assert all(not unreal(e) for e in hazards), body
        assert all(str(e.date_start) <= "2026-06-18" for e in hazards), body


def test_a_hazard_of_a_weekday_to_come_stays_planned(extract: Extract) -> None:
    # near miss: a weekday's storm may be forecast, so a future verb keeps it planned
    body = "Officials said Saturday's storm would bring heavy rain to the coast."
    assert all(unreal(e) for e in extract(body) if code(e).startswith("DIS-"))


SHOCKS = [
    {
        "title": "Quake shakes the valley",
        "date": "2026-06-08",
        "source": "Valley Post",
        "url": "https://valley.example/main",
        "text": "A magnitude 6.3 earthquake struck near the town of Sulmona on Monday, bringing "
        "down walls and chimneys.",
    },
    {
        "title": "Night in the squares",
        "date": "2026-06-09",
        "source": "Capital Letter",
        "url": "https://capital.example/main",
        "text": "A magnitude 6.3 earthquake hit Sulmona yesterday, and families slept in the "
        "squares.",
    },
    {
        "title": "Aftershock rattles the valley",
        "date": "2026-06-12",
        "source": "Valley Post",
        "url": "https://valley.example/after",
        "text": "A magnitude 5.6 aftershock rattled Sulmona on Friday, bringing down a bell tower.",
    },
    {
        "title": "Second shock",
        "date": "2026-06-13",
        "source": "Capital Letter",
        "url": "https://capital.example/after",
        "text": "A magnitude 5.6 aftershock hit Sulmona yesterday, and the bell tower fell.",
    },
    {
        "title": "Geologists on the fault",
        "date": "2026-06-17",
        "source": "Science Desk",
        "url": "https://science.example/fault",
        "text": "Geologists said last week's magnitude 5.6 aftershock near Sulmona came from the "
        "same fault as the magnitude 6.3 earthquake.",
    },
]


def test_a_week_dated_aftershock_joins_the_aftershock_not_the_main_shock(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # USGS glossary: an aftershock is smaller than the main shock it follows; the report told
    # a week later names both magnitudes, and its own phrase gives its own (5.6)
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "shocks.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SHOCKS), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if r["event_code"] == "DIS-QUAKE"]
    of: dict[str, set[str]] = {}
    for r in rows:
        of.setdefault(r["url"].split("//", 1)[1], set()).add(r["happening_id"])
    main = of["valley.example/main"] | of["capital.example/main"]
    after = of["valley.example/after"] | of["capital.example/after"]
    assert len(main) == 1
    assert len(after) == 1
    assert main != after
    assert of["science.example/fault"] & after
    assert not of["science.example/fault"] & main


def test_a_lesser_shock_and_a_larger_one_are_two_quakes() -> None:
    assert lesser_and_main(5.6, True, 6.3, False)
    assert lesser_and_main(6.3, False, 5.6, True)
    # near misses: agencies' tenths for one shock; two shocks both told as lesser; no size
    assert not lesser_and_main(5.6, True, 5.8, False)
    assert not lesser_and_main(5.6, True, 6.3, True)
    assert not lesser_and_main(None, True, 6.3, False)
    assert not lesser_and_main(5.6, False, 6.3, False)
    assert not lesser_and_main(6.3, True, 5.6, False)  # the one told lesser is the larger
