"""The reader rules the lead added in stop 41 for the place and header faults a fresh user
(newuser19) found, each with sentences written for these tests (none from an evaluation set)
and a near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def one(events: list[Event], root: str) -> Event:
    found = rooted(events, root)
    assert len(found) == 1, [(e.event_code, e.summary) for e in events]
    return found[0]


# ---------------------------------------------------------------- the attacker's own country


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "BAMAKO — Malian army drones struck a rebel convoy in northern Mali on Tuesday.",
            "ML",
        ),
        (
            "ABUJA — Nigerian troops killed dozens of militants across Nigeria on Monday.",
            "NG",
        ),
    ],
)
def test_the_attackers_own_country_named_after_in_is_the_place(
    extract: Extract, body: str, country: str
) -> None:
    e = one(extract(body), "19")
    assert where(e)[1] == country
    assert e.location is not None
    assert e.location.place.kind == "country"
    assert e.location_reason.startswith("most specific place")


def test_near_miss_a_country_as_the_attacking_side_is_still_not_the_place(
    extract: Extract,
) -> None:
    # "Ukraine launched drones at Russia": the subject is a side, and force landed in Russia
    e = one(extract("KYIV — Ukraine launched drones at Russia on Tuesday."), "19")
    assert where(e)[1] != "UA"


# ---------------------------------------------------------------- a place the gazetteer lacks


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # invented names: the gazetteer holds none of them
        ("NAIROBI — Police arrested twelve herders in the Lokwabar region on Tuesday.", "KE"),
        ("DAKAR — Gunmen attacked the village of Ndiorkoulé Baye on Monday.", "SN"),
        ("LIMA — Soldiers raided the Qhapaqtambo camp on Wednesday.", "PE"),
    ],
)
def test_an_unfound_place_named_by_its_kind_gives_the_datelines_country(
    extract: Extract, body: str, country: str
) -> None:
    events = extract(body)
    assert events
    for e in events:
        assert e.location is not None, e.summary
        assert e.location.place.kind == "country"
        assert e.location.place.country_code == country
        assert "not in the gazetteer" in e.location_reason


def test_the_town_told_again_refers_back_to_the_unfound_town(extract: Extract) -> None:
    events = extract(
        "DAKAR — Soldiers recaptured the town of Ndiorkoulé Baye on Monday. Jets had bombed "
        "rebel bases near the town on Sunday."
    )
    assert len(events) == 2
    assert all(e.location and e.location.place.kind == "country" for e in events)


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # the dateline stays when the sentence names no place of its own: an arrest under a
        # capital's dateline as its country (``dateline_acts``: a field act, not at the seat)
        ("NAIROBI — Police arrested twelve herders on Tuesday.", "Kenya"),
        # a found place named by its kind is that place, as before
        ("NAIROBI — Police arrested twelve herders in the town of Eldoret on Tuesday.", "Eldoret"),
        # an unfound place that is the topic, not where the act was
        (
            "NAIROBI — The two presidents agreed on Tuesday to end their quarrel over the "
            "Lokwabar region.",
            "Nairobi",
        ),
    ],
)
def test_near_miss_no_unfound_place_keeps_the_place_as_before(
    extract: Extract, body: str, city: str
) -> None:
    events = extract(body)
    assert events
    assert where(events[0])[0] == city


# ---------------------------------------------------------------- the neighbour across a border


def test_a_country_across_a_border_is_neither_target_nor_place(extract: Extract) -> None:
    e = one(
        extract(
            "BAMAKO — The army said its helicopters struck the gunmen as they fled toward the "
            "border with Niger."
        ),
        "19",
    )
    assert e.roles.target_country != "NE"
    assert where(e)[1] != "NE"


def test_near_miss_a_country_struck_across_a_border_is_the_target(extract: Extract) -> None:
    e = one(extract("BAMAKO — Malian jets struck Niger on Tuesday."), "19")
    assert e.roles.target_country == "NE"


# ---------------------------------------------------------------- threatened peace


@pytest.mark.parametrize(
    "body",
    [
        "CARACAS — The foreign minister said the blockade threatened regional stability.",
        "MANILA — The senator said the dispute threatened peace in the region.",
    ],
)
def test_a_good_put_at_risk_is_no_threat(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "13")


def test_near_miss_a_threat_of_an_act_stays_a_threat(extract: Extract) -> None:
    events = extract("CARACAS — Venezuela threatened to seize the disputed oil fields on Monday.")
    assert rooted(events, "13")


# ---------------------------------------------------------------- a header date of no day


BODY = "Troops clashed with rebels near Gao on 3 May 2026."


@pytest.mark.parametrize(
    "header",
    [
        "Headline\ndate 2026-13-45",
        "Headline\nDate: 31/31/2026",
        "Headline\nPublished: June 45, 2026",
    ],
)
def test_a_header_date_of_no_calendar_day_is_named(header: str) -> None:
    a = parse_article(f"{header}\n{BODY}\n", path="t.txt")
    assert a.published is None
    assert {"header_date_invalid", "no_publication_date"} <= set(a.flags)
    assert a.text.strip().startswith("Troops")


@pytest.mark.parametrize(
    "header", ["Headline\ndate 2026-05-04", "Headline\nPublished: June 4, 2026"]
)
def test_near_miss_a_real_header_date_is_read_and_not_flagged(header: str) -> None:
    a = parse_article(f"{header}\n{BODY}\n", path="t.txt")
    assert a.published is not None
    assert "header_date_invalid" not in a.flags


# ---------------------------------------------------------------- a "within" deadline


def test_a_within_span_closing_an_infinitive_is_the_deadline_not_the_orders_date(
    extract: Extract,
) -> None:
    events = extract(
        "NIAMEY — The junta ordered the Belgian ambassador to leave the country within 72 "
        "hours on Tuesday."
    )
    e = one(events, "16")
    assert (str(e.when.start), str(e.when.end), e.when.precision) == (
        "2026-06-16",
        "2026-06-16",
        1,
    )


def test_near_miss_a_within_span_of_the_act_itself_dates_it(extract: Extract) -> None:
    # no infinitive: the span is the act's own time, as before
    events = extract("NIAMEY — The rebels withdrew from the town within 72 hours.")
    assert events
    assert events[0].when.text == "within 72 hours"


# ---------------------------------------------------------------- a date in a relative aside


def test_a_date_in_a_relative_aside_before_the_verb_is_not_the_verbs(extract: Extract) -> None:
    events = extract(
        "OUAGADOUGOU — The military council, which seized power in September 2022, accused "
        "Abidjan of sheltering its opponents."
    )
    e = one(events, "11")
    assert e.when.start.year == 2026
    assert "date_inferred" in e.flags


def test_near_miss_a_date_after_the_verb_still_dates_it(extract: Extract) -> None:
    events = extract(
        "OUAGADOUGOU — The military council accused Abidjan in September 2022 of sheltering "
        "its opponents."
    )
    e = one(events, "11")
    assert (e.when.start.year, e.when.start.month) == (2022, 9)


# ---------------------------------------------------------------- newuser20's follow-ups


def test_unfound_villages_raided_give_the_datelines_country(extract: Extract) -> None:
    events = extract(
        "DAKAR — Gunmen killed nine herders in raids on the villages of Ndiorkoulé Baye and "
        "Thiéwal Dabo on Monday."
    )
    e = one(events, "18")
    assert e.location is not None
    assert (e.location.place.kind, e.location.place.country_code) == ("country", "SN")


def test_a_vow_to_respond_in_kind_is_a_threat(extract: Extract) -> None:
    events = extract(
        "VILNIUS — Lithuania expelled a Belarusian diplomat on Monday. Minsk vowed to respond "
        "in kind."
    )
    assert rooted(events, "13")
    assert not rooted(events, "03")


def test_near_miss_a_vow_to_respond_to_a_crisis_with_aid_is_no_threat(extract: Extract) -> None:
    events = extract("VILNIUS — The government vowed to respond to the floods with emergency aid.")
    assert not rooted(events, "13")


def test_hours_given_to_a_diplomat_to_leave_are_the_expulsions_terms(extract: Extract) -> None:
    events = extract(
        "VILNIUS — Lithuania expelled a Belarusian diplomat on Monday. The foreign ministry "
        "gave the envoy 48 hours to leave the country."
    )
    assert len(rooted(events, "16")) == 1
    assert not rooted(events, "13")


def test_near_miss_hours_given_to_a_state_stay_an_ultimatum(extract: Extract) -> None:
    events = extract(
        "VILNIUS — Lithuania gave Belarus 48 hours to withdraw its troops from the border."
    )
    assert rooted(events, "139")


def test_saying_an_act_was_baseless_judges_it_and_does_not_redo_it(extract: Extract) -> None:
    events = extract(
        "VILNIUS — Lithuania expelled a Belarusian diplomat on Monday. Belarus's foreign "
        "ministry said the expulsion was unjustified."
    )
    assert len(rooted(events, "16")) == 1
    assert not rooted(events, "17")
    judged = rooted(events, "111")
    assert len(judged) == 1
    assert judged[0].roles.source_country == "BY"


def test_near_miss_saying_talks_were_useful_is_no_criticism(extract: Extract) -> None:
    events = extract("VILNIUS — The foreign ministry said the talks were useful.")
    assert not rooted(events, "11")
