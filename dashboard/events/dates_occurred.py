"""A happening's own day told in an aside that says only that it happened: "The attack on
the checkpoint, which took place on Saturday, was claimed on Monday", "The blast, which
happened early on Friday, killed four workers, the company said on Sunday", "The attack,
carried out before dawn on Tuesday, killed three soldiers".

A non-restrictive relative clause adds a proposition about its noun (Quirk et al. 1985,
17.22), and the event reader leaves its date to that proposition ("The junta, which seized
power in July 2023, accused…"). But a verb of occurrence ("happen", "occur", "take place",
"break out", "be carried out") names no act of its own: it asserts the noun's event, so
TimeML anchors the noun's event to that date (the clause's EVENT and the nominal are one
instance, IDENTITY). Follow-up reports often give the happening's day this way, and the
telling's day ("said on Sunday", "claimed on Monday") is then not the happening's.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.model import DateRange

# ", which took place on Saturday,", ", which happened early on Friday,", ", carried out
# before dawn on Tuesday,": the aside, set off by commas, whose only verb says it happened
_OCCURRED = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was\s+|were\s+|had\s+)?)?"
    r"(?:happened|occurred|took\s+place|broke\s+out|unfolded|carried\s+out|staged|launched)\b"
    r"(?P<rest>[^,;:()]*),",
    re.IGNORECASE,
)
# what may stand between the noun and its aside: its own "of"/"on"/"at"/"in" phrase
_NOUN_TAIL = re.compile(r"(?:\s+(?:of|on|at|in|near|against|by|off)\s+[^,;]{1,40})?")
# a noun trigger, not a verb: a determiner or a possessive before it
_DETERMINED = re.compile(
    r"(?:^|\b(?:the|a|an|its|their|his|her|this|that|[\w-]+['’]s))\s+$", re.IGNORECASE
)


def occurred_aside(
    text: str, s: int, main: Trigger, dates: list[DateMention], dated: bool
) -> DateRange | None:
    """The day an occurrence aside gives the noun trigger ``main`` ("The attack, which
    took place on Saturday,") or the subject of the verb trigger ``main`` ("The attack,
    carried out before dawn on Tuesday, killed three soldiers": the toll is the attack's),
    or None: no such aside, or it names no single day (a year or a month there may tell when
    a long happening began, not this report's act). A verb ``dated`` by a day of its own
    keeps it ("The talks, which took place on Monday, ended on Thursday")."""
    m = None if dated else _subject_aside(text, s, main)
    if m is None:
        head = text[max(s, main.start - 20) : main.start]
        if main.start > s and not _DETERMINED.search(head):
            return None
        # "the attack on the checkpoint, which…": the trigger may hold the preposition
        last = main.text.split()[-1].lower()
        tail = (_ANY_TAIL if last in _PREPOSITIONS else _NOUN_TAIL).match(text, main.end)
        m = _OCCURRED.match(text, tail.end() if tail else main.end)
    if m is None:
        return None
    inside = [dm for dm in dates if m.start("rest") <= s + dm.start < m.end("rest")]
    if not inside or inside[0].range.precision != 1:
        return None
    r = inside[0].range
    verb = " ".join(text[m.start() + 1 : m.start("rest")].split())
    return DateRange(r.start, r.end, 1, r.text, f"the happening's own day ('{verb}'): {r.reason}")


_PREPOSITIONS = frozenset({"of", "on", "at", "in", "near", "against", "by", "off"})
_ANY_TAIL = re.compile(r"\s+[^,;]{1,40}")
# the sentence's subject: a determined noun phrase up to the aside's comma
_SUBJECT = re.compile(r"\s*(?:the|a|an|its|their|[\w-]+['’]s)\s+[^,;]{1,50}", re.IGNORECASE)


def _subject_aside(text: str, s: int, main: Trigger) -> re.Match[str] | None:
    """The occurrence aside closing the subject right before the verb trigger ``main``."""
    subject = _SUBJECT.match(text, s, main.start)
    m = _OCCURRED.match(text, subject.end(), main.start) if subject else None
    return m if m is not None and not text[m.end() : main.start].strip() else None
