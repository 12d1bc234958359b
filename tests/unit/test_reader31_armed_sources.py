"""reader31's own sentences (stop 41): a non-state armed group is the source of the act it is
the subject of. A named group listed in ``organisations.csv`` takes the country its row gives
(CAMEO 1.1b3 codes a rebel group with the country it acts in); an unnamed armed group opening
the sentence ("Gunmen", "Armed gangs", ``armed_subjects.csv``) is the source, of no country.
Near misses: the group as the object or the patient, and a possessor ("the rebels' leader"),
are no source. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _one(extract: Extract, body: str, *roots: str) -> Event:
    (ev,) = rooted(extract(body), *roots)
    return ev


def test_a_listed_group_is_the_source_with_its_country(extract: Extract) -> None:
    ev = _one(
        extract, "BAMAKO - JNIM fighters ambushed an army convoy near Gao on Friday.", "18", "19"
    )
    assert (ev.roles.source, ev.roles.source_country) == ("JNIM", "ML")


def test_a_listed_group_struck_is_the_target_not_the_source(extract: Extract) -> None:
    # near miss: the group is what the troops struck
    ev = _one(
        extract,
        "BOGOTA - Colombian troops killed five ELN fighters in Arauca on Friday.",
        "18",
        "19",
        "20",
    )
    assert ev.roles.source != "ELN"


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        ("ABUJA - Bandits had kidnapped 20 pupils in Kebbi state on Friday.", "bandits"),
        ("PORT-AU-PRINCE - Armed gangs stormed the town of Cabaret on Sunday.", "gangs"),
        ("ABUJA - Gunmen killed nine farmers in Benue state on Sunday.", "gunmen"),
    ],
)
def test_an_unnamed_armed_group_opening_the_sentence_is_the_source(
    extract: Extract, body: str, doer: str
) -> None:
    ev = _one(extract, body, "18", "19", "20")
    assert (ev.roles.source, ev.roles.source_country) == (doer, None)


@pytest.mark.parametrize(
    "body",
    [
        "ABUJA - Police killed four gunmen in Benue state on Sunday.",
        "ABUJA - Gunmen were killed by soldiers in Benue state on Sunday.",
    ],
)
def test_armed_men_done_to_are_no_source(extract: Extract, body: str) -> None:
    # near misses: the object of the act, and the patient of a passive
    assert all(e.roles.source != "gunmen" for e in extract(body))


def test_the_rebels_leader_is_no_rebel_source(extract: Extract) -> None:
    # near miss: "the rebels'" is the possessor of the subject
    events = extract("BOGOTA - The rebels' leader said on Sunday the group had freed two hostages.")
    assert all(e.roles.source != "rebels" for e in events)


def test_a_group_named_in_full_takes_its_rows_country(extract: Extract) -> None:
    ev = _one(
        extract,
        "NAIROBI - The Rapid Support Forces (RSF) shelled the town of Babanusa on Monday.",
        "19",
    )
    assert (ev.roles.source, ev.roles.source_country) == ("Rapid Support Forces", "SD")
