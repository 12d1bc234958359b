"""A truce or a release told at a third state, its broker (``happenings.third_states``, issue
16 recall): reports written for these tests, placed as the reader places a dateline's city, a
broker named in the sentence or a country named alone."""

from __future__ import annotations

from datetime import date, timedelta

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

WASHINGTON = Spot("gn:4140963", "Washington", "city", 38.9, -77.04, "US", "US-DC", 1)
PANAMA_CITY = Spot("gn:3703443", "Panama City", "city", 8.99, -79.52, "PA", "PA-8", 1)
LONDON = Spot("gn:2643743", "London", "city", 51.51, -0.13, "GB", "GB-ENG", 1)
ETHIOPIA = Spot("cc:ET", "Ethiopia", "country", 9.1, 40.5, "ET", None, 3)
ERITREA = Spot("cc:ER", "Eritrea", "country", 15.2, 39.8, "ER", None, 3)
COLOMBIA = Spot("cc:CO", "Colombia", "country", 4.6, -74.1, "CO", None, 3)
IRAN = Spot("cc:IR", "Iran", "country", 32.0, 53.0, "IR", None, 3)
DAY = date(2025, 3, 11)


def report(
    n: int,
    place: Spot,
    countries: tuple[str, ...],
    sides: tuple[str, str],
    *,
    root: str = "08",
    code: str = "0871",
    days: int = 0,
) -> Report:
    day = DAY + timedelta(days=days)
    src, tgt = sides
    return Report(
        f"e{n}",
        f"a{n}",
        root,
        day,
        day,
        1,
        place,
        countries=frozenset(countries),
        source_country=src,
        target_country=tgt,
        code=code,
    )


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_truce_told_at_the_brokers_capital_joins_the_two_sides_telling() -> None:
    # "WASHINGTON - The president said on Tuesday that Ethiopia and Eritrea had agreed to a
    # complete ceasefire after talks mediated by the United States" (the dateline's city);
    # "Ethiopia and Eritrea agreed on Tuesday to stop all fighting, Addis Ababa said" and
    # "Eritrea said on Tuesday it had agreed a truce with Ethiopia" (each side's country)
    broker = report(1, WASHINGTON, ("ET", "ER", "US"), ("ET", "ER"))
    east = report(2, ETHIOPIA, ("ET", "ER"), ("ET", "ER"))
    west = report(3, ERITREA, ("ER", "ET"), ("ER", "ET"))
    assert groups([broker, east, west]) == [["e1", "e2", "e3"]]


def test_a_truce_announced_late_and_told_the_next_day_at_one_side_is_one() -> None:
    # "The president said late on Monday that Ethiopia and Eritrea had agreed to a truce"
    # (Washington) and "A truce between Ethiopia and Eritrea took hold on Tuesday" (Ethiopia)
    broker = report(1, WASHINGTON, ("ET", "ER", "US"), ("ET", "ER"), days=-1)
    east = report(2, ETHIOPIA, ("ET", "ER"), ("ET", "ER"))
    assert groups([broker, east]) == [["e1", "e2"]]


def test_a_release_at_a_neutral_airfield_joins_its_telling_at_the_freed_side() -> None:
    # "Venezuela on Friday freed two Colombian pilots on the tarmac at Panama City" and
    # "Colombia welcomed home on Friday the two pilots Venezuela had freed"
    swap = report(1, PANAMA_CITY, ("VE", "CO"), ("VE", "CO"), code="0841")
    home = report(2, COLOMBIA, ("CO", "VE"), ("VE", "CO"), code="0841")
    assert groups([swap, home]) == [["e1", "e2"]]


def test_the_answering_release_of_the_other_side_stays_apart() -> None:
    # "Venezuela freed two Colombian pilots at Panama City" against "Colombia freed three
    # Venezuelan soldiers on Friday" (Colombia the side that freed): two acts of one day
    swap = report(1, PANAMA_CITY, ("VE", "CO"), ("VE", "CO"), code="0841")
    answer = report(2, COLOMBIA, ("CO", "VE"), ("CO", "VE"), code="0841")
    assert groups([swap, answer]) == [["e1"], ["e2"]]


def test_a_truce_two_days_off_or_a_side_unnamed_stays_apart() -> None:
    # the broker's telling two days after the sides' truce, and a side's telling that names
    # only itself ("Ethiopia said on Tuesday its troops would hold their fire")
    late = report(1, WASHINGTON, ("ET", "ER", "US"), ("ET", "ER"), days=2)
    alone = report(2, ETHIOPIA, ("ET",), ("ET", "ER"))
    broker = report(3, WASHINGTON, ("ET", "ER", "US"), ("ET", "ER"))
    assert groups([late, report(4, ETHIOPIA, ("ET", "ER"), ("ET", "ER"))]) == [["e1"], ["e4"]]
    assert groups([broker, alone]) == [["e2"], ["e3"]]


def test_a_protest_abroad_is_no_third_states_telling() -> None:
    # "Iranian exiles marched in London on Tuesday against the Iranian government's truce
    # with Iraq" and "Crowds in Iran protested on Tuesday": a protest abroad took place there
    exiles = report(1, LONDON, ("IR", "IQ"), ("IR", "IQ"), root="14", code="140")
    home = report(2, IRAN, ("IR", "IQ"), ("IR", "IQ"), root="14", code="140")
    assert groups([exiles, home]) == [["e1"], ["e2"]]
