"""speed57's fast paths agree with the plain code they replace, on pieces written here: the
lexicon's rules left untried where the sentence lacks a later slot's first words, and a
gate of many capitalised names with a few lowercase ones (issue 15, reader speed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events import lexicon
from dashboard.events.prefilter import Gated, _minimal, fold, may_match, needed, needed_each
from dashboard.events.tokens import tokenize

SENTENCES = [
    "Police raided the offices of the newspaper on Tuesday.",
    "Rebels fired a barrage of short-range missiles at the town and troops shelled the camp.",
    "The ministry recalled its ambassador from Paris after the talks broke down.",
    "Sanctions imposed by the bloc on the country were lifted in May.",
    "Crews rammed and boarded a fishing boat, then sent food aid to the island.",
    "The council lifted the curfew and eased the economic sanctions on the port.",
    "",
]


def plain_match(lex: lexicon.Lexicon, toks: list[lexicon.Token]) -> list[lexicon.Match]:
    """``Lexicon.match`` trying every rule a token offers."""
    found = []
    for i, tok in enumerate(toks):
        if lexicon._proper(toks, i):
            continue
        for rule in lex.rules_at(tok.keys):
            end = lexicon._match_rule(rule, toks, i, rule.one_word_first)
            if end is not None and not lexicon._preposition_as_particle(toks, i, end):
                found.append(lexicon.Match(rule, i, end))
    return found


@pytest.mark.parametrize("text", SENTENCES)
def test_lexicon_match_untried_rules_is_the_plain_match(text: str) -> None:
    lex = lexicon.load()
    toks = tokenize(text)
    assert lex.match(toks) == plain_match(lex, toks)


def test_each_rule_knows_its_later_slots_first_words() -> None:
    lex = lexicon.load()
    assert all(rule.later == rule.firsts[1:] for rule in lex.rules)
    assert any(rule.later for rule in lex.rules)  # "lift|ease * @SANCTION" has two slots


def test_a_rule_whose_later_slot_the_sentence_lacks_is_not_tried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lex = lexicon.load()
    # "lifted" offers the two-slot rules that open with "lift"; no word of the sentence can
    # open their second slot ("the curfew" is no sanction)
    toks = tokenize("The council lifted the curfew on Monday.")
    lifted = next(t for t in toks if t.lower == "lifted")
    multi = [r for r in lex.rules_at(lifted.keys) if r.later]
    assert multi
    tried: list[lexicon.Rule] = []
    real = lexicon._match_rule

    def counting(rule: lexicon.Rule, *args: object) -> int | None:
        tried.append(rule)
        return real(rule, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon, "_match_rule", counting)
    found = lex.match(toks)
    present = frozenset().union(*(t.keys for t in toks))
    dead = [r for r in multi if any(f.isdisjoint(present) for f in r.later)]
    assert dead
    assert not any(r in tried for r in dead)
    # the near miss: with a sanction named, the "lift ... sanction" rows are tried and match
    toks = tokenize("The council lifted the sanctions on Monday.")
    tried.clear()
    found = lex.match(toks)
    assert any(m.rule.later and tokens_of(toks, m) == "lifted the sanctions" for m in found)


def tokens_of(toks: list[lexicon.Token], m: lexicon.Match) -> str:
    return " ".join(t.text for t in toks[m.first : m.last + 1])


def plain_skips(gate: Gated, text: str, pos: int, endpos: int) -> bool:
    """The gate's test as first written: the window sliced, then folded."""
    window = text[max(pos, 0) : max(endpos, 0)]
    hay = fold(window) if gate.folds else window
    return gate.words is not None and not any(w in hay for w in gate.words)


# 26 capitalised names and a group head written either way ("[Gg]ang": "ang" opens lowercase)
_NAMES = [f"{chr(ord('A') + k)}rden" for k in range(26)]
_MIXED = Gated(re.compile(r"\b(?:" + "|".join(_NAMES) + r")\b|\b\w+ [Gg]ang\b"))
_PIECES = st.sampled_from(
    ["Crden", "Zrden", "rden", "crden", "gang", "Gang", "ang", "the ", " ", ",", "ß", "x"]
)


def test_a_gate_of_many_names_and_a_lowercase_word_scans_the_names_once() -> None:
    assert _MIXED.any_word is not None
    assert _MIXED.lowercase == ("ang",)
    assert Gated(re.compile(r"\b(?:Kremlin|Pentagon)\b")).lowercase == ()  # the loop, as before


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), pos=st.integers(-3, 60), endpos=st.integers(-3, 60))
def test_the_mixed_gate_reads_a_window_as_its_slice(
    pieces: list[str], pos: int, endpos: int
) -> None:
    text = "".join(pieces)
    assert _MIXED._skips(text, pos, endpos) == plain_skips(_MIXED, text, pos, endpos)
    assert _MIXED._skips(text, 0, len(text)) == plain_skips(_MIXED, text, 0, len(text))


def test_a_need_holding_another_is_dropped() -> None:
    heard = re.compile(r"\b(?:hear|hears|heard|hearing|saw|seen|see)\b", re.IGNORECASE)
    assert needed(heard) == frozenset({"hear", "saw", "see"})
    assert needed_each(heard) == (frozenset({"hear", "saw", "see"}),)
    # near miss: words that only overlap ("hear", "ear" is not inside "seen") all stay
    assert needed(re.compile(r"\b(?:hear|seen)\b")) == frozenset({"hear", "seen"})


_WORDS = ["hear", "hears", "heard", "ear", "h", "seen", "see", "tens of thousands", "thousands"]


@settings(max_examples=300, deadline=None)
@given(
    words=st.sets(st.sampled_from(_WORDS), min_size=1),
    pieces=st.lists(st.sampled_from([*_WORDS, " ", "x", "ß"]), max_size=6),
)
def test_the_minimal_words_find_what_all_find(words: set[str], pieces: list[str]) -> None:
    text = "".join(pieces)
    kept = _minimal(frozenset(words))
    assert kept <= words
    assert may_match(kept, text) == may_match(frozenset(words), text)


def test_as_comment_asks_for_a_warned_predicate_only_at_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dashboard.events import warned_consequence
    from dashboard.events.cameo import triggers
    from dashboard.events.clauses import parse

    text = "The minister warned that the closure of the border would hurt trade."
    toks = tokenize(text)
    p = parse(toks, lexicon.load())
    found = triggers(text)  # (which reads its own warnings, before the count)
    asked: list[int] = []
    real = warned_consequence.warned_predicate

    def counting(p: object, w: int) -> int | None:
        asked.append(w)
        return real(p, w)  # type: ignore[arg-type]

    monkeypatch.setattr(warned_consequence, "warned_predicate", counting)
    out = warned_consequence.as_comment(text, p, found)
    assert asked == [i for i, t in enumerate(toks) if "warn" in t.keys]
    monkeypatch.undo()
    assert out == warned_consequence.as_comment(text, p, found)  # the same comment either way


def test_the_state_words_are_joined_once() -> None:
    from dashboard.events import domain
    from dashboard.events.lexicon import word_class

    joined = word_class("ORGAN") | word_class("OFFICIAL") | word_class("TROOPS")
    assert domain._state_words() == joined
    assert domain._state_words() is domain._state_words()
    assert domain._state_named(tokenize("Police fired tear gas."))
    assert not domain._state_named(tokenize("The coach praised his players."))
