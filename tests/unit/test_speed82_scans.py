"""Speed82's cuts (issue 15, reader speed) find what the code they replace found.

A gate asked about a stretch of a long text (an article's sentence, the words before a
place) cuts that stretch from one fold of the whole text, where it folded each stretch
anew; the clause loop asks its gapped-object relative test only of its subject pronouns.

The texts are written for these tests. Each comparison with the old form passes on the
code before the change too and holds the new one to it; the shape tests fail before.
"""

from __future__ import annotations

import re

import pytest

from dashboard.events import clauses, prefilter
from dashboard.events.lexicon import load
from dashboard.events.prefilter import Gated, fold
from dashboard.events.tokens import tokenize

_ARTICLE = (
    "ANKARA — Turkish forces shelled positions near Kobani on Monday, officials said. "
    "The army said it had struck 40 targets; the ministry did not confirm the toll. "
    "Talks in Geneva stalled, and the envoy left for Doha on Tuesday. "
) * 3
# texts whose fold is longer than they are ("ß" to "ss", the "ﬁ" ligature to "fi"), or that
# hold the two I's that fold to "i" only through ``prefilter``'s own table
_ODD = [
    _ARTICLE + "Die Straße nach Kobani war gesperrt, the ﬁrst convoy said.",
    "İstanbul and Diyarbakır: " + _ARTICLE,
    "ẞ" + _ARTICLE,
]


def _windows(text: str) -> list[tuple[int, int]]:
    marks = [0, 1, 17, 95, 160, len(text) // 2, len(text) - 9, len(text), len(text) + 5]
    return [(lo, hi) for lo in marks for hi in marks if hi >= lo] + [(-3, 40), (30, -1)]


@pytest.mark.parametrize("text", [_ARTICLE, *_ODD, "Kobani was shelled."])
def test_a_window_fold_is_the_fold_of_the_window(text: str) -> None:
    for lo, hi in _windows(text):
        lo, hi = max(lo, 0), max(hi, 0)
        assert prefilter.window_fold(text, lo, hi) == fold(text[lo:hi]), (lo, hi)


_PATTERNS = [
    re.compile(r"\b(?:shelled|struck)\s+(?:positions|\d+)", re.I),
    re.compile(r"\bstraße\b", re.I),
    re.compile(r"\bfirst convoy\b", re.I),
    re.compile(r"\bistanbul\b", re.I),
    re.compile(r"\bKobani\b"),
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern)
def test_a_gate_on_a_stretch_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    gate = Gated(pattern)
    for text in (_ARTICLE, *_ODD):
        for lo, hi in _windows(text):
            got = gate.search(text, lo, hi)
            want = pattern.search(text, lo, hi)
            assert (got and got.span()) == (want and want.span()), (text[:20], lo, hi)
            assert [m.span() for m in gate.finditer(text, lo, hi)] == [
                m.span() for m in pattern.finditer(text, lo, hi)
            ]


def test_the_stretches_of_a_long_text_share_one_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    folded: list[int] = []
    real = prefilter.fold

    def counted(text: str) -> str:
        folded.append(len(text))
        return real(text)

    monkeypatch.setattr(prefilter, "fold", counted)
    gate = Gated(re.compile(r"\bceasefire\b", re.I))
    text = _ARTICLE + " A ceasefire held."
    starts = [0, 80, 160, 240, 320]
    assert [gate.search(text, s, s + 80) for s in starts] == [None] * len(starts)
    assert gate.search(text, len(text) - 20, len(text)) is not None
    assert folded == [len(text)]  # the whole text once, no stretch on its own


def test_the_clause_loop_asks_the_gapped_object_test_only_of_its_pronouns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    real = clauses.object_gap_relative

    def counted(tokens: list, i: int) -> bool:  # type: ignore[type-arg]
        asked.append(tokens[i].lower)
        return real(tokens, i)

    monkeypatch.setattr(clauses, "object_gap_relative", counted)
    parsed = clauses.parse(tokenize("Police freed the hostages they had seized in May."), load())
    assert asked == ["they"]
    # the relative clause still opens at "they" ("the hostages they had seized")
    words = [t.lower for t in parsed.tokens]
    assert parsed.kind(words.index("they")) == "rel"
    assert parsed.kind(words.index("freed")) == "main"
