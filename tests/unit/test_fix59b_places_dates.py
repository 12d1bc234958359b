"""Faults a fresh user (newuser59) found in places and dates: a nationwide show of force
placed in the dateline's country, a town the gazetteer lacked, "two days later" counted from a
background "since" span, the other party of an agreement or a group's patron taken as the
act's place. Sentences written for these tests; each rule's near misses must stay as they are."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.gazetteer import MAJOR_POPULATION, Gazetteer, load
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str, str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda day, body: extractor.extract(parse_article(f"date {day}\n{body}", path="t"))


def _where(events: list[Event]) -> list[str | None]:
    return [
        e.location.place.country_code if e.location and e.location.place else None for e in events
    ]


def _days(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.when.start.isoformat(), e.when.end.isoformat()) for e in events]


# ---------------------------------------------------------------- nationwide show of force


@pytest.mark.parametrize(
    ("body", "home"),
    [
        (
            "NAIROBI, Kenya (Reuters) — Ethiopia put its troops on alert across the country on Monday.",
            "ET",
        ),
        (
            "KAMPALA, Uganda (Reuters) — Tanzania mobilized its army reserves nationwide on Monday.",
            "TZ",
        ),
    ],
)
def test_a_nationwide_show_of_force_is_in_the_doers_country(
    extract: Extract, body: str, home: str
) -> None:
    events = extract("2025-03-20", body)
    assert [e.event_code[:2] for e in events if e.event_code] == ["15"]
    assert _where(events) == [home]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # force across the country still lands in the struck one, not the attacker's
        ("KYIV (Reuters) — Russian missiles killed 38 people across the country on Monday.", "UA"),
        # the doer is the dateline's own: unchanged
        (
            "NAIROBI, Kenya (Reuters) — Kenyan police were put on high alert nationwide on Monday.",
            "KE",
        ),
    ],
)
def test_nationwide_near_misses_keep_their_country(extract: Extract, body: str, where: str) -> None:
    assert _where(extract("2025-03-20", body)) == [where]


# ---------------------------------------------------------------- a sized town supplement


def test_a_sized_supplement_town_is_a_major_city_under_its_spellings() -> None:
    gaz: Gazetteer = load()
    for spelling in ("Seiyun", "Sayun", "Seiyoun"):
        (place,) = [p for p in gaz.lookup(spelling) if p.country_code == "YE"]
        assert place.id == "tn:seiyun"
        assert not Gazetteer.minor(place)
        assert place.population >= MAJOR_POPULATION


@pytest.mark.parametrize(
    "body",
    [
        "ADEN, Yemen (Reuters) — Separatist fighters seized control of Seiyun on Wednesday.",
        "ADEN, Yemen (Reuters) — Government troops withdrew from Sayun on Wednesday.",
    ],
)
def test_an_act_at_a_sized_town_is_there_not_at_the_dateline(extract: Extract, body: str) -> None:
    (event,) = extract("2025-12-04", body)
    assert event.location is not None
    assert event.location.place is not None
    assert event.location.place.id == "tn:seiyun"


def test_a_minor_supplement_town_still_needs_backing(extract: Extract) -> None:
    # near miss: a towns.csv row (no population) is still minor, as before
    events = extract(
        "2025-12-04", "BAMAKO, Mali (Reuters) — Militants seized control of Gossi on Wednesday."
    )
    assert all(
        e.location is None or e.location.place is None or e.location.place.id != "tn:gossi"
        for e in events
    )


# ---------------------------------------------------------------- "two days later"

_STORY = (
    "YAOUNDE, Cameroon (AP) — Rebels attacked an army post near Bamenda on Monday. "
    "The army has imposed a curfew on the region since 2020. "
)


def test_two_days_later_counts_from_the_last_event_not_a_since_state(extract: Extract) -> None:
    events = extract("2024-11-20", _STORY + "Two days later, soldiers raided the village of Ndu.")
    raid = [e for e in events if "raided" in e.summary]
    assert _days(raid) == [("2024-11-20", "2024-11-20")]


def test_the_since_state_keeps_its_own_span(extract: Extract) -> None:
    # near miss: the state itself is still dated from 2020 on
    events = extract("2024-11-20", _STORY + "Two days later, soldiers raided the village of Ndu.")
    curfew = [e for e in events if "curfew" in e.summary]
    assert [d[0][:4] for d in _days(curfew)] == ["2020"]


def test_an_opening_narrative_phrase_dates_each_act_of_its_sentence(extract: Extract) -> None:
    body = (
        "YAOUNDE, Cameroon (AP) — Rebels attacked an army post near Bamenda on Monday. "
        "Two days later, soldiers raided the village of Ndu and arrested nine men."
    )
    events = extract("2024-11-20", body)
    later = [e for e in events if "Bamenda" not in e.summary]
    assert len(later) == 2
    assert set(_days(later)) == {("2024-11-20", "2024-11-20")}


def test_a_later_phrase_after_a_bounded_year_still_counts_from_it(extract: Extract) -> None:
    # near miss: a date in a past year is a bounded point of the story, still counted from
    body = (
        "YAOUNDE, Cameroon (AP) — Rebels attacked an army post near Bamenda in 2019. "
        "Two days later, soldiers raided the village of Ndu."
    )
    raid = [e for e in extract("2024-11-20", body) if "raided" in e.summary]
    assert [d[0][:4] for d in _days(raid)] == ["2019"]


# ---------------------------------------------------------------- counterparts and patrons


def test_the_other_party_of_an_agreement_is_no_place(extract: Extract) -> None:
    body = (
        "N'DJAMENA, Chad (Reuters) — Chad said on Thursday it was ending its defense "
        "cooperation agreement with France."
    )
    assert _where(extract("2025-12-04", body)) == ["TD"]


def test_a_patron_after_backed_by_is_no_place(extract: Extract) -> None:
    body = (
        "ADEN, Yemen (Reuters) — The council, which is backed by the United Arab Emirates, "
        "also took over the presidential palace on Wednesday."
    )
    events = extract("2025-12-04", body)
    assert events
    assert "AE" not in _where(events)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # near misses: a place named keeps it; a party that is the doer keeps its country
        (
            "ADEN, Yemen (Reuters) — The council, which is backed by the United Arab Emirates, "
            "also took over the presidential palace in Mukalla on Wednesday.",
            "YE",
        ),
        ("N'DJAMENA, Chad (Reuters) — Chad cut diplomatic ties with France on Thursday.", "TD"),
    ],
)
def test_counterpart_near_misses_keep_their_place(extract: Extract, body: str, where: str) -> None:
    assert _where(extract("2025-12-04", body)) == [where]


# ---------------------------------------------------------------- a court abroad


def test_a_courts_finding_is_not_placed_at_a_foreign_bureau(extract: Extract) -> None:
    body = (
        "DUBAI (Reuters) — Iran hanged two men on Saturday who were convicted of killing a "
        "guard, the judiciary said."
    )
    events = extract("2023-01-08", body)
    assert events
    assert "AE" not in _where(events)


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the court is the dateline's own (named there, or no other country)
        "DUBAI (Reuters) — A court in Dubai convicted two men of fraud on Saturday.",
        "DUBAI (Reuters) — A court convicted two men of fraud on Saturday.",
    ],
)
def test_a_court_of_the_dateline_keeps_it(extract: Extract, body: str) -> None:
    assert _where(extract("2023-01-08", body)) == ["AE"]


def test_nationwide_with_no_doer_is_the_one_country_the_sentence_names(extract: Extract) -> None:
    body = (
        "DUBAI (Reuters) — Iran hanged two men on Saturday who were convicted of killing a "
        "guard during nationwide protests, the judiciary said."
    )
    assert _where(extract("2023-01-08", body)) == ["IR"]


def test_nationwide_with_no_doer_nor_country_named_is_the_datelines(extract: Extract) -> None:
    # near miss: the sentence names no country, so the dateline's stays
    body = "NAIROBI, Kenya (Reuters) — Teachers went on strike nationwide on Monday."
    assert _where(extract("2023-01-08", body)) == ["KE"]
