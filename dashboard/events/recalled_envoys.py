"""Who recalls an envoy: the state whose envoy it is, not a state acted on.

"The ministry said it had recalled Algeria's ambassadors from Bamako and Niamey", "Sunday's
recall of the ambassadors of Mali, Niger and Burkina Faso from Algiers": a state ends its own
envoy's mission (Vienna Convention on Diplomatic Relations 1961, art. 43(a): the function of
a diplomatic agent comes to an end on notification by the sending State), so the envoy's
owner is who recalled (CAMEO 1.1b3 §161, reduce or break diplomatic relations: source the
recalling state, target the state the envoy leaves, where it was posted). The object's
possessor otherwise reads as the one acted on ("released three Israeli hostages"), which
turned the sides round; a recall told by the other side ("expressed regret over Sunday's
recall of ...") then had no sides at all and joined the answering recall of the next day.
Only a recall (the §161 rows of ``data/lexicon/cameo.csv`` with recall, withdraw or pull) is
read here: "expelled France's ambassador" (§163, §174) acts on France.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.trigger import Trigger

_RECALL_CODE = "161"
_RECALL_WORDS = re.compile(r"\b(?:recall|withdr[ae]w|pull)", re.IGNORECASE)
_ENVOY = r"(?:ambassadors?|envoys?|diplomats?|charg[eé]s?\s+d['’]affaires|heads?\s+of\s+mission)"
# "Algeria's ambassadors", "Algeria's top envoy": the possessor right before the envoy
_OWNER_BEFORE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?" + _ENVOY + r"\b", re.IGNORECASE)
# "the ambassadors of": the possessor right after
_OWNER_AFTER = re.compile(r"\b" + _ENVOY + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a list of owners: "Mali, Niger and Burkina Faso"
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")
# the post the envoy leaves: "from Algiers", "to France", "in Paris"
_POST = re.compile(r"\b(?:from|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = 30  # characters between the trigger's end and an owner told after it


def recalled_envoy_sides(
    text: str, trig: Trigger, pool: list[Actor], sides: tuple[Actor | None, Actor | None]
) -> tuple[Actor | None, Actor | None]:
    """``sides`` (source, target) for the trigger ``trig``, with a recalled envoy's owner as
    the source and the state it was posted in as the target.

    Example: "It had recalled Algeria's ambassadors from Bamako" gives (Algeria, Bamako)
    where the reader had (None, Algeria). Unchanged when the act is no recall, no country
    owns the envoy in the trigger's phrase, or another state is already read as the
    source (one state recalling another's envoy is no recall of its own)."""
    code = trig.full or trig.code
    if not code.startswith(_RECALL_CODE) or not _RECALL_WORDS.search(trig.text):
        return sides
    source, target = sides
    owners = _owners(text, trig, pool)
    if not owners:
        return sides
    owner = owners[0]
    if source is not None and source.country_code not in (None, owner.country_code):
        return sides
    countries = {o.country_code for o in owners}
    post = _post(text, owners[-1].end, pool, countries)
    if post is None and target is not None and target.country_code not in countries:
        post = target
    return owner, post


def _owners(text: str, trig: Trigger, pool: list[Actor]) -> list[Actor]:
    """The countries owning the envoy in the trigger's phrase, in order ("Algeria's
    ambassadors"; "the ambassadors of Mali, Niger and Burkina Faso")."""
    states = sorted(
        (a for a in pool if a.kind == "country" and a.country_code), key=lambda a: a.start
    )
    for a in states:
        if trig.start <= a.start < trig.end and _OWNER_BEFORE.match(text, a.end):
            return [a]
    first = next(
        (
            a
            for a in states
            if trig.start <= a.start <= trig.end + _NEAR
            and _OWNER_AFTER.search(text, max(trig.start, a.start - 40), a.start)
        ),
        None,
    )
    if first is None:
        return []
    listed = [first]
    for a in states:
        if a.start > listed[-1].end and _LIST_GAP.match(text[listed[-1].end : a.start]):
            listed.append(a)
    return listed


def _post(text: str, after: int, pool: list[Actor], owners: set[str | None]) -> Actor | None:
    """The first state after ``after`` told as where the envoy was ("from Algiers"), in the
    same clause, other than an owner; None without one."""
    stop = re.compile(r"[;.]")
    for a in sorted(pool, key=lambda a: a.start):
        if a.start < after or a.country_code in owners or a.country_code is None:
            continue
        if stop.search(text, after, a.start):
            return None
        if _POST.search(text, max(after, a.start - 12), a.start):
            return a
    return None
