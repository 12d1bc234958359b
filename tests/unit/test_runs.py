"""The recogniser's scanner: the C twin and the Python reference agree, on sentences written
for these tests and on generated text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.places import runs
from dashboard.places.gazetteer import load

TABLES = runs.tables_of(load())
SCANNERS = [pytest.param(runs.scan_python, id="python")]
if runs.scan_c is not None:
    SCANNERS.append(pytest.param(runs.scan_c, id="c"))

Scan = Callable[[str, runs.Tables], tuple[list[runs.Hit], list[runs.Demonym]]]


def test_the_compiled_scanner_is_built() -> None:
    # `make setup` builds it; without it every article takes several times longer to parse
    assert runs.COMPILED, "dashboard/places/_runs.c was not built: run `make setup` with gcc"


def keys(scan: Scan, text: str) -> list[str]:
    return [text[h[0] : h[1]] for h in scan(text, TABLES)[0]]


@pytest.mark.parametrize("scan", SCANNERS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ships gathered in the Sea of Japan on Monday.", ["Sea of Japan"]),
        ("The missile could reach the U.S. mainland.", ["U.S. mainland"]),
        ("Aid crossed at the Rafah crossing today.", ["Rafah crossing"]),
        ("People's Republic of China", ["People's Republic of China"]),
        ("Fighting in Nagorno-Karabakh resumed.", ["Nagorno-Karabakh"]),
        # a capital inside a word starts no run: "robberyA" is one lowercase word
        ("Walmart robberyA Berea man was charged.", ["Berea"]),
        ("the ambassador met a woman", []),
    ],
)
def test_runs_find_whole_names(scan: Scan, text: str, expected: list[str]) -> None:
    assert [k for k in keys(scan, text) if k in expected] == expected


@pytest.mark.parametrize("scan", SCANNERS)
def test_hits_carry_their_neighbours_in_the_run(scan: Scan) -> None:
    text = "Kim Jong Un watched."
    (hits, _) = scan(text, TABLES)
    for start, end, key, first_key, single, prev, nxt in hits:
        assert text[start:end].lower().replace(" ", "") == key.replace(" ", "")
        assert first_key == key.split(" ")[0]
        assert single == (" " not in key)
        if prev is not None:
            assert prev[1] < start
            assert prev[4] == (prev[0] == 0)  # only the run's first word is marked first
        if nxt is not None:
            assert nxt[0] > end


@pytest.mark.parametrize("scan", SCANNERS)
def test_demonyms_are_kept_apart(scan: Scan) -> None:
    text = "South Korean sailors and Japanese officers."
    hits, demonyms = scan(text, TABLES)
    assert [(text[s:e], code) for s, e, code in demonyms] == [
        ("South Korean", "KR"),
        ("Japanese", "JP"),
    ]
    assert hits == []


# Text built from the pieces the scanner cares about: names, in-name and ending lowercase
# words, gaps, dotted abbreviations, accents, digits, quotes and sentence ends.
PIECES = [
    "Tokyo",
    "Sea",
    "of",
    "Japan",
    "U.S.",
    "mainland",
    "Rafah",
    "crossing",
    "People",
    "s",
    "Republic",
    "China",
    "Nagorno",
    "Karabakh",
    "Kim",
    "Jong",
    "Un",
    "South",
    "Korean",
    "the",
    "on",
    "in",
    "and",
    "Paris",
    "Texas",
    "Zürich",
    "Genève",
    "Ōsaka",
    "ĀB",
    "āb",
    "SEOUL",
    "D.C.",
    "Calif.",
    "x",
    "robberyA",
    "²",
    "12",
    "É",
    "ỳ",
    "Ǆ",
    "İstanbul",
    "Ḁ",
    # name prefixes written with their dot ("St. Louis"), and lookalikes that are none
    "St.",
    "Ste.",
    "Mt.",
    "Ft.",
    "St",
    "Louis",
    "Pleasant",
    "Marie",
    "Mt.Hood",
    "xSt.",
    "_Ft.",
    "ST.",
    "STE.",
    "MT.",
    "FT.",
    "LOUIS",
    "PAUL",
    "P",
    "FIRST.",
    "sT.",
]
GLUE = [" ", " ", " ", "-", "'", "’", ", ", ". ", "\n", "“", "”", "(", "", ".", "_", "  "]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GLUE)), max_size=30))
    text = "".join(word + glue for word, glue in parts)
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.text(max_size=12)) + text[at:]


@pytest.mark.skipif(runs.scan_c is None, reason="the C twin was not built")
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_c_and_python_agree(text: str) -> None:
    assert runs.scan_c is not None
    assert runs.scan_c(text, TABLES) == runs.scan_python(text, TABLES)


@pytest.mark.skipif(runs.scan_c is None, reason="the C twin was not built")
@settings(max_examples=200, deadline=None)
@given(st.text())
def test_c_and_python_agree_on_any_text(text: str) -> None:
    assert runs.scan_c is not None
    assert runs.scan_c(text, TABLES) == runs.scan_python(text, TABLES)


@pytest.mark.parametrize("scan", SCANNERS)
def test_a_dotted_prefix_joins_the_name_after_it(scan: Scan) -> None:
    text = "Storms hit St. Louis, then Mt. Pleasant and Ste. Marie; a Ft. Worth man."
    found = keys(scan, text)
    assert "St. Louis" in found
    assert "Mt. Pleasant" in found
    assert "Louis" not in found  # not the name alone


@pytest.mark.parametrize("scan", SCANNERS)
def test_a_dotted_prefix_in_capitals_joins_a_name_in_capitals(scan: Scan) -> None:
    # a dateline: "ST. LOUIS -- Police said ..."
    found = keys(scan, "ST. LOUIS -- Police said the MT. PLEASANT road was shut.")
    assert "ST. LOUIS" in found
    assert "MT. PLEASANT" in found
    assert "LOUIS" not in found


@pytest.mark.parametrize("scan", SCANNERS)
@pytest.mark.parametrize(
    "text",
    [
        "THE FIRST. LOUIS came later.",  # a longer word ending in "st."
        "He lives on MAIN ST. Louis Brown said so.",  # capitals before a mixed-case word
        "Both sT. LOUIS and St.LOUIS are typos.",
    ],
)
def test_capital_prefix_near_misses_do_not_join(scan: Scan, text: str) -> None:
    assert not any(k.upper().startswith(("ST", "FIRST")) for k in keys(scan, text))
