"""An apposition that ranks the act's subject among others of its kind: "Typhoon X, the
strongest storm to hit Asia this year, made landfall in Vietnam". The superlative's
infinitive clause names the set compared over (every storm that hit Asia this year), not
where or when this one struck (Huddleston and Pullum 2002, ch. 13 §4.3: a superlative's
domain is given by its post-head modifier; Quirk et al. 1985 §17.65: a non-restrictive
apposition adds to its head, the clause's own adverbials tell the act), so a place inside it
is no venue of the act (ACLED: where the event happened).
"""

from __future__ import annotations

import re

# ", the strongest storm to hit", ", the most powerful quake to strike", ", the deadliest
# attack to occur": a comma, a superlative (an -est form or most/least and an adjective),
# up to two nouns, and an infinitive, then what the apposition goes on with up to its comma
_SUPERLATIVE_ASIDE = re.compile(
    r",\s+(?:the|its|their)\s+(?:(?:most|least)\s+[a-z-]+|[a-z-]+est|worst|best)\s+"
    r"(?:[a-z-]+\s+){1,2}(?:ever\s+)?to\s+[a-z]+\b[^,;.]*$"
)


def superlative_aside(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` stands inside a superlative apposition set off
    by commas ("Cyclone X, the most powerful storm to strike South Asia this year, made
    landfall": True for South Asia); the apposition must close with a comma after it."""
    if _SUPERLATIVE_ASIDE.search(text, max(0, start - 80), start) is None:
        return False
    return "," in text[start : start + 60].split(".")[0]
