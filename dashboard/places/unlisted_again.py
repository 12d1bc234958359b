"""A name the gazetteer lacks, placed where the text first puts it, keeps that place when the
text names it again bare.

"Troops recaptured the town of Mahas in the Hiiraan region … an air strike near Mahas": the
first mention is placed at the division the text puts it in (``placing``); the second, with
no container beside it, had no point, so the air strike's card had no place. One name keeps
one sense through a document (Gale, Church and Yarowsky 1992, "one sense per discourse"),
as the gazetteer's own names do in the geoparser's document passes.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.model import Mention

_UNLISTED = "not in the gazetteer; the text calls it a place ('"


def placed_as_before(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each unplaced name the gazetteer lacks given the
    place of the first earlier mention of the same spelling that the text placed; the others
    unchanged. Nothing is raised."""
    first: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if not m.reason.startswith(_UNLISTED):
            out.append(m)
            continue
        before = first.get(m.text)
        if m.place is None and before is not None and before.place is not None:
            why = f"{m.reason}; as its first mention, placed at {before.place.name}"
            m = replace(m, place=before.place, reason=why, candidates=before.candidates)
        elif m.place is not None:
            first.setdefault(m.text, m)
        out.append(m)
    return out
