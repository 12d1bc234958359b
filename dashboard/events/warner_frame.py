"""The speaker of a warning told after what it warns of ("Israel will hit back, its leader
warned.", "The war could widen, Spain cautioned on Friday."). The reporting clause in final
position (Quirk et al. 1985, 15.51) names who says the clause before it: that speaker is the
warning's source (CAMEO 1.1b3 §13, §012: the one who warns), never the one warned against,
and a country named in it is the warner, not a place or a side of the clause warned of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.events.actors import Actor
from dashboard.events.prefilter import gated

_POSSESSIVE = re.compile(r"['’]s?\s")

# ", <up to six words> warned|cautioned (on Monday)." closing the sentence: the words between
# the comma and the verb are the speaker ("Prime Minister X", "the French foreign ministry");
# gated by "warned"/"cautioned": tried at every comma of every sentence, it seldom matches
_CLOSING_WARNING = gated(
    r",\s+(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:has\s+|had\s+)?(?:warned|cautioned)"
    # whom the warning is told to: a name right after the verb ("warned Taiwan")
    r"(?P<to>\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)?)?"
    r"(?:\s+(?:late\s+)?on\s+\w+day|\s+(?:today|yesterday))?\s*[.!]?[\"”]?\s*$"
)


@dataclass(frozen=True)
class WarnerFrame:
    """Article offsets of the speaker's words in a closing warning frame: ``start``-``end``
    spans the words between the comma and the verb; ``verb`` is where "warned" begins;
    ``to_start``-``to_end`` the name it is told to ("warned Taiwan"), empty when none."""

    start: int
    end: int
    verb: int
    to_start: int = 0
    to_end: int = 0


def closing_warner(text: str, sent_span: tuple[int, int]) -> WarnerFrame | None:
    """The closing warning frame of the sentence at ``sent_span`` (article offsets), or None
    when the sentence does not end on ", X warned (on Day).".

    >>> closing_warner("Iran will respond, Spain warned.", (0, 32))
    WarnerFrame(start=19, end=25, verb=25, to_start=0, to_end=0)
    >>> closing_warner("Spain warned that Iran will respond.", (0, 36)) is None
    True
    """
    s, e = sent_span
    m = _CLOSING_WARNING.search(text[s:e])
    if m is None:
        return None
    to = (s + m.start("to"), s + m.end("to")) if m.group("to") else (0, 0)
    return WarnerFrame(s + m.start("who"), s + m.end("who"), s + m.end("who"), *to)


# a fronted condition, then the reporting clause between commas ("If the rains fail, the
# agency warned, the harvest could collapse"): Quirk et al. 1985 §15.51, a reporting clause
# in medial position frames the whole sentence around it, here the condition and its result
_MEDIAL_WARNING = gated(
    r"^\s*(?:if|unless)\b[^,.;:]*,\s+(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:has\s+|had\s+)?"
    r"(?:warned|cautioned)(?:\s+(?:late\s+)?on\s+\w+day)?\s*,\s+(?!that\b)[^.;:]+[.!]?\s*$",
    re.IGNORECASE,
)


def warning_frame(text: str) -> WarnerFrame | None:
    """The warning frame of the one sentence ``text``: a closing one (``closing_warner``) or
    one in medial position after a fronted "if" or "unless" clause, whose reported clause is
    the condition and its result on both sides of it (``_MEDIAL_WARNING``).

    >>> warning_frame("If it rains, the agency warned, the dam could fail.")
    WarnerFrame(start=13, end=24, verb=24, to_start=0, to_end=0)
    """
    closing = closing_warner(text, (0, len(text)))
    m = None if closing is not None else _MEDIAL_WARNING.search(text)
    return closing if m is None else WarnerFrame(m.start("who"), m.end("who"), m.end("who"))


def speaker_named(text: str, frame: WarnerFrame) -> bool:
    """Whether the frame names its speaker: a capitalised word among its words ("…, the UN
    warned") rather than only common nouns ("…, aid groups warned")."""
    return any(w[:1].isupper() for w in text[frame.start : frame.end].split())


def warner_sides(
    text: str,
    frame: WarnerFrame | None,
    code: str,
    trig_start: int,
    sides: tuple[Actor | None, Actor | None],
    pool: list[Actor],
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of an act told before a closing warning frame: whoever is named in
    the frame warns, so is never the target ("Israel will retaliate, Netanyahu warned" is no
    threat against Netanyahu); a warning read as a comment (§012, the frame's own verb) has
    the frame's speaker as its source, not a place named in what is warned of ("The war could
    spread to Lebanon, France warned": France comments); a threat told with no side of its
    own ("Any attack will be met with force, China warned Taiwan") is the speaker's, aimed at
    whom the warning is told to. ``pool``: the sentence's actors."""
    source, target = sides
    if frame is None:
        return sides

    def _owner(a: Actor) -> bool:
        # "…, Haiti's prime minister warned": the speaker's own state may be the one warned
        # for ("Gangs could take over the capital"), unless it is the act's doer
        return bool(_POSSESSIVE.match(text, a.end)) and (
            source is None or a.country_code != source.country_code
        )

    in_frame = [a for a in pool if frame.start <= a.start < frame.end]
    if target is not None and frame.start <= target.start < frame.end and not _owner(target):
        target = None
    if code == "012" and trig_start >= frame.verb and in_frame:
        speaker = in_frame[0]
        if source is None or not frame.start <= source.start < frame.end:
            source, target = speaker, None
    if code.startswith("13") and source is None and in_frame:
        source = in_frame[0]
        told = [a for a in pool if frame.to_start <= a.start < frame.to_end]
        target = target if target is not None or not told else told[0]
    return source, target
