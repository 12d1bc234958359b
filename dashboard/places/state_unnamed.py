"""A state the text names only by a word it reads as another place backs no town.

A name that is both a state's and another place's ("Washington": the US capital and the
state) makes the state a candidate, and every candidate state counts as named while the
text's names are scored (``context``), so a town in it wins +1.5 ("its state/province ...
is named in the text"). "Officials in Washington said the envoy would fly to Geneva" read
Washington as the capital and still put Geneva in Washington state, a village of 2,300 over
Switzerland's city.

Once the text's names are resolved, a state that no mention resolved to, and that holds no
place the text resolved (a town in it, another county), was not named: the towns that won
on its backing are chosen again without it, among their own candidates. "Spokane, Washington,
and Geneva" names the state (Washington resolved to it, beside Spokane) and keeps Geneva
there. Only the state's bonus is taken back (``STATE_BONUS``, as ``scoring`` adds it); the
candidates' other reasons and scores stand.
"""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key
from dashboard.places.pairs import moved_to

STATE_BONUS = 1.5  # what scoring adds to a town whose state the text names
_BACKED = "its state/province {} is named in the text"


def _backing_state(reason: str) -> str | None:
    """The ISO 3166-2 code of the state a reading's reason says the text names, or None."""
    start = reason.find("its state/province ")
    if start < 0:
        return None
    code = reason[start + len("its state/province ") :].split(" ", 1)[0]
    return code if reason.find(_BACKED.format(code), start) == start else None


def unnamed_states(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town that won on a state no mention resolved to, or into,
    chosen again without that state's bonus (see the module)."""
    backed = [(k, code) for k, m in enumerate(mentions) if (code := _state_of(m)) is not None]
    if not backed:
        return mentions
    out = None
    for k, code in backed:
        m = mentions[k]
        key = name_key(m.text)
        if any(
            (q := o.place) is not None and q.admin1 == code and name_key(o.text) != key
            for o in mentions
        ):
            continue  # the text resolved the state itself, or a place in it
        best, best_score = None, float("-inf")
        for pid, value in m.candidates:
            c = gaz.get(pid)
            if c is None:
                continue
            if c.admin1 == code and c.kind in ("city", "admin2"):
                value -= STATE_BONUS
            if value > best_score:
                best, best_score = c, value
        if best is None or m.place is None or best.id == m.place.id:
            continue
        state = gaz.get(f"a1:{code}")
        name = state.name if state is not None else code
        why = (
            f"{name} is none of the text's places (its name there reads as another place),"
            f" so it backs no town: population {best.population:,}"
            if best.kind == "city"
            else f"{name} is none of the text's places, so it backs no town: {best.kind} prior"
        )
        if out is None:
            out = list(mentions)
        out[k] = moved_to(m, best, why)
    return out if out is not None else mentions


def _state_of(m: Mention) -> str | None:
    p = m.place
    if p is None or p.kind not in ("city", "admin2") or "its state/province" not in m.reason:
        return None
    code = _backing_state(m.reason)
    return code if code is not None and code == p.admin1 else None
