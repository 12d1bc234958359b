"""Where a court's act happens: at the court. "A judge at Leeds Crown Court sentenced X for a
murder in Bradford" and "X was jailed at Leeds Crown Court for killing a man in Bradford" are
sentencings in Leeds; the crime's town, in the "for ..." phrase, is where the crime was, not
the sentencing. ACLED codes an event where it took place; a court named by its town ("Leeds
Crown Court", "the Paris criminal court", "a court in Leeds") sits in that town (GeoNames:
a court is a building, feature code ``CTHSE``, in its populated place). A court named without
a town leaves the place as it was.

So with a town's own office ("Lisbon's mayor declared a holiday", "the city council of Braga
voted"): an office that is the town's (``data/lexicon/town_offices.csv``, a source per row)
acts in its town, so an act of it that names no place of its own is placed there, never at
the place of the story told before (``seat``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import sourced_rows
from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

# the acts a court does in its sitting: sentence, jail, convict, acquit, find guilty
_JUDGED = re.compile(
    r"\b(?:sentenc|jail|imprison|convict|acquit|found\s+(?:\w+\s+)?guilty|clear)", re.I
)
# a court after its town's name ("Leeds Crown Court", "Paris criminal court")
_COURT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:Crown|Magistrates['’]?|District|High|Criminal|Regional|Superior|"
    r"Supreme|Federal|Appeals?|Juvenile|Youth|Military|criminal|district|regional|appeals?|"
    r"military|juvenile)\s+){0,2}(?:Court|court|Tribunal|tribunal)\b"
)
# "a court in Leeds", "a tribunal in Paris"
_COURT_IN_BEFORE = re.compile(r"\b(?:court|tribunal)\s+in\s+$", re.IGNORECASE)


def court_seat(d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The town of the court a court's act (``_JUDGED``) is done at, when its clause names
    the court by its town ("at Leeds Crown Court", "a court in Leeds"); else None.

    Returns (the town's mention, a reason). A town named only in the crime's phrase is not
    the court's and is never read here."""
    if not _JUDGED.search(d.trigger.text):
        return None
    text = ctx.text
    for m in ctx.mentions.within(*d.clause):
        if m.place is None or m.place.kind == "country":
            continue
        if _COURT_AFTER.match(text, m.end) or _COURT_IN_BEFORE.search(
            text, max(0, m.start - 12), m.start
        ):
            why = f"a court's act: where the court named by its town sits ({m.text})"
            return Mention(m.start, m.end, m.text, m.place, m.score, why), why
    return None


@cache
def _office() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A town office after its town's possessive ("'s mayor", "’s city council") and before
    its "of" ("the mayor of ", "the city council of ")."""
    words = sorted((r["word"].strip() for r in sourced_rows("town_offices.csv", "word")), key=len)
    offices = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return (
        re.compile(rf"['’]s?\s+(?:(?:new|former|acting|deputy|then)\s+)?(?:{offices})\b", re.I),
        re.compile(rf"\b(?:{offices})\s+of\s+(?:the\s+)?$", re.IGNORECASE),
    )


def town_office(d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The town whose office is the subject of ``d``'s act, named before the trigger in its
    clause ("Lisbon's mayor declared", "the mayor of Lisbon urged"), when the draft names no
    place of its own; else None. Returns (the town's mention, a reason)."""
    if d.location is not None:
        return None
    after, before = _office()
    for m in ctx.mentions.within(d.clause[0], d.trigger.start):
        if m.place is None or m.place.kind != "city":
            continue
        if after.match(ctx.text, m.end) or before.search(ctx.text, max(0, m.start - 40), m.start):
            why = f"a town office's act: done in its town ({m.text})"
            return Mention(m.start, m.end, m.text, m.place, m.score, why), why
    return None


def seat(d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """``court_seat`` or, failing it, ``town_office``: ``(Mention, reason)`` or None."""
    return court_seat(d, ctx) or town_office(d, ctx)
