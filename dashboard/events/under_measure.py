"""Sides of a measure a subject is told to be under ("Iran remains under US sanctions",
"Rwanda is under sanctions", "Gaza has been under an Israeli blockade"): the subject
suffers the measure, so it is CAMEO's target, and the imposer is who the phrase names before
the measure's noun, or no one. A reader taking the subject as the source made the sanctioned
state the one that imposed the sanctions (newuser52b: "Rwanda, which backs M23, is under
sanctions" gave §163 Rwanda->None). CAMEO 1.1b3 §163 (impose embargo, boycott or
sanctions) and §191 (impose blockade) code the imposer as source, the one it binds as target.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.actors import Actor

# a form of "be" or "remain" and "under", then the measure's modifiers, right before the trigger
_UNDER = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had)\s+been)\s+"
    r"(?:still\s+|now\s+|already\s+)?under\s+(?:(?:a|an|the)\s+)?(?P<mods>(?:[\w.'’-]+\s+){0,3})$",
    re.IGNORECASE,
)

_ASIDE = re.compile(r",[^,.;]{1,90},\s*$")


def under_measure(
    text: str, trigger_start: int, sides: tuple[Actor | None, Actor | None], actors: Sequence[Actor]
) -> tuple[Actor | None, Actor | None]:
    """(source, target) of a trigger at ``trigger_start`` that names a measure its clause's
    subject is "under" (see the module); ``sides`` unchanged when it is not so told."""
    m = _UNDER.search(text, max(0, trigger_start - 80), trigger_start)
    if m is None:
        return sides
    # the subject stands before an aside set off by commas ("Rwanda, which backs M23, is")
    aside = _ASIDE.search(text, max(0, m.start() - 100), m.start())
    cut = aside.start() if aside is not None else m.start()
    subject = next((a for a in sorted(actors, key=lambda a: -a.end) if a.end <= cut), None)
    if subject is None:
        return sides
    by = next((a for a in actors if m.start("mods") <= a.start < m.end("mods")), None)
    if by is not None and by.name == subject.name:
        by = None
    return by, subject
