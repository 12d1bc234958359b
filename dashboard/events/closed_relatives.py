"""Where a non-restrictive relative clause closes when the main clause goes on past it.

"The embassy asked on Tuesday to see the reporter, who was detained in Perm on Monday, and
said it had no reply": the relative clause is set off by commas on both sides (Quirk et al.
1985, 17.22, a non-restrictive clause is marked off by punctuation in writing), and what
follows the second comma is the main clause's next predicate, joined by a coordinator
(Quirk et al. 1985, 13.46, coordinated predicates share the main subject). The clause's own
act and day stand between the two commas; the words after the second belong to the main
clause, so they give the clause's act no place and no side.

Precision first: only a comma followed by "and" or "but" and a past verb of the main
clause, or a semicolon, closes the clause. Any other comma ("who was held in Lima, Peru, on
Monday") leaves the clause unread, as before: a comma inside a place or a list is no close.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import past_verb

_STOP = re.compile(r"[,;]")
# ", and said ...", ", but refused ...": the next predicate of the main clause
_NEXT_PREDICATE = re.compile(r",\s+(?:and|but)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\b")


def relative_close(text: str, start: int, end: int) -> int | None:
    """The offset where the relative clause opened at ``start`` ends before ``end``: ``end``
    when no comma or semicolon comes first, the offset of a semicolon, or of a comma followed
    by "and"/"but" and a past verb ("…on Monday, and said …"); None for any other comma.

    >>> t = "asked to see Olsen, who was held on Monday, and said Lima was silent."
    >>> t[relative_close(t, 24, len(t)) - 9 : relative_close(t, 24, len(t))]
    'on Monday'
    """
    stop = _STOP.search(text, start, end)
    if stop is None:
        return end
    if stop.group() == ";":
        return stop.start()
    nxt = _NEXT_PREDICATE.match(text, stop.start(), end)
    if nxt is not None and past_verb(nxt["verb"]):
        return stop.start()
    return None
