"""Force vowed or supposed rather than told: "vowed more strikes", "any attack".

- ``vowed_force``: "The Houthis claimed the attack and vowed more strikes" reads the bare
  vow as an intent to cooperate (the §030 row "vow"), because the noun after it is not its
  lexicon complement when the vow is no governing verb, or because a bare "strikes" has no
  row of its own. A vow of more of one's own force is a threat of it (CAMEO 1.1b3 §138
  threaten with military force, §1384 threaten conventional attack; ``modality.recode``
  makes every vow of a conflict act a threat): the vow is re-coded over the force noun.
- ``free_choice_act``: "Any attack will be met with force" names no attack: "any" before
  an event noun picks no referent (Quirk et al. 1985 §6.62 and §10.58, the non-assertive
  and free-choice "any"), so the noun tells no happening of its own (ACE 2005: a generic
  event mention is not a specific one).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from dashboard.events.classed_kind import classed_kind
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Lexicon, Match, sourced_rows, word_class
from dashboard.events.modality import recode
from dashboard.events.trigger import Trigger

_VOWS = frozenset("vow pledge swear promise".split())  # the §030 row's verbs of a vow
_MODIFIERS = 2  # words a force noun may take before it ("more missile strikes")
_ANY_REACH = 3  # words between "any" and its noun ("any further Israeli attack")


# a bare "strike(s)" names force as the ATTACK class's nouns do (the workers' strike is told
# apart by its strikers)
_STRIKES = frozenset("strike airstrike".split())


@cache
def force_nouns() -> frozenset[str]:
    """The nouns of an act of force: classes.csv ``ATTACK`` and a bare "strike"."""
    return word_class("ATTACK") | _STRIKES


def _force_noun(p: Parse, k: int) -> int | None:
    """The index of a force noun (classes.csv ``ATTACK``, or "strike" with no strikers in the
    clause before it: STRIKERS) opening at ``k`` after a ``MORE_ACTS`` quantifier and at most
    ``_MODIFIERS`` modifiers ("more strikes", "further drone attacks"); None when none does."""
    tokens = p.tokens
    if k >= len(tokens) or not tokens[k].keys & word_class("MORE_ACTS"):
        return None
    attack = force_nouns()
    for j in range(k + 1, min(k + 2 + _MODIFIERS, len(tokens))):
        if tokens[j].boundary or j in p.verbs:
            return None
        if tokens[j].keys & attack:
            return j
    return None


def _walkout(p: Parse, vow: int, noun: int) -> bool:
    """Is the "strike" at ``noun`` a labour strike: strikers (classes.csv ``STRIKERS``:
    workers, unions, labour leaders) in the clause before the vow at ``vow`` ("the union
    vowed more strikes", "labour leaders vowed to continue the strike")?"""
    if not p.tokens[noun].keys & {"strike"}:
        return False
    strikers = word_class("STRIKERS")
    return any(t.keys & strikers for t in p.tokens[p.opening(vow) : vow])


# what a side vows to go on with that is force ("vowed to continue fighting", "pledged to
# continue its attacks", "vowed to keep up the resistance"); a strike by workers is not
_GO_ON = frozenset("continue keep pursue expand extend widen escalate".split())
_FORCE_GONE_ON = frozenset("fight fighting attack strike war resistance jihad".split())


def _continued_force(p: Parse, k: int) -> int | None:
    """The index of the force word after "to continue|keep (up)|pursue" at ``k`` and at
    most two determiners or adjectives ("to continue its armed struggle"), else None."""
    tokens = p.tokens
    if k + 1 < len(tokens) and tokens[k].lower == "on" and tokens[k + 1].text[:1].isupper():
        k += 2  # "vowed on Monday to continue the strike": the vow's day
    if k + 2 >= len(tokens) or tokens[k].lower != "to" or not tokens[k + 1].keys & _GO_ON:
        return None
    for j in range(k + 2, min(k + 5, len(tokens))):
        if tokens[j].boundary:
            return None
        if tokens[j].keys & _FORCE_GONE_ON:
            return j
    return None


# verbs of defeating an enemy (WordNet 3.0 crush v. 4 'come down on or keep down by
# unjust use of one's authority', eliminate v. 'kill in large numbers', wipe out v.
# 'kill en masse', annihilate, eradicate, vanquish, rout): done to an armed group, force
_DEFEAT = frozenset("crush annihilate eliminate eradicate vanquish rout wipe destroy".split())


@cache
def _armed_names() -> tuple[str, ...]:
    """The names of armed groups (``organisations.csv`` rows of kind ``group``), longest
    first so that "Islamic State West Africa Province" wins over "Islamic State"."""
    rows = sourced_rows("organisations.csv", "name", "kind")
    return tuple(sorted({r["name"] for r in rows if r["kind"] == "group"}, key=len, reverse=True))


def _defeated_group(p: Parse, text: str, k: int) -> int | None:
    """The index of the verb (or its "out") of "to crush|eliminate|wipe out (the)" at ``k``
    before a named armed group ("vowed on Sunday to eliminate al-Shabaab"), else None. A vow to destroy
    an armed enemy is a threat of force (CAMEO 1.1b3 §138), not a §030 intent to cooperate;
    "vowed to eliminate tariffs" names no group and stays a vow."""
    tokens = p.tokens
    if k + 1 < len(tokens) and tokens[k].lower == "on" and tokens[k + 1].text[:1].isupper():
        k += 2  # "vowed on Sunday to eliminate …": the vow's day
    if k + 2 >= len(tokens) or tokens[k].lower != "to" or not tokens[k + 1].keys & _DEFEAT:
        return None
    j = k + 2 + (tokens[k + 2].lower == "out")
    j += j < len(tokens) and tokens[j].lower == "the"
    if j >= len(tokens):
        return None
    start = tokens[j].start
    for name in _armed_names():
        end = start + len(name)
        if text.startswith(name, start) and not text[end : end + 1].isalnum():
            return k + 1 + (tokens[k + 2].lower == "out")  # the group after is the target
    return None


def vowed_force(text: str, p: Parse, found: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """``found`` (triggers over ``text``) with each vow read as an intent to cooperate (a §03 trigger on one of
    ``_VOWS``) that is followed by more force of its own ("vowed more strikes", "pledged
    further attacks on Israel") re-coded as a threat of that force (§1384), or by a labour
    strike ("the union vowed to continue the strike") as a threat of protest (§133), its
    span run to the noun so that the noun's own trigger yields to it; not a negated vow."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    out = list(found)
    for n, t in enumerate(found):
        at = starts.get(t.start)
        if (
            at is None
            or t.code != "03"
            or "negated" in t.flags
            or not p.tokens[at].keys & _VOWS
            or t.end != p.tokens[at].end
        ):
            continue
        noun = (
            _force_noun(p, at + 1)
            or _continued_force(p, at + 1)
            or _defeated_group(p, text, at + 1)
        )
        if noun is None or any(u.code == "13" and u.start == t.start for u in found):
            continue  # the governing vow already read its complement as a threat
        end = p.tokens[noun].end
        inner = [u for u in found if u is not t and t.start <= u.start < end]
        weight = max([t.weight, *(u.weight + 1 for u in inner)])
        # a walkout vowed is a threat of protest (§133, as "vowed to continue their
        # sit-in" reads), never of force nor an intent to cooperate (§030)
        code = recode("03", "143" if _walkout(p, at, noun) else "190", lex)
        said = text[t.start : end]
        out[n] = replace(t, code=code[:2], full=code, end=end, weight=weight, text=said)
    return out


def free_choice_act(p: Parse, m: Match) -> bool:
    """Is ``m`` an event noun (a row of kind "N") with "any" before it, past at most
    ``_ANY_REACH`` modifiers and no determiner, verb or boundary ("any attack", "any further
    Israeli incursion"), as its clause's subject? Then it names no act that happened (the
    free-choice "any")."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    for j in range(m.first - 1, max(-1, m.first - 2 - _ANY_REACH), -1):
        word = tokens[j]
        if word.lower == "any":
            # only as the subject, before its clause's verb ("Any attack will be met with
            # force"): an object ("would respond to any arms sales") is what a governing
            # verb threatens or answers, which that verb's row reads
            return not any(i in p.verbs for i in range(p.opening(j), j))
        if word.boundary or j in p.verbs or word.lower in ("the", "a", "an", "of", "no"):
            return False
    return False


def generic_act(p: Parse, m: Match) -> bool:
    """Does the event noun ``m`` name a kind of act rather than one that happened: a
    free-choice "any" (``free_choice_act``) or a subject classed by a modal passive
    ("an attack on one would be seen as an attack on all", ``classed_kind``)?"""
    return free_choice_act(p, m) or classed_kind(p, m)
