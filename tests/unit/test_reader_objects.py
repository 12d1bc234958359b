"""Verbs that govern by their object, acts named by who does them or by what is sent, and
places of sides named by their body or of troops that moved: classes found by reading
composed news sentences, each tried here on sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.cameo import triggers
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-04\n{body}", path="t"))


def _one(events: list[Event]) -> Event:
    (ev,) = events
    return ev


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # "recall" and "tell" are reporting verbs too, but with their object named they act
        ("Lithuania recalled its envoy from Minsk on Monday.", "161"),
        ("Peru recalled its ambassador to Mexico for consultations.", "161"),
        ("The government told the monitors to leave the country.", "166"),
        # a strike named by who strikes is a labour strike, not an air strike
        ("A strike by bus drivers in Lyon shut the network on Monday.", "143"),
        # weapons named by their system
        ("Norway delivered air defense systems to Kyiv in May.", "072"),
        ("Spain sent more howitzers to the front.", "072"),
    ],
)
def test_the_act_is_coded(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister recalled that the border had been closed for years.",
        "She recalled how the army entered the town.",
        "A strike by Russian bombers hit the depot.",
    ],
)
def test_what_stays_as_it_was(sentence: str) -> None:
    codes = [t.full for t in triggers(sentence)]
    assert "161" not in codes
    assert "143" not in codes


def test_a_side_named_only_by_its_body_is_placed_in_its_country(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract("The Pentagon rejected the report's findings on Monday."))
    assert ev.location is not None
    assert ev.location.place is not None
    assert (ev.location.place.kind, ev.location.place.country_code) == ("country", "US")
    assert ev.location.text == "Pentagon"


@pytest.mark.parametrize(
    ("body", "country", "code"),
    [
        # ground forces crossing into another's territory make an incursion (cameo89: §190)
        ("Sudanese troops crossed into Chad on Monday.", "TD", "190"),
        ("Rwanda said that its soldiers moved into Burundi on Monday.", "BI", "154"),
    ],
)
def test_troops_that_moved_into_a_country_are_there(
    extract, body: str, country: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.event_code == code
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == country


def test_a_denied_move_is_a_denial(extract) -> None:  # type: ignore[no-untyped-def]
    # CAMEO 1.1b3 §016: the denial is what happened; the move it denies is not told as done
    ev = _one(extract("Rwanda denied that its soldiers moved into Burundi on Monday."))
    assert ev.event_code == "016"
    assert ev.roles.source_country == "RW"


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("Coastal batteries sank a patrol boat near the harbour.", ["190"]),
        ("The old trawler sank off the cape in a storm.", []),
        ("Markets sank after the central bank's decision.", []),
    ],
)
def test_a_ship_sunk_by_force_is_an_attack_and_a_ship_that_sank_is_not(
    sentence: str, codes: list[str]
) -> None:
    assert [t.full for t in triggers(sentence) if t.weight > 1] == codes


def test_a_fronted_days_after_phrase_keeps_the_event_that_follows_it(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract("Three days after the vote, protesters clashed with police in Lusaka."))
    assert ev.event_code == "145"
    assert ev.location is not None
    assert ev.location.text == "Lusaka"
    assert "date_inferred" in ev.flags  # dated from a noun the reader has no date for


@pytest.mark.parametrize(
    "body",
    [
        "The cabinet is considering closing the crossing at Rafah.",
        "Officials weighed whether to impose a curfew in Kano on Monday.",
    ],
)
def test_an_act_under_consideration_has_not_happened(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "hypothetical" in _one(extract(body)).flags


def test_a_missile_fired_from_a_place_is_coded_to_its_launch_site(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract("Pakistan test-fired a ballistic missile from Sindh on Monday."))
    assert ev.event_code == "150"
    assert ev.location is not None
    assert ev.location.text == "Sindh"


def test_a_drill_of_two_named_parties_is_military_cooperation() -> None:
    (first, *_) = triggers("Japan and the United States began joint naval drills on Monday.")
    assert first.full == "062"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # said to or about a country: it is a party, not where it was said
        ("ANKARA — Turkey's president accused Sweden of harbouring militants on Monday.", "TR"),
        ("KHARTOUM — The militia blamed Egypt for the air strike on Monday.", "SD"),
        # a visit is where the host is
        ("Hungary's prime minister visited China on Monday.", "CN"),
    ],
)
def test_a_country_spoken_to_or_of_is_no_place_of_the_statement(
    extract, body: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    # the statement or visit itself (a harm it blames is a card of its own: cameo84)
    ev = _one([e for e in extract(body) if e.event_type.code in ("04", "11")])
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == where


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Italy sent rescue teams to the quake zone.", "073"),
        ("Norway dispatched a medical team to Gaza.", "073"),
        ("The bloc mobilised emergency aid for the flood victims.", "073"),
        ("Belarus mobilised reservists on Friday.", "154"),
    ],
)
def test_rescuers_and_aid_sent_are_aid_not_forces(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy deployed troops to Niger.",
        "Sicily sent firefighters to Greece.",
        "Kelly accused the council of lying.",
    ],
)
def test_a_name_ending_in_ly_is_a_subject_not_an_adverb(sentence: str) -> None:
    assert [t.full for t in triggers(sentence) if t.weight > 1]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a second act joined by "and" has its own place
        (
            "Kenya's president declared a curfew in four counties on Monday and visited "
            "Mombasa on Tuesday.",
            "KE",
        ),
        # the same happening told on keeps the place named after "and"
        ("Rebels shelled the town on Monday and killed twelve people in Beni.", "Beni"),
    ],
)
def test_a_second_verb_phrase_of_another_kind_keeps_its_place(
    extract, body: str, where: str
) -> None:  # type: ignore[no-untyped-def]
    ev = extract(body)[0]
    assert ev.location is not None
    assert ev.location.place is not None
    assert where in (ev.location.place.country_code, ev.location.text)
    assert ev.location.text != "Mombasa"


def test_a_happening_named_as_what_another_act_caused_takes_not_its_date(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Miners marched in Potosi on 3 June. The court on Sunday annulled the decree that "
        "sparked the protests."
    )
    assert [(e.event_code, e.when.start.isoformat()) for e in events] == [("141", "2024-06-03")]
    assert "date_conflict" not in events[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The exercise off Busan would not take place.",
        "The planned talks in Oslo did not go ahead.",
    ],
)
def test_a_happening_said_not_to_take_place_is_negated(sentence: str) -> None:
    (first, *_) = [t for t in triggers(sentence) if t.weight > 1]
    assert "negated" in first.flags


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Pirates boarded a freighter off the Somali coast on Monday.", "SO"),
        ("A drone struck a tanker off the Libyan coast on Monday.", "LY"),
    ],
)
def test_a_coast_named_by_its_country_adjective_places_the_event(
    extract, body: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.country_code == country


def test_two_joined_days_date_one_happening_over_both(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract("Drones struck depots near Kherson on Sunday and Monday."))
    assert (ev.when.start.isoformat(), ev.when.end.isoformat(), ev.when.precision) == (
        "2024-06-02",
        "2024-06-03",
        2,
    )


def test_the_date_of_the_events_own_part_of_the_sentence_dates_it(extract) -> None:  # type: ignore[no-untyped-def]
    # each joined clause is its own act (clauses49): the shelling on Friday, the talks Monday
    events = extract("Talks were held in Doha on Monday, and rebels shelled Goma on Friday.")
    (ev,) = [e for e in events if (e.event_code or "")[:2] == "19"]
    assert ev.when.start.isoformat() == "2024-05-31"
    assert all(e.when.start.isoformat() != "2024-05-31" for e in events if e is not ev)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a past form the lemma lexicon lacks is still a verb, with its stem
        ("Protesters torched the consulate in Basra on Friday.", "145"),
        ("The government ordered the Swedish ambassador to leave within a day.", "166"),
    ],
)
def test_a_crowd_burning_an_embassy_and_an_envoy_told_to_leave(sentence: str, code: str) -> None:
    assert [t.full for t in triggers(sentence)][:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # what a charge is for is its content, not a second happening dated by the charge
        ("Prosecutors charged a driver on Monday with attacking two nurses.", ["17"]),
        ("The army accused the rebels of shelling the camp.", ["11"]),
        # a consequence of an attack stays the attack's
        ("Gunmen attacked the convoy, killing five.", ["18"]),
    ],
)
def test_what_a_charge_is_for_is_no_event_of_its_own(sentence: str, codes: list[str]) -> None:
    assert [t.code for t in triggers(sentence) if t.weight > 1] == codes


@pytest.mark.parametrize(
    "body",
    [
        "A blast tore through a fertiliser plant near Rouen on Monday.",
        "A gas explosion flattened a block of flats in Lagos on Monday.",
    ],
)
def test_an_explosion_at_a_plant_or_of_gas_is_an_accident_not_a_bombing(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.event_type.code == "DIS-INDUSTRIAL"


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # an event noun that only modifies another noun names no event
        ("Poland ordered 250 new battle tanks on Monday.", []),
        # sending it is a deployment (CAMEO 1.1b3 §154), never a strike (195)
        ("The navy sent a strike group to the region.", ["154"]),
        # a state's accusation keeps the act it names
        ("Vietnam accused Chinese boats of ramming its trawler on Monday.", ["112", "180"]),
    ],
)
def test_modifiers_and_accusations(sentence: str, codes: list[str]) -> None:
    assert [t.full for t in triggers(sentence) if t.weight > 1] == codes


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Libya's warring factions met in Geneva.", ["044"]),
        ("The rally was called off on Friday.", ["141"]),
    ],
)
def test_a_participle_is_no_war_and_a_called_off_rally_is_negated(
    sentence: str, want: list[str]
) -> None:
    found = [t for t in triggers(sentence) if t.weight > 1]
    assert [t.full for t in found] == want
    assert ("called off" in sentence) == ("negated" in found[0].flags)
