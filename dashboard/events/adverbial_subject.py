"""An act told in an adverbial clause with a subject of its own: "The president declared a
state of siege on Tuesday, hours after masked gunmen stormed a radio station".

A finite adverbial clause ("after", "when", "before", "while", "since", "until", "because")
has its own subject (Quirk et al. 1985 §14.12, §15.17; Huddleston and Pullum 2002 ch. 8): the
one who stormed is "masked gunmen", never the main clause's subject named before the
conjunction. CAMEO 1.1b3 takes an event's source from the subject of its own verb, so the
actors named before the conjunction are dropped from the trigger's candidates; when the
clause's subject is a pronoun ("after it attacked") it points back to them, and nothing is
dropped. ``fronted_clauses.SUBORDINATE_SUBJECT`` reads the clause when a determiner or a name
opens its subject; this reads a bare noun phrase ("masked gunmen", "rebel fighters"), and a
trigger whose lexicon row opens with its subject ("gunmen * storm").
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.clause_words import AUX
from dashboard.events.tokens import Token, tokenize

# the subordinating conjunctions of a finite time or reason clause (Quirk et al. 1985 §15.17)
_OPENER = re.compile(r"\b(?:after|before|when|while|since|until|because)\s+", re.IGNORECASE)
# how far before the trigger the conjunction may stand ("hours after masked rebel gunmen")
_REACH = 60
# the verb forms of a finite clause's verb after its subject ("stormed", "attacks", "had
# stormed"): a base form ("war", "fire") is as likely the noun of a phrase
_TENSED = frozenset({"VBD", "VBN", "VBZ"})
# subject pronouns, which point back to a noun named before (Quirk et al. 1985 §6.16)
_PRONOUNS = frozenset("it he she they we i".split())


def clause_opening(text: str, trigger_start: int, trigger_end: int) -> int | None:
    """Where the adverbial clause holding the trigger at ``trigger_start`` opens, when it has
    a noun subject of its own right before the trigger's verb (the last word before the
    trigger, or the trigger's own first word when its row opens with the subject, can only
    be a noun, and a tensed verb form follows it); None otherwise ("after shelling the town": no subject; "after it attacked":
    a pronoun pointing back; no conjunction in reach, or a comma or clause mark between)."""
    opened = None
    for m in _OPENER.finditer(text, max(0, trigger_start - _REACH), trigger_start):
        opened = m
    if opened is None or any(c in text[opened.end() : trigger_start] for c in ',;:()"“”'):
        return None
    between = tokenize(text[opened.end() : trigger_start])
    if any(t.lower in _PRONOUNS for t in between):
        return None
    # the trigger's own first word when its row opens with the subject ("masked" + "gunmen
    # stormed"); a one-word trigger ("after attacks") is a noun phrase, no clause
    own = tokenize(text[trigger_start:trigger_end])
    # the subject noun and the verb right after it: "gunmen" + "stormed"; a noun trigger in
    # a phrase ("since Georgia's defeat in a five-day war") has no verb, so no clause
    while between and between[-1].lower in AUX:
        between = between[:-1]  # "after gunmen had stormed": the subject before the auxiliary
    pairs = [(between[-1], own[0])] if between and own else []
    pairs += [(own[0], own[1])] if len(own) > 1 else []
    return opened.start() if any(_noun(n) and v.tags & _TENSED for n, v in pairs) else None


def _noun(t: Token) -> bool:
    """A word that can only be a noun ("gunmen", "army"), not a verb form ("shelling")."""
    return "NOUN" in t.pos and "VERB" not in t.pos and t.text[:1].isalpha()


def keep_from(actors: list[Actor], cut: int | None) -> list[Actor]:
    """``actors`` named at or after ``cut`` (all of them when ``cut`` is None)."""
    return actors if cut is None else [a for a in actors if a.start >= cut]
