"""An office holder killed is CAMEO 1.1b3 §186 (assassinate), and the office named as who
killed is no victim.

§186 is "kill a prominent person"; ``cameo.csv`` codes it when the office noun stands next
to the verb ("the mayor was shot dead", "killed a governor"), but a named holder puts the
name between ("Mayor Ana Ruiz of Tepic was shot dead", "Ana Ruiz, the mayor of Tepic, was
shot dead"), past the lexicon's gap or across the apposition's commas. So a killing
(§18 or §19 root, a death told by the verb) whose target is a person titled by an office
of ``classes.csv`` ``HELD_OFFICE`` is recoded §186. The other way round, an office noun
after "by" in the trigger ("was killed by the mayor's bodyguards") names the killer's
side (Quirk et al. 1985, 3.64: the "by" phrase of a passive is its agent), so that span
is no §186 and keeps the plain killing code, §180.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import Gated

if TYPE_CHECKING:  # actors.py reads the apposed names of this module
    from dashboard.events.actors import Actor

# the verb tells a death, not only a shot fired ("was shot" may have wounded)
_DEATH = re.compile(
    r"\b(?:shot\s+dead|shoots?\s+dead|shooting\s+dead|gunned\s+down|guns?\s+down|kill(?:s|ed)?|"
    r"murder(?:s|ed)?|slain|slew|assassinat(?:e|es|ed))\b",
    re.IGNORECASE,
)


@cache
def _offices() -> str:
    return "|".join(sorted(map(re.escape, word_class("HELD_OFFICE")), key=len, reverse=True))


@cache
def _titled_before() -> re.Pattern[str]:
    """An office title right before a name ("Mayor Ana Ruiz")."""
    return re.compile(rf"\b(?:{_offices()})\s+$", re.IGNORECASE)


@cache
def _apposed_after() -> re.Pattern[str]:
    """An office apposition right after a name (", the mayor of", ", a former governor")."""
    return re.compile(rf",\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{_offices()})\b", re.IGNORECASE)


@cache
def _office_agent() -> re.Pattern[str]:
    """ "by" and an office noun, its possessive's thing after ("by the mayor's bodyguards")."""
    return re.compile(
        rf"\bby\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?(?:{_offices()})\b", re.IGNORECASE
    )


def office_holder(text: str, a: Actor) -> bool:
    """Whether person ``a`` is titled by an office before ("Mayor Ana Ruiz") or in an
    apposition after ("Ana Ruiz, the mayor of Tepic")."""
    return a.kind == "person" and (
        _titled_before().search(text, max(0, a.start - 30), a.start) is not None
        or _apposed_after().match(text, a.end) is not None
    )


def killing_code(
    text: str, code: str, trigger: tuple[int, int], target: Actor | None
) -> str | None:
    """The CAMEO code a killing's trigger takes by whom it names, or None to keep ``code``:
    "186" when an office holder (``office_holder``) is the target of a killing told by a
    death verb; "180" when a §186 trigger's office noun follows "by" (the agent's).

    >>> from dashboard.events.actors import Actor
    >>> t = "Mayor Ana Ruiz of Tepic was shot dead."
    >>> killing_code(t, "180", (28, 32), Actor("Ana Ruiz", "person", None, 6, 14))
    '186'
    >>> t = "An attacker was killed by the mayor's bodyguards."
    >>> killing_code(t, "186", (15, 36), None)
    '180'
    """
    start, end = trigger
    if code == "186" and _office_agent().search(text, start, end):
        return "180"
    if code[:2] not in ("18", "19") or code == "186" or target is None:
        return None
    if not _DEATH.search(text, start, min(len(text), end + 8)):
        return None
    return "186" if office_holder(text, target) else None


def office_apposed_names(sentence: str) -> Iterator[tuple[int, str]]:
    """(start, name) of each two- to four-word name set off before an office apposition
    ("Ana Ruiz, the mayor of Tepic"): the name is a person, the apposition's head (Quirk
    et al. 1985, 17.65: an apposition names its head's office).

    >>> list(office_apposed_names("Ana Ruiz, the mayor of Tepic, was shot."))
    [(0, 'Ana Ruiz')]

    The other order names the office first and the holder in the apposition ("Tepic's
    mayor, Ana Ruiz, said", "The governor of Sonora, Ana Ruiz, declared"): the name,
    set off by commas right after the office, is the same person (Quirk et al. 1985, 17.65).

    >>> list(office_apposed_names("Tepic's mayor, Ana Ruiz, said"))
    [(15, 'Ana Ruiz')]
    >>> list(office_apposed_names("The mayor, who was shot, said"))
    []
    """
    for m in _office_name().finditer(sentence):
        yield m.start("name"), m["name"]
    for m in _name_after_office().finditer(sentence):
        yield m.start("name"), m["name"]


@cache
def _name_after_office() -> Gated:
    """An office of a named place, then a two- to four-word name between commas
    ("Tepic's mayor, Ana Ruiz,", "the governor of Sonora, Ana Ruiz,"). Gated by the office
    words, as ``_office_name``."""
    word = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ][a-zà-ÿ'’]*)*"
    place = rf"{word}(?: {word}){{0,2}}(?:\s+(?:region|province|state|oblast|county))?"
    return Gated(
        re.compile(
            rf"(?:{place}['’]s\s+(?:[a-z-]+\s+)?(?:{_offices()})|\b(?:the|The)\s+"
            rf"(?:[a-z-]+\s+)?(?:{_offices()})\s+of\s+{place}),\s+"
            rf"(?P<name>{word}(?: {word}){{1,3}}),"
        )
    )


@cache
def _office_name() -> Gated:
    """A two- to four-word name, then an office apposition ("Ana Ruiz, the mayor of").
    Gated by the office words as written (``prefilter.Gated``): tried on every sentence, its
    name runs are scanned at each capital, while most sentences hold no office noun."""
    word = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ][a-zà-ÿ'’]*)*"
    return Gated(
        re.compile(
            rf"(?<![\w'’-])(?P<name>{word}(?: {word}){{1,3}}),\s+(?:the|a|an)\s+"
            rf"(?:[a-z-]+\s+){{0,2}}(?:{_offices()})\s+of\b"
        )
    )
