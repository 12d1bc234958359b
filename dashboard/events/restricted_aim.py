"""A speaker's own use of force told only by its scope: "Moscow said it was targeting only
military sites" defends strikes the story has told, it tells no new one.

A restrictive focusing subjunct ("only", "solely": Quirk et al. 1985 §8.116) presupposes the
act it restricts and asserts only that nothing beyond its focus was hit (Horn 1969), and the
clause reported after "X said" with a pronoun subject ("it", "we") is X's account of its own
conduct (Halliday and Hasan 1976 §2.2). Told in the progressive ("was targeting"), it is a
course of conduct the speaker claims to keep (Quirk et al. 1985, ch. 4: the progressive tells
a situation in progress), not one act with its own time and place. Such a clause is the
speaker's statement (CAMEO 1.1b3 §010, which the reader leaves uncoded), so its force trigger
is dropped. The cue words are ``classes.csv`` ``RESTRICTIVE_FOCUS``, ``SPEAKER_PRONOUN`` and
``REPORTING_VERB``.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import word_class
from dashboard.events.trigger import Trigger

# the CAMEO 1.1b3 roots of force: §18 assault, §19 fight, §20 mass violence (not
# ``narrative.FORCE_ROOTS``: narrative imports the date readers, which import cameo)
FORCE_ROOTS = ("18", "19", "20")
# the forms of "be" that make a progressive with an -ing verb ("was targeting")
_BE = frozenset("is are was were been being".split())
# words from the pronoun to the verb at most: "it had only been targeting"
_REACH = 4


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(restrictive subjuncts, speaker pronouns, reporting verbs), read once."""
    return (
        word_class("RESTRICTIVE_FOCUS"),
        word_class("SPEAKER_PRONOUN"),
        word_class("REPORTING_VERB"),
    )


def _restricted(p: Parse, verb: int) -> bool:
    """True when the force verb at token ``verb`` is told as the reported speaker's own and
    restricted: "said [that] it|we [aux…] [only] VERB [only] …", the verb in the progressive
    ("was targeting"): the conduct told as a course the speaker keeps to, not one act;
    "said it struck only militant posts overnight" may be the only telling of a strike."""
    tokens, (focus, pronouns, reporting) = p.tokens, _words()
    restricted = verb + 1 < len(tokens) and tokens[verb + 1].lower in focus
    k = verb - 1
    while k >= 0 and verb - k <= _REACH and (tokens[k].lower in AUX or tokens[k].lower in focus):
        restricted = restricted or tokens[k].lower in focus
        k -= 1
    progressive = "VBG" in tokens[verb].tags and any(
        tokens[j].lower in _BE for j in range(k + 1, verb)
    )
    if not restricted or not progressive or k < 1 or tokens[k].lower not in pronouns:
        return False
    say = k - 2 if tokens[k - 1].lower == "that" else k - 1
    return say >= 0 and tokens[say].lower in reporting


def restricted_aims(p: Parse, found: list[Trigger]) -> list[Trigger]:
    """``found`` (the triggers of the sentence ``p`` reads) without each use of force
    (CAMEO roots 18-20) that the reported speaker tells of itself only by its scope; the
    same list when there is none."""
    at = {t.start: i for i, t in enumerate(p.tokens)}
    return [
        t
        for t in found
        if t.code not in FORCE_ROOTS or t.start not in at or not _restricted(p, at[t.start])
    ]
