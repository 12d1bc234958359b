"""Speed78's cheaper scans (issue 15, reader speed) find what the scans they replace found.

- The count words ("two", "seventy-three", "a couple of") as a trie
  (``dates_common.NUMBER_WORDS_RX``, ``word_trie.alternation``) in place of ~100 flat
  branches: the same match, groups included, at every place of a sentence.
- "N days after" (``dates_counted_after.COUNTED_AFTER``) behind its word "after".
- The bare weekday and month rules test ``\\b`` before their look-behinds, not after.
- ``word_trie.case_blind_alternation``: a trie for an IGNORECASE pattern, refused where two
  branches would open with case variants of one letter; the month names and the words of
  ``narrative.REFERENCE`` ("the deadly Tuesday bombing") as tries.

The sentences are written for these tests, some with curly quotes and dashes (a text holding
a character past U+00FF is scanned by ``re``'s two-byte matcher). The changes alter no output:
each behaviour test passes on the code before them too and holds them to it; the tests of
the new shapes (the trie, the gate) fail before.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_common import MONTH_RX, MONTHS, NUM_RX, NUMBER_WORDS_RX, NUMBERS
from dashboard.events.dates_counted_after import COUNTED_AFTER
from dashboard.events.narrative import REFERENCE
from dashboard.events.prefilter import Gated
from dashboard.events.word_trie import case_blind_alternation

SENTENCES = [
    "Seventy-three people died and twenty-five were hurt two days after the blast.",
    "A couple of days after Monday’s raid, a couple more families fled.",
    "“Several” hours after the vote — an hour after dawn — sixty-six ballots were missing.",
    "The seventeen-year-old and the seventh son met eleven days later.",
    "A few weeks after the storm, few homes stood; an aid convoy came one week later.",
    "Forty-one, forty, fourteen and four: the counts of four districts after the floods.",
]
PUB = date(2024, 3, 14)


def _flat(words: str) -> re.Pattern[str]:
    """A count pattern as the rules wrote it before the trie: the words longest first."""
    return re.compile(rf"\b(?P<num>\d+|{words})\s+(?P<unit>\w+)", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_count_words_as_a_trie_match_as_the_flat_list_did(text: str) -> None:
    flat = "|".join(sorted(NUMBERS, key=len, reverse=True))
    trie = re.compile(rf"\b{NUM_RX}\s+(?P<unit>\w+)", re.IGNORECASE)
    assert _found(trie, text) == _found(_flat(flat), text)
    assert _found(trie, text)  # every sentence holds a count


def test_the_count_words_are_a_trie_of_their_first_letters() -> None:
    # one branch per first letter at the top, not one per word
    top = re.compile(NUMBER_WORDS_RX).pattern
    assert top.startswith("(?:s(?:")
    assert "seventy-three" not in top


def test_counted_after_is_behind_its_word_after() -> None:
    assert isinstance(COUNTED_AFTER, Gated)
    assert COUNTED_AFTER.words == frozenset({"after"})


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (SENTENCES[0], ["two days after "]),
        (SENTENCES[1], ["A couple of days after "]),
        # a quoted "Several" is no count (its closing quote stands before "hours")
        (SENTENCES[2], ["hours after ", "an hour after "]),
        (SENTENCES[4], ["A few weeks after "]),
        # near misses: "after" with no count of days before it, "afterwards", no "after"
        ("The talks resumed after the storm, and weeks afterwards a truce held.", []),
        ("Police arrested a teenager two days later.", []),
    ],
)
def test_counted_after_finds_its_phrases_and_no_others(text: str, phrases: list[str]) -> None:
    assert [m.group() for m in COUNTED_AFTER.finditer(text)] == phrases


def test_counted_after_matches_at_a_place_as_before() -> None:
    text = "Rebels struck a day after Monday’s bombing — and again later."
    m = COUNTED_AFTER.match(text, text.index("a day"))
    assert m is not None
    assert m.group() == "a day after "
    assert COUNTED_AFTER.match(text, 0) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Rebels shelled the port on Tuesday’s market day.", [("on Tuesday’s", "2024-03-12")]),
        ("Villagers fled in March after “heavy” shelling.", [("in March", "2024-03-01")]),
        ("The talks — held last Friday — failed.", [("last Friday", "2024-03-08")]),
        # near misses the look-behinds keep out, tested now after the ``\b``
        ("Rebels shell the port every Tuesday.", []),
        ("Villagers fled following March’s floods.", []),
        ("Gunmen raid the market each Friday — and every Saturday too.", []),
    ],
)
def test_the_bare_weekday_and_month_rules_read_as_before(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert [(m.text, str(m.range.start)) for m in find_dates(text, PUB)] == read


def test_a_case_blind_trie_matches_as_the_flat_list_does() -> None:
    words = ["sunday", "strongest", "strong", "suicide", "sep"]
    trie = re.compile(rf"\b(?:{case_blind_alternation(words)})\w*", re.IGNORECASE)
    flat = re.compile(rf"\b(?:{'|'.join(words)})\w*", re.IGNORECASE)
    text = "On SUNDAY’s “strongest” storm, a suicide bomber struck — Sep. 3, the strong one."
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(trie.findall(text)) == 5


@pytest.mark.parametrize(
    "words",
    [
        ["Monday", "missile"],  # "M" and "m" would both open a branch of the top node
        ["strike", "sTorm"],  # and "st", "sT" one level down
        ["café", "cargo"],  # a letter past ASCII: its case variants are not all ASCII
    ],
)
def test_a_case_blind_trie_refuses_openings_that_differ_only_in_case(words: list[str]) -> None:
    with pytest.raises(ValueError, match=r"case|ASCII"):
        case_blind_alternation(words)


@pytest.mark.parametrize(
    "text",
    [
        "He was born on 3 Sept. 1990 and left in September — or was it Sep 9? Not in MAY.",
        "The mayor marched in March; the junta fell in June, and Jul. 4 passed.",
    ],
)
def test_the_month_names_as_a_trie_match_as_the_flat_list_did(text: str) -> None:
    flat = "|".join(sorted(MONTHS, key=len, reverse=True))
    trie = re.compile(rf"\b{MONTH_RX}", re.IGNORECASE)
    old = re.compile(rf"\b(?P<month>{flat})\.?", re.IGNORECASE)
    assert _found(trie, text) == _found(old, text)
    assert _found(trie, text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Tuesday’s deadly car bombing killed five.", "bombing"),
        ("The strongest quake in decades hit the coast.", "quake"),
        ("Police said the cowardly cross-border raid failed.", "raid"),
        ("The biggest protests since 2019 filled the square.", "protests"),
        ("The Nairobi clashes — the third this week — ended.", "clashes"),
        # near misses: no determiner or day before the modifiers, no happening noun
        ("Deadly attacks rose.", None),
        ("The deadly new policy stands.", None),
    ],
)
def test_the_narrative_reference_as_tries_finds_its_noun(text: str, noun: str | None) -> None:
    m = REFERENCE.search(text)
    assert (m["noun"] if m else None) == noun
