"""newuser92's missed second acts (section C), in our own sentences: another named party's own
act after ", and" (CAMEO 1.1b3 codes each act with its own source), and a charge answered in
apposition ("…, an accusation the ministry rejected": §016 deny responsibility)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-08\n{body}", path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def _roots(events: list[Event]) -> list[str]:
    return [c[:2] for c in _codes(events)]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The Arab League urged restraint on both sides, and Qatar offered to host talks "
            "in Doha.",
            "02",
            "03",
        ),
        (
            "Japan pledged $3 million in flood relief, and Prime Minister Shehbaz Sharif "
            "thanked Tokyo for its help.",
            "03",
            "05",
        ),
        (
            "Spain said it would expel more migrants, and Morocco announced aid for the "
            "returning families.",
            "13",
            "07",
        ),
        (
            "The African Union condemned the coup, and France said it may impose sanctions "
            "on the junta leaders.",
            "11",
            "16",
        ),
    ],
)
def test_another_partys_act_after_and_is_its_own(
    read: Read, sentence: str, first: str, second: str
) -> None:
    roots = _roots(read(sentence))
    assert first in roots
    assert second in roots


def test_the_other_partys_act_keeps_its_own_source(read: Read) -> None:
    events = read(
        "The Arab League urged restraint on both sides, and Qatar offered to host talks in Doha."
    )
    offer = next(e for e in events if _codes([e])[0].startswith("03"))
    assert offer.roles.source == "Qatar"


def test_a_charge_answered_in_apposition_is_a_denial(read: Read) -> None:
    codes = _codes(
        read(
            "The opposition accused the ruling party of rigging the vote, a charge the party denied."
        )
    )
    assert codes[0].startswith("11")
    assert "016" in codes


def test_the_hedge_of_the_other_partys_act_stays(read: Read) -> None:
    events = read("The African Union condemned the coup, and France said it may impose sanctions.")
    sanction = next(e for e in events if _codes([e])[0].startswith("16"))
    assert "hypothetical" in sanction.flags


# near misses: nothing changes
def test_a_common_noun_subject_is_no_other_party(read: Read) -> None:
    codes = _roots(read("The minister praised the rescuers, and officials thanked the volunteers."))
    assert codes == ["05"]


def test_a_charge_answered_by_a_pronoun_is_not_cut(read: Read) -> None:
    codes = _codes(read("The union accused the firm of fraud, a charge it denied."))
    assert codes[0].startswith("11")


def test_a_rescue_after_a_clause_with_no_act_keeps_its_place(read: Read) -> None:
    # the first clause tells no act: the rescue keeps the whole sentence, and its place
    events = read(
        "Sailors abandoned the burning ferry off the port of Mombasa, and a Kenyan navy "
        "ship rescued the crew."
    )
    rescue = [e for e in events if _codes([e])[0].startswith("07")]
    assert rescue
    assert "abandoned" in rescue[0].evidence[0].text


def test_charges_dismissed_by_a_court_are_no_denial(read: Read) -> None:
    codes = _codes(read("Criminal charges have been dismissed against a former mayor of Tulsa."))
    assert "016" not in codes
