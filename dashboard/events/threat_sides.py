"""Who threatens whom when a threat is told from the threatened side.

"Iran said Israel would face severe consequences", "Moscow warned that Kyiv would pay a
heavy price": the consequence clause's subject is the one threatened, and the one who says
it is the one who threatens. CAMEO 1.1b3 §13 (threaten) codes the actor making the threat
as the source and the actor threatened as the target, so the speaker of the reported clause
is the source, never its subject (Huddleston and Pullum 2002, ch. 11 §3: the reporting
verb's subject says the content clause; the content clause's subject is what it is about).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import load, word_class
from dashboard.events.tokens import tokenize

# the lexicon's 130 row told from the target's side: "will/would face consequences"
# (its rows' verbs: face, suffer, bear, pay); another threat opening on a modal ("would hold
# a referendum on secession", "will retaliate") is its subject's own
_FROM_TARGET_SIDE = re.compile(
    r"(?:will|would|shall|['’]ll)\s+(?:\w+\s+)?(?:face|suffer|bear|pay)\b", re.IGNORECASE
)
# what may stand between the threatened subject and its modal: nothing, or its people
# ("Israel's leaders would face")
_SUBJECT_GAP = re.compile(r"(?:['’]s?(?:\s+[a-z]+){1,2})?\s*")
# a speaker's verb and what may follow it before the reported clause's subject: a day, "that"
_SAID = re.compile(
    # "Taiwan's president said", "Israel's military warned": the country's own office speaks
    r"(?:['’]s?(?:\s+(?-i:[a-z][a-z-]+)){1,2}?)?"
    r"\s+(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\s+(?:(?:on|late\s+on)\s+\w+day\s+)?"
    r"(?:that\s+)?(?:the\s+)?"
)


@cache
def _speaking_verbs() -> frozenset[str]:
    """Lemmas that say a content clause: the ``report`` cue of ``cues.csv`` and the verbs
    of warning (CAMEO 1.1b3 §13's own: warn, threaten, vow)."""
    return load().words("report") | {"warn", "threaten", "vow", "caution"}


def _reprisal(words: str) -> bool:
    """Do the words hold a reprisal a side takes (classes.csv ``REPRISAL_ACT``: "will
    retaliate"), not one it suffers ("will face retaliation")?"""
    return any(t.keys & word_class("REPRISAL_ACT") for t in tokenize(words))


def _speaks(verb: str) -> bool:
    return bool(tokenize(verb)[0].keys & _speaking_verbs())


def threat_sides(
    text: str,
    trig: Trigger,
    source: Actor | None,
    actors: list[Actor],
    pool: Sequence[Actor] = (),
) -> tuple[Actor | None, Actor | None] | None:
    """(source, target) of a threat told from the threatened side, or None when ``trig`` is
    not one or its subject is not the actor read as its source. ``pool`` holds every actor
    of the sentence, for a speaker after the threat and a target inside a merged warning.

    The subject right before "would face" becomes the target; the actor before a speaking
    verb that opens the clause ("Iran said", "Moscow warned that") becomes the source, or
    none when the speaker is not named before (", Iran said" is the reporter's, read
    elsewhere) or the subject of a reporting clause after it ('"Ukraine will pay dearly," the
    Kremlin said'). A warning read as one trigger with its clause ("warned that Greece would
    face consequences") keeps its source and takes the clause's subject as the target."""
    if (trig.full or trig.code) == "012":
        # "Trump said Iran will attack Israel": a comment on the foretold side (§012), which
        # is what it is about; the speaker stays the source (onlookers.foretold_by)
        return _warned_inside(text, trig, source, [*actors, *pool])
    if not (trig.full or trig.code).startswith("13"):
        return None
    if not _FROM_TARGET_SIDE.match(trig.text) or _reprisal(trig.text):
        # "Iran will retaliate": the subject takes the reprisal, it does not suffer it
        return _warned_inside(text, trig, source, [*actors, *pool])
    if source is None or not _SUBJECT_GAP.fullmatch(text, source.end, trig.start):
        return None
    speaker = speaker_before(text, source, actors)
    return speaker or _speaker_after(text, trig, source, [*actors, *pool]), source


def speaker_before(text: str, subject: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The actor of another side whose speaking verb opens the reported clause of
    ``subject`` ("Iran said Israel …", "Moscow warned that Kyiv …"), or None. The reporting
    verb's subject says the content clause (Huddleston and Pullum 2002, ch. 11 §3)."""
    return next(
        (
            a
            for a in sorted(actors, key=lambda a: a.start, reverse=True)
            if a.end <= subject.start
            and a.country_code != subject.country_code
            and (said := _SAID.fullmatch(text, a.end, subject.start)) is not None
            and _speaks(said["verb"])
        ),
        None,
    )


# what may stand between a quoted or fronted threat and its speaker: the rest of its clause,
# a comma, a closing quote and an article ('"Ukraine will pay dearly for this," the Kremlin')
_TO_SPEAKER = re.compile(r"[^.;!?]*?,\s*[\"”’']?\s*(?:the\s+)?")
# the speaker's people and verb after it ("Iran's foreign ministry said"): lowercase words,
# one of which says
_SAID_AFTER = re.compile(r"(?:['’]s?)?(?P<words>(?:\s+[a-z]+){1,4})")


def _speaker_after(text: str, trig: Trigger, target: Actor, actors: list[Actor]) -> Actor | None:
    """The actor who says a threat told before it ('Israel will face consequences, Iran's
    foreign ministry said'): the reporting clause's subject says the reported one (Huddleston
    and Pullum 2002, ch. 11 §3), so it makes the threat (CAMEO 1.1b3 §13)."""
    for a in sorted(actors, key=lambda a: a.start):
        if a.start < trig.end or a.country_code == target.country_code:
            continue
        said = _SAID_AFTER.match(text, a.end)
        words = said["words"].split() if said else []
        if _TO_SPEAKER.fullmatch(text, trig.end, a.start) and any(map(_speaks, words)):
            return a
    return None


# a modal inside a merged warning ("warned on Tuesday that Greece would face consequences")
_MODAL_INSIDE = re.compile(r"\s(?:will|would|shall)\s", re.IGNORECASE)


def _warned_inside(
    text: str, trig: Trigger, source: Actor | None, actors: list[Actor]
) -> tuple[Actor | None, Actor | None] | None:
    """(speaker, threatened) of a warning read as one trigger with its content clause ("Turkey
    warned that Greece would face consequences"): the content clause's subject, right
    before its modal, is the target; the warning verb's subject stays the source. None when
    the trigger holds no such clause."""
    if source is None or source.end > trig.start:
        return None
    modal = _MODAL_INSIDE.search(text, trig.start, trig.end)
    if modal is None:
        return None
    threatened = next(
        (
            a
            for a in actors
            if trig.start <= a.start
            and a.end <= modal.start()
            and a.country_code != source.country_code
            and _SUBJECT_GAP.fullmatch(text, a.end, modal.start())
        ),
        None,
    )
    return None if threatened is None else (source, threatened)
