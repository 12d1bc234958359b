"""Who voices a forecast: onlookers ("analysts said", "according to experts") and the
officials of an international body that is no party to the act ("a U.N. official warned")
foretell another's act; they state no intent or threat of its actor (CAMEO 1.1b3 §03 and
§13 need the source to voice it; ACE 2005 modality Other). newuser49: "If the truce
collapses, M23 will attack Uvira, a U.N. official warned" was an M23 threat (§1384)."""

from __future__ import annotations

import csv
from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import DATA, Lexicon
from dashboard.events.tokens import Token

# a saying's verb for this purpose: the report cues, and the verbs a forecast is told with
_FORETELLING = frozenset({"warn", "predict", "forecast", "caution"})
# the people who speak for a body ("a U.N. official", "EU envoys", "an OSCE monitor")
_SPOKESPEOPLE = frozenset(
    "official spokesman spokeswoman spokesperson envoy diplomat monitor observer "
    "representative mediator".split()
)


def onlookers_say(p: Parse, lex: Lexicon) -> bool:
    """Is every saying in the sentence voiced by onlookers (cues.csv ``onlooker``: "analysts
    said", "said experts", "according to observers") or by an international body's officials
    whose body names no side in the sentence? Their future is a forecast."""
    saying = lex.words("report") | _FORETELLING | {"according"}
    tokens = p.tokens
    says = [i for i, t in enumerate(tokens) if t.keys & saying]
    return bool(says) and all(_onlooker_voice(tokens, i, lex) for i in says)


def _onlooker_voice(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the saying at ``i`` voiced by onlookers: its subject before it ("analysts said"),
    after it when inverted after a comma (", said analysts"), or after "according to"? The
    object of a telling ("told analysts") is a hearer, not the voice."""
    onlooker = lex.words("onlooker")

    def at(j: int) -> bool:
        if not 0 <= j < len(tokens):
            return False
        return bool(tokens[j].keys & onlooker) or _body_official(tokens, j)

    if tokens[i].lower == "according":
        return i + 1 < len(tokens) and tokens[i + 1].lower == "to" and (at(i + 2) or at(i + 3))
    inverted = i > 0 and tokens[i - 1].lower == ","
    return at(i - 1) or (inverted and (at(i + 1) or at(i + 2)))


def _body_official(tokens: list[Token], j: int) -> bool:
    """Is the token at ``j`` a spokesperson of an international body ("a U.N. official")
    whose name stands nowhere else in the sentence, so that the body is no side of the act
    foretold ("The UN will send troops, a UN official said" is the UN's own plan)?"""
    if j < 1 or not tokens[j].keys & _SPOKESPEOPLE:
        return False
    body = tokens[j - 1].lower
    if body not in _bodies():
        return False
    return sum(1 for t in tokens if t.lower == body) == 1


@cache
def _bodies() -> frozenset[str]:
    """The lower-case names of the international bodies (kind IGO) of ``organisations.csv``,
    with the dotted forms news writes ("U.N.", "U.N", "E.U.")."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        names = {r["name"].lower() for r in csv.DictReader(fh) if r["kind"] == "IGO"}
    dotted = {".".join(n) + "." for n in names if n.isalpha() and len(n) <= 4}
    return frozenset(names | dotted)
