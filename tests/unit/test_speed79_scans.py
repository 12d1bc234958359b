"""Speed79's tries (issue 15, reader speed) find what the flat word lists they replace found.

``word_trie.case_blind_alternation`` in place of flat IGNORECASE lists, where ``re`` entered
every word in turn at each place it tried: the rule and measure nouns of ``rule_content``
("the state of emergency allows"), the weekday names (``dates_common.WEEKDAY_RX``,
``narrative.REFERENCE``'s "Tuesday's"), ``hazards``' month and weekday names, and the words
before a date in the date rules ("throughout 1998", "over the weekend", "in '98", "during
the late summer of 2019", "in nineteen ninety-eight"). "throughout" before "through" and
"into" before "in", "these" before "the": a space follows each, so no place matches both.

The sentences are written for these tests. Each comparison with the flat list passes on the
code before the change too and holds the trie to it; the shape tests fail before.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.events import dates_rules_bare, dates_rules_calendar, hazards, rule_content
from dashboard.events.dates import find_dates
from dashboard.events.dates_common import WEEKDAY_RX, WEEKDAYS
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import REFERENCE

PUB = date(2024, 3, 14)
SENTENCES = [
    "Throughout 1998 the militia held the pass, and through 1999 it taxed the road.",
    "The ruins date back to 1350, dating to the reign it was built in; no later than 1402 it fell.",
    "Shops stayed shut over the weekend and throughout the weekend of protests in the north.",
    "Farmers left in '98 and came back through '03, during the drought.",
    "Into the late summer of 2019 and in early spring the convoys ran; throughout late winter too.",
    "Elections were held in nineteen ninety-eight and since two thousand and four.",
    "These Tuesday’s talks and the Thursday bombing — those attacks — this week’s raid.",
    "Yesterday's strike, last month's shelling and Saturday’s deadly blast were told again.",
    "The state of emergency allows troops to patrol the streets of the capital.",
    "Parliament passed a regulation that permits police to detain suspects without charge.",
    "The decision would allow the army to withdraw; the embargo stipulates that ships turn back.",
    "Police will be allowed to detain protesters under a sanctions law passed on Monday.",
    "On March 3 and May 19 the marchers met; on July 4 and June 30 they may march again.",
    "A STATUTE, which also allows the mayor to ban marches, and the Charters permit it.",
]


def _pairs(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.regs) for m in pattern.finditer(text)]


def _same(flat: str, trie: str, around: str = r"\b(?:{})\s+\S+") -> None:
    a = re.compile(around.format(flat), re.IGNORECASE)
    b = re.compile(around.format(trie), re.IGNORECASE)
    hits = 0
    for text in SENTENCES:
        assert _pairs(b, text) == _pairs(a, text), text
        for i in range(len(text)):
            ma, mb = a.match(text, i), b.match(text, i)
            assert (mb and mb.regs) == (ma and ma.regs), (text, i)
        hits += len(_pairs(a, text))
    assert hits  # the sentences hold the words


def test_rule_nouns_as_a_trie_match_as_the_flat_list() -> None:
    nouns = word_class("STATUTE") | word_class("MEASURE") | {"decree", "state of emergency"}
    flat = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    _same(flat, rule_content._rule_nouns(), r"\b(?:{})s?\b")


def test_rule_nouns_are_a_trie() -> None:
    nouns = rule_content._rule_nouns()
    assert "constitution|" not in nouns
    assert "s(?:tat(?:e\\ of\\ emergency|ute)" in nouns


@pytest.mark.parametrize(
    ("text", "permits"),
    [
        ("The state of emergency allows troops to patrol the streets.", True),
        ("The new anti-terror statutes permit police to detain suspects.", True),
        ("The emergency allows troops to patrol the streets.", False),  # no rule's noun
        ("The statement allows no doubt about it.", False),  # "statement" is no statute
    ],
)
def test_a_rule_that_permits_is_read_as_before(text: str, permits: bool) -> None:
    assert rule_content.rule_permits(text) is permits


def test_rule_content_offsets_as_before() -> None:
    assert rule_content.permitted_from(SENTENCES[9]) == SENTENCES[9].index("permits")
    assert rule_content.permitted_from(SENTENCES[10]) == SENTENCES[10].index("allow ")
    assert rule_content.permitted_from("The statement would allow a vote.") is None


def test_weekdays_as_a_trie_match_as_the_flat_list() -> None:
    flat = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
    _same(flat, WEEKDAY_RX, r"\b{}(?:['’]s)?\b")
    assert "t(?:uesday|hursday)" in WEEKDAY_RX
    assert "tuesday|" not in WEEKDAY_RX


def test_hazard_month_and_weekday_names_are_tries_of_the_flat_lists() -> None:
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    _same(months, hazards._MONTH, r"\b(?:{})\s+\d+")
    days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    _same(days, hazards._WEEKDAY, r"\b(?:{})['’]s\s+\w+")
    assert "Ma(?:rch|y)" in hazards._MONTH
    assert "T(?:uesday|hursday)" in hazards._WEEKDAY


def test_the_reference_opening_is_a_trie() -> None:
    assert REFERENCE.pattern.startswith(r"\b(?:th(?:e(?:se|)|is|at|ose)|")
    _same("the|this|that|these|those", "th(?:e(?:se|)|is|at|ose)")


@pytest.mark.parametrize(
    ("flat", "trie"),
    [
        ("over|at|during|on|through|throughout|by|until", dates_rules_bare._WEEKEND_PREP),
        (
            "in|during|since|of|by|until|till|from|through|throughout|before|after|around|circa|"
            "between|the year|(?:back|dating|dates|dated) to|as (?:early|late) as|"
            "no (?:later|earlier) than",
            dates_rules_bare._YEAR_PREP,
        ),
        (
            "in|since|of|during|by|until|till|from|through|before|after|around",
            dates_rules_bare._SHORT_YEAR_PREP,
        ),
        (
            "in|during|by|until|since|through|from|for|over|into|throughout|till|before",
            dates_rules_calendar._SEASON_PREP,
        ),
        ("in|since|of|during|by|until|from|the year", dates_rules_calendar._SPELLED_YEAR_PREP),
    ],
)
def test_date_prepositions_as_tries_match_as_the_flat_lists(flat: str, trie: str) -> None:
    _same(flat, trie)
    assert not trie.startswith("(?:in|during|since|of|by|")  # a trie, not the list


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (SENTENCES[0], ["Throughout 1998", "through 1999"]),
        (SENTENCES[2], ["over the weekend"]),
        (SENTENCES[3], ["in '98", "through '03"]),
        ("Ships sailed into the late summer of 2019.", ["into the late summer of 2019"]),
        ("The dam was finished in nineteen ninety-eight.", ["in nineteen ninety-eight"]),
        # near misses: no date after the word
        ("Throughout the night the throughput fell.", []),
        ("Into the valley and through the hills.", []),
    ],
)
def test_dates_after_the_words_are_found_as_before(text: str, spans: list[str]) -> None:
    found = [text[m.start : m.end] for m in find_dates(text, PUB)]
    for span in spans:
        assert any(span in f or f in span for f in found), (span, found)
    if not spans:
        assert found == []
