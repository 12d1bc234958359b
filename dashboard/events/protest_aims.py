"""What a protest is for, as CAMEO 1.1b3 codes it in the fourth digit of §141-§145: a rally,
hunger strike, strike, blockade or riot "for leadership change" (1), "for policy change" (2),
"for rights" (3) or "for change in institutions, regime" (4). The aim is the first word of
``data/lexicon/protest_aims.csv`` after the protest in its sentence, reached through a word
that says it is the protest's aim ("demanding", "calling for", "against", "in protest of",
"saying he must"), so a word elsewhere in the sentence ("rallied in Freedom Square") names no aim.
"""

from __future__ import annotations

from functools import lru_cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token

# the §141-§145 codes that have aims; §140 (political dissent, not specified) has none
_AIMED = frozenset({"141", "142", "143", "144", "145"})
# lemmas that open the protest's aim: a demand, a call, a cause fought for or against
_OPENERS = frozenset(
    {"demand", "call", "for", "against", "over", "protest", "say", "urge", "press", "seek"}
)
_REACH = 150  # characters after the protest within which its aim is told


@lru_cache(maxsize=1)
def _aims() -> dict[str, str]:
    """Each lemma of ``protest_aims.csv`` -> its fourth digit (``ValueError`` on a bad row)."""
    out: dict[str, str] = {}
    for row in sourced_rows("protest_aims.csv", "digit", "lemmas"):
        if row["digit"] not in ("1", "2", "3", "4"):
            raise ValueError(f"protest_aims.csv: bad row {row!r} (digit 1-4)")
        out.update(dict.fromkeys(row["lemmas"].split("|"), row["digit"]))
    return out


def protest_aim(tokens: list[Token], code: str, end: int) -> str:
    """``code`` (a §141-§145 protest ending at offset ``end``) with the fourth digit of the aim
    told after it, else ``code`` unchanged.

    >>> from dashboard.events.tokens import tokenize
    >>> s = "Students marched in the capital, demanding the minister's resignation."
    >>> protest_aim(tokenize(s), "141", s.index(" in "))
    '1411'
    """
    if code not in _AIMED:
        return code
    aims = _aims()
    opened = False
    for tok in tokens:
        if tok.start < end:
            # a row that ends on its opener ("rallies against", "march against") has opened
            opened = opened or (tok.end == end and bool(tok.keys & _OPENERS - {"protest"}))
            continue
        if tok.start - end > _REACH or tok.text in (".", ";"):
            break
        opened = opened or bool(tok.keys & _OPENERS)
        digit = next((aims[k] for k in tok.keys if k in aims), None)
        if opened and digit is not None:
            return code + digit
    return code
