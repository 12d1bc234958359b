"""Event words a sentence does not assert as happenings: what an act went ahead despite
("Despite the sanctions, Iran sold oil": ``concession``) and what a subject noun of asking
asks for ("An appeal by the UN to Israel to allow aid was rejected": ``appeal_nouns``).
"""

from __future__ import annotations

from dashboard.events.appeal_nouns import asked_not_done, asked_span
from dashboard.events.clause_words import Parse
from dashboard.events.concession import conceded
from dashboard.events.lexicon import Match


def asserted(p: Parse, matches: list[Match]) -> list[Match]:
    """``matches`` without those inside a concessive adjunct's object or the infinitive a
    subject noun of asking takes (CAMEO 1.1b3 codes the main verb's act, and §02/§10 the
    asking, not what is asked)."""
    asked = asked_span(p, matches)
    return [m for m in matches if not conceded(p, m) and not asked_not_done(asked, m)]
