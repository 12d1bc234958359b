"""An act of force owned by a named side in the genitive ("Russia's strikes on the grid",
"Iran's drone strikes", "Russia's shelling of the city"): the possessor is the agent of the
deverbal noun (Quirk et al. 1985, 17.41, the subjective genitive), and a definite noun
phrase presupposes its referent, so the act happened, whatever a copula then says of it
("… were illegal", "… was a war crime"). CAMEO 1.1b3 §18-20 codes the act by that side."""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token, tokenize, verb_forms

GENITIVE = frozenset({"'s", "’s", "'", "’"})
# force roots (CAMEO 1.1b3 §18 assault, §19 fight, §20 mass violence)
_FORCE = ("18", "19", "20")


def side_genitive_before(tokens: list[Token], first: int) -> bool:
    """Whether a capitalised name in the genitive stands right before token ``first``
    ("Russia's", "the Kremlin's"), not a day or a month ("Tuesday's": a date, not a side)."""
    if first < 2 or tokens[first - 1].lower not in GENITIVE:
        return False
    owner = tokens[first - 2]
    return owner.text[:1].isupper() and owner.lower not in WEEKDAYS and owner.lower not in MONTHS


def possessed_force(tokens: list[Token], m: Match) -> bool:
    """Whether ``m`` is a noun of force owned by a named side in the genitive, the subject of
    what follows ("Iran's drone strikes were illegal"): a happening, not only a judgement."""
    code = m.rule.code
    return m.rule.kind == "N" and code.startswith(_FORCE) and side_genitive_before(tokens, m.first)


# what stands between a person named by nationality and the act they suffered: "a Nigerian
# police officer died in an attack", "a Thai soldier lost a leg to a landmine". CAMEO 1.1b3
# (actor coding): the source does the act and the one it was done to is its target, so the
# subject of "died in" or "lost ... to" is a victim (ACE 2005 Life:Die, the Victim argument)
VICTIM_OF = re.compile(
    r"\b(?:died|dies|perished|(?:was|were)\s+(?:killed|wounded|injured|hurt|harmed|maimed)|"
    r"lost\s+(?:a|an|his|her|their|both)\s+[a-z]+)\s+(?:in|to|during|from)\s+"
    r"(?:an?\s+|the\s+|(?:last\s+)?(?:night|week|weekend|yesterday|today|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a genitive of time right before a name: "last night's Iranian attack", "Sunday's Israeli
# strike". It stands in the determiner's place (Quirk et al. 1985, 5.115) and names when,
# never who owns the act (17.42, the temporal genitive), so the name after it is the act's
# side as after "the", not a thing a possessor holds
TIME_GENITIVE = re.compile(
    r"\b(?:(?:last|this|the)\s+)?(?:night|week|weekend|yesterday|today|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+$",
    re.IGNORECASE,
)
# a determiner before a demonym: "the Iranian", "an Israeli", "this Russian", or a genitive of
# time in its place
_DETERMINER = re.compile(
    rf"\b(?:the|an?|this|that|its|their)\s+$|{TIME_GENITIVE.pattern}", re.IGNORECASE
)


_GENITIVE_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
# a country's genitive before a force noun after a passive ("were wounded in Russia's drone
# attack"): the attack's subjective genitive, its doer, not a place "in" Russia
GENITIVE_FORCE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:attack|strike|air\s?strike|bombing|shelling|raid|assault|"
    r"offensive|bombardment|barrage)s?\b",
    re.IGNORECASE,
)


def noun_agent(
    text: str, actors: list[Actor], trigger_start: int
) -> tuple[Actor | None, Actor | None]:
    """The agent of a nominal trigger told by a demonym right before it ("the Iranian
    attack", "an Israeli airstrike"), and the victim the clause names before it ("No
    Americans were harmed in the Iranian attack"), each None when not told. The adjective is
    the noun's subject (Quirk et al. 1985, 17.41: the subjective genitive, as "Iran's
    attack"; ACE 2005: an event noun's Attacker is its own argument), never where it was,
    whatever preposition opens the phrase ("in the Iranian attack"). A trigger opening on a
    past-tense verb ("Iran and the UK held talks") is a clause's predicate, not a noun, so an
    abbreviation before it ("the UK") is its subject, no demonym."""
    first = text[trigger_start:].split(maxsplit=1)[:1]
    forms = verb_forms(first[0].lower().strip(".,;:")) if first else None
    if forms is not None and "VBD" in forms[1]:
        return None, None
    agent = next(
        (
            a
            for a in actors
            if a.kind == "country"
            and text[a.start : a.end] != a.name
            and not text[a.end : trigger_start].strip()
            and a.end < trigger_start
            and _DETERMINER.search(text, max(0, a.start - 24), a.start)
        ),
        None,
    ) or next(
        # "in Iran's missile attack", "Russia's drone attack": the genitive itself, with one
        # modifier at most (Quirk et al. 1985, 17.41, the subjective genitive)
        (
            a
            for a in actors
            if a.kind == "country"
            and a.end < trigger_start
            and _GENITIVE_GAP.fullmatch(text, a.end, trigger_start)
        ),
        None,
    )
    if agent is None:
        return None, None
    hurt = (
        a for a in actors if a.end <= agent.start and VICTIM_OF.search(text, a.end, agent.start)
    )
    return agent, next(hurt, None)


# "ordered Mayor X jailed", "ordered three Americans jailed": a complex-transitive causative's
# object undergoes the act its participle names, as a passive's subject does (Quirk et al.
# 1985 §16.52), so ``source_target.roles`` reads it as a passive
CAUSATIVE = re.compile(
    r"\b(?:ordered|had|wanted|saw)\s+(?:(?:a|an|the|two|three|four|five|\d+)\s+)?"
    r"(?:(?:[A-Z][\w'-]*|al-\w+|bin|de)\s+){1,6}(?:[a-z]+\s+)?\Z"
)


# a nationality before a vessel, at most two words apart ("a Philippine supply boat", "a
# British-flagged tanker"): the ship's flag state
_FLAG_WORDS = re.compile(r"(?:-flagged|-registered|-owned)?((?:\s+[a-z][\w-]*){1,3})")
# roots that seize or damage property (CAMEO 1.1b3 §171) or board it by force
_PROPERTY = ("17",)


def vessel_flag(
    text: str, code: str, span: tuple[int, int], head_end: int, pool: list[Actor]
) -> Actor | None:
    """The country whose vessel an act of seizure or boarding inside ``span`` (the
    trigger, from its head word's end ``head_end``) is done to: a nationality before the
    vessel's noun ("boarded a Philippine supply boat", "seized a British tanker"), else None.
    CAMEO 1.1b3 §171: the owner of the property seized is the target; a ship's owner is the
    state whose flag it flies (UNCLOS art. 91)."""
    if not code.startswith(_PROPERTY):
        return None
    vessels = word_class("VESSEL")
    for a in pool:
        if a.kind != "country" or not head_end <= a.start < span[1]:
            continue
        words = _FLAG_WORDS.match(text, a.end)
        if words is not None and any(tokenize(w)[0].keys & vessels for w in words.group(1).split()):
            return a
    return None


_TROOPS_AFTER = re.compile(r"\s+([a-z]+)")


def troops_of(text: str, side: Actor | None) -> bool:
    """``side`` is a nationality before its troops, forces or warships ("an attack on US
    troops", "fired at British warships"): a state's forces stand abroad as often as at home,
    so their country is no place of the act (ACLED codes where the event happened).
    The nouns are ``classes.csv`` TROOPS."""
    if side is None or side.start < 0:
        return False
    word = _TROOPS_AFTER.match(text, side.end)
    return word is not None and word[1].rstrip("s") in word_class("TROOPS")
