"""What an act went ahead despite: "Despite the sanctions, Iran sold oil to China", "Ukraine
held the town despite heavy shelling". A concessive adjunct names a circumstance that the
main clause's act runs counter to (Quirk et al. 1985 §8.89, concessive adjuncts; §9.7,
"despite", "in spite of" and "notwithstanding" as prepositions of concession): a background
condition, not a happening the sentence reports. CAMEO 1.1b3 codes the act of the sentence's
main verb, so an event word inside the adjunct ("sanctions", "shelling", "attacks") makes no
event of its own, and when the main verb has no code the sentence makes none.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

# the prepositions of concession, as token sequences (Quirk et al. 1985 §9.7)
_CONCESSIVE = (("despite",), ("in", "spite", "of"), ("notwithstanding",))
# each cue's first word: a token that is none of them opens no concessive adjunct
_OPENERS = frozenset(cue[0] for cue in _CONCESSIVE)
_ENDS = frozenset({".", "-", "--"})


def concession_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans ``(first, last)`` of each concessive adjunct's object: from the word after
    the preposition up to the next clause boundary (a comma, semicolon, dash, "--") or the end.

    >>> from dashboard.events.tokens import tokenize
    >>> concession_spans(tokenize("Despite the ban, they marched."))
    [(1, 2)]
    """
    spans = []
    for i, token in enumerate(tokens):
        if token.lower not in _OPENERS:  # most words open no cue: one set test, no slicing
            continue
        for cue in _CONCESSIVE:
            words = tuple(t.lower for t in tokens[i : i + len(cue)])
            if words != cue:
                continue
            first = last = i + len(cue)
            # a comma, semicolon, dash or a typed double hyphen ("--") closes the phrase
            while (
                last < len(tokens) and not tokens[last].boundary and tokens[last].text not in _ENDS
            ):
                last += 1
            # "the sanctions notwithstanding,": a postposed preposition has its object before
            # it, and nothing after it to drop
            if last > first:
                spans.append((first, last - 1))
    return spans


def conceded(p: Parse, m: Match) -> bool:
    """Is ``m`` inside the object of a concessive adjunct ("despite the sanctions", "in spite
    of heavy shelling")? Such an event word names what the act went ahead despite."""
    return any(first <= m.first <= last for first, last in concession_spans(p.tokens))
