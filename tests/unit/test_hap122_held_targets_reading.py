"""Session 93, hap122: whom ``happenings/held_targets`` reads as the one person an arrest's
or an expulsion's sentence held, and when two such names are two persons. Sentences written
for these tests."""

from __future__ import annotations

from dashboard.happenings.held_targets import held_targets, two_targets


def test_a_name_told_with_its_title_inside_is_one_person() -> None:
    mayor = held_targets(["Police detained Mayor Horvat in Zagreb on Tuesday."], "173")
    full = held_targets(["Tomislav Horvat was detained in Zagreb on Tuesday."], "173")
    assert mayor == frozenset({"target:mayor horvat"})
    assert not two_targets(mayor, full)


def test_several_held_or_another_act_name_no_one() -> None:
    assert held_targets(["Police arrested Marta Kovac and Tomislav Horvat."], "173") == frozenset()
    assert held_targets(["Police arrested Marta Kovac and 12 others."], "173") == frozenset()
    assert held_targets(["Police detained Marta Kovac and her driver."], "173") == frozenset()
    assert held_targets(["Marta Kovac was detained in Zagreb."], "190") == frozenset()
