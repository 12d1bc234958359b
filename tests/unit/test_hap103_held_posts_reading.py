"""Session 88, hap103: what ``happenings/held_facts.identified`` reads (a name with the post
its bearer holds) and when two such names are two persons. Sentences written for these tests."""

from __future__ import annotations

from dashboard.happenings.held_facts import identified, two_identified


def test_a_name_with_no_post_in_apposition_is_not_identified() -> None:
    assert identified(["Police arrested Lena Voss, a 33-year-old nurse, in Kiel."]) == frozenset()
    assert identified(["Police arrested Lena Voss, the editor, and 12 others."]) == frozenset()
    assert identified(["Lena Voss, a former mayor, was arrested in Kiel."]) == frozenset(
        {"lena voss"}
    )


def test_two_names_sharing_a_given_name_are_two_persons_and_a_reversed_name_is_one() -> None:
    assert two_identified(frozenset({"named:ana mora"}), frozenset({"named:ana ruiz"}))
    assert not two_identified(frozenset({"named:ana mora"}), frozenset({"named:mora ana"}))
    assert not two_identified(frozenset({"named:ana mora"}), frozenset({"held:?"}))
