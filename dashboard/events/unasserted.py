"""Event words a sentence does not assert as happenings: what an act went ahead despite
("Despite the sanctions, Iran sold oil": ``concession``) and what a subject noun of asking
asks for ("An appeal by the UN to Israel to allow aid was rejected": ``appeal_nouns``),
what a feeling in a cause is about ("driven by anger at the threats": ``felt_causes``), and
an unreal or required act ("a limit that would have barred him", "must be approved":
``unreal_acts``), a clash only come close to and migrants escorted to a border
(``untold_acts``).
"""

from __future__ import annotations

from dashboard.events.appeal_nouns import asked_not_done, asked_span
from dashboard.events.clause_words import Parse
from dashboard.events.concession import conceded
from dashboard.events.counterfactual_content import counterfactual_content
from dashboard.events.felt_causes import felt_cause
from dashboard.events.lexicon import Match
from dashboard.events.unreal_acts import counterfactual_relative, required_act
from dashboard.events.untold_acts import escorted_migrants, nearly_happened


def asserted(p: Parse, matches: list[Match]) -> list[Match]:
    """``matches`` without those inside a concessive adjunct's object or the infinitive a
    subject noun of asking takes (CAMEO 1.1b3 codes the main verb's act, and §02/§10 the
    asking, not what is asked)."""
    asked = asked_span(p, matches)
    return [
        m
        for m in matches
        if not conceded(p, m)
        and not asked_not_done(asked, m)
        and not felt_cause(p, m)  # "driven by anger at the annexation threats"
        and not counterfactual_relative(p, m)  # "a limit that would have barred him"
        and not counterfactual_content(p, m)  # "ruled that the raid would have endangered"
        and not required_act(p, m)  # "the successor must be approved by the government"
        and not nearly_happened(p, m)  # "brought the navies close to a clash"
        and not escorted_migrants(p, m)  # "guards escorted groups of migrants to the border"
    ]
