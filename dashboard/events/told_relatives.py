"""A done act of force or seizure told in a restrictive relative clause with a day of its own,
beside a verbal main act: "demanded the release of the ship that Iranian forces seized in the
Gulf of Oman yesterday" tells the seizure (CAMEO 1.1b3 §171) as well as the demand; "accused
Pakistan of backing the gunmen who shot dead four pilgrims on Sunday" tells the killing (§180).

A restrictive relative clause holds a proposition of its own (Quirk et al. 1985, 17.8), and
TimeML 1.2.1 anchors each event to its own TIMEX3: a day phrase inside the clause, after its
past verb, dates that clause's act, not the main verb. Without such a day the clause only
describes its noun ("the group that attacked the base"), and stays a description: dated only
to the publication week, the act would be a confident wrong card (``relative_background``).

Only beside a verbal main act (a statement, appeal, demand, accusation or threat): after a
material act ("arrested the men who attacked the post on Monday") the day may as well be the
arrest's, so nothing is read there.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.date_scope import _day_or_two
from dashboard.events.dates import DateMention
from dashboard.events.place_relatives import where_opened, within_week
from dashboard.events.tokens import verb_forms

# the main act's roots that only say or ask (CAMEO 1.1b3 §01 statement, §02 appeal, §10
# demand, §11 disapprove, §12 reject, §13 threaten): words about an act, never the act itself
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# the clause's act: force (18-20), a seizure of property (171) or persons (173 arrest, 181
# abduction), all done to their object and news of their own
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_SEIZURE_CODES = ("171", "173", "181")
# a hazard or accident told in such a clause ("the airliner that crashed on Friday, killing
# 62"): a happening of its own (EM-DAT counts it by its day), beside a statement or beside an
# inquiry into its cause (CAMEO 1.1b3 §090 investigate: the inquiry is the sentence's act,
# the crash it looks into happened on its own day)
_HAZARD = "DIS-"
_INQUIRY = "09"
# a visit or meeting at the place where the act befell (CAMEO 1.1b3 §04 consult: "visited the
# school where a gunman killed nine pupils on Friday"): only with "where" (``place_relatives``)
_VISIT = "04"
# a noun, then the relative word: "the ship that", "the gunmen who", "the journalist whom";
# the noun phrase opens with a determiner or a possessive within four words
_HEAD = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|these|those|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[A-Za-z][\w-]*)\s+(?P<rel>that|which|who|whom)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
# after an object relative's verb, no object of its own: its adjuncts or its end ("seized in
# the Gulf of Oman yesterday", "arrested on Monday"); "seized the tanker" is a complement
_GAPPED = re.compile(
    r"\s*(?:[,.;]|$)|\s+(?:on|in|at|off|near|outside|last|yesterday|earlier|early|late|this|"
    r"from|during|overnight)\b",
    re.IGNORECASE,
)
# a lexicon row that holds its subject and relative word: "gunmen who shot" (the verb after)
_VERB_IN = re.compile(r"[\w-]+\s+(?:who|that)\s+(?:had\s+)?(?P<verb>[a-z]+)\b")
# where the relative clause closes: a comma, a semicolon or the sentence's end
_CLOSE = re.compile(r"[,;]")


# a zero-width match marks where the main act's span ends and the act's sides begin, the
# shape ``relative_acts.relative_act`` returns (its ``start()`` and ``end()``)
_MARK = re.compile("")


def _past(word: str) -> bool:
    """A past verb form ("seized", "said"): the clause's own act; and a word that heads no
    noun phrase, so before "that" it takes a complement clause, and between the relative
    word and the act it is another verb."""
    forms = verb_forms(word.lower())
    return forms is not None and "VBD" in forms[1]


def dated_relative_act(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention], end: int
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """The act of force or seizure told in a restrictive relative clause after the verbal
    ``main`` and before ``end``, with a day phrase of its own after its past verb: (an empty
    match where the main act's span ends and the act's sides begin, the act's trigger, its
    date), or None. ``dates`` are the sentence's own mentions
    (offsets from ``s``). Subject relatives ("the gunmen who shot dead …") read their sides
    from the noun on; object relatives ("the ship that Iranian forces seized …") from the
    relative word on, where the doer is named."""
    root = (main.full or main.code)[:2]
    if root not in _VERBAL_ROOTS and root not in (_INQUIRY, _VISIT):
        return None
    for t in strong:
        if t is main or t.start <= main.end or t.start >= end:
            continue
        code = t.full or t.code
        hazard = code.startswith(_HAZARD)
        if root == _INQUIRY and not hazard:
            continue  # "investigating the men who attacked": the inquiry's own object
        if code[:2] not in _FORCE_ROOTS and not code.startswith(_SEIZURE_CODES) and not hazard:
            continue
        verb = _VERB_IN.match(t.text)  # "gunmen who shot": the lexicon's row holds the noun
        at = t.start + verb.start("verb") if verb else t.start
        if not _past(text[at:].split()[0]):
            continue
        found = _opened(text, main.end, at, t.end)
        if found is None:
            continue
        head, rel, subject_relative = found
        if root == _VISIT and not text.startswith("where", rel):
            continue  # a visit's object told by "that" or "who": a description (module doc)
        # a "where" clause's week ("late last week") is a time of its own too: a place noun's
        # description names no time (``place_relatives``)
        located = text.startswith("where", rel)
        # a hazard's day, or a located act's, is bound to it (``main_clause``'s ``later``), so
        # ``end`` stops before it: the clause runs to its own comma
        own = hazard or located
        close = _CLOSE.search(text, t.end, len(text) if own else end)
        stop = close.start() if close else (len(text) if own else end)
        days = [
            dm
            for dm in dates
            if t.end <= s + dm.start < stop and (_day_or_two(dm) or (located and within_week(dm)))
        ]
        if not days:
            continue  # no time of its own: a description of its noun
        marker = _MARK.match(text, head if subject_relative else rel)
        return (marker, t, days[0]) if marker is not None else None
    return None


def _opened(text: str, lo: int, at: int, t_end: int) -> tuple[int, int, bool] | None:
    """(where the antecedent noun starts, where the relative word starts, whether the noun is
    the clause's subject) for the relative clause whose verb starts at ``at`` (its trigger
    ending at ``t_end``), or None."""
    window = text[max(lo, at - 80) : at]
    base = at - len(window)
    # subject relative: the relative word right before the verb ("who shot dead")
    m = _HEAD.search(window)
    if m is not None:
        if _past(m["noun"]):
            return None
        return base + m.start("noun"), base + m.start("rel"), True
    # object relative: the relative word, a subject with no finite verb, then the verb
    for rel in re.finditer(r"\b(?:that|which|whom)\s+", window, re.IGNORECASE):
        subject = window[rel.end() :]
        words = subject.split()
        doers = [w for w in words if w.lower() != "had"]
        if not 1 <= len(doers) <= 4 or any(_past(w) for w in doers):
            continue
        before = _HEAD.search(window[: rel.end()])
        if before is None or _past(before["noun"]):
            continue
        if _GAPPED.match(text, t_end) is None:
            continue  # "said that Iranian forces seized the tanker": a complement clause
        return base + before.start("noun"), base + rel.start(), False
    # locative relative: "the corner where two men were stabbed" (``place_relatives``)
    where = where_opened(window)
    if where is not None and _GAPPED.match(text, t_end) is not None:
        return base + where[0], base + where[1], False
    return None
