"""Reader faults that kept reports of one happening apart (issue 16), on sentences written
for these tests: a hazard told by a dated noun, a flood told by its water."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.hazards import hazard_triggers
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2024-06-04": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


@pytest.mark.parametrize(
    ("sentence", "code", "noun"),
    [
        ("Aid reached villages cut off by the 12 March earthquake.", "DIS-QUAKE", "earthquake"),
        ("Volunteers dug at the site of Tuesday's landslide.", "DIS-LANDSLIDE", "landslide"),
        ("The 2015 tsunami is still remembered in the bay.", "DIS-TSUNAMI", "tsunami"),
        ("Insurers counted the cost of last week's floods.", "DIS-FLOOD", "floods"),
    ],
)
def test_a_date_bound_to_a_hazard_noun_names_one_occurrence(
    sentence: str, code: str, noun: str
) -> None:
    (t,) = hazard_triggers(sentence)
    assert (t.code, t.text) == (code, noun)  # the date stays outside: it dates the noun


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("About 40 people died in the landslide near Kandy on 2 June.", "DIS-LANDSLIDE"),
        ("The earthquake on Sunday was felt in three countries.", "DIS-QUAKE"),
        ("The river flooded dozens of villages overnight.", "DIS-FLOOD"),
        ("Water pouring into the lower town forced families onto roofs.", "DIS-FLOOD"),
        ("The old dam on the river was breached before dawn.", "DIS-FLOOD"),
    ],
)
def test_a_hazard_told_without_its_usual_verb_is_found(sentence: str, code: str) -> None:
    assert [t.code for t in hazard_triggers(sentence)] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "A flood of complaints reached the office on Monday.",
        "Friday's storm of criticism surprised the minister.",
        "The bank fears floods in spring.",
        "The city flooded the market with cheap bonds.",
    ],
)
def test_a_figure_of_speech_or_an_undated_fear_is_no_hazard(sentence: str) -> None:
    assert hazard_triggers(sentence) == []


def test_a_report_of_a_dated_landslide_is_a_landslide_on_that_day(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Rescuers searched the site of Sunday's landslide in Kandy district.")
    assert ev.event_type.code == "DIS-LANDSLIDE"
    assert ev.when.start == ev.when.end == date(2024, 6, 2)


# ---------------------------------------------------------------- where it happened


def place_of(events, code: str) -> str | None:  # type: ignore[no-untyped-def]
    ev = next(e for e in events if e.event_type.code == code)
    return ev.location.place.name if ev.location and ev.location.place else None


@pytest.mark.parametrize(
    "body",
    [
        "SANTIAGO, March 10 (Reuters) - A strong earthquake shook central Chile on Sunday.",
        "Santiago, March 10 - A strong earthquake shook central Chile on Sunday.",
    ],
)
def test_a_wire_dateline_is_where_the_story_was_filed(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert place_of(extract(body, "2024-03-11"), "DIS-QUAKE") == "Chile"


@pytest.mark.parametrize(
    ("body", "code", "place"),
    [
        ("A strong earthquake hit Wajima on Sunday.", "DIS-QUAKE", "Wajima"),
        ("MANILA, June 3 (Wire) - Floods hit Dhaka on Sunday.", "DIS-FLOOD", "Dhaka"),
        ("A typhoon hit Okinawa on Sunday, cutting power.", "DIS-STORM", "Okinawa"),
    ],
)
def test_what_a_hazard_hit_is_where_it_happened(extract, body: str, code: str, place: str) -> None:  # type: ignore[no-untyped-def]
    # "hit X" makes X an attack's target, not its place; a hazard has no target (the
    # quake had no location, and a dateline then took its place)
    assert place_of(extract(body), code) == place


def test_a_hazard_striking_two_countries_is_in_them_not_at_the_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("LIMA — A strong earthquake struck Peru and Ecuador on Sunday.")
    assert place_of(events, "DIS-QUAKE") in ("Peru", "Ecuador")


def test_several_countries_are_parties_unless_the_event_is_in_one(extract) -> None:  # type: ignore[no-untyped-def]
    strikes = extract(
        "France and Italy carried out joint strikes on militant camps in Libya on Sunday."
    )
    assert place_of(strikes, "19") == "Libya"


def test_a_sea_naming_a_port_is_not_the_place(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Jets struck fuel depots around the Black Sea port of Novorossiysk on Sunday.")
    assert place_of(events, "19") == "Novorossiysk"


def test_where_the_officials_speak_is_not_where_it_happened(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "North Korea fired a missile on Sunday, in what officials in Tokyo called a test."
    )
    assert place_of(events, "15") == "North Korea"


def test_a_launch_is_not_located_on_its_missile_path(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Pyongyang's missile launched over Japan on Sunday was a new type.")
    assert place_of(events, "15") != "Japan"


def test_a_missile_fired_toward_the_sea_is_a_launch_not_an_air_strike(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("North Korea launched two missiles toward the Yellow Sea on Sunday.")
    assert [e.event_type.code for e in events] == ["15"]
    hit = extract("The rebels fired two missiles at a tanker in the Gulf of Aden on Sunday.")
    assert [e.event_type.code for e in hit] == ["19"]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("Iran launched dozens of drones at Israel late on Sunday.", "Israel"),
        # "the Ukrainian capital" is Kyiv since stop 28 (places2: GeoNames' capital)
        ("Russian drones hit the Ukrainian capital on Sunday.", "Kyiv"),
        ("Russia attacked Ukraine's power grid with missiles on Sunday.", "Ukraine"),
    ],
)
def test_an_attack_with_no_place_named_is_in_its_targets_country(
    extract, body: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    assert place_of(extract(body), "19") == where


def test_the_attackers_demonym_is_no_target(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Missiles hit Kyiv on Sunday in the largest Russian attack on the city.")
    assert place_of(events, "19") != "Russia"


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        ("Rebels attacked the Malian army with drones made by Turkey on Sunday.", "TR"),
        (
            "Troops used jets supplied by the United States to strike camps in Yemen on Sunday.",
            "US",
        ),
        ("Militias fired rockets built in Iran at a base in Syria on Sunday.", "IR"),
    ],
)
def test_a_weapon_made_by_a_country_is_neither_its_side_nor_its_place(  # type: ignore[no-untyped-def]
    extract, body: str, maker: str
) -> None:
    for ev in extract(body):
        assert maker not in (ev.roles.source_country, ev.roles.target_country)
        assert (
            ev.location is None
            or ev.location.place is None
            or ev.location.place.country_code != maker
        )


def test_the_maker_of_a_weapon_is_not_a_side(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Iranian-made drones struck Kyiv on Sunday, killing four people.")
    assert "Iran" not in ev.actors
    assert ev.roles.source_country != "IR"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("MARRAKESH — An earthquake struck Morocco's High Atlas mountains on Friday.", "MA"),
        ("A landslide buried a village in Papua New Guinea's Enga province on Friday.", "PG"),
    ],
)
def test_a_country_owning_the_named_region_is_where_it_happened(
    extract, body: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    # the region itself when the gazetteer knows it ("Enga"), else its country
    (ev,) = extract(body)
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == where


def test_a_country_owning_a_thing_is_still_no_place(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("The envoy condemned Russia's invasion on Friday.")
    assert ev.location is None


# ---------------------------------------------------------------- when it happened


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("State media said on Thursday that the rocket launched on 4 May was a new type.", 4),
        ("The army said today that it had tested a new cruise missile in a launch yesterday.", 8),
        ("The ministry said on Tuesday that troops attacked the village on Sunday.", 5),
    ],
)
def test_the_date_of_the_saying_does_not_date_what_was_said(extract, body: str, day: int) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(body, "2024-05-09")
    assert ev.when.start == ev.when.end == date(2024, 5, day)


def test_the_date_of_the_saying_still_bounds_an_event_with_no_date_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("The army said on Monday it shelled the border town.", "2024-05-09")
    assert ev.when.start == date(2024, 5, 6)


def test_a_hazard_is_dated_by_the_date_after_its_own_verb(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "Rescuers were still reaching villages in the hills on Sunday after the earthquake "
        "that hit the region on Friday night.",
        "2024-05-06",
    )
    assert ev.event_type.code == "DIS-QUAKE"
    assert ev.when.start == date(2024, 5, 3)


@pytest.mark.parametrize(
    "body",
    [
        "Russian drones struck the port of Odesa overnight, officials said.",
        "Overnight strikes hit fuel depots near the border.",
    ],
)
def test_overnight_is_the_night_ending_on_the_publication_day(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(body, "2024-05-06")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(2024, 5, 6),
        date(2024, 5, 6),
        1,
    )


def test_a_date_phrase_beats_overnight(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Troops shelled the town overnight on Saturday.", "2024-05-06")
    assert ev.when.start == date(2024, 5, 4)


# ---------------------------------------------------------------- which happening


def test_the_drill_told_again_is_the_joint_exercise_not_the_launch_it_answered(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "The navies of both countries held a joint drill on Sunday. "
        "The drill came after North Korea fired a missile into the sea that morning."
    )
    (drill,) = events
    assert drill.event_code == "062"
    assert len(drill.evidence) == 2  # the second sentence is told of the drill
    assert drill.location is None  # North Korea is where the launch was


def test_a_foreshock_that_struck_is_a_quake_of_its_own_not_a_fight(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "A strong earthquake struck the coast on Monday. Its magnitude 6.2 foreshock had "
        "struck on Sunday.",
        "2024-05-06",
    )
    assert [(e.event_type.code, e.when.start.day) for e in events] == [
        ("DIS-QUAKE", 6),
        ("DIS-QUAKE", 5),
    ]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Typhoon Haikui brought torrential rain to Taiwan on Sunday.", "DIS-STORM"),
        ("The cyclone knocked out power across the delta.", "DIS-STORM"),
        ("Torrential rains caused deadly flooding in the capital.", "DIS-FLOOD"),
    ],
)
def test_a_storm_that_brought_rain_and_rain_that_caused_floods_are_hazards(
    sentence: str, code: str
) -> None:
    assert [t.code for t in hazard_triggers(sentence)] == [code]


def test_a_flood_of_complaints_caused_is_no_flood() -> None:
    assert hazard_triggers("The policy caused a flood of complaints.") == []


def test_a_date_before_and_dates_the_verb_before_it_not_only_the_next(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Leaders of the two countries met in Beijing on Monday and pledged to deepen ties.",
        "2024-05-07",
    )
    met = next(e for e in events if e.event_type.code == "04")
    assert met.when.start == met.when.end == date(2024, 5, 6)


@pytest.mark.parametrize(
    "body",
    [
        "Japan's coast guard said a North Korean ballistic missile fell into the sea on Monday.",
        "Japan's defence ministry said a North Korean ballistic missile landed on Monday.",
    ],
)
def test_who_reports_a_launch_is_not_where_it_was(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert place_of(extract(body, "2024-05-07"), "15") != "Japan"
