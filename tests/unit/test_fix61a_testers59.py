"""fix61a: confident wrong cards the testers of stop 59 found (newuser59c/d/e), mended by
general rules: an event word inside a concessive adjunct ("Despite the sanctions,") tells no
happening; a fronted medium adjunct ("In a letter to the Security Council,") names no
subject; what a subject noun of asking asks for ("An appeal by X to Y to end the siege") is
not done; a mandative that-clause's subject is the demand's target; a mediator is the source
of mediated talks; who names an act ("called the protest weak") is not its doer; a
capitalised "Without" inside a name ("Reporters Without Borders") is no negation; "a bomb
plot" tells no bombing; stones thrown at civilians by no crowd are an assault (§180), not a
riot. Sentences written for these tests; each rule has near misses that must stay
unchanged. See docs/history/reading.md, fix61a."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# --- concessive adjuncts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Despite the embargo, Cuba bought fuel from Mexico on Tuesday.",
        "Despite heavy shelling, Ukrainian troops held Kupiansk on Monday.",
        "In spite of the blockade, Qatar flew food to Yemen on Monday.",
        "Chile kept buying copper from Peru despite the sanctions.",
    ],
)
def test_an_act_done_despite_something_makes_no_card_of_that_something(text: str) -> None:
    assert full_codes(text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Despite a ceasefire, Russian forces shelled Kharkiv on Tuesday.", "19"),
        ("Despite the ban, protesters marched in Minsk on Sunday.", "14"),
        ("The sanctions notwithstanding, Iran struck the base.", "19"),
    ],
)
def test_the_main_act_beside_a_concession_is_kept(text: str, root: str) -> None:
    assert full_codes(text)[0].startswith(root)


# --- a fronted medium adjunct ---------------------------------------------------------------


def test_whom_a_fronted_letter_is_addressed_to_is_no_source(extract: Extract) -> None:
    events = extract(
        "In a letter to the Security Council, Pakistan accused India of aggression on Monday."
    )
    accusation = next(e for e in events if code(e).startswith("11"))
    assert (accusation.roles.source, accusation.roles.target) == ("Pakistan", "India")


def test_a_fronted_time_adjunct_still_leaves_the_subject(extract: Extract) -> None:
    events = extract("In a speech on Monday, Ethiopia accused Eritrea of arming rebels.")
    assert next(e for e in events if code(e).startswith("11")).roles.source == "Ethiopia"


# --- what a subject noun of asking asks for -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("An appeal by the African Union to Sudan to halt the offensive was rejected.", "12"),
        ("An appeal by the Red Cross to end the siege of El Fasher went unheeded.", "02"),
        ("A demand by Kyiv to free the prisoners went unanswered.", "10"),
    ],
)
def test_what_an_appeal_asks_for_is_not_done(text: str, root: str) -> None:
    fulls = full_codes(text)
    assert fulls[0].startswith(root)
    assert not any(f.startswith(("08", "19", "0841", "086")) for f in fulls)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        # the rejection's own row reads the appeal and its content whole
        ("Israel rejected an appeal by the United Nations to allow aid into Gaza.", "1245"),
        ("Russia rejected a demand to withdraw its troops.", "1246"),
        ("The UN urged Israel to allow aid into Gaza.", "0255"),
    ],
)
def test_an_appeal_that_is_an_object_or_a_verb_is_read_as_before(text: str, full: str) -> None:
    assert full_codes(text)[0] == full


# --- a mandative that-clause ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ukraine demanded that Hungary release the detained soldiers on Monday.", "Hungary"),
        ("Britain demanded on Tuesday that Iran free the tanker crew.", "Iran"),
    ],
)
def test_the_subject_of_a_demanded_clause_is_the_target(
    extract: Extract, text: str, target: str
) -> None:
    demand = next(e for e in extract(text) if code(e).startswith("10"))
    assert demand.roles.target == target


def test_a_demand_with_an_object_keeps_it_as_target(extract: Extract) -> None:
    demand = next(e for e in extract("Ukraine urged Hungary to release the soldiers."))
    assert demand.roles.target == "Hungary"


# --- mediators ------------------------------------------------------------------------------


def test_the_mediator_of_talks_between_two_sides_is_the_source(extract: Extract) -> None:
    events = extract("Norway mediated talks between Colombia and the ELN in Oslo on Tuesday.")
    talks = next(e for e in events if code(e).startswith("04"))
    assert (talks.roles.source, talks.roles.target) == ("Norway", "Colombia")


def test_talks_between_two_sides_keep_them_as_source_and_target(extract: Extract) -> None:
    events = extract("Talks between Colombia and the ELN resumed in Oslo on Tuesday.")
    talks = next(e for e in events if code(e).startswith("04"))
    assert talks.roles.source == "Colombia"


# --- who names an act -----------------------------------------------------------------------


def test_who_calls_a_protest_irrelevant_did_not_protest(extract: Extract) -> None:
    events = extract("Israel called the protests irrelevant on Monday.")
    assert all(e.roles.source != "Israel" for e in events if code(e).startswith("14"))


def test_who_calls_talks_constructive_stays_their_party(extract: Extract) -> None:
    events = extract("Russia called the talks with Ukraine constructive on Monday.")
    assert next(e for e in events if code(e).startswith("04")).roles.source == "Russia"


# --- a name's capitalised words -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Engineers Without Borders criticized the government in Nairobi on Monday.",
        "Doctors Without Borders staff were attacked in Khartoum on Monday.",
    ],
)
def test_without_inside_a_name_is_no_negation(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert not any("negated" in e.flags for e in events)


def test_without_in_running_text_still_negates(extract: Extract) -> None:
    events = extract("The protest in Nairobi ended without arrests on Monday.")
    assert not any(code(e).startswith("173") and "negated" not in e.flags for e in events)


# --- a bomb plot ----------------------------------------------------------------------------


def test_a_bomb_plot_is_no_bombing() -> None:
    fulls = full_codes("Police uncovered a bomb plot in Lyon on Tuesday and arrested two men.")
    assert fulls[0] == "173"
    assert "183" not in fulls


def test_a_bomb_that_went_off_is_still_a_bombing() -> None:
    assert full_codes("A bomb exploded in a market in Lyon on Tuesday.")[0].startswith("18")


# --- pelting --------------------------------------------------------------------------------


def test_stones_thrown_at_civilians_by_no_crowd_are_an_assault() -> None:
    assert full_codes("Settlers pelted Palestinian shepherds with rocks near Hebron.")[0] == "180"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters pelted police with stones in Nairobi on Tuesday.",
        "Villagers pelted the governor's convoy with stones.",
    ],
)
def test_stones_thrown_by_a_crowd_or_at_the_police_stay_a_riot(text: str) -> None:
    assert full_codes(text)[0] == "145"
