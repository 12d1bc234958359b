"""What a turned-down request asks for: "rejected an ultimatum to hand over the suspect"
refuses the handover asked for. CAMEO 1.1b3 §12 codes a rejection by what was requested
(§122 reject request for material aid, §1213 reject judicial cooperation, §124 refuse to
yield), not by the request's own kind: the noun of asking is the vehicle, its "to" or "for"
phrase the act.
"""

from __future__ import annotations

from collections.abc import Callable

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match
from dashboard.events.trigger import WEAK, Trigger

# the governors whose complement's act names the leaf (embed.csv): an appeal (§02), a demand
# (§10) and a rejection (§12) are coded by what is asked, demanded or refused
ASKING_GOVERNORS = frozenset({"02", "10", "12"})
# a demand's or appeal's content clause ("its demand that Kenya grant …", Quirk et al. 1985
# §17.26 appositive "that" clause): the clause is what is demanded; an offer's or a
# promise's "that" is more often a relative ("the offer that Paris made"), so only these
_CONTENT_ROOTS = ("02", "10")
# a bare intent verb (§030 "commit", "agree", "promise") between a refusal, demand or appeal
# and its object passes the object on: "refused to commit to any military aid" refuses the
# aid (§1222), "urged Moscow to agree to a ceasefire" appeals for it (§0256)
_BARE_INTENT = "030"
_INTENT_EMBEDS = "03"

# the roots and codes of a noun of asking: an appeal (§02), an offer or proposal (§03: "an
# offer to host talks", §125), a demand (§10), an ultimatum (§139, a demand with a deadline)
_ASKING_ROOTS = ("02", "03", "10")
_ULTIMATUM = "139"
# "a demand to extradite", "an appeal for aid": the words that open what is asked
_OPENERS = frozenset({"to", "for"})
_AGENT = frozenset({"by", "from"})  # "an offer by France to …", "a call from Kyiv for …"
_AGENT_MAX = 5  # tokens of the agent's name and the opener
_REACH = 40  # characters after the noun within which the act asked for starts


def asked_match(p: Parse, comp: Match, after: list[Match]) -> Match:
    """The match an appeal, demand or rejection takes as its complement when ``comp`` is a
    noun of asking with "to" or "for" (or a demand's "that") after it ("rejected an
    ultimatum to hand over …"): the first match past that word, as ``asked_act`` reads the
    triggers; when ``comp`` is a bare intent verb ("refused to commit to any aid"), the
    first match after it within reach, as ``asked_for`` reads it; else ``comp``."""
    code = comp.rule.code
    if code == _BARE_INTENT and comp.rule.embeds == _INTENT_EMBEDS and _to_verb(p, comp.first):
        # "refused to commit to any military aid": the intent verb's own object, near it
        reach = p.tokens[comp.last].end + _REACH
        later = [m for m in after if m.first > comp.last and p.tokens[m.first].start < reach]
        return _first_at(later) if later else comp
    if comp.rule.kind != "N" or (code[:2] not in _ASKING_ROOTS and code != _ULTIMATUM):
        return comp
    openers = _OPENERS | {"that"} if code[:2] in _CONTENT_ROOTS else _OPENERS
    # the opener after the noun ("a demand to"), or the row's own last word ("a call for")
    k = comp.last + 1 if p.tokens[comp.last].lower not in openers else comp.last
    k = _past_agent(p, k, openers)
    if k >= len(p.tokens) or p.tokens[k].lower not in openers:
        return comp
    limit = p.tokens[comp.last].end + _REACH
    later = [m for m in after if m.first > k and p.tokens[m.first].start < limit]
    return _first_at(later) if later else comp


def _past_agent(p: Parse, k: int, openers: frozenset[str]) -> int:
    """The index of the opener after a noun of asking's agent phrase ("an offer by France to
    host talks", "a call from the UN for a truce": the asker named with "by" or "from",
    Quirk et al. 1985 §17.51), or ``k`` when none stands there. The agent is a short run of
    names and articles; a verb or a comma ends it."""
    tokens = p.tokens
    if k >= len(tokens) or tokens[k].lower not in _AGENT:
        return k
    for j in range(k + 1, min(k + 1 + _AGENT_MAX, len(tokens))):
        if tokens[j].lower in openers and j > k + 1:
            return j
        if j in p.verbs or not (tokens[j].text[:1].isupper() or tokens[j].lower in ARTICLES):
            return k
    return k


def _first_at(later: list[Match]) -> Match:
    """Of the matches starting first, the one of the finest code, then of most slots (as
    ``cameo._first_complement`` chooses)."""
    first = min(m.first for m in later)
    return max(
        (m for m in later if m.first == first),
        key=lambda m: (len(m.rule.code), len(m.rule.slots)),
    )


def asked_for(
    p: Parse,
    comp: Trigger,
    found: list[Trigger],
    complement: Callable[[Parse, Trigger, list[Trigger]], Trigger | None],
) -> Trigger:
    """The trigger whose act an appeal, demand or rejection is about, given ``comp``, the
    first trigger after the governor: the act a noun of asking asks for (``asked_act``:
    "insisted on its demand that Kenya grant rights" -> the grant, §1043), or the object of
    a bare intent verb (``complement`` of "commit" in "refused to commit to any military
    aid" -> the aid, §1222); else ``comp`` itself. CAMEO 1.1b3 §02, §10 and §12 code what
    is asked, demanded or refused; the noun of asking and the promise are its vehicles."""
    asked = asked_act(p, comp, found)
    if asked is not None:
        return asked
    if (comp.full or comp.code) != _BARE_INTENT or f"embeds:{_INTENT_EMBEDS}" not in comp.flags:
        return comp
    at = next((i for i, t in enumerate(p.tokens) if t.start == comp.start), None)
    return (complement(p, comp, found) or comp) if at is not None and _to_verb(p, at) else comp


def _to_verb(p: Parse, at: int) -> bool:
    """Token ``at`` is a verb of the parse right after "to" ("refused to commit to …") or in
    a complement clause ("demanded that Israel agree to a ceasefire"): the act the refusal,
    demand or appeal governs, not a noun such as "plan" in "asked the manager to expand the
    plan"."""
    if at not in p.verbs:
        return False
    return (at > 0 and p.tokens[at - 1].lower == "to") or p.kind(at) == "comp"


def asked_act(p: Parse, comp: Trigger, found: list[Trigger]) -> Trigger | None:
    """The trigger of the act that ``comp``, a noun of asking ("a demand", "an ultimatum"),
    asks for when "to" or "for" follows it ("rejected a demand to extradite the suspect" ->
    the extradition, §063), or "that" after a demand or appeal ("its demand that Kenya grant
    rights"), else None. A verb of asking ("refused to call for talks") is no request
    received, so it gives None."""
    full = comp.full or comp.code
    if full[:2] not in _ASKING_ROOTS and full != _ULTIMATUM:
        return None
    at = next((i for i, t in enumerate(p.tokens) if t.start == comp.start), None)
    if at is None or at in p.verbs:
        return None
    openers = _OPENERS | {"that"} if full[:2] in _CONTENT_ROOTS else _OPENERS
    last = next((i for i, t in enumerate(p.tokens) if t.end == comp.end), None)
    if last is None:
        return None
    k = _past_agent(p, last if p.tokens[last].lower in openers else last + 1, openers)
    if k >= len(p.tokens) or p.tokens[k].lower not in openers:
        return None
    nxt = p.tokens[k]
    after = [
        t for t in found if t.start > nxt.start and t.weight > WEAK and t.start - comp.end < _REACH
    ]
    return min(after, key=lambda t: (t.start, -(t.end - t.start))) if after else None
