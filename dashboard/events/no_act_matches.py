"""Lexicon matches that tell no act of a political actor (session 88, fix105).

- ``scene_arrival``: "Police arrived at the scene and detained two men" matches the §154 row
  "@TROOPS * arrive", but police or soldiers who arrive at the scene of an incident answer it:
  no force is mobilized or increased (CAMEO 1.1b3 §153/§154); the act they go on to do is told.
- ``scene_of_the``: "the scene of the shooting" names the place by an act the story has told
  (the definite article refers back, Quirk et al. 1985 §5.28-5.31), no new act; "the scene
  of a shooting" (indefinite) keeps it.
- ``forecast_warning``: "The statistics office warned that unrest was likely" matches §130
  (threaten), but a warning that something is likely forecasts it: CAMEO 1.1b3 §130 codes a
  coercive act the actor itself announces, and the likelihood adjective names none (Quirk et
  al. 1985 §16.66). A warning of a reprisal ("warned that a response was likely") stays.
  What such a clause's subject names ("unrest … was likely") is forecast, no act either
  (``likely_subject``).
- ``until_terminus``: "The rebels will keep fighting until the government ends its offensive"
  names the offensive's end only as the point up to which the vow holds (Quirk et al. 1985
  §15.25 on "until" clauses of time); told under a modal or a vow, no end has happened.
- ``own_work_halted``: "Relief agencies suspended their work in the valley" matches the bare
  §172 row "suspend", but a body halting its own work imposes no sanction on anyone;
  "ordered the agencies to suspend their work" (a directing verb before it) stays §172.
- ``hostage_siege_ended`` (fix109): "ended a siege of a bank that robbers had seized" is a
  hostage siege broken, no blockade eased (§0872; see ``hostage_siege``).
- ``hazard_or_site_sends`` (fix108): "the fire spread, sending burning fuel across the site" or
  "the depot supplies fuel to the plant": a fire or a facility gives no aid (see ``ungiven_aid``).
- ``warned_notice`` (fix111): a warning that forecasts a hazard or gives police notice
  threatens no act of the warner's (see ``warned_notices``).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.hostage_siege import hostage_siege_ended
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token
from dashboard.events.ungiven_aid import hazard_or_site_sends
from dashboard.events.warned_notices import warned_notice

_AT = frozenset({"at", "on"})  # "at the scene", "on the scene"
_ARRIVE = frozenset({"arrive", "reach"})
_WARN = frozenset({"warn", "warning"})
_BE = frozenset({"be", "was", "were", "is", "are", "been", "being"})
_UNTIL = frozenset({"until", "till"})
_NOT = frozenset({"not", "n't", "never", "no"})
# modals and verbs of a vow, before "until": what the clause tells is still to come
_TO_COME = frozenset({"will", "would", "shall", "'ll", "vow", "pledge", "promise", "swear"})
_OWN = frozenset({"its", "their", "his", "her", "our"})  # possessive determiners
_HALT = frozenset({"suspend", "halt", "pause", "stop", "cease"})
_REACH = 12  # words a "that" clause or a likelihood may stand from the warning


def no_act(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        scene_arrival(p, m)
        or scene_of_the(p, m)
        or forecast_warning(p, m)
        or likely_subject(p, m)
        or until_terminus(p, m)
        or own_work_halted(p, m)
        or hostage_siege_ended(p, m)
        or hazard_or_site_sends(p, m)  # a fire or a depot sends or supplies: no §070
        or warned_notice(p, m)  # "warned the toll could rise", "warned police about him"
    )


def _sentence_end(tokens: list[Token], i: int) -> int:
    """The index of the first full stop, semicolon or question mark at or after ``i``."""
    for k in range(i, len(tokens)):
        if tokens[k].text in (".", ";", "?", "!"):
            return k
    return len(tokens)


def _sentence_start(tokens: list[Token], i: int) -> int:
    """The index just after the last full stop or semicolon before ``i`` (0 if none)."""
    return max((j + 1 for j in range(i) if tokens[j].text in (".", ";")), default=0)


def scene_arrival(p: Parse, m: Match) -> bool:
    """Is ``m`` a §153/§154 match ending on "arrive|reach" followed by "at|on (the) scene|site"?"""
    if not m.rule.code.startswith(("153", "154")) or not p.tokens[m.last].keys & _ARRIVE:
        return False
    after = [t for t in p.tokens[m.last + 1 : m.last + 4] if t.lower != "the"]
    return len(after) >= 2 and after[0].lower in _AT and bool(after[1].keys & word_class("SCENE"))


def scene_of_the(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun match right after "(the) scene|site of the"?"""
    before = p.tokens[max(0, m.first - 3) : m.first]
    return (
        m.rule.kind == "N"
        and len(before) == 3
        and bool(before[0].keys & word_class("SCENE"))
        and [t.lower for t in before[1:]] == ["of", "the"]
    )


def _likely_after(tokens: list[Token]) -> bool:
    """Do ``tokens`` hold a form of "be" and, within two words, a LIKELIHOOD adjective?"""
    likely = word_class("LIKELIHOOD")
    # "is expected to take effect": a schedule told, no forecast (Quirk et al. 1985 §16.66)
    return any(
        tokens[k].lower in _BE
        and any(
            t.keys & likely and (j + 1 >= len(tokens) or tokens[j + 1].lower != "to")
            for j, t in enumerate(tokens[k + 1 : k + 3], start=k + 1)
        )
        for k in range(len(tokens))
    )


def likely_subject(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun match in the subject of "was|is likely|expected…" (no verb but "be"
    between: "unrest in the mining towns was likely") inside a warning's sentence (a word of
    ``_WARN`` before it)? A forecast that is warned of is no act; without the warning, "talks
    are expected before a cabinet is formed" is an act to come, read as planned."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    start = _sentence_start(tokens, m.first)
    if not any(t.keys & _WARN for t in tokens[start : m.first]):
        return False
    for k in range(m.last + 1, min(_sentence_end(tokens, m.last), m.last + 8)):
        if tokens[k].lower in _BE:
            return _likely_after(tokens[k : k + 3])
        if tokens[k].boundary or k in p.verbs:
            return False
    return False


def forecast_warning(p: Parse, m: Match) -> bool:
    """Is ``m`` a §13 warning whose "that" clause says something "was likely|expected|…"
    (``classes.csv`` LIKELIHOOD) and names no reprisal (REPRISAL, REPRISAL_ACT)?"""
    tokens = p.tokens
    if not m.rule.code.startswith("13") or not tokens[m.first].keys & _WARN:
        return False
    end = min(_sentence_end(tokens, m.last), m.last + _REACH)
    that = next((k for k in range(m.last + 1, end) if tokens[k].lower == "that"), None)
    if that is None:
        return False
    clause = tokens[that + 1 : _sentence_end(tokens, that)]
    reprisal = word_class("REPRISAL") | word_class("REPRISAL_ACT")
    return not any(t.keys & reprisal for t in clause) and _likely_after(clause)


def until_terminus(p: Parse, m: Match) -> bool:
    """Is ``m`` inside an "until" clause (within five words after "until", no clause
    boundary between) of a sentence that tells what is to come before it (a modal or a vow)
    and negates nothing before it? "would not return its envoy until Peru apologized" is left
    to ``modality``, which keeps the awaited act flagged hypothetical."""
    tokens = p.tokens
    for k in range(m.first - 1, max(-1, m.first - 6), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].lower in _UNTIL:
            start = _sentence_start(tokens, k)
            if any(t.lower in _NOT for t in tokens[start:k]):
                return False
            return any(t.keys & _TO_COME or t.lower in _TO_COME for t in tokens[start:k])
    return False


def own_work_halted(p: Parse, m: Match) -> bool:
    """Is ``m`` a §172 halt ("suspend|halt|pause|stop|cease") of "its|their … work|operations"
    (``classes.csv`` OWN_WORK, within two words of the possessive), with no directing verb
    (DIRECTING: "ordered … to suspend") before it in its sentence? A §1623 match (aid
    agencies halting their work) with a directing verb before it is the order's, no halt of
    their own: the §172 match of the order stands instead."""
    tokens = p.tokens
    start = _sentence_start(tokens, m.first)
    directed = any(t.keys & word_class("DIRECTING") for t in tokens[start : m.first])
    if m.rule.code == "1623":
        return directed  # "ordered aid groups to suspend their work": the order's §172
    if m.rule.code != "172" or not tokens[m.first].keys & _HALT or m.last + 1 >= len(tokens):
        return False
    if tokens[m.last + 1].lower not in _OWN:
        return False
    work = word_class("OWN_WORK")
    if not any(t.keys & work for t in tokens[m.last + 2 : m.last + 4]):
        return False
    return not directed
