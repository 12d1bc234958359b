"""Acts the open happenings sets' missed pairs showed unread (issue 16, recall; hap48).
Every sentence below was written for these tests; none is taken from an evaluation set.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
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
