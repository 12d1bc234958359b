"""Where someone lives is not where an act done to or by them took place.

"Three of the defendants, who live in Canada, were convicted in absentia" names Canada in a
relative clause that postmodifies the subject (Quirk et al. 1985 §17.3, §17.31 for the
reduced "living in"): the clause tells the defendants' home, and the verdict was given where
the court sits. ACLED codes an event where it took place, so the country of that clause must
not become the act's place through the actor-country fallback. The verbs of dwelling are data:
``data/lexicon/residence_verbs.csv`` (a source per row).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows

_REACH = 60  # characters before the place that may hold "who have lived in the"


@cache
def _dwelling() -> re.Pattern[str]:
    """A verb of dwelling and "in" right before a place: "who live in ", "who have lived in
    the ", "living in ", "residing in ". A finite verb needs its relative pronoun (a main
    verb "They live in Canada" is a statement of its own); an -ing participle stands alone."""
    words = sorted(
        re.escape(r["word"].strip().lower()) for r in sourced_rows("residence_verbs.csv", "word")
    )
    finite = "|".join(w for w in words if not w.endswith("ing"))
    reduced = "|".join(w for w in words if w.endswith("ing"))
    return re.compile(
        rf"(?:\b(?:who|that)\s+(?:(?:now|still|also|currently|mostly|all)\s+)?"
        rf"(?:(?:have|has|had)\s+)?(?:{finite})|\b(?:{reduced}))"
        r"\s+(?:\w+\s+)?in\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def named_as_home(text: str, start: int) -> bool:
    """Whether the place named at ``start`` of ``text`` is only where someone lives.

    >>> named_as_home("Two of the accused, who live in Canada, were convicted.", 32)
    True
    >>> named_as_home("Two of the accused were convicted in Canada.", 35)
    False
    """
    if start < 0:
        return False
    return _dwelling().search(text[max(0, start - _REACH) : start]) is not None
