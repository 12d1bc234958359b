"""cameo60: an appeal, demand or rejection is coded by what is asked, demanded or refused
(CAMEO 1.1b3 §02, §10, §12): a demand's "that" clause ("insisted on its demand that …"), a
noun of asking with its asker named ("an offer by France to …", "a call from the UN for …"),
a bare intent verb between the governor and its object ("refused to commit to any military
aid"), talks hosted between two others (mediation, §045), a new constitution demanded,
called for or rejected (§1044, §0244, §1234). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.reading import full_codes

# --- 1. a demand's content clause names the leaf ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The group insisted on its demand that Kenya grant the Somali minority equal rights.",
            "1043",
        ),
        ("The rebels insisted on their demands that the army withdraw from the valley.", "1056"),
        ("The mayor rejected demands that he resign over the scandal.", "1231"),
    ],
)
def test_demand_that_clause_names_the_leaf(text: str, code: str) -> None:
    assert full_codes(text, asserted=True)[:1] == [code]


def test_offer_that_is_a_relative_near_miss() -> None:
    # an offer's "that" is a relative clause: nothing is asked in it
    assert full_codes(
        "The president rejected the offer that Norway made last week.", asserted=True
    )[:1] == ["120"]


# --- 2. the asker named between the noun of asking and its "to" or "for" ----------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Serbia rejected a demand from Washington to extradite the commander.", "1213"),
        ("The rebels rejected an appeal by the Vatican to release the hostages.", "1243"),
    ],
)
def test_asker_named_before_the_act(text: str, code: str) -> None:
    assert full_codes(text, asserted=True)[:1] == [code]


def test_call_with_no_act_near_miss() -> None:
    assert full_codes("Kyiv rejected a call from the UN.", asserted=True)[:1] == ["120"]


# --- 3. a bare intent verb passes its object on ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Spain refused to commit to any military assistance to the campaign in Libya.", "1222"),
        ("The junta refused to agree to a truce.", "1246"),
        ("Paris urged Moscow to agree to a ceasefire.", "0256"),
        ("The council demanded that Israel agree to a ceasefire.", "1056"),
    ],
)
def test_bare_intent_passes_object_on(text: str, code: str) -> None:
    assert full_codes(text, asserted=True)[:1] == [code]


def test_bare_intent_with_no_object_near_miss() -> None:
    assert full_codes("Spain refused to commit.", asserted=True)[:1] == ["120"]


def test_plan_noun_is_no_intent_verb_near_miss() -> None:
    # "plan" is the object noun here, not an infinitive: the later meeting noun is no appeal
    # to meet and no event of its own
    text = (
        "The council asked the mayor to expand a five-year business plan presented at "
        "Tuesday's council meeting."
    )
    assert not any(f.startswith("04") for f in full_codes(text, asserted=True))


# --- 4. talks hosted between two others are mediation --------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Qatar hosted talks between the Taliban and Washington.", "045"),
        ("Egypt offered to host talks between the two factions.", "039"),
        (
            "The Palestinians rejected an offer by France to host talks between Israel and Hamas.",
            "126",
        ),
    ],
)
def test_hosted_between_is_mediation(text: str, code: str) -> None:
    assert full_codes(text, asserted=True)[:1] == [code]


def test_hosted_talks_with_a_party_near_miss() -> None:
    assert full_codes("Qatar hosted talks with the Taliban.", asserted=True)[:1] == ["043"]


# --- 5. a new constitution asked for, demanded or rejected ------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The opposition demanded a new constitution.", "1044"),
        ("Students called for constitutional reform.", "0244"),
        ("The president rejected calls for a new constitution.", "1234"),
    ],
)
def test_constitution_names_institutions(text: str, code: str) -> None:
    assert full_codes(text, asserted=True)[:1] == [code]


def test_constitution_approved_near_miss() -> None:
    fulls = full_codes("Voters approved a new constitution.", asserted=True)
    assert not any(f in ("1044", "0244", "1234") for f in fulls)
