"""An act of force, protest or coercion told in a bare "after", "as" or "when" clause beside
another act: "The minister resigned on Monday after protesters stormed her residence";
"...resigned as police fired tear gas at the crowd". The clause tells an act of its own.

A temporal clause opened by "after", "as" or "when" is an adverbial clause with its own
subject and finite verb: a proposition apart from the main one (Quirk et al. 1985, 15.25:
"as" and "when" of time, simultaneous; "after", anterior). TimeML 1.2.1 marks each such
clause's verb as an EVENT of its own, linked to the main one (TLINK AFTER, SIMULTANEOUS),
and CAMEO 1.1b3 codes each act a report tells, not the one that leads the sentence alone.

The clause is read only when the main clause tells an act other than force (CAMEO §14-§20:
a resignation, a statement, a vow), which still leads the sentence, and the clause's own
verb is a past act of force, protest or coercion (§14, §15, §17-§20). What stays out:
- causal "as" ("as the economy slumped"): no act of force for its verb;
- a clause with a time of its own in the past ("after troops seized the town in 2019",
  "when rebels had attacked"): background, no act of the main clause's day;
- a main clause that is negated or hypothetical ("would not resign if police fired");
- a passive or a perfect ("after he was arrested", "as they had marched"): no own doer;
- "as" of comparison or a preposition's phrase (``crowd_as.TEMPORAL_AS``).
An act told before in the article ("after the police stormed it", with an antecedent) is
left to the reader's own antecedent check (``extract``), which drops it as told.

The match this gives has the groups of ``counted_after.RELATIVE``, ``dir`` set and no
count: the act is dated on the main clause's own day (``dates.shift_units`` by 0), as
"hours after" is (``counted_after``); only a main clause with a day of its own lends one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.crowd_as import _IDIOM_AFTER, TEMPORAL_AS
from dashboard.events.dates_mention import DateMention
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import WEAK, Trigger

# CAMEO 1.1b3 roots of material conflict: protest (§14), force posture (§15), coerce (§17),
# assault (§18), fight (§19), mass violence (§20)
_FORCE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# the roots ``embedded_acts.after_act`` already reads in an "after" clause
_AFTER_ACT_ROOTS = frozenset({"18", "19", "20"})
# §172 administrative sanctions is left out: its verbs ("closed", "banned", "suspended")
# tell a season, a road or a meeting closed as often as a state's sanction, and a bare
# clause gives no side to tell them apart ("as the team closed out its season")
_NOT_FORCE = ("172",)
# the group names a ``RELATIVE`` match carries; a bare clause sets ``dir`` alone
BARE = re.compile(
    r"(?P<num>(?!))?(?P<unit>(?!))?(?P<hours>(?!))?\b(?P<dir>after|when|as)(?=\s)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:()—–]")
_MAX_SUBJECT_WORDS = 6  # "police" .. "hundreds of thousands of protesters"
# what keeps the clause's subject from being a plain doer: a clause inside it, an auxiliary
# (a passive or a perfect: no act of the doer's own at the main clause's time), or a count
# of time before "after" ("years after", "long after": background, not this day's)
_NOT_DOER = re.compile(
    r"\b(?:who|which|that|when|where|while|if|was|were|had|has|have|been|being|is|are)\b",
    re.IGNORECASE,
)
_LONG_BEFORE = re.compile(r"\b(?:years?|months?|decades?|long|weeks?|days?)\s*$", re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:1[89]|20)\d\d\b|\bago\b|\b(?:last|previous)\s+(?:year|month)")
# a main clause that is negated or not asserted (Saurí and Pustejovsky 2009, FactBank: a
# negated or modal predicate is no fact, and an act timed by it is not told as done)
_UNASSERTED = re.compile(
    r"\b(?:not|never|no|would|could|might|may|will|if|unless)\b|n't\b", re.IGNORECASE
)
_FLAGS_OUT = frozenset({"negated", "hypothetical", "planned"})


def bare_clause(
    text: str, s: int, sent: str, trigs: Sequence[Trigger], dates: Sequence[DateMention]
) -> re.Match[str] | None:
    """The ``BARE`` match opening an "after", "as" or "when" clause of the sentence ``sent``
    (at ``s`` in ``text``; ``trigs`` at text offsets, ``dates`` at sentence offsets) whose own
    verb is a past act of force, beside a main clause with an asserted act of another kind;
    None when the sentence has none."""
    strong = [t for t in trigs if t.weight > WEAK]
    for m in BARE.finditer(sent):
        at = s + m.start()
        if not any(d.end <= m.start() and d.range.precision == 1 for d in dates):
            continue  # no day of the main clause's own to lend the clause
        main = [t for t in strong if t.end <= at]
        if not main or not _main_asserted(text, s, at, main):
            continue
        if m["dir"].lower() == "as" and not TEMPORAL_AS.match(sent, m.start()):
            continue
        if m["dir"].lower() == "after" and _LONG_BEFORE.search(sent, 0, m.start()):
            continue
        # "condemned the riot ..., when crowds burned cars": the clause tells the act named
        told = frozenset((t.full or t.code)[:2] for t in main)
        if _own_act(text, s + m.end(), sent, s, strong, dates, after=m["dir"].lower() == "after"):
            return None if _root(text, s + m.end(), strong) in told else m
    return None


def _main_asserted(text: str, s: int, at: int, main: list[Trigger]) -> bool:
    """The main clause tells an act other than force, asserted: no negation or modal."""
    lead = main[0]
    if (lead.full or lead.code)[:2] in _FORCE_ROOTS or lead.code.startswith("DIS"):
        return False
    if any(_FLAGS_OUT & set(t.flags) for t in main):
        return False
    return not _UNASSERTED.search(text, s, at)


def _own_act(
    text: str,
    opened: int,
    sent: str,
    s: int,
    strong: list[Trigger],
    dates: Sequence[DateMention],
    *,
    after: bool = False,
) -> bool:
    """The clause opening at ``opened`` has a plain subject and a past verb of force for its
    first verb, the act the reader drafts for it, and no time of its own in the past. An
    "after" clause's act of force proper (CAMEO 18-20) is left to ``embedded_acts.after_act``,
    which dates it on or before the main clause's day (TimeML: "after" orders it BEFORE)."""
    closed = _CLAUSE_END.search(text, opened, s + len(sent))
    end = closed.start() if closed else s + len(sent)
    # the clause's verbs in order ("defied a curfew and stormed the residence"); a noun
    # trigger in the subject ("protesters") is no verb of its own
    verbs = sorted(
        (t for t in strong if opened <= t.start < end and _past(t.text)), key=lambda t: t.start
    )
    if not verbs or not _force(verbs[0]):
        return False
    act = verbs[0]
    if after and (act.full or act.code)[:2] in _AFTER_ACT_ROOTS:
        return False
    # the act the reader drafts for the clause (its first strong trigger past the mark) must
    # be this one, not a noun of the subject or a later verb
    drafted = next(t for t in strong if t.start >= opened)
    if drafted is not act or _FLAGS_OUT & set(act.flags) or _IDIOM_AFTER.match(text, act.end):
        return False  # "the protests gathered pace": no act
    subject = text[opened : act.start]
    if not subject.strip() or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return False
    if _NOT_DOER.search(subject) or _BACKGROUND.search(text, opened, end):
        return False
    # a date of the clause's own that is no single day ("in March", "last year")
    return not any(opened - s <= d.start < end - s and d.range.precision != 1 for d in dates)


def _force(t: Trigger) -> bool:
    """The trigger's code is one of material conflict (``_FORCE_ROOTS``, not ``_NOT_FORCE``)."""
    full = t.full or t.code
    return full[:2] in _FORCE_ROOTS and not full.startswith(_NOT_FORCE)


def _past(words: str) -> bool:
    """The trigger's first word is a finite past verb ("stormed", "fired", "seized")."""
    first = words.split()[0].strip(".,;:").lower() if words.split() else ""
    forms = verb_forms(first)
    return forms is not None and "VBD" in forms[1]


def _root(text: str, opened: int, strong: list[Trigger]) -> str:
    """The root of the first strong trigger at or after ``opened``: the clause's act."""
    first = next(t for t in strong if t.start >= opened)
    return (first.full or first.code)[:2]
