"""A cyber operation is no force: CAMEO 1.1b3 has no cyber code, so hackers seizing or
breaching a network and a cyberattack that "hit" are never read as §18/§19 force nor as a
government's §172 restriction. Since cameo51b they are read as §171 (seize or damage
property; PLOVER 0.7b1's "cyber" context, ``cyber_acts``), or as nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers


@pytest.mark.parametrize(
    "sentence",
    [
        "A cyberattack blamed on Chinese intelligence hit Taiwan's ports on Monday.",
        "Hackers tied to North Korea seized control of a bank's servers in Seoul.",
        "Hackers sabotaged the dam's control systems in Norway on Monday.",
    ],
)
def test_a_cyber_operation_is_no_force(sentence: str) -> None:
    codes = [t.full or "" for t in triggers(sentence)]
    assert not any(c[:2] in ("18", "19") or (c[:2] == "17" and c != "171") for c in codes), codes


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # near misses: force and seizure by armed men stay; so does blaming a state for a hack
        ("Russian troops seized the town of Kupiansk on Monday.", "192"),
        ("Rebels sabotaged the dam in Kivu on Monday.", "1712"),  # §1712 (stop 42)
        ("Taiwan blamed a cyberattack on Chinese intelligence on Monday.", "112"),
    ],
)
def test_force_and_blame_stay(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]
