"""The act a complement clause's predicate names, past a noun of its subject.

"The government demanded that the protesters end their sit-in": the first trigger after
"demanded" is the noun "protesters" (§140), the subject of the "that" clause; the act
demanded is the clause's predicate, "end their sit-in" (§082, so §1052). An appeal, a demand,
a refusal or a threat governs the act its complement clause predicates, not the actors that
clause names as its subject (CAMEO 1.1b3 §02, §10, §12, §13: the code is the act sought,
refused or threatened; Quirk et al. 1985 §16.31, the subject of a "that" clause is not its
predication).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import WEAK, Trigger


def predicate_act(p: Parse, comp: Trigger, found: list[Trigger]) -> Trigger:
    """``comp``, or the first stronger-than-reporting trigger at or after the verb of its
    complement clause when ``comp`` lies wholly before that verb and holds no verb of its own.

    Shapes: ``p`` the sentence's parse, ``comp`` a trigger of ``found`` (character offsets).
    A clause with no later trigger keeps ``comp`` ("demanded that the protesters be
    punished" has none: the noun stays); a main clause is never read here.
    """
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    first = starts.get(comp.start)
    if first is None or p.kind(first) != "comp":
        return comp
    clause = p.clause[first]
    last = max(i for i, t in enumerate(p.tokens) if t.start < comp.end)
    if any(first <= v <= last for v in p.verbs):
        return comp  # "end their sit-in": the trigger is the predicate itself
    verb = next((v for v in sorted(p.verbs) if v > last and p.clause[v] == clause), None)
    if verb is None:
        return comp
    at = p.tokens[verb].start
    later = [
        t
        for t in found
        if t.start >= at and t.weight > WEAK and p.clause[starts.get(t.start, first)] == clause
    ]
    return min(later, key=lambda t: (t.start, -(t.end - t.start))) if later else comp


# the bare verbs of cooperation (cameo.csv's §060 row "cooperate|collaborate|partner|team
# up"): they name no field, unlike a joint venture or shared technology (§060's other rows)
_BARE = frozenset({"cooperate", "collaborate", "partner", "team"})
# the words that may follow the bare verb and still tell no field: its partner named
# ("with the Philippines", "with each other") and a degree ("fully", "closely")
_PARTNER = frozenset("with the and each other one another closely fully more further".split())


def kind_told(p: Parse, comp: Trigger, inner: str) -> str:
    """``inner``, or "" when it is the bare verb "cooperate" with nothing after it but its
    partner's name.

    "Vietnam said it was ready to cooperate with the Philippines" tells no kind of
    cooperation: CAMEO 1.1b3 §030 "express intent to cooperate, not specified below" (and
    §020, §100, §120 for an appeal, a demand or a refusal), not §031 "intent to engage in
    material cooperation", which the manual keeps for economic, military, judicial or
    intelligence cooperation. Any other word after the verb in its clause ("on energy",
    "with the court's inquiry") may tell the field and keeps ``inner``, as does a §060 row
    that names one (a joint venture). Shapes: ``comp`` a trigger of ``p`` (character
    offsets); the empty code makes ``modality.recode`` give the parent.
    """
    if inner != "060":
        return inner
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    first = starts.get(comp.start)
    if first is None or not p.tokens[first].keys & _BARE:
        return inner
    clause = p.clause[first]
    for k in range(first + 1, len(p.tokens)):
        t = p.tokens[k]
        if p.clause[k] != clause or t.boundary or not t.text[:1].isalnum():
            break
        if t.lower not in _PARTNER and not t.text[:1].isupper():
            return inner
    return ""
