"""Open faults a thirteenth QA pass found in the reader (Dec 2), each kept as a strict xfail so
that a fix shows up as an XPASS, then the near misses a fix must keep. This pass wrote some
130 wire sentences of its own over what the wires report most (strikes and shelling, arrests,
protests, sanctions, visits and talks, aid, truces, threats and vows, denials, questions,
anniversaries, reported speech, two acts in one sentence, capitals standing for governments,
"X-based" groups, seas and peninsulas) and read the output as an analyst would. Every
sentence below was written for these tests; none is taken from an evaluation set.
Each test names the rule it holds the reader to (CAMEO 1.1b3, TimeML, ACLED).
Ordered by how often an analyst meets the fault. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where

MONDAY, TUESDAY, WEDNESDAY = date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 17)
PUBLISHED = date(2026, 6, 18)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def cli_dates(text: str, pub: str = "2026-06-18") -> list[dict]:
    """The `dates` records the CLI prints for ``text`` published on ``pub`` (the fixed contract)."""
    line = json.dumps({"id": "q", "text": text, "date": pub}) + "\n"
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "dates"],
        input=line,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return json.loads(out)["dates"]


# ------------------------------------------------ wrong actor
# Class: a meeting's second party dropped. CAMEO 1.1b3 codes "A and B held talks" as A -> B
# (the manual's dyadic rule); the second of two joint subjects came out as no target at all,
# so a dyad filter never finds the talks or the exchange of fire.


@pytest.mark.parametrize(
    ("body", "other"),
    [
        ("Foreign ministers of Armenia and Azerbaijan held talks in Almaty last week.", "AZ"),
        ("Thailand and Cambodia exchanged artillery fire along their border on Friday.", "KH"),
        ("Egypt and Ethiopia held talks on the dam in Cairo on Sunday.", "ET"),
        ("Brazil and Argentina signed a trade deal on Monday.", "AR"),
    ],
)
def test_the_second_of_two_joint_subjects_is_the_target(
    extract: Extract, body: str, other: str
) -> None:
    events = rooted(extract(body), "04", "05", "19")
    assert events
    assert events[0].roles.target_country == other


# Class: the host of a visit left out. CAMEO 1.1b3 §042 (make a visit): the target is the one
# visited, here named only by the capital travelled to. Came out with no target.


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Iraq's prime minister travelled to Tehran on Tuesday.", "IR"),
        ("The EU's foreign policy chief visited Kyiv on Wednesday.", "UA"),
        ("French President Emmanuel Macron arrived in Hanoi on Sunday for a state visit.", "VN"),
    ],
)
def test_the_capital_visited_gives_the_visits_target(
    extract: Extract, body: str, host: str
) -> None:
    visits = rooted(extract(body), "042")
    assert visits
    assert visits[0].roles.target_country == host


# Class: a capital standing for its government, in reported speech, loses the act to the
# speaker. CAMEO actor coding: the doer of the reported act is its source ("Pyongyang fired").
# Came out Seoul -> none and none -> Ukraine: the accuser as the launcher, or no launcher.


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        (
            "Seoul said Pyongyang fired a ballistic missile into the Sea of Japan on Wednesday.",
            "KP",
        ),
        ("Kyiv said Moscow launched 60 drones at Ukrainian cities overnight.", "RU"),
    ],
)
def test_a_capital_that_acts_is_the_source(extract: Extract, body: str, doer: str) -> None:
    acts = rooted(extract(body), "15", "19")
    assert acts
    assert acts[0].roles.source_country == doer


# Class: a mediator made a side. CAMEO 1.1b3 §045/§057: the parties to a truce are its source
# and target; "after mediation by Qatar" names a third party. Came out Hamas -> Qatar.


def test_a_mediator_is_not_the_target_of_the_truce(extract: Extract) -> None:
    events = extract(
        "Hamas and Israel agreed to a ceasefire on Monday after weeks of mediation by Qatar."
    )
    assert events
    assert all(e.roles.target_country != "QA" for e in events)


# Class: a denial aimed at the denier. "The Kremlin denied that Russian troops had attacked"
# came out Kremlin -> Russia: a self-directed card from the demonym in the denied clause.
# CAMEO 1.1b3 §016: the target is who the responsibility is denied to, never the denier.


def test_a_denial_is_not_aimed_at_the_denier(extract: Extract) -> None:
    denials = rooted(
        extract("The Kremlin denied that Russian troops had attacked the port of Odesa."), "016"
    )
    assert denials
    assert denials[0].roles.target_country != denials[0].roles.source_country


# Class: the subject of a question lost. "Will Iran retaliate against Israel...?" came out
# with no source: the inverted auxiliary hides the subject from the clause reader.


def test_the_subject_of_a_yes_no_question_is_the_source(extract: Extract) -> None:
    events = rooted(
        extract("Will Iran retaliate against Israel for the strike on its consulate?"), "19"
    )
    assert events
    assert events[0].roles.source_country == "IR"


# ------------------------------------------------ wrong place
# Class: a capital standing for its government placed at the capital. The event happened
# where the missile fell or the drones struck, not in the doer's seat. Came out at Pyongyang
# and at Moscow: a Russian drone attack on Ukraine drawn in Moscow.


@pytest.mark.parametrize(
    ("body", "capital"),
    [
        (
            "Seoul said Pyongyang fired a ballistic missile into the Sea of Japan on Wednesday.",
            "Pyongyang",
        ),
        ("Kyiv said Moscow launched 60 drones at Ukrainian cities overnight.", "Moscow"),
    ],
)
def test_a_capital_that_acts_is_not_the_place(extract: Extract, body: str, capital: str) -> None:
    # (the QA pass asked for the sea the missile fell in; the reader keeps ACLED's rule that a
    # launch is coded to its launch site or else the launching country: README, "Where")
    acts = rooted(extract(body), "15", "19")
    assert acts
    assert where(acts[0])[0] != capital


# Class: an "X-based" group's seat read as the place. "Lagos-based" says where the group
# lives (an actor attribute, ACLED's actor description), not where the torture happened. The
# near miss (the place after "hit an oil depot in") is read right, below.


def test_an_x_based_groups_seat_is_not_the_place(extract: Extract) -> None:
    events = extract(
        "A Lagos-based rights group accused the army of torturing detainees in Maiduguri."
    )
    assert events
    assert where(events[0])[0] != "Lagos"


# Class: an ambassador's post read as the place of the recall. "recalled its ambassador to
# Paris" is done by Algiers; Paris names the post (a destination, README's rule for "bound
# for"). Came out at Paris.


def test_a_recall_targets_the_host_country(extract: Extract) -> None:
    recalls = rooted(extract("Algeria recalled its ambassador to Paris on Tuesday."), "16")
    assert recalls
    assert recalls[0].roles.target_country == "FR"


def test_a_recalled_ambassadors_post_is_not_the_place(extract: Extract) -> None:
    recalls = rooted(extract("Algeria recalled its ambassador to Paris on Tuesday."), "16")
    assert recalls
    assert where(recalls[0])[0] != "Paris"


# Class: a broker placed as the venue. "a truce brokered by Saudi Arabia" names who brokered
# it, not where; came out at Saudi Arabia (the country's centroid) for a Sudanese truce.


def test_a_brokers_country_is_not_the_place(extract: Extract) -> None:
    events = extract("Sudan's rival forces agreed to a truce brokered by Saudi Arabia on Monday.")
    assert events
    assert where(events[0])[1] != "SA"


# Class: a shoot-down placed in the attacker's country. "Ukraine's army shot down 25 of the 30
# drones Russia launched overnight" happened over Ukraine; with no place named, the card fell
# back to the country in the relative clause and drew a Ukrainian act inside Russia.


def test_a_shoot_down_is_not_placed_in_the_attackers_country(extract: Extract) -> None:
    events = rooted(
        extract("Ukraine's army shot down 25 of the 30 drones Russia launched overnight."), "19"
    )
    assert events
    assert where(events[0])[1] != "RU"


# Class: a peninsula named by its adjective not found. "the Crimean peninsula" is GeoNames'
# Crimea; the geoparser found only Russia, and the occupation came out with no place.


def test_the_crimean_peninsula_is_crimea(geoparser: Geoparser) -> None:
    found = geoparser.parse("Russia has occupied the Crimean peninsula since 2014.", PUBLISHED)
    assert "Crimea" in [m.place.name for m in found if m.place]


def test_crimea_by_name_is_the_occupations_place(extract: Extract) -> None:
    events = rooted(extract("Russia has occupied Crimea since 2014."), "192")
    assert events
    assert where(events[0]) == ("Crimea", "UA")
    assert events[0].when.start == date(2014, 1, 1)


# ------------------------------------------------ wrong root or code
# Class: a vowed hostile act read as cooperation. README: "a stated future act is an intent
# (03) or a threat (13)"; CAMEO 1.1b3 §138 (threaten with military force). "vowed to take
# Damascus" and "vowed to crush the insurgents" came out 030 Express intent to cooperate.


@pytest.mark.parametrize(
    "body",
    [
        "The rebels vowed to take Damascus before the end of the year.",
        "The general vowed to crush the insurgents in Cabo Delgado.",
    ],
)
def test_a_vow_to_use_force_is_a_threat(extract: Extract, body: str) -> None:
    events = extract(body)
    assert not rooted(events, "03")
    assert rooted(events, "13")


def test_a_vow_to_rebuild_stays_cooperation(extract: Extract) -> None:
    assert rooted(extract("The government vowed to rebuild schools in Gaza."), "03")


def test_a_pledge_to_avenge_stays_a_threat(extract: Extract) -> None:
    assert rooted(extract("Hezbollah pledged to avenge the killing of its commander."), "13")


# Class: a meeting in one side's capital coded as a third location. CAMEO 1.1b3 §044 is
# "meet at a third location"; a leader who meets another in the other's capital makes a
# visit (§042). Came out 044 for Ruto in Beijing and Germany's chancellor in Paris.


@pytest.mark.parametrize(
    "body",
    [
        "Kenya's President William Ruto met Chinese President Xi Jinping in Beijing on Tuesday.",
        "Germany's chancellor met the French president in Paris on Monday.",
    ],
)
def test_a_meeting_in_the_other_sides_capital_is_a_visit(extract: Extract, body: str) -> None:
    meetings = rooted(extract(body), "04")
    assert meetings
    assert code(meetings[0]) == "042"


def test_hosting_in_ones_own_capital_stays_043(extract: Extract) -> None:
    meetings = rooted(
        extract("Hungary's Orban hosted Slovakia's Fico in Budapest on Monday."), "04"
    )
    assert meetings
    assert code(meetings[0]) == "043"


def test_a_meeting_at_a_third_location_stays_044(extract: Extract) -> None:
    body = "Azerbaijan's president met Armenia's prime minister in Abu Dhabi on Monday."
    meetings = rooted(extract(body), "04")
    assert meetings
    assert code(meetings[0]) == "044"


# Class: a phone call by joint subjects read as plain consultation. CAMEO 1.1b3 §041 (discuss
# by telephone); "spoke by telephone with" is read right (near miss), "A and B discussed ...
# by phone" came out 040 with no target.


def test_joint_subjects_discussing_by_phone_is_041(extract: Extract) -> None:
    calls = rooted(extract("Putin and Xi discussed Ukraine by phone on Tuesday."), "04")
    assert calls
    assert code(calls[0]) == "041"


def test_spoke_by_telephone_with_is_041(extract: Extract) -> None:
    calls = rooted(extract("Erdogan spoke by telephone with Zelensky on Monday."), "04")
    assert calls
    assert code(calls[0]) == "041"
    assert calls[0].roles.target_country == "UA"


# ------------------------------------------------ missing event
# Class: the second of two coordinated acts dropped. "killed two gunmen and arrested a third"
# holds a fight and an arrest (CAMEO 1.1b3 §173); "attacked a checkpoint and kidnapped two
# soldiers" an attack and an abduction (§181). Each came out as the first act only, so the
# arrest or the kidnapping never reaches the map.


@pytest.mark.parametrize(
    ("body", "second"),
    [
        ("Soldiers killed two gunmen and arrested a third suspect on Sunday.", "17"),
        ("Militants attacked a checkpoint and kidnapped two soldiers near Arish on Friday.", "181"),
    ],
)
def test_the_second_of_two_coordinated_acts_is_an_event(
    extract: Extract, body: str, second: str
) -> None:
    assert real(extract(body), second)


# ------------------------------------------------ wrong date or precision
# Class: a weekday lost before an "as" clause. "arrested 40 protesters on Wednesday as
# demonstrators demanded ..." came out as the week before publication, flagged date_inferred,
# though the main clause names its day (TimeML: the adjunct anchors its own clause's verb).
# "shelled rebel positions on Wednesday as the government announced a curfew" is read right.


@pytest.mark.parametrize(
    ("body", "root", "day"),
    [
        (
            "Police arrested 40 protesters on Wednesday as demonstrators demanded new elections.",
            "17",
            WEDNESDAY,
        ),
        (
            "Police fired tear gas at protesters on Monday as thousands gathered outside parliament.",
            "17",
            MONDAY,
        ),
    ],
)
def test_a_weekday_before_an_as_clause_dates_the_main_act(
    extract: Extract, body: str, root: str, day: date
) -> None:
    events = rooted(extract(body), root)
    assert events
    assert (events[0].when.start, events[0].when.end) == (day, day)


def test_a_weekday_before_an_as_clause_kept_guard(extract: Extract) -> None:
    body = "Troops shelled rebel positions on Wednesday as the government announced a curfew."
    events = rooted(extract(body), "19")
    assert events
    assert events[0].when.start == WEDNESDAY == events[0].when.end


# Class: an anniversary phrase read as a whole year. "Ten years ago today", "On this day in
# 1994" and "Exactly a year ago" each name one day (TimeML: the anchor is the publication day);
# each came out as the year, January to December.


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Ten years ago today, protesters stormed the presidential palace in Kyiv.",
            date(2016, 6, 18),
        ),
        ("On this day in 1994, Hutu militias began killing Tutsis in Rwanda.", date(1994, 6, 18)),
        ("Exactly a year ago, Russian troops crossed into the Kursk region.", date(2025, 6, 18)),
    ],
)
def test_an_anniversary_names_one_day(extract: Extract, body: str, day: date) -> None:
    events = extract(body)
    assert events
    assert (events[0].when.start, events[0].when.end) == (day, day)


# Class: "in the past 24 hours" dates nothing. It names the day before publication and the
# publication day; the strikes came out as the week before, date_inferred.


def test_the_past_24_hours_is_yesterday_and_today(extract: Extract) -> None:
    events = rooted(
        extract(
            "Air strikes killed 14 people in the past 24 hours in Gaza, health officials said."
        ),
        "19",
    )
    assert events
    assert events[0].when.start >= date(2026, 6, 17)
    assert "date_inferred" not in events[0].flags


# "earlier this year" in the `dates` command. The QA pass read its whole-year range as a fault;
# the contract is TimeML's: a TIMEX3 value stays the whole unit, and the part ("earlier")
# is named in the reason (README, `dates`). The events reader ends the happening at
# publication (next test). Kept as a guard on both halves of that rule.


def test_earlier_this_year_keeps_timemls_value_in_the_dates_cli() -> None:
    found = cli_dates("The ban was lifted earlier this year.")
    assert [(d["date_start"], d["date_end"]) for d in found] == [("2026-01-01", "2026-12-31")]
    assert "earlier than publication" in found[0]["reason"]


def test_earlier_this_year_ends_at_publication_in_events(extract: Extract) -> None:
    events = rooted(extract("The army seized the town earlier this year."), "19")
    assert events
    assert events[0].when.end == PUBLISHED


# ------------------------------------------------ near misses read right (guards)


def test_a_moscow_based_agency_does_not_place_the_strike(extract: Extract) -> None:
    events = rooted(
        extract(
            "The Moscow-based agency reported that Ukrainian drones hit an oil depot in Bryansk."
        ),
        "19",
    )
    assert events
    assert where(events[0])[0] == "Bryansk"
    assert events[0].roles.source_country == "UA"


def test_officials_who_report_a_strike_are_not_its_source(extract: Extract) -> None:
    events = rooted(
        extract("Israeli officials said Hezbollah fired 30 rockets at Kiryat Shmona on Monday."),
        "19",
    )
    assert events
    assert events[0].roles.source == "Hezbollah"
    assert where(events[0])[1] == "IL"
    assert events[0].when.start == MONDAY


def test_a_denied_attack_is_not_shown_as_done(extract: Extract) -> None:
    events = extract("The Kremlin denied that Russian troops had attacked the port of Odesa.")
    assert not real(events, "19")
    assert rooted(events, "016")


def test_a_visit_announced_with_talks_names_the_host(extract: Extract) -> None:
    visits = rooted(
        extract(
            "Nigeria's President Bola Tinubu arrived in Paris on Monday for talks with "
            "Emmanuel Macron."
        ),
        "042",
    )
    assert visits
    assert visits[0].roles.target_country == "FR"


def test_last_thursday_on_a_thursday_is_a_week_back() -> None:
    found = cli_dates("The attack happened last Thursday.")
    assert [(d["date_start"], d["date_end"]) for d in found] == [("2026-06-11", "2026-06-11")]
