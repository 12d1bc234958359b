"""The C test of plain hits (``_runs.c``: ``plain``) lets a hit skip the Python filters only
where none of them would act: recognition with it finds exactly what the filters alone find,
on sentences written for these tests and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.places import cues, runs
from dashboard.places.gazetteer import load
from dashboard.places.names import sentences
from dashboard.places.recognise import Match, Recogniser
from dashboard.places.recognise_words import _LOCATIVE

GAZ = load()
FAST = Recogniser(GAZ)
SLOW = Recogniser(GAZ, plain=None)  # every hit through the Python filters
needs_c = pytest.mark.skipif(runs.plain_c is None, reason="the C extension was not built")


@needs_c
@pytest.mark.parametrize(
    "text",
    [
        "Flooding hit Augusta, Georgia, and Paris, Texas, on Monday.",
        "Barry said the Obama administration would visit Lincoln. Mrs. Lincoln declined.",
        "Hurricane Milton hit Tampa. HURRICANE MILTON made landfall near Sarasota.",
        "The New York Times reported from Texas Water Development Board offices in Austin.",
        "A West Nile virus case and Reston virus in Virginia; Marburg fever in Rwanda.",
        "Troops on the Noto peninsula and the Dokdo-class ship near Busan cost US$460 million.",
        "Matthew D. Flores of W. Va. met Sen. Jordan in Jordan. Jordan Peterson spoke.",
        "St. Louis and Mt. Pleasant voted; Calif. and La. too. NSA staff went to Moscow Sunday.",
        "South Central Ambulance Service staff left the North West for Zürich and Genève.",
        "John Barry met Villages Paris officials; MAYOR PARIS and Capt. Jordan left for Paris.",
        "Time magazine and a Google spokesman in Salt Lake City. Today Tokyo said no.",
        "In Moscow October 7 the China Daily and Texas A&M University met U.S. Food officials.",
        "Paris Hilton and Jordan Peterson visited the Georgia Tech Board of Regents Clinic.",
        "Dallas County Board of Health, Austin Community College and Erie Water & Sewer Board.",
    ],
)
def test_plain_hits_are_what_the_filters_keep(text: str) -> None:
    assert FAST.find(text) == SLOW.find(text)


@needs_c
def test_plain_hits_are_kept_unchanged() -> None:
    text = "Ships left Tokyo for Osaka, and the ministry in Nairobi said so."
    hits, _ = FAST.scan(text, FAST.tables)
    flags = FAST.plain(text, hits, FAST.words)  # type: ignore[misc]
    assert any(flags)  # the test has something to say
    for hit, flag in zip(hits, flags, strict=True):
        if flag:
            assert FAST._keep(text, hit, frozenset())
            found = FAST._match(text, hit)
            assert found == Match(hit[0], hit[1], GAZ.index[hit[2]])
            assert found.place_ids is GAZ.index[hit[2]]  # the resolver memoises by identity


# Words and glue that the filters look at: names that are also people's or common words,
# openers, titles, initials, verbs, feature and disease words, newspapers, months, capitals.
WORDS = [
    "Texas",
    "Paris",
    "Georgia",
    "Barry",
    "Jordan",
    "Washington",
    "Lincoln",
    "Obama",
    "Moscow",
    "Hurricane",
    "Milton",
    "Noto",
    "Reston",
    "Nile",
    "West",
    "North",
    "Central",
    "South",
    "In",
    "The",
    "Northern",
    "Mrs",
    "Mr",
    "Dr",
    "Sen",
    "D",
    "W",
    "Va",
    "St",
    "Louis",
    "Calif",
    "La",
    "Alta",
    "said",
    "told",
    "administration",
    "peninsula",
    "islands",
    "virus",
    "fever",
    "flu",
    "Times",
    "Daily",
    "Water",
    "Board",
    "County",
    "Police",
    "Monday",
    "October",
    "NSA",
    "TEXAS",
    "ALMA",
    "Zürich",
    "ſaid",
    "class",
    "18",
    "in",
    "near",
    "of",
    "the",
    "capital",
    "Will",
    "Today",
    "U.S.",
    "Kim",
    "Jong",
    "Un",
    "Hospital",
    "Elementary",
    "School",
    "John",
    "JOHN",
    "WASHINGTON",
    "Villages",
    "Province",
    "Time",
    "Salt",
    "Capt",
    "Prof",
    "xMr",
    "Ste",
    "É",
    "Of",
    "Post",
    "Development",
    "Sunday",
    "CITY",
    "University",
    "Airport",
    "&",
    "and",
    "for",
    "Hilton",
    "Tech",
    "Clinic",
    "Boards",
    "Co.",
    "A&M",
    "Peterson",
]
GLUE = [" ", " ", " ", ". ", ", ", "-", "$", "'s ", "’s ", "\n", "(", ") ", "“", "” ", "; ", "."]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=24))
    return "".join(word + glue for word, glue in parts)


@needs_c
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_plain_test_changes_nothing(text: str) -> None:
    assert FAST.find(text) == SLOW.find(text)


# --------------------------------------------------------------- the locative test in C
LOCATIVE_WORDS = [
    "in",
    "In",
    "IN",
    "near",
    "from",
    "into",
    "across",
    "throughout",
    "outside",
    "inside",
    "the",
    "The",
    "north",
    "Northern",
    "eastern",
    "central",
    "centralern",
    "capital",
    "city",
    "town",
    "of",
    "OF",
    "within",
    "bathe",
    "x",
    "5",
    "_",
    "é",
    "ſ",
    "Paris",
    "region",
]
LOCATIVE_GLUE = [" ", " ", "  ", "\n", "\t", "", ",", "-", "\u2003"]


@needs_c
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops in the northern Paris", True),
        ("the capital of Paris", True),
        ("Bombing within Paris", False),
        ("Rain across\n the  Paris", True),
        ("He met Paris", False),
    ],
)
def test_locative_reads_as_the_regex(text: str, expected: bool) -> None:
    start = text.index("Paris")
    assert runs.locative_c is not None
    assert runs.locative_c(text, start) == int(expected)
    assert bool(_LOCATIVE.regex.search(text, max(0, start - 32), start)) is expected


@needs_c
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(LOCATIVE_WORDS), st.sampled_from(LOCATIVE_GLUE)), max_size=9)
)
def test_locative_agrees_with_the_regex(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in parts)
    assert runs.locative_c is not None
    for start in range(len(text) + 1):
        found = runs.locative_c(text, start)
        if found >= 0:  # -1: beyond ASCII, the regex decides
            assert found == int(bool(_LOCATIVE.regex.search(text, max(0, start - 32), start)))


# ------------------------------------------- the cue scan of names the gazetteer lacks (cues.py)
CUE_WORDS = [
    "village",
    "villages",
    "Village",
    "villager",
    "town",
    "towns",
    "township",
    "district",
    "districts",
    "Lake",
    "Lakes",
    "Mount",
    "River",
    "Rivers",
    "area",
    "areas",
    "state",
    "statehood",
    "of",
    "the",
    "Wedza",
    "Gondra",
    "Kisima",
    "é",
    "Zürich",
    "1",
    "_x",
    "ſ",
    "😀",
    "camp",
    "Falls",
    "oblast",
    "Bay",
    "Zubakor",
    "Kelivun",
    "village of Zubakor",
    "the Kelivun district",
    "Lake Zubakor",
    "villages of Kelivun, Zubakor and Wedza",
]
CUE_GLUE = [" ", " ", " ", "  ", "", "-", "_", "'", "’", ", ", ".", "\n", "\u2003", "é"]


@st.composite
def cue_texts(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(CUE_GLUE)), max_size=30)
    )
    return "".join(word + glue for word, glue in parts)


@needs_c
@pytest.mark.parametrize(
    "text",
    [
        "Troops entered the village of Wedza and the Gondra district.",
        " villages villagers Lake Lakes, townships  town\tdistrict_ area1 areaé Bay",
        "Fighting near the town’s edge and the state’s capital; Mount Kenya’s slopes.",  # 2 bytes
        "Rain over the Bay 😀 and the district of Zürich village",  # 4 bytes a character
        "",
        " ",
        "village",
        " village",
    ],
)
def test_cue_sites_in_c_are_the_regex(text: str) -> None:
    assert runs.spaced_words_c is not None
    assert cues._sites(text) == [m.span("word") for m in cues._SCAN.finditer(text)]


@needs_c
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cue_texts())
def test_cue_sites_agree_on_generated_text(text: str) -> None:
    assert cues._sites(text) == [m.span("word") for m in cues._SCAN.finditer(text)]


def _finditer(text: str, name: str) -> list[int]:
    """The definition: every whole-word occurrence, as re.finditer reads it."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


NAMES = ["Aa", "Aa Aa", "Aa-Bb", "Bb", "Bb Aa Bb", "Éa", "A", "Aa'", "Aa_"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from([*NAMES, " ", "-", "_", "x", "1", "é", "'", ", "]), max_size=30),
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True),
)
def test_occurrences_read_in_one_pass_are_finditers(parts: list[str], names: list[str]) -> None:
    text = "".join(parts)
    expected = {n: _finditer(text, n) for n in names}
    assert {n: cues._occurrences_of(text, n) for n in names} == expected
    assert cues._occurrences(text, dict.fromkeys(names, "cue")) == {
        n: found for n, found in expected.items() if found
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cue_texts(), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=4))
def test_unlisted_reads_many_names_as_few(text: str, taken: list[tuple[int, int]]) -> None:
    spans = [(a, a + n) for a, n in taken]
    few = cues.unlisted(text, spans, GAZ.demonyms, GAZ.index)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(cues, "_FEW", 0)  # every text takes the one-pass reading
        assert cues.unlisted(text, spans, GAZ.demonyms, GAZ.index) == few


def test_many_villages_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    # 3,000 made-up villages, each named twice: the per-name scan of the whole text, which
    # made this quadratic (seconds at this size), is not used for so many names
    names = [
        f"Zu{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}vor" for i in range(3000)
    ]
    text = " ".join(f"Troops entered the village of {x} on Monday." for x in names)
    text += " " + " ".join(f"Residents of {x} fled." for x in names)

    def per_name(text: str, name: str) -> list[int]:
        raise AssertionError("a whole-text scan per name")

    monkeypatch.setattr(cues, "_occurrences_of", per_name)
    found = cues.unlisted(text, [], GAZ.demonyms, GAZ.index)
    assert len(found) == 6000
    assert {text[s:e] for s, e, _ in found} == set(names)
    assert {cue for _, _, cue in found} == {"village of"}


def _said_cue_by_regex(text: str, start: int, end: int) -> str | None:
    """The definition: the two regexes alone, without the cheap tests before them."""
    before = cues._CUE_BEFORE.search(text, max(0, start - 24), start)
    if before is not None:
        return before.group(0).strip()
    after = cues._CUE_AFTER.match(text, end)
    return after.group("type") if after is not None else None


SAID_PARTS = [
    "the village of",
    "towns of",
    "south of",
    "southwestern of",
    "outskirts of",
    "Village of",
    "of",
    "villageof",
    "the",
    "district",
    "districts",
    "areas",
    "camp",
    "Zubakor",
    "Kelivun",
]


SAID_GLUE = [*CUE_GLUE, " \n", " \n\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SAID_PARTS), st.sampled_from(SAID_GLUE)), max_size=12))
def test_said_cue_is_its_regexes(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    for m in re.finditer(r"Zubakor|Kelivun", text):
        assert cues.said_cue(text, *m.span()) == _said_cue_by_regex(text, *m.span())


# --------------------------------------------- sentences read in C (geoparser.analyse)
SENTENCE_WORDS = [
    "Troops",
    "left",
    "U.S.",
    "u.s.",
    "U.S.A.",
    "Mr.",
    "Mrs.",
    "Sept.",
    "Sep.",
    "No.",
    "xMr.",
    "Gen",
    "a.",
    "b.c.",
    "3.5",
    "Tokyo",
    "x",
    "É",
    "é",
    "1",
    "_",
    "Ö.",
    "😀",
]
SENTENCE_GLUE = [
    " ",
    " ",
    ". ",
    "! ",
    "? ",
    '." ',
    ".” ",
    ".) ",
    "’ ",
    " “",
    " (",
    "\n",
    "\n\n",
    " \n \n ",
    "\n\t\n",
    "\u2003",
    "\u00a0",
    ". \u2028",
    "",
    ".",
    "?!",
    "\r\n\r\n",
    '"',
]


@needs_c
@pytest.mark.parametrize(
    "text",
    [
        "Troops left Tokyo. They reached Osaka! Did they? Yes.",
        "The U.S. Army and Mr. Smith met in Sept. 2024. Gen. Lee left.\n\nA new line",
        "He said “no.” Then (quietly) left. “Why?” she asked. 3.5 tonnes. 40 more.",
        "   ",
        "",
        "One.  \n\n  Two",
        "Ends with U.S.A.",
        "Café owners left. Émile stayed. 😀 Done.",
    ],
)
def test_sentences_in_c_are_the_python(text: str) -> None:
    assert runs.sentences_c is not None
    assert runs.sentences_c(text) == list(sentences(text))


@needs_c
@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(SENTENCE_WORDS), st.sampled_from(SENTENCE_GLUE)), max_size=20
    )
)
def test_sentences_agree_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert runs.sentences_c is not None
    assert runs.sentences_c(text) == list(sentences(text))


# ------------------------------------------- the scanner's memo of words (_runs.c: memo_key)
@needs_c
def test_the_scanner_memo_follows_the_tables_it_is_given() -> None:
    # the C scanner keeps the lookups of words and word pairs it has seen; other tables must
    # not reuse them ("paris texas" is one name only in the small tables)
    full = FAST.tables
    assert "paris texas" not in full.names
    small = runs.Tables(
        {"paris": ("x:1",), "texas": ("x:2",), "paris texas": ("x:3",)},
        {"texan": "US"},
        {"paris": 2, "texas": 1, "texan": 1},
        frozenset(),
        frozenset(),
        frozenset(),
        full.connectors,
        full.fold,
    )
    text = "Texan troops left Paris Texas and Texas for Osaka, Lagos and Paris."
    assert runs.scan_c is not None
    for tables in (full, small, full, small):
        assert runs.scan_c(text, tables) == runs.scan_python(text, tables)
    assert [h[2] for h in runs.scan_c(text, small)[0]] == ["paris texas", "texas", "paris"]
