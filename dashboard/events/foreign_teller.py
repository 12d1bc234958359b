"""An act told by the foreign service of the state whose people it befell was abroad.

"LONDON - Britain's Foreign Office said two of its nationals were kidnapped by gunmen on
Monday" names no place of the kidnapping; the reader's fallbacks put it in the country of
the victims (the target's country) or of the main actor, the United Kingdom, and the
dateline seconds it. A state's ministry of foreign affairs, its embassies and its consulates
are its channel to other states and the protectors of its nationals *in other states*
(Vienna Convention on Diplomatic Relations 1961, arts. 3(1)(b) and 41(2); Vienna Convention
on Consular Relations 1963, art. 5): when that service tells an act of coercion or force
(CAMEO 1.1b3 roots 17-20) done to others than its own state's forces acting, the act was
abroad, and the teller's country is the one place it was not. ACLED codes an event where it
took place, never at the home of who announced it; no place beats a wrong one.

So the teller's country is neither the act's place by the main actor's or the target's
country (``placing``) nor by the dateline filed from it (``finishing``): "NEW DELHI - The
Indian embassy said police arrested five students" gets no place, and the store then borrows
what else the article names. A ministry tells of attacks at home too ("Ukraine's foreign
ministry said Russian missiles killed 20 civilians"), so a ministry counts only when the act
names its people as nationals, citizens or tourists (``nationals_abroad.csv``); an embassy
or consulate sits in another state, so what it tells counts as it is. An act the teller's own state did stays with the
other rules ("The State Department said US forces seized the tanker" is the doer speaking).
The service's nouns are data: ``data/lexicon/foreign_service.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.lexicon import sourced_rows
from dashboard.model import TOLD_ABROAD

__all__ = ["TOLD_ABROAD", "abroad_teller", "foreign_teller"]

# coercion and force (CAMEO 1.1b3 roots 17-20), and violent protest (root 14: a riot, its
# looting), which an embassy tells of its nationals caught up in it abroad as it does attacks
_ACTS = frozenset({"14", "17", "18", "19", "20"})
# between the service's noun and the reporting verb: nothing, or its speaker ("spokesperson")
_SPEAKER = r"(?:\s+(?:spokes(?:man|woman|person)|officials?|statement))?"
_SAID = r"\s+(?:said|says|confirmed|reported|announced|stated)\b"
# between the country and the service: a possessive or nothing ("U.S. State Department")
_OWNER_GAP = re.compile(r"^(?:'s|’s)?\s+$")


@cache
def _own_state() -> dict[str, str]:
    """A service named by its own state's name for it ("State Department": the United
    States'), lower-cased, with that state's ISO2 (the rows with an ``iso2``)."""
    rows = sourced_rows("foreign_service.csv", "words")
    return {r["words"].strip().lower(): r["iso2"] for r in rows if r.get("iso2")}


@cache
def _posted_abroad() -> frozenset[str]:
    """The services that sit in another state (an embassy, a consulate: VCDR 1961 art. 3(1)(a),
    VCCR 1963 art. 5), lower-cased: what they tell of their people is abroad by itself."""
    rows = sourced_rows("foreign_service.csv", "words")
    return frozenset(r["words"].strip().lower() for r in rows if r.get("posted") == "abroad")


@cache
def _nationals() -> re.Pattern[str]:
    """The nouns a ministry tells its people abroad by ("two of its nationals", "Japanese
    citizens"): ``data/lexicon/nationals_abroad.csv``."""
    words = "|".join(
        re.escape(r["word"].strip().lower()) for r in sourced_rows("nationals_abroad.csv", "word")
    )
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@cache
def _service() -> re.Pattern[str]:
    """The service's noun, its speaker, then a reporting verb ("foreign ministry said")."""
    words = "|".join(
        sorted(
            (
                re.escape(r["words"].strip().lower()).replace(r"\ ", r"\s+")
                for r in sourced_rows("foreign_service.csv", "words")
            ),
            key=len,
            reverse=True,
        )
    )
    return re.compile(rf"\b(?P<noun>{words}){_SPEAKER}{_SAID}", re.IGNORECASE)


def foreign_teller(
    text: str,
    code: str,
    span: tuple[int, int],
    countries: Sequence[tuple[int, int, str | None, object]],
    clause_end: int | None = None,
) -> str | None:
    """The ISO2 of the state whose foreign service tells the act: its service's noun and a
    reporting verb between ``span``'s start (the act's sentence) and end (the act's
    trigger), owned by a country named right before it ("Japan's foreign ministry said",
    "the Indian embassy said", "The U.S. State Department said"); None for another root
    than 14 or 17-20 (``code``: the act's CAMEO code), no such teller, or no country owning it.
    A ministry counts only when the act, up to ``clause_end``, names its people as nationals,
    citizens or tourists (its consular business); an embassy or consulate sits abroad, so
    whatever it tells counts. ``countries``: the text's country mentions as (start, end,
    ISO2, demonym).

    >>> t = "Japan's foreign ministry said two Japanese nationals were wounded in a blast."
    >>> foreign_teller(t, "183", (0, 69), [(0, 5, "JP", None), (30, 38, "JP", None)])
    'JP'
    >>> foreign_teller(t, "051", (0, 69), [(0, 5, "JP", None)]) is None
    True
    >>> foreign_teller("Japan's defence ministry said a bomb hit.", "183", (0, 36), [(0, 5, "JP", None)])
    """
    if code[:2] not in _ACTS:
        return None
    start, end = span
    for m in _service().finditer(text, start, end):
        if m.end() > end:
            break
        noun = " ".join(m["noun"].lower().split())
        told = text[m.end() : max(end, clause_end or end)]
        if noun not in _posted_abroad() and _nationals().search(told) is None:
            continue  # a ministry telling of others ("a strike killed 20 civilians") may be at home
        for cs, ce, cc, _ in countries:
            if cc and start <= cs and ce <= m.start() and _OWNER_GAP.match(text[ce : m.start()]):
                return cc
        own = _own_state().get(noun)
        if own:
            return own
    return None


def abroad_teller(d: _Draft, ctx: _Context) -> str | None:
    """The ISO2 of the state whose foreign service tells the act ``d`` (``foreign_teller``
    over the act's sentence up to its trigger), unless that state did it (its own act, told
    by its own ministry, is placed by the other rules); else None."""
    start = d.evidence[0][0] if d.evidence else d.clause[0]
    near = ctx.countries.within(start, d.trigger.start)
    span = (start, d.trigger.start)
    teller = foreign_teller(ctx.text, d.trigger.code, span, near, max(d.clause[1], d.trigger.end))
    if teller is None or (d.source is not None and d.source.country_code == teller):
        return None
    return teller


# between the doer's country and the service: a possessive or nothing ("China's embassy",
# "the Chinese embassy" is a demonym the actor finder reads as the country too)
_DOER_GAP = re.compile(r"(?:'s|’s)?\s+")


def posted_doer(d: _Draft, text: str) -> bool:
    """Whether the act's source is a country named as the owner of one of its services that
    sit in another state ("China's embassy urged the government", "the French consulate
    issued visas"): an embassy acts where it is posted (VCDR 1961 art. 3(1)(a)), never in
    its own state, so its state's country is no place of the act by the main actor's
    country (``placing``); the dateline or another place the text names is taken instead."""
    s = d.source
    if s is None or s.end < 0 or s.kind != "country":
        return False
    gap = _DOER_GAP.match(text, s.end)
    if gap is None:
        return False
    rest = " ".join(text[gap.end() : gap.end() + 40].lower().split())
    return any(
        rest.startswith(noun) and not rest[len(noun) : len(noun) + 1].isalpha()
        for noun in _posted_abroad()
    )
