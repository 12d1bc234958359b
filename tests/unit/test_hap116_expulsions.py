"""Diplomatic expulsions and recalls the reader lost or misread: a quantifier floated after
its subject ("Chile and Peru each expelled", Quirk et al. 1985 §6.47) leaves the verb finite,
so the expulsion is read (§166) and no noun of its "over"-phrase takes its place; a high
commissioner, the Commonwealth's ambassador, recalled is §161 (no troops withdrawn, §087)
and expelled is §166. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Chile and Peru each expelled four of the other's diplomats on Tuesday.",
        "Oslo and Bern each expelled two envoys on Monday in a quarrel over the death of a trader.",
        "The two governments each expelled three diplomats after the spy trial.",
    ],
)
def test_a_floated_each_keeps_the_expulsion(extract, body: str) -> None:
    assert [code(e) for e in real(extract(body), "16", "18")] == ["166"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ghana said on Monday it was withdrawing its high commissioner from Lagos.", "161"),
        ("Kenya recalled its high commissioner from Kampala on Friday.", "161"),
        ("Fiji expelled the Australian high commissioner on Tuesday.", "166"),
    ],
)
def test_a_high_commissioner_recalled_or_expelled(extract, body: str, expected: str) -> None:
    events = extract(body)
    assert [code(e) for e in real(events, "16")] == [expected]
    assert not real(events, "08")


@pytest.mark.parametrize(
    "body",
    [
        # a determiner before a participle of its noun phrase, no floated quantifier
        "Each expelled diplomat was given two days to leave.",
        "Officials said each wounded soldier was flown to the capital.",
        # a high commissioner of another office, no envoy
        "The UN High Commissioner for Refugees visited the camp in Chad on Monday.",
    ],
)
def test_no_recall_or_withdrawal_read_where_none_is_told(extract, body: str) -> None:
    assert not [code(e) for e in extract(body) if code(e).startswith(("161", "087", "18"))]
