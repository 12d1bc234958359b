"""Session 85 (dates85): five date classes a fresh user's repros showed, with sentences
written for these tests and near misses that keep their reading.

- "since the middle of October" opens a stretch as "since mid-October" does;
- "the weekend massacre" dates the massacre, as "the weekend's massacre" does (TimeML: an
  attributive temporal anchors its noun's event);
- a period up to publication inside an accusation's gerund ("of shelling … earlier this
  month") dates the act alleged, not the accusation;
- a wire dateline with no place ("Jan 25 (Reuters) -") is a filing date, never the act's.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

Span = tuple[date, date, int]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, pub: str, root: str) -> list[Span]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, pub), root)]


def _d(iso: str) -> date:
    return date.fromisoformat(iso)


# ---------------------------------------------------------------- since the middle of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Floods have displaced 9,000 people in Kenya since the middle of October, "
            "the Red Cross said on Monday.",
            (_d("2026-10-08"), _d("2026-12-01"), 4),
        ),
        # near miss: "mid-October" was read so already
        (
            "Floods have displaced 9,000 people in Kenya since mid-October.",
            (_d("2026-10-08"), _d("2026-12-01"), 4),
        ),
    ],
)
def test_since_the_middle_of_a_month_opens_a_stretch(
    extract: Extract, text: str, want: Span
) -> None:
    events = extract(text, "2026-12-01")
    assert [(e.when.start, e.when.end, e.when.precision) for e in events] == [want]


# ---------------------------------------------------------------- the weekend massacre

_WEEKEND = (_d("2025-06-14"), _d("2025-06-15"), 2)


@pytest.mark.parametrize(
    "text",
    [
        "Mourners buried the dead in Bokkos on Monday after the weekend massacre in which "
        "gunmen killed 50 villagers.",
        "Mourners gathered in Gboko on Monday after the weekend massacre.",
    ],
)
def test_the_weekend_before_a_happening_noun_dates_it(extract: Extract, text: str) -> None:
    assert _when(extract, text, "2025-06-16", "20") == [_WEEKEND]


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # the possessive was read so already
        (
            "Mourners gathered in Gboko on Monday after Sunday's massacre.",
            "20",
            [(_d("2025-06-15"), _d("2025-06-15"), 1)],
        ),
        # "the weekend" as a subject modifies no happening noun: no date of its own
        (
            "The weekend saw heavy fighting in Khartoum.",
            "19",
            [(_d("2025-06-10"), _d("2025-06-16"), 2)],
        ),
    ],
)
def test_other_weekend_and_possessive_readings_stay(
    extract: Extract, text: str, root: str, want: list[Span]
) -> None:
    assert _when(extract, text, "2025-06-16", root) == want


# ---------------------------------------------------------------- the act alleged's period

_APRIL_WEEK = (_d("2026-04-05"), _d("2026-04-11"), 2)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army accused the RSF of shelling a market in El Obeid earlier this month.",
        "Ukraine accused Russian troops of executing prisoners near Pokrovsk earlier this year.",
    ],
)
def test_a_period_inside_the_gerund_dates_the_act_alleged(extract: Extract, text: str) -> None:
    assert _when(extract, text, "2026-04-11", "11") == [_APRIL_WEEK]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a recent day may be the accusation's own (the wires put its day last)
        (
            "Kenya accused Somali militants of abducting five aid workers on Monday.",
            (_d("2026-04-06"), _d("2026-04-06"), 1),
        ),
        # the accusation's own day next to its verb
        (
            "Kenya on Thursday accused Somali militants of abducting aid workers earlier this month.",
            (_d("2026-04-09"), _d("2026-04-09"), 1),
        ),
    ],
)
def test_the_accusations_own_day_stays(extract: Extract, text: str, want: Span) -> None:
    assert _when(extract, text, "2026-04-11", "11") == [want]


# ---------------------------------------------------------------- elaboration

_AFTER_THURSDAY = (_d("2026-04-23"), _d("2026-04-25"), 2)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # another kind of act: after the story, by publication
        (
            "Teachers held a nationwide strike in Peru on Thursday. The education minister "
            "offered teachers a pay rise.",
            "03",
        ),
        # a second happening, told as such
        (
            "Teachers held a strike in Lima on Thursday. In a separate protest, farmers "
            "blocked roads in Cusco.",
            "144",
        ),
        # a speaker's reported clause is told back from the saying, no narrative step
        (
            "Details of the attack on the police post in Katsina emerged on Thursday. A police "
            "spokesman said bandits shot two officers in the back.",
            "18",
        ),
    ],
)
def test_another_act_or_happening_stays_after_the_story(
    extract: Extract, text: str, root: str
) -> None:
    assert _when(extract, text, "2026-04-25", root) == [_AFTER_THURSDAY]


# ---------------------------------------------------------------- a placeless wire dateline


def test_a_placeless_wire_dateline_does_not_date_the_act(extract: Extract) -> None:
    text = (
        "Jan 25 (Reuters) - Gunmen killed 12 people in a market in Kano on Friday, "
        "police said on Saturday."
    )
    assert _when(extract, text, "2025-01-25", "18") == [(_d("2025-01-24"), _d("2025-01-24"), 1)]


def test_a_dateline_with_its_place_stays_a_filing_date(extract: Extract) -> None:
    text = "KANO, Nigeria, Jan 25 (Reuters) - Gunmen killed 12 people in a market on Friday."
    assert _when(extract, text, "2025-01-25", "18") == [(_d("2025-01-24"), _d("2025-01-24"), 1)]
