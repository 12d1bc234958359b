"""Threats told as a vow of punishment in the passive or as a warning that the warner itself
will move if a condition is met (session 91): CAMEO 1.1b3 §130, not an intent (§030) nor a
pessimistic comment (§012). Sentences written for these tests; a promise of help, a
warning of weather and a vow with no penalty stay what they were.
"""

from __future__ import annotations

import pytest

from tests.unit.reading import full_codes


@pytest.mark.parametrize(
    "text",
    [
        "The mayor condemned the arson and pledged that whoever set the fires would be punished.",
        "The minister vowed that the culprits will be held accountable.",
        "The navy warned that it would act if the trawlers stayed in the bay.",
        "The police warned that they would intervene unless the blockade ended.",
    ],
)
def test_a_vowed_penalty_or_a_conditional_move_of_ones_own_is_a_threat(text: str) -> None:
    codes = full_codes(text)
    assert any(c.startswith("13") for c in codes)
    assert not any(c.startswith(("03", "012")) for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned that it would rain if the front stalled.",
        "The governor promised that the flood victims would be compensated.",
        "The coach promised that the team would be ready.",
    ],
)
def test_no_threat_without_a_penalty_or_a_move(text: str) -> None:
    assert not any(c.startswith("13") for c in full_codes(text))
