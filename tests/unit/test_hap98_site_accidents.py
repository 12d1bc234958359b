"""Two building fires or works' blasts at towns of one country far apart are two accidents
(EM-DAT (CRED) records technological accidents at their site), while a quake or a storm told
from two towns of one country stays one disaster (``happenings.sites``, ``rules._place``):
issue 16, set BE's near miss of one night's two fires in Gujarat and Delhi."""

from __future__ import annotations

from dashboard.happenings.model import Spot
from dashboard.happenings.rules import _place


def _town(name: str, lat: float, lon: float) -> Spot:
    return Spot(f"t:{name}", name, "city", lat, lon, "IN", None, 1)


RAJKOT = _town("Rajkot", 22.30, 70.80)
DELHI = _town("Delhi", 28.61, 77.21)
JHANSI = _town("Jhansi", 25.45, 78.57)
LUCKNOW = _town("Lucknow", 26.85, 80.95)


def test_two_fires_at_towns_far_apart_are_two_accidents() -> None:
    assert _place(RAJKOT, DELHI, True, site=True) is None


def test_a_fire_told_from_its_state_capital_stays_one_accident() -> None:
    part = _place(JHANSI, LUCKNOW, True, site=True)
    assert part is not None
    assert "one disaster" in part.reason


def test_a_natural_disaster_told_from_two_far_towns_stays_one() -> None:
    part = _place(RAJKOT, DELHI, True)
    assert part is not None
    assert "one disaster" in part.reason
