"""Tidy92: the standing-states lexicon names its file and row for a bad kind; a trigger off a
token boundary is skipped by the closing-warning check. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events import standing_states
from dashboard.events.clause_words import Parse
from dashboard.events.clauses import parse
from dashboard.events.lexicon import load
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import Trigger
from dashboard.events.verbal import postposed_forecast


def test_unknown_kind_names_file_and_row(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"words": "lingers", "kind": "copular", "source": "a misspelt kind"}]
    monkeypatch.setattr(standing_states, "sourced_rows", lambda *_: rows)
    standing_states._patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"standing_states\.csv.*lingers.*copular"):
            standing_states._patterns()
    finally:
        standing_states._patterns.cache_clear()


def test_shipped_terms_are_raw_words() -> None:
    # the sentence nouns are compared with words of the text: no regex escapes in them
    standing_states._patterns.cache_clear()
    terms = standing_states._patterns()[2]
    assert terms
    assert all("\\" not in t for t in terms)


def _closing_warning(text: str) -> tuple[Parse, int]:
    p = parse(tokenize(text), load())
    return p, [t.text for t in p.tokens].index("warned")


def test_trigger_off_a_token_boundary_is_skipped() -> None:
    # a trigger starting inside a word has no clause kind: it was given token 0's ("main"
    # here), so it blocked the forecast reading as if it were an act in the main clause
    text = "The strike could spread, unions warned."
    p, at = _closing_warning(text)
    s = text.index("strike") + 1
    assert postposed_forecast(p, at, [(None, Trigger("14", 3, s, s + 5, "trike"))])


def test_trigger_on_a_token_boundary_still_counts() -> None:
    text = "The strike could spread, unions warned."
    p, at = _closing_warning(text)
    s = text.index("strike")
    assert not postposed_forecast(p, at, [(None, Trigger("14", 3, s, s + 6, "strike"))])
