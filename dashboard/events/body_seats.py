"""Where an international body meets when the story names the body, not a city: a meeting
told "at the UN Security Council", or the body itself meeting ("The UN Security Council will
meet on Thursday"), is held at the body's seat, which its founding text fixes (ACLED codes
an event where it took place; a wire's dateline is where the story was filed, and a member
state's capital is neither).

Each row names the body as news writes it, the seat's gazetteer id, and the text that fixes
the seat. A body that often meets away from its seat (a summit of leaders) is left out.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.drafts import _Draft
from dashboard.model import Mention
from dashboard.places.gazetteer import load

# (names as news writes them, gazetteer id of the seat, source)
_SEATS: tuple[tuple[str, str, str], ...] = (
    (
        r"(?:UN|U\.N\.|United\s+Nations)\s+Security\s+Council",
        "gn:5128581",
        "UN Headquarters Agreement (1947), s. 1: the headquarters district in New York City;"
        " Security Council rules of procedure, rule 5: meetings at the seat of the UN",
    ),
    (
        r"(?:UN|U\.N\.|United\s+Nations)\s+General\s+Assembly",
        "gn:5128581",
        "UN General Assembly rules of procedure, rule 3: sessions at the Headquarters of the"
        " UN (New York City, Headquarters Agreement 1947)",
    ),
    (
        r"(?:UN|U\.N\.|United\s+Nations)\s+Human\s+Rights\s+Council",
        "gn:2660646",
        "UN General Assembly resolution 60/251 (2006), para. 2: the Council is based in Geneva",
    ),
    (
        r"African\s+Union(?:'s)?\s+Peace\s+and\s+Security\s+Council|AU\s+Peace\s+and\s+Security"
        r"\s+Council",
        "gn:344979",
        "Protocol Relating to the Establishment of the Peace and Security Council of the AU"
        " (2002), art. 8(7): meetings at the AU headquarters (Addis Ababa, AU Constitutive Act"
        " art. 24)",
    ),
    (
        r"International\s+Court\s+of\s+Justice|ICJ",
        "gn:2747373",
        "Statute of the International Court of Justice (1945), art. 22: the seat is The Hague",
    ),
    (
        r"IAEA\s+Board\s+of\s+Governors|IAEA\s+board",
        "gn:2761369",
        "IAEA Statute (1956), art. XVI and Headquarters Agreement (1957): the seat is Vienna",
    ),
)

# CAMEO 1.1b3 ch. 04 (consult: meet, hold talks) and §036 (express intent to meet or
# negotiate): acts of sitting together, held at a venue
_MEETINGS = ("04", "036")
_AT = re.compile(r"\b(?:at|before|to)\s+(?:the\s+)?$", re.IGNORECASE)
_MEET_WORDS = re.compile(r"\b(?:meet|met|meets|meeting|convene[sd]?|session|talks)\b", re.I)


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?P<s{i}>(?<![\\w-]){name}(?![\\w-]))" for i, (name, _, _) in enumerate(_SEATS))
    )


def body_seat(d: _Draft, text: str) -> tuple[Mention | None, str]:
    """The seat of the international body a meeting (``_MEETINGS``) with no place of its
    own is held at ("will meet at the UN Security Council next month") or that itself meets
    ("The UN Security Council will meet on Thursday"); else (None, "")."""
    code = d.trigger.full or d.trigger.code
    if not code.startswith(_MEETINGS) or not _MEET_WORDS.search(d.trigger.text):
        return None, ""
    lo, hi = d.clause
    for m in _pattern().finditer(text, lo, hi):
        venue = m.start() > d.trigger.start and _AT.search(text, max(lo, m.start() - 12), m.start())
        subject = d.source is not None and m.start() <= d.source.start < m.end()
        if not (venue or subject):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        place = load().get(_SEATS[i][1])
        if place is None:
            return None, ""
        why = f"no place named; a meeting of the {m.group()} is held at its seat ({place.name})"
        return Mention(m.start(), m.end(), m.group(), place, 1.0, why), why
    return None, ""
