"""Rules of the cameo64 round on CAMEO 1.1b3 codes the manual's examples cover thinly: the
thing an appeal, promise, demand or refusal seeks names its sub-code (``sought_aims``), and
lexicon rows for acts another row outranked. The sentences are written for these tests; each
positive fails on the code before the round, each near miss must stay as it was."""

from __future__ import annotations

import pytest

from tests.unit.reading import full_codes

# ------------------------------------------- the thing sought names the sub-code (§02-§12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain urged Kenya to change its land policy.", "0242"),  # §0242 policy change
        ("The Tuareg rebels demanded independence for the north.", "1044"),  # institutions
        ("Belarus rejected calls for press freedom.", "1233"),  # §1233 rights
        ("The Jordanian king promised democratic reforms.", "034"),  # §034 political reform
        ("Pakistan appealed to its neighbours for tents and blankets.", "0233"),  # §0233
        ("Georgia demanded weapons and ammunition from its allies.", "1032"),  # §1032
        ("Pakistan rejected the Indian offer of peace talks.", "125"),  # §125 talks
    ],
)
def test_the_thing_sought_names_the_sub_code(text: str, expected: str) -> None:
    assert expected in full_codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union sent medicine to Gaza.", "073"),  # §073 humanitarian aid
        ("Japan provided financial assistance to Sri Lanka.", "071"),  # §071 economic aid
        ("Police launched an inquiry into the governor for taking bribes.", "091"),  # §091
        ("The government bowed to demands for a new constitution.", "0834"),  # §0834
    ],
)
def test_a_thing_of_the_acts_own_kind_names_its_sub_code(text: str, expected: str) -> None:
    assert expected in full_codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan urged China to release the fishermen.", ["0253"]),  # the act already names it
        # a name ("the Chemical Weapons Convention") is no military aid sought
        ("Russia urged the United States to honour the Chemical Weapons Convention.", ["022"]),
        # a cause told after "after" is no aim of the appeal
        ("Kenya urged calm after the referendum on the constitution.", ["020"]),
        ("The European Union sent aid to Gaza.", ["070"]),  # no kind told
        ("The Pope appealed for calm.", ["020"]),
        ("Serbia rejected the criticism from Croatia.", ["120"]),
        ("The opposition demanded the release of the prisoners.", ["1053"]),
    ],
)
def test_near_misses_keep_their_code(text: str, expected: list[str]) -> None:
    assert full_codes(text) == expected


# --------------------------------------------- acts another row outranked, by definition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry declined to comment on the negotiations with Iran.", "011"),
        ("North Korea refused food aid from the South.", "1223"),  # no hunger strike
        ("The cult released sarin in the crowded station.", "2041"),  # no release of persons
        ("Ghana pulled its peacekeepers out of Liberia.", "1661"),
        ("The army gave the gunmen until dawn to surrender.", "139"),
        ("Security was tightened in Lagos ahead of the vote.", "151"),
        ("Egypt lifted the emergency laws on Monday.", "0814"),
        ("Syria expressed willingness to resume negotiations with Israel.", "036"),
        ("Militiamen stabbed three farmers to death near Goma.", "1823"),
        ("Troops fought a gun battle with smugglers near the border.", "193"),
        ("A drone fired two missiles at a car in Yemen.", "1952"),
        ("Soldiers sexually assaulted women at the camp.", "1821"),
        ("The government withdrew the fare increase after the riots.", "0832"),
        ("Chad expelled the foreign aid workers.", "1663"),
        ("Nigeria sent troops to protect the refugee camps.", "074"),  # no build-up (§154)
        ("The exiled leader urged Syrians to rise up against the regime.", "113"),
        ("Bangladesh contributed 800 soldiers to the UN mission in Mali.", "074"),
        ("Croatia transferred the suspect to the tribunal in The Hague.", "063"),
        ("Russia withdrew the accreditation of the BBC correspondent.", "1721"),
    ],
)
def test_the_defined_act_is_coded(text: str, expected: str) -> None:
    assert expected in full_codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria declined to join the talks.", ["125"]),
        ("The prisoners refused food for a week.", ["142"]),
        ("Iran released the sailors.", ["0841"]),
        ("Security forces tightened their grip on the city.", []),
        ("India pulled its troops out of the valley.", ["087"]),
        ("Troops fought the rebels near the border.", ["190"]),
        ("The army shot down a drone over the border.", ["190"]),
        ("Russia sent troops to crush the revolt.", ["154"]),
        ("India deployed soldiers to Kashmir.", ["154"]),
        ("The central bank revoked the licence of the bank.", []),  # no press freedom
        ("Britain contributed troops to the coalition in Iraq.", []),  # no peacekeeping
    ],
)
def test_near_misses_of_the_rows_keep_their_code(text: str, expected: list[str]) -> None:
    assert full_codes(text) == expected
