"""Vows, warnings and described truces read as what they are (roles56).

Sentences composed for these tests (one-sentence wire stories), with near misses that keep
their reading:
- a vow whose "that" clause is a threat is that threat (CAMEO 1.1b3 §13), not §030;
- "vowed to respond" (bare, or to an attack) and "promised to punish" are §130; a response
  vowed to a letter or complaints is no threat;
- "would not allow looting" is a §137 warning, not a negated act; a past "did not allow"
  warns no one;
- a truce a speaker describes ("said the truce was designed to be permanent") is its state,
  no §0871 ceasefire declared by the speaker; a truce declared keeps its §0871.
"""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.events.trigger import Trigger


def _top(sentence: str) -> Trigger:
    found = triggers(sentence)
    assert found, sentence
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A rebel spokesman vowed that the movement would retaliate.", "130"),
        ("The militia pledged that it would strike back.", "1384"),
        ("The ministry vowed that the army would not tolerate attacks on the border.", "130"),
        ("The insurgents vowed to respond.", "130"),
        ("Tehran vowed to respond to the attack on its consulate.", "130"),
        ("The new leader promised to punish anyone who harmed prisoners.", "130"),
    ],
)
def test_vowed_threat_is_a_threat(sentence: str, code: str) -> None:
    top = _top(sentence)
    assert top.full == code
    assert "negated" not in top.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor promised that the new bridge would open in June.",
        "The ministry vowed to respond to the complaints within a week.",
        "The governor promised to rebuild the flooded town.",
        # an accord that neither side will threaten the other is no vow of a threat
        "The two presidents agreed that neither country would threaten the other.",
        "The rebels vowed that they would never retaliate.",
    ],
)
def test_near_miss_vow_stays_no_threat(sentence: str) -> None:
    assert not any(t.code == "13" and "negated" not in t.flags for t in triggers(sentence))
    assert _top(sentence).code != "13"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it would not allow looting in the capital.",
        "Police said they will not tolerate vandalism after the match.",
        "The army won't allow rioting, a spokesman said.",
    ],
)
def test_would_not_allow_disorder_is_a_warning(sentence: str) -> None:
    top = _top(sentence)
    assert top.full == "137"
    assert "negated" not in top.flags


def test_past_did_not_allow_warns_no_one() -> None:
    assert not any(t.code == "13" for t in triggers("Soldiers did not allow looting that night."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The French president said the truce was designed to be permanent.",
        "The envoy said the ceasefire was holding despite sporadic fire.",
        "The truce is meant to hold for sixty days.",
        "Mediators said that the fragile ceasefire remains in place.",
    ],
)
def test_described_truce_declares_nothing(sentence: str) -> None:
    assert not any((t.full or "").startswith("087") for t in triggers(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The army declared a ceasefire in the north.",
        "The envoy said a ceasefire would take effect at dawn.",
        "The ceasefire is expected to take effect on Friday.",
    ],
)
def test_declared_truce_keeps_its_code(sentence: str) -> None:
    assert any((t.full or "").startswith("087") for t in triggers(sentence))


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The president ended the talks with the rebels and accused them of war crimes.", "1124"),
        ("The minister accused the former mayor of crimes.", "1121"),
    ],
)
def test_row_naming_more_words_wins(sentence: str, code: str) -> None:
    # §1124's "war crime" names both words §1121's "crime" reads one of, in a second verb
    # that its clause's head does not re-code
    assert any(t.full == code for t in triggers(sentence))
    assert not any(t.full == "1121" for t in triggers(sentence)) or code == "1121"


def test_reserved_response_keeps_its_row() -> None:
    # the bare "vowed to respond" row yields before "to <something>"; the row for a right
    # to respond reserved is another row and keeps its §130
    assert _top("Tehran said it reserves the right to respond to the drone strike.").full == "130"
