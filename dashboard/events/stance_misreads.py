"""Lexicon matches of a threat (CAMEO 1.1b3 §13) or of coercion (§17) that tell none.

- ``posed_threat``: "Russia posed a direct threat to the alliance": a danger judged, no warning.
- ``answer_to_other``: "vowed to respond to the complaints": a reply, no threat.
- ``past_refusal``: "The army did not allow looting": what was done, no warning.
- ``warning_lifted``: "The warning was lifted six hours later" matches the §130 noun row
  "warning", but a warning lifted is a standing alert ended, no warning given.
- ``outcome_forced``: "passed a motion of no confidence, forcing a snap election" matches the
  bare §170 row "force", but what is forced is an outcome, no side coerced.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.vowed_force import force_nouns


def stance_misread(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        posed_threat(p, m)
        or answer_to_other(p, m)
        or past_refusal(p, m)
        or warning_lifted(p, m)
        or outcome_forced(p, m)
    )


# modifiers between "pose" and "threat" ("posed a direct threat", "poses a serious threat")
_POSED_GAP = 4


def posed_threat(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §130 noun "threat" as the object of "pose" ("Russia posed a direct
    threat to the alliance", "NATO said Russia poses a threat")? To pose a threat is to be a
    danger, as someone judges it, not to warn anyone of a harm one will do (CAMEO 1.1b3 §130
    needs the source's own warning; Merriam-Webster pose v. 'to present or set forth'): the
    threat noun tells no act, and the saying, if any, is what was done."""
    if m.rule.kind != "N" or not m.rule.code.startswith("130"):
        return False
    tokens = p.tokens
    lo = max(0, m.first - _POSED_GAP)
    return any("pose" in t.keys for t in tokens[lo : m.first])


_VOWED_RESPONSE = frozenset("vow swear".split())  # the verbs of cameo.csv's bare "to respond" row


def answer_to_other(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §130 row "vowed to respond" with "to" and an object after it ("vowed
    to respond to the complaints")? A response owed to something named is a threat only when
    that is an attack, which the longer row of cameo.csv reads; a reply to a letter or to
    complaints threatens no one (CAMEO 1.1b3 §130 needs a coercive warning)."""
    tokens = p.tokens
    k = m.last + 1
    return (
        m.rule.code == "130"
        # only the vow row: "reserves the right to respond to the attack" is its own row's
        and bool(tokens[m.first].keys & _VOWED_RESPONSE)
        and tokens[m.last].lower == "respond"
        and k < len(tokens)
        and tokens[k].lower == "to"
        # "vowed to respond to India's strikes": an attack named after a possessive is still
        # force answered (the longer row reads only a determiner before it)
        and not any(t.keys & force_nouns() for t in tokens[k + 1 : k + 5])
    )


def past_refusal(p: Parse, m: Match) -> bool:
    """Is ``m`` a §137 row that opens on its negation ("not allow looting", "not tolerate
    protests") after a past "did" ("The army did not allow looting")? The warning rows read a
    stance for the future (CAMEO 1.1b3 §137 threaten with repression); a past "did not"
    tells what was or was not done, no warning."""
    tokens = p.tokens
    return (
        m.rule.code == "137"
        and m.first > 0
        and tokens[m.first].lower in ("not", "n't", "never")
        and "do" in tokens[m.first - 1].keys
        and "VBD" in tokens[m.first - 1].tags
    )


# the §130 nouns a verb of ``WITHDRAWN`` ends; how far that verb may stand from the noun
_WARNING_NOUNS = frozenset("warning warnings threat threats".split())
_LIFT_REACH = 4


def warning_lifted(p: Parse, m: Match) -> bool:
    """Is ``m`` a §13 noun match on "warning" or "threat" that a verb of ``classes.csv``
    ``WITHDRAWN`` ends, as its object ("Iran lifted its warning to shipping", "withdrew the
    threat") or as its passive subject ("The warning was lifted", "the threat has been
    withdrawn")? A warning lifted is a standing alert or threat ended (Merriam-Webster lift
    v. 'to put an end to'), while CAMEO 1.1b3 §130 codes a warning made. "The army issued a
    warning to the rebels" and "warned that the ban would be lifted" stay."""
    if m.rule.kind != "N" or not m.rule.code.startswith("13"):
        return False
    tokens = p.tokens
    if not any(t.lower in _WARNING_NOUNS for t in tokens[m.first : m.last + 1]):
        return False
    ending = word_class("WITHDRAWN")
    for k in range(m.first - 1, max(m.first - _LIFT_REACH, 0) - 1, -1):
        if tokens[k].boundary:
            break
        if tokens[k].keys & ending and tokens[k].pos & {"VERB"}:
            return True  # "lifted its warning"
    after = tokens[m.last + 1 : m.last + 1 + _LIFT_REACH]
    for j, t in enumerate(after):
        if t.boundary:
            break
        if t.keys & ending and "VBN" in t.tags and any("be" in a.keys for a in after[:j]):
            return True  # "the warning was lifted", "has been withdrawn"
    return False


# words that may stand between "forcing" and its outcome noun, and after the noun while it
# is still the verb's object ("forcing a snap election next month", "forced the closure of")
_OUTCOME_REACH = 3
_AFTER_OUTCOME = frozenset(
    "of on in at for and after before by as until within next this last early later".split()
)


def outcome_forced(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §170 row ("force", "compel") whose object, within a few words, is a
    noun of ``classes.csv`` ``FORCED_OUTCOME`` ("forcing a snap election", "forced a delay
    of the vote", "a forced landing"), the clause going on with no "to" or
    "into" that would name a side made to act? To force an outcome is to cause it
    (Merriam-Webster force v. 2b 'to impose or thrust urgently'), while CAMEO 1.1b3 §170
    codes a side coerced. "forced the rebels to retreat", "forced the driver into a car" and
    "forced the closure of two newspapers" (imposed on a side) stay."""
    if m.rule.code != "170" or m.first != m.last:
        return False
    tokens, outcome = p.tokens, word_class("FORCED_OUTCOME")
    for k in range(m.last + 1, min(m.last + 1 + _OUTCOME_REACH, len(tokens))):
        if tokens[k].boundary or tokens[k].lower in ("to", "into"):
            return False
        if tokens[k].lower in outcome:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            # the sentence's end or a mark, a preposition or a time word: still the object
            return after is None or not after.lower[0].isalnum() or after.lower in _AFTER_OUTCOME
    return False
