"""Leads that hid their act from the reader (hap86, issue 16: a report with no event read
joins no happening), and a capital told beside the act that was taken for its place.

- a headline's bare verb after "police" ("Police detain opposition leader"): an unmarked
  plural subject (Quirk et al. 1985 §5.78), so the verb is finite;
- a ship "left disabled and flooding after an attack": the verb "flood" told of the ship's
  state, no flood that would keep the attack from being read;
- "the New Year's Day earthquake": a one-day holiday bound to the hazard noun dates it;
- "as Moscow launched its heaviest attack": the capital is the side acting, not the place.

Near misses keep their readings: "the police force", "a police station", "rain and flooding"
beside an attack, an undated quake noun, a holiday drill, "missiles hit Kyiv".

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, full_codes, hazards, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# -- a bare verb after an unmarked plural (lead_forms.unmarked_plural) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police detain opposition leader in Dakar",
        "Turkish police detain Istanbul mayor over graft claims",
        "Riot police disperse students outside parliament in Accra",
    ],
)
def test_a_headline_verb_after_police_is_read(text: str) -> None:
    assert any(c.startswith("17") for c in full_codes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The police force has 900 officers in Mombasa.",
        "A police station in Mombasa reopened on Monday.",
    ],
)
def test_police_before_a_noun_stays_a_compound(text: str) -> None:
    assert full_codes(text) == []


# -- a ship left flooding (lead_forms.predicated_hazard) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The freighter Marisol was left disabled and flooding after an attack off Eritrea on Tuesday.",
        "A freighter was left disabled and flooding after a missile attack in the Red Sea on Tuesday.",
    ],
)
def test_an_attack_on_a_ship_left_flooding_is_read(extract: Extract, text: str) -> None:
    assert real(extract(text), "19")


def test_rain_and_flooding_beside_an_attack_stay_a_hazard() -> None:
    # near miss: a hazard noun in the sentence still keeps harm from being read as force
    text = "Heavy rain and flooding hit the town on Tuesday after the attack."
    assert not any(c.startswith(("18", "19", "20")) for c in full_codes(text))


# -- a holiday bound to a hazard noun (hazards {dated}) --------------------------------------


def test_a_new_years_day_quake_is_read_on_its_day(extract: Extract) -> None:
    text = (
        "The governor said the damage from the New Year's Day earthquake in Hokkaido was extensive."
    )
    assert hazards(extract(text, "2026-01-03")) == [
        ("DIS-QUAKE", date(2026, 1, 1), date(2026, 1, 1))
    ]


def test_an_undated_quake_noun_is_still_not_read(extract: Extract) -> None:
    text = "The governor said the damage from the earthquake in Hokkaido was extensive."
    assert hazards(extract(text, "2026-01-03")) == []


def test_a_holiday_quake_drill_is_no_quake(extract: Extract) -> None:
    text = "Schools in Sendai held the New Year's Day earthquake drill on Thursday."
    assert hazards(extract(text, "2026-01-03")) == []


# -- a capital acting beside the act (lead_forms.CAPITAL_FORCE) ------------------------------


def test_a_capital_that_launched_the_attack_is_not_its_place(extract: Extract) -> None:
    text = (
        "A maternity hospital was hit by a Russian missile on Tuesday as Moscow launched "
        "one of its largest attacks on Ukraine this year."
    )
    attacks = real(extract(text), "19")
    assert attacks
    assert all(where(e)[1] != "RU" for e in attacks)


def test_a_struck_capital_stays_the_place(extract: Extract) -> None:
    text = "Russian missiles hit Kyiv on Tuesday as Moscow launched a large attack."
    assert [where(e) for e in real(extract(text), "19")][:1] == [("Kyiv", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "Schools in Sendai held the 8 May earthquake drill on Thursday.",
        "Volunteers joined Friday's flood exercise in Porto Alegre.",
    ],
)
def test_a_dated_hazard_noun_that_modifies_a_drill_is_no_hazard(
    extract: Extract, text: str
) -> None:
    assert hazards(extract(text, "2026-01-03")) == []
