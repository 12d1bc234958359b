"""Which act leads a sentence whose strongest trigger is negated: a done act told beside the
negation, in a verb group or a clause of its own, outside the negation's scope.

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

import re

from dashboard.events.clause_words import Parse
from dashboard.events.modality import FLAGS, apart
from dashboard.events.trigger import WEAK, Trigger

# the opening of a clause whose own predicate follows at once: a fronted temporal or
# supplementive participle ("After storming", "Having signed", "Upon arriving"), a medial
# "having" clause, or a non-restrictive relative's pronoun with its auxiliaries ("who had
# stormed", "which was expelled"); Quirk et al. 1985 §15.58, §17.22
_ASIDE_OPEN = re.compile(
    r"(?:^\s*(?:After|Upon|Having)\s+|,\s+having\s+(?:been\s+)?|,\s+(?:who|which)\s+"
    r"(?:(?:had|has|have)\s+(?:been\s+)?|(?:was|were)\s+)?)(?:\w+ly\s+)?$"
)
# the aside closes at a comma before the negated act, with no clause break of another kind
_CLOSED = re.compile(r"^[^;:()\"“”]*,")


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


def aside_done_first(text: str, kept: list[Trigger]) -> list[Trigger]:
    """``kept`` (one sentence's triggers, strongest first) with a done act that is the
    predicate of a relative or participle clause closed before the negated lead moved first.

    "Police, who arrested the opposition leader on Monday, gave no further details": the
    arrest (§173) leads, not the details withheld. The act must open its clause's predicate
    (right after "who", "which", "having", a fronted "After"), carry no flag of its own
    (negated, hypothetical, planned) and end before a comma that comes before the negated
    act: "Police, who did not arrest anyone, ..." and "After failing to agree, ..." keep
    the order. Source: Quirk et al. 1985 §10.64, §15.58, §17.22 (see the module's doc)."""
    if not kept or "negated" not in kept[0].flags:
        return kept
    lead = kept[0]
    other = next(
        (
            t
            for t in kept[1:]
            if t.weight > WEAK
            and not set(FLAGS) & set(t.flags)
            and t.end <= lead.start
            and _ASIDE_OPEN.search(text, 0, t.start)
            and _CLOSED.match(text[t.end : lead.start])
        ),
        None,
    )
    return kept if other is None else [other, *(t for t in kept if t is not other)]
