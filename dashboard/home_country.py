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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.analysis import TextAnalysis

HOME_RATIO = 2  # the home country is named this many times as often as any other


def home_country(analysis: TextAnalysis) -> str | None:
    """ISO 3166-1 alpha-2 code of the article's country, or None when no one country leads.

    >>> from dashboard.analysis import TextAnalysis
    >>> home_country(TextAnalysis("No places.", None, (), (), ()))
    """
    line = analysis.dateline
    if line is not None and line.place is not None and line.place.country_code:
        return line.place.country_code.upper()
    counts: dict[str, int] = {}
    for m in analysis.mentions:
        code = m.place.country_code if m.place is not None else None
        if code:
            counts[code.upper()] = counts.get(code.upper(), 0) + 1
    for c in analysis.countries:
        counts[c.code.upper()] = counts.get(c.code.upper(), 0) + 1
    if not counts:
        return None
    top = max(counts, key=counts.__getitem__)
    if any(HOME_RATIO * n > counts[top] for key, n in counts.items() if key != top):
        return None
    return top
