"""A past-perfect act told after a simple-past act of the same kind by the same person is an
earlier, other act: "Hours later, the president declared a curfew. He had declared a state of
emergency on Monday" tells two declarations, and Monday is only the second's day.

Rule (Reichenbach 1947: the past perfect puts its event before the reference time, E < R < S;
TimeML 1.2.1 §2.4.1 reads such an event as BEFORE the narrative's; Quirk et al. 1985 §4.21-4.22,
the past perfect as "past in the past"): when the later sentence tells its act in the active
past perfect in its own main clause, that act lies before the act the story just told, so the
two are not one happening and must not share a date. Under a verb of saying ("officials said
troops had arrested him") the past perfect is only reported speech shifted back (Quirk et al.
1985 §14.31) and may tell the same act again, so that case is left to the merge as before; so
is a passive ("he had been arrested at his home"), which often retells the act's outcome.
"""

from __future__ import annotations

import re

from dashboard.events.dates_flashback import told_in_past_perfect
from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import load as load_lexicon
from dashboard.events.tokens import verb_forms

_WORD = re.compile(r"[A-Za-z]+")
# a finite verb of saying: "said", "says" (not the nouns "report", "claim")
_FINITE = frozenset({"VBD", "VBZ"})
# the auxiliary and the words after it up to the trigger's end: "had declared", "had been
# arrested" (a trigger may run from its subject: "Gunmen had attacked")
_AUX = re.compile(r"\b(?:had|['’]d)\s", re.IGNORECASE)
# a clause opened by "that", "which" or "who" before the act: a noun clause ("repeated charges
# that his relatives had offered him money", backshifted as reported speech is, Quirk et al.
# 1985 §14.31) or a relative clause; neither is the sentence's own main clause
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom)\b", re.IGNORECASE)


def flashback_apart(text: str, told: _Draft, later: _Draft) -> bool:
    """Whether ``later`` (a draft of a sentence after ``told``'s, in the article ``text``) is
    an earlier act of its own: it is told in the active past perfect outside any saying and
    ``told`` is not in the past perfect. False when either draft has no sentence index.

    Example: "The mayor closed the bridge. She had closed the port on Monday." -> True for
    the port's draft against the bridge's."""
    if later.sentence <= told.sentence or told.sentence < 0:
        return False
    t = later.trigger
    if not told_in_past_perfect(text, t.start, t.end):
        return False
    if told_in_past_perfect(text, told.trigger.start, told.trigger.end):
        return False
    s = later.evidence[0][0] if later.evidence else t.start
    auxes = list(_AUX.finditer(text, max(s, t.start - 40), t.end))
    if not auxes or "been" in text[auxes[-1].end() : t.end].lower().split():
        return False  # a passive may tell the same act's outcome again
    return not _said_before(text, s, t.start) and not _SUBORDINATE.search(text, s, t.start)


def _said_before(text: str, start: int, stop: int) -> bool:
    """Whether a finite verb of saying (the lexicon's ``report`` class) stands between
    ``start`` and ``stop``."""
    report = load_lexicon().words("report")
    for m in _WORD.finditer(text, start, stop):
        forms = verb_forms(m.group().lower())
        if forms is not None and forms[0] in report and forms[1] & _FINITE:
            return True
    return False
