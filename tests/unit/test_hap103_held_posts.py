"""Session 88, hap103 (issue 16, precision): two arrests of one city and day, each report
naming the one held with the post they hold ("X, the editor of a weekly,"), are two arrests
when the names are two persons (``happenings/held_facts.identified``). Reports written for
these tests."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

UNIONIST = article(
    1,
    "2024-03-05",
    "Police arrested Karim Mansour, a senior leader of the dockworkers' union and a former "
    "labour minister, at his home in Sfax on Monday, his lawyer said.",
)
EDITOR = article(
    2,
    "2024-03-05",
    "Karim Haddad, the editor of Sfax's largest daily paper, Le Phare, was taken into custody "
    "in Sfax on Monday, his colleagues said.",
)
EDITOR_AGAIN = article(
    3,
    "2024-03-05",
    "Police detained Haddad Karim, the editor of the daily Le Phare, in Sfax on Monday, "
    "press unions said.",
)
UNIONIST_BARE = article(
    4,
    "2024-03-05",
    "Karim Mansour was arrested in Sfax on Monday, the dockworkers' union said.",
)


def test_two_persons_named_with_their_posts_are_two_arrests(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, UNIONIST, EDITOR)
    assert a
    assert b
    assert a != b


def test_one_person_named_with_a_post_in_two_name_orders_stays_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, EDITOR, EDITOR_AGAIN)
    assert a
    assert a == b


def test_one_person_named_with_a_post_and_bare_stays_one(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, UNIONIST, UNIONIST_BARE)
    assert a
    assert a == b
