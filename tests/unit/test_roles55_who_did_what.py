"""Who did what in warnings, vows and judgements (roles55).

Sentences composed for these tests (one-sentence wire stories), each with near misses that
keep their reading:
- a closing warning frame whose named speaker is another party than the clause's doer
  foretells that act: the speaker's comment (CAMEO 1.1b3 §012), no threat by the doer;
- "any attack" names no attack (the free-choice "any");
- "prices could rise" names no reprisal: a price is one only when it is paid;
- a vow of more force is a threat of it (§138x), never an intent to cooperate (§030);
- "X called the [long description of an] act a provocation / a threat to peace" is X's
  criticism (§111) aimed at the act's doer, however the doer is named.
"""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    read = make_extract(geoparser)
    return lambda body: read(body, "2026-04-08")


def _cards(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(code(e), e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Iran will attack shipping in the Gulf, Israeli officials warned.", "Israel"),
        ("Hamas will launch more rockets, the Israeli army warned on Monday.", "Israel"),
        ("Al-Shabaab will step up attacks during Ramadan, Somali officials cautioned.", "Somalia"),
        ("Hezbollah will retaliate, Lebanon's prime minister warned.", "Lebanon"),
    ],
)
def test_another_partys_act_foretold_in_a_closing_frame_is_the_speakers_comment(
    extract: Extract, text: str, speaker: str
) -> None:
    cards = _cards(extract(text))
    assert not [c for c in cards if c[0].startswith("13")]
    assert ("012", speaker, None) in cards


@pytest.mark.parametrize(
    "text",
    [
        "Israel will retaliate, Netanyahu warned.",
        "Pakistan will impose new sanctions on India, Pakistani officials warned.",
        # a speaker no list places may be the doer's own minister: no comment is guessed
        "Tehran will retaliate against any strike, Defence Minister Nasirzadeh warned.",
        "MOSCOW — Russia will retaliate, Peskov warned.",
        "Hezbollah will strike Israeli ships, Lebanon's Hezbollah chief warned.",
    ],
)
def test_the_doers_own_side_warning_stays_a_threat(extract: Extract, text: str) -> None:
    assert [c for c, _, _ in _cards(extract(text)) if c.startswith("13")]


@pytest.mark.parametrize(
    "text",
    [
        "Any incursion would be met with a firm response, India warned Pakistan.",
        "Any attack on our ships will be met with force, Iran warned.",
    ],
)
def test_any_attack_names_no_attack(extract: Extract, text: str) -> None:
    cards = _cards(extract(text))
    assert [c for c, _, _ in cards if c.startswith("13")]
    assert not [c for c, _, _ in cards if c.startswith(("18", "19"))]


def test_an_attack_with_a_determiner_stays_an_attack(extract: Extract) -> None:
    cards = _cards(extract("Gunmen carried out an attack on a police post in Zamfara."))
    assert [c for c, _, _ in cards if c.startswith(("18", "19"))]


@pytest.mark.parametrize(
    "text",
    [
        "Food costs could double, the World Bank warned.",
        "Fuel prices will climb further, the IMF cautioned on Tuesday.",
    ],
)
def test_rising_prices_are_no_threat(extract: Extract, text: str) -> None:
    assert not [c for c, _, _ in _cards(extract(text)) if c.startswith("13")]


def test_a_price_paid_stays_a_threat(extract: Extract) -> None:
    cards = _cards(extract("Serbia will pay a heavy price, the Kosovo president warned."))
    assert [c for c, _, _ in cards if c.startswith("13")]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The rebels claimed the drone attack on the airport and vowed more attacks.", "rebels"),
        ("The Taliban vowed further attacks on government forces.", "Taliban"),
        ("Al-Shabaab claimed the attack on the army base and vowed more strikes.", "Al-Shabaab"),
    ],
)
def test_a_vow_of_more_force_is_a_threat(extract: Extract, text: str, doer: str) -> None:
    cards = _cards(extract(text))
    assert not [c for c, _, _ in cards if c.startswith("03")]
    assert [c for c, s, _ in cards if c.startswith("138") and s is not None and doer in s]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The government vowed more aid for the flood victims.", "03"),
        ("The teachers union vowed more strikes.", "03"),
    ],
)
def test_a_vow_of_aid_or_walkouts_is_no_threat_of_force(
    extract: Extract, text: str, root: str
) -> None:
    cards = _cards(extract(text))
    assert not [c for c, _, _ in cards if c.startswith("138")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "India called the Chinese troop deployment along the border a provocation.",
            ("India", "China"),
        ),
        (
            "Greece called the Turkish drilling plan in the Aegean a threat to stability.",
            ("Greece", "Turkey"),
        ),
        (
            "Seoul called the missile test by North Korea a threat to peace.",
            ("South Korea", "North Korea"),
        ),
        (
            "Beijing called the US arms sale to the Philippines a provocation.",
            ("China", "United States"),
        ),
    ],
)
def test_calling_a_described_act_a_provocation_criticises_its_doer(
    extract: Extract, text: str, sides: tuple[str, str]
) -> None:
    assert ("111", *sides) in _cards(extract(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "South Korea called the recent North Korean missile test a serious threat.",
            ("South Korea", "North Korea"),
        ),
        ("Tehran called the Israeli naval drill in the Red Sea a provocation.", ("Iran", "Israel")),
        (
            "Russia has called the deployment of US missiles in Germany a direct threat.",
            ("Russia", "United States"),
        ),
    ],
)
def test_a_long_description_of_the_judged_act_still_reads_as_criticism(
    extract: Extract, text: str, sides: tuple[str, str]
) -> None:
    cards = _cards(extract(text))
    assert ("111", *sides) in cards
    assert not [c for c, _, _ in cards if c.startswith("13")]


def test_a_capital_calling_an_act_a_provocation_is_no_place(extract: Extract) -> None:
    events = extract("Tehran called the latest Israeli naval drill a provocation.")
    assert ("111", "Iran", "Israel") in _cards(events)
    assert all(where(e)[0] != "Tehran" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Japan called for talks with North Korea on the missile programme.",
        "Japan called the meeting with South Korea on the missile programme productive.",
    ],
)
def test_calling_for_talks_or_a_meeting_productive_is_no_criticism(
    extract: Extract, text: str
) -> None:
    assert not [c for c, _, _ in _cards(extract(text)) if c.startswith("11")]


def test_a_long_gap_row_reaches_past_the_plain_gap() -> None:
    """`` ** `` lets a slot's gap run to ``LONG_GAP`` tokens, `` * `` only to ``GAP``; both
    stop at a comma."""
    from dashboard.events.lexicon import GAP, LONG_GAP, _gaps

    assert _gaps("call * @JUDGED * provocation") == ()
    assert _gaps("call ** @JUDGED * provocation") == (LONG_GAP, GAP)
    assert LONG_GAP > GAP
