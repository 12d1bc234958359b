"""What a natural hazard does is its reach, not an actor's force or coercion.

"Giant waves struck the harbour of Apia", "Lava flows destroyed a school": the subject of the verb of force is the hazard's matter (waves, lava, ash,
  mudslides; ``data/lexicon/hazard_reach.csv``, a source per row), so no actor struck or
  destroyed anything. CAMEO 1.1b3 §17 (coerce) and §18-20 (assault, fight, mass violence)
  code the acts of actors; UNDRR's Hazard Information Profiles (2021) name waves, lava flows,
  ash fall and mass movements as the hazards themselves. The trigger is dropped. The
  damage such a hazard leaves, told without a doer, is its loss (``aftermath.disaster_losses``).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import role_words, word_class
from dashboard.events.trigger import Trigger

# CAMEO 1.1b3 roots of material force, and property seized, damaged or destroyed (§171)
_FORCE = ("18", "19", "20")
_PROPERTY = "171"
# where a clause begins: the sentence's start, a comma, a semicolon or a dash, or a
# coordinator or subordinator of time or reason (Quirk et al. 1985 §13.5, §14.12)
_CLAUSE_START = re.compile(
    r"(?:^|[,;:—–]|\b(?:and|but|when|as|after|while|where|before|until|because|then)\b)"
    r"(?P<clause>[^,;:—–]*)$",
    re.IGNORECASE,
)
# what may follow the hazard's noun inside its noun phrase: a measure or a source
# ("Waves of up to ten metres", "ash from the crater", "waves up to 8 m high"); a
# postmodifier is a prepositional phrase or a measure phrase (Quirk et al. 1985 §17.2)
_POSTMODIFIER = re.compile(
    r"(?:\s+(?:of|from|up|to|as|high|tall|deep|some|about|nearly|over|more|than|reaching|"
    r"the|a|an|[\d.,]+|metres?|meters?|feet|foot|ft|m|km|kilometres?|kilometers?|miles?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty))*\s*$",
    re.IGNORECASE,
)


@cache
def _subject() -> re.Pattern[str]:
    """A clause opening on a hazard's matter: an optional determiner, at most two modifiers,
    the noun (``hazard_reach.csv`` role ``matter``), and what may follow it."""
    nouns = role_words("hazard_reach.csv", "matter")
    return re.compile(
        rf"^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b(?P<rest>.*)$",
        re.IGNORECASE,
    )


@cache
def _armed_words() -> frozenset[str]:
    """Attacks and armed actors (``classes.csv`` ATTACK and ARMED): where one is named, a
    doer may be meant ("shells and mud destroyed the village")."""
    return word_class("ATTACK") | word_class("ARMED")


def names_armed(text: str) -> bool:
    """Does ``text`` name an attack or an armed actor (a word or its plural)?"""
    words = {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", text)}
    return bool(words & {w.removesuffix("s") for w in _armed_words()})


def _forceful(t: Trigger) -> bool:
    return t.code in _FORCE or (t.full or "").startswith(_PROPERTY)


def _hazard_subject(sent: str, t: Trigger) -> bool:
    """Is ``t``'s clause's subject, right before it, a hazard's matter?"""
    head = _CLAUSE_START.search(sent[: t.start])
    if head is None:
        return False
    m = _subject().match(head.group("clause"))
    return m is not None and _POSTMODIFIER.fullmatch(m.group("rest")) is not None


def hazard_reach(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the acts of force or property damage whose
    subject is a hazard's matter ("Waves struck the coast"), unless the sentence names an
    attack or an armed actor."""
    if names_armed(sent):
        return trigs
    return [t for t in trigs if not (_forceful(t) and _hazard_subject(sent, t))]
