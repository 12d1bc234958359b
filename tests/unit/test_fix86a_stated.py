"""Statements, states and matters read as acts (newuser86's confident wrong cards, session
82, fix86a). See docs/history/reading.md, session 82. Sentences written for these tests;
each rule has near misses that must not change (``stated_matters.py``, cameo.csv's §130
"all measures" and §164 talks-ended rows)."""

from __future__ import annotations

import pytest

from tests.unit.reading import full_codes


def _roots(text: str) -> set[str]:
    return {c[:2] for c in full_codes(text)}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # 1. a purpose a speaker gives a passive act is the speaker's charge
        (
            'The minister said on Monday that the outage was "engineered in Minsk" to '
            "pressure the government before the vote.",
            "10",
        ),
        (
            "The opposition said the riots were staged by the army to intimidate voters.",
            "17",
        ),
        # 2. force stepped up since a past event: a trend, not one act
        ("The army has intensified shelling of the valley since it lost the pass in May.", "19"),
        # 5. a toll counted from a situation's start
        ("Over 300 people have been killed in the province since the war began.", "19"),
        # 7. a matter raised with a body, no threat of force
        ("He said he would raise the bombing with the African Union.", "13"),
        # 8. taken as "intent to cooperate"
        ("Cairo said it would take all measures needed to defend its share of the river.", "03"),
        # 9. talks that ended
        ("Talks among Chad, Niger and Mali broke down in March.", "04"),
        # 10. "no … to discuss"
        ("Seoul says there is no border dispute to negotiate.", "04"),
        # 11. an act that supports an act
        ("The raids support a ground offensive that the army began last month.", "05"),
        # 12. a standing role
        ("Norway is the country's biggest aid donor.", "07"),
        # 13. a claim pressed
        ("Manila has pressed its claim to the reef harder since gas was found there.", "02"),
        # 14. the wounded carried to care
        ("The injured troops were flown to the capital for treatment.", "15"),
        # 15. people who wait
        ("Families gathered outside the hospital on Tuesday, waiting for word.", "14"),
        # 16. wanted on charges
        ("Those extradited include two bankers wanted on fraud charges, officials said.", "02"),
        # 17. a probe judged
        ("The senator had called the inquiry politically biased.", "09"),
        # 18. a state since, and its start
        ("Roads closed since the 2023 protests will reopen next month.", "17"),
        ("Roads closed since the 2023 protests will reopen next month.", "14"),
        ("Schools closed since the 2023 fighting will reopen next month.", "19"),
        # 4. a civilian craft shows no force
        ("A civilian airliner entered the restricted airspace on Friday.", "15"),
    ],
)
def test_statement_state_or_matter_is_no_act(text: str, wrong: str) -> None:
    assert wrong not in _roots(text), full_codes(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The army said troops were deployed to protect the border.", "15"),
        ("Russia said it was prepared to release the detained journalist.", "03"),
        ("The army stepped up air strikes on the town on Friday.", "19"),
        ("Gunmen killed five people in the market on Sunday.", "18"),
        ("The rebels threatened to attack the capital.", "13"),
        ("Talks among Chad, Niger and Mali resumed in March.", "04"),
        ("The two sides met to discuss the border dispute.", "04"),
        ("Negotiations between the two parties collapsed on Monday.", "16"),
        ("Two soldiers have been wounded in clashes with rebels since Monday.", "19"),
        ("Norway gave the country aid worth $10 million.", "07"),
        ("Police dispersed protesters who gathered outside parliament.", "17"),
        ("The strikes hit an army depot near the town.", "19"),
        ("The border has been closed since the 2022 fighting.", "17"),
        ("A military helicopter entered the restricted airspace on Friday.", "15"),
        ("The army sent 2,000 troops to the border region on Monday.", "15"),
    ],
)
def test_near_misses_keep_their_act(text: str, root: str) -> None:
    assert root in _roots(text), full_codes(text)
