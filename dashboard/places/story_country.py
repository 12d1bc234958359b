"""The one country an article is about, read from its place record: for calendars.

A holiday name many countries give their own day ("Independence Day") names the day of the
country the story is set in (the ``holidays`` package keeps one calendar per country). The
story's country is the country of its dateline place ("DHAKA, Feb 20 (Wire) -": AP
Stylebook, "datelines": where the story was reported), else the country its resolved places
and named countries point to, counted as the places layer counts a text's focus state
(Amitay et al. 2004, "Web-a-Where", SIGIR: the document's focus from the frequency of its
mentions): named at least once and twice as often as any other. Two countries named as often
leave it unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.analysis import CountryMention
    from dashboard.model import Mention

HOME_RATIO = 2  # the story's country is named this many times as often as any other


def story_country(
    dateline: Mention | None, mentions: Sequence[Mention], countries: Sequence[CountryMention]
) -> str | None:
    """ISO 3166-1 alpha-2 code of the article's country (its ``dateline`` place's, else the
    one its place ``mentions`` and named ``countries`` lead with), or None when no one
    country leads. The geoparser records it once per text (``TextAnalysis.story_country``).

    >>> story_country(None, (), ())
    """
    if dateline is not None and dateline.place is not None and dateline.place.country_code:
        return dateline.place.country_code.upper()
    counts: dict[str, int] = {}
    for m in mentions:
        code = m.place.country_code if m.place is not None else None
        if code:
            counts[code.upper()] = counts.get(code.upper(), 0) + 1
    for c in countries:
        counts[c.code.upper()] = counts.get(c.code.upper(), 0) + 1
    if not counts:
        return None
    top = max(counts, key=counts.__getitem__)
    if any(HOME_RATIO * n > counts[top] for key, n in counts.items() if key != top):
        return None
    return top
