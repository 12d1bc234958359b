"""Acts a document lays down for later: "The deal calls for Rwandan troops to withdraw within
90 days", "the plan provides for the release of all hostages". The document's verb of
provision (classes.csv ``PROVISION_VERB``) puts what it governs in the future, as a plan, not
a happening (TimeML: an event in the scope of a provision is not factual; FactBank 1.0
underspecified). The subject must be a document (classes.csv ``PLAN_TEXT`` or ``STATUTE``):
"The UN called for troops to withdraw" is an appeal, read by its own rules.

A rule's text that bans in the simple present ("The 1920 treaty bars military activity on the
archipelago", "the law prohibits protests near parliament") states a standing provision, no
act done at a time (``standing_rule``).
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class


@cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word provision verbs and the heads of the two-word ones ("call for")."""
    words = word_class("PROVISION_VERB")
    single = frozenset(w for w in words if " " not in w)
    particles = frozenset(w.split()[0] for w in words if " " in w)
    return single, particles


def provided_for(p: Parse, m: Match) -> bool:
    """Whether match ``m`` is governed, in its clause, by a document's verb of provision."""
    tokens, start = p.tokens, p.opening(m.first)
    single, phrasal = _verbs()
    for k in range(m.first - 1, start - 1, -1):
        keys = tokens[k].keys
        after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if keys & single or (keys & phrasal and after in ("for", "out")):
            docs = _documents()
            return any(tokens[j].keys & docs for j in range(start, k))
    return False


@cache
def _documents() -> frozenset[str]:
    """classes.csv ``PLAN_TEXT`` and ``STATUTE``, joined once (not per match; issue 15)."""
    return word_class("PLAN_TEXT") | word_class("STATUTE")


# what makes a rule's text news of its own: a new or amended one is told for its passing
_FRESH = frozenset("new draft amended proposed planned revised".split())


def standing_rule(p: Parse, m: Match) -> bool:
    """Is ``m`` a §17 verb match ("bars", "prohibits") in the simple present whose subject,
    from its clause's opening, names a rule's text (classes.csv ``STATUTE``) that is not
    new ("The 1920 treaty bars military activity")? A law's provision holds, as a state,
    from its passing on (TimeML 1.2.1: a STATE, no occurrence); CAMEO 1.1b3 §172 codes an
    actor imposing a sanction, and the act is the passing, told on its own day. "The court
    barred him from running" (past, a court) and "the new law bans rallies" stay."""
    if m.rule.kind != "V" or not m.rule.code.startswith("17"):
        return False
    tokens = p.tokens
    verb = next((k for k in range(m.first, m.last + 1) if k in p.verbs), None)
    if verb is None or "VBD" in tokens[verb].tags or not tokens[verb].lower.endswith("s"):
        return False  # "barred" is past; "ban" may be a plural subject's or an infinitive
    subject = tokens[p.opening(verb) : verb]
    if any(t.lower in _FRESH or t.lower in ("will", "would", "to") for t in subject):
        return False
    return any(t.keys & word_class("STATUTE") for t in subject)
