"""A crash, a collision or a fire told as what killed: "A bus drove into a crowd after its brakes
failed, killing 11" and "A helicopter crash killed eight people" are accidents, not violence an
actor used (CAMEO 1.1b3 §18-§20 code an actor's force; ACLED counts no road accidents; EM-DAT
classes crashes and fires as technological disasters). The vehicle, mishap and accident words
are data (classes.csv ``ROAD_VEHICLE``, ``MISHAP``, ``ACCIDENT``), each with its source.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from dashboard.events.clause_words import Parse
from dashboard.events.craft_mishaps import craft_mishap
from dashboard.events.lexicon import Match, word_class
from dashboard.events.mishap_toll import cause_phrase, killed_in_mishap
from dashboard.events.tokens import Token

# the CAMEO roots of harm an accident's toll or crash is misread as: assault, fight, mass
# violence (§18, §19, §20)
_HARM = ("18", "19", "20")


def vehicle_mishap(p: Parse, code: str) -> bool:
    """Is a harm trigger of CAMEO ``code`` told in a sentence naming a road or rail vehicle
    (or its driver) and a mishap (a brake failure, an accident, a derailment)? Then the
    harm is the crash's, no actor's: "A bus drove into a crowd after its brakes failed,
    killing 11 people" gives True; "A driver ploughed into a crowd, killing 11" (no mishap)
    and "A bomb hit a bus" (no mishap) give False; nor does a sentence naming a weapon or an
    attack beside the mishap."""
    if not code.startswith(_HARM):
        return False
    vehicle, mishap = word_class("ROAD_VEHICLE"), word_class("MISHAP")
    # a weapon or an attack named beside the crash ("a drone hit a bus", "the attack was no
    # accident") keeps an actor's force in the sentence
    armed = word_class("ATTACK") | word_class("AERIAL") | word_class("ARMED") | _WEAPONS
    keys = [t.keys for t in p.tokens]
    return (
        any(k & vehicle for k in keys)
        and (any(k & mishap for k in keys) or _collision(p, vehicle))
        and not any(k & armed for k in keys)
    )


# who drives, not what is driven: "the driver rammed his truck into ..." names one vehicle
_DRIVERS = frozenset({"driver", "motorist"})
# the prepositions of one moving thing's impact on another (WordNet 3.0 collide v. 'cause to
# collide', crash v. 'move with, or as if with, a crashing noise', ram v. 'strike or drive
# against with force': "rammed into", "collided with", "crashed into")
_IMPACT = frozenset({"into", "with"})
# forces and their posts a vehicle is driven at: the ramming of a guarded vehicle or a
# checkpoint is an attack (a vehicle-borne attack, ACLED Codebook 2023 "remote explosive"
# and "attack"), not a collision (tester81: "a truck rammed into another truck carrying
# soldiers")
_GUARDED = frozenset("soldier troop police policeman checkpoint convoy patrol army".split())


def _collision(p: Parse, vehicle: frozenset[str]) -> bool:
    """Is a vehicle told running into another ("A freight train ploughed into a stationary
    commuter train", "a bus collided with a truck")? That is a collision (WordNet 3.0
    collision.n.01 'an accident resulting from violent impact of a moving object'; EM-DAT's
    transport accident), no actor's force: a vehicle driven into a crowd names one vehicle
    only, and stays the §180 ramming it is."""
    if any(t.keys & _GUARDED for t in p.tokens):
        return False  # "rammed into another truck carrying soldiers", "at a checkpoint": a ramming
    at = [k for k, t in enumerate(p.tokens) if t.keys & vehicle and t.lower not in _DRIVERS]
    return any(p.tokens[k].lower in _IMPACT for a, b in pairwise(at) for k in range(a, b))


# weapons a crash sentence may name that make it an attack after all
_WEAPONS = frozenset("bomb bomber explosive gun gunman gunfire shot knife grenade".split())


def accident_harm(p: Parse, m: Match, code: str) -> bool:
    """Is the harm trigger ``m`` of CAMEO ``code`` an accident's: a crash by mishap
    (``vehicle_mishap``), or a harm whose subject's head is an accident noun ("A helicopter
    crash killed eight people", "A fire broke out at a club, killing 59")? Then no actor used
    force. "A missile strike killed 14" (no accident noun), "Gunmen set fire to a market,
    killing 14" (the gunmen are the subject) and "An arson attack on a bus killed six" (the
    attack is) give False, as does a weapon or an armed actor anywhere in the sentence. So
    does property told ruined in a fire or a hazard (``ruined_by_mishap``), and a plane's or a
    ship's collision by mishap (``craft_mishaps``)."""
    armed = _armed()
    if vehicle_mishap(p, code) or ruined_by_mishap(p, m, code):
        return True
    if killed_in_mishap(p, m, code, armed) or craft_mishap(p, m, code, armed):
        return True  # "were killed in the blaze", "The ferry hit a reef"
    if not code.startswith(_HARM):
        return False
    if any(t.keys & armed for t in p.tokens):
        return False
    if _fell_on(p, m.last) or _gave_way_before(p, m.first):
        return True  # "killed when a crane fell on them", "A dam gave way, killing 30"
    words = p.subject_words(m.first)
    # "a fire broke out ..., killing 59": a participle's subject is its main clause's
    if not words and p.gov is not None and p.gov < m.first:
        words = p.subject_words(p.gov)
    head = _head(words)
    return head is not None and bool(head.keys & word_class("ACCIDENT"))


def _head(words: list[Token]) -> Token | None:
    """The head noun of a subject: its last word before a preposition or a comma ("a fire at
    a garment factory" -> fire; "a military helicopter crash" -> crash; Quirk et al. 1985
    §17.2, the head precedes its postmodifying prepositional phrase)."""
    head = None
    for t in words:
        if t.lower in _POSTMODIFIERS or t.boundary:
            break
        head = t
    return head


# a thing that falls on people ("killed when an aid package fell on them", "when a crane
# toppled onto the crowd"): with no weapon named (the caller's test), a falling object's
# harm is a mishap's (WordNet 3.0 accident.n.01), not force an actor used; shells and bombs
# that "fell on" a town are weapons and keep it an attack
_FALLING = frozenset("fell toppled tumbled crashed collapsed landed".split())
_ONTO = frozenset("on onto upon".split())
_FIRED = frozenset("shell shells mortar mortars bomb bombs munition munitions".split())


def _fell_on(p: Parse, after: int) -> bool:
    """Whether a "when" clause after token ``after`` tells a thing that fell on someone."""
    tokens = p.tokens
    when = next((k for k in range(after + 1, len(tokens)) if tokens[k].lower == "when"), None)
    if when is None or any(t.lower in _FIRED for t in tokens[when:]):
        return False
    return any(
        tokens[k].lower in _FALLING and tokens[k + 1].lower in _ONTO
        for k in range(when + 2, len(tokens) - 1)
    )


def _gave_way_before(p: Parse, at: int) -> bool:
    """Whether a main clause before the harm at ``at`` tells a thing that fell on someone or
    gave way ("A steel beam fell on four workers, killing them", "A dam gave way, killing
    30"): the harm is that mishap's (WordNet 3.0 give way v. 'break down, literally or
    metaphorically')."""
    tokens = p.tokens
    for k in range(min(at, len(tokens) - 1)):
        word, nxt = tokens[k].lower, tokens[k + 1].lower
        if (word in _FALLING and nxt in _ONTO) or (word in ("gave", "gives") and nxt == "way"):
            return not any(t.lower in _FIRED for t in tokens[:at])
    return False


# prepositions that open a subject's postmodifier ("the fire at the factory")
_POSTMODIFIERS = frozenset("at in on of during near off aboard inside outside from with".split())
# what brings a craft down on purpose ("a drone hit", "was shot down"): the harm is an attack's
_STRUCK = frozenset("missile rocket drone airstrike shoot shot downed arson arsonist shell".split())


@cache
def _armed() -> frozenset[str]:
    """What names a weapon, an attack or an armed actor in a sentence: then its harm or its
    damage is an actor's force, no mishap (classes.csv ATTACK, ARMED; ``_WEAPONS``;
    ``_STRUCK``)."""
    return word_class("ATTACK") | word_class("ARMED") | _WEAPONS | _STRUCK


# CAMEO 1.1b3 §171 seize or damage property, §1712 destroy property: an actor's coercion
_PROPERTY = "171"


def ruined_by_mishap(p: Parse, m: Match, code: str) -> bool:
    """Is the property trigger ``m`` (CAMEO ``code`` §171x) an agentless passive whose "in" or
    "by" phrase right after it names a fire, an accident or a hazard ("Thousands of homes were
    destroyed in the fire", "were damaged by the storm")? Then the damage is the mishap's, no
    actor's coercion (CAMEO 1.1b3 §17 codes an actor's act; EM-DAT counts such losses under
    the disaster). The nouns are ``classes.csv`` ACCIDENT and HAZARD_CAUSE. False when a
    weapon, an attack or an armed actor is named in the sentence ("destroyed in the fire the
    gunmen set")."""
    tokens = p.tokens
    if not code.startswith(_PROPERTY) or m.first == 0 or "VBN" not in tokens[m.last].tags:
        return False
    if not any(tokens[k].keys & {"be"} for k in range(max(0, m.first - 2), m.first)):
        return False
    if cause_phrase(p, m.last + 1) is None:
        return False
    return not any(t.keys & _armed() for t in tokens)
