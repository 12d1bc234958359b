"""Classes of happenings the reader missed or miscoded (issue 16), each a general rule from
CAMEO 1.1b3, ACE 2005 or ACLED's definitions, tried on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.attribution import attributions
from dashboard.events.cameo import triggers
from dashboard.events.extract import EventExtractor
from dashboard.events.hazards import hazard_triggers
from dashboard.events.tokens import tokenize
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2024-06-04": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def codes(events: list[Event]) -> list[str | None]:
    return [e.event_code or e.event_type.code for e in events]


def place(ev: Event) -> str | None:
    return ev.location.place.name if ev.location and ev.location.place else None


# ---------------------------------------------------------------- weapons fired at a target


@pytest.mark.parametrize(
    "body",
    [
        "Militants fired Syrian-made rockets at a border post on Monday.",
        "Militants fired rockets made by Syria at a border post on Monday.",
        "Militants launched drones built in Syria at a border post on Monday.",
    ],
)
def test_a_weapon_fired_at_a_target_is_an_air_attack_whoever_made_it(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    # CAMEO 1.1b3 §195: missiles fired at a target; the maker's words are no verb of the clause
    assert codes(extract(body)) == ["195"]


def test_a_participle_after_a_name_is_an_adjective_not_a_verb() -> None:
    made, led = tokenize("Syrian-made Saudi-led")
    assert not made.tags
    assert not led.tags
    (fired,) = tokenize("test-fired")
    assert "VBD" in fired.tags  # a verb prefix keeps the verb


# ---------------------------------------------------------------- air defence, ramming, jets


@pytest.mark.parametrize(
    "sentence",
    [
        "Air defences shot down four drones over the port.",
        "Four drones were shot down over the port.",
        "Most of the rockets were intercepted above the city.",
    ],
)
def test_shooting_down_drones_is_military_force_in_either_voice(sentence: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == ["190"]


def test_ramming_a_vessel_is_an_assault(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("A navy cutter rammed a fishing boat near the reef on Monday.")
    assert ev.event_code == "180"


def test_scrambling_jets_is_a_raised_alert_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Finland scrambled fighter jets on Monday after an airspace violation.")
    assert ev.event_code == "152"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Commandos boarded the freighter from a helicopter on Monday.", "171"),
        ("Passengers boarded the ferry on Monday.", None),
        ("Thousands of teachers stopped work on Monday.", "143"),
        ("The firm stopped work on the new bridge on Monday.", None),
        ("Dock workers stood on picket lines outside the port on Monday.", "143"),
        ("The mayor was held by soldiers at the town hall on Monday.", "173"),
    ],
)
def test_seizures_strikes_and_captivity_told_by_their_usual_phrases(
    extract, body: str, code
) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_code for e in extract(body)][:1] == ([code] if code else [])


def test_a_launch_called_a_test_launch_is_a_weapons_test() -> None:
    assert [t.full for t in triggers("The general watched the test launch of a rocket.")] == ["150"]


# ---------------------------------------------------------------- hazards


@pytest.mark.parametrize(
    "sentence",
    [
        "A foreshock rattled the east coast on Monday.",
        "Aftershocks continued to rattle the valley overnight.",
        "A shallow quake rocks the island's capital.",
        "Villagers were shaken awake on Monday by an earthquake offshore.",
        "Aid reached towns hit hardest by the earthquake of 12 March.",
    ],
)
def test_a_quake_that_rattled_or_shook_or_is_dated_by_of_is_a_quake(sentence: str) -> None:
    assert [t.code for t in hazard_triggers(sentence)] == ["DIS-QUAKE"]


# ---------------------------------------------------------------- who is cited


@pytest.mark.parametrize(
    "body",
    [
        "Rebels fired a missile at a cargo ship on Monday, a Norwegian shipping agency said.",
        "According to a Norwegian shipping agency, rebels fired a missile at a cargo ship on Monday.",
    ],
)
def test_who_the_sentence_cites_is_neither_side(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(body)
    assert "NO" not in (ev.roles.source_country, ev.roles.target_country)
    assert (
        ev.location is None or ev.location.place is None or ev.location.place.country_code != "NO"
    )


def test_attribution_spans_cover_the_cited_body_only() -> None:
    s = "Troops shelled the town, the Estonian ministry said on Monday."
    ((a, b),) = attributions(s, 0)
    assert s[a:b].startswith(", the Estonian")
    assert s[:a] == "Troops shelled the town"


def test_an_attack_a_country_reports_on_itself_is_there(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Russia launched 30 drones at the country overnight, Ukraine's air force said.")
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == "UA"


# ---------------------------------------------------------------- where


@pytest.mark.parametrize(
    ("body", "code", "kind"),
    [
        # the gazetteer knows the region: the region, not its country or the dateline
        (
            "MOSCOW, June 3 (Wire) - Ukraine launched drones at a depot in Russia's Samara "
            "region on Sunday.",
            "RU",
            "admin1",
        ),
        # it does not: the owning country, still not the dateline's city
        (
            "MOSCOW, June 3 (Wire) - Ukraine launched drones at a depot in Russia's Zlatogorsk "
            "region on Sunday.",
            "RU",
            "country",
        ),
    ],
)
def test_a_region_of_a_possessive_country_places_the_attack(
    extract, body: str, code: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(body)
    assert ev.location is not None
    assert ev.location.place is not None
    assert (ev.location.place.country_code, ev.location.place.kind) == (code, kind)


def test_what_an_attack_hit_is_where_it_happened(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("WARSAW — Russian missiles hit Lviv on Sunday.")
    assert place(ev) == "Lviv"


def test_the_summary_leaves_the_dateline_out(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "MOSCOW, June 3 (Wire) - Ukrainian drones attacked a depot in Russia on Sunday."
    )
    assert ev.summary.startswith("Ukrainian drones attacked")
    (ev,) = extract("KYIV (AP) — Russian drones attacked a depot near Odesa on Sunday.")
    assert ev.summary.startswith("Russian drones attacked")


# ---------------------------------------------------------------- when


def test_a_day_after_an_event_dates_it_from_a_main_clause_with_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "The freighter lay at anchor on Saturday, a day after commandos boarded it at sea."
    )
    assert ev.event_code == "171"
    assert ev.when.start == ev.when.end == date(2024, 5, 31)


# ---------------------------------------------------------------- what did not happen


@pytest.mark.parametrize(
    ("body", "flag"),
    [
        ("Portugal has not fought a war since 1975.", "negated"),
        ("Officials said militants could attack the pipeline within days.", "hypothetical"),
    ],
)
def test_a_negated_or_speculated_act_is_flagged_not_reported(extract, body: str, flag: str) -> None:  # type: ignore[no-untyped-def]
    for ev in extract(body):
        assert flag in ev.flags


def test_an_act_denied_by_a_gerund_is_the_denial_not_the_act(extract) -> None:  # type: ignore[no-untyped-def]
    # CAMEO 1.1b3 §016 deny responsibility, as "denied that it had fired": the denial is the
    # event, and the firing is reported as no happening
    events = extract("The navy denied firing on the trawler on Monday.")
    assert [e.event_code for e in events] == ["016"]


@pytest.mark.parametrize(
    "body",
    [
        "The militia threatened to shell the port on Monday.",
        "The general said his forces would retaliate against any incursion.",
    ],
)
def test_a_threat_to_strike_is_a_threat_not_a_strike(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert [(e.event_code or "")[:2] for e in extract(body)] == ["13"]


# ---------------------------------------------------------------- weapons named like hazards


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Tornado jets struck an arms depot in the desert on Monday.", "19"),
        ("The navy fired Storm Shadow missiles at a radar site on Monday.", "19"),
        ("Typhoon Lan hit the coast of Honshu on Monday.", "DIS-STORM"),
    ],
)
def test_a_weapon_named_after_a_hazard_is_a_weapon(extract, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.event_type.code for e in extract(body)] == [code]


def test_a_weapon_name_is_no_hazard_trigger() -> None:
    assert hazard_triggers("Typhoon jets hit the runway on Monday.") == []


# ---------------------------------------------------------------- what an event answered


def test_the_place_of_what_an_attack_answered_is_not_its_place(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Its rocket attack on Israel on Monday was a response to the raid on its office in Amman."
    )
    assert all(place(e) != "Amman" for e in events)


def test_an_interception_is_where_the_defender_is(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Poland shot down two of the drones that Russia launched on Monday.")
    (ev,) = [e for e in events if e.event_code == "190"]
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == "PL"


# ---------------------------------------------------------------- acts told as objects or agents


def test_a_condemned_riot_dated_in_its_own_phrase_is_a_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Diplomats condemned the riot in Lima's centre on 3 June, when crowds burned cars.",
        "2024-06-05",
    )
    (riot,) = [e for e in events if e.event_type.code == "14"]
    assert riot.when.start == riot.when.end == date(2024, 6, 3)


def test_a_condemnation_alone_makes_no_second_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The envoy condemned the decision in a statement on Monday.")
    assert [e.event_type.code for e in events] == ["11"]


def test_what_will_be_done_to_rioters_is_no_riot(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("The president said the rioters would be punished.") == []


def test_a_bare_date_after_a_condemned_act_dates_the_condemnation(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The envoy condemned the invasion on Friday.")
    assert [e.event_type.code for e in events] == ["11"]


# ---------------------------------------------------------------- ships seized, regions listed


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The freighter was stopped and boarded by naval forces near the cape.", "171"),
        ("The guards took control of the Aurora, a Maltese-flagged tanker, near the cape.", "171"),
        ("The rebels took control of the town hall near the cape.", "192"),
    ],
)
def test_a_vessel_boarded_or_taken_over_is_seized_property(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]


def test_one_happening_across_listed_regions_is_in_their_country(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Teachers in Bavaria, Saxony and Hesse went on strike on Monday.")
    assert ev.location is not None
    assert ev.location.place is not None
    assert (ev.location.place.kind, ev.location.place.country_code) == ("country", "DE")


def test_a_region_named_apart_from_the_list_keeps_its_own_place(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Teachers went on strike in Bavaria on Monday.")
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.kind == "admin1"


# ---------------------------------------------------------------- permitting others to act


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("The mayor allowed the union to march through the old town.", "08"),
        ("Chile will allow thousands of exiles to return next year.", "03"),
        ("The council refused to permit the veterans to parade.", "12"),
    ],
)
def test_allowing_others_to_act_is_yielding(sentence: str, root: str) -> None:
    # CAMEO 1.1b3 §083: a permission granted accedes; promised, it is an intent (§03); refused,
    # a rejection (§12); never the act permitted (a march is no protest of the mayor's)
    assert [(t.full or "")[:2] for t in triggers(sentence)][:1] == [root]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Greek and Cypriot frigates held a joint drill off Crete.", "062"),
        ("Greek and Cypriot frigates held a joint drill in response to the incursion.", "150"),
    ],
)
def test_a_joint_drill_answering_an_adversary_is_a_show_of_force(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("The league sent six referees to the capital on Friday to investigate the riot.", "09"),
        ("The army sent troops to the border on Friday.", "15"),
    ],
)
def test_people_sent_to_investigate_are_an_investigation(sentence: str, root: str) -> None:
    assert [(t.full or "")[:2] for t in triggers(sentence)][:1] == [root]


@pytest.mark.parametrize(
    "body",
    [
        "US warships held drills off Hokkaido on Monday.",
        "US warships held drills in Hokkaido on Monday.",
    ],
)
def test_a_country_before_its_weapons_names_their_owner_not_the_place(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(body)
    assert place(ev) == "Hokkaido"
