"""A telling's own dates leave out those of a relative clause set off on its subject.

"Chile, which recalled its envoy in 2019, said it would restore ties": the year dates the
recall, an act the non-restrictive relative clause tells of the subject's noun (Quirk et
al. 1985, 17.22: such a clause adds a separate fact), not the saying. The intent told is
dated by its telling (CAMEO 1.1b3 §03: the statement is the event), so with no date of the
saying's own the story or publication dates it, never the aside's year.
"""

from __future__ import annotations

import re

from dashboard.events.dates import DateMention

# ", which recalled its envoy in 2019,": a relative clause between two commas
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()]*,", re.IGNORECASE)


def telling_dates(
    text: str,
    s: int,
    said_start: int,
    dates: list[DateMention],
    spans: list[tuple[int, int]],
    acts: list[tuple[int, int]],
) -> list[DateMention]:
    """The saying's dates: ``dates`` (offsets from the sentence start ``s``; ``spans`` the
    same in ``text``) less the told act's (``acts``) and those inside a comma-set relative
    clause that closes before ``said_start`` (an offset into ``text``).

    Example: in "Chile, which recalled its envoy in 2019, said it would restore ties" the
    year is dropped; in "Chile said on Monday it would restore ties" Monday stays.
    """
    asides = [m.span() for m in _ASIDE.finditer(text, s, said_start)]
    return [
        dm
        for dm, sp in zip(dates, spans, strict=True)
        if sp not in acts and not any(a <= s + dm.start < b for a, b in asides)
    ]
