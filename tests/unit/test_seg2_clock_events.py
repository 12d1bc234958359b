"""A clock reading inside an event's sentence: the act before "at 3:35 p.m. Hours later, ..."
takes neither the next sentence's place nor its words, and a summary keeps the whole time
("at 9:15 a.m.", "at 4 a.m."), not the hour before its colon."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_act_before_a_time_keeps_its_own_sentence(extract: Extract) -> None:
    events = extract(
        "The two envoys had spoken by phone at 3:35 p.m. Hours later, explosions were heard "
        "in Srinagar, police said."
    )
    spoken = next(e for e in events if "spoken" in e.summary)
    assert spoken.location is None or spoken.location.name != "Srinagar"
    assert all("Hours later" not in ev.text for ev in spoken.evidence)


@pytest.mark.parametrize(
    ("body", "summary"),
    [
        (
            "Gunmen attacked a bus at 9:15 a.m. near Srinagar, the army said.",
            "Gunmen attacked a bus at 9:15 a.m. near Srinagar",
        ),
        (
            "Gunmen attacked a bus at 4 a.m. near Srinagar, the army said.",
            "Gunmen attacked a bus at 4 a.m. near Srinagar",
        ),
    ],
)
def test_a_summary_keeps_its_clock_time_whole(extract: Extract, body: str, summary: str) -> None:
    assert [e.summary for e in extract(body)] == [summary]
