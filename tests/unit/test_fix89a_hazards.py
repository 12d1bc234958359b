"""A crowd crush told by its effect ("crushed to death when the crowd surged", "Sunday's crush
at the shrine") and an outbreak told by its declaration ("declared an outbreak of cholera")
are hazards the reader must see, or the reports of them can never be counted (issue 16,
newuser89 repros 08 and 09; EM-DAT miscellaneous accident and epidemic; WHO IHR 2005 art. 6).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "hazard"),
    [
        (
            "BAMAKO (AP) — At least 30 pilgrims were crushed to death when the crowd surged "
            "towards a shrine in Kayes on Sunday, officials said.",
            "DIS-ACCIDENT",
        ),
        (
            "BAMAKO (AP) — The toll from Sunday's crush at a shrine in Kayes rose to 41 on "
            "Monday, officials said.",
            "DIS-ACCIDENT",
        ),
        (
            "CONAKRY (AP) — Guinea's health ministry declared an outbreak of Lassa fever on "
            "Thursday after two farmers died in Nzerekore.",
            "DIS-EPIDEMIC",
        ),
        (
            "CONAKRY (AP) — Health officials on Thursday confirmed a cholera outbreak in "
            "Nzerekore, where three children died.",
            "DIS-EPIDEMIC",
        ),
    ],
)
def test_a_hazard_told_by_its_effect_or_declaration_is_read(
    extract: Extract, body: str, hazard: str
) -> None:
    assert hazard in [code(e) for e in extract(body)]


def test_crushed_under_a_wall_is_no_crowd_crush(extract: Extract) -> None:
    # near miss: no crowd, a structure gave way (an industrial accident, as before)
    events = extract(
        "LAGOS (AP) — Two workers were crushed to death when a wall collapsed at a building site on Monday."
    )
    assert "DIS-ACCIDENT" not in [code(e) for e in events]


def test_declaring_an_emergency_is_no_outbreak(extract: Extract) -> None:
    # near miss: a declaration that names no disease after its verb
    events = extract(
        "CONAKRY (AP) — Guinea declared a state of emergency over the strike on Thursday."
    )
    assert "DIS-EPIDEMIC" not in [code(e) for e in events]
