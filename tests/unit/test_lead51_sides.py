"""Sides lost in reading (newuser50b): the partner of a joint act ("A and B held joint
drills"), the addressee of a protest or appeal ("protested to B"), and the doer of acts
judged as "them". Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-03-10\nSINGAPORE — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


def _sides(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_code or e.event_type.code, e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia and Australia held joint naval exercises in the Timor Sea on Monday.",
        "Indonesia and Australia began bilateral air drills on Monday.",
        "Indonesia and Australia staged combined military exercises on Monday.",
    ],
)
def test_the_second_of_a_joint_subject_is_the_partner_of_a_joint_act(
    extract: Extract, text: str
) -> None:
    ((code, source, target),) = _sides(extract(text))
    assert code.startswith("06")
    assert (source, target) == ("Indonesia", "Australia")


def test_an_act_done_by_one_subject_alone_keeps_no_partner(extract: Extract) -> None:
    # no "joint": two states each drilling, not drilling with each other, stays as it was
    events = extract("Indonesia held naval exercises near Australia on Monday.")
    assert all(e.roles.target != "Indonesia" for e in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Thailand protested to Cambodia on Monday.", "11"),
        ("Thailand complained to Cambodia over the shelling on Monday.", "11"),
        ("Thailand apologized to Cambodia on Monday.", "05"),
    ],
)
def test_whom_a_protest_or_apology_is_addressed_to_is_the_target(
    extract: Extract, text: str, root: str
) -> None:
    ((code, source, target),) = _sides(extract(text))
    assert code.startswith(root)
    assert (source, target) == ("Thailand", "Cambodia")


def test_the_forum_of_a_complaint_about_a_named_state_is_no_target(extract: Extract) -> None:
    # the body complained to is only the forum; whom the complaint is about is the target
    events = extract("Thailand complained to the United Nations about Cambodia on Monday.")
    assert [s for _, s, _ in _sides(events)] == ["Thailand"]
    assert all(e.roles.target != "United Nations" for e in events)


def test_acts_judged_as_them_have_their_doer_as_target(extract: Extract) -> None:
    events = extract("China held air drills near Taiwan on Monday, and Japan condemned them.")
    assert ("Japan", "China") in [(s, t) for _, s, t in _sides(events)]


def test_people_judged_as_them_do_not_make_the_doer_the_target(extract: Extract) -> None:
    # "them" stands for the people arrested, not for an act: the police are not criticised
    events = extract(
        "Police in Bangkok arrested dozens of students on Monday, and Cambodia criticized them."
    )
    judged = [t for code, _, t in _sides(events) if code.startswith("11")]
    assert "Thailand" not in judged


@pytest.mark.parametrize(
    "text",
    [
        "Norway suspended development aid to Malawi on Monday.",
        "Norway halted military assistance to Malawi on Monday.",
    ],
)
def test_the_state_whose_aid_is_cut_is_the_target(extract: Extract, text: str) -> None:
    ((code, source, target),) = _sides(extract(text))
    assert code.startswith("162")
    assert (source, target) == ("Norway", "Malawi")
