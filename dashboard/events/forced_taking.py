"""Ground taken "by force": "China would take Taiwan by force", "refused to rule out taking
Greenland by force". The cameo.csv §192 row "take|seize|… * by force" reads the manner as the
force of the taking (WordNet 3.0 take v. 'take by force'), but only ground is occupied
(CAMEO 1.1b3 §192 "occupy territory"): "took the microphone by force" takes no territory.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, word_class

# the words that close the row's manner phrase: "by force", "by military means"
_BY = "by"
_MANNER_HEADS = frozenset({"force", "means"})


def taken_thing(p: Parse, m: Match) -> bool:
    """Is ``m`` the §192 "… by force" row with an object that is no ground? The object (the
    words between the verb and "by") must open with a capitalised name ("Taiwan", "the
    Donbas") or hold a classes.csv ``TERRITORY`` noun ("the island", "border areas"); else
    the match is another taking (a thing or people) and is dropped. Raises nothing."""
    tokens = p.tokens
    if m.rule.code != "192" or tokens[m.last].lower not in _MANNER_HEADS:
        return False
    by = next((k for k in range(m.last, m.first, -1) if tokens[k].lower == _BY), None)
    if by is None or m.last - by > 2:
        return False
    words = [t for t in tokens[m.first + 1 : by] if t.lower not in ARTICLES]
    if not words:
        return True
    if words[0].text[:1].isupper() and words[0].text.isalpha():
        return False
    territory = word_class("TERRITORY")
    return not any(t.keys & territory for t in words)
