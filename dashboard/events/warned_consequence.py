"""A warning about what an act will bring about ("Beijing warned that the exercises could
threaten regional stability", "Seoul warned that the drills would raise tensions"): the act is
the clause's subject, named as what the warning is about, and the predicate a harm to a good
(classes.csv ``CONSEQUENCE``). The warner neither stages the act nor threatens one of its own
(CAMEO 1.1b3 §13 needs the source to say it will act); the words are a pessimistic comment
(§012), told from the warning on.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.events.clause_words import _ADVERBS, AUX, Parse
from dashboard.events.lexicon import word_class
from dashboard.events.modal_scope import warned_predicate
from dashboard.events.trigger import Trigger


def as_comment(text: str, p: Parse, found: list[Trigger]) -> list[Trigger]:
    """``found`` (triggers of sentence ``text``) with each trigger that opens at a warning ("warned that …") or lies in its
    clause's subject, when that clause's predicate is a consequence verb with no trigger of
    its own, made the warner's comment: §012 spanning the warning to the trigger's end, with
    no modal flag (the comment is made, not supposed)."""
    tokens = p.tokens
    out = list(found)
    for w, t in enumerate(tokens):
        if "warn" not in t.keys:
            continue  # ``warned_predicate``'s first test, without a call a token (issue 15)
        pred = warned_predicate(p, w)
        if pred is None:
            continue
        verb = pred
        while verb < len(tokens) and (tokens[verb].lower in AUX or tokens[verb].lower in _ADVERBS):
            verb += 1
        if verb >= len(tokens) or not tokens[verb].keys & word_class("CONSEQUENCE"):
            continue
        lo, hi = t.start, tokens[pred].start
        if any(hi <= f.start < tokens[verb].end for f in found):
            continue  # the predicate is an act of its own ("would be shot")
        # "could widen into a regional war": what the act may grow into, supposed in the
        # consequence's own clause, is the same warned outcome, not an act of its own
        tail = next((k for k in range(verb + 1, len(tokens)) if tokens[k].boundary), len(tokens))
        hi_tail = tokens[tail - 1].end if tail > verb + 1 else tokens[verb].end
        out = [
            replace(
                f,
                code="01",
                full="012",
                start=lo,
                text=text[lo : f.end],
                flags=tuple(x for x in f.flags if x not in _SUPPOSED),
            )
            if f.code != "01"
            and (
                lo <= f.start < hi
                or (tokens[verb].end <= f.start < hi_tail and _SUPPOSED & set(f.flags))
            )
            else f
            for f in out
        ]
    return out


# the modal flags a comment sheds: it is said, not supposed or planned
_SUPPOSED = frozenset({"hypothetical", "planned", "intent"})
