"""The reader rules the lead added in stop 42 for faults a fresh user (newuser21) found, each
with sentences written for these tests (none from an evaluation set) and a near miss the rule
must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def hazards(events: list[Event]) -> list[Event]:
    return [e for e in events if code(e).startswith("DIS-")]


# ---------------------------------------------------------------- a word opening a sentence after the dateline


@pytest.mark.parametrize(
    "body",
    [
        "GORIS, Armenia — Most families crossed the border on foot on Tuesday.",
        "LVIV -- Most shops stayed shut on Tuesday after the strike.",
        "TBILISI – Most voters stayed home on Sunday.",
    ],
)
def test_a_common_word_opening_the_sentence_after_a_dateline_dash_is_no_town(
    geoparser: Geoparser, body: str
) -> None:
    # "Most" (a Czech town) is a common word wherever capitalisation says nothing: at the
    # start of the text, after a full stop, and after the dash that closes a dateline
    assert [m.text for m in geoparser.parse(body) if m.text == "Most"] == []


def test_near_miss_the_town_told_mid_sentence_stays(geoparser: Geoparser) -> None:
    found = [
        m.place.country_code
        for m in geoparser.parse("Police in the Czech town of Most arrested two men on Monday.")
        if m.text == "Most" and m.place is not None
    ]
    assert found == ["CZ"]


# ---------------------------------------------------------------- "within a week of" an act


def test_a_span_counted_from_another_act_is_no_date_from_publication(
    extract: Extract,
) -> None:
    # "within a week of the offensive" counts from the offensive, not from publication:
    # never a week after the article was written
    for e in extract("YEREVAN — Thousands of families fled within a week of the offensive."):
        assert e.date_end <= date(2026, 6, 18), (e.summary, e.date_end)
        assert e.when.text != "within a week"


def test_near_miss_within_a_week_alone_still_counts_from_publication(
    extract: Extract,
) -> None:
    events = extract("MOSCOW — Russia will expel the two diplomats within a week.")
    assert events, "expected the stated expulsion"
    assert all(e.when.text == "within a week" for e in events)
    assert all(e.date_end > date(2026, 6, 18) for e in events)


# ---------------------------------------------------------------- a denied hazard


@pytest.mark.parametrize(
    "body",
    [
        "DUSHANBE — No strong earthquake has hit the capital since 1907.",
        "SUVA — No major cyclone has struck the island since 2016.",
        "LIMA — The earthquake did not hit the coast, officials said on Tuesday.",
    ],
)
def test_a_hazard_denied_by_no_or_not_is_negated(extract: Extract, body: str) -> None:
    found = hazards(extract(body))
    assert found
    assert all("negated" in e.flags for e in found), [(code(e), e.flags) for e in found]


@pytest.mark.parametrize(
    "body",
    [
        "DUSHANBE — No one was killed when a strong earthquake hit the capital on Tuesday.",
        "SUVA — No residents were hurt after the cyclone struck the island on Tuesday.",
    ],
)
def test_near_miss_a_hazard_that_hit_with_no_casualty_is_not_negated(
    extract: Extract, body: str
) -> None:
    found = hazards(extract(body))
    assert found
    assert not any("negated" in e.flags for e in found)


# ---------------------------------------------------------------- a negation in the first of two verb groups


def test_a_not_before_the_first_verb_leaves_could_in_the_second_looking_ahead(
    extract: Extract,
) -> None:
    # "would not give up and could file … in August": the "not" is the first group's, so
    # "could file" looks ahead (this year's August, after publication), not back
    events = extract(
        "APIA — The opposition said it would not give up and could file a new motion in August."
    )
    dated = [e for e in events if "August" in (e.when.text or "")]
    assert dated, [(code(e), e.when.text) for e in events]
    assert all(e.date_start == date(2026, 8, 1) for e in dated)


def test_near_miss_could_not_in_its_own_group_still_reports_a_past_attempt(
    extract: Extract,
) -> None:
    events = extract("APIA — The opposition could not file its motion in March.")
    dated = [e for e in events if "March" in (e.when.text or "")]
    assert all(e.date_start == date(2026, 3, 1) for e in dated)


# ---------------------------------------------------------------- a cyber operation spelled out


def test_a_denial_of_service_attack_is_no_use_of_force(extract: Extract) -> None:
    events = extract(
        "RIGA — Latvia's tax office websites went down for hours on Monday after a distributed "
        "denial-of-service attack that officials blamed on a foreign group."
    )
    assert not rooted(events, "18", "19", "20"), [(code(e), e.summary) for e in events]


def test_near_miss_an_attack_by_troops_is_still_force(extract: Extract) -> None:
    events = extract("KHARKIV — Russian troops launched an attack on the village on Monday.")
    assert rooted(events, "19")


# ---------------------------------------------------------------- a kind word with an adjective before the name


def kinds(geoparser: Geoparser, text: str, span: str) -> list[tuple[str, str | None]]:
    return [
        (m.place.kind, m.place.country_code)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None
    ]


def test_an_adjective_before_town_of_still_asks_for_the_town(geoparser: Geoparser) -> None:
    # Budva is a Montenegrin municipality (a first-level division) and its chief town:
    # "the coastal town of Budva" names the town, as "the town of Budva" does
    text = "PODGORICA — Fire tore through a hotel in the coastal town of Budva on Friday."
    assert kinds(geoparser, text, "Budva") == [("city", "ME")]


def test_an_adjective_before_region_of_still_asks_for_the_division(
    geoparser: Geoparser,
) -> None:
    # "the southern region of Puno" is Peru's department, even beside a town near its capital
    text = (
        "LIMA — Farmers blocked roads in the southern region of Puno on Monday. "
        "Police cleared a road near the town of Juliaca."
    )
    assert kinds(geoparser, text, "Puno") == [("admin1", "PE")]


def test_near_miss_the_name_alone_keeps_its_first_choice(geoparser: Geoparser) -> None:
    # no kind word: Puno beside Juliaca is still the nearest namesake, the city
    text = "LIMA — Farmers blocked roads in Puno on Monday. Police cleared a road near Juliaca."
    assert kinds(geoparser, text, "Puno") == [("city", "PE")]


# ---------------------------------------------------------------- the second of two coordinated verbs


def test_the_second_verb_with_a_day_of_its_own_keeps_it(extract: Extract) -> None:
    # "arrived on Sunday … and signed … on Tuesday": the signing is Tuesday's
    events = extract(
        "ASTANA — The Turkish president arrived in Astana on Sunday and signed a trade "
        "agreement with his Kazakh host on Tuesday."
    )
    signed = rooted(events, "05")
    assert signed, [(code(e), e.summary) for e in events]
    assert {e.date_start for e in signed} == {date(2026, 6, 16)}
    arrived = rooted(events, "04")
    assert arrived
    assert {e.date_start for e in arrived} == {date(2026, 6, 14)}


def test_near_miss_two_verbs_sharing_one_day_both_take_it(extract: Extract) -> None:
    events = extract("ASTANA — Police arrested two men and seized rifles on Tuesday.")
    assert events
    assert {e.date_start for e in events} == {date(2026, 6, 16)}


# ---------------------------------------------------------------- an agreement's content and a force sent abroad


def test_a_place_in_what_an_agreement_provides_is_not_where_it_was_signed(
    extract: Extract,
) -> None:
    events = extract(
        "ASTANA — Kazakhstan signed an agreement with France on Tuesday to build a wind farm "
        "in the Almaty region."
    )
    signed = rooted(events, "05")
    assert signed
    assert all(where(e)[0] != "Almaty" for e in signed), [where(e) for e in signed]


def test_near_miss_a_signing_in_a_named_city_stays_there(extract: Extract) -> None:
    events = extract("ASTANA — Kazakhstan and France signed an agreement in Aktau on Tuesday.")
    assert [where(e)[0] for e in rooted(events, "05")] == ["Aktau"]


def test_police_deployed_to_a_country_stand_in_that_country(extract: Extract) -> None:
    events = extract("CANBERRA — New Zealand deployed 50 police officers to Tonga on Sunday.")
    found = rooted(events, "15")
    assert found, [(code(e), e.summary) for e in events]
    assert [where(e)[1] for e in found] == ["TO"]


def test_near_miss_a_posture_at_home_stays_at_home(extract: Extract) -> None:
    events = extract("CANBERRA — New Zealand put its police on alert in Auckland on Sunday.")
    assert all(where(e)[1] == "NZ" for e in rooted(events, "15"))


# ---------------------------------------------------------------- a riot with an aim is still a riot


def test_a_riot_in_a_national_seat_with_an_aim_is_placed_in_its_country(
    extract: Extract,
) -> None:
    # the aim refines §145 to §1451 (cameo44); the seat's country still places it (hap17)
    events = extract(
        "Angry crowds broke into the Ecuadorian president's residence on Sunday, "
        "demanding that he resign."
    )
    riots = rooted(events, "145")
    assert riots, [(code(e), e.summary) for e in events]
    assert [where(e)[1] for e in riots] == ["EC"]


# ---------------------------------------------------------------- "in the north of X" (newuser22)


@pytest.mark.parametrize(
    ("body", "country", "kind"),
    [
        ("BEIRUT — Gunmen attacked an army post in the north of Syria on Monday.", "SY", "country"),
        (
            "KARACHI — Militants ambushed a convoy in the south of Balochistan on Tuesday.",
            "PK",
            "admin1",
        ),
    ],
)
def test_in_the_north_of_a_place_is_inside_it(
    extract: Extract, body: str, country: str, kind: str
) -> None:
    found = rooted(extract(body), "18", "19")
    assert found
    e = found[0]
    assert where(e)[1] == country
    assert e.location is not None
    assert e.location.place.kind == kind


def test_near_miss_north_of_a_town_is_measured_from_it(extract: Extract) -> None:
    # "30 km north of Kabul" measures from the town: ACLED codes it near the town, at geo
    # precision 2, not inside it
    body = "ISLAMABAD — Gunmen attacked a post 30 km north of Kabul on Monday."
    found = rooted(extract(body), "18", "19")
    assert found
    assert found[0].location is not None
    assert (where(found[0])[0], found[0].location.place.geo_precision) == ("Kabul", 2)


def test_forest_opening_a_sentence_is_no_town(geoparser: Geoparser) -> None:
    for text in (
        "ANKARA — Forest fires spread to the coast on Monday.",
        "Forest fires burned across Greece on Tuesday.",
    ):
        assert [m.text for m in geoparser.parse(text) if m.text == "Forest"] == []
    # near miss: the Brussels municipality named mid-sentence
    text = "Police in the Belgian town of Forest arrested two men."
    assert [
        m.place.country_code for m in geoparser.parse(text) if m.text == "Forest" and m.place
    ] == ["BE"]


# ---------------------------------------------------------------- newuser22's data rows


def test_the_demilitarized_zone_and_tajoura_are_places(geoparser: Geoparser) -> None:
    text = (
        "Troops reinforced posts in the Demilitarized Zone. "
        "Shells hit the town of Tajoura east of Tripoli."
    )
    found = {m.text: m.place for m in geoparser.parse(text) if m.place is not None}
    assert found["Demilitarized Zone"].name == "Korean Demilitarized Zone"
    assert found["Tajoura"].country_code == "LY"
    assert abs(found["Tajoura"].lat - 32.9) < 0.2


def test_export_controls_imposed_on_a_state_are_a_sanction(extract: Extract) -> None:
    events = extract("TOKYO — Japan tightened export controls on chip tools to China on Tuesday.")
    assert [code(e) for e in rooted(events, "16", "17")] == ["163"]


def test_near_miss_export_controls_eased_are_no_sanction(extract: Extract) -> None:
    events = extract("TOKYO — Japan eased export controls on chip tools to India on Tuesday.")
    assert not rooted(events, "16", "17")
