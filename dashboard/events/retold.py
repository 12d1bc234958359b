"""One act of force told again later in the same article ("Pakistan said it had carried out
strikes in Iran's Sistan-Baluchestan province ... The strikes early on Thursday targeted
fighters near the town of Saravan") is one event, not one per telling.

ACE 2005 event coreference (LDC, *ACE English Annotation Guidelines for Events* 5.4.3): two
mentions are of one event when they share its type and no argument or attribute of one
conflicts with the other's; ACLED codes one event per act, day and place. So two events of
one article fold when they are of the same CAMEO root of force (18-20), both told as done,
on the same day told at day precision (the later telling's own day, not one taken from the
story before it: "Fighting continued through the night" carries the story on), at one place or one within the other (Saravan within
Iran), and no side named by one conflicts with the other's (a second source, or a struck
side of another country). A telling that marks itself as another act ("also", "again",
"another") stays apart.

The folded event keeps the first telling's words, code, date and sides (the lead tells it
whole); the later tellings' sentences follow as supporting evidence, their places join its
places, and a place one telling names within the other's becomes its location.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.model import Event, Mention, Roles
from dashboard.places.scoring import _contains

# CAMEO 1.1b3 roots of material force: assault, fight, mass violence
_FORCE = frozenset({"18", "19", "20"})
_UNREAL = frozenset({"negated", "hypothetical", "planned", "date_inferred"})
# a telling that counts itself apart from what was told ("it also fired missiles at targets
# in Iraq"): another act of the same kind (Quirk et al. 1985, 8.116 additive adverbs); or
# one that carries the act on ("fighting continued", "resumed"): a later stretch of it
_ANOTHER = re.compile(
    r"\b(?:also|again|another|separately|separate|second|fresh|renewed|continu\w*|resum\w*)\b",
    re.IGNORECASE,
)


def fold_retellings(events: list[Event]) -> list[Event]:
    """``events`` (one article's, in reading order) with each later telling of an act of
    force folded into its first."""
    out: list[Event] = []
    for ev in events:
        first = next((i for i, a in enumerate(out) if _same_act(a, ev)), None)
        if first is None:
            out.append(ev)
        else:
            out[first] = _folded(out[first], ev)
    return out


def _same_act(a: Event, b: Event) -> bool:
    if a.event_type.code != b.event_type.code or a.event_type.code not in _FORCE:
        return False
    if _UNREAL & (set(a.flags) | set(b.flags)):
        return False
    if a.when.precision != 1 or b.when.precision != 1 or a.when.start != b.when.start:
        return False
    if b.evidence[0].start <= a.evidence[0].start:
        return False  # "attacked a checkpoint and kidnapped two soldiers": two acts told once
    if not b.when.text and not _own_claim(a, b):
        return False  # a day taken from the story told before: a follow-on, not a retelling
    if any(_ANOTHER.search(e.text) for e in b.evidence):
        return False
    return _one_place(a.location, b.location) and _sides_agree(a.roles, b.roles)


# the doer telling its own act again ("Hezbollah fired rockets at Haifa … The group said it
# targeted a military base"): its claim of the act told, no new act
_SAID_IT = re.compile(r"\b(?:said|says|claimed|claims)\s+(?:that\s+)?(?:it|they)\b", re.IGNORECASE)


def _own_claim(a: Event, b: Event) -> bool:
    """``b`` is the same named doer's claim of its act, told with no day of its own."""
    return (
        a.roles.source is not None
        and a.roles.source == b.roles.source
        and any(_SAID_IT.search(e.text) for e in b.evidence)
    )


def _one_place(a: Mention | None, b: Mention | None) -> bool:
    """The same place, or one within the other (a town in a country or a province)."""
    pa, pb = (a.place if a else None), (b.place if b else None)
    return pa is not None and pb is not None and (_contains(pa, pb) or _contains(pb, pa))


def _sides_agree(a: Roles, b: Roles) -> bool:
    """No side one telling names conflicts with the other's: a second doer, or a struck side
    of another country."""
    doers = {a.source, b.source} - {None}
    if len(doers) > 1 and not (a.source_country and a.source_country == b.source_country):
        return False
    struck = {a.target_country, b.target_country} - {None}
    return len(struck) <= 1


def _folded(a: Event, b: Event) -> Event:
    """``a`` with ``b``'s sentences, places and sides it lacked."""
    evidence = a.evidence + tuple(e for e in b.evidence if e not in a.evidence)
    spans = {(m.start, m.end) for m in a.places}
    places = a.places + tuple(m for m in b.places if (m.start, m.end) not in spans)
    location, reason = a.location, a.location_reason
    pa = a.location.place if a.location else None
    pb = b.location.place if b.location else None
    if a.location and b.location and pa and pb and pb.geo_precision < pa.geo_precision:
        location = b.location
        reason = (
            f"a later telling of the act names a place within '{a.location.text}': "
            f"{b.location_reason}"
        )
    actors, countries = list(a.actors), list(a.actor_countries)
    for name, cc in zip(b.actors, b.actor_countries or (None,) * len(b.actors), strict=False):
        if name not in actors:
            actors.append(name)
            countries.append(cc)
    roles = a.roles
    if roles.source is None and b.roles.source is not None:
        roles = replace(roles, source=b.roles.source, source_country=b.roles.source_country)
    if roles.target is None and b.roles.target is not None:
        roles = replace(roles, target=b.roles.target, target_country=b.roles.target_country)
    return replace(
        a,
        evidence=evidence,
        places=places,
        location=location,
        location_reason=reason,
        actors=tuple(actors),
        actor_countries=tuple(countries) if a.actor_countries or b.actor_countries else (),
        roles=roles,
    )
