"""A verb of signing whose object is "it" standing for an agreement told just before: "The
parliament ratified the pact on Tuesday. The two presidents signed it in Lome last month."

Quirk et al. (1985, 6.15, anaphoric "it"): the pronoun takes the reference of a noun phrase
before it; CAMEO 1.1b3 §057 (sign formal agreement) codes the signing as it would with the
noun written out (cameo.csv's "sign * @AGREEMENT" row). ``pronoun_acts`` reads such an "it"
inside one sentence after a weak verb; a verb of signing is no trigger at all without its
object, and its antecedent is often in the sentence before. Only "it" (one thing; "signed
them" may be players or papers), only as the whole object (an adjunct or the end follows:
"signed it into law" is a bill made law, no agreement between parties), and only when an
agreement noun (classes.csv AGREEMENT) stands in the stretch before, in the same or the
previous sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.cameo import WEAK, Trigger, triggers
from dashboard.events.lexicon import word_class

_SIGNED_IT = re.compile(
    r"\b(?P<verb>signed|ratified|initialled|initialed|sealed|concluded)\s+it"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|last|this|early|late|yesterday|during|with|after|"
    r"before)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
# how far back the antecedent may stand: the sentence before (a wire sentence runs to some
# 200-300 characters)
_BACK = 320
_SIGNING = "057"


def signed_pronouns(text: str, s: int, e: int, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in the sentence ``text[s:e]``) with a §057 trigger
    added for each "signed it" whose "it" stands for an agreement told before.

    >>> # "ratified the pact. The presidents signed it last month": 'signed it' (057)
    """
    sent = text[s:e]
    out = list(trigs)
    for m in _SIGNED_IT.finditer(sent):
        if any(t.start <= m.start() < t.end for t in trigs):
            continue
        noun = _antecedent(text[max(0, s - _BACK) : s + m.start()])
        if noun is None:
            continue
        got = [
            x
            for x in triggers(f"They {m['verb']} the {noun}")
            if x.weight > WEAK and x.start == 5 and (x.full or x.code) == _SIGNING
        ]
        if got:
            span = sent[m.start() : m.end()]
            out.append(replace(got[0], start=m.start(), end=m.end(), text=span))
    return out


def _antecedent(before: str) -> str | None:
    """The last agreement noun in ``before`` ("pact", "treaty"), or None."""
    nouns = word_class("AGREEMENT")
    words = [w for w in _WORD.findall(before.lower()) if w in nouns or w.rstrip("s") in nouns]
    return words[-1].rstrip("s") if words else None
