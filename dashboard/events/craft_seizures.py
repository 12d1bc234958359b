"""A ship taken by the boats that came at it: "three small craft approached a tanker off
Fujairah and diverted it toward Iran". The second verb shares the first's subject (Quirk et
al. 1985, 13.46), and a vessel forced off its course by the boats that approached it is taken
(CAMEO 1.1b3 §181 abduct, hijack or take hostage; §171 seize property for a navy's boats),
as ``relative_acts._JOINED`` reads it for armed men. The boats are named by a craft word of
``data/lexicon/taking_craft.csv`` (``craft,code,source``), which gives the code; a boat that
only approached, or that turned away ("approached a tanker and left"), took nothing.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.events.lexicon import DATA
from dashboard.events.prefilter import Gated, gated

_VESSEL = r"(?:tankers?|ships?|vessels?|freighters?|trawlers?|carriers?|dhows?|yachts?)"
_CLOSED_IN = r"(?:approached|surrounded|intercepted|stopped|chased|came alongside|circled)"
_TOOK = r"(?:diverted|seized|took|captured|hijacked|commandeered|boarded)"


@cache
def craft_codes() -> dict[str, str]:
    """``{craft word: CAMEO code}`` from ``data/lexicon/taking_craft.csv``.

    Raises ``OSError`` or ``KeyError`` when the shipped file is missing or malformed."""
    with (DATA / "taking_craft.csv").open(encoding="utf-8", newline="") as fh:
        return {r["craft"]: r["code"] for r in csv.DictReader(fh)}


@cache
def _joined() -> Gated:
    words = "|".join(re.escape(w) for w in sorted(craft_codes(), key=len, reverse=True))
    # "Three small craft approached a tanker ... and diverted it": a count or determiner, up
    # to two modifiers, the craft (a plural "s" or "craft" unchanged), the closing-in verb, the
    # vessel, then within the same clause "and" + a taking verb whose object is "it"
    return gated(
        rf"\b(?P<craft>{words})s?\s+{_CLOSED_IN}\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_VESSEL}\b"
        rf"[^.;]{{0,120}}?\band\s+(?P<verb>{_TOOK})\s+it\b",
        re.IGNORECASE,
    )


def craft_takings(sentence: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, verb, code)`` of each taking verb in ``sentence`` whose subject is the
    craft that closed in on a vessel (offsets into ``sentence``)."""
    codes = {w.lower(): c for w, c in craft_codes().items()}
    return [
        (*m.span("verb"), m["verb"], codes[m["craft"].lower()])
        for m in _joined().finditer(sentence)
    ]
