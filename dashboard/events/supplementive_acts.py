"""A further act told by a supplementive "-ing" clause after the main clause ("Riot police
dispersed the crowd in Nairobi on Monday, arresting at least 40 people"): the participle's
understood subject is the main clause's subject, and when it names an act of another CAMEO
code it is a happening of its own, on the main act's day and at its place.

Quirk et al. 1985 §15.60 (supplementive clauses): a non-finite "-ing" clause after the matrix
clause, set off by a comma, may tell an accompanying or further act of the matrix subject, or
the result of the matrix act. CAMEO 1.1b3 codes each act a report tells, so an arrest beside a
dispersal (§173 beside §175) is two events; a result ("attacked a village, killing 12
civilians") is the attack's toll, not a second act: a participle of the violence family after a
main act of that family stays folded into it (roots 18-20), as does one of the main
act's own three-digit code (one act told twice).

Shapes::

    further_participle(p, head, m) -> bool     # keeps the participle's match (``heads``)
    supplementive_act(text, main, strong, stop) -> Trigger | None   # its trigger, a second act
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.count_phrases import past_count
from dashboard.events.dates_common import NUMBERS
from dashboard.events.lexicon import Match, sourced_rows
from dashboard.events.trigger import Trigger

# the comma that opens the participle clause, maybe an adverb of sequence before the verb
_OPENER = re.compile(r",\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
# a passive verb group before the main verb: its subject is the patient, no doer of a second act
# (the same pattern as ``coordinated._PASSIVE_BEFORE``, which imports the trigger reader)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
# the violence family's roots (``narrative.FAMILIES["violence"]``; narrative is not imported,
# as it reaches back into the trigger reader this module serves)
_VIOLENCE = frozenset({"18", "19", "20"})
# the material-conflict roots (CAMEO quad class 4, roots 15-20: force shown, relations cut,
# coercion, assault, fighting, mass violence): a deed done, not words; a participle of a
# verbal root ("accusing", "saying", "urging") reports what the subject said, no second deed
_MATERIAL = frozenset({"15", "16", "17", "18", "19", "20"})
# a show of force and the ships or troops it sends are one posture (CAMEO 1.1b3 §15: the
# exercise and its deployment one event); set W lost a merged pair to a second §154 card
_POSTURE = "15"
# a protest's or demand's participle says what it was for (CAMEO 1.1b3 §14: the protest is
# coded with its demand), no second act: "rallied on Tuesday, demanding higher wages"
_DEMANDING = frozenset({"10", "14"})
_SEQUENCE = frozenset({"then", "later", "also"})
# a mark or a clause word that ends the main clause's predicate before the comma: a clause of
# its own (a relative, a time clause or a quotation) is the "-ing" clause's anchor then
_CLAUSE = re.compile(
    r"[;:()\"“”]|\b(?:who|whom|which|that|when|where|while|after|before|as|because|if|"
    r"said|says|and|but)\b",
    re.IGNORECASE,
)
# the longest predicate stretch read between the main verb and the comma (object and adjuncts)
_MAX_WORDS = 14


def _apart(own: str, other: str) -> bool:
    """Two codes name two acts: another three-digit code, not two of a show of force (root
    15), and not a force act with its toll (both of the violence family, CAMEO roots 18-20)."""
    if own[:3] == other[:3]:
        return False  # one act told twice ("raided the offices, detaining five journalists")
    if own[:2] == other[:2] == _POSTURE:
        return False  # "began exercises, sending warships to surround the island": one show
    return not (own[:2] in _VIOLENCE and other[:2] in _VIOLENCE)


def further_participle(p: Parse, head: Match, m: Match) -> bool:
    """Is ``m`` an "-ing" participle opening a supplementive clause right after a comma (maybe
    "then"/"also" between) in ``head``'s sentence, naming an act apart from ``head``'s
    (``_apart``)? Such a match tells an act of its own, not the head's purpose or result.
    ``p`` is the sentence's parse; ``head`` the sentence's head match. Source: Quirk et al.
    1985 §15.60; CAMEO 1.1b3 (one event per act told)."""
    k = m.first
    if k < 2 or "VBG" not in p.tokens[k].tags or m.first <= head.last:
        return False
    j = k - 1 if p.tokens[k - 1].lower not in _SEQUENCE else k - 2
    if not (head.rule.code[:2] in _MATERIAL and m.rule.code[:2] in _MATERIAL):
        return False  # "lauded the talks, saying…": words, no second deed
    if p.tokens[j - 1].text[:1].isdigit():
        return False  # "the Dec. 21, 1988, bombing": a date's comma, no clause
    if p.tokens[j].text != "," or head.rule.code[:2] in _DEMANDING:
        return False  # "marched through Lima, demanding wages": the protest's demand
    if p.tokens[k].lower in _results():
        return False  # "fired first, forcing troops to return fire": the act's result
    if m.rule.code[:2] in _VIOLENCE and _counted(p, m.last + 1):
        return False  # "fired tear gas, injuring 12": a toll counted, not a named victim
    return _apart(head.rule.code, m.rule.code)


@cache
def _results() -> frozenset[str]:
    """The participles of ``consequence_participles.csv`` ("forcing", "leaving", "cutting"):
    a supplementive clause they open tells the matrix act's result (Quirk et al. 1985
    §15.60), no act of its own. Raises ``ValueError`` for a row without a source."""
    return frozenset(
        r["participle"].strip().lower()
        for r in sourced_rows("consequence_participles.csv", "participle")
    )


def _counted(p: Parse, k: int) -> bool:
    """Does a count open the words at ``k`` ("12", "at least 40", "dozens of", "three";
    ``count_phrases.past_count``, ``dates_common.NUMBERS``)? A count of
    victims is a toll (Quirk et al. 1985 §15.60: a result participle)."""
    tokens = p.tokens
    return past_count(tokens, k) > k or (k < len(tokens) and tokens[k].lower in NUMBERS)


def supplementive_act(text: str, main: Trigger, strong: list[Trigger], stop: int) -> Trigger | None:
    """The trigger of an act told by a supplementive "-ing" clause after ``main``'s clause,
    before ``stop`` (the clause's end), or None.

    ``text`` is the article; ``main`` the main clause's trigger; ``strong`` the sentence's
    triggers. The first trigger after ``main`` whose first word ends in "-ing" and follows a
    comma (maybe "then"/"also") is read when the stretch between them holds no clause mark or
    clause word and at most ``_MAX_WORDS`` words, ``main`` is no passive's participle, the
    participle's three-digit code differs
    from ``main``'s, and the two are not both of the violence family (a toll). Source: Quirk
    et al. 1985 §15.60; CAMEO 1.1b3 (one event per act told)."""
    if main.code[:2] not in _MATERIAL:
        return None  # "erupted, forcing villagers to flee": a hazard's effect, no actor's act
    if _PASSIVE_BEFORE.search(text, max(0, main.start - 12), main.start):
        return None  # "the crowd was dispersed, ...": what was done to a patient
    for t in sorted(strong, key=lambda x: x.start):
        if t is main or t.start <= main.end or t.start >= stop:
            continue
        t_words = t.text.split()
        if not t_words or not t_words[0].lower().endswith("ing"):
            continue
        if t_words[0].lower() in _results() or t.code[:2] not in _MATERIAL:
            return None  # "fired first, forcing troops to return fire": the act's result
        stretch = text[main.end : t.start]
        opener = _OPENER.search(stretch)
        if opener is None:
            continue
        before = stretch[: opener.start()]
        if _CLAUSE.search(before) or len(before.split()) > _MAX_WORDS:
            return None
        return t if _apart(main.full or main.code, t.full or t.code) else None
    return None
