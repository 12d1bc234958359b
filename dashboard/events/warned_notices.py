"""Warnings that forecast a hazard or give notice, not a threat (session 89, fix111).

CAMEO 1.1b3 §13 codes "coercive or forceful warnings with serious potential repercussions":
the warner threatens an act of its own against a target. A warning of a hazard, of a
number to come or of a third party, told to those who must guard against it, threatens no
one (Oxford Learner's Dictionaries warn v. 1: "to tell somebody about something, especially
something dangerous or unpleasant that is likely to happen, so that they can avoid it"):

- ``zero_that_forecast``: "The mayor warned the flood level could reach the old bridge":
  the clause after "warned" lacks its "that" (Quirk et al. 1985 §15.3), and its subject is a
  noun phrase opened by an article before a modal of possibility; with no act and no
  reprisal named in it, the warning forecasts, as "warned that … could" is passed on
  (``verb_flags``). "warned the rebels could be struck" names an act and stays; an act
  named only in a condition after it ("could swamp wards unless more aid arrived") does
  not count (session 90, fix115).
- ``notice_of``: "after the harbour master warned of a lightning strike", "the agency had
  warned Dutch police about the courier": a warning "of|about" a phrase that names no
  reprisal (``classes.csv`` REPRISAL, REPRISAL_ACT) and no act of force (a lexicon match
  not led by a ``HAZARD_AGENT`` word: a bird strike is a collision), given in a clause that
  is not the sentence's main one (there ``governing`` reads it as a comment, §012) or to a
  ``NOTICE_TAKER`` (police, residents, passengers: a tip-off, no side threatened).
  "warned of retaliation" and "warned Iran about the consequences" stay threats.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, load, word_class
from dashboard.events.tokens import Token

_OPENERS = frozenset("a an the".split())  # articles that open the clause's subject
_HEDGES = frozenset("could may might".split())  # modals of possibility
_TOPIC = frozenset("of about".split())  # "warn (somebody) of/about something"
# "a threat he warned about in his speech": a preposition (or the clause's end) right after
# "about" strands it, its object fronted (Quirk et al. 1985 §9.6), so no phrase follows to read
_STRANDING = frozenset("in on at during for to by with from after before since".split())
_SUBJECT_WORDS = 5  # words from the article to the modal ("the death toll in the city could")
_ADDRESSEE_WORDS = 4  # words between "warned" and "about" ("warned Swedish border police")


def warned_notice(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §130 verb "warn" of a forecast or a notice (either reading in the
    module's docstring)?"""
    if m.rule.code != "130" or m.rule.kind != "V" or m.first != m.last:
        return False
    if "warn" not in p.tokens[m.first].keys:
        return False
    return zero_that_forecast(p, m.first) or notice_of(p, m.first)


def _end(tokens: list[Token], i: int) -> int:
    """The index after the last token of the clause or sentence that runs on from ``i``."""
    k = i
    while k < len(tokens) and not (tokens[k].boundary and tokens[k].text != ","):
        k += 1
    return k


def _names_act(tokens: list[Token], lo: int, hi: int) -> bool:
    """Do ``tokens[lo:hi]`` name a reprisal or an act: a REPRISAL or REPRISAL_ACT word, or a
    lexicon match there not led by a HAZARD_AGENT word ("bird strike")?"""
    reprisal = word_class("REPRISAL") | word_class("REPRISAL_ACT")
    if any(t.keys & reprisal for t in tokens[lo:hi]):
        return True
    agents = word_class("HAZARD_AGENT")
    # the matches' indices count from ``lo``: the word before a match is ``tokens[lo + k - 1]``
    return any(
        not (k > 0 and tokens[lo + k - 1].keys & agents)
        for k in (found.first for found in load().match(tokens[lo:hi]))
    )


def zero_that_forecast(p: Parse, at: int) -> bool:
    """Does "warned" at ``at`` take a clause without "that" whose subject opens on an
    article and runs up to a modal of possibility within ``_SUBJECT_WORDS`` words, with no
    boundary, "to" or "that" before it, and whose words name no reprisal or act?"""
    tokens = p.tokens
    if at + 1 >= len(tokens) or tokens[at + 1].lower not in _OPENERS:
        return False
    for k in range(at + 2, min(len(tokens), at + 2 + _SUBJECT_WORDS)):
        if tokens[k].boundary or tokens[k].lower in ("to", "that"):
            return False
        if tokens[k].lower in _HEDGES:
            return not _names_act(tokens, at + 1, _condition_start(tokens, k, _end(tokens, k)))
    return False


def _condition_start(tokens: list[Token], lo: int, hi: int) -> int:
    """Where a conditional clause opens in ``tokens[lo:hi]`` (a ``CONDITION_OPENER`` word:
    "if", "unless"), else ``hi``: "could swamp wards unless more aid arrived" forecasts the
    harm, and the aid is its condition, no act the warning names (Quirk et al. 1985 §15.33)."""
    openers = word_class("CONDITION_OPENER")
    return next((k for k in range(lo, hi) if tokens[k].lower in openers), hi)


def notice_of(p: Parse, at: int) -> bool:
    """Does "warned" at ``at`` take "of|about" right after it (outside the main clause) or
    after a NOTICE_TAKER addressee of up to ``_ADDRESSEE_WORDS`` words, and does the phrase
    after it name no reprisal or act?"""
    tokens = p.tokens
    takers = word_class("NOTICE_TAKER")
    for k in range(at + 1, min(len(tokens), at + 2 + _ADDRESSEE_WORDS)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower in _TOPIC:
            if k + 1 >= len(tokens) or tokens[k + 1].boundary or tokens[k + 1].lower in _STRANDING:
                return False
            addressed = any(t.keys & takers for t in tokens[at + 1 : k])
            if k > at + 1 and not addressed:
                return False  # "warned Iran about its programme": a side addressed
            if k == at + 1 and p.kinds[p.clause[at]] == "main":
                return False  # ``governing`` reads "warned of slower growth" as §012
            return not _names_act(tokens, k + 1, _end(tokens, k + 1))
    return False
