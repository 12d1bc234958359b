"""A peer too vague to link a newcomer alone does not keep it out of its happening (issue 16,
``grouping._enough``, ``rules.fit``): a report of the day before with no place of its own and
no side named ("the ministers' talks ran late yesterday") scores under the bar against a
week-dated report of the same talks, which is no contradiction; a refusal still wins, and
most of the happening must still take the newcomer. Reports written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import MIN_SCORE, fit, match

AUSTRIA = Spot("cc:AT", "Austria", "country", 47.5, 14.5, "AT", None, 3)
VIENNA = Spot("gn:2761369", "Vienna", "city", 48.21, 16.37, "AT", "AT-9", 1)
AUSTRIA_NAMED = Spot(
    "cc:AT", "Austria", "country", 47.5, 14.5, "AT", None, 3, inferred=True
)  # the country its sentence names, read as no event's own place
TUESDAY = date(2023, 3, 7)
PARTIES = frozenset({"FR", "DE"})


def talks(
    n: int,
    place: Spot,
    countries: frozenset[str] = PARTIES,
    source: str | None = None,
    first: int = 0,
    last: int | None = None,
) -> Report:
    """A report of the two ministers' talks (CAMEO 04), dated to the day ``first`` days after
    the Tuesday, or to the range ``first``..``last`` (precision 2, a week) when ``last``."""
    start = TUESDAY + timedelta(days=first)
    end = start if last is None else TUESDAY + timedelta(days=last)
    return Report(
        f"e{n}",
        f"a{n}",
        "04",
        start,
        end,
        1 if last is None else 2,
        place,
        countries=countries,
        source_country=source,
    )


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


# "The French and German foreign ministers met in Vienna on Tuesday" (at the country, and
# at the city), and "the talks ran late yesterday, Austrian police said" (no side, the country
# its sentence names): one happening of the Tuesday
TUESDAY_TALKS = [
    talks(1, AUSTRIA),
    talks(2, VIENNA),
    talks(3, AUSTRIA_NAMED, countries=frozenset()),
]
# "Days after the French and German ministers met in Vienna, their aides were drafting...":
# no day of its own, the week up to its publication the following Tuesday
WEEK_AFTER = talks(4, VIENNA, first=1, last=7)


def test_a_pair_under_the_bar_is_a_fit_not_a_match() -> None:
    weak = fit(WEEK_AFTER, TUESDAY_TALKS[2])
    assert weak is not None
    assert weak.score < MIN_SCORE
    assert match(WEEK_AFTER, TUESDAY_TALKS[2]) is None
    assert match(WEEK_AFTER, TUESDAY_TALKS[1]) is not None


def test_a_newcomer_joins_past_a_vague_peer() -> None:
    assert _groups([*TUESDAY_TALKS, WEEK_AFTER]) == [["e1", "e2", "e3", "e4"]]


def test_a_refusing_peer_still_keeps_the_newcomer_out() -> None:
    # near miss: the vague report names another side as who met ("Italy's minister said the
    # talks ran late yesterday"): the week report names France as who acted, and neither
    # names the other's side, so the pair is refused, not merely weak
    named = talks(3, AUSTRIA_NAMED, countries=frozenset({"IT"}), source="IT")
    week = talks(4, VIENNA, source="FR", first=1, last=7)
    groups = _groups([*TUESDAY_TALKS[:2], named, week])
    assert ["e4"] in groups


def test_a_newcomer_most_of_a_happening_cannot_link_stays_out() -> None:
    # near miss: two vague peers out of three; only one takes the newcomer on its own
    vague = [
        talks(3, AUSTRIA_NAMED, countries=frozenset()),
        talks(5, AUSTRIA_NAMED, countries=frozenset()),
    ]
    assert _groups([TUESDAY_TALKS[0], *vague, WEEK_AFTER]) == [["e1", "e3", "e5"], ["e4"]]


def test_a_lone_vague_peer_never_links() -> None:
    # near miss: the happening is the vague report alone
    assert _groups([TUESDAY_TALKS[2], WEEK_AFTER]) == [["e3"], ["e4"]]
