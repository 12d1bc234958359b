"""One target struck at a named place ("The United States struck a target in Iran") is a
military target, not a goal met.

``other_senses.csv`` reads a force verb whose object is "target" as a figure of speech ("the
central bank hit its inflation target in June": WordNet 3.0 target n. 1 'a reference point
to shoot at' beside n. 5 'the goal intended to be attained'), and the plural as force
("struck targets in Lebanon"). A single target with no owner or measure before it ("a
target", "a military target") and a place after it ("in Iran", "near Damascus") is a site
struck (WordNet 3.0 target n. 3 'sth or someone that is the object of an attack'; CAMEO 1.1b3
§19 fight, ACLED codes an attack where it struck); a goal is owned ("its target") or
measured ("a sales target"), and a month or a year after it is its deadline, not a place.
The place may be told as an area ("in the area of Sanaa", "near the town of Rafah").
A target named by a state's demonym or an armed group's name ("a Houthi target", "an Iranian
military target") is that side's site struck, placed or not: a goal is owned or measured, and
names no side (WordNet 3.0 target n. 3; CAMEO 1.1b3 §19 names the side attacked).
The striker must be a named actor ("The United States", "Ukraine") or an armed force
(``military_subjects.csv``, ``armed_subjects.csv``): "the archer hit a target in Paris" and
"the company hit a target in Germany" tell of no force.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token
from dashboard.places import gazetteer

_ARTICLE = frozenset({"a", "an"})
_KIND = frozenset({"military", "militant", "terrorist", "strategic", "key"})  # "a military target"
_WHERE = frozenset({"in", "near", "inside", "outside"})
# "in the area of Sanaa", "near the town of Rafah": a place told through the area around it
_AREA = frozenset("area vicinity outskirts town city village region province district".split())
_NO_SUBJECT_WORD = frozenset("the a an its their his her had has have reportedly also".split())


@cache
def _forces() -> frozenset[str]:
    """Armed forces and groups as subjects, one word each ("troops", "army", "gunmen")."""
    rows = [
        *sourced_rows("military_subjects.csv", "noun"),
        *sourced_rows("armed_subjects.csv", "noun"),
    ]
    return frozenset(w for r in rows for w in r["noun"].lower().split())


@cache
def _armed_groups() -> frozenset[str]:
    """One-word names of armed groups (``organisations.csv`` rows of kind ``group``)."""
    rows = sourced_rows("organisations.csv", "name", "kind")
    return frozenset(
        r["name"].lower() for r in rows if r["kind"] == "group" and " " not in r["name"]
    )


def _side_word(t: Token) -> bool:
    """A capitalised word naming a side: a state's demonym ("Iranian") or an armed group
    ("Houthi", "Hamas")."""
    if not t.text[:1].isupper():
        return False
    return t.lower in gazetteer.load().demonyms or t.lower in _armed_groups()


def _place_after(tokens: list[Token], k: int) -> bool:
    """Whether a preposition of place at ``k`` opens a named place ("in Iran", "in the
    area of Sanaa", "near the Gaza Strip"): a capitalised word that is no month or weekday."""
    if k >= len(tokens) or tokens[k].lower not in _WHERE:
        return False
    k += 1
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
        if k + 1 < len(tokens) and tokens[k].lower in _AREA and tokens[k + 1].lower == "of":
            k += 2
    if k >= len(tokens):
        return False
    place = tokens[k]
    return place.text[:1].isupper() and place.lower not in MONTHS and place.lower not in WEEKDAYS


def _striker(subject: list[Token]) -> bool:
    """A named actor (every word capitalised) or an armed force among the subject words."""
    words = [t for t in subject if t.lower not in _NO_SUBJECT_WORD]
    if any(t.lower in _forces() for t in words):
        return True
    return bool(words) and all(t.text[:1].isupper() for t in words)


def placed_target(tokens: list[Token], subject: list[Token], k: int) -> bool:
    """Whether the object opening at ``k`` is "a (military) target" followed by a place (a
    preposition of place and a capitalised word that is no month or weekday), or named by a
    side ("a Houthi (military) target"), struck by ``subject`` (the words before the verb in
    its clause), a named actor or armed force."""
    if k >= len(tokens) or tokens[k].lower not in _ARTICLE or not _striker(subject):
        return False
    k += 1
    sided = k < len(tokens) and _side_word(tokens[k])
    if sided:
        k += 1
    if k < len(tokens) and tokens[k].lower in _KIND:
        k += 1
    if k >= len(tokens) or tokens[k].lower != "target":
        return False
    return sided or _place_after(tokens, k + 1)
