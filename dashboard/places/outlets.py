"""A news outlet's name that holds a country's or a town's name names the outlet, not the
place: "told France 24", "said in an interview with Voice of America".

Wire copy credits what a person said to the outlet that heard it ("Embalo told France
24"). The ACE 2005 entity guidelines tag a news organisation's name ORG as a whole, so
the country word inside it is no GPE mention: not where anything happened, and (read by
the events layer through the places) no side of an act. The outlets are data, with a
source on each row, in ``data/gazetteer/news_outlets.csv``; a newspaper's title ending in
"Times", "Post" or "Daily" is already left out by ``recognise`` (``NEWSPAPER_WORDS``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.recognise import Match
from dashboard.sourced_rows import read_sourced


@lru_cache(maxsize=1)
def _outlet_names() -> re.Pattern[str]:
    """The outlets' names of the data file, longest first, each as a whole, case-sensitive
    (an outlet is written with capitals: "france 24" in running text is no title)."""
    rows = read_sourced(data_dir() / "gazetteer" / "news_outlets.csv", "name")
    names = sorted((r["name"].strip() for r in rows), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")


# An agency's acronym beside "news agency": "the official ABCD news agency", "state news
# agency ABCD". Wire style writes a news agency's short name in capitals (AP Stylebook,
# "acronyms": letters pronounced as a word, all caps for an organisation), and the ACE 2005
# guidelines tag a news organisation ORG as a whole: the acronym is no town of its letters.
_AGENCY_ACRONYM = re.compile(
    r"(?<![\w-])[A-Z]{2,}(?= news agency\b)|(?<=\bnews agency )[A-Z]{2,}(?![\w-])"
)


def outlet_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that name a news outlet of the data file, or an
    agency's acronym in capitals next to "news agency".

    >>> outlet_spans("Embalo told France 24 he was held.")
    [(12, 21)]
    >>> outlet_spans("France sent 24 soldiers.")
    []
    >>> outlet_spans("the state ABCD news agency said")
    [(10, 14)]
    """
    spans = [m.span() for m in _outlet_names().finditer(text)]
    if "news agency" in text:  # the cheap test first
        spans += [m.span() for m in _AGENCY_ACRONYM.finditer(text)]
    return spans


def without_outlets(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the names that lie inside a news outlet's name (see the module):
    "France" in "told France 24" is dropped before resolution, so it backs no namesake
    either; "France" elsewhere in the text stays."""
    spans = outlet_spans(text)
    if not spans:
        return matches  # the common case
    return [m for m in matches if not any(s <= m.start and m.end <= e for s, e in spans)]
