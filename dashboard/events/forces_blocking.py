"""Who blocks decides the code: a security force blocking roads restricts movement (CAMEO 1.1b3
§191), and a blockade that cut supplies is the blockade told, no embargo (§163).

CAMEO 1.1b3 §144 (obstruct passage, block) is a protest form, civilians blocking passage; §191
(impose blockade, restrict movement) is the prevention of entry into or exit from a territory
using armed forces. "Riot police blocked the roads to the square" names police, an armed force
(``classes.csv`` TROOPS), as the doer, so it is §191, as the project's "sealed off" and "cordon
off" rows read a force closing an area; "Police said protesters blocked the road" keeps its
§144, the crowd being the nearer doer.

"The blockades have cut fuel supplies" matches the §163 supply-cut row, but its subject is a
blockade (``classes.csv`` BLOCKADE_NOUN), not a state's measure against another: the act told
is the blockade, §144 when a protesting crowd is named (``blockade_kinds.csv`` crowd) and no
armed force, §191 otherwise, as ``blockade_kinds`` reads a blockade noun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.lexicon import load, role_words, word_class
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import Trigger

_OBSTRUCT = "144"
_BLOCKADE = "191"
_EMBARGO = "163"
_REACH = 5  # the doer stands within five words before the verb ("Riot police on Monday blocked")
# a blocking verb, not a barrier noun: "Police set up barricades around parliament" puts up a
# barrier (the §144 noun row), it closes no way to anyone named
_BLOCKING_VERB = re.compile(r"(?:block|clos|shut|seal)", re.IGNORECASE)


@cache
def _crowd() -> re.Pattern[str]:
    """A protesting crowd's noun (``blockade_kinds.csv`` crowd), whole words."""
    return re.compile(rf"\b(?:{role_words('blockade_kinds.csv', 'crowd')})\b", re.IGNORECASE)


def _word_in(word: str, name: str) -> bool:
    """Is ``word`` (or its singular) a lemma of the ``classes.csv`` row ``name``?"""
    w = word.lower()
    lemmas = word_class(name)
    return w in lemmas or w.removesuffix("s") in lemmas or w.removesuffix("es") in lemmas


def _nearest_doer(sent: str, start: int) -> str | None:
    """The doer named nearest before offset ``start`` within ``_REACH`` words and the clause:
    "force" for an armed force, "crowd" for a protesting crowd, "blockade" for a blockade
    noun, None for none. A clause mark or a reporting verb (cues.csv ``report``) ends the
    search: in "The army said villagers had blocked the road" the army only reports."""
    said = load().words("report")
    for tok in reversed(tokenize(sent[:start])[-_REACH:]):
        w = tok.text
        if tok.boundary or not w[:1].isalpha() or tok.keys & said:
            return None
        if _crowd().fullmatch(w):
            return "crowd"
        if _word_in(w, "BLOCKADE_NOUN"):
            return "blockade"
        if _word_in(w, "TROOPS"):
            return "force"
    return None


def forces_blocking(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) with a §144 block whose nearest doer before it is an
    armed force read as §191, and a §163 supply cut whose subject is a blockade read as that
    blockade (§144 with a protesting crowd named in ``sent``, §191 otherwise). Never raises;
    triggers of other codes pass unchanged. Source: CAMEO 1.1b3 §144, §163 and §191."""
    out: list[Trigger] = []
    for t in trigs:
        full = t.full or t.code
        doer = _nearest_doer(sent, t.start) if full in (_OBSTRUCT, _EMBARGO) else None
        if full == _OBSTRUCT and doer == "force" and _BLOCKING_VERB.match(t.text):
            t = replace(t, code="19", full=_BLOCKADE)
        elif full == _EMBARGO and doer == "blockade":
            crowd = bool(_crowd().search(sent))
            t = replace(t, code="14" if crowd else "19", full=_OBSTRUCT if crowd else _BLOCKADE)
        out.append(t)
    return out
