"""Whose act a trigger tells: subjects outside politics make no CAMEO event.

CAMEO 1.1b3 §1 codes interactions of political actors, and the actor codebook names their
sectors (government, military, rebels, opposition, business of a named country, ...). A game's
coach, a referee, fans, tourists and commuters hold no sector; a firm named by neither a country
nor a name has no actor code; and a market figure that "fell" is no demand of anyone's. The
lists are ``data/lexicon/domains.csv`` (``lemma,role,source``), roles:

- ``person``: a person of sport or leisure; the clause's subject headed by one makes no event;
- ``business``: a firm or its investors; no verbal, cooperative or posture event (roots other
  than 08 and 17-20) when the subject names no one (no capitalised name);

Either keeps its event when the sentence names a state organ, an office or an armed force of
``classes.csv`` (``ORGAN``, ``OFFICIAL``, ``TROOPS``): "Fans clashed with police" is a riot.
- ``work``: a game, film or book; as the clause's subject it tells what the work shows ("The
  board game simulates a war"), no event;
- ``quantity`` and ``change``: a noun of trade or demand as the subject of a verb of a figure's
  change ("Demand for oil fell") is the economic sense, no event.
"""

from __future__ import annotations

import csv
from functools import cache

from dashboard.events.clause_words import DETERMINERS, Parse
from dashboard.events.lexicon import DATA, Match, word_class
from dashboard.events.sought_aims import seeks_release
from dashboard.events.tokens import Token

# where a subject's head noun phrase ends: "Demand for oil", "Analysts at the central bank"
_HEAD_ENDS = frozenset("of for at in on from with by near after before ,".split())
# numbers and words that open a subject without naming anyone ("The two companies")
_OPENERS = DETERMINERS | frozenset("two three four several many both all".split())


@cache
def roles() -> dict[str, frozenset[str]]:
    """Role ("person", "work", "business", "quantity", "change") -> its lemmas.

    Raises ``ValueError`` for a row whose role is not one of those four."""
    out: dict[str, set[str]] = {
        "person": set(),
        "work": set(),
        "business": set(),
        "quantity": set(),
        "change": set(),
    }
    with (DATA / "domains.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["role"] not in out:
                raise ValueError(f"data/lexicon/domains.csv: unknown role {row['role']!r}")
            out[row["role"]].add(row["lemma"])
    return {k: frozenset(v) for k, v in out.items()}


def _subject(p: Parse, m: Match) -> tuple[list[Token], int]:
    """The tokens before the first verb of the match's clause (after any verb that passed the
    event on), and that verb's index (``m.first`` when the clause has none before it)."""
    start = p.opening(m.first)
    start = max((k + 1 for k in p.passing if start <= k < m.first), default=start)
    verb = min((k for k in p.verbs if start <= k <= m.first), default=m.first)
    return p.tokens[start:verb], verb


def _head(subject: list[Token]) -> Token | None:
    """The subject's head noun: the last word before a preposition or a comma."""
    head = None
    for t in subject:
        if t.lower in _HEAD_ENDS:
            break
        head = t
    return head


def _named(subject: list[Token]) -> bool:
    """Does the subject name an actor: a capitalised word that opens no sentence as a plain
    article or number ("Chinese companies", "Apple"), or a state organ or office?"""
    state = word_class("ORGAN") | word_class("OFFICIAL")
    for i, t in enumerate(subject):
        if t.keys & state:
            return True
        if t.text[:1].isupper() and not (i == 0 and t.lower in _OPENERS):
            return True
    return False


# a firm's seizure or release of property or people is material whoever does it
MATERIAL = ("08", "17", "18", "19", "20")


def outside_politics(
    p: Parse, m: Match, material: bool = False, others: tuple[Match, ...] = ()
) -> bool:
    """The match is an act of no political actor: its clause's subject is a person of sport
    or leisure ("The coach asked his players"), an unnamed firm ("The company held talks";
    not when ``material``: the sentence holds a trigger of ``MATERIAL`` roots, "The company
    offered to release the ship"), or the match is a figure's noun whose verb tells its change
    ("Demand for oil fell"; ``others``, the sentence's other matches, must name no act
    between them)."""
    r = roles()
    # the singular as written: "demands for his resignation grew" are requests
    if m.rule.kind == "N" and p.tokens[m.first].lower in r["quantity"]:
        verb = _next_verb(p, m)
        # "Demand for oil fell"; not "Demand for the release of hostages grew", which names an act
        named_act = verb is not None and any(m.last < o.first < verb for o in others)
        # the release sought is no match of its own (cameo79), but it names the act as well
        named_act = named_act or seeks_release(p.tokens, p.tokens[m.last].end)
        if verb is not None and p.tokens[verb].keys & r["change"] and not named_act:
            return True
    subject, verb = _subject(p, m)
    head = _head(subject)
    if head is None or _passive(p, verb, m.last):
        return False  # "Tourists were kidnapped by gunmen": the subject is the target
    if _state_named(p.tokens):
        return False  # "Fans clashed with police": a party of the state is in the act
    if head.keys & (r["person"] | r["work"]):
        return True
    return bool(head.keys & r["business"]) and not material and not _named(subject)


def _passive(p: Parse, verb: int, last: int) -> bool:
    """A form of "be" before a past participle from the clause's first verb to the match."""
    tokens = p.tokens
    return any(
        "be" in tokens[k].keys and "VBN" in tokens[k + 1].tags
        for k in range(verb, min(last + 1, len(tokens) - 1))
    )


def _state_named(tokens: list[Token]) -> bool:
    """Does the sentence name a state organ, an office or an armed force ("police")?"""
    state = _state_words()
    return any(not t.keys.isdisjoint(state) for t in tokens)


@cache
def _state_words() -> frozenset[str]:
    """classes.csv ``ORGAN``, ``OFFICIAL`` and ``TROOPS`` in one set, joined once: the join
    of a few hundred words was most of ``_state_named``'s cost a sentence (issue 15)."""
    return word_class("ORGAN") | word_class("OFFICIAL") | word_class("TROOPS")


def _next_verb(p: Parse, m: Match) -> int | None:
    """The first verb after the match in its clause: the verb the noun is the subject of."""
    clause = p.clause[m.first]
    for k in range(m.last + 1, len(p.tokens)):
        if p.clause[k] != clause:
            return None
        if k in p.verbs:
            return k
    return None


@cache
def intergovernmental() -> frozenset[str]:
    """The names of ``organisations.csv`` rows of kind ``IGO`` (international organisations
    of states: "ECOWAS", "EU", "NATO"): CAMEO 1.1b3's actor codebook codes them as IGOs,
    bodies whose acts are their member states' acts, not a crowd's."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(r["name"] for r in csv.DictReader(fh) if r["kind"] == "IGO")


@cache
def armed_groups() -> tuple[str, ...]:
    """The names of ``organisations.csv`` rows of kind ``group`` (non-state armed groups:
    "Houthis", "Hamas", "al-Shabaab"), lower case, longest first."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        names = [r["name"].lower() for r in csv.DictReader(fh) if r["kind"] == "group"]
    return tuple(sorted(names, key=len, reverse=True))


def group_subject(p: Parse, m: Match) -> bool:
    """Does the match's clause subject name a non-state armed group ("The Houthis seized")?"""
    subject, _ = _subject(p, m)
    words = " " + " ".join(t.lower for t in subject) + " "
    return any(f" {name} " in words for name in armed_groups())
