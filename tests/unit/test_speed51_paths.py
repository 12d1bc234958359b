"""speed51's fast paths agree with the plain code they replace, on pieces written here: the
lexicon's one-word first slot, the date plan's rows per set of cues, and a gate of many
capitalised names tested in one scan, on whole texts and windows (issue 15, reader speed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events import dates, lexicon
from dashboard.events.prefilter import Gated, _any_word, fold
from dashboard.events.tokens import tokenize

SENTENCES = [
    "Police raided the offices of the newspaper on Tuesday.",
    "Rebels fired a barrage of short-range missiles at the town and troops shelled the camp.",
    "The ministry recalled its ambassador from Paris after the talks broke down.",
    "Sanctions imposed by the bloc on the country were lifted in May.",
    "Crews rammed and boarded a fishing boat, then sent food aid to the island.",
    "",
]


def plain_match(lex: lexicon.Lexicon, toks: list[lexicon.Token]) -> list[lexicon.Match]:
    """``Lexicon.match`` with every rule's first slot matched by ``_match_slot``."""
    found = []
    for i, tok in enumerate(toks):
        if lexicon._proper(toks, i):
            continue
        for rule in lex.rules_at(tok.keys):
            end = lexicon._match_rule(rule, toks, i)
            if end is not None and not lexicon._preposition_as_particle(toks, i, end):
                found.append(lexicon.Match(rule, i, end))
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_lexicon_match_with_one_word_first_slots_is_the_plain_match(text: str) -> None:
    lex = lexicon.load()
    toks = tokenize(text)
    assert lex.match(toks) == plain_match(lex, toks)


def test_one_word_first_rules_end_where_they_are_offered() -> None:
    lex = lexicon.load()
    flagged = [r for r in lex.rules if r.one_word_first]
    assert flagged
    assert any(not r.one_word_first for r in lex.rules)  # "cease fire" opens a slot of two
    for text in SENTENCES:
        toks = tokenize(text)
        for i, tok in enumerate(toks):
            for rule in lex.rules_at(tok.keys):
                if rule.one_word_first:
                    assert lexicon._match_slot(rule.slots[0], rule.firsts[0], toks, i) == i


_CUES = (*dates._CUE_NEEDS, "", "digit")


@settings(max_examples=200, deadline=None)
@given(
    truth=st.lists(st.booleans(), min_size=len(_CUES), max_size=len(_CUES)), undated=st.booleans()
)
def test_rows_for_keeps_the_plan_rows_whose_cue_holds(truth: list[bool], undated: bool) -> None:
    has = dict(zip(_CUES, truth, strict=True))
    has[""] = True
    want = [
        (words, more, digits, pattern, rule)
        for needs, needs_pub, words, more, digits, pattern, rule in dates._PLAN_ROWS
        if has[needs] and not (needs_pub and undated)
    ]
    assert list(dates._rows_for(has, undated)) == want
    assert list(dates._rows_for(has, undated)) == want  # again, from the cache


def plain_skips(gate: Gated, text: str, pos: int, endpos: int) -> bool:
    """The gate's test as first written: the window sliced, then folded."""
    window = text[max(pos, 0) : max(endpos, 0)]
    hay = fold(window) if gate.folds else window
    return gate.words is not None and not any(w in hay for w in gate.words)


_GATES = [
    Gated(re.compile(r"\b(?:ceasefire|strasse|istanbul)\b", re.IGNORECASE)),
    Gated(re.compile(r"\b(?:Kremlin|Pentagon|Élysée)\b")),
    # 28 words, none holding another ("Corps1" would be dropped inside "Corps12": _minimal)
    Gated(re.compile("(?:" + "|".join(f"Corps{k}|{k}th Brigade" for k in range(10, 24)) + ")")),
]
_PIECES = st.sampled_from(
    ["Kremlin", "ceasefire", "CEASEFIRE", "Straße", "STRASSE", "İstanbul", "Élysée", "ß",
     "ﬁ", "Corps17", "12th Brigade", "the", " ", ",", "Pentagon", "kremlin"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(_PIECES, max_size=12),
    pos=st.integers(-3, 90),
    endpos=st.integers(-3, 90),
    which=st.integers(0, len(_GATES) - 1),
)
def test_gates_read_a_window_as_its_slice(
    pieces: list[str], pos: int, endpos: int, which: int
) -> None:
    gate = _GATES[which]
    text = "".join(pieces)
    assert gate._skips(text, pos, endpos) == plain_skips(gate, text, pos, endpos)
    assert gate._skips(text, 0, len(text)) == plain_skips(gate, text, 0, len(text))


def test_many_capitalised_names_get_one_scan_and_lowercase_words_do_not() -> None:
    assert _GATES[2].any_word is not None  # 28 words, none opening lowercase
    assert _GATES[1].any_word is None  # three words: the loop
    assert _any_word(frozenset(f"w{k}" for k in range(30))) is None  # lowercase openings
    names = frozenset(f"Name{k}" for k in range(30)) | {"Name1 Street"}
    scan = _any_word(names)
    assert scan is not None
    for text in ["", "a Name2", "Name", "xName29y", "Name1 Stree", "the name3"]:
        for lo, hi in [(0, 99), (1, 5), (2, 7), (0, 0)]:
            want = any(n in text[lo:hi] for n in names)
            assert (scan.search(text, lo, hi) is not None) == want
