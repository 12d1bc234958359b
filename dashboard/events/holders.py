"""Who holds the people a release frees: "An American journalist held by the Taliban since
January was released on Monday".

The subject's reduced relative "held by the Taliban" names the holder (Quirk et al. 1985
§17.30: a past participle postmodifier with its agent), and a release with no agent of its
own is the holder's act: CAMEO 1.1b3 §0841 "release persons or property" codes the side that
lets go of those it held as the source. A holder that is no named actor ("held by gunmen in
Mali") leaves the source unknown: the place the holders were in is not them.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.tokens import verb_forms

_HELD_BY = re.compile(
    r"\b(?:held|kept|detained|abducted|kidnapped|seized)\s+(?:captive\s+|hostage\s+)?by\s+",
    re.IGNORECASE,
)
# what may stand between "by" and the holder's name: an article and a modifier
_TO_NAME = re.compile(r"(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?", re.IGNORECASE)
_RELEASE = "08"  # CAMEO 1.1b3 §08 yield, whose §0841 frees persons held


def held_by(
    text: str, lo: int, trigger_start: int, actors: list[Actor]
) -> tuple[int, Actor | None] | None:
    """The holder phrase in ``text[lo:trigger_start]``: where its "by" phrase starts, and
    the actor named right after "by" (None when the holder is no named actor); None when the
    stretch has no holding participle with "by"."""
    found = None
    for m in _HELD_BY.finditer(text, lo, trigger_start):
        found = m
    if found is None:
        return None
    holder = next(
        (
            a
            for a in actors
            if a.start >= found.end() and _TO_NAME.fullmatch(text, found.end(), a.start)
        ),
        None,
    )
    return found.end(), holder


def release_sides(
    text: str,
    code: str,
    span: tuple[int, int],
    sides: tuple[Actor | None, Actor | None],
    actors: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """The source and target of a release (``code`` §08…) whose subject, between ``span``'s
    clause start and trigger start, tells who held those freed: the holder is the source;
    one named only inside the holder phrase is no source. Other codes keep ``sides``."""
    source, target = sides
    lo, trigger_start = span
    if not code.startswith(_RELEASE) or re.search(
        r"\bby\b", text[trigger_start : trigger_start + 40]
    ):
        return sides  # "was released by US forces": the release's own agent stands
    held = held_by(text, lo, trigger_start, actors)
    if held is None:
        return sides
    at, holder = held
    if holder is not None:
        return holder, None if target is not None and target.name == holder.name else target
    if source is not None and at <= source.start < trigger_start:
        source = None  # "held by gunmen in Mali": the holders' place is not them
    return source, target


_FORCE = "19"  # CAMEO 1.1b3 §19 fight: captives taken back by force (captivity.py)


def rescue_target(
    text: str,
    code: str,
    span: tuple[int, int],
    sides: tuple[Actor | None, Actor | None],
    actors: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """The target of captives freed by force whose subject names their holder ("two aid
    workers held by JNIM were rescued by French troops", §190 from ``captivity``): force was
    used against the holder (CAMEO 1.1b3 §19), whoever the rescuers are. ``span`` is the
    clause start and the trigger's end (the trigger may span the subject). Other codes, and
    a holder that is the source itself, keep ``sides``."""
    source, target = sides
    lo, trigger_end = span
    if not code.startswith(_FORCE) or target is not None:
        return sides
    held = held_by(text, lo, trigger_end, actors)
    if held is None or held[1] is None or (source is not None and held[1].name == source.name):
        return sides
    return source, held[1]


# a past participle (and its particle) right before "by": "sanctions imposed by ECOWAS"
# after a noun, not a form of "be" ("were plotted by" is the clause's own passive)
_BY_PARTICIPLE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being)\b)[a-z]+\s+(?P<verb>[a-z]+)\s+"
    r"(?:(?:out|up|off|down|in)\s+)?by\s+[^,;]*$",
    re.IGNORECASE,
)


def participle_agent(between: str) -> bool:
    """Does ``between`` (the words from the trigger to an actor) end in a noun with a
    reduced relative whose agent the actor is ("condemned sanctions imposed by ECOWAS",
    "the attack carried out by the group")? The "by" phrase is the agent of that
    participle, not of the trigger (Quirk et al. 1985 §17.30, a past participle
    postmodifier with its agent), as a holder's is (``HOLDER_NOT``)."""
    m = _BY_PARTICIPLE.search(between)
    if m is None:
        return False
    forms = verb_forms(m["verb"].lower())
    return forms is not None and "VBN" in forms[1]
