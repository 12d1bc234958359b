"""A legislature's step told as a necessity by the writer: "Parliaments in both countries must
ratify the pact", "The senate has to approve the appointment".

"X must do Y" is coded as a demand (CAMEO 1.1b3 §10) when someone voices it. A sentence of
the writer's own (no reporting verb, no quotation) whose necessity falls on a legislature
(``classes.csv`` LEGISLATURE: a parliament, a senate, lawmakers) states the procedure a
measure still has to pass through: the deontic "must" of a rule in force, no one's call on
the body (Quirk et al. 1985 §4.54 on "must" of obligation, whose authority may be a rule
rather than the speaker; Palmer, *Mood and Modality* 2001 §3.3 on deontic modality whose
source is not the speaker). The step is not done yet either, so it is read as hypothetical
(``demanders.no_demander``). "Congress must pass the bill, the president said" names its
demander and stays a demand; so does a quoted sentence.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, word_class

# the necessity words: "must", and "has/have/had to" (Quirk et al. 1985 §4.54-4.55)
_MUST = frozenset({"must"})
_HAVE = frozenset({"has", "have", "had"})
# the quotation marks of a quoted sentence, whose speaker voices the necessity
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def legislature_step(p: Parse, lex: Lexicon) -> bool:
    """Is the sentence the writer's own (no ``report`` cue, no quotation mark) with a
    necessity ("must", "has to") whose subject before it, in its clause, names a
    legislature?"""
    tokens = p.tokens
    if any(t.text in _QUOTES or t.keys & lex.words("report") for t in tokens):
        return False
    houses = word_class("LEGISLATURE")
    for k, t in enumerate(tokens):
        have_to = t.lower in _HAVE and k + 1 < len(tokens) and tokens[k + 1].lower == "to"
        if t.lower not in _MUST and not have_to:
            continue
        subject = tokens[p.subject_opening(k) : k]
        if any(s.keys & houses for s in subject):
            return True
    return False
