"""Lexicon matches on an act's word that the sentence does not tell as done: the word is the
object of a verb that stops or judges it, a role a person is named to, a burial place, or a
word the writer holds at a distance with scare quotes (fresh users of session 87: cards read
"confidently wrong").

- ``halted_posture``: "the government is pausing the deployment of troops" matches the §154
  noun row, but an aspectual verb that stops or puts off the deployment (ISO-TimeML ALINK
  TERMINATES) tells no forces added (§154 codes forces mobilized or increased).
- ``ruled_measure``: "the court ruled the ban unlawful" matches the §172 noun row for the
  ban, but a complex-transitive ruling verb judges its object (Quirk et al. 1985 §16.44):
  the court imposes no ban, and the ban is no act told now.
- ``named_role``: "police named a local politician as one of the gunmen" matches the §180
  noun row "gunmen", but a doer's noun in the "as" complement of a naming verb is the role
  the person is said to have had (Merriam-Webster 'as' prep.), no attack told by the
  sentence.
- ``grave_place``: "the bodies were buried in mass graves" matches §202 "mass grave", but
  the grave after a burial verb and a spatial preposition is where the bodies lie, not the
  killing at its own time (CAMEO 1.1b3 §202 codes the killing).
- ``document_released``: "the White House released a statement Joe Biden wrote" matches the
  bare §0841 "release" row, and the sense reader (``senses``, ``other_senses.csv``: a text
  or a picture issued) takes the name that opens the zero relative for the object's head;
  the noun right after the verb's determiner is what was released, a document, no person.
- ``scare_quoted``: 'special forces "rescued" the hostages' puts the trigger word alone in
  quotation marks: scare quotes, by which the writer does not vouch for the word (Chicago
  Manual of Style 17th ed. §7.58), so the act is not asserted.

The word lists are ``data/lexicon/untold_nouns.csv`` (a source on every row).
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, other_senses, sourced_rows

_BEFORE_NOUN = 4  # words from a halting or ruling verb to its object's noun ("halted the planned")
_COMPLEMENT_REACH = 8  # words from the object's noun to the verdict ("the ban on rallies unlawful")
_NAMER_REACH = 8  # words from "as" back to the naming verb ("named a local politician as")
# quotation marks, opening and closing (Unicode general categories Pi, Pf and the plain mark)
_OPEN_QUOTES = frozenset({'"', "\u201c", "\u00ab"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "\u00bb"})
_QUOTED_REACH = 2  # words a scare quote holds ("rescued", "peace keeping")


@cache
def _words(name: str) -> frozenset[str]:
    """The lemmas of row ``name`` of ``untold_nouns.csv``. Raises ``KeyError`` for a row the
    file lacks, ``ValueError`` for a row with no source."""
    rows = {r["name"]: r["lemmas"] for r in sourced_rows("untold_nouns.csv", "name", "lemmas")}
    return frozenset(rows[name].split("|"))


def _verb_before(p: Parse, first: int, lemmas: frozenset[str]) -> int | None:
    """The index of a verb of ``lemmas`` within ``_BEFORE_NOUN`` words before ``first`` in
    its clause, with no other verb between; None when there is none."""
    for k in range(first - 1, max(first - _BEFORE_NOUN - 1, -1), -1):
        t = p.tokens[k]
        if t.boundary:
            return None
        if t.keys & lemmas:
            return k
        if k in p.verbs:
            return None
    return None


def halted_posture(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 noun row ("deployment", "mobilization") that is the object of a halting
    verb ("pausing the deployment of troops", "suspended the mobilisation")? "Completed the
    deployment" names no halting verb and stays §154."""
    if m.rule.kind != "N" or not m.rule.code.startswith("15"):
        return False
    return _verb_before(p, m.first, _words("HALTING")) is not None


def ruled_measure(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun row that is the object of a ruling verb with a verdict adjective after
    it ("ruled the ban unlawful", "declared the deployment of police unconstitutional")?
    "Upheld the ban" has no verdict complement and stays what its rows read."""
    if m.rule.kind != "N" or _verb_before(p, m.first, _words("RULING")) is None:
        return False
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 1 + _COMPLEMENT_REACH, len(tokens))):
        if tokens[k].boundary or (k in p.verbs and not tokens[k].keys & _words("VERDICT")):
            return False
        if tokens[k].lower in _words("VERDICT"):
            return True
    return False


def named_role(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun row for a doer (an AGENT row: "gunmen", "attacker") in the "as"
    complement of a naming verb ("named X as one of the gunmen", "was identified as the
    attacker")? "Named the gunmen who attacked the bus" has no "as" before the noun (its own
    attack verb is read apart), and an act noun ("identified the blast as a suicide
    bombing") is the act classed and stays."""
    if m.rule.kind != "N" or not p.tokens[m.last].keys & _words("AGENT"):
        return False
    tokens = p.tokens
    k = m.first - 1
    while k >= 0 and tokens[k].lower in _words("PARTITIVE"):
        k -= 1
    if k < 1 or tokens[k].lower != "as":
        return False
    for j in range(k - 1, max(k - _NAMER_REACH - 1, -1), -1):
        if tokens[j].boundary:
            return False
        if j in p.verbs:
            return bool(tokens[j].keys & _words("NAMING"))
    return False


def grave_place(p: Parse, m: Match) -> bool:
    """Is ``m`` the §202 "mass grave" row after a spatial preposition that a burial verb
    governs ("were buried in mass graves", "exhumed from a mass grave")? "Soldiers killed
    dozens and dumped them" has no grave noun; a massacre noun stays §202."""
    if not m.rule.code.startswith("202") or "grave" not in p.tokens[m.last].keys:
        return False
    k = m.first - 1
    while k >= 0 and p.tokens[k].lower in _words("PARTITIVE"):
        k -= 1
    if k < 1 or p.tokens[k].lower not in _words("GRAVE_PLACE"):
        return False
    return _verb_before(p, k, _words("BURIAL")) is not None


def document_released(p: Parse, m: Match) -> bool:
    """Is ``m`` a §084 row whose verb's object, past its determiners, is a noun that
    ``other_senses.csv`` gives the verb another sense with, followed by a name that opens a
    zero relative ("released a statement Joe Biden wrote"): a text issued, no one let go?
    "Released the hostages" and "freed a video journalist" stay what their rows read."""
    if not m.rule.code.startswith("084"):
        return False
    tokens = p.tokens
    near = [s.modifiers for k in tokens[m.first].keys for s in other_senses().get(k, ()) if s.near]
    k = m.first + 1
    while k < len(tokens) and tokens[k].lower in _words("PARTITIVE"):
        k += 1
    if k + 1 >= len(tokens) or not any(tokens[k].keys & mods for mods in near):
        return False
    # a name right after the noun opens a zero relative ("a statement Joe Biden wrote"); a
    # lowercase word may be the compound's head ("freed a video journalist"), left to senses
    return tokens[k + 1].text[:1].isupper()


def scare_quoted(p: Parse, m: Match) -> bool:
    """Is the first word of ``m`` alone (or with one more word) inside quotation marks
    ('forces "rescued" the hostages')? A quotation of a whole clause holds more words and
    stays with the readers of reported speech."""
    tokens = p.tokens
    if m.first == 0 or tokens[m.first - 1].text not in _OPEN_QUOTES:
        return False
    if m.first >= 2 and tokens[m.first - 2].text in _OPEN_QUOTES:
        return False  # the quote's closing mark of an earlier quote, then this one's opening
    reach = range(m.first + 1, min(m.first + 1 + _QUOTED_REACH, len(tokens)))
    return any(tokens[k].text in _CLOSE_QUOTES for k in reach)


def untold_noun(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        halted_posture(p, m)
        or ruled_measure(p, m)
        or named_role(p, m)
        or grave_place(p, m)
        or document_released(p, m)
        or scare_quoted(p, m)
    )
