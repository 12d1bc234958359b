"""A ruling appealed in court: no CAMEO §02 request, and no new §116 verdict.

"His lawyers said they would appeal the ruling" takes a case to a higher court (WordNet 3.0,
appeal v. 'take a court case to a higher court for review'); CAMEO 1.1b3 §020 codes a request
made of an actor ("appealed for calm", "appealed to Kenya to release them"), which this is
not, and the ruling named as the object was given before, so it is no verdict of its own. The
rulings are the ``RULING_APPEALED`` row of ``classes.csv``."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# words between "appeal" and its object's head: determiners, possessives and modifiers of a
# ruling ("appeal the court's guilty verdict")
_SPAN = 4
_APPEAL = frozenset({"appeal", "challenge", "contest"})
_NOT_OBJECT = frozenset({"to", "for", "on", "and", "or", "but", "that"})


def _ruling_after(p: Parse, k: int) -> int | None:
    """The index of a ruling noun that is the direct object of the verb at ``k`` ("appeal the
    verdicts", "appeal the court's ruling"), else None. A preposition first ("appealed to the
    court", "appealed for calm") or a clause boundary ends the search."""
    rulings = word_class("RULING_APPEALED")
    for j in range(k + 1, min(k + 1 + _SPAN, len(p.tokens))):
        t = p.tokens[j]
        if t.boundary or t.lower in _NOT_OBJECT or j in p.verbs:
            return None
        if t.keys & rulings:
            return j
    return None


def appealed_ruling(p: Parse, m: Match) -> bool:
    """``m`` is "appeal" of §02 with a ruling as its direct object, or the §116
    ruling noun that is the object of "appeal", "challenge" or "contest" before it, verb or
    noun ("filed an appeal against the verdict"; "against" is the British verb's object
    marker, so "appealed against the sentence" is the same). True drops the match.
    "Appealed for calm after the verdict" and "appealed to both sides to respect the ruling"
    keep their §02: a "for" or "to" comes first, the appeal is made of someone."""
    head = p.tokens[m.first]
    if m.rule.code.startswith("02") and "appeal" in head.keys:
        # the verb's row or the noun's: "appeal" before its object is read by both
        if _ruling_after(p, m.first) is not None or _bare_verb(p, m.first):
            return True
        return m.rule.kind == "N" and _heard_appeal(p, m.first)
    if m.rule.code == "116" and m.rule.kind == "N":
        start = max(0, m.first - _SPAN)
        return any(
            p.tokens[k].keys & _APPEAL and _ruling_after(p, k) == m.first
            for k in range(start, m.first)
        )
    return False


def _bare_verb(p: Parse, k: int) -> bool:
    """Is the verb "appeal" at ``k`` intransitive, its clause ending right after it ("the
    defence said it will appeal.", "they plan to appeal, their lawyer said")? A request
    names whom it is made of or what for ("appealed to the UN", "appealed for calm"), so a
    bare "appeal" is the legal sense, a case taken to a higher court (WordNet 3.0, appeal v.
    'take a court case to a higher court for review'), no CAMEO 1.1b3 §02 appeal."""
    nxt = k + 1
    return k in p.verbs and (nxt >= len(p.tokens) or p.tokens[nxt].text in _CLOSES)


# what ends a sentence or a quote after the verb; a comma may open an adjunct ("was
# appealing, via the UN, for funding"), so it does not close the clause's complements
_CLOSES = frozenset({".", ";", "!", "?", "'", "’", '"', "”"})


# what may stand between a court's verb and the appeal it hears: "on", determiners, modifiers
_HEARD_SPAN = 4
# what follows an appeal made of someone: what for, to whom, by whom ("appeal for calm")
_ASKED = frozenset({"for", "to", "by", "from"})


def _heard_appeal(p: Parse, k: int) -> bool:
    """Is the noun "appeal" at ``k`` a court case, the object of a verb of ``APPEAL_HEARD``
    a few words before it ("has yet to rule on the appeal", "dismissed the appeal", "lodged an
    appeal"), with no "for", "to" or "by" after it naming what is asked or of whom? That is
    WordNet 3.0's legal sense of appeal n. (a review by a higher court), no CAMEO 1.1b3 §020
    request; "rejected an appeal for calm" keeps its §02."""
    nxt = p.tokens[k + 1] if k + 1 < len(p.tokens) else None
    if nxt is not None and nxt.lower in _ASKED:
        return False
    heard = word_class("APPEAL_HEARD")
    for j in range(k - 1, max(-1, k - 1 - _HEARD_SPAN), -1):
        t = p.tokens[j]
        if t.boundary:
            return False
        if t.keys & heard and "VERB" in t.pos:
            return True
    return False
