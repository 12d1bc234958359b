"""What a source is told to have said "without evidence": "claimed without evidence that the
president had asked him to stage the uprising", "said, without offering proof, that Kyiv had
shelled the plant".

News writing marks a claim the reporter cannot stand behind this way (AP Stylebook, "claim":
use it for assertions that are in doubt; the wire agencies' "without evidence" tells the
reader the claim is unsupported). The reporter then commits to no more than that the source
said it: the act in the claim is at most possible (FactBank 1.0, Saurí and Pustejovsky 2009:
a report predicate commits only its source, PS/U), so its triggers gain ``hypothetical``, as
``verbal.unverified`` does for "unconfirmed reports". The saying itself stays as told.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.events.lexicon import load, word_class
from dashboard.events.tokens import Token
from dashboard.events.trigger import Trigger

# words between "without" and the evidence noun: "without offering any proof"
_OFFERING = frozenset(
    "offering offer providing provide giving give citing cite presenting any".split()
)
SAID_BEFORE = 3  # tokens from the reporting verb to "without" ("claimed, without evidence")


def unsupported(tokens: list[Token], found: list[Trigger]) -> list[Trigger]:
    """``found`` with the triggers after "<reporting verb> without [offering] evidence" made
    ``hypothetical`` and the disclaimer's own words ("offering") dropped; unchanged when no reporting verb stands just before "without" ("was
    held without evidence of a crime": the holding is told as done)."""
    evidence = word_class("EVIDENCE")
    said = load().words("report") | word_class("CLAIM")
    for i, t in enumerate(tokens):
        if t.lower != "without":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].lower in _OFFERING:
            j += 1
        if j >= len(tokens) or not tokens[j].keys & evidence:
            continue
        before = tokens[max(0, i - SAID_BEFORE) : i]
        if not any(b.keys & said for b in before if not b.boundary):
            continue
        # "without offering evidence": the evidence is presented (WordNet 3.0 offer v. 4,
        # provide v. 1), no offer of cooperation nor shared intelligence, so no act
        found = [x for x in found if not t.start <= x.start < tokens[j].end]
        cut = tokens[j].end
        return [
            replace(x, flags=tuple(sorted({*x.flags, "hypothetical"}))) if x.start >= cut else x
            for x in found
        ]
    return found
