"""Session 88, hap101: what ``happenings/held_facts`` reads from an arrest's sentence and how
two reports' facts compare. Sentences written for these tests."""

from __future__ import annotations

from dashboard.happenings.held_facts import anonymous, held_facts, held_names, offences, two_held


def test_facts_are_read_for_arrests_and_expulsions_only() -> None:
    said = ["Police arrested a 30-year-old woman over the theft of a car."]
    assert held_facts(said, "173") == frozenset({"held:?", "offence:05"})
    assert held_facts(said, "1823") == frozenset()
    assert held_facts(said, "") == frozenset()


def test_no_offence_without_a_charge_cue_and_no_one_unnamed_by_a_role() -> None:
    assert offences(["Theft is rising in the district, police said as they arrested him."]) == (
        frozenset()
    )
    assert not anonymous(["Police arrested a museum guard on Saturday."])
    assert not anonymous(["A man's car was detained at the border."])


def test_two_names_or_one_offence_alone_tell_nothing() -> None:
    assert not two_held(frozenset({"held:marie dubois"}), frozenset({"held:pieter claes"}))
    assert not two_held(frozenset({"offence:05"}), frozenset({"held:?"}))
    assert not two_held(frozenset({"offence:05", "offence:07"}), frozenset({"offence:07"}))


def test_only_a_titled_person_is_named_held() -> None:
    assert held_names(["Former governor Ada Obi was arrested in Enugu on Monday."]) == frozenset(
        {"ada obi"}
    )
    assert held_names(["Ada Obi was arrested in Enugu on Monday."]) == frozenset()
    assert held_names(["Police arrested the BBC's Tom Reed and his driver."]) == frozenset()
