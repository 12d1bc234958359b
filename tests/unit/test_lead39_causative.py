"""The object of a causative "ordered X jailed" undergoes the act, as a passive's subject
does (Quirk et al. 1985 §16.52): "A Turkish court ordered Istanbul Mayor Ekrem Imamoglu
jailed" made the jailed mayor the source of his own detention (newuser15). Every sentence
was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_one_ordered_jailed_is_the_target(extract: Extract) -> None:
    (jailed,) = rooted(
        extract("A court in Ankara on Sunday ordered Opposition Leader Ayla Demir jailed."), "17"
    )
    assert jailed.roles.source != "Ayla Demir"
    assert jailed.roles.target == "Ayla Demir"


def test_near_miss_an_active_jailing_keeps_its_doer(extract: Extract) -> None:
    (jailed,) = rooted(
        extract("Police in Ankara arrested Opposition Leader Ayla Demir on Sunday."), "17"
    )
    assert jailed.roles.target == "Ayla Demir"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("A court in Paris ordered Syrian Colonel Samir al-Hassan arrested on Monday.", "Syria"),
        ("A court in Kinshasa ordered three Americans jailed on Friday.", "United States"),
        ("A court in Tehran ordered a French citizen released on Sunday.", "France"),
    ],
)
def test_a_causative_object_is_the_target_not_the_source(
    extract: Extract, sentence: str, target: str
) -> None:
    (act,) = rooted(extract(sentence), "08", "17")
    assert act.roles.source_country != target
    assert target in (act.roles.target, act.roles.target_country)
