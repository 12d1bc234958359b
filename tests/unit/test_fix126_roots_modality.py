"""Root and modality of cards a fresh user left open (session 92, fix126), written again as
our own sentences on other topics. See docs/history/reading.md, session 92: fix126.

1. A nominal "the lifting of X" or "the end of X" approved, ordered or announced was the
   imposing of X (§1724, §1723, §172); it is its easing (§0814, §0813, §081).
2. A measure that is the subject of its own imposing verb in a negated passive ("martial
   law had not been declared") was told as done; it is negated, as the active is.
3. A vote against ("cast the dissenting votes", "two justices dissented") was a protest.
4. A measure told in the present as a standing state ("is already barred", "remains
   banned", "is serving a sentence") was dated to the report's week.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. The lifting of a measure is its easing (CAMEO 1.1b3 §081, §0813, §0814)


@pytest.mark.parametrize(
    ("text", "eased"),
    [
        ("The senate voted for the lifting of the state of emergency in the north.", "0814"),
        ("The governor announced the end of martial law in the province.", "0814"),
        ("The mayor ordered the lifting of the curfew in the old town.", "0813"),
        ("The cabinet approved the lifting of the ban on street markets.", "081"),
    ],
)
def test_lifting_of_a_measure_is_its_easing(extract: Extract, text: str, eased: str) -> None:
    events = extract(text)
    assert [code(e) for e in rooted(events, "17")] == []
    assert eased in [code(e) for e in real(events, "08")]


@pytest.mark.parametrize(
    ("text", "imposed"),
    [
        ("Soldiers imposed martial law across the island on Tuesday.", "1724"),
        ("The senate approved a state of emergency in the north.", "1724"),
        ("The mayor ordered a curfew in the old town.", "1723"),
    ],
)
def test_measure_imposed_stays_imposed(extract: Extract, text: str, imposed: str) -> None:
    assert imposed in [code(e) for e in real(extract(text), "17")]


def test_measure_lifted_stays_eased(extract: Extract) -> None:
    assert "0813" in [code(e) for e in real(extract("The governor lifted the curfew."), "08")]


# 2. A negated passive of the measure's own verb negates the measure (Quirk et al. §3.63)


@pytest.mark.parametrize(
    "text",
    [
        "A state of emergency has not been declared in the region since 1995.",
        "A curfew was never imposed on the coastal towns.",
        "Martial law had not been proclaimed there in decades.",
    ],
)
def test_negated_passive_of_own_verb_is_no_act(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "17") != []
    assert real(events, "17") == []


@pytest.mark.parametrize(
    "text",
    [
        "A state of emergency was declared in the region on Tuesday.",
        "A curfew was imposed on the coastal towns on Monday.",
    ],
)
def test_passive_of_own_verb_stays_done(extract: Extract, text: str) -> None:
    assert real(extract(text), "17") != []


def test_rally_that_was_not_banned_stays_a_rally(extract: Extract) -> None:
    # the ban is the verb negated; the rally, its relative clause's subject, was held
    events = extract("Dockworkers held a rally on Monday that was not banned.")
    assert real(events, "14") != []


# 3. A vote against a decision is no protest (CAMEO 1.1b3 §140 is civilians' dissent)


@pytest.mark.parametrize(
    "text",
    [
        "Two commissioners cast dissenting votes on the fishing quota.",
        "Four justices dissented from the ruling on the water rights.",
        "Six senators dissented in the vote on the budget.",
    ],
)
def test_vote_against_is_no_protest(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "14") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dissenting farmers marched on the ministry on Monday.",
        "Thousands of nurses protested outside the ministry on Monday.",
    ],
)
def test_street_dissent_stays_a_protest(extract: Extract, text: str) -> None:
    assert real(extract(text), "14") != []


# 4. A standing state told in the present is no act of the report's week (Quirk §3.76)


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor is already barred from standing for office until 2031.",
        "The newspaper remains banned in the capital.",
        "The union leader is still serving a six-year sentence.",
    ],
)
def test_standing_state_has_no_act_of_the_week(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "11", "17") == []


@pytest.mark.parametrize(
    "text",
    [
        "The electoral board barred the former mayor from standing for office on Monday.",
        "The ministry banned the newspaper on Tuesday.",
        "A court sentenced the union leader to six years in prison on Monday.",
    ],
)
def test_act_of_barring_keeps_its_day(extract: Extract, text: str) -> None:
    events = rooted(extract(text), "11", "17")
    assert events != []
    assert all(e.date_start is not None and e.date_start.year == 2026 for e in events)


# 5. A warning framed in the middle of a condition and its result (Quirk et al. §15.51)


@pytest.mark.parametrize(
    "text",
    [
        "If the shelling continues, the charity warned, herders could lose their cattle.",
        "If the clashes spread, thousands of families could flee their homes, the charity warned.",
        "If the shelling continues, the UN warned, farmers could lose their harvest.",
    ],
)
def test_warned_outcome_of_a_condition_is_no_threat(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "13") == []
    assert real(events, "19") == []


def test_threat_in_a_medial_frame_stays_a_threat(extract: Extract) -> None:
    text = "If the raids go on, the general warned, the rebels will face a harsh response."
    assert rooted(extract(text), "13") != []
