"""Acts whose subject only watched, named or judged them, and forces a crowd moved past
(``dashboard.events.role_misreads``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers


def _codes(text: str) -> list[str]:
    return [t.full or "" for t in triggers(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Satellites watched the seizure from orbit.", "171"),
        ("A British patrol plane filmed the raid.", "173"),
        ("Observers on the ridge watched the shelling.", "194"),
        ("A coast guard cutter observed the seizure.", "171"),
    ],
)
def test_a_watched_act_is_no_act_of_the_watcher(text: str, code: str) -> None:
    assert code not in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Journalists watched the arrest of the opposition leader by police.", "173"),
        ("The navy seized a tanker near the strait.", "171"),
    ],
)
def test_an_act_with_its_sides_named_or_done_stays(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The speaker called the strike terrorism.",
        "The cleric called the strike state terrorism.",
    ],
)
def test_a_strike_named_terrorism_is_an_accusation(text: str) -> None:
    codes = _codes(text)
    assert "143" not in codes
    assert "112" in codes


@pytest.mark.parametrize(
    "text",
    [
        "The union called the strike for Monday.",
        "Dockworkers called a strike against the new pension law.",
        "Teachers called a nationwide strike on Tuesday.",
    ],
)
def test_a_strike_called_stays_a_strike(text: str) -> None:
    assert "143" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans rushed past police barriers to reach the pitch.",
        "The crowd rushed past army checkpoints.",
        "Hundreds of students rushed past riot police into the compound.",
    ],
)
def test_forces_a_crowd_moved_past_are_no_force_moved(text: str) -> None:
    assert not any(c.startswith("15") for c in _codes(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The government rushed troops across the border.", "154"),
        ("Police were rushed to the square.", "153"),
    ],
)
def test_forces_moved_stay(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the court's decision breached European norms.",
        "The opposition said the court ruling breached democratic norms.",
        "The verdict violated the law, his lawyers said.",
    ],
)
def test_a_ruling_that_violates_norms_defies_nothing(text: str) -> None:
    assert "128" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters defied the court ruling and marched.",
        "The rebels flouted the ban on public gatherings.",
    ],
)
def test_an_actor_that_defies_a_ruling_stays(text: str) -> None:
    assert "128" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Russia had made a grave mistake in backing the junta.",
        "Canada said India had made a serious error in backing criminal networks.",
        "Officials said Iran was supporting terrorism in the region.",
        "The opposition said the minister had supported criminal activities abroad.",
    ],
)
def test_support_reproached_is_no_praise(text: str) -> None:
    assert "051" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The party backed the crackdown on criminal gangs.",
        "Germany supported the ceasefire proposal.",
        "France praised the mediators for their work.",
    ],
)
def test_praise_and_support_stay(text: str) -> None:
    assert "051" in _codes(text)
