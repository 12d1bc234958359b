"""Whose relative, memorial or supporters a named actor is said to have: "the son of
President X", "near the tomb of General X", "supporters of former president X stormed the
Congress". The actor after such an "of" names whose they are, and is no side of the act:
the relative, the site or the crowd acts or is acted on.

Sources: classes.csv ``KIN`` (WordNet 3.0 relative.n.01), ``MEMORIAL`` (memorial.n.03) and
``ADHERENT`` (supporter.n.01, follower.n.01, loyalist.n.01; ACLED codes a leader's or a
party's supporters as Protesters or Rioters with the party as associated actor, not as the
party itself); and, inside an apposition set off by a comma and an article ("arrested Anna
Berg, a leading critic of President X,"), ``COUNTERPART`` (rival.n.01, critic.n.01,
ally.n.02): Barker (1995, *Possessive Descriptions*), a relational noun's "of" object is the
other term of the relation, and the apposition only describes its head (Quirk et al. 1985,
17.65), so the critic, not the one criticised, is the side. Outside an apposition "critics of X marched"
keeps X, whom the march is against.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import Gated, gated

_REACH = 72  # "supporters of the imprisoned former prime minister " and a name's first word
# the owner's status before a title (WordNet 3.0 senses of a person's standing: late.s.01,
# former.s.02, imprisoned.s.01 and its near synonyms)
_STATUS = "late|former|ousted|exiled|jailed|imprisoned|detained|deposed|incarcerated|slain"


def owner_named(text: str, start: int) -> bool:
    """Whether the actor at ``start`` of ``text`` follows a kin, memorial or supporter noun
    and its "of" ("supporters of former president Jair Bolsonaro": True for
    Bolsonaro)."""
    lo = max(0, start - _REACH)
    return (
        _WHOSE().search(text, lo, start) is not None
        or _APPOSED().search(text, lo, start) is not None
    )


@cache
def _WHOSE() -> Gated:  # noqa: N802 - a compiled constant, built once
    words = word_class("KIN") | word_class("MEMORIAL") | word_class("ADHERENT")
    nouns = "|".join(sorted(words, key=len, reverse=True))
    return gated(
        # up to two status words before the title ("imprisoned former prime minister",
        # "detained former president"): a status describes the owner, it opens no clause
        rf"\b(?:{nouns})\s+of\s+(?:the\s+)?(?:(?:{_STATUS})\s+){{0,2}}"
        r"(?:[\w.-]+\s+){0,2}$",
        re.IGNORECASE,
    )


@cache
def _APPOSED() -> Gated:  # noqa: N802 - a compiled constant, built once
    nouns = "|".join(sorted(word_class("COUNTERPART"), key=len, reverse=True))
    return gated(
        # ", a leading critic of President ", ", the main rival of former premier ": a comma,
        # an article and up to two modifiers open the apposition before its relational noun
        rf",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\s+of\s+(?:the\s+)?"
        rf"(?:(?:{_STATUS})\s+){{0,2}}(?:[\w.-]+\s+){{0,2}}$",
        re.IGNORECASE,
    )
