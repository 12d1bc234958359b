"""An act told as the infinitive after a causative verb of a trailing relative clause:
"…, which led Algeria to recall its envoy on Tuesday" tells the recall as done.

"Lead", "prompt", "force", "compel", "cause" and "drive" with an object and a to-infinitive
are implicative causatives: in the past, "X led Y to do Z" entails that Y did Z (Karttunen
1971, "Implicative verbs", Language 47:2; Nairn, Condoravdi and Karttunen 2006, "Computing
relative polarity for textual inference"). A trailing relative clause tells a proposition of
its own (Quirk et al. 1985, 17.22; ``date_scope._trailing_relative_act``), which the reader
took only from a past verb; the infinitive of such a verb is as done as the verb itself.
"Urged Y to", "asked Y to" are no implicatives: the act asked for is not done (CAMEO 1.1b3
§02 appeal). The verbs are data (``data/lexicon/caused_infinitive.csv``, a source per row).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import role_words

# the causer's object between verb and "to": a name or a short noun phrase ("Algeria",
# "the country's cabinet"), no clause break; "led to calls to recall" has none (a result
# noun, "lead to" as in caused_acts.csv)
_OBJECT_WORDS = 4


@cache
def _caused() -> re.Pattern[str]:
    verbs = role_words("caused_infinitive.csv", "causative")
    return re.compile(
        rf"(?:had\s+)?(?:{verbs})\s+(?P<doer>(?!to\b)(?:[\w'’.-]+\s+){{1,{_OBJECT_WORDS}}})to\s+$",
        re.IGNORECASE,
    )


def caused_infinitive(text: str, opened: int, act: Trigger) -> bool:
    """Whether ``act`` (offsets in ``text``) is the infinitive of an implicative causative
    verb that opens the relative clause right after ``opened`` (the end of its ", which"):
    "which led Algeria to recall" with ``act`` at "recall". Never raises."""
    gap = text[opened : act.start]
    return bool(_caused().fullmatch(gap))


def infinitive_subject(text: str, opened: int, act: Trigger) -> int:
    """Where the clause opened at ``opened`` names ``act``'s doer: the causative verb's object
    when ``act`` is its infinitive ("which led |Algeria to recall": Algeria recalled, the
    doer and no target), else ``opened``. Never raises."""
    m = _caused().fullmatch(text[opened : act.start])
    return opened if m is None else opened + m.start("doer")


def causative(word: str) -> bool:
    """Whether ``word`` is one of caused_infinitive.csv's implicative causatives ("led")."""
    return re.fullmatch(role_words("caused_infinitive.csv", "causative"), word, re.I) is not None
