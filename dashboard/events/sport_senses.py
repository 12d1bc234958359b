"""A game's result read as no political act: "Nadal beat Djokovic in straight sets", a
striker who scores, a match's "attack" (``sport_context.csv``); the coder asks these beside
the senses pass (``senses``), unless armed men are named."""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, sport_phrases
from dashboard.events.senses import _ARMED
from dashboard.events.tokens import Token


def _played(tokens: list[Token], m: Match) -> bool:
    """In a game's sentence, force is a result and a "striker" a forward (IFAB Laws of the
    Game): neither is a political act."""
    striker = m.rule.code == "143" and tokens[m.first].lower.startswith("striker")
    return m.rule.code[:2] in ("17", "18", "19", "20") or striker


def _sporting(p: Parse) -> bool:
    """The sentence holds a phrase of ``sport_context.csv`` and names no armed men."""
    words = [t.lower for t in p.tokens]
    starts = _sport_starts()
    for i, w in enumerate(words):
        for phrase in starts.get(w, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return not any(w in _ARMED for w in words)
    return False


@cache
def _sport_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``sport_phrases`` by first word: one dictionary lookup per word of a sentence."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sport_phrases():
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _scored(p: Parse, m: Match) -> bool:
    """A force or coercion verb whose object is followed by a game's score ("beat Liverpool
    2-1", "thrashed Spain 4 - 0 in the final", "beat the Celtics 110-102"): a sporting
    result, no act of a political actor (CAMEO 1.1b3 §1). The score is up to three digits, a
    dash, up to three digits within three tokens of the verb phrase's end, which no date or
    count in news puts there."""
    if m.rule.kind != "V" or m.rule.code[:2] not in ("17", "18", "19", "20"):
        return False
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 4, len(tokens) - 2)):
        a, dash, b = tokens[k].text, tokens[k + 1].text, tokens[k + 2].text
        if dash in ("-", "–") and a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3:
            return True
    return False
