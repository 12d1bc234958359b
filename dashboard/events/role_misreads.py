"""Lexicon matches whose words name an act, but whose clause gives it no doer, or gives it a
doer that only watched, named or judged it (issue 16, precision: the multi-outlet user of
session 81).

- ``watched_act``: "A reconnaissance plane observed the launch" matches the launch's noun
  row, but a perception verb's subject perceives the act and does no part of it (ACE 2005: a
  witness is no argument of the event; Levin 1993 §30.1-30.2). A definite act noun with no
  "of" or "by" phrase after it takes back an act told before (Quirk et al. 1985 §5.32), so the
  sentence tells the watching, which CAMEO 1.1b3 does not code.
- ``named_not_called``: "The minister called the strikes a crime" matches the §143 row
  "call * strike" (a strike called by workers), but "call" with an object and a naming
  complement after it is complex-transitive (Quirk et al. 1985 §16.45: the complement names
  what the object is said to be): the strike is judged, not called. A §11 naming row read
  from the same "call" past the strike's noun is the sentence's act.
- ``forces_passed``: "Marchers surged past army lines" matches the §154 row "rush * @TROOPS",
  but the forces noun is the complement of a spatial preposition in the gap (Huddleston and
  Pullum 2002 ch. 7), a place the crowd moved past, not forces moved (§154).
- ``ruling_violates``: "said the court's decision breached European norms" matches §128
  (defy norms), but the subject is a ruling, not an actor that defies: the sentence tells
  the speaker's judgement of it (CAMEO 1.1b3 §128 codes an actor that disobeys or resists).
- ``support_reproached``: "said Russia had made a grave mistake in backing the junta" and
  "accused of supporting criminal networks" match §051 (praise or endorse), but support
  reproached as an error, or support of crime or terror, is an accusation (§112), no praise.

Each reader takes a ``Parse`` and one ``Match`` and says whether the match is misread; the
word lists are ``data/lexicon/role_misreads.csv`` (a source on every row).
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, load, sourced_rows

# how far back a perception verb may stand before the act noun ("watched the seizure",
# "observed the first launch"), and how far after an endorsing verb its object's noun
_BEFORE_NOUN = 4
_OBJECT_REACH = 3
# a naming complement after the strike's noun is short ("state terrorism", "a crime")
_COMPLEMENT_REACH = 6


@cache
def _words(name: str) -> frozenset[str]:
    """The lemmas of row ``name`` of ``role_misreads.csv``. Raises ``KeyError`` for a row the
    file lacks, ``ValueError`` for a row with no source."""
    rows = {r["name"]: r["lemmas"] for r in sourced_rows("role_misreads.csv", "name", "lemmas")}
    return frozenset(rows[name].split("|"))


def watched_act(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun row's act told as the definite object of a perception verb, with no
    "of" or "by" phrase naming its sides ("A U.S. drone watched the seizure", "Satellites
    observed the launch")? An act with its sides named ("watched the arrest of the mayor")
    and an act noun that is no perceived object ("the seizure was filmed" is a passive
    whose act noun is a subject) stay."""
    tokens = p.tokens
    if m.rule.kind != "N" or m.first == 0:
        return False
    # the "of" or "by" phrase may follow the match ("the seizure | of a tanker") or lie
    # inside it, right after the act's noun ("the launch of the navy's newest ... missile")
    after = {k for k in (m.first + 1, m.last + 1) if k < len(tokens)}
    if any(tokens[k].lower in ("of", "by") for k in after):
        return False
    determiner = False
    for k in range(m.first - 1, max(m.first - _BEFORE_NOUN - 1, -1), -1):
        t = tokens[k]
        if t.boundary:
            return False
        if t.keys & _words("PERCEIVING") and k in p.verbs:
            return determiner
        if t.lower in _words("ANAPHORIC"):
            determiner = True
        elif k in p.verbs:
            return False
    return False


def named_not_called(p: Parse, m: Match) -> bool:
    """Is ``m`` a §14 row opened by "call" ("called the strike") whose verb a §11 naming row
    also reads, past the strike's noun, with its complement ("called the strike state
    terrorism", "called the strikes a war crime")? "Unions called a strike for Monday" has no
    naming row and stays §143."""
    tokens = p.tokens
    if not m.rule.code.startswith("14") or "call" not in tokens[m.first].keys:
        return False
    window = tokens[m.first : min(m.last + _COMPLEMENT_REACH + 1, len(tokens))]
    return any(
        other.first == 0 and other.last > m.last - m.first and other.rule.code.startswith("11")
        for other in load().match(window)
    )


def forces_passed(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 verb row that ends on its forces noun with a spatial preposition in its
    gap ("rushed past police lines", "streamed through army checkpoints")? "Rushed troops
    across the border" names the troops before the preposition and stays §154."""
    tokens = p.tokens
    if not m.rule.code.startswith("15") or m.rule.kind != "V" or m.last - m.first < 2:
        return False
    if m.first not in p.verbs:
        return False  # "Two warships sailed through the strait": the row opens on the forces
    return any(t.lower in _words("SPATIAL_PATH") for t in tokens[m.first + 1 : m.last])


def ruling_violates(p: Parse, m: Match) -> bool:
    """Is ``m`` a §128 row whose subject, from its clause's opening to the verb, is headed
    by a ruling or a decision ("the court ruling against her violated democratic norms",
    "the verdict flouted the constitution")? "Protesters defied the court ruling" names
    the ruling after the verb and stays §128."""
    tokens = p.tokens
    if not m.rule.code.startswith("128") or m.first == 0:
        return False
    start = p.subject_opening(m.first)
    for k in range(m.first - 1, start - 1, -1):
        if tokens[k].lower in _words("RULING_SUBJECT"):
            return True  # before the verb test: "ruling" may read as a verb form
        if k in p.verbs:
            return False
    return False


def support_reproached(p: Parse, m: Match) -> bool:
    """Is ``m`` a §05 endorsing verb told as the error an "in" or "by" gerund names ("made a
    fundamental error in supporting them"), or whose object is crime or terror ("backing
    terrorist groups", "supported criminal activities")? "Backed the crackdown on criminal
    gangs" names the crackdown as its object and stays §051."""
    tokens = p.tokens
    if not m.rule.code.startswith("05") or m.rule.kind != "V":
        return False
    if m.first >= 2 and tokens[m.first - 1].lower in ("in", "by"):
        for k in range(m.first - 2, max(m.first - 6, -1), -1):
            if tokens[k].boundary:
                break
            if tokens[k].keys & _words("ERROR_NOUN"):
                return True
    after = [t for t in tokens[m.last + 1 : m.last + 1 + _OBJECT_REACH] if not t.boundary]
    after = after[1:] if after and after[0].lower in _words("ANAPHORIC") else after
    return any(t.lower in _words("CRIME_OBJECT") for t in after[:2])


def role_misread(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        watched_act(p, m)
        or named_not_called(p, m)
        or forces_passed(p, m)
        or ruling_violates(p, m)
        or support_reproached(p, m)
    )
