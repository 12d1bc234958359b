"""cameo72: CAMEO codes to the leaf, from the manual's definitions of the sub-codes.

A trade ban lifted eases an embargo (§085), not an administrative sanction (§081); a tax
withdrawn is a change of policy (§0832); a crime told by its verb names the accusation
(§1121); cultural objects given back are property returned (§0842); trade expanded with a
partner is economic cooperation (§061); joint patrols are military cooperation (§062); a
rally allowed to go ahead or given a permit is the freedom of assembly granted (§0833); an
appeal or a demand to settle a dispute is §027 / §107, as a rejection of it is §127; funds,
taxes, subsidies, weapons and peacekeepers sought name the appeal's, demand's or refusal's
kind (§0231, §0242, §1031, §1221, §1222, §0234); a meeting is §044 "meet at a third location"
only when a place outside the sides' home is told, else the parent §040. Sentences written
for these tests; near misses keep their code.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# --- 1. lexicon rows: the act's own words name its leaf -------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beijing lifted its ban on Australian wine imports on Friday.", "085"),
        ("The government ended the ban on beef exports to Europe.", "085"),
        ("Kenyan farmers demanded that Tanzania lift its ban on maize imports.", "1054"),
        ("The government scrapped the new fuel tax after a week of protests.", "0832"),
        ("Parliament withdrew the controversial tax on mobile payments.", "0832"),
        ("Prosecutors accused the former mayor of embezzling public funds.", "1121"),
        ("France returned the looted artworks to Benin.", "0842"),
        ("Britain repatriated the bronzes to Nigeria.", "0842"),
        ("The museum handed back the stolen statues to Cambodia.", "0842"),
        ("Indonesia said it was ready to expand trade with Australia.", "0311"),
        ("Australia pledged to hold joint naval patrols with the Philippines.", "0312"),
        ("Police allowed the march to go ahead.", "0833"),
        ("The city permitted the Pride parade to take place.", "0833"),
        ("Authorities gave permission for the protest.", "0833"),  # was the protest, §140
        ("The mayor granted a permit for the rally on Saturday.", "0833"),
        ("The city refused to grant a permit for the march.", "1233"),
    ],
)
def test_an_acts_own_words_name_its_leaf(text: str, want: str) -> None:
    assert want in full_codes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Beijing banned imports of Australian wine on Friday.", "163"),  # the ban itself
        ("The government lifted the ban on public gatherings.", "0811"),  # a freedom eased
        ("The city lifted its ban on fireworks.", "081"),
        ("The government withdrew the pension reform bill.", "0832"),
        ("Thousands protested against the new fuel tax.", "140"),  # the tax opposed, not dropped
        ("The opposition criticised the new tax.", "111"),
        ("The opposition accused the minister of lying to parliament.", "112"),  # no crime
        ("The rebels handed back the bodies of three soldiers.", "0841"),  # persons, not things
        ("Police patrolled the streets of the capital overnight.", "150"),  # no partner
        ("The minister agreed that the economy would slow down next year.", "019"),
        ("The court allowed the appeal to proceed.", "083"),  # no rally: the bare permission
        ("Organisers said the march would go ahead.", "141"),  # the organisers' own march
    ],
)
def test_near_misses_keep_their_code(text: str, want: str) -> None:
    assert want in full_codes(text)


# --- 2. the thing sought names the appeal's, demand's or refusal's kind ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The U.N. chief urged both sides to settle the dispute.", "027"),
        ("The envoy urged the two countries to resolve their border dispute.", "027"),
        ("The Security Council demanded that the two sides settle their dispute.", "107"),
        ("The treasury sent emergency funds to the flooded province.", "071"),
        ("The ministry pledged to send emergency funds to the drought-hit districts.", "0331"),
        ("The governor demanded that Washington send emergency funds to the province.", "1031"),
        ("The finance ministry rejected the province's request for emergency funds.", "1221"),
        ("The government turned down Ukraine's request for fighter jets.", "1222"),
        ("The IMF urged Egypt to cut fuel subsidies.", "0242"),
        ("The government rejected calls to scrap the fuel subsidy.", "1232"),
        ("Traders demanded that the government scrap the new sales tax.", "1042"),
        ("The president appealed for a multinational force to restore order.", "0234"),
    ],
)
def test_the_thing_sought_names_the_kind(text: str, want: str) -> None:
    assert want in full_codes(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Qatar urged the two sides to resume talks.", "026"),
        ("Kyiv rejected Moscow's offer to hold talks.", "125"),
        ("The envoy urged security forces to show restraint.", "020"),  # their own forces
        ("The UN demanded that security forces show restraint.", "100"),
        ("The government reneged on its tax deal with the unions.", "120"),  # no tax sought
        ("Voters agreed to tax themselves to pay for the fire service.", "030"),  # a verb
    ],
)
def test_near_misses_of_the_thing_sought(text: str, want: str) -> None:
    assert want in full_codes(text)


# --- 3. a meeting at a third location is told by its place -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister met union leaders on Monday.",  # no place told
        "Biden met Xi on Monday.",
        "Macron met union leaders in Lyon on Monday.",  # the source's own country
    ],
)
def test_a_meeting_with_no_third_place_is_the_parent(extract: Extract, body: str) -> None:
    assert [code(e) for e in extract(body)] == ["040"]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Biden met Xi in Bali on Monday.", "044"),  # neither side's country
        ("Ruto met Xi in Beijing on Monday.", "042"),  # the target's: a visit
        ("Putin met Erdogan in Sochi on Monday.", "043"),  # the source's: a host
    ],
)
def test_a_meeting_placed_keeps_its_leaf(extract: Extract, body: str, want: str) -> None:
    assert [code(e) for e in extract(body)] == [want]
