"""Session 87, fix98 (newuser96's report, sections 3 and 4): a sentence that speaks from the
time of writing leaves a background paragraph told with a year; a year naming a compound noun
("a 1996 peace accord") and the "when" clause after such a noun phrase take that year; a
place that only names a clock's time zone is no place of the act. Sentences written for these
tests, with other names, places and topics than the user's."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


_BACKGROUND = (
    "KABUL — Gunmen killed 12 police officers at a checkpoint near Kunduz late on Saturday.\n\n"
    "In August 2017, gunmen killed 40 worshippers in an attack on a mosque in Kunduz, "
    "prompting the interior minister to resign.\n\n"
    "The governor said last week's attack showed the weakness of the Afghan Border Force, the "
    "unit made up of police from Kunduz, Takhar and Baghlan, and he threatened to withdraw "
    "Kunduz from it."
)


def test_a_threat_told_from_now_does_not_take_a_background_year(extract: Extract) -> None:
    threats = [e for e in extract(_BACKGROUND) if code(e).startswith("13")]
    assert threats
    assert all(e.when.start.year == 2026 for e in threats)


def test_an_undated_act_still_continues_a_background_year(extract: Extract) -> None:
    body = (
        "In August 2017, gunmen killed 40 worshippers at a mosque in Kunduz. The governor of "
        "Kunduz threatened to dismiss the police commander."
    )
    threats = [e for e in extract(body) if code(e).startswith("13")]
    assert [e.when.start for e in threats] == [date(2017, 8, 1)]


@pytest.mark.parametrize(
    "body",
    [
        "A 1996 peace accord ended two decades of fighting in Mindanao.",
        "A 1996 peace agreement ended two decades of fighting in Mindanao.",
    ],
)
def test_a_year_naming_a_compound_noun_dates_its_act(extract: Extract, body: str) -> None:
    ended = [e for e in extract(body) if code(e).startswith("08")]
    assert ended
    assert all((e.when.start, e.when.end) == (date(1996, 1, 1), date(1996, 12, 31)) for e in ended)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        (
            "The election was the first since the 2014 currency collapse, when rioters looted "
            "the central market in Kumasi and burned the mayor's house.",
            "14",
        ),
        (
            "The strike is the largest since the 2011 fuel crisis, when truckers blocked the "
            "highways around Lagos.",
            "14",
        ),
        (
            "The vote was the first since the 2014 economic crisis, when protesters stormed the "
            "city hall in Kumasi and forced the mayor to flee the country.",
            "14",
        ),
    ],
)
def test_a_when_clause_after_a_year_named_noun_takes_the_year(
    extract: Extract, body: str, root: str
) -> None:
    acts = [e for e in extract(body) if code(e).startswith(root)]
    assert acts
    assert all(e.when.start.year == e.when.end.year < 2020 for e in acts)


def test_a_dated_when_clause_after_a_weekday_keeps_the_day(extract: Extract) -> None:
    body = "Rioters looted the central market in Kumasi on Tuesday, when prices rose again."
    looted = [e for e in extract(body) if code(e).startswith("14")]
    assert [e.when.start for e in looted] == [date(2026, 6, 16)]


@pytest.mark.parametrize(
    "body",
    [
        "The airline suspended flights at 6 p.m. Moscow time on Tuesday, citing a strike.",
        "The utility cut power to the border towns at midnight Kyiv time on Tuesday, blaming sabotage.",
    ],
)
def test_a_clocks_time_zone_is_no_place(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert all(where(e)[0] not in ("Moscow", "Kyiv") for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested 30 people in Moscow at 6 p.m. on Tuesday.",
        "The army shelled Kyiv on Tuesday, and by the time the guns fell silent, dozens were dead.",
    ],
)
def test_a_city_named_beside_a_clock_is_still_a_place(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert where(events[0])[0] in ("Moscow", "Kyiv")


def test_the_next_day_counts_from_the_day_its_sentence_told(extract: Extract) -> None:
    body = (
        "SANTIAGO — The minister on Wednesday sent troops into the port. The riots followed the "
        "death of a student in Valparaiso. His death was confirmed on Saturday, and the mayor "
        "declared a curfew the next day."
    )
    curfews = [e for e in extract(body) if code(e).startswith("172")]
    assert [(e.when.start, e.when.precision) for e in curfews] == [(date(2026, 6, 14), 1)]


def test_the_next_day_with_no_day_in_its_sentence_follows_the_story(extract: Extract) -> None:
    body = (
        "SANTIAGO — Troops on Wednesday occupied the port of Valparaiso. The mayor declared a "
        "curfew the next day."
    )
    curfews = [e for e in extract(body) if code(e).startswith("172")]
    assert [e.when.start for e in curfews] == [date(2026, 6, 18)]


def test_days_of_fighting_told_by_a_saying_run_up_to_it(extract: Extract) -> None:
    body = (
        "At least seven people were killed in four days of fighting in Jonglei, officials said "
        "on Tuesday."
    )
    killed = [e for e in extract(body) if code(e).startswith(("18", "19", "20"))]
    assert [(e.when.start, e.when.end) for e in killed] == [(date(2026, 6, 12), date(2026, 6, 16))]


def test_a_killing_dated_by_its_own_day_keeps_it_beside_a_saying(extract: Extract) -> None:
    body = "Gunmen killed seven people in Jonglei on Monday, officials said on Tuesday."
    killed = [e for e in extract(body) if code(e).startswith(("18", "19", "20"))]
    assert [(e.when.start, e.when.end) for e in killed] == [(date(2026, 6, 15), date(2026, 6, 15))]


def test_a_when_clause_of_deliberation_does_not_place_the_riots(extract: Extract) -> None:
    body = "The riots began on June 2, when senators in Rome debated a pension law."
    riots = [e for e in extract(body) if code(e).startswith("14")]
    assert riots
    assert all(where(e)[0] != "Rome" for e in riots)


def test_a_when_clause_of_the_crowd_itself_keeps_its_place(extract: Extract) -> None:
    body = "The riots began on June 2, when protesters in Rome stormed the senate."
    riots = [e for e in extract(body) if code(e).startswith("14")]
    assert riots
    assert all(where(e)[0] == "Rome" for e in riots)


def test_a_visit_to_the_area_of_an_unknown_place_is_in_its_country(extract: Extract) -> None:
    body = (
        "ABUJA — About 20 soldiers were killed when rebels attacked a base in the village of "
        "Tumbun Gwaram late on Sunday. The governor flew to the area on Monday."
    )
    visits = [e for e in extract(body) if code(e).startswith("04")]
    assert [where(e) for e in visits] == [("Nigeria", "NG")]


def test_a_visit_to_the_area_of_a_known_town_is_at_the_town(extract: Extract) -> None:
    body = (
        "ABUJA — Rebels attacked a base in Maiduguri on Sunday. The governor flew to the area on "
        "Monday."
    )
    visits = [e for e in extract(body) if code(e).startswith("04")]
    assert [where(e)[0] for e in visits] == ["Maiduguri"]
