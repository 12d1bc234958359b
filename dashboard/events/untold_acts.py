"""Event words a sentence names without telling an act of §074 or a happening at all: a
clash the sides only came "close to" ("brought the navies close to a clash"), and migrants
"escorted" to a border (``MOVED_PEOPLE``, classes.csv), which is no protection.

TimeML 1.2.1 (Pustejovsky et al. 2006, §2.3 modality, and FactBank, Saurí and Pustejovsky
2009): an event said to have nearly occurred ("close to", "on the brink of", "on the verge
of") did not occur, so it is counter-factual and tells no happening. "close" there is an
adjective, not the verb of a §172 closure. CAMEO 1.1b3 §074 codes "military protection or
peacekeeping" of a party under threat; an escort that moves migrants to a border is none.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# the words that say an event nearly came: "close to a clash", "on the brink of war"
_NEARLY = (("close", "to"), ("closer", "to"), ("brink", "of"), ("verge", "of"), ("edge", "of"))
# what may stand between the nearness words and the act's noun ("close to an open clash")
_BETWEEN = 3
_ARTICLES = frozenset("a an".split())
_ESCORT = frozenset("escort".split())  # the §074 verb that moves people when they are migrants


def nearly_happened(p: Parse, m: Match) -> bool:
    """Is ``m`` the adjective "close" of "close to …" read as the verb of a closure, or an
    act's noun right after "close to a", "on the brink of", "on the verge of" ("brought the
    two navies close to a clash", "pushed the region to the brink of war")? Either way the
    act did not happen (TimeML: a nearly-event is counter-factual). "closed to traffic"
    (the verb's past) and "clashes near the border" (a place) give False."""
    tokens = p.tokens
    head = tokens[m.first]
    if head.lower == "close" and m.first + 1 < len(tokens) and tokens[m.first + 1].lower == "to":
        return m.first == 0 or tokens[m.first - 1].lower not in ("will", "would", "to", "did")
    if m.rule.kind != "N":
        return False
    for k in range(max(0, m.first - _BETWEEN - 2), m.first - 1):
        if (tokens[k].lower, tokens[k + 1].lower) not in _NEARLY:
            continue
        between = tokens[k + 2 : m.first]
        if any(t.boundary or k + 2 + i in p.verbs for i, t in enumerate(between)):
            continue
        # "close to the fighting" may be a place near a real fight; "close to a clash",
        # "close to war" and any "brink of" or "verge of" are nearness in time
        if tokens[k].lower.startswith("clos") and between and between[0].lower not in _ARTICLES:
            continue
        return True
    return False


def escorted_migrants(p: Parse, m: Match) -> bool:
    """Is ``m`` a §074 "escort" whose object names migrants, refugees or deportees ("border
    guards escorted groups of migrants to the crossing")? People moved to a border are not a
    party protected from a threat (classes.csv ``MOVED_PEOPLE``). "escorted the aid convoy"
    and "escorted the minister" give False."""
    if not m.rule.code.startswith("07") or not p.tokens[m.first].keys & _ESCORT:
        return False
    moved = word_class("MOVED_PEOPLE")
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 6, len(tokens))):
        t = tokens[k]
        if t.boundary or k in p.verbs:
            return False
        # a one-word lemma ("migrants") or a two-word one ("asylum seekers")
        pairs = {f"{t.lower} {key}" for key in tokens[k + 1].keys} if k + 1 < len(tokens) else set()
        if t.keys & moved or pairs & moved:
            return True
    return False
