"""Lexicon matches read as acts done when the sentence does not tell them as done, or tells
another act (the cue words are data: ``data/lexicon/unasserted_cues.csv``, a source per row).

- ``unconfirmed``: "The militia did not confirm that it had joined the truce": an act in
  the complement of a negated evidential or reporting verb is not asserted (FactBank,
  Saurí and Pustejovsky 2009: CT- on the report, Uu on what it reports); flagged
  hypothetical, no card.
- ``permitted``: "a bill that could let rebels who hand in their weapons go home": an act
  under a modal's permission is a possibility (TimeML MODAL); flagged hypothetical.
- ``answered``: "Cairo has not replied to the Ethiopian protest": a protest answered was
  made before and is told again (one happening, one card); no new §140.
- ``background``: "complained about previous visits by foreign warships": an event noun
  marked earlier than the story is background, not the act told.
- ``cared_for``: "the prisoner was receiving treatment in hospital" is no §043 host.
- ``own_sitting``: "the senate postponed its session" halts no negotiation (§164).
- ``defended_ground``: "soldiers were defending the airport" is no §052 verbal defence.
- ``riot_subject``: "Rioting over the tax killed six" is a riot (§145), not §190 force.
- ``aid_stopped``: "the agency suspended distributions" stops aid (§162), no §172 sanction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.aside_told_acts import aside_told
from dashboard.events.asked_questions import questions_dropped
from dashboard.events.blockade_kinds import blockade_kinds
from dashboard.events.caused_acts import caused_read
from dashboard.events.cleared_ruins import ruins_cleared
from dashboard.events.forces_blocking import forces_blocking
from dashboard.events.hazard_reach import hazard_reach
from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import Trigger
from dashboard.events.unmeant_acts import unmeant

_NEG = r"(?:not|n't|never)"
_MODAL = r"(?:may|might|could|would|will|can)"
_DET = r"(?:the|a|an|its|their|his|her|our|this|that|these|those)"
_FORCE = ("18", "19", "20")
# a dateline before the sentence's own words ("NOUMEA, New Caledonia (Wire) — Riots …")
_LEAD = r"\s*(?:[^—–\n]{0,80}(?:—|–|\s--)\s*)?"
# the riot noun heads its phrase ("Riots over the tax killed"), not a modifier ("Riot police")
_RIOT_HEAD = r"(?=\s+(?:over|against|in|at|on|across|after|following|that|which|by|have|had|killed|left)\b|,)"
# "after the bombing": a definite event noun in a time adjunct names a happening told before;
# not one a temporal noun dates ("after the weekend massacre", as "after Saturday's
# massacre"): TimeML anchors that noun's event to the date, a happening told with its own time
_ADJUNCT = re.compile(
    r"\b(?:after|following|since|before)\s+the\s+(?:(?!weekend\b|weekend['’]s)[\w'’-]+\s+)?$",
    re.I,
)


@cache
def _words(role: str) -> str:
    """The cue words of ``role`` as a regex alternation, longest first."""
    rows = sourced_rows("unasserted_cues.csv", "word", "role")
    words = sorted((r["word"] for r in rows if r["role"] == role), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _unconfirmed() -> re.Pattern[str]:
    """A negated evidential verb and its complementiser ("did not confirm that",
    "would not say whether", "has not verified if"), or the reports it leaves unanswered
    ("did not comment on reports that police used tear gas": FactBank, a report's content is
    the reporter's, and the negated source commits to nothing, Uu)."""
    return re.compile(
        rf"\b{_NEG}\s+(?:yet\s+|independently\s+|immediately\s+)?(?:{_words('unconfirmed')})"
        r"(?:s|ed|d)?\s+(?:(?:on\s+)?(?:the\s+)?(?:media\s+|press\s+|local\s+)?"
        r"(?:reports?|claims?|allegations?|accounts?)\s+)?(?:that|whether|if)\b",
        re.IGNORECASE,
    )


@cache
def _permitted() -> re.Pattern[str]:
    """A modal before a verb of permission ("may allow", "could let", "would enable")."""
    return re.compile(
        rf"\b{_MODAL}\s+(?:also\s+)?(?:{_words('permitted')})\b",
        re.IGNORECASE,
    )


def _clause_cut(text: str) -> int:
    """Where the clause before a trigger opens: after the last ";" (a new clause)."""
    return text.rfind(";") + 1


def _under(pattern: re.Pattern[str], sent: str, t: Trigger) -> bool:
    """Whether ``pattern`` matches in the trigger's clause before the trigger."""
    before = sent[: t.start]
    return pattern.search(before, _clause_cut(before)) is not None


def _answered(sent: str, t: Trigger) -> bool:
    """A protest noun that is the object of "respond/reply/react to" or "answer"."""
    if t.code != "14" or not t.text.lower().startswith("protest"):
        return False
    verbs = _words("answered")
    return (
        re.search(
            rf"\b(?:{verbs})(?:s|ed|d|ing)?\s+(?:to\s+)?{_DET}\s+(?:[\w'’-]+\s+){{0,2}}$",
            sent[: t.start],
            re.IGNORECASE,
        )
        is not None
    )


def _background(sent: str, t: Trigger) -> bool:
    """An event noun right after "earlier/previous/prior/past" with no auxiliary before
    ("over earlier visits" -> True; "had earlier visited" -> False: a verb, told). A cue
    that is only an adjective ("prior", "previous": Merriam-Webster, no adverb sense) is
    never the adverb of a verb group, so after "has" it still marks a noun ("He has prior
    arrests for fraud": a record, Quirk et al. 1985 §7.26)."""
    m = re.search(rf"(\w+)\s+({_words('background')})\s+$", sent[: t.start], re.IGNORECASE)
    if m is None:
        return False
    aux = {"had", "has", "have", "was", "were", "is", "are", "be", "been", "'d"}
    adverb = any("ADV" in c.pos for c in tokenize(m.group(2)))
    told = adverb and m.group(1).lower() in aux
    return not told and not t.text.lower().endswith("ed")


def _followed(sent: str, t: Trigger, role: str, gap: int = 1) -> bool:
    """Whether a cue word of ``role`` follows the trigger within ``gap`` words."""
    return (
        re.match(
            rf"\s+(?:[\w'’-]+\s+){{0,{gap}}}?(?:{_words(role)})\b", sent[t.end :], re.IGNORECASE
        )
        is not None
    )


def _own_sitting(sent: str, t: Trigger) -> bool:
    """A §164 read on a body postponing its own session ("postponed its session")."""
    return (t.full or "").startswith("164") and (
        re.search(rf"\b(?:its|their)\s+(?:{_words('own_sitting')})\b", t.text, re.IGNORECASE)
        is not None
    )


def _riot_subject(sent: str, t: Trigger) -> bool:
    """A force trigger whose sentence opens with a riot noun as subject ("Riots … killed")."""
    return t.code in _FORCE and (
        re.match(
            rf"{_LEAD}(?:the\s+)?(?:{_words('riot_subject')})\b{_RIOT_HEAD}", sent, re.IGNORECASE
        )
        is not None
    )


def _aid_stopped(sent: str, t: Trigger) -> bool:
    """A §172 "suspend" whose object is bare deliveries ("suspended its deliveries")."""
    return (
        (t.full or "").startswith("172")
        and t.text.lower().startswith("suspend")
        and re.match(
            rf"\s+(?:its\s+|their\s+|all\s+)?(?:{_words('aid_stopped')})\b",
            sent[t.end :],
            re.IGNORECASE,
        )
        is not None
    )


def unasserted(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the acts ``sent`` does not tell as done, and
    with a riot's deaths and an aid agency's stop recoded (see the module docstring)."""
    kept: list[Trigger] = []
    dropped = False
    for t in trigs:
        if t.weight > 1 and (_under(_unconfirmed(), sent, t) or _under(_permitted(), sent, t)):
            # kept, flagged: an act not asserted is stored as possible, as "did not confirm
            # that the engineers had been freed" always was (FactBank Uu; lead43's rule)
            kept.append(replace(t, flags=tuple(dict.fromkeys((*t.flags, "hypothetical")))))
            continue
        if t.weight > 1 and (
            _answered(sent, t)
            or _background(sent, t)
            or ((t.full or "").startswith("043") and _followed(sent, t, "cared_for"))
            or _own_sitting(sent, t)
            or ((t.full or "").startswith("052") and _followed(sent, t, "defended_ground", 2))
        ):
            dropped = True
            continue
        if _riot_subject(sent, t):
            t = replace(t, code="14", full="145")
        elif _aid_stopped(sent, t):
            t = replace(t, code="16", full="162")
        kept.append(t)
    if dropped:  # the act told is gone; what it was dated by ("after the bombing") is no act
        kept = [t for t in kept if not _ADJUNCT.search(sent[: t.start])]
    kept = caused_read(sent, kept)  # "Winter has killed cattle": no actor (caused_acts)
    kept = questions_dropped(sent, kept)  # "asked why the funds were frozen" (asked_questions)
    kept = ruins_cleared(sent, kept)  # "demolished the flood-damaged school" (cleared_ruins)
    kept = aside_told(sent, kept)  # "farmers who had blocked roads for weeks" (aside_told_acts)
    kept = unmeant(sent, kept)  # "No soldier took part in the raid": denied (unmeant_acts)
    kept = hazard_reach(sent, kept)  # "Waves struck the coast": no actor (hazard_reach)
    kept = blockade_kinds(sent, kept)  # "offices were blockaded": §144 (blockade_kinds)
    return forces_blocking(sent, kept)  # "Riot police blocked the roads": §191
