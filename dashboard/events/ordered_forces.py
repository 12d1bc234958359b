"""Forces ordered "to" somewhere: a place, or an act they are to do.

The cameo.csv §154 row ``order|direct ** @TROOPS * to`` reads "ordered 300 marines to
Lagos" (Merriam-Webster order v. 2b "to command to go or come to a specified place"). The
same words open an order to act, "ordered troops to withdraw", where "to" marks the
infinitive whose subject the forces are (Quirk et al. 1985 §16.36: "order X to do" makes X
the doer): no force sent anywhere, and the act is the infinitive's own.
"""

from __future__ import annotations

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token


def placed_orders(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """``matches`` less each ``order_to_act``: dropped before the parse, since a matched verb
    phrase heads its clause there ("ordered troops to arrest X" must stay an order of an act
    whose act is only ordered, not a sending that leaves the arrest asserted)."""
    return [m for m in matches if not order_to_act(tokens, m)]


def order_to_act(tokens: list[Token], m: Match) -> bool:
    """Is ``m`` a §154 match ending at "to" ("ordered 2,000 troops to ...") whose next word is
    no capitalised name (or a base-form verb), so "to" opens an infinitive ("to withdraw", "to fire") or no place
    at all? A place is a proper name ("to Lagos", "to New Delhi"); "to the border" is the
    ``to the`` row's, which matches further and stays. Raises nothing; an "ordered ... to"
    at the sentence's end has nothing after it and is dropped."""
    if not m.rule.code.startswith("154") or tokens[m.last].lower != "to":
        return False
    if m.last + 1 >= len(tokens):
        return True
    after = tokens[m.last + 1]
    named = after.text[:1].isupper() and after.text[1:2].islower() and not after.boundary
    # a base-form verb is the infinitive even when a headline capitalises it ("to Leave")
    return not named or "VB" in after.tags
