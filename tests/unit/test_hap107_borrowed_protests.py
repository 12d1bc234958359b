"""Session 89, hap107 (issue 16, precision; set BI's first run). Two protests each told only in
a background sentence, with no day and no place of their own, in articles of two days, are not
one happening on their weeks' overlap and a borrowed country alone (``happenings/borrowed``).
Reports written for these tests."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import fit

# the first place named near the event, lent to it (``Spot.inferred``), and a place of its own
_NEAR = Spot("cc:KE", "Kenya", "country", 0.02, 37.9, "KE", None, 3, inferred=True)
_NEAR_CITY = Spot("gn:184745", "Nairobi", "city", -1.28, 36.82, "KE", "KE-30", 1, inferred=True)
_OWN = Spot("gn:184745", "Nairobi", "city", -1.28, 36.82, "KE", "KE-30", 1)


def _protest(eid: str, published: date, **kw: object) -> Report:
    """A protest dated by its article's week (the seven days up to ``published``)."""
    start = date.fromordinal(published.toordinal() - 6)
    spot = kw.pop("spot", _NEAR)
    undated = kw.pop("undated", True)
    return Report(
        eid,
        "a" + eid,
        "14",
        start,
        published,
        2,
        spot,  # type: ignore[arg-type]
        undated=undated,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def test_two_background_protests_of_two_days_articles_are_two() -> None:
    # "The marchers had filled the avenue to oppose the levies" in a Tuesday story and "Some
    # demonstrators hurled bottles" in a Wednesday one: only the weeks and a lent country meet
    a = _protest("1", date(2024, 6, 25))
    b = _protest("2", date(2024, 6, 26))
    assert fit(a, b) is None


def test_a_lent_city_and_a_lent_country_of_two_days_are_two() -> None:
    # the second borrows the capital its article names, the first the country: still no tie
    a = _protest("1", date(2024, 6, 25))
    b = _protest("2", date(2024, 6, 26), spot=_NEAR_CITY)
    assert fit(a, b) is None


def test_background_protests_of_one_day_s_articles_stay_compared() -> None:
    # near miss: two outlets of the same day telling that day's news as background
    a = _protest("1", date(2024, 6, 25))
    b = _protest("2", date(2024, 6, 25))
    assert fit(a, b) is not None


def test_protests_with_a_day_or_a_shared_actor_stay_compared() -> None:
    # near misses: one names its day ("on Tuesday"), or both name the same organisers
    a = _protest("1", date(2024, 6, 25))
    dated = _protest("2", date(2024, 6, 26), undated=False)
    assert fit(a, dated) is not None
    unions = frozenset({"teachers' union"})
    c = _protest("3", date(2024, 6, 25), actors=unions)
    d = _protest("4", date(2024, 6, 26), actors=unions)
    assert fit(c, d) is not None


def test_two_protests_at_places_of_their_own_stay_compared() -> None:
    # near miss: both name the city in their own sentence; the rule reads only lent places
    a = _protest("1", date(2024, 6, 25), spot=_OWN)
    b = _protest("2", date(2024, 6, 26), spot=_OWN)
    assert fit(a, b) is not None


def test_a_lent_protest_and_one_naming_its_city_stay_compared() -> None:
    # near miss: "the storming of the parliament in Lima", told as background a week on, names
    # its own place; the other's lent place still meets it there
    a = _protest("1", date(2024, 6, 25))
    b = _protest("2", date(2024, 6, 30), spot=_OWN)
    assert fit(a, b) is not None
