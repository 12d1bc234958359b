"""Seizures of a vessel told with the vessel before its verb: in a relative clause whose
object is the vessel ("a vessel that Iranian commandos seized", "the tanker its fighters
took": the object is gapped, Quirk et al. 1985, 17.12 and 17.14 on contact clauses), or by a
pronoun back to it ("its tanker, which was sailing ... when Iranian forces took it").

CAMEO 1.1b3 §171 codes property seized by a state's armed forces, §181 a vessel hijacked by
irregulars (pirates, gunmen), as the lexicon's rows for "forces seized the tanker" do; the
lexicon only reads such a verb with its object after it. An appositive that carries such a
relative clause after a main act ("demanded that Iran free the ship, a vessel that commandos
seized yesterday") tells the seizure as a proposition of its own, dated by its own day, as a
"which" clause does (``date_scope._trailing_relative_act``).
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.craft_seizures import craft_takings
from dashboard.events.date_scope import _trailing_relative_act, clause_act
from dashboard.events.dates import DateMention
from dashboard.events.day_possessed import day_possessed_act
from dashboard.events.prefilter import gated
from dashboard.events.told_nouns import dated_event_noun
from dashboard.events.told_relatives import dated_relative_act

WEIGHT = 4  # as the lexicon's rows for armed men seizing or boarding a vessel

_VESSEL = r"(?:tankers?|ships?|vessels?|freighters?|boats?|trawlers?|carriers?|dhows?|yachts?)"
# those who take a vessel by force: a state's (§171) or irregulars (§181)
_STATE = r"commandos?|marines?|soldiers?|troops?|forces?|guards?|navy|sailors?|coast ?guards?"
_IRREGULAR = r"pirates?|gunmen|gunman|fighters?|militants?|rebels?|insurgents?|hijackers?"
# matched in any case: a sentence's first word is capitalised ("Pirates approached a tanker
# and diverted it"), as are the words of a title or a unit's name ("Revolutionary Guards")
_AGENT = rf"(?P<agent>(?i:{_STATE}|{_IRREGULAR}|armed (?:men|boats)|special forces))"
# who took it: a determiner or possessive, then up to two modifiers ("its fighters", "Iranian
# commandos", "the country's naval forces")
_SUBJECT = rf"(?:(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){{0,2}}?{_AGENT}"
_TAKE = r"(?P<verb>seized|took|captured|hijacked|commandeered|impounded|boarded)"
# after the verb, no object of its own: the clause's adjuncts, its end, or the main verb
_GAPPED = (
    r"(?=\s*(?:[,.;]|$|\s(?:on|in|at|off|near|last|yesterday|earlier|early|late|this|from|"
    r"during|after|before|had|has|was|were|and)\b))"
)
# "a vessel that Iranian commandos seized", "the tanker its fighters took on Sunday"
_OBJECT_RELATIVE = gated(
    rf"\b{_VESSEL}(?:\s+[A-Z][\w-]*){{0,3}},?\s+(?:(?:that|which)\s+)?{_SUBJECT}\s+"
    rf"(?:had\s+)?{_TAKE}{_GAPPED}"
)
# "... when Iranian forces took it": "it" points back to the vessel the sentence named
_PRONOUN = gated(rf"\b{_SUBJECT}\s+(?:had\s+)?{_TAKE}\s+it{_GAPPED}")
_VESSEL_WORD = re.compile(rf"\b{_VESSEL}\b", re.IGNORECASE)
# "Four armed boats surrounded a tanker ... and diverted it toward Iran": the second verb
# shares the first's subject (Quirk et al. 1985, 13.46), and a vessel forced off its course
# by armed men is taken, as the lexicon's row for skiffs that divert a ship codes it
_JOINED = gated(
    rf"\b{_SUBJECT}\s+(?:surrounded|intercepted|stopped|approached|chased)\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+)?{_VESSEL}\b[^.;]{{0,100}}?\band\s+(?P<verb>diverted|seized|took|"
    rf"captured|hijacked|commandeered|boarded)\s+it\b"
)


def gapped_seizures(sentence: str, found: list[Trigger]) -> list[Trigger]:
    """``found`` with the seizures of a vessel told before its verb added after them (a verb
    already read as a trigger is left as it is)."""
    added: list[Trigger] = []
    hits = list(_OBJECT_RELATIVE.finditer(sentence))
    hits += [m for m in _PRONOUN.finditer(sentence) if _VESSEL_WORD.search(sentence, 0, m.start())]
    hits += list(_JOINED.finditer(sentence))
    for m in hits:
        start, end = m.span("verb")
        if any(t.start < end and start < t.end for t in found + added):
            continue
        irregular = re.fullmatch(_IRREGULAR, m["agent"], re.IGNORECASE) is not None
        full = "181" if irregular else "171"
        added.append(Trigger(full[:2], WEIGHT, start, end, m["verb"], full))
    for start, end, verb, full in craft_takings(
        sentence
    ):  # boats that took it (``craft_seizures``)
        if not any(t.start < end and start < t.end for t in found + added):
            added.append(Trigger(full[:2], WEIGHT, start, end, verb, full))
    return found + added


# ", an Italian-flagged vessel that ...": an appositive noun phrase opening a relative clause
_APPOSITIVE_RELATIVE = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:that|which)\s+"
)


def relative_act(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention], end: int
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """``_trailing_relative_act``, or the same act told in a relative clause inside a trailing
    appositive (", a vessel that commandos seized in the Arabian Sea yesterday"), or in a
    restrictive one beside a verbal act (``told_relatives.dated_relative_act``)."""
    found = _trailing_relative_act(text, s, main, strong, dates, end)
    if found is not None:
        return found
    m = _APPOSITIVE_RELATIVE.search(text, main.end, end)
    # the same conditions as a "which" clause's: a past act with a day of its own, and a
    # date of the main clause's before the appositive, so the two are told apart
    found = None if m is None else clause_act(text, s, m, strong, dates, end)
    # "demanded the release of the ship that Iranian forces seized yesterday": a restrictive
    # relative clause's dated act beside a verbal main act (``told_relatives``)
    found = found or dated_relative_act(text, s, main, strong, dates, end)
    # "appealed for witnesses to the shooting at a resort near Sousse earlier this week": a
    # definite noun's act with its own place and day (``told_nouns``)
    found = found or dated_event_noun(text, s, main, dates, end)
    # "called for an inquiry into Monday's strike on a clinic": a possessive day's act
    return found or day_possessed_act(text, s, main, dates, end)
