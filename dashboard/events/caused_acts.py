"""Acts read where no actor acted, or where the act named is not the one done (fix96).

- Harm whose subject is a natural cause ("An extreme winter has killed 3,000 cattle"):
  weather is no actor, and CAMEO 1.1b3 §18-20 code force used by an actor (EM-DAT counts
  the toll of a hazard, which has no perpetrator).
- An act told as a noun that opens a sentence whose verb is its consequence ("Strikes at
  the port have caused delays"): the sentence tells the consequence; the act is referred
  to, not reported (TimeML: a nominal event is an event only when the text asserts it).
- An act named as what a demand asks for ("demanded the release of two reporters"): the
  demand (CAMEO 1.1b3 §10, §1053 for a release) is the act; nobody released anyone.
- "an arson attack" is property set on fire (CAMEO 1.1b3 §1712 destroy property), not
  conventional military force (§190); "…, in the latest attack in a dispute" names the
  clause's own act again, no second one; "Similar attacks took place" is a generic mention.

The words are data (``data/lexicon/caused_acts.csv``, a source per row).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.lexicon import role_words
from dashboard.events.trigger import WEAK, Trigger

# CAMEO 1.1b3 roots of force: assault (18), fight (19), mass violence (20)
_HARM_ROOTS = ("18", "19", "20")


def _words(role: str) -> str:
    """The cue words of ``role`` in caused_acts.csv (``lexicon.role_words``)."""
    return role_words("caused_acts.csv", role)


@cache
def _natural_subject() -> re.Pattern[str]:
    # the cause right before the verb group: "winter has killed", "the dzud had already killed"
    return re.compile(
        rf"\b(?:{_words('natural_cause')})\s+(?:(?:has|have|had|already|now|so\s+far)\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def _consequence_after() -> re.Pattern[str]:
    # the noun's own "of" phrase may stand between it and the verb ("the blockade of the
    # port has caused")
    return re.compile(
        # not a participle with its agent ("Protests caused by the slow response"): there
        # the noun is what was caused, an act told
        rf"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:{_words('consequence_verb')})\b"
        r"(?!\s+by\b)",
        re.IGNORECASE,
    )


# the noun opens its clause: at most three words (determiner, modifiers) before it
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–]\s*|\s-\s+)(?:[\w'’-]+\s+){0,3}$")
# what stands right before a word of a noun phrase ("the release of", "of jailed leaders",
# "two jailed leaders"): a determiner, "of" or a number, never a subject before a verb
_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|of|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|several|some)|\d)\s+$",
    re.IGNORECASE,
)
# what may stand between a demand and the noun it asks for: the object noun phrase, with
# coordinated nouns before ("the return of tribal land and the release of"), no clause break
_DEMANDED_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,8}$")
# "…, in the latest attack in …": an appositive naming the clause's act again
_RENAMED = re.compile(
    r",\s+in\s+(?:what\s+\w+\s+(?:was\s+)?)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I
)


# a crowd of protesters as the subject: property they burn is a riot (CAMEO 1.1b3 §145
# protest violently, riot), as the §145 row for cars and buildings reads it
# only the new arson row's own verbs: "rioters torched two buses" and "demonstrators destroyed
# the statue" are §1712 by the older rows, as before
_SET_ALIGHT = ("set fire", "set ablaze", "burn")
_CROWD_BEFORE = re.compile(r"\b(?:protesters|demonstrators|rioters|crowds?)\s+(?:\w+\s+)?$", re.I)


def harm_by_nature(sent: str, t: Trigger) -> bool:
    """A force root (§18-20) whose subject, right before the verb, is a natural cause."""
    return t.code in _HARM_ROOTS and _natural_subject().search(sent[: t.start]) is not None


def consequence_only(sent: str, t: Trigger) -> bool:
    """A noun act opening its clause and followed by a verb of consequence ("Road
    blockades have caused shortages")."""
    return (
        _CLAUSE_OPENING.search(sent[: t.start]) is not None
        and _consequence_after().match(sent, t.end) is not None
    )


def demanded_object(sent: str, t: Trigger, trigs: list[Trigger]) -> bool:
    """A noun act (a determiner, "of" or a number before it, or its own "of") named after a
    demand (§10) in the same clause ("demanded the release of two jailed leaders"): what the
    demand asks for, not an act done."""
    if t.code == "10" or not (_DETERMINER.search(sent[: t.start]) or t.text.endswith(" of")):
        return False
    return any(
        d.code == "10"
        and d.end <= t.start
        and _DEMANDED_GAP.fullmatch(sent[d.end : t.start] + " ") is not None
        and not re.search(r"[,;:]", sent[d.end : t.start])
        for d in trigs
    )


def arson_attack(sent: str, t: Trigger) -> bool:
    """A §19 "attack" called an arson attack ("a similar arson attack destroyed")."""
    return (
        t.code == "19"
        and t.text.lower().startswith("attack")
        and re.search(r"\barson\s+$", sent[: t.start], re.IGNORECASE) is not None
    )


def renamed_act(sent: str, t: Trigger, trigs: list[Trigger]) -> bool:
    """An "attack" in a ", in the latest attack" phrase after another act of the clause."""
    return (
        t.text.lower().startswith("attack")
        and _RENAMED.search(sent[: t.start]) is not None
        and any(o.weight > WEAK and o.end <= t.start for o in trigs if o is not t)
    )


def kind_told(sent: str, t: Trigger) -> bool:
    """Plural "attacks" of a kind named before ("Similar attacks took place in the north last
    year", "such attacks"): a generic mention, no countable act (ACE 2005 event guidelines:
    generic events are not tagged as specific ones; CAMEO codes specific acts)."""
    return (
        t.text.lower().startswith("attacks")
        and re.search(r"\b(?:similar|such)\s+$", sent[: t.start], re.IGNORECASE) is not None
    )


def caused_read(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the acts of no actor, the consequences told
    and the acts demanded, with arson recoded (see the module docstring)."""
    kept: list[Trigger] = []
    for t in trigs:
        if t.weight > WEAK and (
            harm_by_nature(sent, t)
            or consequence_only(sent, t)
            or demanded_object(sent, t, trigs)
            or renamed_act(sent, t, trigs)
            or kind_told(sent, t)
        ):
            continue
        if arson_attack(sent, t):
            t = replace(t, code="17", full="1712")
        elif (
            t.full == "1712"
            and t.text.lower().startswith(_SET_ALIGHT)
            and _CROWD_BEFORE.search(sent[: t.start])
        ):
            t = replace(t, code="14", full="145")  # a crowd's burning is a riot (§145)
        kept.append(t)
    return kept
