"""A past act told through a passive verb of opinion with a perfect infinitive ("is believed to
have shelled", "is suspected of having seized") is told as done with a hedge, as "is said to
have" and "reportedly" are (Quirk et al. 1985 §16.52; FactBank 1.0: probable, PR+), not as a
hypothesis: its report joins the happening (issue 16: a report whose only event was read as
not done stood alone). Near misses keep their flags: "may have", "could have", a hope, a
perfect still to come ("is expected to have finished").

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Government troops are believed to have shelled the village of Tawila on Tuesday.", "19"),
        ("The navy is thought to have sunk a smuggling boat off Berbera on Monday.", "19"),
        ("Militia fighters are feared to have killed 30 herders near Jos on Sunday.", "19"),
        ("Iran is suspected of having seized a tanker off Fujairah on Wednesday.", "17"),
    ],
)
def test_a_past_act_told_as_believed_is_real(extract: Extract, text: str, root: str) -> None:
    found = [e for e in extract(text) if code(e)[:2] == root]
    assert found
    assert not any(unreal(e) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "A drone may have hit the depot near Kursk on Tuesday, officials said.",
        "Kyiv said it could have sunk a patrol boat near Sevastopol on Tuesday.",
        "The army hopes to retake the town of Kidal next week.",
        "Engineers are expected to have rebuilt the bridge at Kherson by June.",
    ],
)
def test_a_possible_or_future_act_stays_unreal(extract: Extract, text: str) -> None:
    assert all(unreal(e) for e in extract(text))
