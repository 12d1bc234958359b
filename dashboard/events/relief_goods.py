"""Forces or craft sent with relief, or to bring it: "A navy ship arrived in the port with
drinking water for flood victims", "deployed 3,000 soldiers to the flooded region to clear
mud and deliver food".

CAMEO 1.1b3 §073 "provide humanitarian aid" codes what is sent and why, not who carries it
(``recoding._relief_cargo`` reads "carrying tents"); §154 "mobilize or increase armed
forces" is a build-up against an adversary. A "with" phrase naming relief goods (classes.csv
``RELIEF``) and no arms or troops tells the cargo (Quirk et al. 1985 §9.47, "with" of
accompaniment); a purpose infinitive (§15.20) whose verb, or a verb coordinated with it
("to clear mud and deliver food"), is relief work tells the aim: clearing or removing tells
relief only with debris as its object (classes.csv ``DEBRIS``), since "to clear the square"
is no aid. Either reading needs a disaster told in the sentence (a hazard, debris, or the
people it left in need: classes.csv ``HAZARD_CAUSE``, ``DEBRIS``, ``RELIEF_NEED``): "sent
troops to repair the pipeline" or "arrived with food for the garrison" is an army's errand.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

# how far after the match a purpose or a cargo may be told within its clause
_REACH = 16
_CARGO_WORDS = 6


def relief_with(p: Parse, m: Match) -> bool:
    """Does a "with" after the match, in its clause, name relief goods and no arms or troops
    ("arrived in the port with drinking water", not "arrived with tanks and supplies")?"""
    arms = word_class("ARMS") | word_class("TROOPS") | word_class("NON_RELIEF_GEAR")
    if not _disaster_told(p):
        return False
    for k, t in _after(p, m):
        if t.lower != "with":
            continue
        cargo = [u for _, u in _after(p, m, k)][:_CARGO_WORDS]
        cargo = cargo[
            : next(
                (i for i, u in enumerate(cargo) if u.lower in word_class("CARGO_END")), len(cargo)
            )
        ]
        return any(u.keys & word_class("RELIEF") for u in cargo) and not any(
            u.keys & arms for u in cargo
        )
    return False


def relief_purpose(p: Parse, m: Match) -> bool:
    """Does a purpose "to" after the match, in its clause, lead a relief verb, itself or a
    verb coordinated with it ("to clear mud and deliver food", "to remove debris")?"""
    words = [t for _, t in _after(p, m)]
    if not _disaster_told(p):
        return False
    for i, t in enumerate(words[:-1]):
        if t.lower != "to":
            continue
        verbs = [i + 1] + [j + 1 for j in range(i + 1, len(words) - 1) if words[j].lower == "and"]
        if any(_relief_verb(words, j) for j in verbs):
            return True  # "to the flooded region to clear mud": the later "to" is the aim
    return False


def _relief_verb(words: list[Token], j: int) -> bool:
    """Is ``words[j]`` a verb of relief work, or of clearing with debris as its object?"""
    aimed = words[j + 1 : j + 4]
    if any(t.keys & (word_class("ARMS") | word_class("TROOPS")) for t in aimed):
        return False  # "to deliver weapons", "to evacuate soldiers": a military errand
    if words[j].keys & word_class("RELIEF_WORK"):
        return True
    return bool(words[j].keys & word_class("CLEARING")) and any(
        t.keys & word_class("DEBRIS") for t in aimed
    )


def _disaster_told(p: Parse) -> bool:
    """Does the sentence name a hazard, its debris or the people it left in need?"""
    cues = word_class("HAZARD_CAUSE") | word_class("DEBRIS") | word_class("RELIEF_NEED")
    return any(t.keys & cues for t in p.tokens)


def _after(p: Parse, m: Match, start: int | None = None) -> list[tuple[int, Token]]:
    """The tokens after the match (or after index ``start``) up to its clause's end."""
    begin = m.last + 1 if start is None else start + 1
    out: list[tuple[int, Token]] = []
    for k in range(begin, min(len(p.tokens), m.last + 1 + _REACH)):
        if p.tokens[k].boundary:
            break
        out.append((k, p.tokens[k]))
    return out
