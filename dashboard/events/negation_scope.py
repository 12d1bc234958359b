"""How far a verb of prevention reaches ("foiled", "stopped", "blocked"): over its own
complement only.

A prevention predicate makes the act it governs counterfactual (FactBank 1.0, Saurí and
Pustejovsky 2009: "prevent", "stop" … from, CT-): "foiled a plot to bomb the embassy",
"stopped them from holding a rally". Its scope is its clause from the verb on, as any
negation's is, and it ends where a predicate of its own begins (Quirk et al. 1985 §10.64 ff.;
NegEx, Chapman et al. 2001: a conjunction that opens a new predication ends the scope). A
second verb that shares the subject ("guards stopped a tanker and seized it") tells an act
of its own: "stop" there is the physical halting of a vehicle or a ship (WordNet 3.0 stop
v. 2 'cause to stop', with a vehicle or person as object), itself done, and so is the act
after it.

A verb that calls an act off ("cancelled a planned meeting", "scrapped talks with Kyiv",
"postponed the visit") tells that its object did not happen, active as well as passive: the
report's event is the calling off (CAMEO 1.1b3 §164 halt negotiations, §160 a visit
cancelled), never the meeting it names (FactBank 1.0: predicates of prevention, CT-).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon
from dashboard.events.modality import apart, new_group
from dashboard.events.verb_flags import window_flags

# verbs that kept their object from happening (FactBank 1.0, predicates of prevention: CT-)
CALLED_OFF = frozenset("postpone cancel scrap delay suspend shelve abandon avert forestall".split())
# a preposition between the verb and the act's noun makes the noun no direct object
# ("postponed a vote on the talks", "delayed the trip to the summit")
_PREPOSITIONS = frozenset("with between in at on for to from of by over about".split())


def called_off(p: Parse, first: int) -> bool:
    """Is the act at ``first`` the direct object of an active verb that calls it off
    ("cancelled a planned meeting", "called off the talks")? The passive ("the meeting was
    cancelled") is ``weighing._called_off``'s."""
    verb = p.gov
    if verb is None or first <= verb or first - verb > 6 or p.clause[first] != p.clause[verb]:
        return False
    tokens = p.tokens
    keys = tokens[verb].keys
    j = verb + 1
    if "call" in keys and j < len(tokens) and tokens[j].lower == "off":
        j += 1
    elif not keys & CALLED_OFF:
        return False
    if any("be" in t.keys for t in tokens[max(0, verb - 3) : verb]):
        return False  # a passive: its subject, not its object, was called off
    between = tokens[j:first]
    return not any(t.lower in _PREPOSITIONS or t.boundary for t in between) and prevented(
        p, verb, first
    )


def prevented(p: Parse, verb: int, first: int) -> bool:
    """Is the act at token ``first`` inside the complement of the prevention verb at
    ``verb``: after it, in its clause, with no predicate of its own opening between?"""
    if first <= verb or p.clause[first] != p.clause[verb]:
        return False
    return not any(
        new_group(p, k) or _after_from_gerund(p, verb, k) or _second_predicate(p, verb, k)
        for k in range(verb + 1, first)
    )


def _second_predicate(p: Parse, verb: int, k: int) -> bool:
    """Is "and" at ``k`` followed by a verb that is no gerund, after a verb of calling off
    (``CALLED_OFF``: "suspended the agreement and shut the crossing")? Such a verb takes a noun
    phrase as its object, never a finite verb, so what "and" joins is the subject's next act
    (Quirk et al. 1985 §13.46, coordinated predicates), even when its past form is also its
    base form ("shut", "cut", "set"), which ``new_group`` reads as sharing an operator."""
    tokens = p.tokens
    if tokens[k].lower != "and" or k + 1 >= len(tokens) or k + 1 not in p.verbs:
        return False
    return bool(tokens[verb].keys & CALLED_OFF) and not tokens[k + 1].lower.endswith("ing")


def _after_from_gerund(p: Parse, verb: int, k: int) -> bool:
    """Is "and" at ``k`` followed by a verb that is no gerund, after a "from" + gerund
    complement of the prevention verb ("had stopped 300 people from crossing and rejected
    the claim")? The complement of "stop|prevent … from" is a gerund clause (Quirk et al.
    1985 §16.42), so a past or present form joined on is the subject's own next act, which
    the operator before it ("had") may carry, not a second thing prevented."""
    tokens = p.tokens
    if tokens[k].lower != "and" or k + 1 >= len(tokens) or k + 1 not in p.verbs:
        return False
    nxt = tokens[k + 1]
    if nxt.lower.endswith("ing") or not nxt.tags & {"VBD", "VBN", "VBZ"}:
        return False
    return any(
        tokens[j].lower == "from" and tokens[j + 1].lower.endswith("ing")
        for j in range(verb + 1, k - 1)
    )


# CAMEO 1.1b3's verbal conflict roots, acts done by speaking: demand (10), disapprove and
# accuse (11), reject (12), threaten (13)
_SPOKEN_ROOTS = ("10", "11", "12", "13")


def denier_turn(p: Parse, first: int, code: str) -> bool:
    """Is the act at ``first`` (CAMEO ``code``) the denier's own next act rather than part of
    what is denied ("Baku denied that its troops had opened fire and accused Armenia of a
    provocation")? A denial's complement tells a deed; a spoken act (``_SPOKEN_ROOTS``) joined
    to it by "and" with a past or present verb continues the denier's turn, as "and said"
    does (NegEx, Chapman et al. 2001: a conjunction opening a new predication ends the
    scope). A deed so joined ("had opened fire and killed two soldiers") stays denied."""
    tokens = p.tokens
    if first < 1 or tokens[first - 1].lower != "and" or first not in p.verbs:
        return False
    if code[:2] not in _SPOKEN_ROOTS or not tokens[first].tags & {"VBD", "VBZ"}:
        return False
    head = p.gov if p.gov is not None else first
    return any("deny" in t.keys for t in tokens[:head])


def unshared_cues(p: Parse, first: int, lex: Lexicon) -> set[str]:
    """The negation and modal cues right before the governing verb that a head trigger at
    ``first`` does not share, when a verb group of its own opens between them ("would not be
    intimidated by threats and warned that it would respond", "did not fire and arrested
    the protesters"): a negation scopes over its own verb group, and a coordinated predicate
    with its own tense is outside it (Quirk et al. 1985 §10.64; NegEx, Chapman et al. 2001:
    a conjunction opening a new predication ends the scope; ``modality.new_group``). What the
    reporting verbs before passed on ("denied that…") is not among them. Empty otherwise."""
    gov = p.gov
    if gov is None or first <= gov or not apart(p, gov, first):
        return set()
    lo = max([p.opening(gov)] + [k + 1 for k in p.passing if k < gov])
    return window_flags(p.tokens, lo, gov, lex)


# verbs that take a person into custody or stop him (WordNet 3.0 arrest v. 1 'take into
# custody', capture v. 1, apprehend v. 1): a suicide bomber so taken was stopped alive
_CAUGHT = frozenset(
    "arrest detain capture catch apprehend intercept nab overpower subdue disarm".split()
)
# heads of the agent nouns of CAMEO 1.1b3 §1831's rows: the person, not the bombing
_AGENTS = frozenset("bomber bombers attacker attackers".split())
_BE = frozenset("be is are was were been being".split())


def foiled(p: Parse, first: int, last: int, lex: Lexicon) -> bool:
    """Is the act matched at ``first``..``last`` the subject of a passive that kept it from
    happening: a prevention verb ("A suicide bombing was foiled", "The attack on the embassy
    was thwarted by police"), or, for a suicide bomber (WordNet 3.0 suicide bomber n. 'a
    terrorist who blows himself up'), a verb of capture ("A suicide bomber was arrested before
    he could detonate his vest")? A bomber taken alive did not blow himself up (FactBank 1.0,
    Saurí and Pustejovsky 2009: predicates of prevention, CT-). The arrest is the event."""
    gov, tokens = p.gov, p.tokens
    if gov is None or last >= gov or p.clause[first] != p.clause[gov]:
        return False
    if not any(t.lower in _BE for t in tokens[max(last + 1, gov - 3) : gov]):
        return False  # active: "A suicide bomber killed 12", "the attack stopped traffic"
    keys = tokens[gov].keys
    if keys & (lex.words("prevent") | CALLED_OFF):
        return True
    agent = tokens[last].lower in _AGENTS and first < last and tokens[first].lower == "suicide"
    return agent and bool(keys & _CAUGHT)


# the modal of a "before" clause that tells what was kept from happening
_COULD = frozenset({"could"})


def before_it_could(p: Parse, first: int) -> bool:
    """Is the act at ``first`` told in a "before … could" clause ("arrested before he could
    detonate his vest", "killed two gunmen before they could attack the village")? "Before"
    with a modal of ability makes its clause counterfactual: the act was kept from happening
    (Huddleston and Pullum 2002, ch. 8 §7: non-veridical "before"; FactBank 1.0, CT-)."""
    tokens = p.tokens
    if first < 2 or tokens[first - 1].lower not in _COULD:
        return False
    for k in range(first - 2, max(first - 7, -1), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "before":
            return True
    return False


def negation_stands(p: Parse, verb: int, first: int) -> bool:
    """Does the negation of the verb at ``verb`` deny the act at token ``first`` after it,
    though the act is no direct object? So when the predicate is a share in what follows
    ("was not part of the talks": FactBank, the source-introducing predicate carries the
    polarity), or when non-assertive "any" determines the act ("has not taken part in any
    war", "was not linked to any attack"): under a negation "any" asserts no referent (Quirk
    et al. 1985 §10.58), so no act is presupposed, as "the war" is."""
    tokens = p.tokens
    nxt = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    if tokens[verb].lower == "part" and nxt in ("of", "in"):
        return True
    between = [t.lower for t in tokens[verb + 1 : first]]
    return "any" in between[-3:] and p.clause[first] == p.clause[verb]
