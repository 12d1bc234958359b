"""Sentences with no trigger that can add nothing to the article's drafts: the reader stops
after its actors instead of reading their dates, clauses and sides.

A sentence whose trigger list is empty makes no draft of its own (every draft the main
clause, a relative clause or a toll makes starts from a trigger). What it can still do is
continue an earlier draft (``ClauseDrafter._continues`` with no trigger): take up a person
or unit an earlier draft named ("Smith was later released" after an arrest), be a hazard
told on by a pronoun or a passive ("It struck near Arequipa", "homes were hit"), or open
with a pronoun of the last event's parties ("They talked for an hour"). ``adds_nothing``
is ``True`` only when none of those tests can pass, so that skipping the rest of the
sentence changes no output: the same three tests ``_continues`` makes, each asked of a
superset of what it would see (the sentence's named actors before the clause filters, no
dates needed: a date only ever narrows the anaphor test, which is asked without it).

The actor finder must still read such a sentence: it remembers the people an article
introduces for the sentences after it, so the reader calls this after ``ActorFinder.find``.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.events.actors import Actor
from dashboard.events.clause_drafts import _ANAPHOR, _HAZARD_ANAPHOR, _HAZARD_PASSIVE
from dashboard.events.drafts import RECENT, _Draft

# the actor kinds ``_continues`` matches against an earlier draft's actors by name
_PEOPLE = ("person", "unit")


def adds_nothing(sent: str, named: Sequence[Actor], drafts: Sequence[_Draft]) -> bool:
    """Whether a sentence with no trigger (``sent``, its ``named`` actors as the finder
    gave them, ``drafts`` the article's drafts so far) can continue no earlier draft, so
    reading it further would add nothing. Mirrors ``ClauseDrafter._continues`` with no
    trigger: ``force_told_again`` needs one; the people test is asked of the
    ``RECENT`` drafts it sees, with every named person or unit (the actors it sees are a
    subset of them); the anaphor test without the sentence's dates (they only restrict it)."""
    if not drafts:
        return True
    recent = drafts[-RECENT:]
    people = {a.name for a in named if a.kind in _PEOPLE}
    if people and any(people.intersection(b.name for b in d.actors) for d in recent):
        return False
    if recent[-1].trigger.code.startswith("DIS-") and (
        _HAZARD_ANAPHOR.match(sent) or _HAZARD_PASSIVE.search(sent)
    ):
        return False
    return _ANAPHOR.match(sent) is None
