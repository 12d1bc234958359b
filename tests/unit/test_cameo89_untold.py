"""cameo89: act words the sentence does not tell as done (a deployment paused, a ban ruled
unlawful, a role a person is named to, a mass grave as a burial place, a scare-quoted verb),
ground forces crossing into territory (§190), and
the wide-gap row for a rally permitted to a person named with a title (§0833).
Sentences written for these tests."""

from __future__ import annotations

from tests.unit.reading import full_codes


def codes(text: str) -> list[str]:
    return full_codes(text, asserted=True)


# --- 1. a deployment halted adds no forces (§154) ------------------------------------------


def test_paused_deployment_is_no_mobilization() -> None:
    assert "154" not in codes("The government is pausing the deployment of troops to the border.")


def test_halted_deployment_is_no_mobilization() -> None:
    assert "154" not in codes("Chile halted the deployment of soldiers to the north on Monday.")


def test_completed_deployment_near_miss() -> None:
    assert "154" in codes("Chile completed the deployment of troops to the border on Monday.")


# --- 2. a measure a court rules on is judged, not imposed ---------------------------------


def test_ban_ruled_unlawful_is_no_sanction() -> None:
    assert codes("The High Court ruled the ban unlawful on Wednesday.") == []


def test_deployment_declared_unconstitutional_is_no_mobilization() -> None:
    text = "A court in Lima declared the deployment of soldiers unconstitutional on Thursday."
    assert "154" not in codes(text)


def test_ban_imposed_near_miss() -> None:
    assert codes("The ministry imposed a ban on rallies in the capital on Monday.") != []


# --- 3. a role named after "as" ------------------------------------------------------------


def test_named_as_gunman_is_no_attack() -> None:
    assert codes("Police named a local councillor as one of the gunmen.") == []


def test_named_as_the_gunman_is_no_attack() -> None:
    assert codes("Prosecutors named a former soldier as the gunman.") == []


def test_gunmen_who_attacked_near_miss() -> None:
    text = "Gunmen attacked a police post in the north of the country on Sunday."
    assert codes(text)[:1] == ["180"]


# --- 4. a mass grave as the place bodies lie ----------------------------------------------


def test_buried_in_mass_grave_is_no_killing() -> None:
    assert "202" not in codes("The bodies were buried in mass graves outside the village.")


def test_exhumed_from_mass_grave_is_no_killing() -> None:
    assert "202" not in codes("Forensic teams exhumed forty bodies from a mass grave.")


def test_massacre_near_miss() -> None:
    assert "202" in codes("Militiamen carried out a massacre in the village on Friday.")


# --- 5. a scare-quoted verb is not vouched for --------------------------------------------


def test_scare_quoted_rescue_is_no_act() -> None:
    assert codes('Soldiers "rescued" the hostages in the village, the army claimed.') == []


def test_curly_scare_quoted_verb_is_no_act() -> None:
    assert codes("Police \u201carrested\u201d the journalist at the airport.") == []


def test_unquoted_rescue_near_miss() -> None:
    assert codes("Soldiers rescued the hostages in the village on Friday.") != []


def test_quoted_clause_near_miss() -> None:
    text = 'He said: "Police arrested the journalist at the airport yesterday."'
    assert "173" in codes(text)


# --- 6. rows: an incursion, a rally permitted --------------------------------------------


def test_troops_crossing_into_territory_is_force() -> None:
    assert codes("Ukrainian soldiers crossed into the Kursk region on Tuesday.")[:1] == ["190"]


def test_tanks_crossing_border_into_is_force() -> None:
    assert codes("Russian tanks crossed the border into Georgia on Friday.")[:1] == ["190"]


def test_troops_crossing_river_near_miss() -> None:
    assert codes("NATO troops crossed the river on Monday.")[:1] == ["154"]


def test_rally_permitted_to_named_leader_is_right_granted() -> None:
    text = "The interior minister allowed opposition leader Rahim Khan Durrani to bring out a rally in Lahore."
    assert codes(text)[:1] == ["0833"]


def test_promise_reneged_on_near_miss() -> None:
    assert codes("The president reneged on his promise to hold elections.")[:1] == ["120"]


# --- 7. "needs to": a requirement, or a demand when a speaker voices it --------------------


def _done(text: str) -> list[str]:
    """Full codes of the triggers told as done (neither negated nor hypothetical)."""
    from dashboard.events.cameo import triggers

    return [t.full for t in triggers(text) if not {"negated", "hypothetical"} & set(t.flags)]


def test_named_party_needs_to_release_is_no_release() -> None:
    assert "0841" not in _done("Israel needs to release the hostages.")


def test_reported_need_of_a_named_party_is_a_demand() -> None:
    assert codes("The minister said Israel needs to release the hostages.")[:1] == ["1053"]


def test_release_done_near_miss() -> None:
    assert "0841" in _done("Israel released the hostages on Monday.")


# --- 8. a document released, its writer named after it -------------------------------------


def test_statement_released_with_its_writer_is_no_release() -> None:
    assert "0841" not in codes("The White House released a statement Joe Biden wrote.")


def test_letter_released_with_its_signer_is_no_release() -> None:
    assert "0841" not in codes("The Kremlin released a letter Vladimir Putin had signed.")


def test_freed_video_journalist_near_miss() -> None:
    assert "0841" in codes("The rebels freed a video journalist on Monday.")


def test_we_need_to_is_no_demand_near_miss() -> None:
    text = "We need to settle the budget issues before we do anything else, said Senator Jane Doe."
    assert not [c for c in codes(text) if c.startswith("10")]
