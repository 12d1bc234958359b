"""Session 90, fix116: people taken or held hostage told with a count phrase before them
("took more than 40 managers hostage") are abducted (CAMEO 1.1b3 §181), though the count
runs the object past the pattern's four-word gap; "hostage" before the noun it modifies
("took part in hostage talks") takes no one. Sentences written for these tests, on
other topics and places than the user's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

Codes = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def codes(geoparser: Geoparser) -> Codes:
    """The sorted CAMEO codes of the events of a body read as an article of 2025-06-12."""
    extract = make_extract(geoparser)
    return lambda body: sorted(code(e) for e in extract(body, pub="2025-06-12"))


def test_strikers_who_took_more_than_forty_managers_hostage_abducted(codes: Codes) -> None:
    assert codes("Strikers took more than 40 mine managers hostage in Potosi on Friday.") == ["181"]


def test_rebels_who_held_at_least_thirty_aid_workers_hostage_abducted(codes: Codes) -> None:
    found = codes("Rebels held at least 30 foreign aid workers hostage near Gao on Friday.")
    assert [c[:3] for c in found] == ["181"]


def test_envoys_in_hostage_talks_take_no_hostage(codes: Codes) -> None:
    found = codes("Mediators took part in hostage talks in Muscat on Friday.")
    assert not [c for c in found if c.startswith("18")]


# negatives: a hostage named as a modifier is no taking


def test_talks_on_a_hostage_release_take_no_hostage(codes: Codes) -> None:
    found = codes("Envoys took part in more than 20 rounds of hostage talks in Doha on Friday.")
    assert "181" not in found
