"""Which match carries a sentence's event and which belong to its happening: the head
(the governing verb's phrase, its nearest object, not its setting), a posture followed by
force, the head's purpose and dependents, and a negated act asserted after "but".
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import Match
from dashboard.events.supplementive_acts import further_participle
from dashboard.events.trigger import WEAK, Trigger
from dashboard.events.weighing import _PREPOSITIONS


def _within(m: Match, outer: Match | None) -> bool:
    return outer is not None and outer.first <= m.first and m.last <= outer.last


def _purpose(p: Parse, head: Match) -> int:
    """Where the head's purpose starts ("to protest" after "began a hunger strike"): the
    first "to" + verb after it in its clause; ``len(tokens)`` when there is none."""
    tokens, clause = p.tokens, p.clause[head.last]
    for k in range(head.last + 2, len(tokens)):
        if p.clause[k] != clause:
            break
        if tokens[k - 1].lower == "to" and "VERB" in tokens[k].pos:
            return k
    return len(tokens)


def _dependent(p: Parse, head: Match, purpose: int, m: Match) -> bool:
    """Part of the head's happening, not one of its own: its purpose ("began a hunger strike
    to protest against their detention") or its consequence (", killing 12 people")."""
    if m.first <= head.last or outside_complement(p, head, m):
        return False  # "refused to leave and was taken back to prison": an act of its own
    if _charged_with(p, head, m):
        return True
    if _participle_adjunct(p, head, m):
        return True
    if further_participle(p, head, m):
        return False  # "dispersed the crowd, arresting 40 people": a second act  # "rallied in Buenos Aires on Tuesday demanding higher wages"
    return p.kind(m.first) == "part" or (
        m.first >= purpose and p.clause[m.first] == p.clause[head.last]
    )


def _participle_adjunct(p: Parse, head: Match, m: Match) -> bool:
    """A participle after a protest in its clause, with no verb between, says what the
    protest was for (CAMEO 14x codes the protest with its demand): no event of its own."""
    k = m.first
    if not head.rule.code.startswith("14") or "VBG" not in p.tokens[k].tags:
        return False
    if p.clause[k] != p.clause[head.last] or p.tokens[k - 1].lower in AUX:
        return False
    return not any(j in p.verbs for j in range(head.last + 1, k))


# what a legal charge or a conviction is for ("charged with killing", "convicted of
# bombing"): a crime told as the charge's content, often long before it, not a happening of
# its own; a state's accusation ("accused China of ramming its ship") keeps the act it names
_CHARGE_CODES = ("17", "115", "116")
_CHARGE_PREPS = frozenset({"with", "of", "for"})


def _charged_with(p: Parse, head: Match, m: Match) -> bool:
    if not head.rule.code.startswith(_CHARGE_CODES):
        return False
    k = m.first
    return k > 0 and p.tokens[k - 1].lower in _CHARGE_PREPS and "VBG" in p.tokens[k].tags


def _head(p: Parse, matches: list[Match]) -> Match | None:
    """The match that carries the sentence's event: the one holding the governing verb
    (the most specific, then the one it heads, the one with the closest object), else that
    verb's object in its clause."""
    if p.gov is None:
        return None
    g = p.gov
    holding = [m for m in matches if m.first <= g <= m.last and m.rule.weight > WEAK]
    if holding:
        # the fuller row first, so between rows of equal weight a row naming the verb's subject
        # outranks the verb's own row (CAMEO 1.1b3 §173 a police raid, §190 troops raiding;
        # §164 a delegation walking out, §143 workers); of rows as full, the verb's own
        return max(
            holding,
            key=lambda m: (
                m.rule.weight,
                len(m.rule.slots),
                m.first == g,
                # the row naming a whole compound over one stopping at its modifier
                not any(_covers(p, o, m) for o in holding),
                any(_covers(p, m, o) for o in holding),
                _reach(m, g),
            ),
        )
    clause = p.clause[g]
    objects = [
        m
        for m in matches
        if m.first > g
        and p.clause[m.first] == clause
        and m.rule.weight > WEAK
        and not _setting(p, g, m)
    ]
    return min(objects, key=lambda m: (m.first, -m.rule.weight)) if objects else None


_CONTRAST = frozenset("but until".split())


def _asserted_after_contrast(
    p: Parse, pairs: list[tuple[Match, Trigger]]
) -> list[tuple[Match, Trigger]]:
    """Drop a negated trigger when one of its root follows it, unnegated, after "but" or
    "until" ("had not fired on the crowd but had used tear gas", "did not disperse until
    police fired tear gas"): a negation's scope ends at the clause boundary (NegEx, Chapman
    et al. 2001), so the act after it happened and is the sentence's event."""
    tokens = p.tokens

    def asserted_later(m: Match, t: Trigger) -> bool:
        return any(
            m2.first > m.last
            and "negated" not in t2.flags
            and t2.code[:2] == t.code[:2]
            and any(tok.lower in _CONTRAST for tok in tokens[m.last + 1 : m2.first])
            for m2, t2 in pairs
        )

    kept = [(m, t) for m, t in pairs if "negated" not in t.flags or not asserted_later(m, t)]
    return [(m, _until_then(p, m, t)) for m, t in kept]


def _until_then(p: Parse, m: Match, t: Trigger) -> Trigger:
    """ "did not shell the town until Monday": a negated act with "until" and a date after it
    happened at that date (Huddleston and Pullum 2002, ch. 8 §7: negation with durative
    "until" places the act at the end of the span), so it is not negated."""
    if "negated" not in t.flags:
        return t
    tokens = p.tokens
    if any(tok.lower in _FUTURE for tok in tokens[max(0, m.first - 4) : m.first]):
        # "will not withdraw until 2030": a refusal of what is to come, which the date only
        # bounds; the act is not told to happen then (newuser51), as a past one is
        return t
    for k in range(m.last + 1, len(tokens) - 1):
        if tokens[k].boundary or k in p.verbs:
            return t
        if tokens[k].lower == "until":
            nxt = tokens[k + 1].lower
            if (
                nxt in MONTHS
                or nxt in WEEKDAYS
                or nxt.isdigit()
                or nxt in ("last", "late", "early")
            ):
                return replace(t, flags=tuple(f for f in t.flags if f != "negated"))
            return t
    return t


# the operators of a future verb group ("would not resume", "won't withdraw")
_FUTURE = frozenset("will would shall wo won't wouldn't".split())

_POSTURE = "15"  # CAMEO 1.1b3 §15 exhibit force posture
_FORCE = ("18", "19", "20")  # §18 assault, §19 fight, §20 unconventional mass violence


def _force_after_posture(p: Parse, head: Match | None, matches: list[Match]) -> Match | None:
    """Of a posture and a use of force its subject goes on to in a verb joined by "and"
    ("Troops massed on the border and shelled the town", "crossed into Togo and attacked a
    village"), the force is the sentence's event: CAMEO 1.1b3 §15 is force shown, not used,
    and one event per sentence keeps the act that happened. Returns the match to head with."""
    if head is None or head.rule.code[:2] != _POSTURE:
        return head
    tokens = p.tokens
    joined = [
        m
        for m in matches
        if m.rule.code[:2] in _FORCE
        and m.rule.weight > WEAK
        and m.first > head.last
        and m.first in p.verbs
        and p.clause[m.first] == p.clause[head.first]
        and tokens[m.first - 1].lower == "and"
    ]
    return min(joined, key=lambda m: m.first) if joined else head


# prepositions of where or when a happening took place ("at a rally", "during the talks")
_SETTING = frozenset("at during near outside inside".split())


def _setting(p: Parse, verb: int, m: Match) -> bool:
    """An event noun that is the verb's setting, not its object: "blew himself up at a
    campaign rally" is a bombing at the rally (CAMEO codes the act, not the occasion)."""
    for k in range(m.first - 1, verb, -1):
        word = p.tokens[k].lower
        if word in _SETTING:
            return True
        if word in _PREPOSITIONS:
            return False
    return False


# words that end a noun phrase's premodifiers: no compound runs through them
_NOT_COMPOUND = frozenset("the a an and or its their his her this that".split())


def _covers(p: Parse, o: Match, m: Match) -> bool:
    """Does row ``o`` name, from the same verb, a compound noun whose modifier ``m``'s object
    stops at ("withdrew the martial law | order": "martial law order" covers "law")? In a
    compound noun the last noun is the head (Huddleston and Pullum 2002, ch. 5 §14), so the
    row naming the whole compound reads the object; a row naming only the head ("sent
    peacekeeping | troops", "troops" alone) covers nothing, and the row naming the modifier
    that says their kind stays the reading."""
    return (
        o.first == m.first
        and o.last > m.last
        and o.last - _last_phrase(p, o) < m.last
        and all(
            "NOUN" in t.pos and not t.boundary and t.lower not in _PREPOSITIONS | _NOT_COMPOUND
            for t in p.tokens[m.last + 1 : o.last + 1]
        )
    )


def _last_phrase(p: Parse, m: Match) -> int:
    """How many words the phrase ``m``'s last slot matched has: of two rows reaching the
    same head noun, the one naming the compound ("peacekeeping force") is the finer reading
    than the one naming its head alone ("force")."""
    tokens = p.tokens
    return max(
        (
            len(alt)
            for alt in m.rule.slots[-1]
            if len(alt) <= m.last + 1
            and all(w & tokens[m.last - len(alt) + 1 + i].keys for i, w in enumerate(alt))
        ),
        default=0,
    )


def _reach(m: Match, gov: int) -> int:
    """Prefer the nearest object after the verb ("sent weapons to the army" is arms, not
    troops) and the fullest subject before it ("peacekeeping troops have arrived")."""
    return m.first - m.last if m.first == gov else m.last - m.first


# a finite verb group joined by "and" or "but" after a governor's complement: "refused to leave
# and was taken back to prison" (Quirk et al. 1985 §13.1: a conjoined predicate with its own
# auxiliary shares the subject, not the governor; an infinitive holds no tensed auxiliary)
_JOINED = frozenset({"and", "but"})
_TENSED = frozenset("is are was were has have had will would did".split())


def outside_complement(p: Parse, head: Match, m: Match) -> bool:
    """Whether ``m`` follows ``head`` past "and|but" + a tensed auxiliary: a predicate of its
    own, no complement of the governor ("refused to leave and was taken to prison")."""
    toks = p.tokens
    return any(
        toks[k].lower in _JOINED and toks[k + 1].lower in _TENSED
        for k in range(head.last + 1, m.first - 1)
    )
