"""geo143: a dateline city without its country ("SAN JOSE, May 9 (Wire) - Costa Rica's new
president ...", Reuters and AFP style) takes the namesake in the country its lead sentence
names, over the country the rest of the text names most. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    (code,) = {m.place.country_code for m in geoparser.parse(text) if m.text == name and m.place}
    return code


def test_the_lead_country_decides_the_dateline_city(geoparser: Geoparser) -> None:
    text = (
        "SAN JOSE, June 2 (Wire) - Costa Rica's finance minister said on Monday that the "
        "customs computers were still down after a cyber attack. The United States offered "
        "a reward for the gang's leaders, and U.S. engineers flew in to help. American "
        "officials met the minister in the United States last week."
    )
    assert _country(geoparser, text, "SAN JOSE") == "CR"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no country in the lead: the city stays where the text's countries put it
        (
            "SAN JOSE, June 2 (Wire) - The city council approved a new budget on Monday. "
            "The mayor said the United States economy was slowing.",
            "US",
        ),
        # a lead naming a country where no weighty namesake lies keeps the big city
        (
            "CHICAGO, June 2 (Wire) - Mexico's peso fell on Monday as traders sold, "
            "brokers in the United States said.",
            "US",
        ),
    ],
)
def test_other_datelines_stay(geoparser: Geoparser, text: str, code: str) -> None:
    assert _country(geoparser, text, text.split(",")[0]) == code
