"""cameo79: acts told in the passive or as a noun (joint exercises held §062, gunfire
exchanged §193), and an event noun whose passive verb of holding is negated ("the summit was
not held") is not done.

Sentences written for these tests, from CAMEO 1.1b3's definitions of §062 and §193 and
TimeML's polarity; positives fail on main 2012d954, near misses read the same on both.
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
    ("text", "want"),
    [
        ("Joint naval exercises were held in the Sea of Japan on Monday.", "062"),
        ("Joint air drills were conducted over the Baltic on Tuesday.", "062"),
        ("Bilateral military exercises were staged near the border on Friday.", "062"),
        ("Joint exercises were held off Okinawa on Monday.", "062"),
        ("Gunfire was exchanged with militants in Waziristan on Monday.", "193"),
        ("Shots were exchanged across the border overnight.", "193"),
        ("An exchange of gunfire between troops and militants in Waziristan left two dead.", "193"),
        ("Police said an exchange of shots with the gang lasted an hour.", "193"),
    ],
)
def test_passive_and_noun_acts_keep_their_codes(extract: Extract, text: str, want: str) -> None:
    assert want in _done(extract, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Naval exercises were held in the Gulf on Monday.", "150"),
        ("Joint patrols were carried out along the border on Friday.", "062"),
        ("The summit was held in Geneva on Monday.", "040"),
        ("Gunfire was heard in the capital on Monday.", "180"),
    ],
)
def test_near_misses_keep_their_codes(extract: Extract, text: str, want: str) -> None:
    assert want in _done(extract, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Joint exercises were not held this year because of the pandemic.", "06"),
        ("The summit was not held because of the storm.", "04"),
        ("Joint patrols were not carried out last month.", "06"),
        ("The rally was not staged after police banned it.", "14"),
        ("The rally did not take place on Sunday.", "14"),
    ],
)
def test_an_event_not_held_is_not_done(extract: Extract, text: str, root: str) -> None:
    assert not [c for c in _done(extract, text) if c.startswith(root)]


@pytest.mark.parametrize("text", ["Prisoners were exchanged at the border on Monday."])
def test_prisoners_exchanged_are_no_gunfire(extract: Extract, text: str) -> None:
    assert "193" not in _done(extract, text)
