"""Names in an event's clause that are parties or another clause's, not the act's place:
capitals joined as the subject ("Tehran and Washington held talks"), the venue of a meeting
an appeal proposes ("proposed talks in Istanbul"), a place in a clause coordinated before
the trigger's ("a concert in Leeds, and arrested two men in Hull"), and a sea read as a
launch's path. ``where.locate`` and ``placing`` read them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.events.sides import capital_country
from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports ``where``, which imports this module
    from dashboard.events.drafts import _Draft

_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")

_METONYM_GAP = re.compile(
    r"\s+(?:(?:has|have|had|also|then|yesterday|today|on\s+[A-Z]\w+|last\s+week|"
    # a negated verb group: "Beijing did not rule out", "Seoul has never ruled out"
    r"not|never|did|does|didn['’]t|doesn['’]t|hasn['’]t|haven['’]t)\s+)*"
)
# a clause opens at a sentence mark, or after a reporting verb or "that" ("Seoul said
# Pyongyang fired…": the content clause's subject is its government too)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:—–-]\s*|\n\s*|\b(?:that|said|says|claimed|claims|alleged|reported|added)\s+|"
    # a subordinate clause's subject ("a day after Beijing threatened to blockade"), as
    # ``sides._SUBJECT_BEFORE`` reads it
    r"\b(?:after|before|when|while|as|since|until|because|although|though|once)\s+|"
    # after a fronted adverbial ("During a crisis in the 1990s, Beijing test-fired…")
    r",\s+)$"
)


# CAMEO 1.1b3 ch. 02 (appeal: "proposed", "called for"): a meeting it asks for, and the venue
# told for it ("proposed direct talks with Ukraine in Istanbul"), is still to be held; the
# proposal was made where its speaker was (ACLED: where the event took place)
_APPEAL = "02"
_MEETING_VENUE = re.compile(
    r"\b(?:talks|negotiations|meeting|summit|conference)\b(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
VENUE_REACH = 60  # characters back from a name to the meeting it is the venue of


def proposed_venue(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """``m``, after an appeal's trigger (CAMEO ch. 02), is the venue of the meeting it
    proposes ("proposed talks in Istanbul"), not where the appeal was made."""
    if code[:2] != _APPEAL or m.start <= trigger_start:
        return False
    lo = max(trigger_start, m.start - VENUE_REACH)
    return _MEETING_VENUE.search(text, lo, m.start) is not None


def joint_capitals(text: str, m: Mention, mentions: list[Mention], trigger_start: int) -> bool:
    """``m`` is one of two or more capitals joined by "and" or commas as the subject right
    before the trigger ("Tehran and Washington held talks"): each stands for its government
    (a metonym, as one capital alone: ``_METONYM_GAP``), a party, not the venue."""
    if m.end > trigger_start or capital_country(m) is None:
        return False
    chain: list[Mention] = []
    end = trigger_start
    for c in sorted((x for x in mentions if x.end <= trigger_start), key=lambda x: -x.start):
        if capital_country(c) is None:
            break
        gap = _METONYM_GAP if not chain else _LISTED
        if gap.fullmatch(text, c.end, end) is None:
            break
        chain.append(c)
        end = c.start
    if len(chain) < 2 or m not in chain:
        return False
    return _OPENS_CLAUSE.search(text, max(0, end - 12), end) is not None


# ", and" (or ", but", ", then", ";") opening the trigger's own clause after another's
_COORDINATED = re.compile(r"(?:,\s*(?:and|but|then|and\s+then)|;)\s+(?:\w+\s+){0,2}$")


def coordinated_before(text: str, m: Mention, trigger_start: int) -> bool:
    """``m`` stands before the trigger in a clause coordinated before the trigger's own
    ("a concert in Leeds, and arrested two men"): the trigger opens its clause within two
    words of the coordinator."""
    return m.end <= trigger_start and _COORDINATED.search(text, m.end, trigger_start) is not None


# words and appeals (CAMEO 1.1b3 roots 01-05, 10-13, 16): said where the speaker sits
_SAID_ROOTS = frozenset("01 02 03 04 05 10 11 12 13 16".split())
# ", and" (or ", but", ";") and the new clause's own subject before the trigger: a definite
# noun phrase ("the government") or a name ("Beijing"); not a pronoun, which may be the first
# clause's subject again ("…, but they denounced"), nor an adverb ("…, and also sued")
_NEW_SUBJECT = re.compile(
    r"(?:,\s*(?:and|but)|;)\s+(?:(?:the|its|his|her|their)\s+[a-z]\w*(?:\s+[a-z]\w*)?|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:(?:has|have|had|also|then)\s+)?$"
)


def said_apart(text: str, options: list[Mention], trigger_start: int, code: str) -> bool:
    """Every place in ``options`` stands in a clause coordinated before the trigger's, whose
    own subject is named anew ("Water levels at Bakel reached a record, and the government
    appealed for aid"), and the act is words or an appeal: the place is the first clause's
    event's, and the speaker spoke where it sits (ACLED: where the event took place). A
    clause sharing the subject ("…, and appealed") or an act of force keeps the place."""
    if code[:2] not in _SAID_ROOTS or not options:
        return False
    return all(
        m.end <= trigger_start and _NEW_SUBJECT.search(text, m.end, trigger_start) is not None
        for m in options
    )


def sea_set_aside(d: _Draft) -> str | None:
    """The name of a sea, strait or gulf ``d``'s clause names after its trigger that was not
    taken as its place (the path of a launch: "fired missiles into the East Sea"), or None."""
    seas = [
        m
        for m in d.places
        if m.place is not None and m.place.kind == "sea" and d.trigger.start < m.start < d.clause[1]
    ]
    return seas[0].text if seas else None


def doer_reason(d: _Draft) -> str:
    """The reason for placing ``d`` in the country of who did it; when its clause names a sea
    after the trigger that was not taken as its place ("fired two missiles into the East
    Sea": where they fell, a launch's path), the reason says so."""
    why = "no place named; the country of who did it"
    sea = sea_set_aside(d)
    if sea is None:
        return why
    return f"the sea named ({sea}) is where the act was aimed, not where it was done; {why[16:]}"
