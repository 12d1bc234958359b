"""A strike that stops work, told by what it stopped: "Strikes hit ports across Europe" is a
walkout (CAMEO 1.1b3 §143 conduct strike or boycott), not force, when nothing armed is named.
"""

from __future__ import annotations

import calendar

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, word_class

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
    if any(t.keys & word_class("ARMED_STRIKE") for t in tokens):
        return False
    return any(t.keys & word_class("WORKPLACE") for t in tokens[k + 1 : k + 4])


# what "on" opens when it dates a strike ("called a strike on Monday", "on 5 May")
_DATE_WORDS = frozenset(
    [d.lower() for d in calendar.day_name]
    + [m.lower() for m in calendar.month_name if m]
    + "eve weekend morning afternoon evening night day week wednesdays".split()
)


def strike_launched_on(p: Parse, m: Match) -> bool:
    """A labour-strike match (CAMEO 1.1b3 §143) whose "strike(s)" is followed by "on",
    "inside" or "into" and then no date: "Israel launched strikes on Hezbollah positions" is
    force on a place (WordNet 3.0 strike n. 2 'an attack intended to inflict damage'); a
    walkout is called "on Monday", or against a measure, never launched on a place."""
    tokens = p.tokens
    if m.rule.code != "143" or "strike" not in tokens[m.last].keys:
        return False
    k = m.last + 1
    if k >= len(tokens) or tokens[k].lower not in ("on", "inside", "into"):
        return False
    k += 1
    while k < len(tokens) and tokens[k].lower in ARTICLES:
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return not (word in _DATE_WORDS or word[:1].isdigit())
