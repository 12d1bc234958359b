"""A state's officials expelled are a cut in relations, CAMEO 1.1b3 §166, not §174.

§174 "expel or deport individuals" codes persons of no mission (migrants, a journalist);
foreign officials a state orders out ("expel a dozen French officials", "expelled 12 Russian
agents") are members of the staff of a mission (Vienna Convention on Diplomatic Relations
1961, art. 1(c); art. 9: any member of the staff may be declared persona non grata), which
``cameo.csv`` codes §166 when they are named as diplomats (§161 note). The staff words are
``classes.csv`` ``MISSION_STAFF``; the noun must carry a capitalised modifier (a nationality
or a state body: "French", "U.S."), since "expelled two officials" alone may be a party's own
members, and a worker or a migrant of a nationality stays §174.

Shape::

    staff_expelled(p, m) -> bool    # the match's object is a foreign state's officials
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_REACH = 5  # "expel a dozen French interior ministry officials": count, nationality, body


def staff_expelled(p: Parse, m: Match) -> bool:
    """Is the object of an expulsion ``m`` (its verb, §174) a state's officials: a staff
    noun within ``_REACH`` words of the verb, in its clause, after a capitalised modifier?"""
    staff = word_class("MISSION_STAFF")
    tokens = p.tokens
    capital = False
    for k in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens))):
        t = tokens[k]
        if t.boundary or p.clause[k] != p.clause[m.last]:
            return False
        if t.keys & staff:
            return capital
        capital = capital or t.text[:1].isupper()
    return False
