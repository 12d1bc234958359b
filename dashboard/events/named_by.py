"""Event nouns that name people, days or sites by an earlier happening: "relatives of
veterans of the 1971 war", "the anniversary of the invasion", "families of those killed in
the 2015 Paris attacks", or the happening a ceremony remembers ("Spain remembered the Madrid
train bombings"). The happening is background, not an event the sentence tells (CAMEO 1.1b3
§2: the coded event is the one the sentence reports).
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.dates_common import MONTHS
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token


def named_by(p: Parse, m: Match) -> bool:
    """An event noun after "of" that names people or a day by it ("relatives of veterans of
    the 1971 war", "the anniversary of the invasion", "families of those killed in the 2015
    Paris attacks"; classes.csv ``NAMED_BY``), or the object of a verb of remembrance
    ("Spain remembered the Madrid train bombings"; ``COMMEMORATE``): background, not a
    happening the sentence tells."""
    tokens, k = p.tokens, m.first - 1
    # a verb row matched on a noun ("the September 11 attacks", "the Boston Marathon
    # bombing"): only with its article, which makes it a noun phrase
    nominal = m.rule.kind == "N"
    if not nominal and "NOUN" not in tokens[m.first].pos:
        return False  # "families of the hostages gathered": a verb after the phrase
    # "the 1971 war", "the May 1998 riots", "the 2004 Madrid train bombings": an article, a
    # date and up to three premodifying words (Quirk et al. 1985 §17.97 premodification).
    # A verb of remembrance ends the phrase: its base form after "will never" or "always"
    # is no finite or past form, so ``_modifier`` alone would take "forget" for a noun
    modifiers = 0
    remembrance = word_class("COMMEMORATE")
    while k >= 0 and (
        tokens[k].lower in ARTICLES
        or tokens[k].text.isdigit()
        or tokens[k].lower in MONTHS
        or (modifiers < 3 and _modifier(tokens[k]) and not tokens[k].keys & remembrance)
    ):
        modifiers += tokens[k].text.isalpha() and tokens[k].lower not in ARTICLES
        nominal = nominal or tokens[k].lower in ARTICLES
        k -= 1
    if not nominal:
        return False
    if k >= 2 and tokens[k].lower == "in" and tokens[k - 1].lower in _LOST:
        k = _of_those(tokens, k - 2)  # "families of those killed in the 2015 Paris attacks"
    if k >= 0 and tokens[k].keys & remembrance:
        # "Spain remembered the 2004 Madrid train bombings", "will never forget the
        # massacre", "will always remember the attacks"
        return True
    if k < 1 or tokens[k].lower != "of":
        return False
    return bool(tokens[k - 1].keys & word_class("NAMED_BY"))


# words that end a premodified noun phrase when walking back from its head: "of" and the
# other prepositions and conjunctions, which start or join phrases, not modify a noun
_NOT_MODIFIER = frozenset("of in on at by for to with from after before and or since".split())
# the dead or hurt of an earlier happening: "those killed in the attacks"
_LOST = frozenset("killed died wounded injured lost murdered slain".split())


def _modifier(t: Token) -> bool:
    """A word that may premodify a noun: a name, or a word no finite or past verb form
    ("Madrid", "train", "port"; not "remembered", "says"), nor a preposition."""
    if not t.text.isalpha() or t.lower in _NOT_MODIFIER:
        return False
    if t.text[0].isupper():
        return True
    # a premodifying noun is singular ("train bombings", not "the hostages rally": Quirk et
    # al. 1985 §17.108), and no finite or past verb form
    plural = t.lower.endswith("s") and not t.lower.endswith("ss")
    return not plural and not t.tags & {"VBD", "VBN", "VBZ"}


def vowed_remembrance(p: Parse, m: Match) -> bool:
    """Is ``m`` a verb of intent (a §03 row: "vowed", "pledged", "promised") whose complement
    is remembrance ("vowed never to forget the attack", "pledged to always remember the
    victims", "vowed that they would never forget")? Remembering is no cooperation offered
    to anyone (CAMEO 1.1b3 §030 "offer, promise, agree to, or otherwise indicate
    willingness or commitment to cooperate"), and what is remembered is background
    (``named_by``), so the vow codes nothing. Raises nothing; the words are classes.csv
    ``COMMEMORATE``."""
    if m.rule.embeds != "03":
        return False
    tokens = p.tokens
    for k in range(m.last + 1, min(len(tokens), m.last + 1 + _VOW_GAP)):
        t = tokens[k]
        if t.boundary:
            return False
        if t.lower in _VOW_FILLERS:
            continue
        if not t.keys & word_class("COMMEMORATE") or "VERB" not in t.pos:
            return False
        # "forget" is remembrance only negated ("never to forget"); "vowed to forget past
        # grievances" forgives them
        between = {x.lower for x in tokens[m.last + 1 : k]}
        if "forget" in t.keys and not between & _NEGATORS:
            return False
        # "vowed to remember them and to avenge them", "... and cooperate": a second
        # complement is vowed too, so the vow stays
        return not any(x.lower in _JOINERS for x in _clause(tokens[k + 1 :]))
    return False


def _clause(rest: list[Token]) -> list[Token]:
    """The words of ``rest`` up to its first boundary mark."""
    end = next((i for i, t in enumerate(rest) if t.boundary), len(rest))
    return rest[:end]


# the words between a vow and its complement's verb: "never to", "to always", "that they
# would never"; any other word is the complement's own verb (or no remembrance)
_VOW_FILLERS = frozenset(
    "to never always not n't forever ever that they we he she it i would will shall".split()
)
_VOW_GAP = 6
_NEGATORS = frozenset("never not n't".split())
_JOINERS = frozenset("and but to".split())


def _of_those(tokens: list[Token], k: int) -> int:
    """The index of "of" in "of those|people|the people" ending at ``k``, else -1."""
    while k >= 0 and tokens[k].lower in ("those", "people", "the", "all"):
        k -= 1
    return k if k >= 0 and tokens[k].lower == "of" else -1
