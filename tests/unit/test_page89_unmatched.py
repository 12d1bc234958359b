"""A sentence no lexicon row matches is coded as nothing without a parse unless it holds a
demand's word (``events/unmatched``); a demand with no match is still coded."""

from __future__ import annotations

import pytest

from dashboard.events import cameo
from dashboard.events.lexicon import load
from dashboard.events.tokens import tokenize


def _parsed(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times the coder parsed ``text`` while coding it."""
    calls = []
    parse = cameo.parse

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cameo, "parse", counting)
    cameo.triggers(text)
    return len(calls)


def test_a_sentence_with_no_match_and_no_demand_word_is_not_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _parsed("The orchestra played to a full hall on Sunday.", monkeypatch) == 0


def test_a_sentence_with_no_match_but_a_modal_of_demand_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _parsed("The firm must pay its workers by Friday.", monkeypatch) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The firm must pay its workers by Friday.",
        "The judge ordered the firm to pay its workers.",
        "Tenants have to pay the fee.",
        "Painters needed to repaint the flats.",
    ],
)
def test_demand_words_are_found(text: str) -> None:
    from dashboard.events.unmatched import may_demand  # new here: main's archive fails

    assert may_demand(tokenize(text), load())


@pytest.mark.parametrize(
    "text",
    [
        "The orchestra played to a full hall on Sunday.",
        "Tenants have paid to the landlord.",  # "have" and "to" apart: no "have to"
    ],
)
def test_no_demand_word_is_found(text: str) -> None:
    from dashboard.events.unmatched import may_demand

    assert not may_demand(tokenize(text), load())


# what the coder reads must not change (these pass with and without the gate)


def test_a_demand_with_no_lexicon_match_is_still_coded() -> None:
    assert [t.full for t in cameo.triggers("The firm must pay its workers by Friday.")] == ["100"]


def test_a_courts_order_with_no_lexicon_match_is_still_coded() -> None:
    found = cameo.triggers("The judge ordered the firm to pay its workers.")
    assert [t.code for t in found] == ["10"]


def test_a_sentence_with_no_match_and_no_demand_has_no_trigger() -> None:
    assert cameo.triggers("The orchestra played to a full hall on Sunday.") == []
