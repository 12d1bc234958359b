"""A threat told outside the sentence's head clause, read with the act it threatens.

"Taiwan said it was not intimidated, a day after Beijing threatened to blockade the island":
the head clause's own act is gone (a resolve is no coercion, ``misread_acts``), and the
background clause's "threatened" and "blockade" were two triggers, the blockade's phrase
outweighing the threat's verb, so a blockade was carded that nobody imposed. CAMEO 1.1b3
§13 codes the threat by what is threatened (§1381 threaten blockade, embed.csv), and the
infinitive after a verb of threatening is not done (FactBank 1.0, Saurí and Pustejovsky 2009:
the complement of a future-oriented predicate is uncommitted, Uu). The head's own threat is
``governing._govern``'s; this reads the same construction anywhere else in the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, Match
from dashboard.events.modality import recode
from dashboard.events.trigger import Trigger

# tokens a "to" may stand after the threatening verb ("threatened on Sunday to blockade")
_REACH = 4


def threats_read_whole(
    p: Parse, pairs: list[tuple[Match, Trigger]], head: Match | None, lex: Lexicon
) -> list[tuple[Match, Trigger]]:
    """``pairs`` with each non-head threat verb ("threatened to blockade") re-coded by the
    act in its infinitive (§1381), and that act's own trigger dropped."""
    dropped: set[int] = set()
    out: list[tuple[Match, Trigger]] = []
    for m, t in pairs:
        comp = None if m is head else _threatened_act(p, m, pairs)
        if comp is None:
            out.append((m, t))
            continue
        full = recode("13", comp[1].full or comp[1].code, lex)
        out.append((m, replace(t, code=full[:2], full=full)))
        # every reading of the act's words is the threatened act ("blockade" §191 or §144)
        dropped |= {id(c) for c, _ in pairs if c.first == comp[0].first and c is not m}
    return [(m, t) for m, t in out if id(m) not in dropped]


def _threatened_act(
    p: Parse, m: Match, pairs: list[tuple[Match, Trigger]]
) -> tuple[Match, Trigger] | None:
    """The strongest pair whose match opens the infinitive right after the threat verb
    ``m`` ("threatened on Sunday to blockade"); None when there is none."""
    if m.rule.kind != "V" or m.rule.embeds != "13" or m.last not in p.verbs:
        return None
    tokens = p.tokens
    for j in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens) - 1)):
        if tokens[j].boundary:
            return None
        if tokens[j].lower == "to":
            acts = [(c, ct) for c, ct in pairs if c.first == j + 1 and c.rule.code[:2] != "13"]
            # the strongest reading of the act's words, as the head's complement takes it
            return max(acts, key=lambda a: (a[1].weight, len(a[1].full or ""))) if acts else None
    return None
