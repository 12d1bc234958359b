"""Date faults a new user found (newuser47 §8, §9, §15), each rule with sentences written for
these tests and near misses that keep their reading: "in the past decade" was no date, so an
act told in it took the day of the saying; a running war spoken of on a day ("said on
Tuesday it was winning the ongoing war", "the war, now in its fourth year, has killed …")
was an event of that day or week; a capture told only as a reduced relative on the people
released ("aid workers kidnapped in Yemen were released on Monday") took the week of
publication."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2026-06-18"  # a Thursday
PUB_DAY = date.fromisoformat(PUB)
WEDNESDAY = date(2026, 6, 17)
DECADE_BACK = date(2016, 6, 18)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _phrases(sentence: str) -> dict[str, tuple[date, date]]:
    return {d.text: (d.range.start, d.range.end) for d in find_dates(sentence, PUB_DAY)}


# ------------------------------------------------------------------ "in the past decade"


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        ("Police have detained hundreds of activists in the past decade.", "in the past decade", DECADE_BACK),
        ("Exports to Asia doubled over the previous decade.", "over the previous decade", DECADE_BACK),
        ("Floods have struck the delta twice in the past century.", "in the past century", date(1926, 6, 18)),
    ],
)  # fmt: skip
def test_the_past_decade_is_a_stretch_up_to_publication(
    sentence: str, phrase: str, start: date
) -> None:
    assert _phrases(sentence).get(phrase) == (start, PUB_DAY)


def test_an_act_in_the_past_decade_is_not_the_sayings_day(extract: Extract) -> None:
    (ev,) = extract(
        "Soldiers have killed hundreds of villagers in Darfur in the past decade, "
        "a rights group said on Wednesday."
    )
    # a stretch told by a dated saying ends on the saying's day (dates92, session 91), as
    # "for 12 days, officials said on Tuesday" already did: the decade up to Wednesday
    assert (ev.date_start, ev.date_end) == (date(2016, 6, 17), WEDNESDAY)
    assert ev.when.precision == 4


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # the final stretch of something else, not the stretch up to publication
        ("The fort was built in the last decade of the century.", "in the last decade"),
        ("He ruled harshly in the last two years of his reign.", "in the last two years"),
    ],
)
def test_near_miss_the_last_decade_of_something_is_no_stretch(sentence: str, phrase: str) -> None:
    assert phrase not in _phrases(sentence)


def test_the_dates_contract_leaves_the_past_decade_out_as_a_duration() -> None:
    # TimeML tags "the past decade" a DURATION (P10Y): the contract lists DATEs
    found = document_dates(
        "Police have detained hundreds of activists in the past decade.", PUB_DAY
    )
    assert [f.text for f in found] == []


# ------------------------------------------------------------------ a running war told of


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said on Wednesday they were winning the ongoing war against the government.",
        "The ongoing war in Sudan has killed thousands of civilians, the UN said on Wednesday.",
        "The conflict in Myanmar, now in its fifth year, has killed thousands of people, "
        "aid agencies said on Wednesday.",
        "The siege of Al-Fashir, now in its third month, has starved thousands, the UN said on "
        "Wednesday.",
        # a situation's toll in the present perfect is its whole toll so far, no day's act
        "The war in Ukraine has killed tens of thousands of civilians, the UN said on Wednesday.",
        "The insurgency in Mozambique has killed 4,000 people.",
    ],
)
def test_a_running_situation_spoken_of_on_a_day_takes_no_date(extract: Extract, text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the day is the act's, not only the telling's
        "Troops shelled rebel positions on Wednesday in the ongoing war, the army said.",
        "The ongoing war escalated on Wednesday as troops shelled Omdurman.",
        # an act told after a saying's day is no running situation
        "The army said on Wednesday it had shelled rebel positions near Goma.",
        # an occurrence with its age is not one of the situation nouns
        "Fighting, now in its third day, has killed 20 people in Goma, officials said on Wednesday.",
        # the sentence tells an occurrence besides the running war, dated by its telling
        "The ongoing war in Sudan continued as troops shelled Omdurman, the army said on "
        "Wednesday.",
        # a toll told in the simple past is the day's
        "The war in Sudan killed 20 people in Omdurman on Wednesday.",
        # gunmen are no running situation
        "Gunmen have killed 12 villagers in Zamfara, police said on Wednesday.",
    ],
)
def test_near_miss_an_act_on_the_day_keeps_it(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert all((e.date_start, e.date_end) == (WEDNESDAY, WEDNESDAY) for e in events)


# ------------------------------------------------------------------ a capture before its release


@pytest.mark.parametrize(
    "text",
    [
        "Three engineers abducted in Niger were released on Wednesday after talks.",
        "Two journalists detained by the police in Harare have been freed, their lawyer said on "
        "Wednesday.",
    ],
)
def test_a_capture_told_only_before_its_release_takes_no_date(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e)[:3] for e in events] == ["084"]
    assert (events[0].date_start, events[0].date_end) == (WEDNESDAY, WEDNESDAY)


def test_near_miss_a_capture_with_its_own_date_keeps_it(extract: Extract) -> None:
    events = extract("Three engineers abducted in Niger in March were released on Wednesday.")
    (capture,) = [e for e in events if code(e).startswith("181")]
    assert (capture.date_start, capture.date_end) == (date(2026, 3, 1), date(2026, 3, 31))


def test_near_miss_a_finite_capture_is_not_a_modifier(extract: Extract) -> None:
    # the gunmen's act is told in a main clause, not as a modifier of the released people
    events = extract("Gunmen abducted three engineers in Niger, who were released on Wednesday.")
    assert [e for e in events if code(e).startswith("181")]


def test_the_note_names_a_capture_left_out_as_told_before_its_release(
    geoparser: Geoparser,
) -> None:
    from dashboard.articles.reader import parse_article
    from dashboard.events.extract import EventExtractor

    body = "Three engineers abducted in Niger were released on Wednesday after talks."
    article = parse_article(f"date {PUB}\n{body}", path="t")
    _events, notes = EventExtractor(geoparser).read(
        article, geoparser.analyse(article.text, article.published)
    )
    assert "1 act(s) told only as before a dated one left out" in notes
    assert not [n for n in notes if "running situation" in n]
