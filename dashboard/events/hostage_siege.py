"""A hostage siege ended is no blockade eased (session 88, fix109).

CAMEO 1.1b3 §0872 "ease military blockade" is a besieger's own step back: "the army lifted
its siege of the town". A siege is also "a situation in which the police surround a
building where people are living or hiding, in order to make them come out" (Oxford
Learner's Dictionary, siege n. 2): there the forces who "ended a siege of a bank that
robbers had seized" broke the hold of those inside, no blockade of theirs eased. The cue is
the siege's object told as seized, hijacked or held by others, or hostages named in the
sentence (classes.csv ``HELD_BY_OTHERS``); "lifted" and "eased" stay the besieger's own step.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_ENDED = frozenset({"end", "break"})  # a siege brought to an end, by whichever side
_SIEGE = frozenset({"siege", "standoff"})


def hostage_siege_ended(p: Parse, m: Match) -> bool:
    """Is ``m`` a §0872 "end|break … siege" match, or the §191 noun "siege" right after
    "ended (a)", whose sentence, after the siege noun,
    tells its object seized or held by others or names hostages ("ended the siege of a
    school that gunmen had stormed")? The sentence ends at a full stop or semicolon."""
    tokens = p.tokens
    siege = next((k for k in range(m.first, m.last + 1) if tokens[k].keys & _SIEGE), None)
    if siege is None or not m.rule.code.startswith(("0872", "191")):
        return False
    # the verb match opens on "end"; the noun match (§191 "siege") has it up to 3 words before
    verb = tokens[m.first] if m.rule.code.startswith("0872") else None
    before = [verb] if verb is not None else tokens[max(0, siege - 3) : siege]
    if not any(t.keys & _ENDED for t in before):
        return False
    held = word_class("HELD_BY_OTHERS")
    for t in tokens[siege + 1 :]:
        if t.text in (".", ";", "?", "!"):
            return False
        if t.keys & held:
            return True
    return False
