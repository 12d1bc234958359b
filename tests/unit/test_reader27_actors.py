"""reader27 (stop 39): who the sides of an event are, and how the CSV export names them.

- Who opens a sentence by telling of a natural hazard ("The UN said a storm ...") reports
  it: a disaster has no doer, so the speaker is no actor of it.
- Whom a report is told to is no side of it with "that" left out after the telling's day
  ("told Britain on Tuesday rebels shelled ..."), as with "told Britain that".
- The CSV's ``actor1``/``actor2`` are CAMEO's source and target where the reader found them
  (GDELT's Actor1 and Actor2), never the target as ``actor1``.
- Who a "since" clause with its own verb names ("since the Kremlin ordered ...") is that
  earlier act's doer, not a side of the main act.
- A demonym right before an act's noun ("in the Iranian attack") is its agent, and the
  ones "harmed in" it its victims.

Every sentence here was written for these tests; near misses are paired with each rule."""

from __future__ import annotations

import json

import pytest

from dashboard.contract import event_record
from dashboard.events.attribution import told_to
from dashboard.export_csv import CSV_COLUMNS, csv_cells, csv_row
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_speaker_telling_of_a_storm_is_no_actor_of_it(extract: Extract) -> None:
    events = extract(
        "The World Health Organization said on Monday a typhoon flattened two hundred "
        "houses in the north of Luzon."
    )
    storms = [e for e in events if e.event_type.code.startswith("DIS-")]
    assert storms
    assert "World Health Organization" not in storms[0].actors
    # near miss: a speaker telling of its own act is that act's source
    own = extract("The World Health Organization said on Monday it sent medicines to Luzon.")
    assert any("World Health Organization" in e.actors for e in own)


def test_an_addressee_told_on_a_day_without_that_is_no_side(extract: Extract) -> None:
    events = extract(
        "Georgian officials told Britain on Monday Russian troops shelled a village near Gori."
    )
    fights = real(events, "19")
    assert fights
    assert "United Kingdom" not in fights[0].actors
    # near miss: a preposition after the day keeps the name in the telling's own phrase
    assert not told_to("Officials told Britain on Monday of shelling near Gori.", 15, 22)
    assert told_to("Officials told Britain on Monday troops shelled Gori.", 15, 22)


def test_a_since_clause_with_its_own_verb_names_no_side(extract: Extract) -> None:
    events = extract(
        "NATO has moved 3,000 soldiers to Estonia since the Kremlin ordered the offensive in 2023."
    )
    assert events
    assert events[0].roles.source == "NATO"
    assert "Kremlin" not in events[0].actors
    # near miss: a name the main act itself takes stays its side
    kept = extract("NATO moved 3,000 soldiers to Estonia on Monday to deter the Kremlin.")
    assert kept
    assert kept[0].roles.source == "NATO"


def test_a_demonym_before_an_attack_noun_is_its_agent(extract: Extract) -> None:
    events = extract(
        "No Americans were harmed in the Iranian attack on the air base near Erbil on Monday."
    )
    fights = real(events, "19")
    assert fights
    assert fights[0].roles.source == "Iran"
    assert fights[0].roles.target == "United States"
    # near miss: a demonym before a place noun is where, never who
    place = extract("No Americans were harmed in the attack on the Iraqi base on Monday.")
    assert all(e.roles.source != "Iraq" for e in place)


def _row(ev: Event) -> dict[str, object]:
    record = event_record(ev)
    return {
        "id": ev.id,
        "reference_date": ev.when.start,
        "time_precision": ev.when.precision,
        "event_name": ev.event_type.name,
        "actors": json.dumps(list(ev.actors)),
        "location_kind": None,
        "location_name": None,
        "location_country": None,
        "summary": ev.summary,
        "evidence": json.dumps([record["evidence"]]),
        "date_start": ev.when.start,
        "date_end": ev.when.end,
        "event_code": ev.event_type.code,
        "flags": json.dumps(list(ev.flags)),
        "detail": json.dumps(record),
    }


def test_csv_actor_columns_follow_source_and_target(extract: Extract) -> None:
    events = extract(
        "Two Americans were hurt in the Iranian attack on a base near Erbil on Monday."
    )
    fights = real(events, "19")
    assert fights
    row = _row(fights[0])
    at = CSV_COLUMNS.index("actor1")
    cells = csv_cells(row)
    assert (csv_row(row)["actor1"], csv_row(row)["actor2"]) == ("Iran", "United States")
    assert cells[at : at + 2] == ["Iran", "United States"]


def test_csv_never_puts_a_lone_target_in_actor1(extract: Extract) -> None:
    events = extract("Police detained four Canadian tourists in Hanoi on Monday.")
    detained = real(events, "17")
    assert detained
    assert detained[0].roles.target == "Canada"
    assert detained[0].roles.source is None
    row = _row(detained[0])
    assert (csv_row(row)["actor1"], csv_row(row)["actor2"]) == ("", "Canada")
    # near miss: a record without roles keeps the listed order
    old = dict(row, detail=json.dumps({"event_code": "173"}), actors='["Canada", "Vietnam"]')
    assert (csv_row(old)["actor1"], csv_row(old)["actor2"]) == ("Canada", "Vietnam")
    assert CSV_COLUMNS[4:6] == ["actor1", "actor2"]


def test_a_body_of_a_many_word_organisation_is_not_placed_at_the_dateline(
    extract: Extract,
) -> None:
    events = extract("LUSAKA — The African Union Commission held an emergency meeting on Sunday.")
    meetings = real(events, "04")
    assert meetings
    assert meetings[0].location is None or meetings[0].location.text != "LUSAKA"
    # the programme's own name is an actor like its initials
    named = extract("The World Food Programme appealed on Sunday for aid to Malawi.")
    assert any("World Food Programme" in e.actors for e in named)


def test_both_co_brokers_of_a_deal_are_listed(extract: Extract) -> None:
    events = extract(
        "Chad and Sudan signed a border accord on Friday, brokered by Qatar and the African Union."
    )
    deals = real(events, "05", "03", "04")
    assert deals
    assert {"Qatar", "African Union"} <= set(deals[0].actors)


def test_an_onlooker_is_no_target_of_joint_drills(extract: Extract) -> None:
    events = extract(
        "Egyptian and Greek warships held joint drills off Crete on Thursday as Turkey watched."
    )
    drills = real(events, "06", "04")
    assert drills
    assert drills[0].roles.target != "Turkey"
