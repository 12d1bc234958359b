"""'The town' of a story when no event was placed there: the town the text named last.

"Kurdish-led forces blamed Ankara for a drone strike near Qamishli. ... the strike hit a
checkpoint outside the town late on Monday": the accusation is placed at its speakers'
country, so no earlier event holds the town, yet the text named it one sentence before. A
definite nominal ("the town") refers back to the latest named entity of its kind (ACE 2005
entity coreference: a nominal mention of a named GPE), and ACLED codes an event to the most
specific place its report supports.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.drafts import _Context, _Draft, _factual
from dashboard.model import Mention

TOWN_REACH = 2  # sentences back the town may have been named in, as ``placing.TOWN_REACH``
_TOWN_KINDS = frozenset({"city"})
# "outside the town", "near the city": ACLED codes an event near a town to that town at geo
# precision 2, as ``where.locate`` does for "near X"
_NEAR_BEFORE = re.compile(r"(?i)\b(?:near|outside|close\s+to|outskirts\s+of)\s+$")


def town_named_before(
    sentence_start: int, the_town: int, ctx: _Context
) -> tuple[Mention | None, str]:
    """The latest town (GeoNames class P, our kind ``city``) named in the TOWN_REACH
    sentences before offset ``sentence_start`` (the start of the sentence whose "the town"
    begins at offset ``the_town``), at geo precision 2 when the words before "the town"
    say "near" or "outside", the dateline aside (where a story was filed
    is read apart, ``finishing``), with the reason; (None, "") when there is none or when
    the latest place named there is not a town ("…in Kharkiv region. The town…": the region
    came last, so which town is meant is not told)."""
    before = [s for s, _ in ctx.analysis.sentences if s < sentence_start][-TOWN_REACH:]
    if not before:
        return None, ""
    named = [
        m
        for m in ctx.mentions.within(before[0], sentence_start)
        if m.place is not None and m is not ctx.analysis.dateline and m.end <= sentence_start
    ]
    if not named or named[-1].place is None or named[-1].place.kind not in _TOWN_KINDS:
        return None, ""
    last, place = named[-1], named[-1].place
    why = f"'the town' (or city) of the story: {last.text}, named before"
    if _NEAR_BEFORE.search(ctx.text, max(0, the_town - 25), the_town):
        place = replace(place, geo_precision=max(2, place.geo_precision))
        why += f"; near it, at geo precision {place.geo_precision}"
    return replace(last, place=place), why


# CAMEO 1.1b3's uses of force (ch. 18 assault, 19 fight, 20 mass violence)
_FORCE = frozenset({"18", "19", "20"})
# the nouns news calls a story's attackers by once it has told of them ("the gunmen", "the
# militants"): CAMEO 1.1b3 §180's irregulars, as the lexicon's 180 rows name them
_ATTACKERS = frozenset(
    "gunman gunmen attacker assailant militant insurgent jihadist bandit terrorist raider "
    "militiaman militiamen".split()
)
# the weapon of an attack told before, and the attack itself named again ("the drone hit an
# apartment block", "the blast also damaged a school"): the same act's instrument or the act
# (ACE 2005 event coreference; its Instrument argument), so its follow-on is where it was
_ATTACK_WORDS = frozenset(
    "drone missile rocket shell bomb grenade projectile munition "
    "strike airstrike attack blast explosion bombing shelling raid".split()
)
# sentences back the attack may have been told in: one more than a town's reach, as a
# story tells the attack, then its toll, then what the attackers did next
ATTACK_REACH = 3
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)\b")


# at most two words ("also", "then", "later") between a weapon or attack noun and the act it
# is the subject of: "The attack came days after the ship was hit" names another act
_JUST_BEFORE = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _attackers_targeted(d: _Draft, text: str) -> list[str]:
    """The story's attackers as the object of a use of force in ``d``'s clause ("launched an
    operation against the attackers", "hunted down the gunmen"): a force's follow-on against
    the attackers of an attack just told, which ACLED codes to that attack's location when the
    report names no other (a place of its own is read before this is asked)."""
    return [
        m.group(1)
        for m in _THE_NOUN.finditer(text, d.trigger.end, max(d.trigger.end, d.clause[1]))
        if m.group(1) in _ATTACKERS or m.group(1).removesuffix("s") in _ATTACKERS
    ]


def _refers_back(m: re.Match[str], text: str, trigger_start: int) -> bool:
    """Is ``m`` ("the gunmen", "the drone") a definite noun phrase for the story's attack or
    attackers: an attacker noun anywhere before the act, or a weapon or attack noun as the
    act's own subject, right before its verb."""
    noun = m.group(1)
    if noun in _ATTACKERS or noun.removesuffix("s") in _ATTACKERS:
        return True
    if noun not in _ATTACK_WORDS and noun.removesuffix("s") not in _ATTACK_WORDS:
        return False
    # a pattern trigger may open on the noun itself ("drone * hit")
    return (
        m.end() >= trigger_start or _JUST_BEFORE.fullmatch(text, m.end(), trigger_start) is not None
    )


def attackers_told_before(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """Where the attack of "the gunmen" (or militants, assailants…) was, for a later use of
    force by them or against them (``_attackers_targeted``), by its weapon ("the drone",
    "the missiles") or by the attack named again ("the blast", "the strike") that names no
    place: the place of the latest factual use of force told in the ATTACK_REACH sentences
    before, when it is finer than a country; else (None, "").

    "Militants stormed a police post in Turbat. Two officers were killed. The militants also
    torched a police vehicle": ACLED codes an attack's follow-on acts to the location of the
    event, and a definite "the militants" refers back to the attackers a story told of (ACE
    2005 entity coreference), so the dateline (where the story was filed) is not their place."""
    if d.trigger.code[:2] not in _FORCE:
        return None, ""
    start = d.evidence[0][0]
    # the subject, up to the trigger: a pattern trigger may open on the noun itself
    # ("militant * torch")
    said = [
        m.group(1)
        for m in _THE_NOUN.finditer(ctx.text, start, max(d.trigger.start, d.trigger.end))
        if m.start() < d.trigger.start and _refers_back(m, ctx.text, d.trigger.start)
    ]
    said += _attackers_targeted(d, ctx.text)
    if not said:
        return None, ""
    for e in reversed(ctx.drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > ATTACK_REACH:
            continue
        place = e.location.place if e.location else None
        if e.trigger.code[:2] not in _FORCE or not _factual(e) or place is None:
            continue
        if place.kind == "country":
            return None, ""  # the attack itself is placed no finer: nothing to add
        return (
            e.location,
            f"'the {said[0]}' of the story: where their attack was told ({place.name})",
        )
    return None, ""


# "visited the state", "across the province": a definite division with no name, as the place
# of the act (a locative word or a visit right before it); "the state media", "the state's
# budget" and "handed to the state" name the government, not a place
_THE_DIVISION = re.compile(
    r"\b(?:visited|toured|in|across|throughout|around)\s+the\s+(?:state|province|region)\b"
    r"(?!\s*(?:['’]s|of|media|news|television|broadcaster|company|firm|government|council|"
    r"assembly|capital|department|agency|secretary|budget|visit))",
    re.IGNORECASE,
)
_DIVISION_KINDS = frozenset({"admin1"})


def division_named_before(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The first-level division named last in the TOWN_REACH sentences before ``d``'s, when
    ``d``'s sentence places its act in "the state" or "the province" and names no place
    ("Floods hit the state of X. The president visited the state"), and the division lies in
    the dateline's or the source's country: a definite nominal refers back to the latest named
    entity of its kind (ACE 2005 entity coreference), and ACLED codes an event to the finest
    place its report supports (geo precision 3 for a region). (None, "") otherwise."""
    s, e = d.evidence[0]
    if _THE_DIVISION.search(ctx.text, s, e) is None:
        return None, ""
    before = [b for b, _ in ctx.analysis.sentences if b < s][-TOWN_REACH:]
    dateline = ctx.analysis.dateline
    named = (
        [
            m
            for m in ctx.mentions.within(before[0], s)
            if m.place is not None and m is not dateline and m.end <= s
        ]
        if before
        else []
    )
    if not named or named[-1].place is None or named[-1].place.kind not in _DIVISION_KINDS:
        return None, ""
    homes = {d.source.country_code if d.source else None}
    homes.add(dateline.place.country_code if dateline and dateline.place else None)
    if named[-1].place.country_code not in homes - {None}:
        return None, ""
    return named[-1], f"'the state' (or province) of the story: {named[-1].text}, named before"
