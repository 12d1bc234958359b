""" "Since" as a preposition before a phrase of time, no comma after it: "Since Monday rebels
have seized three towns".

"Since" is a subordinating conjunction before a clause ("since the army took power") and a
preposition before a noun phrase of time ("since Monday", "since last week", "since 2019",
"since then": Quirk et al. 1985 §8.55, §9.37, §14.12). A fronted adverbial may stand without
its comma when it is short (Quirk et al. 1985 §17.63, punctuation of initial adverbials), and
then the clause after it is the sentence's main clause, not a "since" clause. The phrase of
time is a weekday or month name (the calendar's own names), a year, or a word of
``data/lexicon/since_objects.csv`` (``alone``: "then", "yesterday"; ``before``: "last",
"early" opening a phrase whose head is a name or a ``time`` word); the word after the phrase
must open a subject (no verb, no auxiliary, no possessive: "since Monday's vote was annulled"
is a clause with its own subject).
"""

from __future__ import annotations

import calendar
from functools import cache

from dashboard.events.clause_words import ARTICLES, AUX, PRONOUNS
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token

_NAMES = frozenset(
    n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n
)


@cache
def _roles() -> dict[str, frozenset[str]]:
    """The words of ``since_objects.csv`` by role (``alone``, ``before``, ``time``)."""
    rows = sourced_rows("since_objects.csv", "word", "role")
    return {
        role: frozenset(r["word"].lower() for r in rows if r["role"] == role)
        for role in ("alone", "before", "time")
    }


def _phrase_end(tokens: list[Token], k: int) -> int | None:
    """Where the phrase of time opening at ``k`` ends (exclusive), or None when none opens."""
    roles = _roles()
    word = tokens[k].lower if k < len(tokens) else ""
    if word in roles["alone"]:
        return k + 1
    if word in roles["before"]:
        k += 1
        while k < len(tokens) and tokens[k].text in {"-", "–"}:
            k += 1  # "mid-January" tokenised with its hyphen
        word = tokens[k].lower if k < len(tokens) else ""
        if not (word in _NAMES or word in roles["time"]):
            return None
    elif not (word in _NAMES or (word.isdigit() and len(word) == 4)):
        return None
    k += 1
    while k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].lower in _NAMES):
        k += 1  # "since January 2024", "since March 3"
    return k


def since_preposition(tokens: list[Token], i: int) -> bool:
    """Is the "since" at ``i`` a preposition before a phrase of time, a subject after it and
    no comma between ("Since Monday rebels have seized", "since then")? False for a "since"
    clause ("since rebels seized the town") and for a phrase closed by a comma, which the
    comma already closes as a clause of its own."""
    end = _phrase_end(tokens, i + 1)
    if end is None:
        return False
    if tokens[i + 1].lower == "then":
        return True  # "Since then rebels have seized" (kept as it was read before)
    if end >= len(tokens):
        return False
    nxt = tokens[end]
    if nxt.boundary or nxt.lower in AUX or nxt.text in {"'s", "’s", "'", "’"}:
        return False
    if nxt.lower in PRONOUNS or nxt.lower in ARTICLES or nxt.text.isdigit():
        return True  # "since Monday they have", "since May the army has", "since 2019 12 towns"
    return "NOUN" in nxt.pos or "PROPN" in nxt.pos or nxt.text[:1].isupper()
