"""Which noun a verb row took for its object: a modifier, a home inspector, a mover's own way.

- ``goods_as_modifier``: "The UN sent weapons inspectors to Baghdad" matches the §072 row
  "send * @ARMS" on "sent weapons", and "sent food inspectors" the §070 row; but the head of
  an English noun phrase comes last, so "weapons" premodifies "inspectors" (Quirk et al. 1985
  §17.104-17.108): people were sent, not arms or food (``classes.csv`` PERSON_AFTER_GOODS).
- ``domestic_inspectors``: "sent food inspectors to the factory" matches the §0862 row for
  inspectors sent, but food, fire or tax inspectors check their own country's firms: no
  international involvement a host receives (CAMEO 1.1b3 §086; ``classes.csv``
  DOMESTIC_INSPECTOR).
- ``own_return``: "The envoy returned to Doha with the hostages" matches the §0841 row
  "return * @HELD" through its gap, and "The team returned to Nairobi with the lions" the §084
  row for animals sent back; but "return" followed at once by "to", "home" or "from" is the
  intransitive verb, the mover going back (Merriam-Webster return v. intransitive 1 'to go
  back or come back again'): nothing is handed back (CAMEO 1.1b3 §084 return, release).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_INSPECTOR = frozenset({"inspector", "inspectors"})
_RETURN = frozenset({"return"})
_OWN_WAY = frozenset({"to", "home", "from"})


def goods_as_modifier(p: Parse, m: Match) -> bool:
    """Whether a verb row's last word is a noun that premodifies a person's noun after it.

    >>> from dashboard.events.cameo import triggers
    >>> [t.full for t in triggers("The UN sent weapons inspectors to Baghdad on Monday.")]
    ['0862']
    """
    nxt = m.last + 1
    if m.rule.kind != "V" or m.first == m.last or nxt >= len(p.tokens):
        return False
    # the row's last word must be the noun ("sent weapons"), not a particle ("hand over")
    noun = "NOUN" in p.tokens[m.last].pos
    return noun and bool(p.tokens[nxt].keys & word_class("PERSON_AFTER_GOODS"))


def domestic_inspectors(p: Parse, m: Match) -> bool:
    """Whether a §0862 match sends inspectors of a country's own trades ("food inspectors").

    >>> from dashboard.events.cameo import triggers
    >>> triggers("The ministry sent fire inspectors to the warehouse in Lyon.")
    []
    """
    if m.rule.code != "0862":
        return False
    tokens = p.tokens
    k = next((i for i in range(m.first, m.last + 1) if tokens[i].lower in _INSPECTOR), None)
    return k is not None and k > 0 and bool(tokens[k - 1].keys & word_class("DOMESTIC_INSPECTOR"))


def own_return(p: Parse, m: Match) -> bool:
    """Whether a §084 row's "return" is the mover's own ("returned to Doha with the hostages").

    >>> from dashboard.events.cameo import triggers
    >>> triggers("The envoy returned to Doha with the hostages.")
    []
    """
    tokens = p.tokens
    nxt = m.first + 1
    return (
        m.rule.code.startswith("084")
        and nxt <= m.last
        and bool(tokens[m.first].keys & _RETURN)
        and tokens[nxt].lower in _OWN_WAY
    )
