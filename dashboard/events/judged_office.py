"""Where a court acted on a state's own office-holder: "ADDIS ABABA - Former Malian prime
minister Moussa Mara was sentenced to two years" was in Mali, not in the city the story was
filed from. A state's courts try its own politicians (CAMEO 1.1b3 §116 find guilty, §173
arrest or charge with legal action; the office words are ``data/lexicon/state_offices.csv``,
sourced to the CAMEO actor codebook's GOV, OPP and LEG), and ACLED codes an event where it
took place, at the country when nothing finer is told (geo precision 3).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import sourced_rows

if TYPE_CHECKING:  # drafts imports ``where``, which imports modules that import this one
    from dashboard.events.drafts import _Draft

_LEGAL = frozenset({"116", "173"})
# an international court tries a state's office-holders outside that state (the ICC sits in
# The Hague): its acts are not this rule's
_INTERNATIONAL_COURT = re.compile(
    r"\b(?:ICC|ICJ|International\s+(?:Criminal\s+)?Court|[Tt]ribunal|U\.?N\.?\s+court)\b"
)


@cache
def _office_after() -> re.Pattern[str]:
    """A demonym's office right after it ("Malian prime minister", "Malian former
    president"), from ``state_offices.csv``."""
    rows = sourced_rows("state_offices.csv", "office")
    words = sorted((r["office"].strip() for r in rows), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\s+(?:(?:former|ex-|then|deputy|acting)\s+)?(?:{alts})\b", re.I)


@cache
def _office_before() -> re.Pattern[str]:
    """A demonym and its office right before a person's name ("Former Ugandan opposition
    leader Kizza Besigye"): the name's country comes from the demonym."""
    rows = sourced_rows("state_offices.csv", "office")
    words = sorted((r["office"].strip() for r in rows), key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b[A-Z][a-z]+(?:n|ian|ese|i|ish|ic)\s+(?:{alts})\s+$", re.I)


def office_country(d: _Draft, text: str, dateline: str | None) -> str | None:
    """The ISO2 of the state whose office-holder ``d``, a legal act (§116, §173) by no
    named side or by that state, was done to ("Former Malian prime minister Moussa Mara was
    sentenced"), when it is not the ``dateline``'s; else None."""
    code, tgt, src = d.trigger.full or "", d.target, d.source
    if code[:3] not in _LEGAL or tgt is None or tgt.start < 0 or not tgt.country_code:
        return None
    if src is not None and src.country_code not in (None, tgt.country_code):
        return None
    if _INTERNATIONAL_COURT.search(text, *d.evidence[0]):
        return None
    after = _office_after().match(text, tgt.end) is not None
    before = _office_before().search(text, max(0, tgt.start - 60), tgt.start) is not None
    if not (after or before) or tgt.country_code == dateline:
        return None
    return tgt.country_code
