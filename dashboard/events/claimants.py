"""Who a judged or answered act belongs to, told inside the judging phrase: the party whose
suit or proposal a ruling or a rejection answers ("rejected an appeal by Russia", "an
Israeli proposal": CAMEO 1.1b3 §12 codes the proposer as the target), and the doer a "by"
phrase names inside the object of a judging verb ("called the missile launch by North Korea
a threat": §111's target). ``source_target.sides`` reads them.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class

# the object noun phrase of a judging verb ending in its own "by" agent: a determiner opens
# it ("called the missile launch by North Korea …"), unlike a passive's "was condemned by"
_OBJECT_BY = re.compile(
    r"^\s*(?:the|a|an|its|their|this|that|these|those|last|recent)\s+(?:[\w'’.-]+\s+){0,4}?by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# the determiner and lowercase modifiers before a demonym that opens the judged act ("the
# latest Israeli drill", "the planned US arms sale")
_OWNER_BEFORE = re.compile(r"^\s*(?:the|a|an|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}$")


def judged_agent(text: str, head_end: int, a: Actor) -> bool:
    """Is ``a``, inside the phrase of a judging verb ending at ``head_end``, the doer of the
    act its object names: the "by" phrase closing the object noun phrase ("the missile
    launch by North Korea": the "by" phrase of an event noun is its Agent, ACE 2005), or a
    country's demonym before the act noun ("the latest Israeli naval drill")? A passive's
    "was condemned by" is neither."""
    between = text[head_end : a.start]
    if _OBJECT_BY.match(between) is not None:
        return True
    demonym = a.kind == "country" and text[a.start : a.end] != a.name
    return demonym and _OWNER_BEFORE.match(between) is not None


@cache
def claimant() -> re.Pattern[str]:
    """What stands between a ruling or a rejection and the party whose suit or proposal it
    answers: "a counterclaim by", "an appeal lodged by the", "a proposal by" (the ``SUIT``
    and ``PROPOSAL`` nouns of ``classes.csv``)."""
    return re.compile(_suit_by() + r"(?:the\s+)?$", re.IGNORECASE)


@cache
def unnamed_claimant() -> re.Pattern[str]:
    """A suit or proposal whose "by" names no actor ("a petition by the opposition
    challenging …"): what follows tells what the suit is about, not who filed it."""
    return re.compile(_suit_by() + r"(?:the\s+|an?\s+)?(?-i:[a-z])", re.IGNORECASE)


def _suit_by() -> str:
    """The pattern up to the "by" of a suit or proposal noun ("an appeal lodged by "), which
    ``claimant`` and ``unnamed_claimant`` complete."""
    words = word_class("SUIT") | word_class("PROPOSAL")
    nouns = "|".join(sorted(words, key=len, reverse=True))
    return rf"^\s*(?:\w+\s+){{0,3}}?(?:{nouns})s?\s+(?:(?:filed|lodged|brought|made)\s+)?by\s+"


def proposer(text: str, a: Actor) -> bool:
    """``a`` is a demonym or a possessive right before a proposal or suit noun ("an
    Israeli proposal", "Egypt's offer"): CAMEO 1.1b3 §12 codes who proposed as the target
    of its rejection, as for "a proposal by Israel"."""
    words = word_class("SUIT") | word_class("PROPOSAL")
    m = re.match(r"(?:['’]s)?\s+(?:(?P<adj>[a-z-]+)\s+)?(?P<noun>[a-z]+)", text[a.end : a.end + 40])
    demonym = text[a.start : a.end] != a.name or text[a.end : a.end + 1] in "'’"
    if a.kind != "country" or not demonym or m is None:
        return False
    # "an Israeli proposal", "an Israeli peace proposal": the noun, with one modifier before it
    return any(w in words or w.removesuffix("s") in words for w in (m["adj"] or "", m["noun"]))
