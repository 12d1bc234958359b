"""Lexicon matches that read an act no actor did (the cue words are data:
``data/lexicon/unmeant_cues.csv``, a source per row).

- ``denied_part``: "No officer took part in the raid": a negative determiner in the subject
  negates the clause (Quirk et al. 1985 §10.58), so the act the subject is denied a part in
  is flagged negated, as "did not take part" would be. "No fewer than", "no longer" and a
  passive ("No one was hurt in the raid") deny nothing of the act.
- ``harm_undergone``: "would not let the province go hungry": a permission refused for a fate
  the object undergoes answers no request (CAMEO 1.1b3 §12), so no card.
- ``forced_by_thing``: "Reservoir levels dropped, forcing the city to ration water": a result
  clause takes its cause from the clause before it (Quirk et al. 1985 §15.59); a measure or
  a hazard coerces no one (§17 needs an actor), so no card.
- ``kept_state``: "The bridge will remain closed until repairs end": a state that continues,
  no new closure (§172) and no threat (§13) of anyone, so no card.
- ``technical_check``: "while technicians examine the dam": a trade inspection of a structure
  is no §09 investigation (of crimes, abuses or military action), so no card.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import role_words
from dashboard.events.trigger import Trigger

if TYPE_CHECKING:
    from dashboard.events.drafts import _Context

_NEG = r"(?:not|n't|never|no\s+longer)"
_MODAL = r"(?:will|would|'ll|shall|could|can|may|might)"
# a comma, a semicolon or a new coordinated clause: the subject's scope ends there
_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)


def _words(role: str) -> str:
    """The cue words of ``role`` in unmeant_cues.csv (``lexicon.role_words``)."""
    return role_words("unmeant_cues.csv", role)


@cache
def _denied_part() -> re.Pattern[str]:
    """A negative subject and a verb of taking part ("no soldier took part in",
    "nobody has joined"), at the end of the text before the act."""
    return re.compile(
        rf"(?:\b[Nn]o\s+(?!(?:{_words('not_negative')})\b)(?:[A-Za-z][\w'’-]*\s+){{1,2}}?"
        r"|\b[Nn]obody\s+|\b[Nn]o[\s-]one\s+)"
        r"(?:(?:has|have|had|did|ever|actually)\s+)?"
        rf"(?:{_words('participation')})\b(?P<rest>[^.]*)$"
    )


def denied_part(sent: str, t: Trigger) -> bool:
    """Is ``t`` the act a negative subject is denied a part in, in the same clause, within
    six words of the verb of taking part?"""
    m = _denied_part().search(sent[: t.start])
    if m is None:
        return False
    rest = m.group("rest")
    return not _BREAK.search(rest) and len(rest.split()) <= 6


def harm_undergone(sent: str, t: Trigger) -> bool:
    """A refusal (§12) read on "not allow|let|permit X to <a fate undergone>"."""
    if not (t.full or t.code).startswith("12") or not re.match(
        r"(?:allow|let|permit)", t.text, re.IGNORECASE
    ):
        return False
    negated = re.search(rf"\b{_NEG}\s+(?:\w+\s+)?$", sent[: t.start], re.IGNORECASE)
    after = re.match(
        rf"(?:[\w'’-]+\s+){{0,5}}?(?:to\s+)?(?:{_words('harm_undergone')})\b",
        sent[t.start :].split(maxsplit=1)[-1],
        re.IGNORECASE,
    )
    return negated is not None and after is not None


def forced_by_thing(sent: str, t: Trigger) -> bool:
    """A §17 read on a result clause (", forcing …") whose clause before opens with a
    measure or a hazard as its subject ("Water levels … fell, forcing …")."""
    if t.code != "17" or not re.match(r"(?:forc|compell?|oblig)\w*ing\b", t.text, re.I):
        return False
    if not re.search(r",\s*$", sent[: t.start]):
        return False
    # the sentence's subject, past a dateline ("LUSAKA, Nov 12 — "), before its first comma
    head = re.sub(r"^[^—–\n]{0,80}(?:—|–|\s--)\s*", "", sent[: t.start])
    subject = re.match(
        rf"\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_words('inanimate_cause')})\b",
        head,
        re.IGNORECASE,
    )
    return subject is not None


def kept_state(sent: str, t: Trigger) -> bool:
    """A closure (§172, or the threat §132 read on it) of a place that "will stay|remain
    closed": the state continues."""
    if t.code not in ("13", "17") or not re.match(r"(?:closed|shut)\b", t.text, re.I):
        return False
    return (
        re.search(rf"\b{_MODAL}\s+(?:\w+\s+)?(?:{_words('kept_state')})\s+$", sent[: t.start], re.I)
        is not None
    )


def technical_check(sent: str, t: Trigger) -> bool:
    """A §09 whose verb's subject, right before it, is a trade ("engineers inspect")."""
    return (
        t.code == "09"
        and re.search(rf"\b(?:{_words('technical_agent')})\s+$", sent[: t.start], re.I) is not None
    )


def unmeant(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) with the acts of no actor dropped and the acts a
    negative subject is denied a part in flagged negated (see the module docstring)."""
    kept: list[Trigger] = []
    for t in trigs:
        if t.weight > 1 and (
            harm_undergone(sent, t)
            or forced_by_thing(sent, t)
            or kept_state(sent, t)
            or technical_check(sent, t)
        ):
            continue
        if t.weight > 1 and denied_part(sent, t):
            t = replace(t, flags=tuple(dict.fromkeys((*t.flags, "negated"))))
        kept.append(t)
    return kept


def home_body_country(text: str, t: Trigger, ctx: _Context) -> str | None:
    """The dateline's country when the sentence of ``t`` names a sub-national or interior
    body before it ("The provincial government said it would send troops"), whose forces
    serve at home; None otherwise (the deployment's source is then unknown)."""
    start = max(text.rfind(".", 0, t.start), ctx.analysis.dateline_end - 1) + 1
    if not re.search(rf"\b(?:{_words('home_body')})\b", text[start : t.start], re.I):
        return None
    place = ctx.analysis.dateline.place if ctx.analysis.dateline is not None else None
    return place.country_code if place is not None else None


# a settlement's own name after its kind noun, a title word of the name included ("near the
# town of Sheikh Amran"): ACE 2005 GPE name, a Place argument, no actor
_PLACE_OF = re.compile(
    r"\b(?:town|city|village|district|province|region|county|camp|port|area|settlement)\s+of\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$"
    # or a locative word right before "Sheikh", which opens many Arab place names (Sheikh
    # Zuweid, Sheikh Jarrah, Sheikh Maqsoud: GeoNames) read as a man's title ("fighting near
    # Sheikh Zuweid"): a Place argument (ACE 2005), as "in", "near" before a name is
    r"|\b(?:in|near|at|outside|around|inside)\s+Sheikh\s+$"
)


def named_place_of(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, right before a name, ends with "the town of" and up to
    two capitalised words of that town's name, or with "near Sheikh": the name is the
    place's, not a target."""
    return _PLACE_OF.search(text, start, end) is not None
