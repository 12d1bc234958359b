"""Issue 16: ``bench/happenings_eval.py --why`` says which actor refusal kept a gold pair
apart, in the rule's terms only (no names), so a blind set's classes tell a ship's flag read
with no role from two sides that both acted. Reports built by hand for these tests."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from dashboard.happenings.model import Report, Spot

BENCH = Path(__file__).resolve().parents[2] / "bench" / "happenings_eval.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("happenings_eval", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("happenings_eval", module)
    spec.loader.exec_module(module)
    return module


RED_SEA = Spot("rg:red-sea", "Red Sea", "sea", 20.0, 38.0, None, None, 3)
DAY = date(2026, 6, 17)


def _report(eid: str, countries: set[str], source: str | None = None, root: str = "19") -> Report:
    return Report(
        eid,
        "art-" + eid,
        root,
        DAY,
        DAY,
        1,
        RED_SEA,
        countries=frozenset(countries),
        source_country=source,
    )


def test_two_unroled_flags_are_told_as_neither_naming_who_acted() -> None:
    # one ship attacked: one outlet names its flag, another its manager's country, no role
    step = _bench()._step(_report("a", {"LR"}), _report("b", {"GR"}))[1]
    assert step == "actors (disjoint actor countries, neither names who acted; 1/1 actor countries)"


def test_two_known_acting_countries_are_told_as_such() -> None:
    # two sides each named as who acted, neither naming the other: two attacks
    step = _bench()._step(_report("a", {"RU"}, "RU"), _report("b", {"IL"}, "IL"))[1]
    assert step == "actors (two different known acting countries)"


def test_two_meetings_of_other_parties_are_told_as_such() -> None:
    a = _report("a", {"FR", "CN"}, root="04")
    b = _report("b", {"FR", "IN"}, root="04")
    assert _bench()._step(a, b)[1] == (
        "actors (two meetings, each naming a party the other does not)"
    )
