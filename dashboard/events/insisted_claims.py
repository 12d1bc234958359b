""" "Insist" that asserts a fact read as a demand: "Turkey insists the militia is a terrorist
group" matches the §100 row "insist", but nothing is demanded of anyone.

Merriam-Webster insist v. has two senses: 1 "to take a resolute stand: PERSIST" (insisted on
talks, a demand) and 2 "to maintain persistently" (insisted that the report was false, an
assertion). The demand sense takes "on", a modal of obligation ("insisted that Iran must
stop": Quirk et al. 1985 §4.54) or a mandative subjunctive ("insisted that the council
adopt", "that the boy be returned": Quirk et al. 1985 §3.58, §16.32). A clause with none of
these maintains a fact: a statement (CAMEO 1.1b3 §010, which the reader leaves uncoded) or,
when an act is named in it, the act it tells, which the §100 row's embedding already reads.
So the §100 match is dropped only when its clause names no act and no obligation.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import Match, load
from dashboard.events.senses import _verbal

# words after "insist" that make it the demand sense: "insisted on talks"
_ON = frozenset("on upon".split())
# modals and semi-modals of obligation, and the bare "be" of a mandative subjunctive
_OBLIGATION = frozenset("must should ought need have has be".split())
# subject pronouns after which a bare verb form can only be a subjunctive
_SINGULAR = frozenset("he she it".split())
# the words of a clause the scan reads at most: a reported clause's subject and verb
_REACH = 14
# past finite forms that tell the clause as a fact ("was", "had", "did")
_PAST = frozenset("was were had did".split())
_ADVERBS = frozenset("again still repeatedly also firmly strongly".split())


def asserted_insist(p: Parse, m: Match) -> bool:
    """Is ``m`` the §100 "insist" told with a clause that maintains a fact ("Israel insists
    the fighters hide in hospitals", "insisted to reporters she was innocent") and names no
    act? Then it is no demand.

    >>> from dashboard.events.cameo import triggers
    >>> [t.full for t in triggers("Turkey insists the militia is a terrorist group.")]
    ['010']
    >>> [t.full for t in triggers("Iran insisted that Washington must lift the embargo.")][:1]
    ['1054']
    """
    tokens = p.tokens
    if m.rule.code != "100" or m.first != m.last or "insist" not in tokens[m.first].keys:
        return False
    k = _past_adverbials(p, m.first + 1)
    if k >= len(tokens) or tokens[k].lower in _ON:
        return False  # "insisted on talks": the demand sense
    end = min(len(tokens), k + _REACH)
    past = False
    for j in range(k, end):
        t = tokens[j]
        if t.boundary:
            end = j
            break
        if t.lower in _OBLIGATION or _subjunctive(p, j):
            return False
        past = past or t.lower in _PAST or (t.tags == {"VBD"} or t.tags == {"VBD", "VBN"})
    if past:
        # "insisted the rebels fired first": a past act maintained, told as "said" tells it
        # (the reported act is read as any reported act is)
        return True
    # an act named in the clause ("insisted the rebels attacked the town") is left to the
    # row's embedding, which reads it; a verb row on a noun ("as command centres") is none
    return not any(
        k <= a.first < end
        and a.rule.weight > 1
        and not a.rule.code.startswith("01")
        and (a.rule.kind == "N" or _verbal(p, a))
        for a in load().match(tokens)
    )


def _past_adverbials(p: Parse, k: int) -> int:
    """The index of the first word from ``k`` past adverbs and a time phrase: "insisted on
    Sunday that …", "insisted on March 3 that …" (a dated "on" is the time of the saying,
    Quirk et al. 1985 §8.55 time adjuncts, not the "insist on" of a demand)."""
    tokens = p.tokens
    while k < len(tokens):
        if tokens[k].lower in _ADVERBS or tokens[k].lower in WEEKDAYS:
            k += 1
        elif tokens[k].lower in _ON and k + 1 < len(tokens) and _dated(tokens[k + 1].lower):
            k += 2
            while k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].lower in MONTHS):
                k += 1
        else:
            break
    return k


def _dated(word: str) -> bool:
    """Is ``word`` a weekday, a month or a day's number ("on Sunday", "on March 3")?"""
    return word in WEEKDAYS or word in MONTHS or word.isdigit()


def _subjunctive(p: Parse, j: int) -> bool:
    """Is ``tokens[j]`` a bare verb form after "he", "she", "it", a name or a singular noun
    ("that he modify", "that Iran stop", "that the government raise"), where the indicative
    would end in -s: a mandative subjunctive?"""
    tokens = p.tokens
    t = tokens[j]
    if j == 0 or not t.tags or t.tags & {"VBZ", "VBD", "VBN", "VBG"}:
        return False
    before = tokens[j - 1]
    if before.lower in _SINGULAR or (before.text[:1].isupper() and before.text.isalpha()):
        return True
    # "that the government raise wages": a singular noun after its determiner, where the
    # indicative would be "raises"
    return (
        j >= 3
        and (tokens[j - 3].lower == "that" or "insist" in tokens[j - 3].keys)
        and tokens[j - 2].lower in ("the", "its", "their", "a", "this")
        and "NOUN" in before.pos
        and not before.lower.endswith("s")
    )
