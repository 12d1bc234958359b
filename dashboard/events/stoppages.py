"""A strike that stops work, told by what it stopped: "Strikes hit ports across Europe" is a
walkout (CAMEO 1.1b3 §143 conduct strike or boycott), not force, when nothing armed is named.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

# the word classes (classes.csv rows, each with its source): STOPPAGE_EFFECT, the verbs a
# stoppage's effect is told with; WORKPLACE, what stops when people stop work; ARMED_STRIKE,
# the words that make a "strike" an armed one


def stoppage_hit(p: Parse, m: Match) -> bool:
    """A verb of disruption whose subject is the bare noun "strike(s)" ("Strikes hit ports",
    "A strike disrupted flights") and whose object is a workplace or a service, in a sentence
    naming no weapon, force or casualty: the strike is work stopped (WordNet 3.0 strike n. 1
    'a group's refusal to work'), and a port's work is what a walkout halts."""
    tokens = p.tokens
    k = m.first
    if m.first != m.last or not tokens[k].keys & word_class("STOPPAGE_EFFECT"):
        return False
    subject = [t for t in tokens[p.opening(k) : k] if t.lower not in ARTICLES]
    if len(subject) != 1 or "strike" not in subject[0].keys:
        return False
    return _work_stopped(tokens, k)


def _work_stopped(tokens: list[Token], k: int) -> bool:
    """The verb at ``k`` has a workplace or a service (``classes.csv`` WORKPLACE) among the
    three words after it, and the sentence names nothing armed (ARMED_STRIKE)."""
    if any(t.keys & word_class("ARMED_STRIKE") for t in tokens):
        return False
    return any(t.keys & word_class("WORKPLACE") for t in tokens[k + 1 : k + 4])


# what "on" opens when it dates a strike ("called a strike on Monday", "on 5 May", "on the
# eve of"): the date readers' month and weekday names, and the parts of a day
_DATE_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset("eve weekend morning afternoon evening night day week".split())
)


def strike_misread(p: Parse, m: Match) -> bool:
    """A "strike" match read in the wrong sense. A labour-strike match (CAMEO 1.1b3 §143)
    is misread when the strike is armed (``_armed``): "Israel launched strikes on Hezbollah
    positions" is force on a place (WordNet 3.0 strike n. 2 'an attack intended to inflict
    damage'). A "launched strikes on" force match (§190) is misread when it is not:
    "dockworkers launched a strike on the port", "carried out a strike on Monday"; nor is a
    "strike against" one called by strikers or against an employer or a measure
    (``_walkout_against``: "workers threatened a strike against the carmaker")."""
    tokens = p.tokens
    if (
        m.rule.code == "143"
        and m.last > m.first
        and "strike" in tokens[m.first].keys
        and any(t.keys & word_class("STOPPAGE_EFFECT") for t in tokens[m.first + 1 : m.last + 1])
    ):
        # "Strikes paralysed transport": told by what stopped, a walkout only when that is
        # work (WORKPLACE) and nothing armed is named, as ``stoppage_hit`` reads "hit"
        return not _work_stopped(tokens, m.last)
    if m.rule.code == "143" and "strike" in tokens[m.last].keys:
        # "launch a nuclear strike": a weapon's or force's word before the noun names the
        # armed sense (WordNet 3.0 strike n. 2), as "air strike" does
        before = tokens[m.last - 1].lower if m.last > m.first else ""
        return before in _ARMED_KINDS or _armed(p, m.first, m.last + 1)
    if m.rule.code == "190" and m.last > m.first and tokens[m.last].lower in _ON:
        noun = m.last - 1
        if tokens[noun].lower in _EDGES and noun > m.first:
            noun -= 1  # "carried out strikes early on Thursday on hideouts"
        if "strike" in tokens[noun].keys:
            return not _armed(p, m.first, noun + 1)
    against = m.last > m.first and tokens[m.last].lower == "against"
    if m.rule.code == "190" and against and "strike" in tokens[m.last - 1].keys:
        return _walkout_against(p, m.first, m.last)
    return False


def _walkout_against(p: Parse, first: int, against: int) -> bool:
    """Is the "strike against" whose match opens at ``first`` a labour strike: strikers
    (STRIKERS) in its clause before it ("the union vowed to expand the strike against Ford"),
    or an employer or a measure (``classes.csv`` LABOUR_AIM) in the four words after
    "against" ("a strike against the carmaker", "against the government's pension reform")
    in a sentence naming nothing armed (ARMED_STRIKE)? A labour strike is called against an
    employer or a policy (WordNet 3.0 strike n. 1; CAMEO 1.1b3 §143), an armed one against
    a target ("an air strike against militants": §19)."""
    tokens = p.tokens
    if any(t.keys & word_class("STRIKERS") for t in tokens[p.opening(first) : first]):
        return True
    if any(t.keys & word_class("ARMED_STRIKE") for t in tokens):
        return False
    return any(t.keys & word_class("LABOUR_AIM") for t in tokens[against + 1 : against + 5])


_ON = ("on", "inside", "into")
# words naming a strike's weapon or force ("a nuclear strike", "a pre-emptive strike")
_ARMED_KINDS = frozenset(
    "nuclear atomic missile drone air military preemptive pre-emptive retaliatory "
    "precision artillery rocket airborne naval".split()
)
# a time adjunct's edge word before "on <date>" ("early on Thursday", "late on Monday"):
# it moves the time within the day and names no target (Quirk et al. 1985, 8.53)
_EDGES = ("early", "late")


def _armed(p: Parse, first: int, k: int) -> bool:
    """Is the strike whose match opens at ``first``, with ``k`` the token after its noun,
    an armed one: past any date ("on Monday", "on May 5") it goes "on", "inside" or "into"
    a place that is no date and no workplace (``classes.csv`` WORKPLACE), or "against" a
    target (STRIKE_TARGET, ARMED_STRIKE), in a clause whose subject names no strikers
    (STRIKERS)?"""
    tokens = p.tokens
    if any(t.keys & word_class("STRIKERS") for t in tokens[p.opening(first) : first]):
        return False
    k = _past_dates(tokens, k)
    if k < len(tokens) and tokens[k].lower == "against":
        # "strikes against Ukraine's power grid", "against Israeli positions": a target hit
        # (classes.csv STRIKE_TARGET, ARMED_STRIKE); "strikes against the pension reform"
        # oppose a policy, the aim of a walkout (CAMEO 1.1b3 §1432)
        aimed = word_class("STRIKE_TARGET") | word_class("ARMED_STRIKE")
        return any(t.keys & aimed for t in tokens[k + 1 : k + 5])
    if k >= len(tokens) or tokens[k].lower not in _ON:
        return False
    k += 1
    while k < len(tokens) and tokens[k].lower in ARTICLES:
        k += 1
    return not (
        k >= len(tokens) or _dated(tokens[k].lower) or tokens[k].keys & word_class("WORKPLACE")
    )


def _dated(word: str) -> bool:
    return word in _DATE_WORDS or word[:1].isdigit()


def _past_dates(tokens: list[Token], k: int) -> int:
    """The first token at or after ``k`` past any "on <date>" phrases ("on Monday night",
    "on May 5", "early on Thursday")."""
    while True:
        j = k + 1 if k < len(tokens) and tokens[k].lower in _EDGES else k
        if not (j + 1 < len(tokens) and tokens[j].lower == "on" and _dated(tokens[j + 1].lower)):
            return k
        k = j + 2
        while k < len(tokens) and _dated(tokens[k].lower):
            k += 1
