"""What a power, a right or an act allows, told as if it were an act: "a law giving police
the power to crush dissent", "Citizens have the right to protest", "The crew issued a
mayday call, allowing police to stop traffic".

A to-infinitive after a noun of ability or permission (classes.csv ABILITY_NOUNS: power,
authority, right, mandate…) postmodifies that noun (Quirk et al. 1985 §17.36-17.37): it
says what may be done, not what was. CAMEO 1.1b3 codes acts that happened (§1), so the
verb there is no event; the law passed or the power granted is the sentence's act, read by
its own row. "used the power to arrest him" is left to other rules (the use is told by
"used", not by the noun).

A participle clause after a comma at a clause's end ("…, allowing residents to return")
tells the result of the clause before it (Quirk et al. 1985 §15.59, supplementive clauses
of result), so its "allowing" is no act of its own: the act is the clause it follows (the
withdrawal, the lifted curfew), coded by that clause's verb; CAMEO 1.1b3 §083 and §086
code a permission an actor grants.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class


def ability_to(p: Parse, m: Match) -> bool:
    """Is ``m`` inside a to-infinitive after a noun of ability or permission, as its verb or
    a word of its object ("the power to crush dissent", "the right to freely protest", "the
    authority to arrest protesters")? Up to three words back from the match, no punctuation
    between."""
    tokens = p.tokens
    for k in range(m.first - 1, max(m.first - 4, 0), -1):
        t = tokens[k]
        if t.boundary or not t.text[:1].isalnum():
            return False
        if t.lower == "to":
            # the written form, not the lemma: "Canadian authorities to investigate" are people
            return tokens[k - 1].lower in word_class("ABILITY_NOUNS")
    return False


_LET = frozenset("allow permit let enable".split())


def result_allowing(p: Parse, m: Match) -> bool:
    """Is ``m`` a §08 row whose first word is "allowing", "permitting", "letting" or
    "enabling" right after a comma (a supplementive clause of result, see the module)?"""
    if not m.rule.code.startswith("08") or m.first == 0:
        return False
    tokens = p.tokens
    head = tokens[m.first]
    return bool(head.keys & _LET) and head.lower.endswith("ing") and tokens[m.first - 1].text == ","
