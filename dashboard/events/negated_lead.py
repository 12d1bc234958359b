"""Which act leads a sentence whose strongest trigger is negated: a done act told beside the
negation, in a verb group of its own, outside the negation's scope. (A done act in a
relative or participle clause before the negation was tried at stop 78 and taken out: it
dropped the negated main card and lent its objects to the aside's act.)

The scope of a negation is its own clause from the negative on (Quirk et al. 1985 §10.64,
§13.34): a coordinated predicate with its own operator after it ("did not rule out
aftershocks and will visit the zone"), a non-restrictive relative clause ("Police, who
arrested the opposition leader on Monday, gave no further details") or a participle clause
("After storming the compound, troops did not say ...", "Spain, having recognised Palestine,
did not ...") before it tell propositions of their own (Quirk et al. 1985 §17.22: a
non-restrictive relative is a separate piece of information; §15.58: a supplementive clause).
ACE 2005's polarity marks the negated act as not having happened, so the sentence's
happening is the done one beside it.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.modality import apart
from dashboard.events.trigger import WEAK, Trigger


def asserted_first(p: Parse, kept: list[Trigger]) -> list[Trigger]:
    """An act told as done or planned leads a negated one when it stands in a verb group of
    its own after it ("did not rule out aftershocks and will visit the zone"): the negation
    scopes over its own group only (Quirk et al. 1985 §10.64, §13.34), and ACE's polarity
    marks the negated act as not having happened, so the sentence's happening is the other."""
    if not kept or "negated" not in kept[0].flags:
        return kept
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    at = starts.get(kept[0].start)
    other = next(
        (
            t
            for t in kept[1:]
            if t.weight > WEAK
            and not {"negated", "hypothetical"} & set(t.flags)
            and t.start >= kept[0].end
            and at is not None
            and apart(p, at, starts.get(t.start, at))
        ),
        None,
    )
    return kept if other is None else [other, *(t for t in kept if t is not other)]
