"""Session 94, fix140: "aid workers" as a verb's object names people the verb acts on, no
aid given (``giver_compounds.verb_object``; CAMEO 1.1b3 §070 codes an actor providing aid).
Sentences written for these tests."""

from __future__ import annotations

from tests.unit.reading import full_codes


def test_told_aid_workers_is_no_aid() -> None:
    codes = full_codes("The mayor told relief workers in Pemba that the bridge was closed.")
    assert "070" not in codes, codes


def test_attacked_aid_workers_is_the_attack_only() -> None:
    codes = full_codes("Gunmen attacked aid workers near Goma on Friday.")
    assert "070" not in codes, codes
    assert any(c.startswith("18") for c in codes), codes


def test_aid_workers_delivering_still_aid() -> None:
    # the compound as subject of a giving verb keeps its aid (a near miss)
    assert any(c.startswith("07") for c in full_codes("Aid workers delivered tents to a camp."))
