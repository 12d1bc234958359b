"""A demand reported as another side's necessity ("X said Y must do Z"): the speaker
demands, the reported clause's subject is the one demanded of (CAMEO 1.1b3 §10: source =
the demander). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2025-02-11\n\n{body}", path="t"))


def _demand(events: list[Event]) -> Event:
    (ev,) = [e for e in events if (e.event_code or "").startswith("10")]
    return ev


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        ("OSLO — Sweden said Belarus must pull its troops out of the border area.", "SE", "BY"),
        ("Japan said North Korea should halt its missile tests.", "JP", "KP"),
        (
            "Canada said on Friday that Venezuela has to release the detained opposition leaders.",
            "CA",
            "VE",
        ),
        ("Turkey said Armenia must withdraw from the disputed villages.", "TR", "AM"),
    ],
)
def test_the_speaker_demands_of_the_subject(
    extract,  # type: ignore[no-untyped-def]
    body: str,
    source: str,
    target: str,
) -> None:
    roles = _demand(extract(body)).roles
    assert (roles.source_country, roles.target_country) == (source, target)


def test_an_international_body_demands(extract) -> None:  # type: ignore[no-untyped-def]
    roles = _demand(
        extract("VIENNA — The African Union said Sudan must end the fighting in Darfur.")
    ).roles
    assert (roles.source, roles.target_country) == ("African Union", "SD")


def test_an_unreported_necessity_keeps_its_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: no one says it, so no speaker takes the demand (as before)
    roles = _demand(extract("Belarus must pull its troops out of the border area.")).roles
    assert (roles.source_country, roles.target_country) == ("BY", None)


def test_a_reported_fact_is_no_demand(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "said Y withdrew" tells Y's act, not a demand of Y
    events = extract("Turkey said Armenia withdrew from the disputed villages.")
    assert not [e for e in events if (e.event_code or "").startswith("10")]
    assert all(e.roles.source_country != "TR" for e in events)


def test_a_speaker_of_the_same_side_is_not_split(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: the clause's subject is the speaker's own side: its own necessity stands
    roles = _demand(extract("Moscow said Russia must withdraw from the disputed villages.")).roles
    assert (roles.source_country, roles.target_country) == ("RU", None)


def _placed(events: list[Event], root: str) -> str | None:
    (ev,) = [e for e in events if (e.event_code or "").startswith(root)]
    return ev.location.place.name if ev.location and ev.location.place else None


@pytest.mark.parametrize(
    "body",
    [
        "MINSK — The European Commission criticised Belarus.",
        "TBILISI — The European Parliament criticised Georgia.",
        "ANKARA — The Council of the European Union criticised Turkey.",
    ],
)
def test_an_eu_institution_does_not_speak_from_a_foreign_dateline(
    extract,  # type: ignore[no-untyped-def]
    body: str,
) -> None:
    # an EU institution is an intergovernmental body (TEU art. 13): a wire's dateline far
    # from its seats does not place its words
    assert _placed(extract(body), "11") is None


def test_an_eu_institution_speaks_at_its_seat(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: Strasbourg is the Parliament's seat (Protocol No 6)
    body = "STRASBOURG — The European Parliament criticised Georgia."
    assert _placed(extract(body), "11") == "Strasbourg"


def test_an_eu_institution_visiting_is_at_the_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: a visit is done where it is told, not said from afar
    body = "TBILISI — The European Commission president visited the parliament."
    assert _placed(extract(body), "04") == "Tbilisi"


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        ("Kenya and Tanzania held talks on Somalia.", "KE", "TZ"),
        ("Brazil and Argentina held talks about Venezuela on Tuesday.", "BR", "AR"),
    ],
)
def test_the_topic_of_talks_is_not_their_other_side(
    extract,  # type: ignore[no-untyped-def]
    body: str,
    source: str,
    target: str,
) -> None:
    (ev,) = extract(body)
    assert (ev.roles.source_country, ev.roles.target_country) == (source, target)
    assert ev.location is None or ev.location.place.country_code not in ("SO", "VE")


def test_talks_with_a_party_keep_it(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "with" names the other side, not a topic
    (ev,) = extract("Kenya held talks with Somalia on Tuesday.")
    assert ev.roles.target_country == "SO"


def test_talks_held_in_a_city_keep_their_venue(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "in Arusha" is where they were held; "on Somalia" what they were about
    (ev,) = extract("Kenya and Tanzania held talks in Arusha on Somalia.")
    assert ev.location is not None
    assert ev.location.place.name == "Arusha"
