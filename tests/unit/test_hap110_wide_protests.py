"""Session 90, hap110 (issue 16, precision; set BJ's first run). A protest placed only at a
whole country (its site not read as a town) and a protest at a town of that country a day
later are not one happening on the day's slack and the country's containment alone
(``happenings/wide_protests``). Reports written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import fit, match
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

_GREECE = Spot("cc:GR", "Greece", "country", 39.0, 22.0, "GR", None, 3)
_ATHENS = Spot("gn:264371", "Athens", "city", 37.98, 23.73, "GR", "GR-I", 1)
_MON, _TUE = date(2025, 3, 10), date(2025, 3, 11)


def _report(eid: str, day: date, spot: Spot, root: str = "14", **kw: object) -> Report:
    """A report dated to ``day`` (precision 1) at ``spot``."""
    return Report(eid, "a" + eid, root, day, day, 1, spot, **kw)  # type: ignore[arg-type]


def test_a_country_s_night_protest_and_a_city_march_next_day_are_two() -> None:
    # "Crowds gathered outside parliament late on Monday" (the building not read: Greece) and
    # "Thousands marched through Athens on Tuesday evening"
    night = _report("1", _MON, _GREECE)
    march = _report("2", _TUE, _ATHENS)
    assert fit(night, march) is None
    assert fit(march, night) is None


def test_a_country_protest_and_a_city_strike_of_the_next_week_are_two() -> None:
    # "Crowds gathered late on Monday" (Greece) and "The dockers' union began an open-ended
    # strike" in Athens, dated only by its article's days (Tuesday to Wednesday): a day off
    strike = Report("2", "a2", "14", _TUE, date(2025, 3, 12), 2, _ATHENS, undated=True)
    assert fit(_report("1", _MON, _GREECE), strike) is None


def test_a_country_protest_and_a_city_protest_of_one_day_stay_compared() -> None:
    # near miss: both told on the Tuesday, one at the country, one at the capital
    assert match(_report("1", _TUE, _GREECE), _report("2", _TUE, _ATHENS)) is not None


def test_two_city_protests_a_day_apart_stay_compared() -> None:
    # near miss: "late on Monday" and "overnight" at one named city: the slack's own case
    assert match(_report("1", _MON, _ATHENS), _report("2", _TUE, _ATHENS)) is not None


def test_a_week_dated_country_protest_and_a_city_protest_stay_compared() -> None:
    # near miss: a background report dated by its article's week names no day to differ by;
    # the borrowed-protest rule (``borrowed``) weighs those
    week = Report("1", "a1", "14", date(2025, 3, 5), _TUE, 2, _GREECE, undated=True)
    assert match(week, _report("2", _TUE, _ATHENS)) is not None


def test_a_country_and_a_city_protest_naming_one_actor_stay_compared() -> None:
    # near miss: "supporters of the opposition stormed the parliament" (the country) and
    # "opposition supporters clashed with police in Athens" the next day both name the party
    party = frozenset({"new left"})
    a = _report("1", _MON, _GREECE, actors=party)
    b = _report("2", _TUE, _ATHENS, actors=party)
    assert match(a, b) is not None


def test_two_country_protests_a_day_apart_stay_compared() -> None:
    # near miss: neither names a town, so neither tells a site the other lacks
    assert match(_report("1", _MON, _GREECE), _report("2", _TUE, _GREECE)) is not None


def test_an_attack_at_a_country_and_a_city_a_day_apart_stays_compared() -> None:
    # near miss: the rule is kept to protests; "struck Greece overnight" and a city's strike
    # on the next day keep the day's slack
    a = _report("1", _MON, _GREECE, root="19")
    b = _report("2", _TUE, _ATHENS, root="19")
    assert match(a, b) is not None


# the site named only as the country's ("Greece's parliament"): the protest is read at no town
_NIGHT = article(
    1,
    "2025-03-11",
    "Thousands of people gathered outside Greece's parliament late on Monday after lawmakers "
    "passed the pension law. Protesters chanted against the prime minister until dawn.",
)
_RALLY = article(
    2,
    "2025-03-12",
    "Thousands of people held a rally in Athens on Tuesday evening, a day after parliament "
    "passed the pension law, and marched to the labour ministry.",
)
_RALLY_SAME_NIGHT = article(
    3,
    "2025-03-11",
    "Thousands of people held a rally in Athens on Monday evening as parliament passed the "
    "pension law.",
)


def test_a_country_s_night_crowd_and_the_next_evening_s_rally_are_two_in_the_store(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    night, rally = happenings_of(geoparser, tmp_path, _NIGHT, _RALLY)
    assert night
    assert rally
    assert night != rally


def test_a_country_s_crowd_and_a_rally_of_that_night_stay_one_in_the_store(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    # near miss: the same evening, told at the country and at the capital
    night, rally = happenings_of(geoparser, tmp_path, _NIGHT, _RALLY_SAME_NIGHT)
    assert night
    assert night == rally
