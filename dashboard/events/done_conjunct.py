"""A past verb joined by "and" to what went before ("Israel kept its promise and released 90
prisoners"): a predicate of its own, never the content of an intent before it.

Shape::

    done_conjunct(p, k) -> bool      # token k of parse p
    conjunct_start(p, gov) -> int    # where the first such verb after an intent starts
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger


def done_conjunct(p: Parse, k: int) -> bool:
    """Is token ``k`` a past-tense verb right after "and" ("Israel kept its promise and
    released 90 prisoners", "pledged aid and sent two planes")? A coordinated predicate
    asserts its own act (Quirk et al. 1985 §13.51-52, predication coordination); an intent's
    content is its infinitive or "that" clause ("promised to release"), never a finite past
    verb beside it, so such a verb is no complement of the vow or promise before it."""
    if k < 1 or p.tokens[k - 1].lower != "and":
        return False
    return "VBD" in p.tokens[k].tags and "VB" not in p.tokens[k].tags


def conjunct_start(p: Parse, gov: Trigger) -> int:
    """For an intent ``gov`` (CAMEO 1.1b3 §03: "promise", "pledge", "agreed"), the start of
    the first past verb joined by "and" (``done_conjunct``) after it, else a number past the
    text: what follows is that verb's own predicate ("fulfilled its pledge and lifted the
    sanctions"), so no complement of the intent may be sought there. Other governors keep
    theirs ("killed seven and wounded several": the toll of one attack)."""
    # any governor: "refused to leave and was taken back to prison", a conjoined predicate
    # with its own tensed auxiliary (``heads.outside_complement``)
    tensed = next(
        (
            t.start
            for k, t in enumerate(p.tokens[:-1])
            if t.start >= gov.end and t.lower in _JOINED and p.tokens[k + 1].lower in _TENSED
        ),
        _PAST_TEXT,
    )
    if not (gov.full or gov.code).startswith("03"):
        return tensed
    return next(
        (t.start for k, t in enumerate(p.tokens) if t.start >= gov.end and done_conjunct(p, k)),
        tensed,
    )


_PAST_TEXT = 1 << 30  # an offset no text reaches
_JOINED = frozenset({"and", "but"})
_TENSED = frozenset("is are was were has have had will would did".split())
