"""Resolution of a party member's home ("a New York Democrat", "a Manhattan Democrat"),
after the resolver: the recogniser reads the name as a place (``party_members``), this pass
says which. Kept apart from ``party_members``, which the recogniser imports, as this one
reads the resolver's reasons (``joint_country``)."""

from __future__ import annotations

from dataclasses import replace

from dashboard.model import Mention
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.joint_country import _size_only
from dashboard.places.party_members import party_member_home


def member_states(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with a party member's home that is also a state's name read as the state:
    "a New York Democrat", "the Washington Republican". A member of Congress is named with
    the state (AP Stylebook, "party affiliation"); a hometown is given only to a member of a
    state legislature, and no state shares its name with a town of its own that such a
    member would be named by in place of the state. A hometown of several namesakes that
    size alone chose ("Rep. X, a Manhattan Democrat", in no state the text names) is left
    unplaced: a state legislator's town is as likely the small namesake as the famous one."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.place is None or m.place.kind == "admin1":
            continue
        if not party_member_home(text, m.start, m.end):
            continue
        state = next(
            (p for pid, _ in m.candidates if pid.startswith("a1:") and (p := gaz.get(pid))),
            None,
        )
        if state is not None:
            why = f"a party member named by home: the state {state.name}"
            new = replace(m, place=state, reason=why)
        elif len(m.candidates) > 1 and _size_only(m.reason):
            why = "a party member's hometown: namesakes in several places, none the text backs"
            new = replace(m, place=None, reason=why)
        else:
            continue
        if out is mentions:
            out = list(mentions)
        out[i] = new
    return out
