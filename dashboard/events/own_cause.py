"""A visit called off for the visitor's own trouble is no downgrade of ties.

CAMEO 1.1b3 §160 (reduce relations) codes a party lowering its ties with another, and a visit
cancelled in protest does that ("cancelled his trip to Washington over the tariffs"). A leader
who cancels a trip abroad because of riots at home, an illness or the weather tells nothing of
his ties with the host: the cause is the canceller's own (cues.csv ``own_cause``), so the
cancellation is no event between the two, and the trouble named as its cause is told only as
that cause (its doers are not the canceller, its place not the host's).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, load
from dashboard.events.verb_flags import cue_at

# the nouns of the visit rows of cameo.csv (§160 "cancel|call off|postpone|scrap * visit|trip")
_VISIT = frozenset("visit trip tour".split())
# the verbs of that row ("off" stands for "call off")
_CALL_OFF = frozenset("cancel postpone scrap off".split())
# a cause told after these belongs to another clause
_ENDS = frozenset(";:")
_COMMAS = frozenset(",;:")
_BEFORE = 4  # words a verb of calling off may stand before the visit: "cancelled a planned trip"


def cancelled_for_own_cause(p: Parse, m: Match) -> bool:
    """Whether match ``m`` starts inside a visit called off for the visitor's own cause: from
    the verb of calling off to the end of the cause (cues.csv ``own_cause``: "at home",
    "illness", "bad weather"), in one sentence up to a semicolon.

    "cancelled a trip to Chile because of riots at home": the cancellation (§160), the trip
    (§042) and the riots (§145) give True; "cancelled a trip to Chile over the tariffs" and
    "cut flights to Chile amid unrest at home" (no visit) give False.
    """
    span = own_cause_span(p)
    return span is not None and span[0] <= m.first <= span[1]


def own_cause_span(p: Parse) -> tuple[int, int] | None:
    """(first, last) token indices from the verb calling off a visit to the end of its own
    cause, or None when the sentence tells no such thing."""
    tokens = p.tokens
    causes = load().cue("own_cause")
    for v, t in enumerate(tokens):
        if not t.keys & _VISIT:
            continue
        # not the clause's opening: "a planned visit" reads "planned" as a verb of its own
        start = max(0, v - _BEFORE)
        verb = next((k for k in range(start, v) if tokens[k].keys & _CALL_OFF), None)
        if verb is not None and any(tokens[k].text in _COMMAS for k in range(verb, v)):
            verb = None
        if verb is not None and tokens[verb].lower == "off" and verb > 0:
            verb -= 1  # "called off": the match starts at the verb, not its particle
        if verb is None:
            continue
        end = next((k for k in range(v + 1, len(tokens)) if tokens[k].text in _ENDS), len(tokens))
        for k in range(v + 1, end):
            cue = next((c for c in causes if cue_at(tokens, k, end, c)), None)
            if cue is not None:
                return verb, k + len(cue) - 1
    return None
