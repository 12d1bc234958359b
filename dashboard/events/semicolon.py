"""A clause after a semicolon is a main clause of its own, with its own subject and sides
("Kovac was taken to hospital with a broken jaw; his party said he had been beaten by
police"): who the clause before it names is not a side of the act the clause after tells.
Quirk et al. (1985, 13.1 and appendix III.11): the semicolon joins independent clauses, each
with its own subject and complements, as a coordinator does.
"""

from __future__ import annotations

import re

# a semicolon outside brackets and quotes: what a list item or a quotation holds is no clause
_SEMICOLON = re.compile(r";\s+(?=\S)")


def clause_start(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` opens after the last semicolon in ``text[start:at]``
    that joins two clauses; ``start`` when none does."""
    opened = start
    for m in _SEMICOLON.finditer(text, start, at):
        before = text[start : m.start()]
        if before.count("(") > before.count(")") or before.count('"') % 2:
            continue
        if m.end() < at:  # the clause after it names something before the act: its subject
            opened = m.end()
    return opened
