"""A state's dotted abbreviation after a capitalised headline word: "Elderly Ill. woman rescued".

AP style abbreviates a state's name with a dot when it follows a town or modifies a noun
("a Calif. man"; AP Stylebook, "state names"), and a headline capitalises every word, so the
abbreviation there stands after a capitalised word: "Elderly Ill. woman", "Retired Mich.
teacher". The recogniser drops a name right after a capitalised word as the tail of a
longer name ("Kerry Kennedy"), which is right for a name but not for an abbreviation that
ends in its dot with a lowercase word after it: a name of two capitalised words does not
break at a dot before a lowercase noun. Only the gazetteer's dotted abbreviations count
(``Gazetteer.dotted``: "Calif.", "Ill.", "Ont."...), read as the state or province they
stand for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.places.gazetteer import Gazetteer
from dashboard.places.recognise import Match


@lru_cache(maxsize=4)
def _pattern(dotted: frozenset[str]) -> re.Pattern[str]:
    """A capitalised word, a space, a dotted abbreviation (capitalised as written), its dot,
    then a space and a lowercase word. Case-sensitive: "ill." is no state."""
    forms = "|".join(sorted((re.escape(k.capitalize()) for k in dotted), key=len, reverse=True))
    return re.compile(rf"(?<![\w.'’-])[A-Z][a-z]+ (?P<abbr>{forms})\.(?= [a-z])")


def headline_states(text: str, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` with each dotted abbreviation after a capitalised word read as its state
    (see the module); a new list only when one is added.

    Raises nothing; a text with no dotted abbreviation comes back as it was."""
    if ". " not in text or not gaz.dotted:
        return matches
    found = [
        (fm.start("abbr"), fm.end("abbr"))
        for fm in _pattern(gaz.dotted).finditer(text)
        if not any(m.start < fm.end("abbr") and fm.start("abbr") < m.end for m in matches)
    ]
    if not found:
        return matches  # the common case
    # a dotted key's first place is the abbreviation's own ("Alta." Alberta; "Alta" a town)
    added = [Match(s, e, gaz.index[text[s:e].lower()][:1]) for s, e in found]
    return sorted([*matches, *added])
