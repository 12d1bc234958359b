"""speed62's reshaped name lists find what the plain alternations found (issue 15): the
trie of ``word_trie.alternation``, the first-character form of ``word_trie.opening``, and the
leaders', national bodies', date names' and seats' patterns built with it, on names and
sentences written here and on texts hypothesis builds from the names' own characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.events import dates_names, hazards, leaders, seat_venue, sides
from dashboard.events.prefilter import fold
from dashboard.events.word_trie import WordScan, alternation, opening

# names that share openings, one ending where another goes on, as longest-first lists have
_NAMES = ["Sea of Japan", "Seoul", "Sea", "Xi Jinping", "Xiomara", "Xi", "U.S. Army", "U.N."]
_NAMES = sorted(_NAMES, key=len, reverse=True)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def _plain(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


# texts of the names' characters, names and separators: the openings meet, overlap and glue
_PIECES = st.lists(
    st.sampled_from([*_NAMES, " ", "-", ".", "a", "S", "e", "X", "i", "'s", "\n", "Seo"]),
    max_size=12,
).map("".join)


@given(text=_PIECES)
@settings(max_examples=300, deadline=None)
def test_the_trie_finds_what_the_plain_alternation_finds(text: str) -> None:
    for tail in ("", r"\b", r"(?![\w-])"):
        plain = re.compile(f"(?:{_plain(_NAMES)}){tail}")
        trie = re.compile(f"{alternation(_NAMES)}{tail}")
        assert _spans(trie, text) == _spans(plain, text), (tail, text)


@given(text=_PIECES)
@settings(max_examples=300, deadline=None)
def test_the_opening_form_finds_what_the_look_behind_found(text: str) -> None:
    for behind, tail in ((r"[\w-]", r"(?![\w-])"), (r"\w", r"\b"), (r"[\w.]", "")):
        plain = re.compile(f"(?<!{behind})(?:{_plain(_NAMES)}){tail}")
        shaped = re.compile(opening(_NAMES, behind) + tail)
        assert _spans(shaped, text) == _spans(plain, text), (behind, text)
        for pos in (1, 3):  # a scan from inside the text still sees the character before
            assert [m.span() for m in shaped.finditer(text, pos)] == [
                m.span() for m in plain.finditer(text, pos)
            ]


@given(words=st.lists(st.text("abAB -", min_size=1, max_size=5), min_size=1, max_size=8))
@settings(max_examples=200, deadline=None)
def test_any_longest_first_list_keeps_its_matches(words: list[str]) -> None:
    words = sorted(words, key=len, reverse=True)
    text = " ".join(words) + " ab-A Ba b"
    assert _spans(re.compile(alternation(words)), text) == _spans(re.compile(_plain(words)), text)
    assert _spans(re.compile(opening(words, r"\w")), text) == _spans(
        re.compile(rf"(?<!\w)(?:{_plain(words)})"), text
    )


def test_a_word_listed_before_a_longer_one_it_opens_is_refused() -> None:
    # "Se|Sea" takes "Se" in "Sea" where a trie would try "Sea" first: the order matters
    with pytest.raises(ValueError, match="opens with"):
        alternation(["Se", "Sea"])
    with pytest.raises(ValueError, match="opens with"):
        opening(["Xi", "Xiomara"], r"\w")
    with pytest.raises(ValueError, match="non-empty"):
        alternation([])
    assert re.fullmatch(alternation(["Sea", "Se"]), "Sea")


def test_the_shape_opens_with_a_choice_of_characters() -> None:
    # the first step of the pattern is the words' first characters, no look-behind
    assert opening(["Kremlin", "Knesset", "Pentagon"], r"[\w-]").startswith("(?:K(?<!")
    assert alternation(["Kremlin", "Knesset", "Pentagon"]) == r"(?:K(?:remlin|nesset)|Pentagon)"


_SENTENCES = [
    "President Vladimir Putin met Xi Jinping in Moscow; Putin's aides said the Kremlin agreed.",
    "Xi'an and Trump-era tariffs name no leader, nor does pro-Putin.",
    "The Pentagon and the White House denied it, the Sunday Times reported on Sunday.",
    "Talks at the White House. Bloody Sunday was remembered; Black Monday was not.",
    "AntiPutin, Putinism and the Kremlin-backed group: no whole names but the Kremlin's.",
]


def _old_leaders() -> re.Pattern[str]:
    names = _plain(sorted(leaders._leaders(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-]|['’](?!s\b)\w)")


def _old_bodies() -> re.Pattern[str]:
    names = _plain([b.name for b in sides.bodies()])
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")


def _old_date_names() -> re.Pattern[str]:
    import csv

    from dashboard.paths import data_dir

    with (data_dir() / "lexicon" / "date_names.csv").open(encoding="utf-8", newline="") as fh:
        names = {row["name"].strip() for row in csv.DictReader(fh)}
    return re.compile(r"\b(?:" + _plain(sorted(names, key=len, reverse=True)) + r")\b")


def _old_seats() -> re.Pattern[str]:
    _, rows = seat_venue._seats()
    words = sorted(rows, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + _plain(words) + r")(?![\w'’-])")


_PAIRS = [
    ("leaders", leaders._leader_pattern, _old_leaders),
    ("bodies", sides._body_pattern, _old_bodies),
    ("date names", dates_names._pattern, _old_date_names),
    ("seats", lambda: seat_venue._seats()[0], _old_seats),
]


@pytest.mark.parametrize(("name", "new", "old"), _PAIRS, ids=[p[0] for p in _PAIRS])
def test_the_lexicons_patterns_find_what_they_found(name: str, new, old) -> None:  # type: ignore[no-untyped-def]
    got, want = new(), old()
    assert got.pattern != want.pattern
    for text in _SENTENCES:
        assert _spans(got, text) == _spans(want, text), (name, text)
    assert _spans(got, _SENTENCES[0]) or _spans(got, _SENTENCES[2]), name


@pytest.mark.parametrize(("name", "new", "old"), _PAIRS, ids=[p[0] for p in _PAIRS])
@given(data=st.data())
@settings(max_examples=40, deadline=None)
def test_the_lexicons_patterns_agree_on_texts_of_their_names(  # type: ignore[no-untyped-def]
    name: str, new, old, data: st.DataObject
) -> None:
    got, want = new(), old()
    text = data.draw(st.from_regex(want, fullmatch=False))
    glued = data.draw(st.sampled_from(["", "-", "x", ".", "'s ", "’t"]))
    for t in (text, glued + text, text + glued):
        assert _spans(got, t) == _spans(want, t), (name, t)


def test_the_leaders_found_in_a_sentence() -> None:
    found = [m.group() for m in leaders._leader_pattern().finditer(_SENTENCES[0])]
    assert "Vladimir Putin" in found
    assert "Xi Jinping" in found
    assert not list(leaders._leader_pattern().finditer(_SENTENCES[1]))  # near misses


def test_a_date_name_must_open_with_a_word_character(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "date_names.csv").write_text(
        'name,kind,source\n"(Sunday) Post",newspaper,written for this test\n', encoding="utf-8"
    )
    monkeypatch.setattr(dates_names, "data_dir", lambda: tmp_path)
    dates_names._pattern.cache_clear()
    try:
        with pytest.raises(ValueError, match="word character"):
            dates_names._pattern()
    finally:
        monkeypatch.undo()
        dates_names._pattern.cache_clear()


# ---------------------------------------------------------------- many words in one pass

_WORDS = ["flood", "floods", "flooding", "storm", "rain", "rains", "ain", "a", "tor"]


@given(
    words=st.lists(st.text("abc d", min_size=1, max_size=4), max_size=10),
    text=st.text("abcd ", max_size=30),
)
@settings(max_examples=300, deadline=None)
def test_the_word_scan_finds_every_word_a_text_holds(words: list[str], text: str) -> None:
    assert WordScan(words).present(text) == frozenset(w for w in words if w in text)


@given(text=st.lists(st.sampled_from([*_WORDS, " ", "s", "ing"]), max_size=10).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_word_scan_finds_overlapping_and_nested_words(text: str) -> None:
    assert WordScan(_WORDS).present(text) == frozenset(w for w in _WORDS if w in text)


def test_the_word_scan_on_a_sentence() -> None:
    scan = WordScan(_WORDS)
    assert scan.present("floods and rains hit") == {"flood", "floods", "rain", "rains", "ain", "a"}
    assert scan.present("the army fled") == {"a"}
    assert WordScan([]).present("anything") == frozenset()
    with pytest.raises(ValueError, match="non-empty"):
        WordScan(["rain", ""])


def _old_tried(folded: str) -> list[int]:
    """``hazards._tried`` before speed62: one substring test per word."""
    index, tried = hazards._word_index()
    for word, ids in index:
        if word in folded:
            tried = tried.union(ids)
    return sorted(tried)


_HAZARD_SENTENCES = [
    "Floods and a landslide hit the valley after a tropical storm made landfall.",
    "An earthquake of magnitude 6 shook the coast; a tsunami warning was lifted.",
    "The minister met rebels in the capital on Tuesday.",
    "Wildfires and a heatwave forced evacuations; cholera spread in the camps.",
]


def test_the_hazard_patterns_tried_are_the_ones_the_words_allow() -> None:
    for sentence in _HAZARD_SENTENCES:
        folded = fold(sentence)
        assert hazards._tried(folded) == _old_tried(folded), sentence
    assert hazards._tried(fold(_HAZARD_SENTENCES[0]))  # a flood's patterns are tried
    assert hazards._tried(fold(_HAZARD_SENTENCES[2])) == sorted(hazards._word_index()[1])


@given(data=st.data())
@settings(max_examples=100, deadline=None)
def test_the_hazard_patterns_tried_on_texts_of_their_words(data: st.DataObject) -> None:
    words = [w for w, _ in hazards._word_index()[0]]
    pieces = st.sampled_from([*words, " ", "s", "-", "un"])
    folded = "".join(data.draw(st.lists(pieces, max_size=8)))
    assert hazards._tried(folded) == _old_tried(folded)


# ---------------------------------------------------------------- frozen before the fork


class _StopError(Exception):
    pass


def test_the_warm_reader_is_frozen_before_the_workers_fork(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # what the workers inherit (the warm reader's tables) is never garbage: frozen, their
    # collections do not walk it again (Python's gc.freeze documentation: before fork)
    from types import SimpleNamespace

    from dashboard import jobs

    calls: list[str] = []
    monkeypatch.setattr(jobs.Reader, "warm", lambda self: calls.append("warm"))
    monkeypatch.setattr(jobs.gc, "freeze", lambda: calls.append("freeze"))

    def pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("fork")
        raise _StopError

    monkeypatch.setattr(jobs, "ProcessPoolExecutor", pool)
    pipeline = SimpleNamespace(geoparser=SimpleNamespace(overrides={}), extractor=None)
    with pytest.raises(_StopError):
        jobs.ingest(pipeline, [], 2)  # type: ignore[arg-type]
    if "fork" in jobs.multiprocessing.get_all_start_methods():  # the ingest forks
        assert calls == ["warm", "freeze", "fork"]
