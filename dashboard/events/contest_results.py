"""An election's result read as force: "The Greens won Sunday's vote, beating the ruling
coalition" matches CAMEO 1.1b3 §182 (physical assault) through "beat", but in a sentence
about an electoral contest "beat" and "defeat" tell who got more votes (WordNet 3.0 beat
v. 1 'come out better in a competition, race, or conflict'). An election's result is no
CAMEO event of its own, so no card is better than a wrong one."""

from __future__ import annotations

from dashboard.events.act_contexts import context_words, sentence_names
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# the verbs of winning over another that lexicon rows of force hold (WordNet 3.0 beat v. 1,
# defeat v. 1, trounce v. 'come out better in a competition', rout v. 'cause to flee')
_OUTDO = frozenset("beat defeat trounce thrash rout crush edge overwhelm".split())
_FORCE = ("17", "18", "19", "20")
# how far after the verb the beaten one's noun may stand ("beating the governing coalition
# of Prime Minister X", "defeated the centre-right alliance")
_REACH = 5


def electoral_win(p: Parse, m: Match) -> bool:
    """Is ``m`` a force verb (or its gerund) of ``_OUTDO`` in a sentence that names an electoral contest
    (``act_contexts.csv`` ``CONTEST``) and no armed men (``classes.csv`` ``TROOPS``,
    ``ARMED_MEN``), whose object is a contender ("beating her rival", ``CONTENDER``) or
    whose sentence tells a win (``WON``: "won the election, defeating X")? "Soldiers beat a
    voter during the election" (armed men) and "defeated the rebels" (no contest) stay."""
    if not m.rule.code.startswith(_FORCE):
        return False
    tokens = p.tokens
    if not tokens[m.first].keys & _OUTDO:
        return False
    if not sentence_names(tokens, "CONTEST"):
        return False
    armed = word_class("TROOPS") | context_words("ARMED_MEN")
    if any(t.keys & armed for t in tokens):
        return False
    # a noun row's "beating" is a beaten person's ("gave him a beating") unless it takes a
    # contender as its object, as the gerund does ("won, beating the ruling party")
    won = any(t.keys & context_words("WON") for t in tokens if t is not tokens[m.first])
    if won and m.rule.kind == "V":
        return True
    contenders = context_words("CONTENDER")
    for t in tokens[m.first + 1 : m.first + 1 + _REACH]:
        if t.boundary:
            break
        if t.keys & contenders:
            return True
    return False
