"""Taking over from a person is succeeding to an office, not occupying territory: "Acting
President Choi took over from Han Duck-soo" (CAMEO 1.1b3 §192 occupy territory codes land
taken by force; an office handed on is no act of force). The armed words that keep "took
over from the army" a seizure are data (classes.csv ``TROOPS``, ``ARMED``, with sources).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_PREDECESSOR_REACH = 4  # words of the predecessor's name after "from" ("Han Duck-soo")


def succeeded_in_office(p: Parse, m: Match) -> bool:
    """Is ``m`` the §192 "take over" right before "from" and a named person or an office
    holder (a capitalised word or a ``HELD_OFFICE`` noun), with no force (``TROOPS``,
    ``ARMED``) among the words naming whom? "took over from Han Duck-soo" and "took over
    from the outgoing mayor" give True; "took over the town from the army" (the town named
    first) and "took over from government forces" give False."""
    tokens = p.tokens
    k = m.last + 1
    if m.rule.code != "192" or k + 1 >= len(tokens) or tokens[k].lower != "from":
        return False
    if tokens[m.last].lower != "over":
        return False  # "took control of the airport from": a place taken, named before "from"
    whom = tokens[k + 1 : k + 1 + _PREDECESSOR_REACH]
    force = word_class("TROOPS") | word_class("ARMED")
    if any(t.keys & force for t in whom):
        return False
    office = word_class("HELD_OFFICE")
    named = tokens[k + 1].text[:1].isupper() or any(t.keys & office for t in whom)
    return named
