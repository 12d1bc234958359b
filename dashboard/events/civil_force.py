"""Harm done by people who are no armed force: "A crowd injured ten police officers", "One
man hit the minister's car with a stick", "A police truck killed a student".

The generic §190 row of ``cameo.csv`` reads any "kill", "injure" or "hit" as conventional
military force, but CAMEO 1.1b3 §19 codes force used by a state's armed forces or an armed
group (the actor codebook's MIL, REB, UAF); the subject decides, as it does for a forced
entry (``recoding._crowd_entry``, ``recoding._police_entry``). ACLED's Codebook (2023) sorts
the same harm by who did it: a crowd's violence is a Riot (mob violence), CAMEO §145
"protest violently, riot"; a private person's or the police's harm to civilians is Violence
against civilians, CAMEO §18's root of unconventional violence (§180); only organised armed
sides fighting each other are Battles (§19). A veteran's killing is read by
``former_forces``; police fighting armed men ("Police killed two gunmen") stay §190.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.former_forces import former_forces_subject
from dashboard.events.lexicon import Match, load, sourced_rows, word_class
from dashboard.events.tokens import Token

RIOT = "145"  # CAMEO 1.1b3 §145 protest violently, riot
ASSAULT = "180"  # CAMEO 1.1b3 §180 use unconventional violence
# the generic row's weight: the specific force rows (air strikes, sieges) weigh more
_GENERIC_WEIGHT = 2


def civil_force(p: Parse, m: Match) -> str | None:
    """The code of the §190 match ``m`` when its doer is no armed force: ``"180"`` for a
    veteran (``former_forces_subject``), a private person ("One man had hit the car") or the
    police harming civilians ("A police truck killed a student"); ``"145"`` for a crowd ("A
    crowd injured ten officers"); None when the subject names an armed force or a state, or
    no one ("Troops killed", "Russia hit Kyiv", "Police killed two gunmen")."""
    if former_forces_subject(p, m):
        return ASSAULT
    k = m.first
    if m.rule.kind != "V" or m.rule.weight > _GENERIC_WEIGHT or k not in p.verbs:
        return None
    if _passive(p, k):
        return None  # "officers were injured by the crowd": the subject suffered it
    if any(t.keys & _accidental() for t in p.tokens):
        return None  # "a neighbour accidentally hit her", "injured in a crash": no violence
    subject = _doer_words(p, k)
    if not subject or any(_named(p, t) or t.keys & _armed() for t in subject):
        return None  # "Troops killed", "Israel killed", "Hamas gunmen hit"
    if any(t.keys & word_class("CROWD") for t in subject):
        return RIOT
    if any(t.keys & word_class("HARMING_PERSON") for t in subject):
        return ASSAULT
    if any(t.keys & word_class("POLICE_FORCE") for t in subject):
        harmed = _object(p, m)
        civilians = (
            word_class("ASSAULTED_CIVILIANS")
            | word_class("HARMING_PERSON")
            | word_class("ROAD_USER")
        )
        return ASSAULT if any(t.keys & civilians for t in harmed) else None
    return None


def _passive(p: Parse, k: int) -> bool:
    """Is the verb at ``k`` a passive: after a form of "be", or a bare participle that no
    "have" precedes, as a headline tells it ("Two women hit by car", "Driver injured in
    crash"; Quirk et al. 1985 §3.63, the passive, and its reduced headline form)?"""
    tokens = p.tokens
    if any("be" in t.keys for t in tokens[max(0, k - 3) : k]):
        return True
    if k + 1 < len(tokens) and tokens[k + 1].lower == "by":
        return True
    had = any("have" in t.keys for t in tokens[max(0, k - 3) : k])
    return "VBN" in tokens[k].tags and "VBD" not in tokens[k].tags and not had


def _doer_words(p: Parse, k: int) -> list[Token]:
    """The subject words of the verb at ``k`` (``Parse.subject_words``) after the last full
    verb of another clause or reporting verb (cues.csv ``report``) among them: "Police said
    one man had hit" leaves "one man" (a reporting verb passes the act on to the clause it
    governs); then up to a verb coordinated before it, which shares its subject ("A police
    truck ran over and killed": "A police truck")."""
    words = p.subject_words(k)
    at = {id(t): i for i, t in enumerate(p.tokens)}
    cut = max(
        (
            n + 1
            for n, t in enumerate(words)
            if at[id(t)] in p.verbs
            and t.lower not in AUX
            and (p.clause[at[id(t)]] != p.clause[k] or t.keys & load().words("report"))
        ),
        default=0,
    )
    words = words[cut:]
    # a verb coordinated before it shares the subject told before that verb ("A mob stoned
    # a bus on Monday and wounded four": "A mob", not the first verb's object or date)
    first = next(
        (n for n, t in enumerate(words) if at[id(t)] in p.verbs and t.lower not in AUX),
        len(words),
    )
    if first < len(words) and not any(t.lower in ("and", "or") for t in words[first:]):
        return []  # "suffered a leg wound": no verb coordinated, the noun read as one
    return words[:first]


def _named(p: Parse, t: Token) -> bool:
    """A capitalised word inside the sentence (a state, a group or a person by name): the
    doer is then an actor the force rows read, not a person by description; the sentence's
    first word is capitalised whatever it is."""
    return t is not p.tokens[0] and t.text[:1].isupper()


def _object(p: Parse, m: Match) -> list[Token]:
    """The words after the verb up to a clause boundary or a preposition of place or means
    ("killed a student | near the parliament")."""
    out: list[Token] = []
    for t in p.tokens[m.last + 1 :]:
        if t.boundary or t.lower in word_class("HARM_OBJECT_END"):
            break
        out.append(t)
    return out


@cache
def _accidental() -> frozenset[str]:
    """Words telling harm by accident (classes.csv ``ACCIDENT``, ``MISHAP``, ``ACCIDENTAL``)."""
    return word_class("ACCIDENT") | word_class("MISHAP") | word_class("ACCIDENTAL")


@cache
def _armed() -> frozenset[str]:
    """Armed forces and groups, one word each (``military_subjects.csv``,
    ``armed_subjects.csv``, classes.csv ``ARMED``): their harm is force (§19) or read by
    the force rows of their own (§180 for gunmen)."""
    rows = [
        *sourced_rows("military_subjects.csv", "noun"),
        *sourced_rows("armed_subjects.csv", "noun"),
    ]
    words = {w for r in rows for w in r["noun"].lower().split()} - {"armed", "members", "force"}
    return frozenset(words | word_class("ARMED") | {"soldier", "troop", "force"})
