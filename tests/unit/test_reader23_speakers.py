"""A sentence merged into an earlier event adds the doers and sufferers of that act, never
the person who reports it (CAMEO 1.1b3 codes source and target; the speaker of "told
reporters" is the source of a reporting act of its own). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _all_actors(body: str, extract: Extract) -> set[str]:
    return {a for e in extract(body) for a in e.actors}


def test_speaker_after_clash_is_no_actor(extract: Extract) -> None:
    body = (
        "Indian and Chinese soldiers clashed near the Galwan valley on Monday, the Indian "
        "army said.\n\n"
        "Indian soldiers did not fire their weapons during the clash, army spokesman Rajiv Mehta told "
        "reporters in New Delhi."
    )
    assert "Rajiv Mehta" not in _all_actors(body, extract)
