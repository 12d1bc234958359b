"""Fast paths of the reader agree with the plain code they replace, on sentences written here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events import cameo, lexicon, tokens
from dashboard.events.prefilter import fold, may_match
from dashboard.events.tokens import Token, tokenize

SENTENCES = [
    "Police raided the offices of the newspaper on Tuesday.",
    "Protesters will March 5 miles; they didn't stop until May 10, 2024.",
    "Santiago, March 10 - Thousands march in the capital's streets.",
    "Iranian-made drones, test-fired by the army, hit 3,400 homes (officials said).",
    "“We won’t leave,” she said — and the crowd cheered!",
    "May they return? In May, rebels re-elected their leader.",
    "",
]


def plain_tokens(text: str) -> list[Token]:
    """``tokenize`` as it was written before its per-word cache: one Token per match."""
    out = []
    for m in tokens._TOKEN.finditer(text.replace("’", "'")):
        word = m.group()
        lower = word.lower()
        if word[0].isalpha() or word == "n't":
            keys, pos, tags = tokens._analyse(lower)
        else:
            keys, pos, tags = tokens._plain(lower)
        out.append(
            Token(word, m.start(), m.end(), lower, keys, pos, tags, word in tokens._BOUNDARY)
        )
    return tokens._months_as_dates(out)


@pytest.mark.parametrize("text", SENTENCES)
def test_tokenize_matches_the_plain_construction(text: str) -> None:
    want = plain_tokens(text)
    assert tokenize(text) == want
    assert tokenize(text) == want  # again, from the per-word cache
    assert all(type(t) is Token for t in tokenize(text))


def test_tokenize_offsets_and_month_reading() -> None:
    got = tokenize("Rallies on March 10 and a march later.", offset=100)
    march = next(t for t in got if t.text == "March")
    assert (march.start, march.end) == (111, 116)
    assert march.keys == frozenset({"month:march"})  # the month, not the verb
    assert "march" in next(t for t in got if t.text == "march").keys


def test_tokenize_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_WORD_INFO_MAX", 3)
    tokens._WORD_INFO.clear()
    text = "Troops shelled five villages near the border overnight."
    assert tokenize(text) == plain_tokens(text)
    assert len(tokens._WORD_INFO) <= 3


def plain_slot(slot: tuple, tokens_: list[Token], i: int) -> int | None:
    """``lexicon._match_slot`` as written before inlining: the longest matching alternative."""
    ends = [e for alt in slot if (e := lexicon._match_words(alt, tokens_, i)) is not None]
    return max(ends) if ends else None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched a rocket attack and troops opened fire on the camp.",
        "The government sent food aid and called for a ceasefire talks.",
        "Police arrested and detained protesters who marched to the parliament building.",
        "They signed a peace agreement, then threatened to impose sanctions on the rebels.",
    ],
)
def test_match_slot_matches_the_plain_search(text: str) -> None:
    lex = lexicon.load()
    toks = tokenize(text)
    tried = 0
    for i in range(len(toks)):
        for rule in lex.rules:
            for slot, firsts in zip(rule.slots, rule.firsts, strict=True):
                got = lexicon._match_slot(slot, firsts, toks, i)
                want = plain_slot(slot, toks, i) if not firsts.isdisjoint(toks[i].keys) else None
                assert got == want, (rule.code, i)
                tried += want is not None
    assert tried  # some slot of the lexicon does match these sentences


def plain_match(lex: lexicon.Lexicon, toks: list[Token]) -> list[lexicon.Match]:
    """``Lexicon.match`` as written before ``rules_at``: each key's rules, once, then sorted."""
    found: list[lexicon.Match] = []
    for i, tok in enumerate(toks):
        if lexicon._proper(toks, i):
            continue
        seen: set[int] = set()
        here: list[lexicon.Match] = []
        for key in tok.keys:
            for rule in lex.index.get(key, ()):
                if id(rule) in seen:
                    continue
                seen.add(id(rule))
                end = lexicon._match_rule(rule, toks, i)
                if end is not None and not lexicon._preposition_as_particle(toks, i, end):
                    here.append(lexicon.Match(rule, i, end))
        found.extend(sorted(here, key=lambda m: m.rule.order))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched a rocket attack and troops opened fire on the camp.",
        "Police arrested and detained protesters who marched to the parliament building.",
        "The army fired a barrage of short-range missiles and sent food aid to the north.",
        "Officials said talks would resume; the envoy had been given in Mumbai a warm welcome.",
        "Amnesty International condemned the raid, and crews rammed and boarded a boat.",
    ],
)
def test_lexicon_match_from_rules_at_gives_the_plain_matches(text: str) -> None:
    lex = lexicon.load()
    toks = tokenize(text)
    want = plain_match(lex, toks)
    assert lex.match(toks) == want
    assert lex.match(toks) == want  # again, from the per-keys table
    assert want  # the sentences hold triggers
    read = [t for i, t in enumerate(toks) if not lexicon._proper(toks, i)]
    assert all(t.keys in lex.starting for t in read)  # each word's rules looked up once


def test_rules_at_lists_each_rule_once_in_the_file_order() -> None:
    lex = lexicon.load()
    keys = tokenize("attacked")[0].keys  # "attacked" and "attack": rules start at both
    got = lex.rules_at(keys)
    want = {id(r): r for k in keys for r in lex.index.get(k, ())}
    assert sorted(map(id, got)) == sorted(want)
    assert [r.order for r in got] == sorted(r.order for r in got)
    assert lex.rules_at(keys) is got  # worked out once per set of keys
    assert lex.rules_at(frozenset({"no-such-word"})) == ()


@pytest.mark.parametrize(
    "name", ["Kharkiv Oblast", "Zürich", "U.S. Virgin Islands", "Côte d’Ivoire", "St. John's"]
)
def test_name_key_memo_gives_the_plain_key(name: str) -> None:
    from dashboard.places.names import name_key

    assert name_key(name) == name_key.__wrapped__(name)
    assert name_key(name) == name_key(name)  # the memoised answer, again


def test_find_dates_plan_rows_follow_the_plan() -> None:
    """``find_dates``'s flat plan holds each rule's cue, publication need, words, other
    needs, digits in a row and pattern in the rule order of ``_PLAN``; and the loop over it still finds a plain
    date."""
    from datetime import date

    from dashboard.events import dates
    from dashboard.events.prefilter import digits_needed, needed_each

    assert [row[6] for row in dates._PLAN_ROWS] == [rule for rule, _ in dates._PLAN]
    for needs, needs_pub, words, more, digits, pattern, rule in dates._PLAN_ROWS:
        assert (needs, pattern) == (rule.needs, rule.pattern)
        assert needs_pub == (rule.relative and not rule.anaphoric)
        assert words is dict(dates._PLAN)[rule]
        assert set(more) <= set(needed_each(rule.pattern)[1:])
        assert digits == digits_needed(rule.pattern)
    text = "Troops withdrew on 14 March 2024, two days after the talks on Tuesday."
    got = [(d.text, d.range.start) for d in dates.find_dates(text, date(2024, 3, 20))]
    assert ("14 March 2024", date(2024, 3, 14)) in got


COUNTY_TEXTS = [
    "Henry County deputies arrested two men on Friday. The chase ended in Paris near the courthouse.",
    "Washington County officials met in Salem and Greenville to plan the new road.",
    "Floods closed roads across Jefferson County, and shelters opened in Springfield and Madison.",
]


def test_county_memo_changes_nothing() -> None:
    """The per-geoparser memo of what counties hold (``pairs.county_towns``) gives the same
    mentions as reading the gazetteer afresh, on a first and on a repeated reading."""
    from dashboard.places.geoparser import Geoparser

    memo = Geoparser()
    plain = Geoparser(memo.gaz)
    plain._held = None  # type: ignore[assignment]  # no memo: every pair read afresh
    for text in COUNTY_TEXTS * 2:
        assert memo.parse(text) == plain.parse(text)
    assert memo._held  # the memo was used
    paris = next(m for m in memo.parse(COUNTY_TEXTS[0]) if m.text == "Paris")
    assert paris.place is not None
    assert paris.place.admin1 == "US-TN"  # the county's town


# the hazard words' shortcuts (``cameo._HAZARD_NEEDS`` before the per-token test of
# ``triggers``, ``cameo.hazard_in`` for the story's earlier words) against the plain tests

_HAZARD_PIECES = [
    "storm", "Storms", "rain", "Ukraine", "train", "flooding", "floods", "quake", "EARTHQUAKE",
    "2storms", "rains-", "weather", "winds", "wind", "tornadoes", "volcanoes", "ſtorm",
    "\u212aills", "İ", "Typhoon", "blazes", "blazing", "heatwave", "brainstorm", "’s", "n't",
]  # fmt: skip
_GLUE = ["", " ", "-", "1", ".", "é", ", "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HAZARD_PIECES), st.sampled_from(_GLUE)), max_size=8))
def test_hazard_in_is_any_hazard_word_among_the_letter_runs(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in pieces).lower()
    plain = any(cameo.hazard_word(w) for w in re.findall(r"[A-Za-z]+", text))
    assert cameo.hazard_in(text) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HAZARD_PIECES), st.sampled_from(_GLUE)), max_size=8))
def test_a_sentence_with_a_hazard_token_holds_one_of_the_hazard_words(
    pieces: list[tuple[str, str]],
) -> None:
    # ``triggers`` tests its tokens for a hazard word only where this holds
    text = "".join(w + g for w, g in pieces)
    if any(cameo.hazard_word(t.lower) for t in tokenize(text)):
        assert may_match(cameo._HAZARD_NEEDS, fold(text))


def test_the_hazard_shortcuts_on_sentences_written_here() -> None:
    assert cameo.hazard_in("heavy rains cut the road")
    assert not cameo.hazard_in("troops crossed into ukraine by train")
    assert not cameo.hazard_in("a brainstorm session")  # "storm" inside a longer run
    assert cameo.triggers("Rebels threatened to storm the capital.")[0].full is not None
    assert not may_match(cameo._HAZARD_NEEDS, fold("Police raided the offices."))
