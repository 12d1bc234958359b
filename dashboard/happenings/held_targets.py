"""Whom an arrest or an expulsion held, however its sentence names them: two persons, two acts.

Two reports of a CAMEO §173 arrest or §174 expulsion in one city on one day meet on every
part of the rule (``held_facts``). When each act's own sentence names the one person it held,
bare ("Lena Sorensen was detained"), after a possessive ("deported the Tribune's Piet Vos") or
after a title, a trade or a nationality ("Danish photographer Lena Sorensen"), and the two
names are two persons (neither's last word is a word of the other), the reports tell two
persons held, so two acts. The rule's sources: event coreference in ACE 2005 (LDC, "ACE
English Annotation Guidelines for Events": two event mentions corefer only when their
arguments, the person arrested among them, are compatible) and ECB+ (Cybulska and Vossen
2014: an event is its action, time, location and participants; two arrests of one day and
city with two participants are two events); ACLED's codebook (2019) codes one event
per pair of actors, location and day, so two persons held are two events.

Kept apart from ``held_facts.held_names`` (a titled name only) and ``identified`` (a name with
its post in apposition): a name told bare by one outlet and with a title by another is still
one person, as the family name is in both ("Mayor Sorensen" and "Lena Sorensen"; a surname
alone is no name here, it needs two words, so "the journalist Sorensen" names no one and never
refuses). A sentence naming two or more persons held, or others beside ("and 30 others"),
names no one: a report naming both persons of two reports leaves them to the other parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from dashboard.happenings.held_facts import (
    HOLDING_CODES,
    NAMED,
    OTHERS,
    bare_name,
    two_identified,
)
from dashboard.happenings.model import Report
from dashboard.happenings.named_dead import NAME, name_patterns

TARGET = "target:"
_Fit = TypeVar("_Fit", bound=tuple[float, int, Any])
# a second person held with the first ("arrested Piet Vos and Danish photographer Lena
# Sorensen", "Piet Vos, Lena Sorensen and ...", "Piet Vos and his driver"): the sentence
# tells several held, so it names no one
_CO_HELD = re.compile(
    rf"(?:\s+and|,)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?{NAME}|\s+and\s+(?:his|her|their)\b"
)


def held_targets(sentences: Iterable[str], code: str) -> frozenset[str]:
    """The one person the act's sentences name as held by an arrest or an expulsion of CAMEO
    code ``code`` (``held_facts.HOLDING_CODES``), as ``TARGET`` facts, casefolded and without a
    possessive before the name; empty for another act, or when they name none or several, or
    tell others held beside (``held_facts.OTHERS``).

    >>> sorted(held_targets(["Police detained Danish photographer Lena Sorensen on Friday."], "173"))
    ['target:lena sorensen']
    >>> sorted(held_targets(["Piet Vos was deported from the capital on Friday."], "174"))
    ['target:piet vos']
    >>> held_targets(["Police arrested Piet Vos and Lena Sorensen at the port."], "173")
    frozenset()
    """
    said = list(sentences)
    if not code.startswith(HOLDING_CODES) or any(OTHERS.search(s) for s in said):
        return frozenset()
    found: set[str] = set()
    for s in said:
        for rx in name_patterns("held_facts.csv", determiner=True):
            for m in rx.finditer(s):
                if _CO_HELD.match(s, m.end(1)):
                    return frozenset()  # several held: the sentence names no one
                found.add(bare_name(m.group(1)))
    return frozenset({TARGET + n for n in found}) if len(found) == 1 else frozenset()


def two_targets(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports each name one person held (``held_targets``), and are they two persons by
    ``held_facts.two_identified``'s test (neither name's last word is a word of the other: a
    title told inside the name, "Mayor Piet Vos", or a reversed order leaves one person)?

    >>> two_targets(frozenset({"target:lena sorensen"}), frozenset({"target:piet vos"}))
    True
    >>> two_targets(frozenset({"target:lena sorensen"}), frozenset({"target:mayor sorensen"}))
    False
    >>> two_targets(frozenset({"target:lena sorensen"}), frozenset())
    False
    """
    return two_identified(_as_named(a), _as_named(b))


def _as_named(facts: frozenset[str]) -> frozenset[str]:
    return frozenset(NAMED + f.removeprefix(TARGET) for f in facts if f.startswith(TARGET))


def unnamed(r: Report) -> bool:
    """Does ``r`` name no one held (no ``TARGET`` fact)? ``grouping`` places a day's reports
    that name the one held first, so that a report naming no one finds each named person's
    happening of its day open and goes with the act of its own code (``held_alike``), not
    with whichever report its event id happened to put first."""
    return not any(f.startswith(TARGET) for f in r.facts)


def held_alike(
    code: str, fits: list[_Fit], members: Callable[[int], Sequence[Report]]
) -> list[_Fit]:
    """Of the happenings an arrest's or an expulsion's report fits (``grouping._best``'s
    ``(score, position, match)`` triples; ``members`` gives a position's reports), those
    holding a report of its own CAMEO code, when any does and another does not. A report
    that names no one ("a reporter was deported") fitting the expulsion of one named person
    and the arrest of another that day tells the act of its own code: CAMEO 1.1b3 codes an
    expulsion (§174) apart from an arrest (§173), and ACE 2005's event coreference joins only
    mentions of one event subtype. Any other report, or no such split, keeps every fit.

    >>> from types import SimpleNamespace
    >>> dep, arr = SimpleNamespace(code="174"), SimpleNamespace(code="173")
    >>> [f[1] for f in held_alike("174", [(0.9, 0, None), (0.9, 1, None)], [[arr], [dep]].__getitem__)]
    [1]
    >>> [f[1] for f in held_alike("190", [(0.9, 0, None), (0.9, 1, None)], [[arr], [dep]].__getitem__)]
    [0, 1]
    """
    if not code.startswith(HOLDING_CODES) or len(fits) < 2:
        return fits
    alike = [f for f in fits if any(m.code == code for m in members(f[1]))]
    return alike if alike else fits
