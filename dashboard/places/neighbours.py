"""The neighbour pass: a namesake beside another place the text names wins.

A first-pass winner holding less than ``RECONSIDER_BELOW`` of its candidates' mass is
rescored with ``NEIGHBOUR_BONUS`` for lying near the text's unambiguous places; a name with
only small towns is given the one beside a neighbour.
"""

from __future__ import annotations

import math

from dashboard.model import Mention, Place
from dashboard.places.capitals import capital_names
from dashboard.places.choice import _ALTERNATE_ONLY, Chooser
from dashboard.places.context import Context, _mention
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.proximity import (
    CLOSE_KM,
    NEAR_KM,
    POINT_KINDS,
    _Anchor,
    _neighbour,
    _reach_boxes,
)
from dashboard.places.recognise import Match
from dashboard.places.scoring import METROPOLIS, score

# What a namesake gains for lying within 161 km of another place the text names (half within
# NEAR_KM): measured on LGL/GeoVirus, see README "Geoparser accuracy and speed".
NEIGHBOUR_BONUS = 1.0
# The neighbour pass leaves a first-pass winner alone when it already holds this share of
# its candidates' softmax mass: 0.7 to 0.95 measured the same as reconsidering every name
# (0.6 a little better, 0.5 worse) and skips most of the work.
RECONSIDER_BELOW = 0.7
# A namesake this close to another place the text names lies in the same town's area (a
# suburb, the county around its seat): it gains ``ADJACENT_BONUS`` more, by its own name only
# ("Columbia" beside Baltimore is Maryland's, though Charlotte backs South Carolina's; a
# town known here only by a former name gains nothing more). On LGL/GeoVirus 25 km and 0.5
# put 5 names right and none wrong; 15-35 km and 0.3-1.0 gained 1-3 names net on each set.
ADJACENT_KM = 25.0
ADJACENT_BONUS = 0.5


class NeighbourPass(Chooser):
    """The neighbour pass (see the module)."""

    def _by_neighbours(
        self, mentions: list[Mention], ctx: Context, text: str, matches: list[Match]
    ) -> list[Mention]:
        """Second pass: an ambiguous name goes to the namesake nearest the other places the
        text names ("London" beside "Ontario" and "Toronto" is London, Ontario). The first
        pass's winners of other names are the neighbours; a candidate within 161 km of one
        gains ``NEIGHBOUR_BONUS``, within NEAR_KM (300 km) half of it. Only towns, counties and landmarks
        compete here: a state or country the first pass chose by its own name stays. A small
        town the first pass set aside counts when it lies within 161 km of a neighbour: the
        text backs it up as surely as by naming its state ("Paris" beside "Clarksville")."""
        # _reconsider's own first test inline: most names won outright
        open_ = [
            m.place is None
            or (
                m.score < RECONSIDER_BELOW
                and self._reconsider(m)
                and not _named_capital(m.place, ctx)
            )
            for m in mentions
        ]
        if not any(open_):
            return mentions  # the common case: nothing to move, nothing pending
        # each (name, place) once: a repeat is never nearer than its first, which wins ties
        anchors = []
        have: set[tuple[str, str]] = set()
        for m in mentions:
            p = m.place
            if p is not None and p.kind in POINT_KINDS and p.lat is not None and p.lon is not None:
                key = fold(m.text)
                if (key, p.id) not in have:
                    have.add((key, p.id))
                    anchors.append((p.lat, p.lon, key, p))
        if not anchors:
            return [m for m in mentions if m.place is not None]
        # the names' index tuples and the anchors' reach, made when a name first has anchors
        # other than its own (a text naming one place has none: nothing moves)
        ids_of: dict[str, tuple[str, ...]] = {}
        box = wide = (0.0, 0.0, 0.0, 0.0)
        redone: dict[str, Mention | None] = {}
        out = []
        for m, reopen in zip(mentions, open_, strict=True):
            if not reopen:
                out.append(m)
                continue
            pending = m.place is None
            key = fold(m.text)
            if key not in redone:
                # the name's own namesake is no neighbour, whatever words it was written
                # with: "Dublin City" placed at Ireland's Dublin does not back
                # Ireland for "Dublin" alone
                folded = self._folded
                others = [
                    a
                    for a in anchors
                    if a[2] != key and (folded.get(a[3].id) or self._fold_name(a[3])) != key
                ]
                if not others:  # _minors finds none and _rescore keeps the winner
                    redone[key] = None
                else:
                    if not ids_of:
                        ids_of = {fold(text[x.start : x.end]): x.place_ids for x in matches}
                        box, wide = _reach_boxes(anchors)
                    minors = self._minors(m, key, ids_of, ctx, others, box)
                    redone[key] = self._rescore(m, others, minors, wide)
            better = redone[key]
            if better is not None:
                b = better
                out.append(
                    _mention(
                        m.start, m.end, m.text, b.place, b.score, b.reason, b.candidates, b.demonym
                    )
                )
            elif not pending:
                out.append(m)
        return out

    def _reconsider(self, m: Mention) -> bool:
        """Whether the neighbour pass may move ``m``: an ambiguous town or county, or a state
        that shares its name with a metropolis ("New York" beside "Brooklyn" is the city),
        whose first-pass win was not already clear."""
        if m.reason is _ALTERNATE_ONLY:
            return True
        if len(m.candidates) < 2 or m.place is None or m.score >= RECONSIDER_BELOW:
            return False
        if m.place.kind in POINT_KINDS:
            return True
        if m.place.kind != "admin1":
            return False
        get = self.gaz.places.get  # Gazetteer.get, one call fewer per candidate
        for pid, _ in m.candidates:
            p = get(pid)
            if p is not None and p.population >= METROPOLIS:
                return True
        return False

    def _minors(
        self,
        m: Mention,
        key: str,
        ids_of: dict[str, tuple[str, ...]],
        ctx: Context,
        anchors: list[_Anchor],
        box: tuple[float, float, float, float],
    ) -> list[tuple[str, float]]:
        """The small towns of ``m``'s name that lie within 161 km of a neighbour, scored.
        ``box`` bounds every neighbour's reach: most of a common name's towns lie outside."""
        points = self._minor_points(ids_of.get(key, ()))
        if not points or not anchors:
            return []
        south, north, west, east = box
        have: set[str] | None = None  # m's own candidates, once a town passes the box test
        out = []
        for lat, lon, p in points:
            if lat < south or lat > north or lon < west or lon > east:
                continue
            if have is None:
                have = {pid for pid, _ in m.candidates}
            if p.id in have:
                continue
            near = _neighbour(p, anchors, CLOSE_KM)
            if near is not None:
                own = (self._folded.get(p.id) or self._fold_name(p)) == key
                out.append((p.id, score(p, ctx, [], key, True, own)))
        return out

    def _minor_points(self, ids: tuple[str, ...]) -> list[tuple[float, float, Place]]:
        """A name's small towns with their points (memoised by the index tuple, as _fetch)."""
        got = self._minor_cache.get(id(ids))
        if got is None:
            got = [
                (p.lat, p.lon, p)
                for p in self._fetch(ids)[0]
                if Gazetteer.minor(p) and p.lat is not None and p.lon is not None
            ]
            self._minor_cache[id(ids)] = got
        return got

    def _rescore(
        self,
        m: Mention,
        anchors: list[_Anchor],
        minors: list[tuple[str, float]],
        box: tuple[float, float, float, float],
    ) -> Mention | None:
        """``m`` resolved again with the neighbour bonus, or None when the winner stays.
        ``box`` bounds every anchor's NEAR_KM reach: a candidate outside it has no neighbour."""
        if not anchors:
            return None
        south, north, west, east = box
        scored = []
        get = self.gaz.places.get  # Gazetteer.get, one call fewer per candidate
        key = fold(m.text)
        folded = self._folded
        for pid, value in (*m.candidates, *minors):
            p = get(pid)
            near = None
            if (
                p is not None
                and p.lat is not None
                and p.lon is not None
                and south <= p.lat <= north
                and west <= p.lon <= east
            ):
                near = _neighbour(p, anchors, NEAR_KM)
            bonus = 0.0
            if near is not None:
                bonus = NEIGHBOUR_BONUS if near[1] <= CLOSE_KM else NEIGHBOUR_BONUS / 2
                if (
                    near[1] <= ADJACENT_KM
                    and p is not None
                    and (folded.get(pid) or self._fold_name(p)) == key
                ):
                    bonus += ADJACENT_BONUS
            scored.append((value + bonus, pid, near))
        scored.sort(key=lambda t: t[0], reverse=True)
        if not scored:
            return None
        top, pid, near = scored[0]
        if near is None or (m.place is not None and pid == m.place.id):
            return None
        best = self.gaz.get(pid)
        total = sum(math.exp(v - top) for v, _, _ in scored)
        reason = f"nearest namesake to {near[0].name}, named in the text ({near[1]:.0f} km)"
        return _mention(
            m.start,
            m.end,
            m.text,
            best,
            round(1.0 / total, 3),
            f"{reason}; beat {len(scored) - 1} other candidate(s)",
            tuple((i, round(v, 3)) for v, i, _ in scored),
            m.demonym,
        )


def _named_capital(p: Place, ctx: Context) -> bool:
    """``p`` is the national capital (GeoNames' country table) of a country the text names:
    it keeps the first pass's reading against a namesake near the text's other places. "In
    Washington, the Justice Department charged…" in a London story that names the U.S. went
    to Washington, West Sussex (1,930 people, 70 km from London; newuser15); a capital is
    what news means by its name when its country is in the story. A Paris beside Lexington in
    a story naming no France still moves to Kentucky."""
    return (
        p.kind == "city"
        and p.country_code in ctx.countries
        and fold(capital_names().get(p.country_code or "", "")) == fold(p.name)
    )
