"""Reader rows of session 94 (hap124), each a class of reports the happenings merge found
with no event:

- an aside of inclusion set off by commas ("six diplomats, including the ambassador,") is no
  end of the verb's complement: the lexicon's gap runs across it (``events.asides``, Quirk
  et al. 1985, 17.65), so an expulsion told with such an aside is read as one told without;
- a ship of any kind rammed (a bulk carrier, a cutter) is an assault, as a boat rammed is;
- an operation told as retaliation or punishment is force used against the other side.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Norway on Tuesday ordered four Iranian diplomats, including the ambassador, to leave "
        "the country within 72 hours, the foreign ministry said.",
        "Chile told three Venezuelan diplomats, among them the consul in Santiago, to leave by "
        "Friday.",
        "Poland ordered five Belarusian diplomats, including the military attache, to leave the "
        "country after the spy trial.",
    ],
)
def test_an_expulsion_with_an_aside_of_inclusion_is_read(extract: Extract, body: str) -> None:
    assert [e.event_code for e in real(extract(body), "16")] == ["166"]


@pytest.mark.parametrize(
    "body",
    [
        # the plain reading, which the aside must not change
        "Norway on Tuesday ordered four Iranian diplomats to leave the country within 72 hours.",
        # an order to leave given to one's own people is advice, no expulsion: no aside there
        "The embassy told its citizens, including students, to leave Lebanon at once.",
    ],
)
def test_plain_readings_stay(extract: Extract, body: str) -> None:
    codes = [e.event_code for e in real(extract(body), "16")]
    assert codes == (["166"] if "Iranian diplomats" in body else [])


def test_an_aside_is_closed_only_by_its_own_comma() -> None:
    from dashboard.events.asides import aside_close  # new in this round
    from dashboard.events.tokens import tokenize

    tokens = tokenize("ordered six envoys, including the ambassador, to leave")
    assert aside_close(tokens, 3) == 7
    # no opener, or a full stop before any closing comma: no aside
    assert aside_close(tokenize("ordered six envoys, the ambassador, to leave"), 3) is None
    assert aside_close(tokenize("ordered six envoys, including the ambassador."), 3) is None


@pytest.mark.parametrize(
    "body",
    [
        "An explosive-laden drone boat rammed a Maltese-flagged bulk carrier in the Gulf of Aden "
        "on Tuesday, a maritime security agency said.",
        "A fishing trawler rammed a coast guard cutter off the island on Sunday.",
    ],
)
def test_a_ship_of_any_kind_rammed_is_an_assault(extract: Extract, body: str) -> None:
    # the ram row's ship kinds: a carrier or a cutter is a vessel as a trawler is
    assert [e.event_code for e in real(extract(body), "18")] == ["180"]


def test_an_operation_told_as_retaliation_is_force(extract: Extract) -> None:
    body = (
        "The defence ministry said on Monday its troops had carried out retaliatory operations "
        "against rebel posts along the frontier overnight."
    )
    assert [e.event_code for e in real(extract(body), "19")] == ["190"]


def test_an_operation_with_no_such_word_stays_unread(extract: Extract) -> None:
    # a rescue or a plain "operations" names no force against a side
    body = "Troops carried out rescue operations along the frontier overnight."
    assert real(extract(body), "19") == []
