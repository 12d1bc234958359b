"""Who did what to whom (roles57): a fronted concessive or pressure adjunct keeps its names
out of the main clause's subject; a person named by a family name written first ("Yoon")
or cut at a middle initial ("George W. | Bush"); the head noun of a compound object ("the
martial law order") picks the row; "forces loyal to X"; a warned spread is a comment; "the
group" after one named armed group; a vow joined to a reported toll is the reporter's.
Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.actors import Actor
from dashboard.events.extract import EventExtractor
from dashboard.events.group_anaphor import GroupMemory
from dashboard.events.person_names import completed, cut_at_initial, surnames
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-03-12\n\n" + body, path="t"))


def _code(e: Event) -> str:
    return e.event_code or e.event_type.code


def _one(events: list[Event], prefix: str) -> Event:
    found = [e for e in events if _code(e).startswith(prefix)]
    assert len(found) == 1, [(_code(e), e.roles) for e in events]
    return found[0]


# -- a fronted concessive or pressure adjunct (Quirk et al. 1985 §8.89)


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("Despite warnings from France, Mali expelled the envoy on Tuesday.", "16", "Mali"),
        (
            "In defiance of appeals from Germany, Poland expelled two diplomats on Friday.",
            "16",
            "Poland",
        ),
    ],
)
def test_a_fronted_adjunct_leaves_the_subject_its_own(
    extract: Extract, text: str, code: str, source: str
) -> None:
    assert _one(extract(text), code).roles.source == source


def test_a_country_listed_after_a_place_stays_a_place(extract: Extract) -> None:
    # near miss: "from Chad, Niger and Mali" is one list, read as before
    event = _one(extract("Troops from Chad, Niger and Mali attacked the camp on Tuesday."), "19")
    assert event.roles.source == "Chad"


# -- people named again


def test_a_family_name_written_first_names_the_person_again(extract: Extract) -> None:
    text = (
        "President Yoon Suk Yeol declared martial law on Tuesday night. "
        "Yoon withdrew the martial law order hours later."
    )
    lifted = _one(extract(text), "0814")
    assert lifted.roles.source == "Yoon Suk Yeol"


def test_surnames_of_family_first_and_western_names() -> None:
    assert surnames("Li Qiang") == ("Qiang", "Li")
    assert surnames("Emmanuel Macron") == ("Macron",)  # near miss: the last word only
    assert surnames("Putin") == ("Putin",)


def test_a_name_cut_at_its_middle_initial_goes_on(extract: Extract) -> None:
    visit = _one(extract("President John F. Kennedy visited Berlin on Wednesday."), "04")
    assert visit.roles.source == "John F. Kennedy"


def test_a_cut_is_only_an_initial_ending_the_chunk() -> None:
    assert cut_at_initial("John F.", 17, "President John F.")
    assert not cut_at_initial("John F.", 17, "President John F. Kennedy")  # not at the end
    assert not cut_at_initial("John Kennedy", 22, "President John Kennedy")  # no initial
    person = Actor("John F.", "person", None, 10, 17)
    assert completed(person, "The talks ended.", 20) is None  # a function word opens no name
    assert completed(None, "Kennedy spoke.", 20) is None


def test_a_title_and_name_without_initial_read_as_before(extract: Extract) -> None:
    visit = _one(extract("President Bush visited Baghdad on Saturday."), "04")
    assert visit.roles.source == "Bush"


# -- the head noun of a compound object (Huddleston and Pullum 2002, ch. 5 §14)


def test_a_martial_law_order_withdrawn_ends_the_emergency(extract: Extract) -> None:
    events = extract("The president withdrew the martial law order on Thursday.")
    assert [_code(e) for e in events] == ["0814"]


def test_a_bill_withdrawn_stays_a_policy_change(extract: Extract) -> None:
    events = extract("The government withdrew the finance bill on Thursday.")
    assert [_code(e) for e in events] == ["0832"]


def test_the_row_naming_the_whole_compound_wins(extract: Extract) -> None:
    # near miss: "peacekeeping force" (§1661) over "force" alone (§087), as before
    events = extract("Kenya withdrew its peacekeeping force from Haiti on Monday.")
    assert [_code(e) for e in events] == ["1661"]


# -- "forces loyal to X" (Quirk et al. 1985 §17.54: a postposed adjective phrase)


def test_forces_loyal_to_a_government_are_its_own(extract: Extract) -> None:
    text = "Security forces loyal to Libya's new government killed nine villagers near Tripoli."
    events = extract(text)
    assert not [e for e in events if _code(e) == "170"]
    assert _one(events, "1").roles.source == "Libya"


def test_the_verb_force_with_an_object_stays_coercion(extract: Extract) -> None:
    event = _one(extract("Russia forces Ukrainian prisoners to dig trenches."), "17")
    assert (_code(event), event.roles.source) == ("170", "Russia")


# -- a warned spread is a comment (CAMEO 1.1b3 §012), not a fight


@pytest.mark.parametrize(
    "text",
    [
        "Jordan warned that the fighting could spread to the West Bank.",
        "Qatar warned that the clashes could widen into a regional war.",
    ],
)
def test_a_warned_spread_is_a_comment(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [_code(e) for e in events] == ["012"]
    assert events[0].roles.source in ("Jordan", "Qatar")


def test_a_spread_told_as_done_stays_a_fight(extract: Extract) -> None:
    events = extract("Jordan said the fighting spread to the West Bank on Monday.")
    assert not [e for e in events if _code(e) == "012"]


# -- "the group" after one named armed group (Halliday and Hasan 1976, §2.4)


def test_the_militants_are_the_one_group_named(extract: Extract) -> None:
    text = (
        "Al-Shabaab fighters stormed a police station in Baidoa on Monday. "
        "The militants burned two trucks on Tuesday."
    )
    burned = _one(extract(text), "18")
    assert burned.roles.source == "Al-Shabaab"


def test_two_groups_named_leave_the_noun_alone() -> None:
    memory = GroupMemory()
    memory.refer("Hamas and Hezbollah fired rockets.", 0, [_org("Hamas", 0), _org("Hezbollah", 10)])
    assert memory.refer("The group said it acted.", 40, []) == []


def test_one_group_named_takes_the_noun() -> None:
    memory = GroupMemory()
    memory.refer("Boko Haram raided a village.", 0, [_org("Boko Haram", 0)])
    (group,) = memory.refer("The group said it acted.", 40, [])
    assert (group.name, group.start) == ("Boko Haram", 44)


def test_a_group_of_people_is_no_armed_group() -> None:
    memory = GroupMemory()
    memory.refer("Boko Haram raided a village.", 0, [_org("Boko Haram", 0)])
    assert memory.refer("The group of protesters marched.", 40, []) == []
    # a rights group named after it: "the group" is that one's
    assert memory.refer("Amnesty International said so.", 80, [_org("Amnesty International", 80)])
    assert memory.refer("The group said it acted.", 120, []) == []
    # "the militants" is never the rights group
    (militants,) = memory.refer("The militants said it acted.", 160, [])
    assert militants.name == "Boko Haram"


def test_an_unnamed_group_brought_in_later_blocks_the_named_one() -> None:
    memory = GroupMemory()
    memory.refer("Boko Haram raided a village.", 0, [_org("Boko Haram", 0)])
    assert memory.refer("A local militia group fought back.", 40, []) == []
    assert memory.refer("The group said it killed two raiders.", 80, []) == []
    # named again, it is the candidate again
    memory.refer("Boko Haram denied it.", 120, [_org("Boko Haram", 120)])
    assert len(memory.refer("The group said so.", 160, [])) == 1


def _org(name: str, start: int) -> Actor:
    return Actor(name, "organisation", None, start, start + len(name))


# -- a vow joined to a reported toll is the reporter's (CAMEO 1.1b3 §13)


def test_the_reporters_vow_after_a_passive_toll(extract: Extract) -> None:
    events = extract("Nigeria said 12 villagers were killed and vowed to retaliate.")
    assert _one(events, "13").roles.source == "Nigeria"
    assert not [e for e in events if _code(e)[:2] in ("18", "19") and e.roles.source]


def test_the_reporters_vow_after_a_thing_did_harm(extract: Extract) -> None:
    events = extract("Mali said the blast killed 12 villagers and vowed to retaliate.")
    assert _one(events, "13").roles.source == "Mali"


def test_an_unnamed_group_reporting_its_dead_vows_itself(extract: Extract) -> None:
    # the passive's subject is the patient: "vowed" is the rebels' verb, not the killers'
    events = extract("The rebels said three of their men were killed and vowed revenge.")
    vow = _one(events, "13")
    assert vow.roles.source == "rebels"
    assert _one(events, "19").roles.source is None


def test_the_wounded_who_vow_are_not_a_reporter(extract: Extract) -> None:
    events = extract("Two soldiers were wounded and vowed to retaliate.")
    assert not [e for e in events if _code(e).startswith("13") and e.roles.source]
