"""Places in a clause that are not the act's: what a protest is against ("marched to protest
against a planned dam upstream in Laos" was drawn in Laos), a circumstance told by a
"with" absolute clause after the act ("killed 45 people in Sindh province, with temperatures
reaching 50 degrees in Jacobabad" was drawn at Jacobabad), the charge an act answers
("arrested him over allegations that he used state funds for a trip to London"), a clause of
its own after "after" or "because" ("cancelled a visit after two men died in Yekaterinburg"),
a capital or a state named as a passive's agent ("aircraft donated by New Delhi"), and the
place of an act another act answers ("marched to denounce the shooting of protesters in
Nairobi": ``answered_places``).
"""

from __future__ import annotations

import re

from dashboard.events.answered_places import answered_place
from dashboard.events.aside_relative_places import outside_relative_aside
from dashboard.events.date_clauses import finite_at
from dashboard.events.superlatives import superlative_aside
from dashboard.model import Mention

PROTEST = "14"  # CAMEO 1.1b3 ch. 14, protest
# what a protest is against ("marched to protest against a dam in Laos", "rallied over the
# war in Ukraine"): its aim, not where the crowd stood (ACLED codes a demonstration where it
# took place; its issue is a note); not "over the weekend" (time) nor "about 200" (a number)
_PROTEST_TOPIC = re.compile(
    r"\b(?:against|over(?!\s+(?:the\s+)?(?:weekend|week|past|last|next|night|years?|months?|"
    r"days?|hours?)\b)|about(?!\s+\d))\s+[^,;.]*?$",
    re.IGNORECASE,
)


def protest_topic_country(text: str, after: int, m: Mention) -> bool:
    """``m`` is a country inside the noun phrase a protest is against, over or about, with no
    comma and no other preposition of place opening a second phrase between them ("to
    protest against a planned dam upstream in Laos"); a town there may be where the crowd
    stood too ("protested against the reform in Lyon"), so only a country is set aside."""
    if m.place is None or m.place.kind != "country":
        return False
    cue = _PROTEST_TOPIC.search(text, after, m.start)
    if cue is None:
        return False
    between = text[cue.end() - len(cue.group(0)) : m.start]
    return len(re.findall(r"\b(?:in|at|near|outside)\b", between)) <= 1


# ", with temperatures reaching …", ", with shops staying shut …": an absolute clause
# augmented by "with" (Quirk et al. 1985 §15.60), its own subject and an -ing verb
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?:[\w-]+\s+){1,4}?[a-z]+ing\b")


def outside_absolute(
    text: str, trigger_start: int, clause: tuple[int, int], options: list[Mention]
) -> list[Mention]:
    """``options`` less the places inside a "with" absolute clause after the trigger, when
    some place is left before it: the absolute tells a circumstance with a subject of its
    own ("with temperatures reaching 50 degrees in Jacobabad"), not where the act was; the
    act's own place is the one its clause named (ACLED: the most specific place the report
    gives for the event itself). Alone, the absolute's place is kept."""
    absolute = _WITH_ABSOLUTE.search(text, trigger_start, clause[1])
    if absolute is None:
        return options
    kept = [m for m in options if m.start < absolute.start()]
    return kept or options


# what an act answers, told as a clause of its own ("over allegations that he laundered money
# in London", "in connection with the bombings in Kenya"): its places are the alleged act's
# (ACLED: an event is placed where it happened, not where what it answers happened); a bare
# "on charges of fraud in Abuja" may tell where the arrest was, so it is left to the clause
_CHARGE = re.compile(
    r"\b(?:(?:over|on|amid)\s+(?:(?:the|new)\s+)?(?:allegations?|accusations?|claims?|"
    r"suspicions?)\s+that|for\s+allegedly|in\s+connection\s+with)\b",
    re.IGNORECASE,
)
# a subordinate clause's opener after the act ("after two men died in …", "because rebels
# had shelled …"): a clause with its own subject and finite verb tells another happening
_SUBORDINATE = re.compile(r"\b(?:after|because)\s+", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
# a passive's agent right before the place ("donated by New Delhi", "backed by Moscow"): the
# place stands for its government (metonymy), the doer, not where the act was
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)\s+by\s+$")


def _after_own_clause(text: str, trigger_start: int, m: Mention) -> bool:
    """Does ``m`` stand in a clause of its own opened by "after" or "because" after the
    trigger, with a subject and a finite verb before ``m`` (``finite_at``)?"""
    for cue in _SUBORDINATE.finditer(text, trigger_start, m.start):
        if re.search(r"[;.]", text[cue.end() : m.start]):
            continue
        if finite_at(_WORDS.findall(text, cue.end(), m.start)) is not None:
            return True
    return False


def outside_asides(
    text: str, trigger_start: int, clause: tuple[int, int], options: list[Mention]
) -> list[Mention]:
    """``options`` less the places of a "with" absolute (``outside_absolute``), less those
    after a charge cue (``_CHARGE``) or inside a clause of its own opened after the trigger
    (``_after_own_clause``), and less a place named as a passive's agent after the trigger
    (``_agent_place``), as a craft's destination after it or as the state the act is judged
    a win or a blow for (``_no_venue_cue``), or inside an act the act answers
    (``_in_answered_act``); these are dropped even when no place is left,
    as the act then has no place of its own in the clause."""
    options = outside_absolute(text, trigger_start, clause, options)
    options = outside_relative_aside(text, trigger_start, options)  # ", which ended in Doha"
    charge = _CHARGE.search(text, trigger_start, clause[1])
    return [
        m
        for m in options
        if not (charge is not None and m.start > charge.start())
        and not (m.start > trigger_start and _after_own_clause(text, trigger_start, m))
        and not _agent_place(text, trigger_start, m)
        and not (m.start > trigger_start and _no_venue_cue(text, m.start))
        and not superlative_aside(text, m.start)
        and not _in_answered_act(text, trigger_start, m)
    ]


def _in_answered_act(text: str, trigger_start: int, m: Mention) -> bool:
    """Is ``m`` after the trigger, inside the act another act answers (``answered_place``),
    its cue not the trigger's own complement ("protested against the arrest of students in
    Lyon" may tell where the crowd stood; "marched on Tuesday to denounce the shooting of
    protesters in Nairobi" does not)?"""
    if m.start <= trigger_start:
        return False
    cue = answered_place(text, m.start, trigger_start)
    return cue is not None and _OWN_COMPLEMENT.fullmatch(text, trigger_start, cue) is None


# the trigger's word alone before the cue: the cue is the trigger's own complement
_OWN_COMPLEMENT = re.compile(r"(?:[\w'’-]+\s*)?")


def _no_venue_cue(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a craft's destination (``_CRAFT_BOUND``) or the
    state an act is judged a win or a blow for (``_JUDGED_FOR``)."""
    before = max(0, start - 40)
    return bool(_CRAFT_BOUND.search(text, before, start) or _JUDGED_FOR.search(text, before, start))


# the state an act is judged good or bad for ("…, a major diplomatic win for Rabat", "a blow
# to Moscow"): a capital standing for its government (Markert & Nissim 2007, place-for-
# people), not where the act took place
_JUDGED_FOR = re.compile(
    r"\b(?:win|victory|triumph|success|boost|coup|gift|blow|setback|defeat|snub|rebuke|"
    r"humiliation)\s+(?:for|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a craft's destination ("refused to board a flight to the United States", "a ship bound
# for Libya"): where the craft was going, not where the act of its clause took place
# (ACLED codes where an event happened; a route's end is no venue)
_CRAFT_BOUND = re.compile(
    r"\b(?:flights?|planes?|jets?|airliners?|ships?|vessels?|ferry|ferries|boats?|buses|bus|"
    r"trains?|convoys?)\s+(?:(?:bound|headed|heading)\s+)?(?:to|for|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a body a place names ("arrested by Danbury police"): the town is where that body acts
_BODY_AFTER = re.compile(
    r"\s+(?:police|authorities|officials|prosecutors|forces|troops|courts?|council|government|"
    r"army|navy|security|residents)\b",
    re.IGNORECASE,
)


def _agent_place(text: str, trigger_start: int, m: Mention) -> bool:
    """Is ``m`` a passive's agent after the trigger ("aircraft donated by New Delhi"), not the
    trigger's own participle ("a pause mediated by Qatar": the mediator's country may be
    where it mediated) nor a place naming a body ("by Danbury police")?"""
    agent = _AGENT_BEFORE.search(text, max(0, m.start - 30), m.start)
    return (
        agent is not None
        and agent.start() > trigger_start
        and _BODY_AFTER.match(text, m.end) is None
    )
