"""Word forms of hard news leads that hid an act from the reader (issue 16, a report that
joins no happening because its lead reads no event).

- A headline's bare verb after a plural subject with no "-s" ("Police detain opposition
  leader"): the subject is plural all the same, so the verb is finite (``unmarked_plural``).
- A hazard's "-ing" word told of a thing as its state ("the ship was left disabled and
  flooding after an attack"): the verb "flood" (Merriam-Webster flood v., intransitive, "to
  become filled with water"), no flood that struck; as a hazard noun it had kept the attack
  from being read (``predicated_hazard``).
- A capital that acts after the act's own clause ("as Moscow launched its heaviest attack"):
  the side, no place of the act (``CAPITAL_FORCE``).
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import Token

# plural nouns with no "-s" (Quirk et al. 1985 §5.78, invariable unmarked plurals: "the
# police are"; Huddleston and Pullum 2002, ch. 5 §3.2, plural-only nouns): a subject like any
# plural, so a headline's bare verb after one is finite
# ("people" is left: "whatever decisions the Sudanese people adopt" then changed which act
# a CAMEO dev sentence leads with, a relative clause's verb outranking the main clause's)
UNMARKED_PLURALS = frozenset("police personnel".split())
# what a predicative "-ing" word follows: a form of "be" (the progressive, Quirk et al. 1985
# §4.22) or "left" with its object's complement ("left the ship flooding", §16.43)
_PREDICATING = frozenset("is are was were been being left".split())


def unmarked_plural(tokens: list[Token], i: int, j: int) -> bool:
    """Is token ``i``, a bare present form that is no noun, the verb of an unmarked plural
    subject at ``j`` ("Police detain", "personnel seize")? A form that may be a noun is left to
    the plural rules ("the police force", "a police station" are compounds)."""
    return tokens[j].lower in UNMARKED_PLURALS and "NOUN" not in tokens[i].pos


def predicated_hazard(tokens: list[Token], k: int) -> bool:
    """Is the "-ing" word at ``k`` a verb told of the subject's state, after "was" or "left"
    ("the ship was flooding") or after "and" joining it to a participle of that state ("left
    disabled and flooding")? "rain and flooding", "the flooding" stay hazard nouns."""
    word = tokens[k].lower
    if not word.endswith("ing") or k < 1:
        return False
    before = tokens[k - 1].lower
    if before in _PREDICATING:
        return True
    if before != "and" or k < 3:
        return False
    # "disabled" may be a noun too ("the disabled"): a participle form after "left" is enough
    return "VBN" in tokens[k - 2].tags and tokens[k - 3].lower in _PREDICATING


# A capital followed by a verb of force is its state acting, a metonym (Markert and Nissim
# 2007, place-for-people; CAMEO 1.1b3 ch. 2 codes "Moscow" as RUSGOV), told beside the act in
# a clause of time: "a hospital was hit by a missile as Moscow launched its heaviest attack on
# Ukraine". The capital is the side that acted, not where the act fell; ``CAPITAL_ACTS``
# (``place_cues``) holds the verbs of saying and judging.
CAPITAL_FORCE = re.compile(
    r"\s+(?:launched|fired|struck|attacked|unleashed|bombarded|pounded|shelled|sent|"
    r"deployed|targeted|stepped\s+up|escalated|intensified|pressed\s+on)\b"
)


# what opens a verb's object right after it: a determiner or a number word (``clauses``'
# object start), else a plural common noun ("bans rallies", "arrest opponents")
_OBJECT_OPENERS = frozenset("the a an all his her their its two three four several".split())


def _opens_object(tokens: list[Token], k: int) -> bool:
    """Does an object noun phrase start at ``k``: a determiner, or a lowercase plural noun
    (its "-s" form) not followed by a bare verb ("reports say": a subject, no object)?"""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.lower in _OBJECT_OPENERS:
        return True
    plural = t.text[:1].islower() and "NOUN" in t.pos and t.lower.endswith("s")
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    verb_after = after is not None and "VBP" in after.tags and "ADV" not in after.pos
    return plural and not verb_after


def present_verb(tokens: list[Token], i: int, j: int) -> bool:
    """Is the present form at ``i``, which may be a noun ("bans", "ban", "arrest"), the verb
    of the subject ending at ``j``, as a headline or a present report tells an act ("The
    government bans rallies in the capital", "Police ban protests ahead of the vote")? So when
    the subject's head is a lowercase singular noun of a body that acts for "-s" forms (subject-verb
    agreement, Quirk et al. 1985 §10.34), or an unmarked plural (``UNMARKED_PLURALS``) for the
    bare form, and an object opens right after it (``_opens_object``). A noun there has no
    object after it: "the government bans on rallies", "the police force arrested".

    >>> from dashboard.events.tokens import tokenize
    >>> toks = tokenize("The government bans rallies in the capital.")
    >>> present_verb(toks, 2, 1)
    True
    """
    head, form = tokens[j], tokens[i]
    # a capital is a name's, save the sentence's first word ("Police ban protests"); the
    # head must name a body that acts (``PRESENT_ACTOR``): "a patrol car blocks the entrance"
    # and "the suit charges the station" are scenes and claims, no act of a party
    if not (head.text[:1].islower() or j == 0) or not head.keys & word_class("PRESENT_ACTOR"):
        return False
    if form.lower.endswith("s"):
        agrees = not head.lower.endswith("s") and head.lower not in UNMARKED_PLURALS
    else:
        agrees = head.lower in UNMARKED_PLURALS
    return agrees and _opens_object(tokens, i + 1)
