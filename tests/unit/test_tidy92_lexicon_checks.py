"""Tidy92: the standing-states lexicon names its file and row for a bad kind."""

from __future__ import annotations

import pytest

from dashboard.events import standing_states


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
