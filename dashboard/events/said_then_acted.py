"""A verb joined by "and" after a reported clause shares the reporting verb's subject.

"The ministry said Spain had broken the accord and accused Madrid of bad faith": the joined
verb "accused" has no subject of its own, so it takes one from the clause it is joined to
(Quirk et al. 1985, 13.46). Two clauses stand before it, the reporting clause and the
reported one ("Spain had broken the accord", a that-clause, 16.31-16.32); the reading that
has Spain accuse Madrid, its own capital, makes a state the source and the target of one
act, which CAMEO 1.1b3 never codes (an event has two sides). So when the source read is the
reported clause's subject and the object right after the joined verb is the same state, the
reporting clause's subject is the source and that state the target. The reporting verbs are
``data/lexicon/classes.csv`` row ``REPORTING_VERB``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import word_class
from dashboard.events.objects_before import called_sides
from dashboard.events.topic_parties import no_grievance_target

Sides = tuple[Actor | None, Actor | None]

# the object right after the joined verb (a short article or nothing between): "accused Paris"
_OBJECT_REACH = 12
# how far before the reported subject its reporting verb may stand ("said on Monday that ")
_VERB_REACH = 40
# from the reporting verb back to its subject ("Algeria's foreign ministry said")
_SPEAKER_REACH = 60
_AND_BEFORE = re.compile(r"\band\s+$")


@cache
def _reporting_before() -> re.Pattern[str]:
    verbs = "|".join(sorted(word_class("REPORTING_VERB"), key=len, reverse=True))
    # the verb, an optional day ("on Monday") and "that", right before the reported subject
    return re.compile(
        rf"\b(?:{verbs})\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:the\s+)?$", re.IGNORECASE
    )


def reporter_for_joined_act(
    text: str,
    trigger: tuple[int, int],
    sides: Sides,
    candidates: list[Actor],
) -> Sides:
    """``sides`` with the reporting clause's subject as source and the object as target, when
    the source read (``sides[0]``) is the subject of a clause reported right before "and" and
    the trigger at ``trigger`` (start, end) and the object after the trigger's verb names the
    same state; ``sides`` unchanged otherwise. ``candidates`` are the sentence's actors. The
    speaker is None when none is named before the reporting verb (or it is that same state):
    "The ministry said France had acted illegally and accused Paris of interference" gives
    (None, Paris), not (France, None).
    """
    source, target = sides
    start, end = trigger
    if source is None or source.country_code is None or source.end > start:
        return sides
    if not _AND_BEFORE.search(text, max(0, start - 6), start):
        return sides
    obj = next(
        (
            a
            for a in sorted(candidates, key=lambda a: a.start)
            if start < a.start <= min(end, start + 30) + _OBJECT_REACH
            and a.country_code == source.country_code
        ),
        None,
    )
    if obj is None:
        return sides
    verb = _reporting_before().search(text, max(0, source.start - _VERB_REACH), source.start)
    if verb is None:
        return sides
    speaker = max(
        (a for a in candidates if a.end <= verb.start() and verb.start() - a.end <= _SPEAKER_REACH),
        key=lambda a: a.start,
        default=None,
    )
    if speaker is not None and speaker.country_code == source.country_code:
        speaker = None
    return speaker, target if target is not None and target is not source else obj


def own_state(doer: Actor | None, target: Actor | None) -> bool:
    """Whether the first act's subject ``doer`` is None, or ``target`` (the object of a verb
    joined after it) is the state ``doer`` names: "said Kenya had breached the deal and
    accused Nairobi" would have Kenya accuse its own capital, a reading CAMEO 1.1b3 never
    codes, so the joined verb's subject is the reporting clause's (Quirk et al. 1985 §13.46)
    and the reporter (``reporter_vow.reporter_of``) is its source.

    >>> own_state(None, None)
    True
    """
    if doer is None:
        return True
    return (
        target is not None
        and doer.country_code is not None
        and target.country_code == doer.country_code
        and target.name != doer.name
    )


def caller_or_reporter(
    text: str, trig: Trigger, actors: list[Actor], pool: list[Actor], sides: Sides
) -> Sides:
    """``sides`` read again for a called object (``objects_before.called_sides``: "Macron
    called Merz to congratulate him") and then for a joined act after a reported clause
    (``reporter_for_joined_act``), then without a party of the grievance as target
    (``topic_parties.no_grievance_target``); ``actors`` are the clause's, ``pool`` the sentence's."""
    sides = called_sides(text, trig.start, actors, sides)
    sides = reporter_for_joined_act(text, (trig.start, trig.end), sides, [*actors, *pool])
    return no_grievance_target(text, trig.end, sides)  # "walked out over a call with Peru's"
