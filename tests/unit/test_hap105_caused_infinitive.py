"""An act told as the infinitive of an implicative causative ("which led X to recall") in a
trailing relative clause is read as done, dated by its clause (hap105, ``caused_infinitive``);
an appeal's infinitive ("which urged X to") is not."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "root"),
    [
        (
            "Papers in Santiago on Wednesday praised the new fishing quota, which led "
            "Bolivia to recall its ambassador from Peru on Tuesday.",
            "16",
        ),
        (
            "Newspapers in Quito on Wednesday hailed the court ruling, which prompted "
            "Colombia to expel two Ecuadorian diplomats on Monday.",
            "16",
        ),
    ],
)
def test_caused_infinitive_is_read_on_its_own_day(extract: Extract, body: str, root: str) -> None:
    main_day = date(2026, 6, 17)
    acts = [e for e in real(extract(body), root) if e.date_start != main_day]
    assert len(acts) == 1
    assert acts[0].date_start == acts[0].date_end
    assert acts[0].date_start < main_day


@pytest.mark.parametrize(
    "body",
    [
        # an appeal's infinitive is asked for, not done (CAMEO 1.1b3 §02)
        "Papers in Santiago on Wednesday praised the new fishing quota, which urged "
        "Bolivia to recall its ambassador from Peru on Tuesday.",
        # a consequence noun after "led to" is no infinitive of a doer
        "Papers in Santiago on Wednesday praised the new fishing quota, which led to "
        "calls to recall the ambassador from Peru on Tuesday.",
    ],
)
def test_no_caused_act_without_an_implicative(extract: Extract, body: str) -> None:
    assert real(extract(body), "16") == []


def test_causative_object_is_the_doer_not_the_target(extract: Extract) -> None:
    body = (
        "Papers in Rabat on Wednesday hailed the new trade rules, which led Chile to pull its "
        "ambassador out of Bolivia on Tuesday."
    )
    acts = [e for e in real(extract(body), "16") if e.date_start == date(2026, 6, 16)]
    assert len(acts) == 1
    assert acts[0].roles.source_country == "CL"
    assert acts[0].roles.target_country != "CL"
