"""A road or rail crash by mishap: "A bus drove into a crowd after its brakes failed, killing
11" is an accident, not violence an actor used (CAMEO 1.1b3 §18-§20 code an actor's force;
ACLED counts no road accidents). The vehicle words and the mishap words are data
(classes.csv ``ROAD_VEHICLE``, ``MISHAP``), each with its source.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import word_class

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
        and any(k & mishap for k in keys)
        and not any(k & armed for k in keys)
    )


# weapons a crash sentence may name that make it an attack after all
_WEAPONS = frozenset("bomb bomber explosive gun gunman gunfire shot knife grenade".split())
