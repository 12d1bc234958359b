"""A past participle between a count and its noun is an adjective, no act of the sentence;
a word after a passive's "by" and a name's adjective is the agent's noun, no verb.

"Mexico sent 29 jailed drug cartel figures to the United States" tells no jailing: "jailed"
stands in the attributive slot of the noun phrase "29 jailed drug cartel figures" (Quirk et
al. 1985 §7.15, participial adjectives: "the wounded soldiers", "three captured rebels"), and
describes a state the men were in before. The parser takes it as a verb after a numeral (after
an article it already does not), so a §173 arrest was coded for a transfer of prisoners.

The same holds after "to" before a name ("the bridge linking Russia to annexed Crimea", "flew
to occupied Donetsk"): "to" there is a preposition, since an infinitive's "to" takes the base
form (Quirk et al. 1985 §3.54), so a past-only form after it is the name's adjective and tells
no annexation (§192) of the sentence's day. So does an article before a name ("The banned
Balochistan Liberation Army claimed the attack": a standing ban, no §172 of the day).
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match

# a count or quantifier opening the object's noun phrase ("sent 29 …", "freed three …")
_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds "
    "thousand thousands several many some more other".split()
)
# words that end a noun phrase or open another one: after them the participle is a verb
# ("said 12 were detained", "29 arrested in Puebla")
_NOT_HEAD = frozenset(
    "in on at of by for with from to into after before during and or but the a an that "
    "who which".split()
)


def _count(text: str) -> bool:
    """A cardinal in digits ("29", "1,200") or a count word ("three", "dozens")."""
    return text.replace(",", "").isdigit() or text.lower() in _COUNTS


def attributive_participle(p: Parse, m: Match) -> bool:
    """``m`` is a one-word verb rule whose word is a past participle between a count and a
    noun, the count coming right after a verb ("sent 29 jailed cartel figures", "freed three
    detained reporters"): the participle is the noun phrase's adjective, not the clause's
    verb, and True drops the match. "Police arrested 12 suspects", "in 2019 jailed 12
    activists" (a preposition before the year) and "said 12 detained were freed" (no noun
    after) keep theirs."""
    tokens = p.tokens
    k = m.first
    if m.last != k or k < 1 or k + 1 >= len(tokens):
        return False
    # a noun row's lemma matches the participle too ("banned" for "ban"): the slot decides
    if _named_adjective(p, k):
        return True
    if m.rule.kind != "V":
        return False
    if _after_to(p, k):
        return True
    if k < 2:
        return False
    if "VBN" not in tokens[k].tags or not _count(tokens[k - 1].text) or k - 2 not in p.verbs:
        return False
    nxt = tokens[k + 1]
    return (
        nxt.text[:1].isalpha()
        and not nxt.boundary
        and nxt.lower not in _NOT_HEAD
        and nxt.lower not in AUX
        and (k + 1) not in p.verbs
    )


# the articles that open a noun phrase: a participle right after one is its adjective
_ARTICLES = frozenset("the a an".split())


def _named_adjective(p: Parse, k: int) -> bool:
    """Token ``k`` is a past participle right after an article and right before a
    capitalised name ("The banned Balochistan Liberation Army claimed …"): the attributive
    slot of the name's noun phrase (Quirk et al. 1985 §7.15), a standing ban, no act; the
    parser took the name for the verb's object."""
    tokens = p.tokens
    nxt = tokens[k + 1]
    return (
        tokens[k - 1].lower in _ARTICLES
        and "VBN" in tokens[k].tags
        and nxt.text[:1].isupper()
        and not nxt.boundary
    )


def _after_to(p: Parse, k: int) -> bool:
    """Token ``k`` is a past-only form ("annexed", "occupied": no base-form tag) right after
    "to" and right before a capitalised name ("to annexed Crimea"): an adjective of the
    name. "agreed to occupy Crimea" (a base form) and "to annexed land" (no name) keep their
    reading."""
    tokens = p.tokens
    word, nxt = tokens[k], tokens[k + 1]
    return (
        tokens[k - 1].lower == "to"
        and "VBN" in word.tags
        and not word.tags & {"VB", "VBP"}
        and nxt.text[:1].isupper()
        and not nxt.boundary
    )


def agent_noun(p: Parse, m: Match) -> bool:
    """``m`` is a one-word verb rule whose word follows "by" and one to three capitalised
    words or an article ("drills were carried out by Chinese forces around Taiwan", "by the
    Chinese forces"): a preposition's complement is a noun phrase, never a finite verb
    (Quirk et al. 1985 §9.1-9.4), so "forces" is the agent's head noun and no §170 coercion;
    True drops the match. "Russia forces villagers out" (no "by") keeps its verb."""
    tokens = p.tokens
    k = m.first
    if m.rule.kind != "V" or m.last != k or k < 2:
        return False
    j = k - 1
    while j > 0 and k - j <= 3 and (tokens[j].text[:1].isupper() or tokens[j].lower == "the"):
        j -= 1
    return j < k - 1 and tokens[j].lower == "by"
