"""A date inside the act a judicial act is done for dates that act, not the judgment.

"The court found the governor guilty of signing decrees in July 2023": July 2023 is when the
decrees were signed; the verdict is of the report's own time. A crime told as the grounds of
a verdict, a charge, a release or a lawsuit ("guilty of", "for", "over") is another
happening with a time of its own (TimeML Annotation Guidelines 1.2.1, §2.2: a TIMEX3 anchors
the event of its own clause, here the gerund's; Huddleston and Pullum 2002, ch. 5 §14: a
noun's or adjective's complements belong to its own phrase). Only a gerund opening the grounds
("of signing", "for killing") makes the date the crime's: with a bare noun ("jailed for
murder on Monday") the date may be the judgment's and is left to it.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import role_words
from dashboard.events.tokens import verb_forms

# CAMEO 1.1b3 judgments of what a person did: §063 judicial cooperation, §0841 release
# persons, §112 accuse, §115 bring lawsuit against, §116 find guilty or liable; not §173
# arrest, which news mostly tells on the day of the act it is for ("police arrested him
# for stealing a car on Saturday": the arrest's day too; the snapshot check showed it)
_JUDICIAL = ("063", "0841", "112", "115", "116")
# what opens the crime told as grounds (``clause_cues.csv``, role crime_grounds)
_GROUNDS = re.compile(rf"\b(?:{role_words('clause_cues.csv', 'crime_grounds')})\s+", re.I)
_BREAK = re.compile(r"[,;:.!?]\s|\s[—–]\s")
_WORD = re.compile(r"[A-Za-z]+")
_REACH = 80  # characters from the grounds' opener to the date: one phrase


def in_charged_act(text: str, main: Trigger, at: int) -> bool:
    """Whether the date phrase starting at ``at`` lies in the grounds of the judicial act
    ``main`` (codes in ``_JUDICIAL``), after a gerund opening them: "found the governor
    guilty of signing decrees in July 2023" -> True for "in July 2023"; "jailed for murder on Monday"
    -> False (no gerund opens the grounds). The grounds open after the trigger starts and run to
    the date within ``_REACH`` characters and one clause."""
    code = main.full or main.code
    if at < main.start or not code.startswith(_JUDICIAL):
        return False
    for m in _GROUNDS.finditer(text, main.start, at):
        between = text[m.end() : at]
        if len(between) > _REACH or _BREAK.search(between):
            continue
        # the gerund opening the grounds, after an adverb at most ("of allegedly taking")
        words = _WORD.findall(between)[:2]
        for w in words:
            forms = verb_forms(w.lower())
            if forms is not None and "VBG" in forms[1] and w[0].islower():
                return True
    return False
