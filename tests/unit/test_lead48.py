"""Faults a fresh user (newuser48) found, each with the near miss the rule must keep:
a weekday in the reporter's own clause after a saying, report nouns under "no", onlookers'
forecasts, joint shows of force, and a "Title:" label over the headline. Sentences written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]

# Wednesday 2026-06-17; the Tuesday before it is 2026-06-16
HEAD = "date 2026-06-17\nBEIRUT — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


def _codes(events: list[Event]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.event_code or e.event_type.code, e.flags) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said on Tuesday it had restored order, but residents reported "
        "shelling on Wednesday.",
        "The army said on Tuesday the road was open; villagers reported shelling on Wednesday.",
        "The governor said on Tuesday the town was calm, while residents reported shelling "
        "on Wednesday.",
    ],
)
def test_a_weekday_in_the_reporters_own_clause_is_read_from_the_article_day(
    extract: Extract, sentence: str
) -> None:
    # read from the saying's Tuesday, "Wednesday" was the one a week before
    days = {str(e.when.start) for e in extract(sentence) if e.when.text.endswith("Wednesday")}
    assert days == {"2026-06-17"}


def test_a_weekday_inside_the_saying_still_comes_before_it(extract: Extract) -> None:
    # the near miss: told inside the speaker's clause, the Wednesday is the one before
    # the saying's Tuesday (as before)
    events = extract("The ministry said on Tuesday that troops had shelled the camp on Wednesday.")
    days = {str(e.when.start) for e in events if e.when.text.endswith("Wednesday")}
    assert days == {"2026-06-10"}


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no reports of clashes in Tripoli on Monday.",
        "Police saw no sign of fighting in Tripoli on Monday.",
        "There was no word of an attack in Tripoli on Monday.",
        "Monitors found no evidence of any shelling in Tripoli on Monday.",
    ],
)
def test_a_report_noun_under_no_denies_what_it_would_report(
    extract: Extract, sentence: str
) -> None:
    events = extract(sentence)
    assert events
    assert all("negated" in flags for _, flags in _codes(events))


@pytest.mark.parametrize(
    "sentence",
    [
        "There were reports of clashes in Tripoli on Monday.",
        "There were no reports of casualties after clashes in Tripoli on Monday.",
    ],
)
def test_a_report_of_the_act_itself_still_tells_it(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert events
    assert all("negated" not in flags for _, flags in _codes(events))


@pytest.mark.parametrize(
    "sentence",
    [
        "If the talks fail, Turkey will launch an offensive in Idlib, analysts said.",
        "Analysts said Turkey will launch an offensive in Idlib.",
        "According to experts, the army will attack the town next week.",
        "The army will attack the town next week, said military analysts.",
    ],
)
def test_an_onlookers_forecast_is_no_threat(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert events
    for code, flags in _codes(events):
        assert not code.startswith("13")
        assert "hypothetical" in flags


@pytest.mark.parametrize(
    "sentence",
    [
        "If the talks fail, Turkey will launch an offensive in Idlib, the minister said.",
        "Turkey will launch an offensive in Idlib, the defence minister told analysts.",
    ],
)
def test_the_actors_own_voice_still_threatens(extract: Extract, sentence: str) -> None:
    assert any(code.startswith("13") for code, _ in _codes(extract(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan and the Philippines will hold joint naval patrols in the South China Sea "
        "next month.",
        "Japan and the Philippines will patrol the sea together next month.",
        "China will hold joint patrols with Russia near Alaska next week.",
    ],
)
def test_a_joint_show_of_force_to_come_is_military_cooperation(
    extract: Extract, sentence: str
) -> None:
    assert [code for code, _ in _codes(extract(sentence))] == ["0312"]


def test_a_show_of_force_of_ones_own_to_come_stays_a_threat(extract: Extract) -> None:
    codes = [code for code, _ in _codes(extract("China will hold naval patrols near Taiwan."))]
    assert codes
    assert all(code.startswith("13") for code in codes)


@pytest.mark.parametrize("label", ["Title: ", "title:", "Headline: "])
def test_a_title_label_is_not_part_of_the_title(label: str) -> None:
    text = f"{label}Algeria recalls its envoy\nDate: 2024-07-31\n\nALGIERS — Algeria recalled it."
    assert parse_article(text, path="t").title == "Algeria recalls its envoy"


def test_a_headline_that_only_begins_with_the_word_keeps_it() -> None:
    text = "Title fight set for Riyadh\nDate: 2024-07-31\n\nRIYADH — The bout was announced."
    assert parse_article(text, path="t").title == "Title fight set for Riyadh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey has not ruled out military action in northern Iraq, its minister said.",
        "Israel has never ruled out an attack on the Iranian sites.",
        "The government did not rule out strikes on the rebel camps.",
    ],
)
def test_force_not_ruled_out_is_a_threat(extract: Extract, sentence: str) -> None:
    told = _codes(extract(sentence))
    assert [code for code, _ in told] == ["138"]
    assert all("negated" not in flags for _, flags in told)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # talks not ruled out are no threat; force ruled out is no threat either
        ("The minister did not rule out talks with the rebels.", "125"),
        ("Turkey ruled out military action in northern Iraq.", "120"),
    ],
)
def test_what_is_not_force_or_is_ruled_out_keeps_its_reading(
    extract: Extract, sentence: str, want: str
) -> None:
    assert [code for code, _ in _codes(extract(sentence))] == [want]


# newuser48b on the merged tree: "no immediate reports of", a holiday naming a thing, labels


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no immediate reports of clashes in Tripoli on Monday.",
        "Monitors saw no further signs of shelling in Tripoli on Monday.",
    ],
)
def test_an_adjective_between_no_and_the_report_noun_still_denies(
    extract: Extract, sentence: str
) -> None:
    told = _codes(extract(sentence))
    assert told
    assert all("negated" in flags for _, flags in told)


def test_reports_of_new_clashes_still_tell_them(extract: Extract) -> None:
    told = _codes(extract("There were reports of new clashes in Tripoli on Monday."))
    assert told
    assert all("negated" not in flags for _, flags in told)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked the Christmas market in Hamburg on Monday.",
        "Police arrested 30 protesters at the Christmas parade in Leeds on Monday.",
    ],
)
def test_a_holiday_naming_a_thing_is_no_date(extract: Extract, sentence: str) -> None:
    # the Monday before the article's Wednesday, not 25 December
    assert {str(e.when.start) for e in extract(sentence)} == {"2026-06-15"}


def test_the_holiday_itself_is_still_a_date(extract: Extract) -> None:
    days = {str(e.when.start) for e in extract("Gunmen attacked a church in Jos on Christmas Day.")}
    assert days == {"2025-12-25"}


@pytest.mark.parametrize(
    ("first", "want"),
    [
        ("Headline: Title: Envoy recalled", "Envoy recalled"),
        ("Title:", "Algeria recalled it."),  # a bare label gives way to the first sentence
    ],
)
def test_labels_alone_or_stacked_are_no_title(first: str, want: str) -> None:
    text = f"{first}\nDate: 2024-07-31\n\nALGIERS — Algeria recalled it."
    assert parse_article(text, path="t").title == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing has not ruled out the use of force against the island.",
        "The president has not ruled out military force to seize the canal.",
        "The president did not rule out using the military against the cartels.",
    ],
)
def test_force_itself_not_ruled_out_is_a_threat(extract: Extract, sentence: str) -> None:
    told = _codes(extract(sentence))
    assert [code for code, _ in told] == ["138"]
    assert all("negated" not in flags for _, flags in told)


def test_force_ruled_out_is_no_threat(extract: Extract) -> None:
    told = _codes(extract("Beijing ruled out the use of force against the island."))
    assert all(not code.startswith("13") for code, _ in told)


@pytest.mark.parametrize(
    "sentence",
    [
        "Parliament voted on Tuesday against imposing sanctions on the banks.",
        "The council voted against deploying troops to the border on Tuesday.",
    ],
)
def test_an_act_voted_down_is_not_done(extract: Extract, sentence: str) -> None:
    told = _codes(extract(sentence))
    assert told
    assert all("negated" in flags for _, flags in told)


def test_against_inside_the_motion_is_the_motions(extract: Extract) -> None:
    # "against" after the infinitive names the sanctions' target: the vote carries them
    told = _codes(extract("Lawmakers voted to impose sanctions against the banks on Tuesday."))
    assert told
    assert all("negated" not in flags and "planned" in flags for _, flags in told)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two councillors voted against the permit on Tuesday.",
        "Two members voted against it on Tuesday, saying it was too weak.",
    ],
)
def test_a_vote_against_a_thing_is_its_rejection(extract: Extract, sentence: str) -> None:
    # the vote is the act (§120); only an act named by a gerund after "against" is undone
    told = _codes(extract(sentence))
    assert ("120", ()) in told


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel carried out its first air strike on the city in the past decade on Monday.",
        "It was the deadliest attack on the port in the past two years, officials said on Monday.",
    ],
)
def test_a_stretch_framing_a_superlative_dates_nothing(extract: Extract, sentence: str) -> None:
    # the act is Monday's; "in the past decade" says what it is first or deadliest within
    events = extract(sentence)
    assert events
    assert {str(e.when.start) for e in events} == {"2026-06-15"}


def test_a_stretch_with_no_comparison_still_dates_the_act(extract: Extract) -> None:
    (event,) = extract("Rebels have attacked the town 30 times in the past two years.")
    assert (str(event.when.start), event.when.precision) == ("2024-06-17", 4)


def test_a_gerund_under_no_reports_of_is_denied(extract: Extract) -> None:
    told = _codes(extract("There were no reports of Chadian troops crossing the border."))
    assert told
    assert all("negated" in flags for _, flags in told)


def test_reports_of_a_gerund_still_tell_it(extract: Extract) -> None:
    told = _codes(extract("There were reports of Chadian troops crossing the border on Monday."))
    assert told
    assert all("negated" not in flags for _, flags in told)
