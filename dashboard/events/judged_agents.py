"""An agent noun that is the object of a verb of justice or custody: "sentenced the gunman to
21 years", "police arrested two attackers", "charged the kidnappers with murder".

A noun such as "gunman" (classes.csv ``AGENT_NOUN``) names people by an act they did, and
cameo.csv reads it as that act where the act is told ("a gunman opened fire"). After a verb
of justice or custody (classes.csv ``JUSTICE_VERB``) the noun is the person tried, held or
sentenced: ACE 2005's Justice events (Arrest-Jail, Charge-Indict, Sentence, Convict) take the
person as their Person or Defendant argument, and CAMEO 1.1b3 codes the verb's act (§173
arrest, §116 find guilty), not again the act the person is known for. Reading the noun as an
act made "sentenced the gunman in October" a second card, an assault in October.

Shape::

    judged_agent(p, m) -> bool
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_REACH = 3  # words from the verb to the noun ("arrested the two gunmen")


def judged_agent(p: Parse, m: Match) -> bool:
    """Is ``m`` a one-word agent noun (``AGENT_NOUN``) at most ``_REACH`` words after a verb
    of ``JUSTICE_VERB`` in its clause, with no boundary or other verb between?"""
    if m.rule.kind != "N" or m.first != m.last:
        return False
    tokens = p.tokens
    if not tokens[m.first].keys & word_class("AGENT_NOUN"):
        return False
    for k in range(m.first - 1, max(-1, m.first - 2 - _REACH), -1):
        t = tokens[k]
        if t.keys & word_class("JUSTICE_VERB"):
            return True
        if t.boundary or k in p.verbs:
            return False
    return False
