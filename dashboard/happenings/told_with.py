"""An act named only as a time anchor goes with the act its sentence tells.

"Israel freed 90 prisoners early on Monday, hours after Hamas freed three hostages": the
article reports the prisoners' release; the hostages' release is named to date it (TimeML
1.2.1, a TLINK's anchor: ``store.anchor_acts`` marks such a report, ``Report.anchor``). Such
a report is kept out of the merge (``Report.mergeable``), so it never carries its article into
the anchor's happening; it joins the happening of its sentence's own act instead (of its
family, ``rules.family``, as ``anchor_acts`` marks only those: a happening has one type), so
the article is read as one happening, the one it tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.happenings.model import Report
from dashboard.happenings.rules import family

# the reason a joined anchor's report gives in its happening (``grouping._apply_joins``)
TOLD_WITH = "named only to date its sentence's own act, which it joins"


def told_with(
    reports: Sequence[Report], alone: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(own act, anchor) event id pairs: each anchor report of ``reports`` with the first of its
    sentence's own acts among ``reports`` that is of its family; none for the others, nor for
    one a user split off (``alone``: a correction stands over the rule).

    >>> from datetime import date
    >>> d = date(2025, 1, 20)
    >>> own = Report("e1", "a1", "08", d, d, 1, None)
    >>> anchor = Report("e2", "a1", "08", d, d, 1, None, anchor=("e1",))
    >>> told_with([own, anchor]), told_with([own, anchor], frozenset({"e2"}))
    ([('e1', 'e2')], [])
    >>> other = Report("e3", "a1", "14", d, d, 1, None)
    >>> told_with([other, Report("e4", "a1", "08", d, d, 1, None, anchor=("e3",))])
    []
    """
    by_id = {r.event_id: r for r in reports}
    pairs = []
    for r in reports:
        if r.event_id in alone:
            continue
        fits = [e for e in r.anchor if e in by_id and family(by_id[e].root) == family(r.root)]
        if fits:
            pairs.append((fits[0], r.event_id))
    return pairs
