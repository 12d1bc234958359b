"""The dateline's "X, Y" names the town the story then calls plain X.

"WASHINGTON, Iowa — … Residents said Washington needs a new water plant": the AP
Stylebook's dateline gives a town outside its list of standalone cities with its state,
once, and the story goes on with the town's bare name. A later X that the scores gave to a
bigger namesake (the US capital) goes to the dateline's town; a reading the text fixed
otherwise ("Washington said", "X, Y" again, a user's correction) stays.
"""

from __future__ import annotations

from dashboard.analysis import dateline_span
from dashboard.model import Mention
from dashboard.places.names import fold
from dashboard.places.pairs import moved_to

_BY_SCORE = "population "  # a reason the scores alone wrote (see ``scoring.score``)


def dateline_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each later bare X moved to the dateline's "X, Y" town (see the
    module)."""
    start, end = dateline_span(text)
    if not end:
        return mentions
    town = next(
        (
            m
            for m in mentions
            if start <= m.start < end
            and m.place is not None
            and m.place.kind == "city"
            and m.reason.startswith("'X, ")
        ),
        None,
    )
    if town is None or town.place is None:
        return mentions
    key, place = fold(town.text), town.place
    why = f"the dateline's town, named there as '{town.text}, …'"
    return [
        moved_to(m, place, f"{why}; beat {len(m.candidates) - 1} other candidate(s)")
        if m.start >= end
        and m.place is not None
        and m.place.id != place.id
        and m.reason.startswith(_BY_SCORE)
        and fold(m.text) == key
        else m
        for m in mentions
    ]
