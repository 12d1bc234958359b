"""Two verdicts against one defendant on neighbouring days, and two executions a day either
side of a week-dated report, are two happenings when their reports give different terms or
different persons (issue 16, precision before recall: ``happenings.verdicts``). One verdict
told on its day and the next, with one term, still meets itself. Reports and sentences written
for these tests; each is read from a stored row as the store reads it
(``happening_reports._report``), so the near misses run on the code before this rule too."""

from __future__ import annotations

import json
from datetime import date, timedelta
from types import SimpleNamespace

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.store.happening_reports import _report

LUSAKA = Spot("gn:909137", "Lusaka", "city", -15.41, 28.29, "ZM", "ZM-09", 1)
RIYADH = Spot("gn:108410", "Riyadh", "city", 24.69, 46.72, "SA", "SA-01", 1)
THURSDAY = date(2023, 5, 11)
FRIDAY = date(2023, 5, 12)


def told(n: int, day: date, sentence: str, code: str, spot: Spot, week: bool = False) -> Report:
    """Outlet ``n``'s report of ``sentence`` dated to ``day`` (or the week ending on it)."""
    row = SimpleNamespace(
        id=f"e{n}",
        article_id=f"a{n}",
        event_code=code[:2],
        date_start=day - timedelta(days=6) if week else day,
        date_end=day,
        time_precision=2 if week else 1,
        location_id=spot.id,
        geo_precision=1,
        by_dateline=False,
        told_abroad=None,
        actors=json.dumps([spot.name]),
        actor_countries=json.dumps([spot.country]),
        detail=json.dumps({"event_code": code, "roles": {"source_country": spot.country}}),
        unreal=False,
        summary=sentence,
        evidence=json.dumps([{"text": sentence}]),
    )
    return _report(row, {spot.id: spot}, {})


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_one_defendant_sentenced_on_two_days_to_two_terms_is_two_verdicts() -> None:
    reports = [
        told(
            1,
            THURSDAY,
            "A Lusaka court sentenced the former mayor to six years in prison on Thursday for fraud.",
            "116",
            LUSAKA,
        ),
        told(
            2,
            FRIDAY,
            "A high court on Friday sentenced the former mayor and his aide to nine years in jail for money laundering.",
            "116",
            LUSAKA,
        ),
    ]
    assert _groups(reports) == [["e1"], ["e2"]]


def test_a_man_and_a_woman_hanged_either_side_of_a_week_are_two_executions() -> None:
    reports = [
        told(
            1,
            THURSDAY,
            "Saudi Arabia has executed a man convicted of smuggling drugs.",
            "182",
            RIYADH,
            week=True,
        ),
        told(
            2, FRIDAY, "Saudi Arabia executed a woman on Friday for drug smuggling.", "182", RIYADH
        ),
    ]
    assert _groups(reports) == [["e1"], ["e2"]]


def test_one_verdict_told_on_its_day_and_the_next_with_one_term_is_one() -> None:
    # near miss: the same term told the next day ("yesterday") is the same verdict
    reports = [
        told(
            1,
            THURSDAY,
            "A Lusaka court sentenced the former mayor to six years in prison on Thursday.",
            "116",
            LUSAKA,
        ),
        told(
            2,
            FRIDAY,
            "The former mayor was jailed for six years by a Lusaka court, his lawyer said on Friday.",
            "116",
            LUSAKA,
        ),
    ]
    assert _groups(reports) == [["e1", "e2"]]


def test_a_verdict_told_without_a_term_still_meets_one_with_a_term() -> None:
    # near miss: one outlet gives no term, nothing tells the two apart
    reports = [
        told(
            1,
            THURSDAY,
            "A Lusaka court sentenced the former mayor to six years in prison on Thursday.",
            "116",
            LUSAKA,
        ),
        told(
            2,
            THURSDAY,
            "The former mayor of Lusaka was convicted of fraud on Thursday.",
            "116",
            LUSAKA,
        ),
    ]
    assert _groups(reports) == [["e1", "e2"]]
