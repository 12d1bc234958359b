"""Done acts the reader left unread or flagged unreal (cameo76): a past act joined by "and"
to a plan keeps its own tense when its trigger opens with a plural subject noun that is also
an "-s" verb ("rebels captured", "jets struck"); an extradition (CAMEO 1.1b3 §063) or an
inquiry (§09) a reaction names is a done act of its own, as an arrest or an expulsion is;
and a named town that is the subject of a passive taking ("Goma was captured by M23
rebels") is territory occupied (§192), as "captured Goma" is.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("M23 rebels captured Goma and will advance on Bukavu.", "19"),
        (
            "Israeli jets struck Hezbollah positions in southern Lebanon and will keep up the "
            "raids.",
            "19",
        ),
    ],
)
def test_a_done_act_beside_a_plan_is_not_planned(extract: Extract, text: str, root: str) -> None:
    events = extract(text)
    assert real(events, root), [(code(e), e.flags) for e in events]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the act itself is to come
        ("M23 rebels will capture Goma and advance on Bukavu.", "19"),
        ("The rebels plan to capture Goma and will then advance on Bukavu.", "19"),
        # a participle of a reduced relative before the clause's own verb: its tense unread
        ("Troops deployed to the border will be withdrawn next month.", "15"),
        # a threat is no act done
        ("Rebels threatened on Monday to capture Goma.", "19"),
    ],
)
def test_an_act_to_come_stays_unreal(extract: Extract, text: str, root: str) -> None:
    events = extract(text)
    assert not real(events, root), [(code(e), e.flags) for e in events]


@pytest.mark.parametrize(
    ("text", "root", "precision"),
    [
        # no day of its own: the week up to the reaction's Monday (precision 2)
        ("Rights groups condemned the extradition of the dissident to China on Monday.", "06", 2),
        ("Amnesty criticised Spain's extradition of the activist to Morocco on Monday.", "06", 2),
        # its own place then a day: that day (``reacted_acts._OWN_PLACE_DAY``)
        (
            "The minister welcomed the police investigation into the killings in Lagos on Monday.",
            "09",
            1,
        ),
        (
            "Moscow condemned the ICC's investigation into war crimes in Ukraine on Monday.",
            "09",
            1,
        ),
    ],
)
def test_an_extradition_or_inquiry_a_reaction_names_is_read(
    extract: Extract, text: str, root: str, precision: int
) -> None:
    events = extract(text)
    acts = real(events, root)
    assert len(acts) == 1, [code(e) for e in events]
    assert (acts[0].date_end.isoformat(), acts[0].when.precision) == ("2026-06-15", precision)
    assert real(events, "11", "051")  # the reaction stays an event of its own


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # planned, proposed, indefinite or only asked for: no act done (ACE 2005 genericity)
        (
            "Rights groups condemned the proposed extradition of the dissident to China on Monday.",
            "06",
        ),
        ("Amnesty condemned any extradition of the activist to Morocco.", "06"),
        ("Rights groups condemned plans for the extradition of the dissident to China.", "06"),
        (
            "The minister welcomed calls for an investigation into the killings in Lagos on Monday.",
            "09",
        ),
        (
            "The opposition criticised the lack of an investigation into the killings on Monday.",
            "09",
        ),
        ("The minister welcomed the investigation planned for next month into the killings.", "09"),
    ],
)
def test_no_extradition_or_inquiry_from_a_plan_or_a_call(
    extract: Extract, text: str, root: str
) -> None:
    events = extract(text)
    assert not real(events, root), [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Goma was captured by M23 rebels on Monday.",
        "The town of Bunia was seized by rebels on Monday.",
        "Kherson had been captured by Russian forces in March.",
    ],
)
def test_a_town_taken_in_the_passive_is_occupied(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e) for e in rooted(events, "1")] == ["192"], [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the subject is a person of the town, not the town
        "The mayor of Goma was captured by rebels on Monday.",
        "A man from Goma was captured by rebels on Monday.",
        "The suspect in Goma was captured by police on Monday.",
        # goods seized in the town
        "Weapons were seized by police in Goma on Monday.",
    ],
)
def test_a_person_or_goods_taken_in_a_town_is_no_occupation(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not rooted(events, "19"), [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops recaptured Izium on Saturday.",
        "Izium was recaptured by Ukrainian troops on Saturday.",
        "Government forces retook Palmyra on Sunday.",
    ],
)
def test_a_named_town_taken_back_is_occupied(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e) for e in real(events, "19")] == ["192"], [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # no named place: a lead, or prisoners, taken back
        "The striker recaptured the lead for Chelsea on Monday.",
        "Chelsea retook the lead in London on Monday.",
        "Police recaptured two escaped prisoners in Lagos on Monday.",
        # the act still to come
        "Ukraine hopes to retake Izium by the summer.",
    ],
)
def test_no_occupation_without_a_named_town_taken(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not real(events, "19"), [code(e) for e in events]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kyiv denied its troops had shelled Izium.", "19"),
        ("Moscow denied its forces had attacked the convoy.", "19"),
        ("The ministry denied police had arrested the journalist.", "17"),
    ],
)
def test_an_act_a_denial_tells_by_its_clause_is_not_done(
    extract: Extract, text: str, root: str
) -> None:
    events = extract(text)
    assert not real(events, root), [(code(e), e.flags) for e in events]
    assert [code(e) for e in real(events, "01")] == ["016"]


def test_a_denial_of_access_is_no_denied_clause(extract: Extract) -> None:
    # "denied the rebels passage": the rebels are the verb's object, no clause's subject
    events = extract("Egypt denied the rebels passage through Sinai on Monday.")
    assert not real(events, "01"), [code(e) for e in events]
