"""Confident wrong codes and flags a fresh user found (session 76, fix76a): a warning to an
addressee that "it would face air strikes" read as a forecast of the addressee's own act (a
pessimistic comment, §012) instead of a threat (§138); aircraft and experts sent to
help a recovery effort read as forces mobilized (§154); a ruling that a decree allowing
house arrest was unlawful read as an arrest (§173); "vowed that the state would have a
monopoly on weapons" read as military aid vowed (§0332); "will hand over control of border crossings" read as
judicial cooperation (§0313); "faces a verdict on Friday" dated to the Friday before
publication, as done; a deal signed on Monday, in a phrase fronting a "will" clause,
flagged planned. See docs/history/reading.md,
session 76. Sentences written for these tests; each rule has near misses that must not
change."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. "warned X (on Tuesday) that it would face …": X is the addressee, not the clause's subject


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's defence minister warned Somalia on Tuesday that it would face air strikes "
        "if it did not pull its troops back.",
        "Turkey warned Greece last week that it would face bombardment unless it withdrew.",
        "The Indian army chief warned Pakistan that it would face air strikes if the raids "
        "went on.",
    ],
)
def test_warned_addressee_faces_force_is_a_threat(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "13")
    assert not [e for e in events if code(e) == "012"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's defence minister warned Somalia on Tuesday that Ethiopia would attack it.",
        "The minister warned that the economy would face a recession if rates stayed high.",
    ],
)
def test_another_partys_act_or_a_gloomy_outlook_stays_a_comment(
    extract: Extract, text: str
) -> None:
    events = extract(text)
    assert not rooted(events, "13")


# 2. A sending told by its relief purpose is humanitarian aid (§073/§0333), however long the
# list of what is sent


@pytest.mark.parametrize(
    "text",
    [
        "Spain said it will send an aircraft and technical experts to help the recovery effort.",
        "Japan will send two transport aircraft and doctors to assist flood victims in Libya.",
        "Canada sent a military aircraft and rescue specialists to help the relief operation.",
    ],
)
def test_aircraft_sent_to_help_relief_is_aid(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "03", "07")
    assert not rooted(events, "15", "13")


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send troops and tanks to the border, the defence ministry said.",
        "India deployed extra soldiers and armoured vehicles to help secure the border.",
    ],
)
def test_forces_sent_for_no_relief_stay_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "03", "07")


# 3. An arrest noun naming what a legal text allows, the text judged unlawful: no arrest


@pytest.mark.parametrize(
    "text",
    [
        "A judge ruled on Monday that a detention order against the opposition leader had "
        "been issued unlawfully.",
        "The Supreme Court ruled that a decree permitting house arrest of the former minister "
        "had not been valid.",
        "The court found that the law allowing detention without trial was unconstitutional.",
    ],
)
def test_a_legal_text_judged_unlawful_is_no_arrest(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


@pytest.mark.parametrize(
    "text",
    [
        "A judge ruled on Monday that the arrest of the journalist was illegal.",
        "A court issued a detention order against the former minister on Monday.",
        "Police arrested the former minister on Monday and placed him under house arrest.",
    ],
)
def test_an_arrest_made_or_ordered_stays_an_arrest(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "17")


# 4. Arms named inside a "that" clause are its proposition's, not military aid vowed (§0332)


@pytest.mark.parametrize(
    "text",
    [
        "In his first speech on Monday, President Ali Hassan vowed that the army would have "
        "sole control of weapons.",
        "The new prime minister pledged that only the state would hold arms.",
        "The interior minister promised that no militia would keep its weapons.",
    ],
)
def test_arms_in_a_vowed_clause_are_no_military_aid(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [e for e in events if code(e) in ("0332", "072")]


@pytest.mark.parametrize(
    "text",
    [
        "The United States pledged to send weapons to Ukraine.",
        "The defence minister pledged that Germany would supply more weapons to Ukraine.",
        "Ukraine appealed for more weapons and ammunition on Monday.",
    ],
)
def test_arms_given_or_sought_keep_their_code(extract: Extract, text: str) -> None:
    assert [e for e in extract(text) if code(e) in ("0332", "0232")]


# 5. Ground handed over is a military yielding (§0874; §0356 when promised), no judicial
# cooperation (§063 hands over people)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Under the accord, the militia will hand over control of checkpoints and airports "
         "in the east to the government by the end of the year.", "0356"),
        ("The rebels will hand over the city of Kidal to the army next month.", "0356"),
        ("The rebels handed over two checkpoints to the army on Monday.", "0874"),
    ],
)  # fmt: skip
def test_ground_handed_over_is_yielded(extract: Extract, text: str, want: str) -> None:
    codes = [code(e) for e in extract(text)]
    assert want in codes
    assert not [c for c in codes if c[:3] in ("063", "031")]


def test_a_person_handed_over_stays_judicial_cooperation(extract: Extract) -> None:
    text = "Colombia handed over the drug trafficker to the United States on Monday."
    assert [e for e in extract(text) if code(e) == "063"]


# 6. "faces a verdict on Friday": the proceeding set for a day is still to come (timetable
# future); published Thursday 2026-06-18, so Friday is 2026-06-19


@pytest.mark.parametrize(
    "text",
    [
        "Former President Mario Rossi faces a verdict in a separate bribery trial on Friday.",
        "The former governor faces a verdict on Friday in his fraud case.",
        "Two former ministers face a verdict in the graft trial on Friday.",
    ],
)
def test_a_faced_verdict_is_ahead(extract: Extract, text: str) -> None:
    events = rooted(extract(text), "11")
    assert events
    assert all(e.when.start == date(2026, 6, 19) and "planned" in e.flags for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A court found the former governor guilty of fraud on Friday.",
        "The former governor faced a verdict on Friday in his fraud case.",
    ],
)
def test_a_verdict_told_in_the_past_keeps_the_last_friday(extract: Extract, text: str) -> None:
    events = rooted(extract(text), "11")
    assert events
    assert all(e.when.start == date(2026, 6, 12) and "planned" not in e.flags for e in events)


# 7. A deal signed in a fronted phrase ("Under the deal signed on Monday, X will …") is done:
# the "will" is the main clause's


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal signed on Monday, the Kurdish-led militia will hand over control of "
        "checkpoints in the north to the army by June.",
        "Under the deal signed on Monday, Hamas will free 20 hostages next week.",
        "Under the accord signed in Doha on Monday, the two sides will meet again in May.",
    ],
)
def test_a_deal_signed_in_a_fronted_phrase_is_done(extract: Extract, text: str) -> None:
    deals = rooted(extract(text), "057")
    assert deals
    assert all("planned" not in e.flags for e in deals)


@pytest.mark.parametrize(
    "text",
    [
        "Under a deal to be signed on Friday, the rebels will hand over two checkpoints.",
        "The two sides will sign a peace deal in Doha on Friday.",
    ],
)
def test_a_deal_still_to_be_signed_stays_planned(extract: Extract, text: str) -> None:
    deals = rooted(extract(text), "057", "037")
    assert deals
    assert all("planned" in e.flags for e in deals)
