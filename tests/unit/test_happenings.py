"""The merge rule on hand-made reports: what makes two reports one happening, and what not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dashboard.happenings import Report, Spot, cluster, match, outlet_name, wire_groups
from dashboard.happenings.rules import contains
from dashboard.happenings.sources import count_sources
from dashboard.happenings.summary import Witness, numbers, summarise

KYIV = Spot("gn:703448", "Kyiv", "city", 50.4547, 30.5238, "UA", "UA-30", 1)
BROVARY = Spot("gn:711390", "Brovary", "city", 50.511, 30.7909, "UA", "UA-32", 1)  # ~20 km
LVIV = Spot("gn:702550", "Lviv", "city", 49.8383, 24.0232, "UA", "UA-46", 1)
UKRAINE = Spot("cc:UA", "Ukraine", "country", 49.0, 32.0, "UA", None, 3)
HATAY = Spot("a1:TR-31", "Hatay", "admin1", 36.35, 36.07, "TR", "TR-31", 3)
ANTAKYA = Spot("gn:323779", "Antakya", "city", 36.2066, 36.1572, "TR", "TR-31", 1)
GAZIANTEP = Spot("gn:314830", "Gaziantep", "city", 37.0594, 37.3825, "TR", "TR-83", 1)
ALEPPO = Spot("gn:170063", "Aleppo", "city", 36.2021, 37.1343, "SY", "SY-HL", 1)
PYONGYANG = Spot("gn:1871859", "Pyongyang", "city", 39.0339, 125.7543, "KP", "KP-01", 1)
YELLOW_SEA = Spot(
    "rg:yellow-sea", "Yellow Sea", "sea", 35.5, 123.5, None, None, 3, (119.2, 31.5, 126.8, 40.0)
)
DAY = date(2022, 10, 10)


def report(
    n: int,
    place: Spot | None = KYIV,
    day: date = DAY,
    *,
    root: str = "19",
    days: int = 1,
    precision: int = 1,
    countries: tuple[str, ...] = (),
    source: str | None = None,
    article: str | None = None,
) -> Report:
    return Report(
        f"e{n}",
        article or f"a{n}",
        root,
        day,
        day + timedelta(days=days - 1),
        precision,
        place,
        frozenset(),
        frozenset(countries),
        source,
    )


def test_two_reports_of_one_strike_on_one_day_are_one_happening() -> None:
    m = match(report(1, countries=("RU",), source="RU"), report(2, countries=("RU", "UA")))
    assert m is not None
    assert "same day" in m.reason
    assert "same place (Kyiv)" in m.reason
    assert "RU" in m.reason


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (report(1), report(2, day=DAY + timedelta(days=7)), "a week apart"),
        (report(1), report(2, LVIV), "two cities 470 km apart"),
        (report(1), report(2, root="14"), "another root (18 would be one family: rules.FAMILIES)"),
        (report(1), report(2, article="a1"), "one article"),
        (report(1), report(2, None), "no place"),
        (report(1), report(2, days=31, precision=3), "dated to a month"),
        (
            report(1, countries=("KP",), source="KP"),
            report(2, countries=("KR", "US"), source="KR"),
            "other side",
        ),
        (report(1, countries=("RU",)), report(2, countries=("BY",)), "disjoint actor countries"),
    ],
)
def test_near_misses_stay_apart(a: Report, b: Report, why: str) -> None:
    assert match(a, b) is None, why


def test_one_attack_told_by_its_attacker_and_by_whom_it_struck_is_one_happening() -> None:
    # "A Russian missile hit a school" against "A missile struck a Ukrainian school": only one
    # names who acted, so the other's country is whom it struck, no contradiction
    attacker = report(1, countries=("RU",), source="RU")
    struck = report(2, countries=("UA",))
    assert match(attacker, struck) is not None
    # when neither names who acted, two disjoint sets of countries still tell two apart
    assert match(report(1, countries=("RU",)), report(2, countries=("UA",))) is None


def test_places_inside_each_other_or_near_match_and_say_so() -> None:
    assert contains(UKRAINE, KYIV)
    assert contains(HATAY, ANTAKYA)
    assert not contains(HATAY, GAZIANTEP)
    assert contains(YELLOW_SEA, Spot("gn:x", "Jikdo", "landmark", 36.0, 125.9, "KR", None, 1))
    inside = match(report(1, UKRAINE), report(2))
    near = match(report(1), report(2, BROVARY))
    assert inside is not None
    assert "Kyiv is in Ukraine" in inside.reason
    assert near is not None
    assert "km apart" in near.reason
    assert near.score < match(report(1), report(2)).score  # type: ignore[union-attr]


def test_a_disaster_matches_within_one_country_but_not_across_a_border() -> None:
    # EM-DAT counts a disaster once per country: Gaziantep and Antakya, not Aleppo
    assert match(report(1, GAZIANTEP, root="DIS-QUAKE"), report(2, ANTAKYA, root="DIS-QUAKE"))
    assert (
        match(report(1, GAZIANTEP, root="DIS-QUAKE"), report(2, ALEPPO, root="DIS-QUAKE")) is None
    )
    assert match(report(1, GAZIANTEP), report(2, ANTAKYA)) is None  # a strike is not so wide


def test_a_disaster_has_no_sides_so_the_countries_it_struck_never_refuse() -> None:
    # one quake told as striking Turkey by one outlet and Syria by another is one quake;
    # a fight whose reports name disjoint sides is not
    quake_tr = report(1, GAZIANTEP, root="DIS-QUAKE", countries=("TR",), source="TR")
    quake_sy = report(2, GAZIANTEP, root="DIS-QUAKE", countries=("SY",), source="SY")
    assert match(quake_tr, quake_sy) is not None
    assert match(replace(quake_tr, root="19"), replace(quake_sy, root="19")) is None


def test_overnight_reports_a_day_apart_match_but_two_days_do_not() -> None:
    assert match(report(1), report(2, day=DAY + timedelta(days=1))) is not None
    assert match(report(1), report(2, day=DAY + timedelta(days=2))) is None


def test_a_day_may_fall_a_day_outside_a_week_but_two_weeks_must_overlap() -> None:
    week = report(1, day=DAY + timedelta(days=1), days=7, precision=2)  # 11th-17th
    edge = match(report(2), week)  # the 10th: a day before the week
    inside = match(report(3, day=DAY + timedelta(days=2)), week)
    assert edge is not None
    assert inside is not None
    assert edge.score < inside.score
    assert "a day from" in edge.reason
    assert match(report(4, day=DAY - timedelta(days=1)), week) is None  # two days before
    next_week = report(5, day=DAY + timedelta(days=8), days=7, precision=2)  # 18th-24th
    assert match(week, next_week) is None  # two weeks side by side do not overlap


def test_the_drill_and_the_launch_of_one_day_stay_two_happenings() -> None:
    launch = [report(n, PYONGYANG, root="15", countries=("KP",), source="KP") for n in (1, 2)]
    drill = [
        report(
            n,
            Spot("gn:d", "Jikdo", "landmark", 36.0, 125.9, "KR", None, 1),
            root="15",
            countries=("KR", "US"),
            source="KR",
        )
        for n in (3, 4)
    ]
    groups = cluster(launch + drill)
    assert sorted(g.event_ids for g in groups) == [("e1", "e2"), ("e3", "e4")]


def test_a_report_must_match_every_report_of_a_happening_so_days_do_not_chain() -> None:
    days = [report(n, day=DAY + timedelta(days=n)) for n in range(3)]  # the 10th, 11th, 12th
    groups = cluster(days)
    assert [g.event_ids for g in groups] == [("e0", "e1"), ("e2",)]
    assert groups[0].scores[0] == 1.0
    assert "within a day" in groups[0].reasons[1]


def test_a_days_reports_settle_among_themselves_before_reaching_back_a_day() -> None:
    # a magnitude 5.0 foreshock at Antakya on the 10th, the magnitude 6.4 main shock the next
    # day, told by a report that gives its magnitude and one that gives none (and whose id
    # comes first): the one without belongs with its own day's quake, not the foreshock
    fore = replace(report(3, ANTAKYA, root="DIS-QUAKE"), magnitude=5.0)
    vague = report(1, HATAY, DAY + timedelta(days=1), root="DIS-QUAKE")
    main = replace(report(2, ANTAKYA, DAY + timedelta(days=1), root="DIS-QUAKE"), magnitude=6.4)
    assert match(vague, fore) is not None  # alone, it could be the foreshock's report
    groups = cluster([fore, vague, main])
    assert sorted(g.event_ids for g in groups) == [("e1", "e2"), ("e3",)]


def test_a_days_happening_joins_the_day_before_whole_when_all_its_reports_fit() -> None:
    late = report(1)  # "late on Monday"
    overnight = [report(n, day=DAY + timedelta(days=1)) for n in (2, 3)]  # "overnight"
    assert [g.event_ids for g in cluster([late, *overnight])] == [("e1", "e2", "e3")]
    other_side = report(4, day=DAY + timedelta(days=1), countries=("BY",))
    groups = cluster(
        [report(1, countries=("RU",)), report(2, day=DAY + timedelta(days=1)), other_side]
    )
    assert [g.event_ids for g in groups] == [("e1",), ("e2", "e4")]


def test_a_week_dated_report_joins_only_a_clearly_best_happening() -> None:
    apart = [report(1), report(2, day=DAY + timedelta(days=3))]  # two strikes, three days apart
    week = report(3, day=DAY - timedelta(days=1), days=7, precision=2)  # "this week": both fit
    assert [g.event_ids for g in cluster([*apart, week])] == [("e1",), ("e2",), ("e3",)]
    alone = report(4, day=DAY - timedelta(days=20), days=7, precision=2)
    near = report(5, day=DAY - timedelta(days=3), days=7, precision=2)
    assert ("e1", "e5") in [g.event_ids for g in cluster([apart[0], alone, near])]


def test_users_split_and_join_override_the_rule() -> None:
    reports = [report(1), report(2), report(3, LVIV)]
    assert [g.event_ids for g in cluster(reports)] == [("e1", "e2"), ("e3",)]
    assert [g.event_ids for g in cluster(reports, alone=frozenset({"e2"}))] == [
        ("e1",),
        ("e2",),
        ("e3",),
    ]
    joined = cluster(reports, joined=[("e1", "e3")])
    assert [g.event_ids for g in joined] == [("e1", "e2", "e3")]
    assert joined[0].reasons[-1] == "joined by a user"


def test_happening_ids_are_stable_when_a_later_report_joins() -> None:
    first = cluster([report(1), report(2)])[0].id
    assert cluster([report(1), report(2), report(3)])[0].id == first


def test_outlets_are_normalised_and_fall_back_to_the_host() -> None:
    assert outlet_name("The Evening Ledger") == outlet_name("evening  ledger") == "evening ledger"
    assert outlet_name("Harbour News") == "harbour"
    assert outlet_name("", "https://www.ledger.example/a/1") == "ledger.example"


def test_a_wire_text_carried_by_two_outlets_is_one_source() -> None:
    story = (
        "Floodwater cut the coastal road north of the port on Sunday, and the ferry to the "
        "islands was cancelled for the second day as pumps failed in the lower town."
    )
    groups = wire_groups(
        {
            "x": story,
            "y": story + " This story was supplied by a news agency.",
            "z": "A different report of the floods says the road reopened after dark today.",
        }
    )
    assert groups == [("x", "y"), ("z",)]
    assert count_sources(groups, {"x": "agency", "y": "daily", "z": "gazette"}) == 2
    assert (
        count_sources([("x",), ("z",)], {"x": "gazette", "z": "gazette"}) == 1
    )  # one outlet twice


def test_two_articles_with_no_outlet_are_two_sources() -> None:
    # an article with neither a source nor a URL has an outlet no one can name: two such
    # articles with different texts are not one witness (a fresh user's "1 source")
    assert count_sources([("x",), ("z",)], {"x": "", "z": ""}) == 2
    assert count_sources([("x", "y")], {"x": "", "y": ""}) == 1  # wire copy still one


def witness(
    n: int, outlet: str, day: date, place: Spot | None = KYIV, sentence: str = ""
) -> Witness:
    return Witness(
        f"e{n}", f"a{n}", outlet, "t", f"https://x.example/{n}", sentence, day, day, 1, place, ()
    )


def test_the_best_date_is_the_one_most_outlets_give_and_the_other_is_shown_with_its_source() -> (
    None
):
    later = DAY + timedelta(days=1)
    s = summarise([witness(1, "a", DAY), witness(2, "b", DAY), witness(3, "c", later, UKRAINE)])
    assert (s.date_start, s.place and s.place.name) == (DAY, "Kyiv")
    (dates,) = [d for d in s.disagreements if d.field == "date"]
    assert [(r.value, r.outlets) for r in dates.readings] == [
        (str(DAY), ("a", "b")),
        (str(later), ("c",)),
    ]
    assert not [d for d in s.disagreements if d.field == "place"]  # Kyiv is in Ukraine: no clash


def test_counts_that_differ_are_a_disagreement() -> None:
    s = summarise(
        [
            witness(1, "a", DAY, sentence="The strike killed at least 5 people."),
            witness(2, "b", DAY, sentence="Eight people were killed, officials said."),
        ]
    )
    (killed,) = [d for d in s.disagreements if d.field == "numbers: killed"]
    assert [r.value for r in killed.readings] == ["5", "eight"]
    assert numbers("Russia fired 84 cruise missiles and 24 drones.") == {"fired": ["84", "24"]}


def test_lead_actors_disagree_only_when_neither_report_names_the_others_side() -> None:
    def led(n: int, outlet: str, actors: tuple[str, ...], codes: tuple[str, ...]) -> Witness:
        return replace(witness(n, outlet, DAY), actors=actors, countries=codes)

    # the attack told by its attacker and by its defender: two sides of one exchange
    exchange = summarise(
        [
            led(1, "a", ("Iran", "Israel"), ("IR", "IL")),
            led(2, "b", ("Israel", "Iran"), ("IL", "IR")),
        ]
    )
    assert not [d for d in exchange.disagreements if d.field == "actors"]
    # two outlets blaming two different sides
    blame = summarise([led(1, "a", ("Russia",), ("RU",)), led(2, "b", ("Belarus",), ("BY",))])
    (actors,) = [d for d in blame.disagreements if d.field == "actors"]
    assert [r.value for r in actors.readings] == ["Russia", "Belarus"]


def test_a_wire_copy_backs_a_reading_once() -> None:
    later = DAY + timedelta(days=1)
    ws = [
        witness(1, "agency", DAY),
        witness(2, "daily", DAY),
        witness(3, "a", later),
        witness(4, "b", later),
    ]
    assert summarise(ws).date_start == DAY  # two outlets each: the earlier wins the tie
    # 1 and 2 are one wire text: the later date has two sources, the earlier one
    assert summarise(ws, {"a1": "agency", "a2": "agency"}).date_start == later
