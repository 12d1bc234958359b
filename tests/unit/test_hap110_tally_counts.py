"""Session 90, hap110 (set BJ's first run: an after clause dated a month before the "since"
year its sentence tallies from). "The eighth stoppage since 2018, a month after workers
occupied the mine" counts the after clause's act back from the main clause's act, the latest
of the tally, not from 2018 (``dates_told_before._tally_end``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

# published Thursday 18 June 2026 (``reading.PUB``)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_month_after_counts_from_the_tally_s_latest_act(extract: Extract) -> None:
    text = (
        "The stoppage is the fifth in the region since 2019, a month after soldiers in Chile "
        "seized the town."
    )
    (act,) = rooted(extract(text), "19")  # the seizure of the town (CAMEO §192)
    assert (str(act.date_start), str(act.date_end)) == ("2026-05-01", "2026-05-31")


def test_days_after_count_from_the_tally_s_latest_act(extract: Extract) -> None:
    text = (
        "The walkout is the third at the port since March, two days after soldiers in Antwerp "
        "seized the town."
    )
    (act,) = rooted(extract(text), "19")  # the seizure, not the walkout (§143)
    assert (str(act.date_start), str(act.date_end)) == ("2026-06-16", "2026-06-16")


def test_a_month_after_a_dated_main_clause_keeps_its_anchor(extract: Extract) -> None:
    # near miss: the main clause names its own month; the count runs from it, as before
    text = "Miners struck in March 2025, a month after soldiers in Chile seized the town."
    acts = [e for e in rooted(extract(text), "19") if e.date_start.year == 2025]
    assert [(e.date_start.month, e.date_end.month) for e in acts] == [(2, 2)]
