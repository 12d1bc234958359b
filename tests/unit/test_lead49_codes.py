"""Faults a fresh user (newuser49) found in coding: "they" after a saying is the sayers,
so students vowing to keep up blockades threaten protest (§133), not a military blockade
(§1381); protesters killed are victims, not a protest. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-06-17\nSKOPJE — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The farmers said they would keep up their blockades until the tax was dropped.",
        "The students said they would continue the blockades of the faculties.",
    ],
)
def test_civilians_vowing_blockades_threaten_protest(extract: Extract, sentence: str) -> None:
    assert _codes(extract(sentence)) == ["133"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels said they would blockade the port until the army withdrew.",
        "The army said they would blockade the port until the rebels withdrew.",
    ],
)
def test_armed_sayers_still_threaten_a_blockade(extract: Extract, sentence: str) -> None:
    assert _codes(extract(sentence)) == ["1381"]


def test_protesters_killed_are_the_clashs_toll_not_a_protest(extract: Extract) -> None:
    events = extract(
        "Demonstrators clashed with police in Tetovo on Monday. Three protesters were killed,"
        " the health ministry said."
    )
    assert "140" not in _codes(events)
    assert len(events) == 1


def test_protesters_killed_alone_are_a_killing(extract: Extract) -> None:
    assert _codes(extract("Three protesters were killed in Tetovo on Monday.")) != ["140"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If the ceasefire fails, the rebels will attack Bunia, a U.N. official warned.",
        "The rebels will attack Bunia next month, an EU envoy predicted.",
    ],
)
def test_a_third_bodys_official_foretells_no_threat(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert not any((e.event_code or "").startswith("13") for e in events)
    assert all("hypothetical" in e.flags or "planned" in e.flags for e in events)


def test_the_bodys_own_plan_told_by_its_official_stays_its_own(extract: Extract) -> None:
    events = extract("The UN will send more peacekeepers to Bunia, a UN official said.")
    assert any("UN" in e.actors for e in events)
    assert all("hypothetical" not in e.flags for e in events)


def test_the_actors_own_warning_is_still_a_threat(extract: Extract) -> None:
    events = extract("The rebels will attack Bunia if the ceasefire fails, their leader warned.")
    assert [(e.event_code or "")[:2] for e in events] == ["13"]


@pytest.mark.parametrize("pronoun", ["each other", "one another"])
def test_a_reciprocal_pronoun_makes_the_other_subject_the_target(
    extract: Extract, pronoun: str
) -> None:
    events = extract(f"Serbia and Kosovo accused {pronoun} on Tuesday of stoking tension.")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Serbia", "Kosovo")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Estonian police boarded a tanker suspected of dragging its anchor over a cable.",
        "The coast guard boarded a cargo ship off Paldiski on Tuesday.",
    ],
)
def test_police_or_coast_guard_boarding_a_vessel_seize_it(extract: Extract, sentence: str) -> None:
    assert _codes(extract(sentence)) == ["171"]


@pytest.mark.parametrize("verb", ["captured", "seized"])
def test_a_named_town_taken_is_territory_occupied(extract: Extract, verb: str) -> None:
    assert _codes(extract(f"The RSF {verb} Kassala on Tuesday.")) == ["192"]


def test_police_capturing_a_name_still_arrest(extract: Extract) -> None:
    assert _codes(extract("Police captured Jackson after a car chase on Tuesday.")) == ["173"]


def test_it_after_an_act_nouns_maker_is_not_the_maker(extract: Extract) -> None:
    events = extract(
        "A Serbian drone struck a depot near Pristina on Monday, and it vowed revenge on Tuesday."
    )
    vows = [e for e in events if (e.event_code or "").startswith("13")]
    assert vows
    assert all(e.roles.source != "Serbia" for e in vows)


def test_a_blockade_not_ruled_out_is_threatened(extract: Extract) -> None:
    events = extract("Belgrade has not ruled out a blockade of the border crossings.")
    assert _codes(events) == ["1381"]
    assert all("negated" not in e.flags for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Greek officials warned that Turkey will attack the islands.",
        "A U.N. envoy warned that the ADF will attack Beni.",
    ],
)
def test_a_warning_of_anothers_attack_is_a_comment(extract: Extract, sentence: str) -> None:
    assert _codes(extract(sentence)) == ["012"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey warned that it will attack the militants.",
        "Turkey warned that Greece would pay a heavy price.",
        "Turkey warned that Turkish jets will strike the militants.",
    ],
)
def test_a_warners_own_threat_stays_a_threat(extract: Extract, sentence: str) -> None:
    assert [c[:2] for c in _codes(extract(sentence))] == ["13"]
