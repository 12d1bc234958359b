"""Where a statement about an act is: a claim, a denial, a condemnation or an accusation told
with no place of its own ("JNIM claimed responsibility for the attack") is no act in the
dateline city, the city the story was filed from.

- Naming an act the story told before ("the attack", "the bombing"), it takes that act's
  place: ACLED codes an event where it took place, and a claim or a condemnation of an attack
  is told with the attack; the definite noun refers back to the act (ACE 2005 event
  coreference). When that act has no place either, the country (geo precision 3).
- Said by a non-state armed group ("The RSF accused the army"), it was said wherever the group
  is, which the report does not give: a group has no seat in the dateline's capital. Then the
  country, at geo precision 3 (ACLED: the next larger unit the report supports).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.domain import armed_groups
from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import word_class
from dashboard.events.narrative import FORCE_ROOTS

# what a statement is (CAMEO 1.1b3 roots 01 make statement, 02 appeal, 10 demand, 11
# disapprove, 12 reject, 13 threaten): words about an act, said wherever the speaker is
SAYING_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# the material acts a definite "the attack" may refer back to (14-20); of those, a statement
# takes the place of acts of force only (``narrative.FORCE_ROOTS``: 18, 19, 20)
_MATERIAL_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
REACH = 2  # sentences back the act may have been told in, as ``placing.TOWN_REACH``
_THE_NOUN = re.compile(r"\b(?:the|that|this)\s+([a-z]+)\b", re.IGNORECASE)


def _act_nouns() -> frozenset[str]:
    """Nouns that name an attack (classes.csv ATTACK) and its sorts (ATTACK_KINDS)."""
    return word_class("ATTACK") | word_class("ATTACK_KINDS")


def _act_nouns_named(d: _Draft, text: str) -> frozenset[str]:
    """The act nouns ``d``'s statement names with a definite determiner after its trigger
    ("claimed responsibility for the attack": {"attack"}); none unless ``d`` is a statement."""
    code = d.trigger.full or d.trigger.code
    if code[:2] not in SAYING_ROOTS:
        return frozenset()
    nouns = _act_nouns()
    found = (m.group(1).lower() for m in _THE_NOUN.finditer(text, d.trigger.end, d.clause[1]))
    return frozenset(w.removesuffix("s") for w in found if w.removesuffix("s") in nouns)


def act_told_before(d: _Draft, drafts: list[_Draft], text: str) -> _Draft | None:
    """The act ``d``'s statement names ("Gunmen attacked an army post in Djibo… JNIM claimed
    responsibility for the attack"): the latest material act within ``REACH`` sentences
    before ``d``, when its sentence tells it with the same word ("attacked" for "the
    attack", "ambushed" for "the ambush"); else None. The latest act only: "the attack"
    after a ship seized is not an older strike further back (precision first)."""
    nouns = _act_nouns_named(d, text)
    if not nouns:
        return None
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > REACH:
            continue
        if (e.trigger.full or e.trigger.code)[:2] not in _MATERIAL_ROOTS:
            continue
        s, t = e.evidence[0]
        words = re.findall(r"[a-z]+", text[s:t].lower())
        told = any(w.startswith(n) for w in words for n in nouns)
        return e if told and (e.trigger.full or e.trigger.code)[:2] in FORCE_ROOTS else None
    return None


def armed_group_speaks(d: _Draft) -> bool:
    """Whether ``d`` is a statement whose source is a non-state armed group ("The RSF
    accused", "JNIM claimed"): organisations.csv rows of kind ``group``, or an unnamed
    armed group (actor kind ``group``)."""
    code = d.trigger.full or d.trigger.code
    src: Actor | None = d.source
    if src is None or code[:2] not in SAYING_ROOTS:
        return False
    return src.kind == "group" or src.name.lower() in armed_groups()
