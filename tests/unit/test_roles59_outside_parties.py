"""Who is no side of an act though named beside it: the owner of a relational noun ("X,
Premier Y's rival"; "Y's envoy, X,"), the council a letter is sent to, the court whose
warrant an arrest is made on, and the main clause's names for an "after NAME was ..."
clause; with the lines that say so. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2025-03-20": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def _one(extract, body: str, code: str):  # type: ignore[no-untyped-def]
    return next(e for e in extract(body) if e.event_code.startswith(code))


# --- the owner of a relational noun ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "ISTANBUL (AP) — Turkish police arrested Ozgur Ozel, Erdogan's chief critic, on Wednesday.",
        "MINSK, Belarus (AP) — Authorities jailed Maria Petrova, Lukashenko's longtime opponent, on Monday.",
    ],
)
def test_a_rivals_owner_is_not_the_one_arrested(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract, body, "17")
    assert ev.roles.target not in ("Recep Tayyip Erdogan", "Alexander Lukashenko")


def test_an_allys_owner_is_not_the_one_killed(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "KYIV, Ukraine (AP) — Russian troops killed Oleh Ivanenko, Zelenskyy's close ally, on Monday.",
        "19",
    )
    assert ev.roles.source == "Russia"
    assert ev.roles.target != "Volodymyr Zelensky"


def test_a_leaders_envoy_meets_not_the_leader(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "MOSCOW (AP) — Trump's envoy, Steve Witkoff, met Putin in Moscow on Thursday.",
        "04",
    )
    assert ev.roles.source != "Donald Trump"
    assert ev.summary.startswith("Trump's envoy, Steve Witkoff, met Putin")


def test_a_leaders_minister_meets_not_the_leader(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "BEIJING (AP) — Putin's foreign minister, Sergey Lavrov, met Xi in Beijing on Wednesday.",
        "04",
    )
    assert ev.roles.source != "Vladimir Putin"
    assert "Vladimir Putin" not in ev.summary


def test_a_states_envoy_still_acts_for_the_state(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: CAMEO codes a state's envoy by the state
    ev = _one(extract, "CAIRO (AP) — Qatar's envoy met Hamas leaders in Cairo on Monday.", "04")
    assert ev.roles.source == "Qatar"


def test_a_leaders_own_act_keeps_the_leader(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: a possessive of a non-relational noun ("Erdogan's government") is untouched
    ev = _one(extract, "ANKARA, Turkey (AP) — Erdogan criticized Israel on Monday.", "11")
    assert ev.roles.source == "Recep Tayyip Erdogan"


def test_the_apposition_stays_in_the_line(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "MUNICH, Germany (AP) — Vance, Trump's vice president, criticized European leaders on Friday.",
        "11",
    )
    assert ev.summary.startswith("Vance, Trump's vice president, criticized")
    assert ev.roles.source != "Donald Trump"


# --- a letter's addressee ------------------------------------------------------------------


def test_the_council_a_letter_goes_to_is_not_its_writer(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "UNITED NATIONS (AP) — Iraq sent a letter to the Security Council on Monday accusing "
        "Turkey of violating its airspace.",
        "11",
    )
    assert ev.roles.source == "Iraq"
    assert ev.roles.target == "Turkey"


def test_the_council_written_to_is_not_the_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "UNITED NATIONS (AP) — Syria wrote to the U.N. Security Council on Friday condemning "
        "Israeli airstrikes near Damascus.",
        "19",
    )
    assert ev.roles.source != "Security Council"


def test_what_the_council_was_told_reads_from_the_reported_clause(extract) -> None:  # type: ignore[no-untyped-def]
    ev = _one(
        extract,
        "UNITED NATIONS (AP) — Ukraine's ambassador told the Security Council on Tuesday that "
        "Russia had bombed a hospital.",
        "19",
    )
    assert ev.roles.source == "Russia"
    assert ev.summary == "Russia had bombed a hospital"


def test_the_council_itself_acting_stays_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: the council is the subject, no addressee
    ev = _one(
        extract,
        "UNITED NATIONS (AP) — The Security Council condemned the attack on Monday.",
        "11",
    )
    assert ev.roles.source == "Security Council"


# --- a warrant's issuer --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "THE HAGUE, Netherlands (AP) — Former president Omar al-Bashir was arrested by police on "
        "Monday on an ICC warrant.",
        "KINSHASA, Congo (AP) — A rebel leader was detained on Friday under an International "
        "Criminal Court warrant.",
    ],
)
def test_the_court_of_the_warrant_is_not_the_one_arrested(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract, body, "17")
    assert ev.roles.target not in ("ICC", "International Criminal Court")


# --- an "after" clause with a name of its own as subject -----------------------------------


def test_the_main_clauses_target_does_not_leak_into_an_after_clause(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "TEHRAN, Iran (AP) — Khamenei vowed harsh punishment for Israel on Wednesday after "
        "Haniyeh was killed in Tehran."
    )
    killing = next(e for e in events if e.summary.startswith("Haniyeh was killed"))
    assert killing.roles.target != "Israel"
    assert killing.roles.source is None


def test_a_named_subject_after_after_keeps_its_sides(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: the "after" clause's own subject and agent are actors, and stay its sides
    events = extract(
        "TEHRAN, Iran (AP) — Khamenei vowed harsh punishment for Israel on Wednesday after "
        "Hezbollah was attacked by Israel in Beirut."
    )
    attack = next(e for e in events if e.summary.startswith("Hezbollah was attacked"))
    assert (attack.roles.source, attack.roles.target) == ("Israel", "Hezbollah")


# --- a fronted "Despite" adjunct -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "line"),
    [
        (
            "KYIV, Ukraine (AP) — Despite Western pressure, Russia hit Kharkiv with drones on Monday.",
            "Russia hit Kharkiv with drones",
        ),
        (
            "ANKARA, Turkey (AP) — Despite U.S. objections, Turkish jets struck Kurdish positions "
            "in Syria on Monday.",
            "Turkish jets struck Kurdish positions in Syria",
        ),
    ],
)
def test_the_line_of_a_fronted_despite_is_the_main_clause(extract, body: str, line: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract, body, "19")
    assert ev.summary == line


def test_a_preposition_with_no_comma_still_heads_the_line(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "In the east, Russian troops struck": the comma closes the adjunct, the subject
    # after it opens the line as before
    ev = _one(
        extract, "KYIV, Ukraine (AP) — In the east, Russian troops struck Pokrovsk on Monday.", "19"
    )
    assert ev.summary == "Russian troops struck Pokrovsk"


# --- a passive's subject owned by the reporter ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "KYIV, Ukraine (AP) — Ukraine's navy said three of its sailors were captured by "
            "Russian forces on Sunday.",
            "Ukraine",
        ),
        (
            "MANILA, Philippines (AP) — The Philippines said one of its fishing boats was rammed "
            "by a Chinese vessel on Tuesday.",
            "Philippines",
        ),
        ("Israel's military said its positions were attacked by Hezbollah on Monday.", "Israel"),
    ],
)
def test_the_reporters_own_in_a_passive_are_the_target(extract, body: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in extract(body) if e.event_code[:2] in ("17", "18", "19"))
    assert ev.roles.target == target
    assert ev.roles.source != target


def test_the_reporters_own_weapons_are_not_the_target(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "its missiles were fired": the weapon's owner fired them, it was not hit
    ev = _one(
        extract,
        "TEHRAN, Iran (AP) — Iran said its missiles were fired at Israeli bases on Monday.",
        "19",
    )
    assert ev.roles.target != "Iran"


def test_the_reporters_forces_as_agent_leave_the_target(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: "its" in the "by" phrase owns the agent, not the patient
    ev = _one(
        extract,
        "KYIV, Ukraine (AP) — Ukraine said Russian soldiers were captured by its forces on Monday.",
        "17",
    )
    assert ev.roles.target == "Russia"


def test_an_unnamed_envoy_stands_for_its_principal(extract) -> None:  # type: ignore[no-untyped-def]
    # newuser59d: "Y's envoy" left unnamed is Y's side; only a named agent is the actor
    events = extract("Zelenskyy met Putin's envoy in Istanbul.")
    assert events
    assert events[0].roles.target == "Vladimir Putin"
