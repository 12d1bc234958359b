"""Confident wrong codes a second fresh user found (newuser77), mended by general rules.
Sentences written for these tests, on other topics than the user's articles: a halt of aid
lifted gives the aid again (CAMEO 1.1b3 §07 against §162); a crash or a fire that killed is
no actor's force (CAMEO 1.1b3 §18-§20; EM-DAT technological disasters)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def forceful(events: list[Event]) -> list[str]:
    return [c for c in codes(events) if c.startswith(("18", "19", "20"))]


# -- a halt of aid lifted or ended is the aid given again (§07, §033), not its cut (§162, §131)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Berlin said on Monday it would end its freeze on military aid to Tbilisi.", "0332"),
        ("Paris said on Monday it would lift its pause on military assistance to Chad.", "0332"),
        ("The EU lifted its suspension of humanitarian aid to Niger on Monday.", "073"),
        ("The government said on Monday it was ending its pause on food aid to Sudan.", "073"),
    ],
)
def test_a_halt_of_aid_lifted_is_aid_given(extract: Extract, sentence: str, code: str) -> None:
    found = codes(extract(sentence))
    assert code in found, found
    assert not any(c.startswith(("13", "16")) for c in found), found


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Washington said on Tuesday it would pause military aid to Kyiv.", "13"),
        ("Washington said on Monday it would impose a pause on military aid to Kyiv.", "13"),
        ("The EU suspended humanitarian aid to Niger on Monday.", "16"),
    ],
)
def test_a_halt_of_aid_imposed_stays_a_cut(extract: Extract, sentence: str, root: str) -> None:
    assert any(c.startswith(root) for c in codes(extract(sentence)))


# -- a crash, a collision or a fire as what killed: no actor's force


@pytest.mark.parametrize(
    "sentence",
    [
        "An army helicopter crash killed six soldiers near Cusco on Tuesday.",
        "A helicopter crash killed eight people on Tuesday, including the interior minister.",
        "A fire broke out at a wedding in Sylhet on Monday, killing 23 guests.",
        "A fire broke out on Monday at a hotel in the city of Sylhet during a wedding, "
        "killing 23 guests.",
    ],
)
def test_a_crash_or_fire_that_killed_is_no_force(extract: Extract, sentence: str) -> None:
    assert forceful(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A Russian missile strike killed 14 people in Dnipro on Tuesday.",
        "Gunmen set fire to a market in Gao on Sunday, killing 14 traders.",
        "Rebels shot down a helicopter in Darfur on Tuesday, killing four crew members.",
        "An arson attack on a bus killed six people in Lagos on Friday.",
        "A suicide bomber killed nine people at a fire station in Kabul on Monday.",
    ],
)
def test_an_attack_that_killed_stays_force(extract: Extract, sentence: str) -> None:
    assert forceful(extract(sentence)) != []


# -- a legal step to come told in the passive is §173 planned, not a threat (§137)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said the suspect would be charged with manslaughter.",
        "The two men will be tried for fraud next month, the court said.",
        "Police said the driver would be charged with dangerous driving.",
    ],
)
def test_a_passive_legal_step_to_come_is_planned(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert [(codes([e])[0], "planned" in e.flags) for e in events] == [("173", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister warned that protesters would be arrested if they blocked the roads.",
        "The interior minister said police would arrest anyone who joined the rally.",
        "The Kremlin said Moscow would be forced to take countermeasures.",
    ],
)
def test_a_warned_or_active_arrest_stays_a_threat(extract: Extract, sentence: str) -> None:
    assert any(c.startswith("13") for c in codes(extract(sentence)))


# -- an agent noun as the subject of a reported clause names people, tells no act of theirs


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said the rioters had disgraced the city and that new laws would follow.",
        "The interior minister said the kidnappers were still at large.",
        "The senator said the rioters had betrayed the values of the republic.",
    ],
)
def test_a_reported_agent_noun_is_no_act(extract: Extract, sentence: str) -> None:
    found = codes(extract(sentence))
    assert not any(c.startswith(("14", "18")) for c in found), found


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Police said rioters set fire to cars in Nanterre on Tuesday.", "145"),
        ("Rioters clashed with police in Nanterre on Tuesday.", "145"),
        ("Gunmen killed six villagers in Mopti on Tuesday, officials said.", "180"),
    ],
)
def test_an_agents_own_act_stays(extract: Extract, sentence: str, code: str) -> None:
    assert code in codes(extract(sentence))


# -- a record of calls ("recordings of phone calls") is no call made (§041)


@pytest.mark.parametrize(
    "sentence",
    [
        "The election was marred by leaked recordings of phone calls between judges and ministers.",
        "The scandal began with the leak of phone calls between the minister and a banker.",
        "The opposition released audio of phone calls in which ministers discussed bribes.",
    ],
)
def test_a_record_of_calls_is_no_call(extract: Extract, sentence: str) -> None:
    assert "041" not in codes(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "President Boluarte held a phone call with Chile's president on Monday.",
        "Boluarte said on Monday she had a long telephone conversation with Lula.",
    ],
)
def test_a_call_made_stays_041(extract: Extract, sentence: str) -> None:
    assert "041" in codes(extract(sentence))


# -- a sitting suspended by its chair is no administrative sanction (§172)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, senator Lidia Thorpe shouted at the king and unfurled a banner in the "
        "chamber, suspending the sitting.",
        "Opposition deputies blew whistles in the assembly on Monday, suspending the debate.",
    ],
)
def test_a_sitting_suspended_is_no_sanction(extract: Extract, sentence: str) -> None:
    assert not any(c.startswith("172") for c in codes(extract(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The government suspended the newspaper's licence on Tuesday.",
        "The party suspended two lawmakers on Tuesday.",
    ],
)
def test_a_licence_or_member_suspended_stays_172(extract: Extract, sentence: str) -> None:
    assert any(c.startswith("172") for c in codes(extract(sentence)))
