"""People named by what they give ("aid workers", "relief agencies"): the compound tells no
aid when its verb only reports or voices (``says_next``), read by ``senses._modifier``."""

from __future__ import annotations

from dashboard.events.lexicon import load
from dashboard.events.tokens import Token

# people named by what they give ("aid workers", "relief agencies"): their own act is the
# verb's, so when that verb only reports ("Aid workers said water was running out") the
# compound tells no aid; "Aid workers reached the towns" still does
GIVERS = frozenset(
    "worker workers agency agencies official officials group groups charity charities "
    "volunteer volunteers".split()
)
_SAYS_REACH = 6  # words between the compound and its reporting verb ("in the city of Beira")


def says_next(tokens: list[Token], k: int) -> bool:
    """Is the first verb within ``_SAYS_REACH`` words from ``k`` a reporting verb (cues.csv
    ``report``) or one of ``_VOICED``, before any clause mark?"""
    said = load().words("report")
    for tok in tokens[k : k + _SAYS_REACH]:
        if tok.boundary:
            return False
        if tok.tags & {"VBD", "VBZ", "VBP"}:
            return bool(tok.keys & (said | _VOICED))
    return False


# verbs of voicing besides reporting: "Aid groups warned that the toll could rise" is their
# warning (newuser23), no aid given
_VOICED = frozenset({"warn", "urge", "appeal", "fear", "estimate", "caution"})
