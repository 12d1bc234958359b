"""Which actors named before a trigger may be its CAMEO source: not where a ship was
going, who speaks or perceived it, the countries a cable runs between, an owner, the object of
a nominal act, a host or a place; and the helpers ``roles`` shares (a "by" agent's patient,
"between X and Y", a mediating third party).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.place_cues import BETWEEN_PARTIES, DESTINATION_BEFORE

# a diplomat's host state after "to"/"in" is no place of the act but its target (CAMEO 1.1b3
# §161 and §174: recalling or expelling an envoy reduces relations with the host)
_HOST = re.compile(
    r"\b(?:ambassadors?|envoys?|embassy|embassies|diplomats?|consuls?|consulates?|"
    r"charg[eé] d'affaires)\s+(?:to|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a country joined to a participle of ownership or registry ("the Greek-managed tanker", "a
# Liberia-flagged ship"): who owns, runs or flags what was acted on, never who acted (ACLED
# codebook: a vessel's flag or owner is not an actor of the event)
OWNER_AFTER = re.compile(
    r"[-‐‑](?:flagged|registered|owned|operated|managed|chartered|crewed)\b", re.IGNORECASE
)


# a perception verb whose object is the trigger ("heard artillery fire", "saw heavy
# shelling", "reported hearing gunfire"): its subject is a witness, which ACE 2005 gives no
# argument role in the event perceived (an Attack's Attacker is who carried it out); not
# "observe", which also means to comply ("both sides observed the truce")
_PERCEIVED = re.compile(
    r"\b(?:hear|hears|heard|hearing|see|sees|saw|seen|witness(?:es|ed|ing)?|"
    r"spott(?:ed|ing)|detect(?:s|ed|ing)?|notic(?:e|es|ed|ing)|"
    # an instrument's perception: "seismologists recorded underwater explosions"
    r"record(?:s|ed|ing)?|register(?:s|ed|ing)?)\s+(?:the\s+)?(?:sounds?\s+of\s+)?"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def witnessed_from(text: str, trigger_start: int) -> int:
    """Where the perception verb whose object is the trigger starts ("had heard artillery
    fire"), so that the actors before it are witnesses; -1 when there is none."""
    m = _PERCEIVED.search(text, max(0, trigger_start - 60), trigger_start)
    return m.start() if m else -1


# the agents of a mediating or backing participle or noun, the later of a list too
# ("brokered by Saudi Arabia and the United States", "after mediation by Qatar", "under the
# auspices of Egypt", "rebels backed by Rwanda seized": the backer stands behind the side)
_THIRD_PARTY = re.compile(
    r"\b(?:(?:mediated|brokered|hosted|sponsored|facilitated|convened|arranged|backed|"
    r"supported|armed|funded|financed|trained)\s+by|"
    r"(?:mediation|facilitation|sponsorship|auspices)\s+(?:by|of))\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*|\s+and\s+))*"
    r"(?:the\s+)?$"
)


def _third_party(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """``a`` is the agent of a mediating, hosting or backing participle or noun that is not
    the trigger itself ("talks mediated by Qatar" or "after mediation by Qatar" beside
    "agreed", "rebels backed by Rwanda seized"): CAMEO 1.1b3 §045 codes mediation as the
    mediator's own act, and §07 support as the backer's, so neither is a side of the act."""
    m = _THIRD_PARTY.search(text, max(0, a.start - 90), a.start)
    if m is None:
        return False
    # a backer inside a phrase trigger ("rebels supported by Rwanda seized") is still behind it
    if m.start() == trigger_start:
        return False  # the participle is the act: "the plan was backed by France"
    return m.group().split()[0].lower() in _BACKING or not trigger_start < m.start() < trigger_end


_BACKING = frozenset("backed supported armed funded financed trained".split())


# "the ship, which was sailing from Mombasa to Oman when armed men took it": a voyage's ports
# are where it came from and went, neither side of what befell it (ACLED codebook: a vessel's
# route names no actor)
ROUTE_BEFORE = re.compile(
    r"\b(?:sail(?:s|ed|ing)?|travel(?:s|l?ed|l?ing)|steam(?:ed|ing)|voyage|journey|route|"
    r"en\s+route|on\s+(?:its|their)\s+way)\s+from\s+(?:the\s+)?(?:(?:[\w'-]+\s+){1,3}?to\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _candidates(
    text: str, before: list[Actor], clause: tuple[int, int], trigger_start: int, trigger_end: int
) -> tuple[list[Actor], bool]:
    """The actors of ``before`` that may be the trigger's source, and whether any is a side
    (not only a place or a diplomat's host named before it)."""
    # "a tanker bound for India was seized": where it was going is neither side
    before = [
        a
        for a in before
        if not DESTINATION_BEFORE.search(text, max(0, a.start - 40), a.start)
        and not ROUTE_BEFORE.search(text, max(0, a.start - 60), a.start)
    ]
    # "the Kremlin spokesman said Ukrainian drones attacked": who says it is no side of what
    # is said (ACE 2005: the reporting event is an event of its own)
    told = [a for a in before if not _speaker(text, a, trigger_start)]
    before = told if told else before
    # "its patrols had heard artillery fire": who perceived the act did not do it
    seen = witnessed_from(text, trigger_start)
    before = [a for a in before if not 0 <= a.start < seen]
    # "An Israeli air strike on a house in southern Lebanon killed five": a country named as
    # where ("in …") is no side when another actor stands before the trigger
    # likewise a diplomat's host ("The US ambassador to Japan visited…": the US is the side)
    # the countries "between" which a cable or border runs are never its side ("the cable
    # between Finland and Estonia had been cut": nothing is guessed); those between whom the
    # trigger itself is ("fighting between Sudan's army and the RSF") are its sides
    before = [a for a in before if not _between_other(text, a, trigger_start, trigger_end)]
    owners = [a for a in before if OWNER_AFTER.match(text, a.end)]
    before = [a for a in before if a not in owners]
    # "Venezuela's detention of two American citizens was criticized", "The arrest of Ousmane
    # Sonko ... sparked riots": who a nominal act was done to is no side of the next verb
    done_to = nominal_object(text, clause[0], trigger_start)
    before = [a for a in before if not (done_to <= a.start < trigger_start)]
    # "Gunmen crossed into Togo and attacked": where a mover went is never who acted, even
    # when the subject is no named actor (CAMEO 1.1b3: the source is the verb's subject)
    before = [a for a in before if not _INTO_BEFORE.search(text, max(0, a.start - 30), a.start)]
    sides = [
        a
        for a in before
        if not _PLACE_BEFORE.search(text, max(0, a.start - 30), a.start)
        and not _HOST.search(text, max(0, a.start - 40), a.start)
    ]
    return (sides or before), bool(sides)


# a subject headed by a nominal act done to people or places and its "of" object ("Pakistan's
# expulsion of Afghan refugees", "The arrest of opposition leader X"): ACE 2005 annotates an
# event noun's "of" phrase as its Person/Target argument, so it takes no part in the clause's
# own verb (CAMEO 1.1b3 codes the verb's subject as source)
_NOMINAL_OF = re.compile(
    r"(?:['’]s\s+|\b[Tt]he\s+)(?:[a-z-]+\s+)?(?:arrest|detention|expulsion|deportation|"
    r"extradition|killing|murder|assassination|execution|abduction|kidnapping|seizure|capture|"
    r"jailing|imprisonment|sentencing|torture|shooting|beating|eviction|ouster|annexation|"
    r"invasion|occupation|blockade|bombing|shelling)s?\s+of\s+"
)


def nominal_object(text: str, start: int, trigger_start: int) -> int:
    """Where the "of" object of a nominal act opening the clause before the trigger starts,
    or ``trigger_start`` when there is none."""
    m = _NOMINAL_OF.search(text, start, trigger_start)
    return m.end() if m is not None else trigger_start


def _patient(
    text: str, source: Actor | None, victim: Actor | None, trigger_start: int
) -> Actor | None:
    """What an act with a "by" agent was done to: the victim, else the actor before the
    trigger unless it only speaks of the act ("Greek authorities confirmed the seizure of
    the tanker by the Iranian navy": ACE 2005, the reporting event is an event of its own)."""
    if source is None:
        return victim
    return None if _speaker(text, source, trigger_start) else source


_BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?")
_AND_NEXT = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+and\s+(?:the\s+)?")


def _parties_between(
    text: str, trigger_end: int, clause: tuple[int, int], pool: list[Actor]
) -> tuple[Actor, Actor] | None:
    """The two parties named right after the trigger as "between X and Y" ("the meeting
    between the American and Chinese presidents", "talks between Armenia and Azerbaijan"):
    CAMEO 1.1b3 codes a dyad, the first named as source and the second as target."""
    m = _BETWEEN_AFTER.match(text, trigger_end)
    if m is None:
        return None
    first = next((a for a in pool if a.start == m.end()), None)
    if first is None:
        return None
    for a in pool:
        if first.end < a.start < clause[1] and _AND_NEXT.fullmatch(text, first.end, a.start):
            return (first, a) if a.name != first.name else None
    return None


# what runs "between" two countries and so names no side: a link or a line on the map
_LINKS = frozenset(
    "cable cables pipeline pipelines border borders frontier boundary bridge line road railway "
    "corridor tunnel route link interconnector strait waters".split()
)


def _between_other(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """Is ``a`` named "between" two countries that a link runs between ("the cable between
    Finland and Estonia"), not the parties of an act ("talks between Armenia and
    Azerbaijan", "fighting between the army and the RSF")?"""
    m = BETWEEN_PARTIES.search(text, max(0, a.start - 40), a.start)
    if m is None or trigger_start <= m.start() <= trigger_end + 1:
        return False
    words = text[max(0, m.start() - 30) : m.start()].split()
    return bool(words) and words[-1].lower() in _LINKS


_SPEAKER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|told|announced|claimed|reported|added|"
    r"stated|confirmed|alleged|insisted)\b"
)


def _speaker(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the subject of a reporting verb that stands between it and the trigger
    ("the Kremlin spokesman said Ukrainian drones attacked"), and not the one the reported
    clause's pronoun subject takes up again ("Russia's foreign ministry said it urged")?"""
    m = _SPEAKER_AFTER.match(text, a.end)
    if m is None or m.end() > trigger_start:
        return False
    resumed = _RESUMED.match(text, m.end())
    if resumed is None or resumed.end() > trigger_start:
        return True
    pronoun = resumed["pro"].lower()
    return (pronoun == "it") == (a.kind == "person")


# the reported clause's subject a pronoun ("said on Thursday that it was following..."): it
# takes up the speaker (ACE 2005 coreference: a pronoun is a mention of the entity it refers
# to), so the speaker is the subject, CAMEO's source, of what that clause says it did
_RESUMED = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day|\s+(?:today|yesterday))?,?"
    r"(?:\s+that)?\s+(?P<pro>it|he|she)\b",
    re.IGNORECASE,
)


# "crossed into eastern Chad and attacked": the goal of a motion is a place, no actor (ACE
# 2005 Movement:Transport: Destination is a place argument, distinct from the Agent)
_INTO_BEFORE = re.compile(
    r"\binto\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.IGNORECASE
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|across|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
