"""cameo77: CAMEO codes to the leaf, from the manual's definitions (bench/cameo_codes).

A curfew, a state of emergency, a blockade or a ban on a party that "was lifted" is eased
(§0813, §0814, §0872, §0812), never the imposition its noun names (§1723, §1724, §191,
§1722); a demand or an appeal whose "that" clause opens with an actor noun ("the
protesters") seeks the clause's predicate (§1052, §0252), not the protest the noun names;
goods received in a conjunct ("medicine and blankets") are no visit hosted (§043). Sentences
written for these tests; near misses keep their reading.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _real_codes(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text) if not unreal(e)]


# --- 1. an administrative sanction lifted, told in the passive ------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        ("The curfew in Dhaka was lifted on Monday.", "0813", "1723"),
        ("The night curfew has been eased after a week of calm.", "0813", "1723"),
        ("The state of emergency in Ecuador was lifted on Monday.", "0814", "1724"),
        ("The ban on the opposition party was lifted by the supreme court.", "0812", "172"),
        ("The siege of the town was lifted after six months.", "0872", "191"),
        ("The union demanded that the curfew be lifted.", "1051", "100"),
    ],
)
def test_a_sanction_lifted_in_the_passive_is_eased(
    extract: Extract, text: str, want: str, not_want: str
) -> None:
    got = _real_codes(extract, text)
    assert want in got
    assert not_want not in got


@pytest.mark.parametrize(
    "text",
    [
        "The curfew will be lifted next week, officials said.",
        "The curfew could be lifted if calm returns.",
    ],
)
def test_a_lifting_to_come_is_no_done_easing(extract: Extract, text: str) -> None:
    assert not real(extract(text), "08")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Authorities lifted the curfew in Dhaka on Monday.", "0813"),
        ("The curfew imposed after the riots was extended on Monday.", "1723"),
        ("The army imposed a curfew after the protests were ended by police.", "1723"),
    ],
)
def test_near_misses_keep_their_curfew_code(extract: Extract, text: str, want: str) -> None:
    assert want in _real_codes(extract, text)


# --- 2. the act a "that" clause predicates, past its subject noun ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The government demanded that the protesters end their sit-in.", "1052"),
        ("The archbishop urged that the demonstrators end their march.", "0252"),
    ],
)
def test_a_demand_seeks_its_clauses_predicate(extract: Extract, text: str, want: str) -> None:
    assert want in _real_codes(extract, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mayor demanded that the protesters be punished.", "100"),
        ("The minister demanded that the students end their sit-in outside the ministry.", "1052"),
        ("The UN demanded that the rebels release the hostages.", "1053"),
        ("Police warned that the protesters would be arrested.", "137"),
    ],
)
def test_near_misses_keep_their_demand_code(extract: Extract, text: str, want: str) -> None:
    assert want in _real_codes(extract, text)


# --- 3. goods received are no visit hosted --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The hospital received medicine and blankets from the Red Cross.",
        "The refugees received food and shelter from the government.",
        "The farmers received compensation for their land.",
    ],
)
def test_goods_received_are_no_visit(extract: Extract, text: str) -> None:
    assert "043" not in _real_codes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor received the French president in Berlin.",
        "The king received the ambassador and the envoy at the palace.",
        "Ukraine received tanks and the foreign minister of Poland.",
    ],
)
def test_near_misses_a_guest_received_is_hosted(extract: Extract, text: str) -> None:
    assert "043" in _real_codes(extract, text)


# --- 4. the bare verb "cooperate" with only its partner named tells no kind -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam said it was ready to cooperate with the Philippines.",
        "The Malaysian government pledged to cooperate fully with Indonesia.",
    ],
)
def test_intent_to_cooperate_of_no_kind_is_the_parent(extract: Extract, text: str) -> None:
    got = _real_codes(extract, text)
    assert "030" in got
    assert "031" not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil said it would cooperate with Argentina on energy and transport.", "031"),
        # cameo88: investment names economic cooperation, the leaf §0311 of §031
        ("The two countries agreed to cooperate on trade and investment.", "0311"),
        ("The two countries cooperated on the construction of the bridge.", "060"),
    ],
)
def test_near_misses_a_field_told_keeps_material_cooperation(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _real_codes(extract, text)


# --- 5. a political freedom curbed, named as the freedom or the public gathering ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The government restricted press freedom.", "1721"),
        ("The junta banned public gatherings.", "1721"),
        ("The military council suspended political activities in the capital on Monday.", "1721"),
        ("The government threatened to restrict press freedom.", "1321"),
    ],
)
def test_a_freedom_curbed_is_a_restriction_on_political_freedoms(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _real_codes(extract, text)


def test_near_miss_a_freedom_not_curbed_stays_negated(extract: Extract) -> None:
    assert not real(extract("The court did not restrict press freedom, judges said."), "17")


def test_near_miss_a_trade_ban_keeps_its_sanction(extract: Extract) -> None:
    text = "The government banned imports of Chinese steel, angering free speech groups."
    assert "163" in _real_codes(extract, text)
