"""Acts told in a content clause in the unreal past: "Judges ruled that the merger would
have harmed buyers", "The court found that the raid would have endangered civilians". The
clause after "that" says what would have happened had things gone otherwise (FactBank, Saurí
and Pustejovsky 2009: "would have" + participle is counterfactual, CT-), so neither its verb
nor its subject noun is an act done or one planned (CAMEO 1.1b3 codes acts that happened;
TimeML 1.2.1 §2.3 marks them MODAL). A relative clause of the same shape ("a limit that would
have barred him") is ``unreal_acts.counterfactual_relative``'s.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

# the modals of the unreal past with "have" (Quirk et al. 1985 §14.23, the hypothetical past)
_UNREAL = frozenset("would could might".split())
# the words a content clause's subject may hold before its verb ("that the planned raid")
_SUBJECT_REACH = 6


def counterfactual_content(p: Parse, m: Match) -> bool:
    """Is ``m`` the verb of a "that" clause after a verb whose group is "would|could|might
    have" + participle ("ruled that the plan would have undermined the court"), or that
    clause's subject noun ("found that the raid would have endangered civilians")? Then
    True. "Troops would have stormed the town" (no "that" clause: a main clause, flagged
    hypothetical elsewhere), "said that troops had stormed the town" (no modal) and "that
    raid would have" with no verb before the "that" (a determiner) give False."""
    tokens = p.tokens
    if m.rule.kind == "N":
        k = m.last + 1
        if k + 2 < len(tokens) and _unreal_past(tokens, k):
            return _after_content_that(tokens, m.first)
        return False
    k = m.first
    if k >= 2 and _unreal_past(tokens, k - 2):
        return _after_content_that(tokens, k - 2)
    return False


def _unreal_past(tokens: list[Token], k: int) -> bool:
    """Whether tokens ``k``.. read "would|could|might have" + a past participle."""
    return (
        k + 2 < len(tokens)
        and tokens[k].lower in _UNREAL
        and tokens[k + 1].lower == "have"
        and "VBN" in tokens[k + 2].tags
    )


def _after_content_that(tokens: list[Token], at: int) -> bool:
    """Whether a "that" after a verb ("ruled that", "found that") opens the clause within
    ``_SUBJECT_REACH`` words before ``at``, with no boundary between."""
    for j in range(at - 1, max(-1, at - 1 - _SUBJECT_REACH), -1):
        if tokens[j].boundary:
            return False
        if tokens[j].lower == "that":
            return j > 0 and bool(tokens[j - 1].tags)
    return False
