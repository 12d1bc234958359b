"""Date faults a fresh user found (dates49), each rule with sentences written for these tests
and near misses that keep their reading: a threat of the speaker's own state named by its
name or capital ("said Pyongyang would strike") was a planned act dated ahead, not its
telling; a weekday in what a past saying on a day told of its future was counted from
publication, not from the saying; a war's "now" aside beat the day of the act a "when" or
"as" clause tells, and that act was left a bare §190; a demand took the day its object was
to start; a situation's state "since" a year was a years-long §190; and the dates contract
listed stretches from publication that TimeML tags DURATIONs."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted

PUB = "2026-06-18"  # a Thursday
PUB_DAY = date.fromisoformat(PUB)
MONDAY, TUESDAY, WEDNESDAY = date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 17)
NEXT_WEDNESDAY = date(2026, 6, 24)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _phrases(sentence: str) -> dict[str, tuple[date, date]]:
    return {d.text: (d.range.start, d.range.end) for d in find_dates(sentence, PUB_DAY)}


# ------------------------------------------------------- a threat of the speaker's own state


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's state by its capital (a metonym) and by its name
        "SEOUL — North Korea's defence minister said Pyongyang would strike US bases in Guam.",
        "The Kremlin said Russia would strike the bridges over the Dnieper.",
    ],
)
def test_a_threat_of_the_speakers_own_state_is_its_telling(extract: Extract, sentence: str) -> None:
    (ev,) = rooted(extract(sentence), "13")
    assert "planned" not in ev.flags
    assert ev.date_end <= PUB_DAY  # the week up to publication, not the week ahead


@pytest.mark.parametrize(
    "sentence",
    [
        # another state's speaker tells someone else's act, still to come: since cameo50a no
        # threat of either state but the speaker's comment (§012), made when told
        "SEOUL — South Korea's defence minister said Pyongyang would strike US bases in Guam.",
        "Ukraine's foreign minister said Russia would strike the bridges over the Dnieper.",
    ],
)
def test_near_miss_another_states_act_is_no_threat(extract: Extract, sentence: str) -> None:
    assert not rooted(extract(sentence), "13")
    (ev,) = rooted(extract(sentence), "01")
    assert ev.event_code == "012"
    assert "planned" not in ev.flags


# ------------------------------------------------- a weekday seen from a past saying's day


def test_a_weekday_in_a_future_in_the_past_counts_from_the_saying() -> None:
    got = _phrases("Officials said on Monday that the ferry would sail on Wednesday.")
    assert got["on Monday"] == (MONDAY, MONDAY)
    assert got["on Wednesday"] == (WEDNESDAY, WEDNESDAY)


def test_a_planned_act_takes_the_weekday_after_the_saying(extract: Extract) -> None:
    (ev,) = extract("Mediators said on Monday that the talks would resume on Wednesday.")
    assert code(ev).startswith("04")
    assert (ev.date_start, ev.date_end) == (WEDNESDAY, WEDNESDAY)


@pytest.mark.parametrize(
    ("sentence", "phrase", "day"),
    [
        # "will" is seen from the writer's day: the Wednesday still ahead
        ("Officials said on Monday that the ferry will sail on Wednesday.", "on Wednesday", NEXT_WEDNESDAY),
        # the first Monday after a Tuesday saying is the one after publication anyway
        ("Officials said on Tuesday that the ferry would sail on Monday.", "on Monday", date(2026, 6, 22)),
        # a new main clause after the saying is the writer's
        ("Officials said on Monday it would sail, but the port said it sails on Wednesday.", "on Wednesday", NEXT_WEDNESDAY),
    ],
)  # fmt: skip
def test_near_miss_weekdays_not_seen_from_the_saying(sentence: str, phrase: str, day: date) -> None:
    assert _phrases(sentence)[phrase] == (day, day)


# ------------------------------------------------- a war's aside and the act of its clause


def test_an_age_aside_does_not_date_the_act_its_when_clause_tells(extract: Extract) -> None:
    (ev,) = extract(
        "GOMA — The war, now in its third year, escalated on Tuesday when rebels fired rockets at Goma."
    )
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)
    assert code(ev) != "190"  # the rockets fired, not the war


@pytest.mark.parametrize(
    "sentence",
    [
        "The fighting, which began in April, continued on Monday as militiamen shelled El Fasher.",
        "Fighting intensified on Monday when militiamen shelled El Fasher.",
    ],
)
def test_a_stretch_going_on_as_an_act_is_done_is_that_act(extract: Extract, sentence: str) -> None:
    (ev,) = extract(sentence)
    assert code(ev) == "194"
    assert (ev.date_start, ev.date_end) == (MONDAY, MONDAY)


def test_near_miss_a_relative_aside_still_dates_its_noun(extract: Extract) -> None:
    # the talks' own start: no when-clause's act is the line
    (ev,) = extract("The talks, which began in Doha on Monday, ended on Wednesday.")
    assert (ev.date_start, ev.date_end) == (MONDAY, MONDAY)


# ------------------------------------------------------ a demand and its object's onset


def test_a_demand_is_not_dated_by_the_start_of_what_it_demands(extract: Extract) -> None:
    (ev,) = rooted(
        extract("CAIRO — Arab foreign ministers demanded a truce starting on Friday."), "10"
    )
    assert ev.when.precision == 2  # the week up to publication, told before the truce
    assert "date_inferred" in ev.flags


def test_near_miss_a_noun_trigger_keeps_its_own_onset(extract: Extract) -> None:
    (ev,) = extract("A truce starting on Friday was violated within hours.")
    assert ev.when.precision == 1
    assert ev.date_start == date(2026, 6, 12)


# --------------------------------------------------- a situation's state since a year


@pytest.mark.parametrize(
    "sentence",
    [
        "BOGOTA — Colombia's army said the insurgency was at a standstill since 2021.",
        "The siege of El Fasher remains in place since May 2024, aid groups said.",
    ],
)
def test_a_situations_state_since_a_year_is_no_fight(extract: Extract, sentence: str) -> None:
    assert rooted(extract(sentence), "18", "19", "20") == []


def test_near_miss_a_situation_noun_with_an_act_since_keeps_its_date(extract: Extract) -> None:
    (ev,) = extract("Rebels have shelled Goma since 2022, the army said.")
    assert ev.date_start == date(2022, 1, 1)


# ---------------------------------------------- the contract leaves DURATION stretches out


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices may rise in the coming months.",
        "The envoy will arrive over the next few days.",
        "Inspectors must report within ten days.",
        "Shelling has grown in recent weeks.",
        "The army said it would withdraw in 72 hours.",
    ],
)
def test_the_contract_leaves_out_stretches_timeml_tags_durations(sentence: str) -> None:
    assert [f.text for f in document_dates(sentence, PUB_DAY)] == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The envoy will arrive next month.", "next month"),
        ("The envoy will arrive on Monday.", "on Monday"),
    ],
)
def test_near_miss_the_contract_keeps_dates(sentence: str, phrase: str) -> None:
    assert phrase in [f.text for f in document_dates(sentence, PUB_DAY)]


def test_the_reader_still_dates_an_act_to_a_recent_stretch() -> None:
    # only the contract leaves it out: the event reader keeps the stretch
    assert "in recent weeks" in _phrases("Shelling has grown in recent weeks.")


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        ("Talks will resume in the coming days.", "in the coming days", PUB_DAY, date(2026, 6, 24)),
        ("Results are due within the next 48 hours.", "within the next 48 hours", PUB_DAY, date(2026, 6, 20)),
        ("Aid will be delivered within a fortnight.", "within a fortnight", PUB_DAY, date(2026, 7, 2)),
    ],
)  # fmt: skip
def test_the_reader_keeps_the_range_of_a_stretch_ahead(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    assert _phrases(sentence)[phrase] == (start, end)
