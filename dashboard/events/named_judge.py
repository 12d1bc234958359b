"""Who names or judges an act is not its doer: "Serbia's president called the protest weak",
"Trump called the attack very weak". The subject of a verb of naming ("call", "describe",
"term", "brand", "dub", "label") with an event noun as its object judges the act (Huddleston
and Pullum 2002, ch. 4 §5.2: a complex-transitive verb's object and its predicative); the
act itself is someone else's (CAMEO 1.1b3: the source is the subject of the act's own verb),
so the judge is no source of the event noun's card. Joint acts (talks, deals) are left: their
judge is often a party.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# from the judge's end to the judged noun: an optional possessed title ("'s president"), the
# naming verb and the object's determiner and up to two modifiers
_NAMING_BEFORE = re.compile(
    r"(?:['’]s(?:\s+[a-z-]+){1,2})?(?:\s+[a-z]+ly)?\s+(?:called|calls|described|describes|"
    r"termed|terms|branded|brands|dubbed|dubs|labell?ed|labels)\s+(?:the|a|an|this|that|these|"
    r"those|their|its|his|her)\s+(?:[\w-]+\s+){0,2}",
)


# talks, meetings and deals are often judged by a party to them ("The Kremlin called
# Tuesday's talks with Washington constructive": CAMEO 1.1b3 §04 and §05 are joint acts)
_JOINT_ACT = re.compile(
    r"(?:talks|meeting|meetings|negotiations?|summit|visit|deal|agreement|dialogue|call|truce|"
    r"ceasefire|accord)\b",
    re.IGNORECASE,
)


def judge_of(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the subject of a naming verb whose object is the trigger's noun ("Israel
    called the protests irrelevant": Israel, before "the protests")?

    >>> judge_of("Israel called the protests irrelevant", Actor("Israel", "country", "IL", 0, 6), 18)
    True
    """
    if _JOINT_ACT.match(text, trigger_start):
        return False
    return _NAMING_BEFORE.fullmatch(text, a.end, trigger_start) is not None
