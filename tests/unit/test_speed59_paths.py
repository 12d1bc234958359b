"""speed59's cuts give what the code they replace gave, on pieces written here: the shores a
refresh's blocks meet, united once per refresh (``happening_neighbours._shores_by_cell``),
and the joined clauses' halves coded once (``joined_clauses.triggers``) (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events import cameo, joined_clauses, segments
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.shores import seas_off
from dashboard.store import happening_neighbours as hn

# ---------------------------------------------------------------- the shores per cell


def old_across(cell: str, seeds: list[Report]) -> list[str]:
    """``_across`` as it was before speed59: every seed walked for each block."""
    shore = {c for r in seeds if r.place and r.cell == cell for c in r.place.shores}
    return sorted(shore | set(seas_off().get(cell, ())))


_COUNTRIES = ["YE", "SO", "DJ", "UA", "RU", "IL", None]
_SEAS = ["sea:red", "sea:aden", "sea:black", "cc:XX"]


@st.composite
def _report(draw: st.DrawFn, n: int) -> Report:
    country = draw(st.sampled_from(_COUNTRIES))
    place = None
    if draw(st.booleans()):
        place = Spot(
            draw(st.sampled_from(_SEAS)),
            "a place",
            "sea",
            1.0,
            2.0,
            country,
            None,
            3,
            shores=frozenset(draw(st.sets(st.sampled_from(["YE", "SO", "DJ", "ER", "UA"])))),
        )
    root = draw(st.sampled_from(["15", "17", "19", "14"]))
    return Report(
        f"e{n}",
        f"a{n}",
        root,
        date(2024, 1, 1),
        date(2024, 1, 1),
        1,
        place,
        source_country=draw(st.sampled_from(_COUNTRIES)),
        kind=draw(st.sampled_from([None, "launch"])),
        offshore=draw(st.booleans()),
    )


@st.composite
def _seeds(draw: st.DrawFn) -> list[Report]:
    return [draw(_report(n)) for n in range(draw(st.integers(0, 12)))]


@settings(max_examples=200, deadline=None)
@given(_seeds())
def test_the_shores_of_each_block_are_those_the_walk_over_every_seed_gave(
    seeds: list[Report],
) -> None:
    shores = hn._shores_by_cell(seeds)
    cells = {r.cell for r in seeds} | {"YE", "sea:red", "nowhere"}
    for cell in cells:
        assert hn._across(cell, shores) == old_across(cell, seeds)


def test_a_sea_s_shores_are_united_over_its_reports_and_kept_apart_from_another_cell() -> None:
    red = Spot("sea:red", "Red Sea", "sea", 20.0, 38.0, None, None, 3, shores=frozenset({"YE"}))
    red2 = Spot("sea:red", "Red Sea", "sea", 20.0, 38.0, None, None, 3, shores=frozenset({"ER"}))
    aden = Spot("sea:aden", "Gulf of Aden", "sea", 12.0, 48.0, None, None, 3)
    day = date(2024, 1, 12)
    seeds = [
        Report("e1", "a1", "19", day, day, 1, red),
        Report("e2", "a2", "19", day, day, 1, red2),
        Report("e3", "a3", "19", day, day, 1, aden),
        Report("e4", "a4", "19", day, day, 1, None),
    ]
    shores = hn._shores_by_cell(seeds)
    assert shores["sea:red"] == {"YE", "ER"}
    assert shores["sea:aden"] == set()
    assert "" not in shores  # a report with no place meets no shore
    for cell in ("sea:red", "sea:aden", "YE"):
        assert hn._across(cell, shores) == old_across(cell, seeds)


# ---------------------------------------------------------------- the halves coded once

HALVES = [
    "North Korea fired a ballistic missile into the sea on Monday",
    "Seoul condemned the launch",
    "Police arrested 12 protesters in the capital",
    "the ministry said the talks would resume next week",
    "Hamas released four hostages",
    "Israel began freeing prisoners on Saturday",
    "France pledged tanks",
    "Germany said it would give air defence systems",
    "",
]


@pytest.mark.parametrize("text", HALVES)
def test_a_half_is_coded_as_the_coder_codes_it_however_often_it_is_asked(text: str) -> None:
    expected = tuple(cameo.triggers(text))
    assert joined_clauses.triggers(text) == expected
    assert joined_clauses.triggers(text) == expected  # the kept answer, unchanged
    assert isinstance(joined_clauses.triggers(text), tuple)  # no caller can change it


def _parts_plain(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    with monkeypatch.context() as m:
        m.setattr(joined_clauses, "triggers", lambda t: tuple(cameo.triggers(t)))
        return segments._coordinate_parts(text, 0, len(text))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(HALVES[:-1]), min_size=2, max_size=4),
    st.lists(st.sampled_from([", and ", "; ", ", but "]), min_size=3, max_size=3),
)
def test_a_sentence_is_cut_where_the_uncached_coding_cut_it(
    halves: list[str], joints: list[str]
) -> None:
    text = halves[0] + "".join(j + h for j, h in zip(joints, halves[1:], strict=False)) + "."
    with pytest.MonkeyPatch.context() as mp:
        plain = _parts_plain(text, mp)
    assert segments._coordinate_parts(text, 0, len(text)) == plain


def test_a_comment_on_a_launch_is_still_read_apart() -> None:
    # the cached halves still tell a comment apart (QuadClass 4 then 3), and a near miss
    # (an answer in force to a protest) still stays whole
    text = "North Korea fired a ballistic missile into the sea on Monday, and Seoul condemned it."
    assert len(segments._coordinate_parts(text, 0, len(text))) == 2
    whole = "Crowds protested in the capital on Monday, and police fired tear gas."
    assert segments._coordinate_parts(whole, 0, len(whole)) == [(0, len(whole))]
