"""cameo59: a run of U+FFFD is one mark; acts counted years back ("three years since the
invasion") or told entering a year ("the war entered its tenth year") are background; a vow
to remember codes nothing; "insisted on Tuesday that …" maintains a fact; ground taken "by
force" is §192 (a vow of it §1382, holding it open §138), a thing taken by force is not.
Sentences written for these tests."""

from __future__ import annotations

from dashboard.events.tokens import tokenize
from tests.unit.reading import full_codes

LOST = "\ufffd\ufffd\ufffd"  # a curly apostrophe or quote decoded byte by byte


# --- 1. a run of replacement characters is one mark ----------------------------------------


def test_lost_apostrophe_is_the_clitic() -> None:
    tokens = tokenize(f"the Republic{LOST}s army")
    assert [t.lower for t in tokens] == ["the", "republic", "'s", "army"]


def test_lost_quote_is_one_mark() -> None:
    tokens = tokenize(f"a {LOST}special{LOST} law")
    assert [t.text for t in tokens] == ["a", LOST, "special", LOST, "law"]


def test_curly_apostrophe_tokens_near_miss() -> None:
    tokens = tokenize("the Republic’s army")
    assert [t.lower for t in tokens] == ["the", "republic", "'s", "army"]


def test_lost_apostrophe_keeps_demanded_act() -> None:
    text = f"Tokyo demanded that the small island nation{LOST}s military government release the prisoners."
    assert full_codes(text, asserted=True)[:1] == ["1053"]


def test_plain_apostrophe_demanded_act_near_miss() -> None:
    text = "Tokyo demanded that the island nation's military government release the prisoners."
    assert full_codes(text, asserted=True)[:1] == ["1053"]


# --- 2. acts counted years back, and wars entering a year --------------------------------


def test_years_since_invasion_is_background() -> None:
    assert not any(
        c[:2] in ("18", "19", "20")
        for c in full_codes(
            "Poland marked five years since the Russian invasion on Friday.", asserted=True
        )
    )


def test_years_since_clause_is_background() -> None:
    assert not any(
        c[:2] in ("18", "19", "20")
        for c in full_codes("It has been two years since Russia invaded Ukraine.", asserted=True)
    )


def test_days_since_ceasefire_near_miss() -> None:
    assert "194" in full_codes(
        "Russian forces shelled Kharkiv three days since the ceasefire.", asserted=True
    )


def test_since_dated_attack_near_miss() -> None:
    assert "190" in full_codes("Shelling has continued since the attack on Monday.", asserted=True)


def test_war_entering_tenth_year_is_background() -> None:
    assert full_codes("The war in Yemen entered its tenth year on Monday.", asserted=True) == []


def test_fighting_entering_third_day_near_miss() -> None:
    assert "190" in full_codes("The fighting entered its third day on Monday.", asserted=True)


def test_troops_entered_city_near_miss() -> None:
    assert "154" in full_codes("Troops entered the city on Monday.", asserted=True)


# --- 3. a vow to remember ------------------------------------------------------------------


def test_vow_never_to_forget_codes_nothing() -> None:
    assert full_codes("Survivors vowed never to forget the bombing.", asserted=True) == []


def test_pledge_to_remember_codes_nothing() -> None:
    assert full_codes("The families pledged to always remember the victims.", asserted=True) == []


def test_vow_to_forget_grievances_near_miss() -> None:
    assert full_codes("The president vowed to forget past grievances.", asserted=True)[:1] == [
        "030"
    ]


def test_vow_to_remember_and_avenge_near_miss() -> None:
    assert (
        full_codes("Iran vowed to remember its commanders and to avenge them.", asserted=True) != []
    )


def test_vow_to_release_near_miss() -> None:
    assert full_codes("The minister vowed to release the prisoners.", asserted=True)[:1] == ["0353"]


# --- 4. "insisted on <day> that": the time of the saying, not "insist on" ----------------


def test_insisted_on_day_that_fact_is_no_demand() -> None:
    assert "100" not in full_codes(
        "Japan insisted on Tuesday that the islands are its territory.", asserted=True
    )


def test_insisted_on_day_on_withdrawal_near_miss() -> None:
    assert full_codes(
        "Japan insisted on Tuesday on a full withdrawal of foreign troops.", asserted=True
    )[:1] == ["1056"]


def test_insisted_on_date_that_must_near_miss() -> None:
    assert full_codes("Japan insisted on March 3 that Seoul must lift the embargo.", asserted=True)[
        :1
    ] == ["1054"]


# --- 5. ground taken by force ---------------------------------------------------------------


def test_would_take_island_by_force_is_threat_of_occupation() -> None:
    assert "1382" in full_codes(
        "Beijing said it would take the island by force if necessary.", asserted=True
    )


def test_not_ruling_out_taking_by_force_is_threat() -> None:
    assert full_codes("The president refused to rule out taking Svalbard by force.", asserted=True)[
        :1
    ] == ["138"]


def test_town_taken_by_force_is_occupation() -> None:
    assert full_codes("The rebels took the town by force on Monday.", asserted=True)[:1] == ["192"]


def test_microphone_taken_by_force_near_miss() -> None:
    assert "192" not in full_codes("He took the microphone by force.", asserted=True)


def test_money_taken_by_force_near_miss() -> None:
    assert "192" not in full_codes("Thieves took the money by force.", asserted=True)


# --- 6. a vow not to yield is a refusal -----------------------------------------------------


def test_vow_not_to_resign_is_refusal() -> None:
    assert full_codes("The president vowed not to resign.", asserted=True)[:1] == ["1231"]


def test_vow_never_to_disarm_is_refusal() -> None:
    assert full_codes("The rebels vowed never to lay down their arms.", asserted=True)[:1] == [
        "1246"
    ]


def test_vow_not_to_negotiate_is_rejection() -> None:
    assert full_codes("The government vowed not to negotiate with the kidnappers.", asserted=True)[
        :1
    ] == ["125"]


def test_vow_not_to_unnamed_act_codes_nothing() -> None:
    assert (
        full_codes(
            "The minister has vowed not to return the disputed islands to Japan.", asserted=True
        )
        == []
    )


def test_vow_to_resign_near_miss() -> None:
    assert full_codes("The president vowed to resign.", asserted=True)[:1] == ["0341"]


def test_vow_not_only_near_miss() -> None:
    text = "The army vowed not only to rebuild the bridge but to reopen the border."
    assert full_codes(text, asserted=True)[:1] == ["0351"]


# --- 7. a day between the refusal and "to rule out" -----------------------------------------


def test_refused_on_day_to_rule_out_force_is_threat() -> None:
    text = "The president refused on Monday to rule out military action against Iran."
    assert full_codes(text, asserted=True)[:1] == ["138"]


def test_declined_yesterday_to_rule_out_sanctions_is_threat() -> None:
    text = "The minister declined yesterday to rule out new sanctions on Moscow."
    assert full_codes(text, asserted=True)[:1] == ["1312"]


def test_refused_on_day_to_meet_near_miss() -> None:
    assert full_codes("The minister refused on Monday to meet the envoy.", asserted=True)[:1] == [
        "125"
    ]
