"""Places in a clause of the event's sentence that tells another happening than its act:
a supplementive -ing clause of result after the act ("struck the dam, cutting power to Port
Sudan": where the effect reached, ``data/lexicon/consequence_participles.csv``), where a
launch's weapons came down ("…, and they landed near Japan": its path), and the subject of a
clause of condition or time after a statement ("said it would not sign until
Armenia changed its constitution": a party to what is awaited). ACLED codes an event where
it took place; ``where.locate`` sets such names aside.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.place_cues import SAID_TO
from dashboard.events.withheld_names import withheld
from dashboard.model import Mention


@cache
def _result_clause() -> re.Pattern[str]:
    """A comma, then a participle of ``consequence_participles.csv`` (Quirk et al. 1985
    §15.60: a supplementive clause after its matrix clause may tell its result)."""
    words = sorted({r["participle"].strip().lower() for r in sourced_rows(_LEXICON, "participle")})
    return re.compile(rf",\s+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


_LEXICON = "consequence_participles.csv"
# a toll told in the result ("leaving three people dead in Kharkiv") is where the act struck
_TOLL = re.compile(r"\b(?:dead|killed|wounded|injured|hurt)\b", re.IGNORECASE)
# a subordinator of condition or time opening a clause (Quirk et al. 1985 §15.17, §15.25)
_SUBORDINATOR = re.compile(
    r"\b(?:until|unless|if|once|before|after|till|as\s+long\s+as)\s+(?:the\s+)?$", re.IGNORECASE
)
# the subject's own verb right after it ("Armenia changed", "Guyana withdrew", "Kyiv would
# withdraw"): a lower-case word that is no preposition or conjunction
_OWN_VERB = re.compile(
    r"\s+(?!(?:and|or|but|in|of|to|for|on|at|with|from|by|as|nor)\b)[a-z]+\b(?!['’])"
)
REACH = 40  # characters back from a name its subordinator is read in


def in_result_clause(text: str, m: Mention, trigger_start: int) -> bool:
    """``m`` stands after the act in a supplementive clause of result ("struck the Merowe
    dam, cutting power to Port Sudan"), and no toll is told before it in that clause."""
    if m.start <= trigger_start:
        return False
    cues = list(_result_clause().finditer(text, trigger_start, m.start))
    return bool(cues) and _TOLL.search(text, cues[-1].end(), m.start) is None


def awaited_party(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m``, after a statement's trigger (CAMEO 1.1b3 verbal roots, ``SAID_TO``), is a
    country opening a clause of condition or time as its subject ("would not sign a treaty
    until Armenia changed its constitution"): a party to what is awaited, not where the
    statement was made."""
    return (
        code[:2] in SAID_TO
        and m.start > trigger_start
        and m.place is not None
        and m.place.kind == "country"
        and _SUBORDINATOR.search(text, max(trigger_start, m.start - REACH), m.start) is not None
        and _OWN_VERB.match(text, m.end) is not None
    )


# a launch's weapons coming down in a clause of their own ("…, and they landed near Japan")
_CAME_DOWN = re.compile(
    r",\s*(?:and|before|where|which|after)\s+(?:they|it|the\s+\w+|both|one|two)\s+"
    r"(?:\w+\s+){0,2}?(?:landed|fell|splashed\s+down|came\s+down|crashed|impacted)\b",
    re.IGNORECASE,
)
_SHOW_OF_FORCE = "15"  # CAMEO 1.1b3 ch. 15: a missile test or launch as a show of force
_DEPLOY = "154"  # §154 mobilise or increase armed forces: a force moved, not a weapon fired


def where_it_came_down(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m``, after a launch's trigger (CAMEO ch. 15), is named in a later clause where its
    weapons came down ("fired two missiles into the sea, and they landed near Japan"): the
    path, as "into the sea" is; a launch is coded to where it was fired from (ACLED)."""
    return (
        code[:2] == _SHOW_OF_FORCE
        and not code.startswith(_DEPLOY)  # "sent jets, which landed in Belarus": they are there
        and m.start > trigger_start
        and _CAME_DOWN.search(text, trigger_start, m.start) is not None
    )


def outside_act_clause(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m`` is in a clause of the sentence that is not the act's (``in_result_clause``,
    ``awaited_party``, ``where_it_came_down``), or a party the speaker withheld ("condemned
    the attack without naming Russia", ``withheld_names``)."""
    return (
        in_result_clause(text, m, trigger_start)
        or withheld(text, m.start, trigger_start + 1)
        or awaited_party(text, m, trigger_start, code)
        or where_it_came_down(text, m, trigger_start, code)
    )
