"""Whether a sentence that no lexicon row matches can still get a trigger from the coder, and
the denial that leads a sentence whose act it negates (moved here from ``cameo``).

``cameo.triggers`` builds every trigger from a lexicon match, save one: a demand (CAMEO
1.1b3 §10, "X must withdraw") read from the governing verb's flags when no match governs.
That flag comes only from a demand cue before the governing verb (cues.csv ``demand``:
"must", "should", "need to", ... read by ``verb_flags.window_flags``) or from a verb that
passes its clause on as a demand (``verb_flags._transparent``: "order" after a court, "need"
reported of a named party). ``may_demand`` is ``False`` only when the sentence holds none of
those words (a cue's every word as written or as a lemma, as ``verb_flags.cue_at`` reads
it), so that a sentence with no match and no such word is coded as nothing without parsing
it: the same empty list the whole coder would return.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.events.lexicon import Lexicon
from dashboard.events.tokens import Token
from dashboard.events.trigger import Trigger
from dashboard.events.verb_flags import cue_at

# the lemmas ``verb_flags._transparent`` turns into a demand ("ordered the army to", "needs to")
_DEMAND_VERBS = ("order", "need")


def may_demand(tokens: Sequence[Token], lex: Lexicon) -> bool:
    """Whether ``tokens`` (one sentence) hold a word a demand flag can come from: a lemma of
    ``_DEMAND_VERBS``, or one of the lexicon's ``demand`` cues standing at some token, found
    as ``verb_flags.window_flags`` finds it (its first word among the token's lemma keys,
    then ``cue_at``) but over the whole sentence, not only the window before a verb."""
    seq = list(tokens)
    for k, t in enumerate(seq):
        if any(w in t.keys for w in _DEMAND_VERBS):
            return True
        for key in t.keys:
            for kind, cue in lex.cue_starts.get(key, ()):
                if kind == "demand" and cue_at(seq, k, len(seq), cue):
                    return True
    return False


def denial_first(kept: list[Trigger]) -> list[Trigger]:
    """A denial (CAMEO 1.1b3 §016 "deny responsibility") leads when the act it denies heads
    the sentence only to be negated ("North Korea denied it had supplied weapons to Russia"):
    the denial is what happened, the supply is not, and CAMEO codes the denial."""
    if not kept or "negated" not in kept[0].flags:
        return kept
    denial = next(
        (t for t in kept if (t.full or "").startswith("016") and t.start < kept[0].start), None
    )
    if denial is None or "negated" in denial.flags:
        return kept
    return [denial, *(t for t in kept if t is not denial)]
