"""Session 87, fix101 (newuser96's report, item 22): the present perfect with an adjective of
frequency ("have seen repeated clashes", "has been the scene of frequent killings") tells a
series up to now, not one happening (Quirk et al. 1985 §4.22; ACE 2005: generic mentions
are no events), so with no date of its own it gives no card; a dated series stays.
Sentences written for these tests, with other places and topics than the user's."""

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
        "The copper mines of Katanga have been the scene of repeated killings.",
        "The border towns of the plateau have seen repeated clashes between herders.",
    ],
)
def test_a_recurrent_series_up_to_now_is_no_event(extract: Extract, body: str) -> None:
    assert real(extract(body), "18", "19", "20") == []


@pytest.mark.parametrize(
    "body",
    [
        "Rebels have carried out repeated attacks on the town since Monday.",
        "Gunmen attacked a bus near Tillaberi on Saturday.",
        "Police have arrested three men over the attack.",
    ],
)
def test_a_dated_or_single_act_stays(extract: Extract, body: str) -> None:
    assert real(extract(body), "17", "18", "19")
