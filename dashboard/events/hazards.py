"""Happenings outside CAMEO: natural hazards, industrial accidents and collisions at sea.

Their types (``DIS-QUAKE``, ``DIS-FLOOD`` ...) and patterns are data
(``data/events/hazards.csv``, each row with its source: EM-DAT's disaster classification and
the matching GDELT GKG theme), so CAMEO's codes stay pure: ``event_type.code`` is the
``DIS-`` code and ``event_code`` is null. ``dashboard.events.cameo.quad_class`` gives them 0.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.cameo import Trigger
from dashboard.events.prefilter import Needs, fold, may_match, needed
from dashboard.model import EventType
from dashboard.paths import data_dir

PREFIX = "DIS-"
WEIGHT = 3  # a phrase: outranks single CAMEO verbs that come later, yields to specific phrases


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], tuple[tuple[str, re.Pattern[str]], ...]]:
    names: dict[str, str] = {}
    rules: list[tuple[str, re.Pattern[str]]] = []
    with (data_dir() / "events" / "hazards.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["code"].startswith(PREFIX) or not row["source"].strip():
                raise ValueError(
                    f"hazards.csv: bad row {row!r} (code must start {PREFIX}, source set)"
                )
            names[row["code"]] = row["name"]
            rules.append((row["code"], re.compile(row["pattern"], re.IGNORECASE)))
    return names, tuple(rules)


def is_hazard(code: str) -> bool:
    return code.startswith(PREFIX)


def event_type(code: str) -> EventType:
    """The type of a ``DIS-`` code, named as in ``hazards.csv``.

    >>> event_type("DIS-FLOOD")
    EventType(code='DIS-FLOOD', name='Flood')
    """
    return EventType(code, _table()[0][code])


def codes() -> dict[str, str]:
    """Every hazard type, code -> name, for legends and filters."""
    return dict(_table()[0])


@lru_cache(maxsize=1)
def _needs() -> tuple[Needs | None, ...]:
    """Each pattern's literal words (``prefilter.needed``), in the table's order."""
    return tuple(needed(rx) for _, rx in _table()[1])


def hazard_triggers(sentence: str) -> list[Trigger]:
    """Hazard happenings in one sentence, as triggers (``full`` None: no CAMEO code)."""
    folded = fold(sentence)  # most sentences name no hazard: a substring test skips them
    found = [
        Trigger(code, WEIGHT, m.start(), m.end(), m.group())
        for (code, rx), words in zip(_table()[1], _needs(), strict=True)
        if may_match(words, folded)
        for m in rx.finditer(sentence)
    ]
    kept: list[Trigger] = []
    for t in sorted(found, key=lambda t: t.start):
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    return kept
