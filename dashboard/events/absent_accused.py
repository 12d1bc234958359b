"""A trial held without the accused ("were tried in absentia"): no one was arrested or held."""

from __future__ import annotations

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

_REACH = 6  # words after the verb: "were tried last year in absentia by a military court"
_TRIAL = frozenset({"try", "retry", "trial", "retrial"})


def tried_in_absentia(tokens: list[Token], m: Match) -> bool:
    """Is a §173 match a trial told with "in absentia" after it, in its clause ("Many of the
    defendants were tried in absentia", "the court retried him in absentia")?

    CAMEO 1.1b3 §173 codes arresting, detaining or charging with legal action; a trial in
    absentia is held in the accused's absence (Merriam-Webster, in absentia 'in absence'),
    so it tells that no one was held, and its verdict is coded on its own (§116 find guilty).
    Returns False for any other code or verb ("were charged in absentia" stays §173)."""
    if not m.rule.code.startswith("173") or not tokens[m.first].keys & _TRIAL:
        return False
    for k in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "in" and tokens[k + 1].lower == "absentia":
            return True
    return False
