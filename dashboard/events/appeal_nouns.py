"""What an appeal or a demand told as a noun asks for: "An appeal by the United Nations to
Israel to allow aid into Gaza was rejected". The "to"-infinitive after a noun of asking is
its content (Quirk et al. 1985 §17.30, the infinitive clause postmodifying a noun: "a plea
to stop"), an act asked for and not done, so its words make no event of their own code
(§0863 allow aid, §087 de-escalate, §191 the siege it asks to end): CAMEO 1.1b3 §02 (appeal)
and §10 (demand) code the asking itself. Only a noun in the sentence's subject, before any
verb: "rejected an appeal … to allow aid" is read whole by the rejection's own row.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the roots of a noun of asking: an appeal (§02) or a demand (§10)
_ASKING_ROOTS = ("02", "10")
_AGENT = frozenset({"by", "from", "of"})  # "an appeal by the UN", "a call from Kyiv"
_TO = frozenset({"to"})
_NAME_MAX = 5  # tokens of a name after "by" or "to"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def asked_span(p: Parse, matches: list[Match]) -> tuple[int, int] | None:
    """Token span ``(first, last)`` of the infinitive a subject noun of asking takes, from
    the word after its "to" up to the sentence's finite verb ("to allow aid into Gaza" in
    "An appeal by the UN to Israel to allow aid into Gaza was rejected"); None when the
    sentence opens with no such noun."""
    first_verb = min(p.verbs, default=len(p.tokens))
    for n in matches:
        if n.rule.kind != "N" or not n.rule.code.startswith(_ASKING_ROOTS):
            continue
        if n.last >= first_verb:
            continue
        to = _infinitive_to(p, n.last + 1)
        if to is not None:
            return to + 1, _finite_after(p, to + 1)
    return None


def _infinitive_to(p: Parse, k: int) -> int | None:
    """The index of the "to" opening the infinitive after an agent phrase ("by the United
    Nations") and an addressee phrase ("to Israel"), each a preposition and a short name
    with no boundary or verb inside, from token ``k``; None when none follows."""
    tokens = p.tokens
    for opener in (_AGENT, _TO):
        # the addressee's "to" has a name after it, the infinitive's a verb
        if k + 1 < len(tokens) and tokens[k].lower in opener and k + 1 not in p.verbs:
            j = k + 1
            while j < len(tokens) and j - k <= _NAME_MAX and tokens[j].lower != "to":
                if tokens[j].boundary or j in p.verbs:
                    return None
                j += 1
            k = j
    if k + 1 < len(tokens) and tokens[k].lower == "to" and k + 1 in p.verbs:
        return k
    return None


def _finite_after(p: Parse, k: int) -> int:
    """The last token before the first finite verb after ``k`` (not one after "to"), or the
    sentence's last token."""
    tokens = p.tokens
    for j in range(k + 1, len(tokens)):
        if j in p.verbs and tokens[j - 1].lower != "to" and tokens[j].tags & _FINITE:
            return j - 1
    return len(tokens) - 1


def asked_not_done(span: tuple[int, int] | None, m: Match) -> bool:
    """Is ``m`` inside the asked-for infinitive ``span`` (``asked_span``)?"""
    return span is not None and span[0] <= m.first <= span[1]
