"""Acts reported in speech (session 68): a gapped lexicon row that ran from a verb of saying
into its "that" clause ("declared that its jets had struck" read as a labour strike declared,
"posted that police had arrested" as police posted), "provided" read as the conditional
subordinator where it is the verb of giving ("Japan said it had provided $50 million in aid":
the aid flagged hypothetical), and a head act's own negation after the governing verb ("gave
accounts of why he was unable to visit"). See docs/history/reading.md, session 68.
Sentences written for these tests; each rule has near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers

_UNREAL = frozenset({"negated", "hypothetical", "planned"})


def _first(text: str) -> tuple[str, frozenset[str]]:
    """The full code and flags of the sentence's first trigger."""
    found = triggers(text)
    assert found, text
    return found[0].full or found[0].code, frozenset(found[0].flags)


# 1. A row's gap does not run into a "that" clause's subject or predicate


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "The defence ministry declared that its jets had struck a weapons depot near Idlib.",
            "19",
        ),
        ("The defence ministry declared that its jets struck a weapons depot near Idlib.", "19"),
        ("The interior ministry posted that police had arrested 40 protesters in Tbilisi.", "17"),
        ("The interior ministry posted on X that police had detained 12 students.", "17"),
    ],
)
def test_a_saying_verb_reports_its_clause_act(text: str, root: str) -> None:
    full, flags = _first(text)
    assert full.startswith(root)
    assert not flags & _UNREAL


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The union declared a general strike at the ports on Monday.", "143"),
        ("The interior ministry posted riot police outside parliament on Friday.", "153"),
        # the noun undergoes the act in a passive clause: the announcement imposes it
        (
            "The government announced that a curfew would be imposed in the capital from 8 pm.",
            "1723",
        ),
        (
            "The president declared that a state of emergency was in force in three provinces.",
            "1724",
        ),
        # "that" as a determiner right before the row's noun
        ("The ministry will grant that request on Friday.", "034"),
    ],
)
def test_a_row_with_its_own_object_stands(text: str, full: str) -> None:
    assert _first(text)[0] == full


# 2. "provided" with a subject or an auxiliary before it is the verb of giving


@pytest.mark.parametrize(
    "text",
    [
        "Japan said on Friday it had provided $50 million in emergency aid to Turkey.",
        "Japan provided $50 million in emergency aid to Turkey on Friday.",
        "Germany has provided air defence systems to Ukraine.",
        "The agency said it provided shelter to 3,000 families after the floods.",
    ],
)
def test_provided_aid_is_given(text: str) -> None:
    full, flags = _first(text)
    assert full.startswith("07")
    assert not flags & _UNREAL


@pytest.mark.parametrize(
    "text",
    [
        "The rebels will free the hostages provided that the army withdraws.",
        "Provided the army withdraws, the rebels will free the hostages.",
        "The rebels will free the hostages, provided the army withdraws from the town.",
        "The rebels said they would release the hostages provided the army withdrew.",
    ],
)
def test_a_release_on_a_condition_is_not_done(text: str) -> None:
    found = [t for t in triggers(text) if (t.full or t.code).startswith("084")]
    assert not [t for t in found if not set(t.flags) & _UNREAL]


# 3. A negation in the head act's own verb group, after the governing verb


def test_an_act_its_doer_was_unable_to_do_is_negated() -> None:
    text = "Officials gave different accounts of why he was unable to visit his daughter."
    full, flags = _first(text)
    assert full == "042"
    assert "negated" in flags


@pytest.mark.parametrize(
    "text",
    [
        "Officials said he visited his daughter in prison on Sunday.",
        "Officials gave different accounts of why he visited his daughter on Sunday.",
    ],
)
def test_an_act_done_stays_done(text: str) -> None:
    full, flags = _first(text)
    assert full == "042"
    assert not flags & _UNREAL


def test_a_negation_on_a_verb_between_stays_its_own() -> None:
    # near miss: "not" negates "stop", not the shooting after it
    text = (
        "A pledge to provide a protected service could not stop the assassin's bullet "
        "that tore through his window on Friday night."
    )
    full, flags = _first(text)
    assert full == "186"
    assert "negated" not in flags


# 4. Conceding that something is so acknowledges it (§015), no yielding (§080)


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry conceded that police had arrested 40 protesters in Tbilisi.",
        "The defence ministry conceded on Monday that its jets had struck a weapons depot.",
    ],
)
def test_a_fact_conceded_is_acknowledged(text: str) -> None:
    assert _first(text)[0] == "015"


@pytest.mark.parametrize(
    "text",
    [
        "The candidate conceded defeat on Sunday night.",
        "The party conceded the seat to the opposition.",
    ],
)
def test_a_defeat_conceded_is_yielded(text: str) -> None:
    assert _first(text)[0] == "080"
