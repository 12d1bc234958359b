"""Where an international body meets when the story names the body, not a city: a meeting
told "at the UN Security Council", or the body itself meeting ("The UN Security Council will
meet on Thursday"), is held at the body's seat, which its founding text fixes (ACLED codes
an event where it took place; a wire's dateline is where the story was filed, and a member
state's capital is neither).

``data/lexicon/body_seats.csv``: each row names the body as news writes it (its forms joined
by "|"), the seat's gazetteer id, and the text that fixes the seat. A body that often meets
away from its seat (a summit of leaders) is left out.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.events.drafts import _Draft
from dashboard.events.lexicon import DATA
from dashboard.model import Mention
from dashboard.places.gazetteer import load

# CAMEO 1.1b3 ch. 04 (consult: meet, hold talks) and §036 (express intent to meet or
# negotiate): acts of sitting together, held at a venue
_MEETINGS = ("04", "036")
_AT = re.compile(r"\b(?:at|before|to)\s+(?:the\s+)?$", re.IGNORECASE)
_MEET_WORDS = re.compile(r"\b(?:meet|met|meets|meeting|convene[sd]?|session|talks)\b", re.I)


@cache
def _seats() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern of every body's forms (group ``s<row>``), and each row's seat id."""
    with (DATA / "body_seats.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    groups = []
    for i, row in enumerate(rows):
        forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in row["names"].split("|"))
        groups.append(f"(?P<s{i}>(?<![\\w-])(?:{forms})(?![\\w-]))")
    return re.compile("|".join(groups)), tuple(row["seat"] for row in rows)


def body_seat(d: _Draft, text: str) -> tuple[Mention | None, str]:
    """The seat of the international body a meeting (``_MEETINGS``) with no place of its
    own is held at ("will meet at the UN Security Council next month") or that itself meets
    ("The UN Security Council will meet on Thursday"); else (None, "")."""
    code = d.trigger.full or d.trigger.code
    if not code.startswith(_MEETINGS) or not _MEET_WORDS.search(d.trigger.text):
        return None, ""
    lo, hi = d.clause
    pattern, seats = _seats()
    for m in pattern.finditer(text, lo, hi):
        venue = m.start() > d.trigger.start and _AT.search(text, max(lo, m.start() - 12), m.start())
        subject = d.source is not None and m.start() <= d.source.start < m.end()
        if not (venue or subject):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        place = load().get(seats[i])
        if place is None:
            return None, ""
        why = f"no place named; a meeting of the {m.group()} is held at its seat ({place.name})"
        return Mention(m.start(), m.end(), m.group(), place, 1.0, why), why
    return None, ""
