"""fix68c: acts a fresh user's articles told and the coder missed, each a general rule.

Persons wanted for trial sent or handed to another state are judicial cooperation (CAMEO
1.1b3 §063), read only with a country named after "to"; troops that left a country withdrew
(§087), read only with a country as the object; a ceasefire proposal accepted is the
ceasefire agreed to (§0356); fighters burning their own weapons demobilize (§0873); a
legislature voting an official out of office imposes an administrative sanction (§172, as
impeachment); a wildfire that advanced on a place is burning (EM-DAT wildfire); a number's
comma ends no order before its "by" deadline. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, full_codes, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _done(text: str) -> list[str]:
    """The full codes of the sentence's triggers told as done (no flag of modality)."""
    unreal = {"negated", "hypothetical", "planned"}
    return [t.full or t.code for t in triggers(text) if not unreal & set(t.flags)]


# --- 1. persons wanted for trial sent to another state: §063 ---------------------------------


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Colombia sent 14 alleged cartel bosses to the United States on Tuesday.",
            ("Colombia", "United States"),
        ),
        ("Guatemala flew two fugitives to Mexico on Tuesday.", ("Guatemala", "Mexico")),
        (
            "Honduras transferred three drug traffickers to the United States on Tuesday.",
            ("Honduras", "United States"),
        ),
    ],
)
def test_wanted_persons_sent_to_a_state_are_judicial_cooperation(
    extract: Extract, body: str, sides: tuple[str, str]
) -> None:
    events = extract(body)
    assert [code(e) for e in events] == ["063"]
    assert (events[0].roles.source, events[0].roles.target) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Colombia sent 14 alleged cartel bosses to Bogota on Tuesday.",  # a town of its own
        "Colombia sent 14 alleged cartel bosses to Mexico City on Tuesday.",  # a name goes on
        "Police transferred the suspects to a prison near the capital on Tuesday.",
        "Colombia sent aid to Venezuela on Tuesday.",
        "Colombia sent troops to the border on Tuesday.",
        "Colombia sent a delegation to Ecuador on Tuesday.",
    ],
)
def test_no_judicial_cooperation_without_wanted_persons_and_a_state(text: str) -> None:
    assert "063" not in full_codes(text)


def test_hostages_handed_to_a_state_stay_a_release() -> None:
    # near miss: captives handed over are released (§0841), not given to justice
    assert "063" not in full_codes("The militants handed over four hostages to Qatar on Monday.")
    assert "0841" in full_codes("The militants handed over four hostages to Qatar on Monday.")


# --- 2. troops that left a country withdrew: §087 --------------------------------------------


def test_troops_that_left_a_country_withdrew(extract: Extract) -> None:
    events = extract("The last Chadian soldiers left Niger on Saturday.")
    assert [code(e) for e in events] == ["087"]
    assert (events[0].roles.source, events[0].roles.target) == ("Chad", "Niger")


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers left the barracks on Saturday.",
        "Police left the scene on Saturday.",
        "The soldiers left Niger's capital on Saturday.",  # a part of the country
        "The minister left for talks in Niger on Saturday.",
        "The blast left five soldiers dead on Saturday.",
        "Chad ordered French troops to leave Chad on Saturday.",  # the order, not a leaving
        "Dozens of workers left Niger on Saturday.",
        "A strategic bomber left Japan on Saturday.",  # a craft's departure
    ],
)
def test_leaving_no_country_or_not_by_troops_is_no_withdrawal(text: str) -> None:
    assert "087" not in full_codes(text)


# --- 3. a ceasefire proposal accepted: §0356 -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels accepted a Kenyan ceasefire proposal on Monday.",
        "The militia accepted the truce plan on Monday.",
        "The rebels accepted a proposal for a ceasefire on Monday.",
    ],
)
def test_a_ceasefire_proposal_accepted_is_intent_to_de_escalate(text: str) -> None:
    assert _done(text)[:1] == ["0356"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels accepted the invitation to the summit on Monday.",
        "The rebels rejected the ceasefire proposal on Monday.",
    ],
)
def test_other_acceptances_and_rejections_are_not_0356(text: str) -> None:
    assert "0356" not in full_codes(text)


def test_a_proposal_not_accepted_is_negated() -> None:
    flags = {f for t in triggers("The rebels did not accept the truce plan.") for f in t.flags}
    assert "negated" in flags


# --- 4. fighters burning their own weapons: §0873 -------------------------------------------


def test_fighters_burning_their_weapons_demobilize(extract: Extract) -> None:
    events = extract("Some 40 guerrilla fighters burned their rifles at a ceremony on Friday.")
    assert [code(e) for e in events] == ["0873"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned their identity cards on Friday.",
        "Protesters burned the flag on Friday.",
        "Police burned seized weapons on Friday.",
    ],
)
def test_other_burnings_are_no_demobilization(text: str) -> None:
    assert "0873" not in full_codes(text)


# --- 5. a legislature voting an official out: §172 ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ecuador's National Assembly voted late Tuesday to remove the interior minister "
        "from office.",
        "Opposition lawmakers removed the governor from office on Tuesday.",
        "Chile's Senate removed the governor from office on Tuesday.",
        "Lawmakers voted 87-12 to oust the speaker from office on Tuesday.",
    ],
)
def test_a_removal_from_office_by_vote_is_an_administrative_sanction(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert [code(e) for e in events] == ["172"]
    assert not rooted(events, "19")


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers voted against a motion to remove the minister from office on Tuesday.",
        "Lawmakers voted on a bill to remove the minister from office on Tuesday.",
        "Parliament voted to remove the clause from the bill on Tuesday.",
        "Congress failed to remove the minister from office on Tuesday.",
        "The court removed the mayor from office on Tuesday.",
        "The mayor was removed from office on Tuesday.",
    ],
)
def test_no_removal_voted_is_no_sanction(text: str) -> None:
    assert "172" not in _done(text)


def test_soldiers_removing_a_president_stay_a_coup() -> None:
    assert full_codes("Soldiers removed the president from power on Tuesday.")[:1] == ["190"]


# --- 6. a wildfire that advanced on a town; a "by" deadline after "20,000" ------------------


def test_a_wildfire_advancing_on_a_town_is_a_wildfire(extract: Extract) -> None:
    events = extract("A wildfire advanced toward the town of Fort Smith on Wednesday.")
    assert [code(e) for e in events] == ["DIS-FIRE"]


def test_rebels_advancing_are_no_wildfire(extract: Extract) -> None:
    events = extract("Rebels advanced toward the town of Fort Smith on Wednesday.")
    assert not [e for e in events if code(e) == "DIS-FIRE"]


def test_an_order_with_a_counted_object_keeps_its_by_deadline() -> None:
    from dashboard.events.deadlines import deadline_date

    text = "Officials ordered all 12,000 residents to leave by Sunday as the fire spread."
    assert deadline_date(text, text.index("by Sunday"))
    plain = "Officials met 12,000 residents by Sunday."
    assert not deadline_date(plain, plain.index("by Sunday"))


def test_a_transfer_denied_is_negated() -> None:
    flags = {
        f
        for t in triggers("Colombia did not send the fugitives to Mexico on Tuesday.")
        if (t.full or t.code) == "063"
        for f in t.flags
    }
    assert "negated" in flags
