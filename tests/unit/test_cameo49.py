"""A fresh user's coding and actor faults, redone as general rules (cameo49).

Sentences composed for these tests (one-sentence wire stories), with near misses that keep
their reading:
- an act not ruled out is held open: sanctions are threatened (§1312), a pre-emptive or
  military strike is force (§138), and a refusal to rule out sending troops is the
  deployment, possible only (hypothetical), never a rejection (§120);
- sanctions "imposed by X on Y" and then "lifted" are eased (§085) on the day of the lifting;
  a passive imposition's "by" agent after its object ("on the Central African Republic by
  ECOWAS") is the source;
- captives rescued or freed by troops were taken back by force against their holder (§190);
- two parties' joint exercises not to come are their military cooperation negated (§0312),
  not a refusal (§12);
- a capital before a negated verb group is its government; the speaker is not the doer of
  an unnamed armed group's act; a conditional threat's partner is no one threatened; a dyad
  "between M23 and the army" keeps the first named as source;
- warships escorting a sanctioned tanker show force (§150); entering another's airspace is
  a show of force placed in the entered country.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(sentence: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2025-03-12\n{sentence}", path="t"))

    return events


def _one(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.event_code, e.summary) for e in events]
    return events[0]


# 1. held open, not rejected


@pytest.mark.parametrize(
    ("sentence", "code", "target"),
    [
        ("ANKARA — The State Department has not ruled out sanctions against Iran.", "1312", "IR"),
        ("MINSK — Lithuania has never ruled out new sanctions on Belarus.", "1312", "BY"),
        ("SEOUL — North Korea has not ruled out a pre-emptive strike.", "138", None),
    ],
)
def test_held_open_is_a_threat(read: Read, sentence: str, code: str, target: str | None) -> None:
    e = _one(read(sentence))
    assert e.event_code == code
    assert "negated" not in e.flags
    if target is not None:
        assert e.roles.target_country == target


@pytest.mark.parametrize(
    "sentence",
    [
        "PARIS — Starmer refused to rule out sending troops to Ukraine.",
        "BERLIN — The chancellor declined to rule out deploying troops to Lithuania.",
    ],
)
def test_refusal_to_rule_out_a_deployment(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code is not None
    assert e.event_code.startswith("15")
    assert "hypothetical" in e.flags


def test_ruled_out_stays_a_rejection(read: Read) -> None:
    # near miss: what is ruled out is rejected, and a refusal to rule out tax rises names
    # nothing the rule reads
    assert _one(read("MOSCOW — The Kremlin has ruled out talks with Kyiv.")).event_code == "125"
    e = _one(read("LONDON — The minister refused to rule out tax rises."))
    assert e.event_code == "120"
    assert "hypothetical" not in e.flags


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # near misses read right before these rules, and kept: force named with "on", the
        # joint drills of a show of force
        ("CAIRO — Egypt did not rule out a military strike on the dam.", "138"),
        (
            "MANILA — The Philippines and Japan will not hold joint naval patrols this month.",
            "0312",
        ),
    ],
)
def test_near_misses_keep_their_reading(read: Read, sentence: str, code: str) -> None:
    assert _one(read(sentence)).event_code == code


# 2. sanctions lifted; a passive agent after the object


@pytest.mark.parametrize(
    "sentence",
    [
        "NIAMEY — Sanctions imposed by the African Union on Guinea were lifted on Monday.",
        "NIAMEY — The sanctions imposed on Guinea last year were eased on Monday.",
    ],
)
def test_sanctions_lifted_past_their_imposition(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "085"
    assert str(e.date_start) == "2025-03-10" == str(e.date_end)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "BANGUI — Sanctions were imposed on the Central African Republic by ECOWAS on Tuesday.",
            "ECOWAS",
            "CF",
        ),
        (
            "BAMAKO — Sanctions were imposed on Burkina Faso by the African Union on Tuesday.",
            "African Union",
            "BF",
        ),
    ],
)
def test_passive_agent_after_the_object(
    read: Read, sentence: str, source: str, target: str
) -> None:
    e = _one(read(sentence))
    assert e.event_code == "163"
    assert e.roles.source == source
    assert e.roles.target_country == target


# 3. captives rescued by troops


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "BAMAKO — Three hostages held by Al-Shabaab were rescued by Kenyan troops in "
            "Somalia on Sunday.",
            "KE",
            "Al-Shabaab",
        ),
        (
            "BAMAKO — French troops rescued two aid workers held by JNIM on Sunday.",
            "FR",
            "JNIM",
        ),
        ("LAGOS — Three hostages were freed by Nigerian special forces on Sunday.", "NG", None),
    ],
)
def test_rescued_by_troops_is_force(
    read: Read, sentence: str, source: str, target: str | None
) -> None:
    e = _one(read(sentence))
    assert e.event_code == "190"
    assert e.roles.source_country == source
    assert e.roles.target == target


def test_rescue_without_captors_stays_aid(read: Read) -> None:
    # the sinking, on a day of its own clause, is a happening of its own (lead52: a disaster
    # in an "after" clause); the rescue is still aid
    told = read("BAMAKO — Ten sailors were rescued by the navy after their boat sank on Sunday.")
    e = _one([x for x in told if not x.event_type.code.startswith("DIS-")])
    assert e.event_code == "073"
    e = _one(read("KABUL — Two prisoners were released by the Taliban on Sunday."))
    assert e.event_code == "0841"


# 4. joint exercises not to come


@pytest.mark.parametrize(
    "sentence",
    [
        "VILNIUS — Latvia and Estonia will not hold joint exercises this year.",
        "WARSAW — Poland and Lithuania will not hold joint exercises next year.",
    ],
)
def test_joint_exercises_not_to_come(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "0312"
    assert "negated" in e.flags


def test_a_refusal_still_refuses(read: Read) -> None:
    # near miss: one side's "will not" of a cooperative act is its refusal (§12)
    e = _one(read("BUDAPEST — Hungary will not send weapons to Ukraine, Orban said."))
    assert e.event_code is not None
    assert e.event_code.startswith("12")


# 5. actors


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("BEIJING — Beijing did not rule out military action.", "CN"),
        ("SEOUL — Seoul has not ruled out a pre-emptive strike.", "KR"),
        ("MOSCOW — Moscow didn't rule out new sanctions against Kyiv.", "RU"),
    ],
)
def test_capital_before_negated_verb_is_the_government(
    read: Read, sentence: str, country: str
) -> None:
    e = _one(read(sentence))
    assert e.roles.source_country == country
    assert e.location is not None
    assert e.location.place is not None
    assert e.location.place.kind == "country"


@pytest.mark.parametrize(
    "sentence",
    [
        "KHARTOUM — The convoy was delayed, but the WHO said gunmen attacked the trucks in "
        "Darfur on Sunday.",
        "NAIROBI — The talks stalled, but the African Union said gunmen attacked its base in "
        "Somalia on Sunday.",
        "NAIROBI — The mission stalled, but the UN said militants attacked its base in Somalia.",
    ],
)
def test_the_sayer_is_not_the_doer(read: Read, sentence: str) -> None:
    # the clause before ", but" is read apart now (clauses49: "The talks stalled" is its own
    # §164), so the attack is the one act of the saying's clause
    e = _one([x for x in read(sentence) if (x.event_code or "")[:2] in ("18", "19")])
    assert e.event_code == "180"
    assert e.roles.source is None
    assert e.summary.split()[0] in ("Gunmen", "Militants")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "BEIJING — China said it will hold joint drills with Russia near Japan unless "
            "Washington halts arms sales to Taiwan.",
            "US",
        ),
        (
            "MOSCOW — Russia will hold naval exercises with Iran in the Gulf unless the United "
            "States withdraws its carriers.",
            "US",
        ),
    ],
)
def test_conditional_threat_is_put_to_the_condition(read: Read, sentence: str, target: str) -> None:
    e = _one(read(sentence))
    assert e.event_code is not None
    assert e.event_code.startswith("13")
    assert e.roles.target_country == target


def test_dyad_with_an_unnamed_second_party(read: Read) -> None:
    e = _one(
        read(
            "BUKAVU — There were no reports of casualties in the clashes between M23 and the "
            "army near Bukavu."
        )
    )
    assert e.roles.source == "M23"
    assert e.roles.target is None


# 6. escorts and incursions


@pytest.mark.parametrize(
    "sentence",
    [
        "DOVER — Russian warships escorted a sanctioned tanker through the Channel on Monday.",
        "DOVER — A Russian corvette escorted two shadow fleet tankers through the English "
        "Channel on Monday.",
    ],
)
def test_escorted_sanctioned_tanker_is_a_show_of_force(read: Read, sentence: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "150"
    assert e.roles.source_country == "RU"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "HELSINKI — Two Russian military aircraft entered Finnish airspace without "
            "permission on Friday.",
            "FI",
        ),
        ("WARSAW — Russian drones made an incursion into Polish airspace on Friday.", "PL"),
    ],
)
def test_airspace_entered_is_a_show_of_force(read: Read, sentence: str, country: str) -> None:
    e = _one(read(sentence))
    assert e.event_code == "150"
    assert e.location is not None
    assert e.location.place is not None
    assert e.location.place.country_code == country


def test_dyad_rule_leaves_officials_and_purposes_alone(read: Read) -> None:
    # near misses: "separatist officials" are no armed force's noun, so the arranger of the
    # talks stays their source; a participle of purpose ("destined for") is no relative of
    # the noun's own past act, so the passive past it is not reached
    e = _one(read("TBILISI — Russia arranged talks between Georgian and separatist officials."))
    assert (e.roles.source_country, e.roles.target_country) == ("RU", "GE")
    codes = [e.event_code for e in read("NAIROBI — Bombers destined for Kenya were dispatched.")]
    assert "154" not in codes
