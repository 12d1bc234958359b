"""cameo79: a release that a demand, an appeal or a petition asks for, told as a noun, is not
done (CAMEO 1.1b3 §0253 appeal for release, §1053 demand release; §0841 only persons freed).

Sentences written for these tests; positives fail on main 2012d954, near misses (a release
told as done, a release demanded by a verb, aid appealed for) read the same on both.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _done(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text) if not unreal(e)]


@pytest.mark.parametrize(
    "text",
    [
        "The demand by Hamas for the release of Palestinian prisoners came after weeks of tension.",
        "Calls for the release of the sailors grew louder on Monday.",
        "A petition for the release of the journalist was handed to the embassy.",
        "Pressure for the release of the detained crew mounted on Tuesday.",
        "The UN's appeal for the release of the aid workers was broadcast on state radio.",
        "A fresh call by the Pope for the release of the kidnapped nuns was reported on Sunday.",
        "The families' demand for the return of the seized fishing boats was sent to Beijing.",
    ],
)
def test_a_release_asked_for_is_not_done(extract: Extract, text: str) -> None:
    assert not [c for c in _done(extract, text) if c.startswith("084")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The demand by Hamas for the release of Palestinian prisoners came after weeks of tension.",
            "1053",
        ),
        ("Calls for the release of the sailors grew louder on Monday.", "0253"),
        ("The plea for the freeing of the hostages was read out in parliament.", "0253"),
        (
            "The UN's appeal for the release of the aid workers was broadcast on state radio.",
            "0253",
        ),
        (
            "The families' demand for the release of the seized fishing boats was sent to Beijing.",
            "1053",
        ),
    ],
)
def test_the_asking_is_coded_by_the_release_it_seeks(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _done(extract, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The release of the prisoners came after weeks of talks.", "0841"),
        ("Rebels freed the hostages after a demand for a ransom.", "0841"),
        ("The militia released 20 prisoners on Monday after calls for their release.", "0841"),
        ("Hamas renewed its demand for the release of Palestinian prisoners on Monday.", "1053"),
        ("Iran ignored demands for the release of the tanker.", "1243"),
        ("Kenya demanded the release of its citizens on Monday.", "1053"),
        ("An appeal for food aid was launched on Monday.", "0233"),
    ],
)
def test_releases_done_or_demanded_by_a_verb_keep_their_codes(
    extract: Extract, text: str, want: str
) -> None:
    assert want in _done(extract, text)
