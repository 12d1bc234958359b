"""What a turned-down request asks for: "rejected an ultimatum to hand over the suspect"
refuses the handover asked for. CAMEO 1.1b3 §12 codes a rejection by what was requested
(§122 reject request for material aid, §1213 reject judicial cooperation, §124 refuse to
yield), not by the request's own kind: the noun of asking is the vehicle, its "to" or "for"
phrase the act.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.trigger import WEAK, Trigger

# the roots and codes of a noun of asking: an appeal (§02), an offer or proposal (§03: "an
# offer to host talks", §125), a demand (§10), an ultimatum (§139, a demand with a deadline)
_ASKING_ROOTS = ("02", "03", "10")
_ULTIMATUM = "139"
# "a demand to extradite", "an appeal for aid": the words that open what is asked
_OPENERS = frozenset({"to", "for"})
_REACH = 40  # characters after the noun within which the act asked for starts


def asked_match(p: Parse, comp: Match, after: list[Match]) -> Match:
    """The match a rejection takes as its complement when ``comp`` is a noun of asking with
    "to" or "for" after it ("rejected an ultimatum to hand over …"): the first match past
    that word, as ``asked_act`` reads the triggers; else ``comp``."""
    code = comp.rule.code
    if comp.rule.kind != "N" or (code[:2] not in _ASKING_ROOTS and code != _ULTIMATUM):
        return comp
    # the opener after the noun ("a demand to"), or the row's own last word ("a call for")
    k = comp.last + 1 if p.tokens[comp.last].lower not in _OPENERS else comp.last
    if k >= len(p.tokens) or p.tokens[k].lower not in _OPENERS:
        return comp
    limit = p.tokens[comp.last].end + _REACH
    later = [m for m in after if m.first > k and p.tokens[m.first].start < limit]
    if not later:
        return comp
    first = min(m.first for m in later)
    return max(
        (m for m in later if m.first == first),
        key=lambda m: (len(m.rule.code), len(m.rule.slots)),
    )


def asked_act(p: Parse, comp: Trigger, found: list[Trigger]) -> Trigger | None:
    """The trigger of the act that ``comp``, a noun of asking ("a demand", "an ultimatum"),
    asks for when "to" or "for" follows it ("rejected a demand to extradite the suspect" ->
    the extradition, §063), else None. A verb of asking ("refused to call for talks") is no
    request received, so it gives None."""
    full = comp.full or comp.code
    if full[:2] not in _ASKING_ROOTS and full != _ULTIMATUM:
        return None
    at = next((i for i, t in enumerate(p.tokens) if t.start == comp.start), None)
    if at is None or at in p.verbs:
        return None
    ends = [t for t in p.tokens if t.end == comp.end]
    nxt = ends[0] if ends and ends[0].lower in _OPENERS else None
    nxt = nxt or next((t for t in p.tokens if t.start >= comp.end), None)
    if nxt is None or nxt.lower not in _OPENERS:
        return None
    after = [
        t for t in found if t.start > nxt.start and t.weight > WEAK and t.start - comp.end < _REACH
    ]
    return min(after, key=lambda t: (t.start, -(t.end - t.start))) if after else None
