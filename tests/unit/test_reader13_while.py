"""reader13's own sentences for two acts set side by side by "while" or "whereas", each with
its own subject and place (Quirk et al. 1985, 15.20): two events, of one root or two, each at
its own place. Near-misses (no subject of its own, no act) keep one event. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_one_verb_twice_across_while_is_two_acts(extract: Extract) -> None:
    body = (
        "Police clashed with protesters in Karachi on Tuesday while soldiers clashed with "
        "militants in the Swat valley."
    )
    # police and protesters clashing is a violent protest (§145) since stop 72
    force = real(extract(body), "145", "19")
    assert sorted(where(e)[0] or "" for e in force) == ["Karachi", "Swat Valley"]


def test_one_root_twice_after_a_comma_and_while_is_two_acts(extract: Extract) -> None:
    body = (
        "Rebels shelled the town of Kidal on Sunday, while government troops shelled rebel "
        "positions near Gao."
    )
    force = real(extract(body), "19")
    assert sorted(where(e)[0] or "" for e in force) == ["Gao", "Kidal"]


def test_while_with_a_participle_keeps_one_act(extract: Extract) -> None:
    # near-miss: "while fleeing" has no subject of its own
    body = "Soldiers clashed with militants near Bannu on Tuesday while fleeing civilians watched."
    force = real(extract(body), "19")
    assert [where(e)[0] for e in force] == ["Bannu"]


def test_while_clause_with_no_act_keeps_one_place(extract: Extract) -> None:
    # near-miss: the "while" clause tells where someone was, no act
    body = (
        "Police clashed with protesters in Karachi on Tuesday while the governor was in Islamabad."
    )
    force = real(extract(body), "145", "19")
    assert [where(e)[0] for e in force] == ["Karachi"]
