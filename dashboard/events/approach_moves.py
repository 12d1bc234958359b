"""Forces coming in to do an act: "Police entered the building and arrested 13 people".

The lexicon's §154 row "@TROOPS * arrive|land|enter|…" reads forces moving in as a deployment
(CAMEO 1.1b3 §154 mobilize or increase armed forces). When the same subject goes straight on,
in a verb joined by "and" with no subject of its own (Quirk et al. 1985 §13.46: the conjoined
predicate shares the first clause's subject), to a stronger act of coercion or force (CAMEO
roots 17 coerce, 18 assault, 19 fight, 20 mass violence: "…and arrested", "…and detained",
"…and opened fire"), the movement is only how they came to do it: one happening, coded by the
act (CAMEO 1.1b3 ch. 1 codes the act a report tells, not each step toward it). The movement
verbs and the adverbs of sequence are data (``data/lexicon/approach_moves.csv``). A movement
told alone ("Troops entered the town on Monday") stays §154; so does one followed by a weak
verb or by a clause with a subject of its own ("…, and rebels fired on them").

Shape::

    approached(text, trigs) -> list[Trigger]   # trigs less the approach triggers
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import WEAK, Trigger
from dashboard.events.lexicon import role_words, sourced_rows
from dashboard.events.tokens import tokenize

_DEPLOYED = "154"
# the roots of the act the forces came to do (CAMEO 1.1b3 roots 17, 18, 19, 20)
_ACT_ROOTS = ("17", "18", "19", "20")


@cache
def _joined() -> re.Pattern[str]:
    """From the movement to the act: its object or place, no clause mark or second clause,
    then "and" right before the act's verb, an adverb of ``approach_moves.csv``'s role
    ``sequence`` allowed between ("and then arrested")."""
    adverbs = role_words("approach_moves.csv", "sequence")
    return re.compile(rf"[^,;:.!?()\"“”]{{0,80}}?\band\s+(?:(?:{adverbs})\s+)?")


@cache
def _moves() -> tuple[tuple[str, ...], ...]:
    """The movement verbs of ``approach_moves.csv`` (role ``move``) as word tuples, the first
    a lemma."""
    rows = sourced_rows("approach_moves.csv", "word", "role")
    return tuple(tuple(r["word"].lower().split()) for r in rows if r["role"] == "move")


def _moving(t: Trigger) -> bool:
    """Does the §154 trigger ``t`` tell forces moving in ("Police entered", "moved into")?"""
    if (t.full or "") != _DEPLOYED:
        return False
    tokens = tokenize(t.text)
    for i, tok in enumerate(tokens):
        for first, *rest in _moves():
            if first in tok.keys and [x.lower for x in tokens[i + 1 : i + 1 + len(rest)]] == rest:
                return True
    return False


def approached(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` without each §154 movement trigger whose subject goes on, after "and", to a
    stronger act of roots 17-20 (offsets of ``trigs`` into ``text``)."""
    acts = [u for u in trigs if u.code.startswith(_ACT_ROOTS) and u.weight > WEAK]
    return [
        t
        for t in trigs
        if not (
            _moving(t)
            and any(u.start >= t.end and _joined().fullmatch(text, t.end, u.start) for u in acts)
        )
    ]
