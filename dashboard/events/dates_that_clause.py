"""A "that" opening a clause after a verb of saying is no determiner of a time noun.

"Agencies warned that winter would ..." holds no date: "that" after a verb of communication
or belief introduces its object clause (Quirk et al. 1985 §16.31, the that-clause as direct
object), and "winter" is that clause's subject. Read as a demonstrative ("that winter" = the
winter the narrative was at), the phrase dated the warning to a past season. The reading is
taken only when the time noun is followed by a finite verb or an auxiliary, the clause's
predicate ("winter would", "week brought"), so "said that day rebels attacked" keeps its day.

The verbs are the lexicon's reporting and speculating cues (``cues.csv`` kinds ``report`` and
``speculate``) and ``data/lexicon/that_clause_verbs.csv`` (warn, caution, promise, ...).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.dates_mention import DateMention
from dashboard.events.tokens import tokenize
from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced

# the whole mention is "that" and one word ("that winter", "that week")
_THAT_NOUN = re.compile(r"that\s+[a-z]+", re.IGNORECASE)
# Penn tags of a finite verb that can head the clause's predicate (Quirk et al. 1985 §3.52)
_FINITE = frozenset({"VBD", "VBZ"})


@cache
def _verbs() -> frozenset[str]:
    """Lemmas of the verbs after which "that" opens a clause (see the module docstring)."""
    lexicon = data_dir() / "lexicon"
    cues = read_sourced(lexicon / "cues.csv", "kind", "cue")
    words = {w for r in cues if r["kind"] in {"report", "speculate"} for w in r["cue"].split("|")}
    words |= {r["word"] for r in read_sourced(lexicon / "that_clause_verbs.csv", "word")}
    return frozenset(w for w in words if " " not in w)


def complement_that(text: str, d: DateMention) -> bool:
    """Is ``d`` ("that winter") the complementizer "that" and the subject of a clause after a
    verb of saying (``text`` the sentence ``d``'s offsets are in)? Example: True for "that
    winter" in "Agencies warned that winter would bring hunger."; False in "They met that
    winter." and in "He said that day rebels attacked." (no verb after the noun)."""
    if _THAT_NOUN.fullmatch(d.text) is None:
        return False
    before = tokenize(text[max(0, d.start - 40) : d.start])
    if not before or not before[-1].keys & _verbs():
        return False
    after = tokenize(text[d.end : d.end + 30])
    if not after:
        return False
    nxt = after[0]
    return "AUX" in nxt.pos or (bool(nxt.tags & _FINITE) and "NOUN" not in nxt.pos)
