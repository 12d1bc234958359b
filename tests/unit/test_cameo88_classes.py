"""cameo88: CAMEO sub-codes by the class of the thing sought (CAMEO 1.1b3 §02, §03, §10, §12
share one tree of objects: leadership change §0831, economic §061 and judicial §063
cooperation, de-escalation §087, easing of sanctions §085), and four reading faults users saw:
a second attack after ", and" beside a dated first one, a present-tense ban ("Government bans
rallies"), migrants returned to a country (§174), and a pending "has yet to". Our own
sentences throughout."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # §1231 reject request for change in leadership: the dismissal turned down
        ("The union rejected calls for the dismissal of the transport chief.", "1231"),
        # §0341 express intent to change leadership: an ouster vowed
        ("The party vowed to seek the ouster of the governor.", "0341"),
        # §0254 appeal for easing of economic sanctions: "an end to" them asked for
        ("Iran appealed for an end to the oil sanctions.", "0254"),
        # §0211 appeal for economic cooperation: investment asked for
        ("The prime minister called for more foreign investment from the Gulf.", "0211"),
        # §0313 express intent to engage in judicial cooperation: an extradition request
        ("Ghana promised to cooperate with the extradition request.", "0313"),
        # §0256 appeal for de-escalation of military engagement: an end to the fighting
        ("The coalition called for an end to the fighting.", "0256"),
        # §1721 impose restrictions on political freedoms: gatherings banned
        ("Authorities prohibit gatherings of more than five people in the city.", "1721"),
        ("The government banned rallies in the capital on Tuesday.", "1721"),
        # §0861 receive deployment of peacekeepers, §0862 receive inspectors: the leaves of §086
        ("The country received a contingent of peacekeepers.", "0861"),
        ("The government welcomed a UN observer mission.", "0862"),
    ],
)
def test_the_class_of_the_thing_sought_names_the_sub_code(sentence: str, expected: str) -> None:
    assert expected in full_codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government bans rallies in the capital.",
        "The city council bans marches near parliament.",
        "Police ban protests ahead of the vote.",
    ],
)
def test_a_present_ban_of_rallies_is_the_ban_not_a_rally(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert [code(e) for e in real(events, "17")] == ["1721"]
    assert not real(events, "14")  # the rallies are banned, none held


def test_a_second_attack_after_a_dated_first_is_its_own_event(extract: Extract) -> None:
    events = extract(
        "Troops shelled the village on Monday, and militants ambushed a convoy near the border."
    )
    codes = sorted(code(e) for e in real(events, "18", "19"))
    assert codes == ["180", "194"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an answer in kind is one exchange of fire, told whole
        "Troops shelled the village on Monday, and rebels fired back.",
        "Troops shelled the village on Monday, and the rebels retaliated.",
        # a pronoun subject is the first clause's party
        "Troops shelled the village on Monday, and they ambushed a convoy.",
    ],
)
def test_an_answer_in_kind_stays_one_event(extract: Extract, sentence: str) -> None:
    events = real(extract(sentence), "18", "19", "20")
    assert len(events) == 1
    assert events[0].evidence[0].text.endswith(".")  # the sentence whole, not cut


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish authorities returned 40 migrants to Morocco on Thursday.",
        "Greece pushed back 80 asylum seekers to Turkey.",
        "Some 60 migrants were returned to Libya by the coast guard.",
    ],
)
def test_migrants_returned_to_a_country_are_deported(extract: Extract, sentence: str) -> None:
    assert [code(e) for e in real(extract(sentence), "17")] == ["174"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials returned the migrants' belongings to the shelter.",
        "The agency helped 300 refugees return to their villages.",
        "The migrants returned to Morocco after failing to cross.",
    ],
)
def test_no_deportation_without_people_sent_back(extract: Extract, sentence: str) -> None:
    assert not real(extract(sentence), "174")


def test_yet_to_recognise_is_pending_not_rejected(extract: Extract) -> None:
    events = extract("The ministry has yet to recognise the election result.")
    assert not real(events, "12")


def test_a_court_ruling_on_an_appeal_is_no_request(extract: Extract) -> None:
    assert not real(extract("The court has yet to rule on the appeal."), "02")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden has not fought a war since 1814.",
        "The country never recognised the breakaway region.",
        "The army did not shell the town, a spokesman said.",
        "Officials said the government will not expel the diplomats.",
        "No protests were held in the capital on Friday.",
        "Neither side has fired a shot since March.",
        "Japan has not sent troops abroad in decades.",
        "Police failed to arrest the suspect.",
        "Nobody was arrested after the match.",
        "The government could expel the ambassador next week.",
        "The army is unlikely to attack the city before spring.",
        "The rebels would have seized the town had the air force not intervened.",
        "Analysts said Beijing might impose sanctions on the firms.",
        "The president has not yet signed the agreement.",
        "The regime never used chemical weapons, the envoy insisted.",
        "The pilots refused to attack the village.",
    ],
)
def test_negated_and_hypothetical_acts_make_no_card(extract: Extract, sentence: str) -> None:
    # the act told is not done: no unflagged card of its kind (a refusal may be §12)
    assert not real(extract(sentence), "05", "15", "16", "17", "18", "19", "20", "14")
