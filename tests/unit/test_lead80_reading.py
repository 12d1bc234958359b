"""Faults the lead found reading news of its own (stop 80). See docs/history/reading.md,
stop 80. Sentences written for these tests; each rule has near misses that must not change.

1. A zero relative clause whose gap is the object ("freed the travellers they had seized")
   was read as the main clause, so the earlier seizure outranked the release it names.
2. A month and year on a noun ("the June 2023 killing") dated the clause's act.
3. A comment participle after the act (", calling the strike in X a violation", ", citing
   the killing of a student in Y") lent its place to the act.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. The object-gap zero relative (Quirk et al. 1985 §17.15) is a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "Armed men on Monday freed 14 bus passengers they had seized on the highway.",
        "The militia on Tuesday released the aid workers it had abducted in the spring.",
        "Gunmen on Monday released 12 students they had kidnapped last week.",
    ],
)
def test_the_release_is_read_not_the_seizure_before_it(extract: Extract, text: str) -> None:
    codes = [code(e) for e in real(extract(text), "")]
    assert codes
    assert codes[0].startswith("084"), codes


def test_the_object_gap_relative_keeps_its_own_date_apart(extract: Extract) -> None:
    events = real(
        extract("Rebels on Monday released the 30 soldiers they had captured in March."), ""
    )
    assert events
    assert code(events[0]).startswith("084")
    assert events[0].when.start.isoformat() == "2026-06-15"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a fronted adverbial, not an object, before the pronoun: the main clause stays
        ("After the ambush they arrested six men near the market.", "17"),
        ("Last month they arrested six men near the market.", "17"),
        # "told reporters (that) they had …": a complement, not a relative
        ("Police told reporters they had arrested six men on Monday.", "17"),
        # a noun whose clause is its content
        ("Investigators found evidence they had arrested the wrong man.", "17"),
    ],
)
def test_near_misses_keep_their_act(extract: Extract, text: str, root: str) -> None:
    assert any(code(e).startswith(root) for e in real(extract(text), "")), text


# 2. A month and year on a noun date that noun, not the clause's act (TimeML: a TIMEX3 in a
# noun phrase anchors the event nominal it modifies)


def test_a_month_and_year_on_a_noun_do_not_date_the_refusal(extract: Extract) -> None:
    events = extract(
        "The ministry had refused to cooperate with the inquiry into the June 2023 killing "
        "of a journalist in the port city, officials said."
    )
    refusals = [e for e in events if code(e).startswith("12")]
    assert refusals
    assert all(e.when.start.year == 2026 for e in refusals)


def test_a_month_and_year_after_the_act_still_date_it(extract: Extract) -> None:
    events = real(extract("Rebels attacked the town in May 2024, killing two farmers."), "19")
    assert events
    assert (events[0].when.start.year, events[0].when.start.month) == (2024, 5)


# 3. A participle of naming or judging after the act keeps its places (Quirk et al. 1985
# §15.58, supplementive clauses)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Uganda recalled its ambassador from Nairobi on Friday, citing the killing of "
            "two traders in Mombasa.",
            "UG",
        ),
        (
            "Peru expelled the Bolivian envoy on Monday, calling the rally in La Paz an "
            "insult to its president.",
            "PE",
        ),
    ],
)
def test_the_comment_participle_lends_no_place(extract: Extract, text: str, country: str) -> None:
    acts = real(extract(text), "16")
    assert acts
    assert where(acts[0])[1] == country


def test_a_place_before_the_participle_stays(extract: Extract) -> None:
    acts = real(
        extract("Police arrested six men in Mombasa on Friday, citing a threat to public order."),
        "17",
    )
    assert acts
    assert where(acts[0])[0] == "Mombasa"


def test_calling_on_an_addressee_keeps_the_appeals_target(extract: Extract) -> None:
    events = extract(
        "A petition was circulated around Kenya and abroad, calling on the Kenyan government "
        "to bring the nurses home."
    )
    assert any(e.roles.target == "Kenya" for e in events)
