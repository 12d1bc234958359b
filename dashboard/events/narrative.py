"""How the sentences of one article tell one story: later mentions of a happening, follow-on
sentences, background, and the dates an event takes when it has none of its own.

Rules (issue 10 item 4, issue 12 items 4-5), each from the way news copy is written:

- A definite noun phrase naming a happening ("the Tuesday bombing", "the attack", "the
  launch") refers back to an earlier event of the same kind: it is evidence, not a new event
  (ACE's event coreference: same type, compatible time).
- A sentence with a continuation cue ("Fighting continued near Kibumba", "Later, ...") or that
  shares a named place or person with an earlier, dated event continues that narrative and
  takes its date, with a reason.
- An event with no date phrase of its own and no narrative is dated to the week up to
  publication (news reports what happened lately), at week precision with ``date_inferred``:
  never the publication day at day precision from the publication date alone.
- Habitual and standing situations ("protests are held every Friday", "attacks are frequent")
  are not events: ACE annotates specific happenings only ("generic" events are left out).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.model import DateRange

# Event nouns a later definite mention uses, by family: the family of codes it can refer to.
FAMILIES: dict[str, frozenset[str]] = {
    "violence": frozenset({"18", "19", "20"}),
    "launch": frozenset({"15"}),
    "protest": frozenset({"14"}),
    "arrest": frozenset({"17"}),
    "talks": frozenset({"04", "05"}),
    "hazard": frozenset(),  # any DIS- type
}
_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "attack attacks bombing bombings blast blasts explosion explosions strike strikes raid "
        "raids assault shooting shootings ambush clash clashes killing killings massacre "
        "offensive shelling airstrike airstrikes incident violence fighting".split(),
        "violence",
    ),
    **dict.fromkeys("launch launches test tests firing barrage drill drills".split(), "launch"),
    **dict.fromkeys("protest protests demonstration demonstrations rally march".split(), "protest"),
    **dict.fromkeys("arrest arrests detention detentions raid".split(), "arrest"),
    **dict.fromkeys("talks meeting visit summit".split(), "talks"),
    **dict.fromkeys(
        "earthquake quake tremor flood floods flooding storm cyclone hurricane typhoon fire "
        "wildfire blaze landslide collision eruption disaster".split(),
        "hazard",
    ),
}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "the attack", "the Tuesday bombing", "Tuesday's blast", "last week's deadly attack"
REFERENCE = re.compile(
    rf"\b(?:the|this|that|these|those|(?:{_WEEKDAY}|yesterday|last week|last month)['’]s)\s+"
    rf"(?:(?:{_WEEKDAY}|deadly|fatal|latest|recent|twin|suicide|car|missile|rocket|weekend|"
    rf"night|morning|bomb|gun|knife|drone|failed|magnitude|strong|powerful|massive|\w+-\w+|"
    rf"[\d.]+)\s+){{0,3}}"
    rf"(?P<noun>{'|'.join(sorted(_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# Sentence openings and verbs that carry a story on ("Fighting continued", "Later, ...").
CONTINUES = re.compile(
    r"\b(?:continu(?:e|ed|es|ing)|resum(?:e|ed|es)|persist(?:ed|s)?|went on|carried on|"
    r"spread|raged|later|afterwards|then|meanwhile|subsequently)\b",
    re.IGNORECASE,
)
# Habitual or standing situations, not one happening.
RECURRING = re.compile(
    r"\b(?:every (?:day|night|week|month|year|weekend|\w+day)|each (?:day|week|month|year)|"
    r"(?:daily|weekly|monthly|annual|yearly) (?:protests?|rall(?:y|ies)|marches|attacks?|drills?)|"
    r"regularly|routinely|frequently|habitually|usually|typically|often|tend to|"
    r"(?:are|is|were|was|have become|has become) (?:common|commonplace|frequent|routine|rare)|"
    r"(?:have|has) (?:long|for (?:years|decades|centuries))|for (?:years|decades|centuries) now)\b",
    re.IGNORECASE,
)
# A bare year right before the trigger noun: "the 1994 genocide", "its 2014 annexation".
BOUND_YEAR = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?:['’]s)?\s+(?:\w+\s+)?$")


def family_of(code: str) -> str | None:
    """The family of an event code, for matching a later reference to it."""
    if code.startswith("DIS-"):
        return "hazard"
    return next((f for f, codes in FAMILIES.items() if code[:2] in codes), None)


def reference(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A definite mention of an earlier happening in ``text[start:end]``: (family, span)."""
    m = REFERENCE.search(text, start, end)
    if m is None:
        return None
    return _NOUNS[m["noun"].lower()], m.start(), m.end()


def is_generic(clause: str) -> bool:
    """A habitual or standing situation rather than one happening."""
    return bool(RECURRING.search(clause))


def bound_year(text: str, trigger_start: int, floor: int) -> DateRange | None:
    """The year written right before a trigger noun ("the 1994 massacre"), as a range."""
    m = BOUND_YEAR.search(text, max(floor, trigger_start - 24), trigger_start)
    if m is None:
        return None
    y = int(m["year"])
    return DateRange(
        date(y, 1, 1), date(y, 12, 31), 4, m["year"], f"year {y} before the event noun"
    )


def inferred_range(pub: date, planned: bool) -> DateRange:
    """No date phrase and no narrative: the week up to publication (or from it, if planned)."""
    if planned:
        start, end = pub, pub + timedelta(days=6)
        why = f"no date phrase and no narrative date; planned, so the week from publication ({pub})"
    else:
        start, end = pub - timedelta(days=6), pub
        why = (
            f"no date phrase and no narrative date; inferred as the week up to publication ({pub})"
        )
    return DateRange(start, end, 2, None, why)


def narrative_range(base: DateRange, evidence: str) -> DateRange:
    """The date of the narrative an event continues, with a reason naming it."""
    words = evidence.split()
    quote = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    why = f"no date phrase of its own: continues the narrative of '{quote}' ({base.reason})"
    return DateRange(base.start, base.end, base.precision, None, why)


# Time told from the story's own last date, not from publication (issue 12, item 4).
LATER = re.compile(
    r"\b(?:(?P<num>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier|afterwards|after that|"
    r"before that)|the\s+(?P<which>next|following|previous)\s+(?P<unit2>day|morning|afternoon|"
    r"evening|night|week|month|year)|the\s+day\s+(?P<dir2>before|after)|"
    r"(?P<part>later|earlier)\s+that\s+(?P<unit3>day|week|month|year))\b",
    re.IGNORECASE,
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}  # fmt: skip


def later_range(base: DateRange, m: re.Match[str]) -> DateRange:
    """The range ``m`` ("two days later", "the next morning", "later that year") names,
    counted from the narrative's date ``base``."""
    phrase = " ".join(m.group().split())
    if m["num"]:
        n = int(m["num"]) if m["num"].isdigit() else _COUNT[m["num"].lower()]
        sign = -1 if m["dir"].lower() in ("earlier", "before that") else 1
        return _moved(base, m["unit"].lower().rstrip("s"), sign * n, phrase)
    if m["which"] or m["dir2"]:
        back = (m["which"] or "").lower() == "previous" or (m["dir2"] or "").lower() == "before"
        unit = (m["unit2"] or "day").lower()
        unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
        return _moved(base, unit, -1 if back else 1, phrase)
    unit, part = m["unit3"].lower(), m["part"].lower()
    if unit == "day":
        return _moved(base, "day", 0, phrase)
    span = _moved(base, unit, 0, phrase)
    start, end = (base.start, span.end) if part == "later" else (span.start, base.end)
    return DateRange(start, end, _precision(start, end), phrase, span.reason)


def _moved(base: DateRange, unit: str, n: int, phrase: str) -> DateRange:
    if unit == "day":
        start, end = base.start + timedelta(days=n), base.end + timedelta(days=n)
    elif unit == "week":
        monday = base.start - timedelta(days=base.start.weekday()) + timedelta(weeks=n)
        start, end = monday, monday + timedelta(days=6)
    elif unit == "month":
        y, mo = divmod(base.start.year * 12 + base.start.month - 1 + n, 12)
        start = date(y, mo + 1, 1)
        end = date(y + (mo + 1) // 12, (mo + 1) % 12 + 1, 1) - timedelta(days=1)
    else:
        start, end = date(base.start.year + n, 1, 1), date(base.start.year + n, 12, 31)
    why = f"'{phrase}' counted from the narrative's date ({base.start.isoformat()}: {base.reason})"
    return DateRange(start, end, _precision(start, end), phrase, why)


def _precision(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3 if days <= 31 else 4
