"""The subject of an act told in an adverbial clause (session 87): "X declared …, hours after
masked gunmen stormed a studio" gave X as the storming's source. A finite "after"/"when"
clause has a subject of its own (Quirk et al. 1985 §15.17), so the main clause's subject is
no side of its act (``adverbial_subject``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Governor Yusuf spoke on Monday, after gunmen stormed a police station in Kano.",
        'President Mahama on Tuesday declared that Ghana was in a "grave emergency", hours '
        "after masked raiders stormed a radio station in Tamale.",
    ],
)
def test_the_main_subject_did_not_storm(extract: Extract, body: str) -> None:
    stormed = real(extract(body), "18", "19")
    assert stormed
    assert all(e.roles.source is None or "Yusuf" not in e.roles.source for e in stormed)
    assert all(e.roles.source is None or "Mahama" not in e.roles.source for e in stormed)


def test_the_main_subject_keeps_its_own_act(extract: Extract) -> None:
    # near miss: the main clause's act keeps its subject
    body = "Governor Yusuf visited Kano on Monday, hours after gunmen stormed a police station in the city."
    visits = real(extract(body), "04")
    assert [e.roles.source for e in visits] == ["Yusuf"]


def test_a_subject_that_acts_itself_stays_the_source(extract: Extract) -> None:
    # near miss: no adverbial clause before the act
    events = real(extract("Gunmen stormed a police station in Mandera on Monday."), "18")
    assert [e.roles.source for e in events] == ["gunmen"]
