"""reader13's own sentences for forces named by the kind of soldier ("commandos",
"paratroopers"): they are armed forces (CAMEO 1.1b3 §15), so sending them is a deployment and
putting them on alert a raised alert. Every sentence here was written for these tests."""

from __future__ import annotations

from dashboard.events.cameo import triggers


def _codes(text: str) -> list[str]:
    return [t.full or t.code for t in triggers(text)]


def test_commandos_dispatched_are_a_deployment() -> None:
    assert _codes("The ministry dispatched commandos to the island on Friday.") == ["154"]


def test_paratroopers_flown_in_are_a_deployment() -> None:
    assert _codes("Britain flew paratroopers to Cyprus.") == ["154"]


def test_commandos_put_on_alert_raise_the_alert() -> None:
    assert _codes("Naval commandos were put on alert.") == ["152"]


def test_a_player_sent_to_a_camp_stays_no_deployment() -> None:
    # near-miss: no armed force is sent
    assert _codes("The club sent its new signing to the training camp.") == []
