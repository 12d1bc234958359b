"""The reader's gates (issue 15, stop 43) skip work only where it would find nothing.

Every ``Gated`` pattern of dashboard/events is collected here, so a pattern gated later is
tested too: its words are the ones ``needed`` reads from the pattern, and on texts that
hypothesis builds from the pattern itself (each holds a match) the gate finds what the
plain pattern finds. The hand-made shortcuts are tested against the code they stand for:
the tokeniser without its "n't" branches, the clock pass of ``dates_tense._tokens``, the
window of ``dates_tense._ANSWERED``, ``state_acts._opens_before`` and the "X said" gate of
``attribution.leading_speaker``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dashboard.events as events_package
from dashboard.events import (
    actors,
    attribution,
    craft_seizures,
    dates_tense,
    no_comment,
    state_acts,
    tokens,
    whose_side,
)
from dashboard.events.lexicon import sourced_rows
from dashboard.events.prefilter import Gated, fold, gated, needed


def _all_gated() -> list[tuple[str, Gated]]:
    """(module.name, gate) of every module-level ``Gated`` in dashboard/events, once each,
    named where it is defined."""
    found: dict[int, tuple[str, Gated]] = {}
    for info in pkgutil.iter_modules(events_package.__path__):
        module = importlib.import_module(f"dashboard.events.{info.name}")
        source = inspect.getsource(module)
        for name, value in vars(module).items():
            if isinstance(value, Gated) and (
                id(value) not in found or f"\n{name} = gated(" in source
            ):
                found[id(value)] = (f"{info.name}.{name}", value)
    built = {  # built from their CSVs on first use
        "no_comment._pattern()": no_comment._pattern(),
        "actors._org_pattern()": actors._org_pattern(),
        "actors._relative_pattern()": actors._relative_pattern(),
        "craft_seizures._joined()": craft_seizures._joined(),
        "whose_side._WHOSE()": whose_side._WHOSE(),
    }
    for name, gate in built.items():
        found.setdefault(id(gate), (name, gate))
    return sorted(found.values(), key=lambda pair: pair[0])


GATED = _all_gated()
IDS = [name for name, _ in GATED]


def test_the_patterns_tried_on_every_sentence_are_gated() -> None:
    names = set(IDS)
    for name in (
        "own_clause.CHARGE",
        "storm_names._INTRO",
        "the_army._THE_FORCE",
        "attribution._ACCORDING_TO",
        "actors._SHIP",
        "dates_tense._ANSWERED",
        "source_candidates.ROUTE_BEFORE",
        "actors._PERSON",
        "actors._org_pattern()",
        "act_asides.TURNED_TO",
    ):
        assert name in names
    assert len(GATED) >= 40


@pytest.mark.parametrize(("name", "gate"), GATED, ids=IDS)
def test_each_gate_tests_the_words_its_pattern_needs(name: str, gate: Gated) -> None:
    # a pattern edited so that it needs no word any more would be scanned behind a gate
    # that lets everything through: it belongs back in ``re.compile``
    assert gate.words, name
    assert gate.folds == bool(gate.pattern.flags & re.IGNORECASE)
    assert gate.words == needed(gate.pattern, folded=gate.folds)


def _spans(found: object) -> object:
    if found is None or isinstance(found, re.Match):
        return found and (found.span(), found.groups())
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "gate"), GATED, ids=IDS)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_each_gate_lets_through_every_text_its_pattern_matches(
    name: str, gate: Gated, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(gate.pattern))  # holds a match, with text around it
    assert gate.pattern.search(text)
    cut = data.draw(st.integers(-2, len(text) + 2))
    for pos, endpos in ((0, sys.maxsize), (cut, sys.maxsize), (0, cut), (cut // 2, cut)):
        want = gate.pattern.search(text, pos, endpos)
        assert _spans(gate.search(text, pos, endpos)) == _spans(want), (name, text, pos)
        got = gate.finditer(text, pos, endpos)
        assert _spans(got) == _spans(gate.pattern.finditer(text, pos, endpos)), (name, text)


_CASES = st.sampled_from(
    ["USS", "uss", "Uss", "HMS", "hms", "JS", "said", "Said", "SAID", "told", "ccording to",
     "According to", "ACCORDING TO", "the army", "The Army", "THE ARMY", "Typhoon", "TYPHOON",
     "typhoon", "Haishen", " ", ",", ".", "İ", "ı", "ſ", "\u212a", "from", "FROM", "and"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_CASES, max_size=12))
def test_gates_as_written_and_folded_read_case_as_their_patterns_do(words: list[str]) -> None:
    # a pattern without IGNORECASE is gated in the text as written ("uss" lets no ship
    # through); a case-blind one in the folded text
    text = " ".join(words)
    for _, gate in GATED:
        assert _spans(gate.search(text)) == _spans(gate.pattern.search(text))
        assert _spans(gate.finditer(text, 2)) == _spans(gate.pattern.finditer(text, 2))


def test_needed_as_written_keeps_case_and_gives_up_inside_case_blind_parts() -> None:
    assert needed(re.compile(r"\bUSS\s[A-Z]"), folded=False) == frozenset({"USS"})
    assert needed(re.compile(r"\bUSS\s[A-Z]")) == frozenset({"uss"})
    assert needed(re.compile(r"(?i:navy)"), folded=False) is None
    assert needed(re.compile(r"(?:Navy|(?i:army))"), folded=False) is None
    assert needed(re.compile(r"said (?i:on) Monday"), folded=False) == frozenset({" Monday"})
    with pytest.raises(ValueError, match="case-blind"):
        needed(re.compile("navy", re.I), folded=False)
    assert gated(r"\bUSS\b").search("the uss enterprise") is None
    assert gated(r"\bUSS\b").search("the USS Enterprise") is not None


def test_a_folded_gate_reuses_the_fold_of_the_text_it_read_last() -> None:
    gate = gated(r"\bthe\s+army\b", re.I)
    text = "Residents said THE ARMY shelled the town."
    assert gate.search(text) is not None
    assert gated(r"\bnavy\b", re.I).search(text) is None  # the same text, its fold reused
    assert gated(r"\bshelled\b", re.I).search(text) is not None
    assert gate.search("Talks resumed.") is None  # another text: folded anew


# the tokeniser without its "n't" branches, for texts without "n't"

_TOKEN_PIECES = st.sampled_from(
    ["Police", "raided", "U.S.", "U.N.", "e.g.", "test-fired", "Diaz-Canel", "chargé",
     "d'affaires", "'s", "’s", "'ll", "won", "don", "n", "t", "'", "’", "3,400", "10:30",
     "2.5", "_", "-", "—", "“", "”", "(", ")", "!", " ", "  ", "\n", "İzmir", "ı", "ſ"]
)  # fmt: skip


def test_the_fast_tokeniser_drops_only_branches_that_need_nt() -> None:
    full = tokens._TOKEN.pattern.split("|")
    fast = tokens._TOKEN_NO_NT.pattern.split("|")
    assert [b for b in full if b in fast] == fast  # the rest, in the same order
    dropped = [b for b in full if b not in fast]
    assert dropped
    for branch in dropped:  # "n't" itself, or a word only where "n't" follows it
        assert branch == "n't" or branch.endswith("(?=n't)"), branch


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_TOKEN_PIECES, max_size=16), glue=st.sampled_from(["", " "]))
def test_the_fast_tokeniser_finds_the_same_tokens_without_nt(words: list[str], glue: str) -> None:
    text = glue.join(words).replace("’", "'")
    if "n't" in text:
        return
    want = [(m.group(), m.span()) for m in tokens._TOKEN.finditer(text)]
    assert [(m.group(), m.span()) for m in tokens._TOKEN_NO_NT.finditer(text)] == want


def test_tokenize_reads_nt_with_either_pattern() -> None:
    got = [t.text for t in tokens.tokenize("They didn't stop; police won’t say.")]
    assert got == ["They", "did", "n't", "stop", ";", "police", "wo", "n't", "say", "."]
    assert [t.text for t in tokens.tokenize("Police said it.")] == ["Police", "said", "it", "."]


# dates_tense: the clock pass and the window of _ANSWERED


def _plain_tense_tokens(text: str, first: bool = True) -> list[str]:
    """``dates_tense._tokens`` as written before its clock gate."""
    out = []
    text = dates_tense._CLOCK_TIME.sub(" @ ", text.replace("’", "'"))
    for i, t in enumerate(dates_tense._TOKEN.findall(text)):
        name = t[:1].isupper() and (i > 0 or not first) and t not in ("I",)
        out.append("NAME" if name else t.lower())
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.from_regex(dates_tense._CLOCK_TIME))
def test_every_clock_time_passes_the_clock_gate(text: str) -> None:
    assert dates_tense._DIGIT.search(text) or "noon" in fold(text) or "midnight" in fold(text)
    assert dates_tense._tokens(text) == _plain_tense_tokens(text)


_TENSE_PIECES = st.sampled_from(
    ["They", "met", "at", "3", "pm", "p.m.", "NOON", "Noon", "midnight", "MİDNİGHT", "nooN",
     "23:30", "٣", "on", "Monday", "will", "meet", "’s", ",", " "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_TENSE_PIECES, max_size=12), first=st.booleans())
def test_tense_tokens_are_the_same_with_the_clock_gate(words: list[str], first: bool) -> None:
    text = " ".join(words)
    assert dates_tense._tokens(text, first) == _plain_tense_tokens(text, first)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(
    text=st.from_regex(dates_tense._ANSWERED.pattern),
    lead=st.sampled_from(["", "Iran said, ", "“No.” "]),
)
def test_no_answered_match_holds_a_mark_and_the_window_finds_it(text: str, lead: str) -> None:
    plain = dates_tense._ANSWERED.pattern
    left = lead + text
    want = plain.search(left)
    if want is not None:
        assert not set(want.group()) & set(dates_tense._NO_ANSWERED)
    start = 1 + max(map(left.rfind, dates_tense._NO_ANSWERED))
    assert _spans(dates_tense._ANSWERED.search(left, start)) == _spans(want)


def test_answered_acts_are_read_after_a_comma_and_not_across_one() -> None:
    said = "Iran said, in a statement, that Israel would face consequences after an airstrike on"
    assert dates_tense._answered_act(said) is not None
    assert dates_tense._answered_act("Iran vowed revenge for the raid, which came on") is None


# state_acts._opens_before


def test_the_longest_opener_is_what_opens_before_reads_back() -> None:
    opener = state_acts._OPENS.pattern.removesuffix(r"\s*$")
    assert opener != state_acts._OPENS.pattern
    parsed = re._parser.parse(opener, state_acts._OPENS.flags)  # type: ignore[attr-defined]
    assert parsed.getwidth()[1] == state_acts._OPENER_LONGEST


_OPEN_PIECES = st.sampled_from(
    ["Japan", "protested", "and", "AND", "but", "while", "whilE", "that", "after", "when", "as",
     "the", "The", "thE", "ſ", "was", "band", "theme", ",", ".", ";", "(", "“", "—", " ", "  ",
     "\n", "\t", "\u00a0"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_OPEN_PIECES, max_size=12),
    glue=st.sampled_from(["", " "]),
    cut=st.integers(-3, 80),
)
def test_opens_before_reads_as_the_search_from_the_start(
    words: list[str], glue: str, cut: int
) -> None:
    text = glue.join(words)
    at = min(cut, len(text))
    want = state_acts._OPENS.search(text, 0, at) is not None
    assert state_acts._opens_before(text, at) == want


# attribution: "X said ..." tried only where "said", "says", "told" or a reporting verb read
# before "that" (clause_cues.csv, role report_that) is written


def test_the_said_gate_is_read_from_the_pattern() -> None:
    rows = sourced_rows("clause_cues.csv", "word", "role")
    before_that = {r["word"] for r in rows if r["role"] == "report_that"}
    assert before_that
    assert frozenset({"said", "says", "told"} | before_that) == attribution._SAID_WORDS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.from_regex(attribution._SAID_LEAD))
def test_every_leading_speaker_passes_the_said_gate(text: str) -> None:
    assert any(word in text for word in attribution._SAID_WORDS)
