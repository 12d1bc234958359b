"""A blockade by a crowd, or of a building, obstructs passage (CAMEO 1.1b3 §144), not a
military blockade (§191).

CAMEO 1.1b3 §191 (impose blockade, restrict movement) is the prevention of entry into or exit
from a territory by armed forces; §144 (obstruct passage, block) is protesters blocking roads,
entrances or buildings. So a §191 reading becomes §144 when the sentence names a protesting
crowd ("Striking dockers blockaded the port" stays force only when armed forces are named)
or when what was blockaded is a building ("after its offices were blockaded"), and no armed
force or attack is named in the sentence. The crowd nouns and the buildings are data
(``data/lexicon/blockade_kinds.csv``, a source per row).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.hazard_reach import names_armed
from dashboard.events.lexicon import role_words, word_class
from dashboard.events.trigger import Trigger

_BLOCKADE = "191"
_OBSTRUCT = "144"


@cache
def _cue(role: str) -> re.Pattern[str]:
    """The ``blockade_kinds.csv`` words of ``role`` as whole words."""
    return re.compile(rf"\b(?:{role_words('blockade_kinds.csv', role)})\b", re.IGNORECASE)


@cache
def _forces() -> frozenset[str]:
    """Armed forces (``classes.csv`` TROOPS), whose blockade is §191."""
    return word_class("TROOPS")


def _names_forces(sent: str) -> bool:
    words = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", sent)}
    return names_armed(sent) or bool(words & _forces())


def _crowd_or_building(sent: str, t: Trigger) -> bool:
    """Does ``sent`` name a protesting crowd, or is a building the thing blockaded (within
    four words before or after the trigger)?"""
    if _cue("crowd").search(sent):
        return True
    before = " ".join(sent[: t.start].split()[-4:])
    after = " ".join(sent[t.end :].split()[:4])
    return bool(_cue("building").search(before) or _cue("building").search(after))


def blockade_kinds(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) with each §191 blockade by a crowd or of a building,
    with no armed force named, read as §144 obstruct passage."""
    out: list[Trigger] = []
    for t in trigs:
        if (
            (t.full or t.code).startswith(_BLOCKADE)
            and re.match(r"blockad", t.text, re.IGNORECASE)
            and _crowd_or_building(sent, t)
            and not _names_forces(sent)
        ):
            t = replace(t, code="14", full=_OBSTRUCT)
        out.append(t)
    return out
