"""An armed group's name that holds a region ("Islamic State in the Greater Sahara",
"al-Qaeda in the Islamic Maghreb") names no place by it (geo14, a fresh user;
armed_group_names.csv); the region named on its own still is. Every text was written for
these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.parse(text) if m.place is not None]


def test_a_group_name_yields_no_region(geoparser: Geoparser) -> None:
    text = (
        "Fighters of Islamic State in the Greater Sahara attacked a convoy. Islamic State "
        "West Africa Province and Al Qaida in the Islamic Maghreb were also blamed."
    )
    got = _names(geoparser, text)
    assert not {"Greater Sahara", "Sahara", "West Africa", "Islamic Maghreb", "Maghreb"} & set(got)


def test_near_miss_the_region_alone_is_a_place(geoparser: Geoparser) -> None:
    got = _names(geoparser, "The caravan crossed the Sahara toward West Africa.")
    assert {"Sahara", "West Africa"} <= set(got)
