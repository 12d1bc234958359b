"""A measure told in the present as a standing condition: "the former leader is already
barred from running", "the party remains banned", "the activist is serving a sentence".

A participle of result after "be" with "already" or "still", or after "remain" or "stay",
is a statal passive (Quirk et al. 1985 §3.76): it tells the state the act left, in force at
the report's time, not the act itself; a sentence being served is likewise undergone, not
passed. Such a state is no occurrence anchored to the report's day (TimeML 1.2.1), so the
week up to publication, the fallback of an undated act, would be a confident wrong date; the
date reader makes no date claim for it (``date_reckoning``), as for the running situations of
``dates_background``. The words are data: data/lexicon/standing_states.csv, with a source per
row.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import Trigger

_WINDOW = 60  # characters before the trigger: "is already barred", "is serving a ten-year"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The state and holding patterns and the sentence nouns of
    data/lexicon/standing_states.csv. Raises ``ValueError`` naming the file and the row for a
    row whose ``kind`` is none of copula, still, holding, term."""
    raw: dict[str, list[str]] = {"copula": [], "still": [], "holding": [], "term": []}
    for r in sourced_rows("standing_states.csv", "words", "kind"):
        if r["kind"] not in raw:
            # a typo in the kind column would otherwise be a bare KeyError naming no file
            raise ValueError(
                f"data/lexicon/standing_states.csv: row {r!r} has kind {r['kind']!r},"
                f" not one of {', '.join(raw)}"
            )
        raw[r["kind"]].append(r["words"])
    words = {kind: [re.escape(w) for w in ws] for kind, ws in raw.items()}
    still = "|".join(words["still"])
    copula = "|".join(words["copula"])
    # "is already", "are still", "remains", "remains effectively": right before the participle
    state = re.compile(
        rf"\b(?:(?:is|are)\s+(?:{still})|(?:{copula})(?:\s+(?:{still}))?)\s+$", re.IGNORECASE
    )
    # "is serving a ten-year", "are still serving life": the sentence noun's own verb group
    holding = re.compile(
        rf"\b(?:is|are)\s+(?:(?:{still})\s+)?(?:{'|'.join(words['holding'])})\s+[\w\s-]{{0,30}}$",
        re.IGNORECASE,
    )
    return state, holding, frozenset(raw["term"])


def standing_state(text: str, trig: Trigger) -> bool:
    """Whether ``trig`` is a state told in the present: a participle after "is already",
    "remains" ("is already barred"), or a sentence noun after "is serving".

    >>> from dashboard.events.trigger import Trigger
    >>> text = "The party remains banned."
    >>> standing_state(text, Trigger("172", 3, text.index("banned"), 24, "banned"))
    True
    """
    words = trig.text.split()
    if not words:
        return False
    before = text[max(0, trig.start - _WINDOW) : trig.start]
    state, holding, terms = _patterns()
    forms = verb_forms(words[0].lower())
    if forms is not None and "VBN" in forms[1] and state.search(before):
        return True
    return words[-1].lower() in terms and holding.search(before) is not None
