"""A hazard named through its people ("the victims of the earthquake") beside another act,
re-read by its own verb ("the earthquake that shook the north on 28 March").

``hazards.csv`` reads a hazard both by those it struck ("victims of the quake", EM-DAT counts
the affected of one event) and by the verb it did ("the quake that shook ..."); the first
reading, taken first, hides the second where they share the noun. Beside another act the
people's reading names no happening of its own ("survivors of the earthquake protested",
``stories._with_hazards``) and is dropped, and the hazard went with it. The verb's reading
is the hazard's own telling, so it stays: "declared mourning for the victims of the
earthquake that shook the north on 28 March" tells the quake, on its own day, as a relative
clause with a day of its own is read beside a statement (``told_relatives``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dashboard.events import hazards
from dashboard.events.trigger import Trigger

# the people or aftermath a hazard left, as ``hazards.csv`` reads them ("victims of the")
_PEOPLE_OF = re.compile(
    r"(?:survivors|victims|aftermath)\s+(?:of|from)\s+(?:the\s+|an?\s+)?", re.IGNORECASE
)


def own_verb_readings(
    sentence: str,
    found: Sequence[Trigger],
    dropped: Callable[[str], object],
    storms: tuple[str, ...] = (),
    others: Sequence[Trigger] = (),
) -> list[Trigger]:
    """``found`` without the readings whose text ``dropped`` refuses, each of those told by its people
    replaced by the reading of its noun by its own verb, when there is one, the people are
    told after one of ``others`` (the sentence's other triggers: the object of an act, not
    the subject that leads the sentence) and it overlaps none of them (a verb read twice is
    left as it was).

    >>> s = "They mourned the victims of the flood that swept the valley on 3 May."
    >>> act = Trigger("01", 3, 5, 12, "mourned", "018")
    >>> [t.text for t in own_verb_readings(s, hazards.hazard_triggers(s), bool, (), [act])]
    ['flood that swept']
    """
    kept: list[Trigger] = []
    for t in found:
        if not dropped(t.text):
            kept.append(t)
            continue
        people = _PEOPLE_OF.match(t.text)
        if people is None or not any(o.end <= t.start for o in others):
            continue  # "survivors of the quake that shook it protested": they lead, no quake
        noun = t.start + people.end()
        # the people's words blanked, offsets kept: the noun is read as the clause's subject
        blank = sentence[: t.start] + " " * (noun - t.start) + sentence[noun:]
        kept += [
            v
            for v in hazards.hazard_triggers(blank, storms)
            if v.code == t.code
            and v.start == noun
            and v.end > t.end
            and not any(v.start < o.end and o.start < v.end for o in others)
        ]
    return kept
