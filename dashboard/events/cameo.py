"""CAMEO root categories and the trigger lexicon that assigns them.

Each trigger is a regular expression over lowercase text. A sentence's main trigger is the
one with the highest weight (multi-word, specific phrases outweigh single verbs); the
reporting verbs of 01 are weak, so "X said Y" reports Y's event when Y has a trigger.
The names are the CAMEO manual's (1.1b3) root names; QuadClass follows GDELT's split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.events.clauses import parse
from dashboard.events.lexicon import Lexicon, Match, load
from dashboard.events.modality import intent_code, local_flags, public, recode
from dashboard.events.tokens import Token, tokenize
from dashboard.model import EventType

ROOTS: dict[str, str] = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
    "18": "Assault", "19": "Fight", "20": "Use unconventional mass violence",
}  # fmt: skip
WEAK = 1  # reporting verbs: only an event when nothing stronger is in the sentence
GOV_BONUS = 4  # the governing verb of the main clause outranks any background noun


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
    0 for the non-CAMEO happenings (``DIS-…`` disaster and accident types)."""
    if not code[:2].isdigit():
        return 0
    n = int(code[:2])
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


def event_type(code: str) -> EventType:
    return EventType(code, ROOTS[code])


@dataclass(frozen=True, slots=True)
class Trigger:
    code: str  # the two-digit CAMEO root, or a ``DIS-…`` type
    weight: int
    start: int
    end: int
    text: str
    full: str | None = None  # the full CAMEO code ("173"); None where only the root is known
    flags: tuple[str, ...] = ()  # polarity and modality: "negated", "hypothetical", "planned"


# Natural hazards "strike" and "hit" too; those verbs are not a fight when one is the subject.
_HAZARD = re.compile(
    r"\b(?:earthquakes?|quakes?|aftershocks?|storms?|cyclones?|hurricanes?|typhoons?|floods?|"
    r"landslides?|mudslides?|tsunamis?|eruptions?|wildfires?|tornado(?:es)?|drought)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def triggers(text: str) -> list[Trigger]:
    """All triggers in ``text`` (one sentence), strongest first; overlapping weaker ones dropped.

    The weight is the lexicon row's (1 weak reporting verb, 2-4 word to specific phrase) plus
    the match's role: +4 when it holds the governing verb of the main clause, +1 in a main
    clause, nothing in a background clause. So "soldiers arrested 100 people in the occupied
    West Bank" is 173 first, and "X said Y" reports Y's event.

    >>> [t.full for t in triggers("Police raided the offices of the newspaper.")]
    ['173']
    """
    lex = load()
    tokens = tokenize(text)
    p = parse(tokens, lex)
    found = [_trigger(text, p, m, lex) for m in lex.match(tokens)]
    found = [t for t in found if not (t.code == "19" and _HAZARD.search(text, 0, t.start))]
    gov = next((t for t in found if _is_gov(p, t)), None)
    if gov is not None:
        found.append(_govern(text, p, gov, found, lex))
    return _prune(found)


def _is_gov(p: Parse, t: Trigger) -> bool:
    return p.gov is not None and t.weight > WEAK and "gov" in t.flags


def _trigger(text: str, p: Parse, m: Match, lex: Lexicon) -> Trigger:
    tokens = p.tokens
    start, end = tokens[m.first].start, tokens[m.last].end
    weight, flags = m.rule.weight, set()
    if p.gov is not None and m.first <= p.gov <= m.last:
        flags = set(p.gov_flags) | {"gov"}
        # a phrase headed by the verb ("called off the strike") beats one ending on it
        weight += (GOV_BONUS if m.first == p.gov else GOV_BONUS - 1) if weight > WEAK else 0
    else:
        flags = local_flags(p, m, lex)
        if p.gov is not None and m.first > p.gov and p.clause[m.first] == p.clause[p.gov]:
            # the object of a negated or speculated verb shares its polarity and modality
            flags |= p.gov_flags & {"negated", "hypothetical"}
        main = p.kind(m.first) in ("main", "comp")
        weight += 1 if main and weight > WEAK else 0
    embeds = (f"embeds:{m.rule.embeds}",) if m.rule.embeds else ()
    return Trigger(m.rule.code[:2], weight, start, end, text[start:end], m.rule.code,
                   tuple(sorted(flags)) + embeds)  # fmt: skip


def _govern(text: str, p: Parse, gov: Trigger, found: list[Trigger], lex: Lexicon) -> Trigger:
    """The governing trigger, re-coded by its complement or by a stated future."""
    code = gov.full or gov.code
    end = gov.end
    embeds = next((f[7:] for f in gov.flags if f.startswith("embeds:")), "")
    flags = set(gov.flags)
    if embeds:
        comp = _complement(p, gov, found, verbal=embeds == "03v")
        if comp is not None:
            code, end = recode(embeds, comp.full or comp.code, lex), comp.end
        elif embeds == "03v" and (comp := _complement(p, gov, found, verbal=False)):
            code, end = comp.full or comp.code, comp.end  # "agreed to a ceasefire" is the truce
        flags.discard("intent")
    elif "intent" in flags:
        code = intent_code(code, lex)
    if code[:2] in ("03", "13"):  # a promise or a threat is an event, not speculation
        flags.discard("hypothetical")
    return Trigger(code[:2], gov.weight + 1, gov.start, end, text[gov.start : end], code,
                   public(flags))  # fmt: skip


def _complement(p: Parse, gov: Trigger, found: list[Trigger], verbal: bool) -> Trigger | None:
    tokens = p.tokens
    after = [
        t for t in found
        if t.start >= gov.end and t.weight > WEAK
        and p.kind(_index(tokens, t.start)) in ("main", "comp")
        and t.start - gov.end < 80
    ]  # fmt: skip
    if verbal:
        after = [t for t in after if _index(tokens, t.start) - 1 in p.verbs or
                 _index(tokens, t.start) in p.verbs]  # fmt: skip
    after.sort(key=lambda t: (t.start, -(t.end - t.start)))
    return after[0] if after else None


def _index(tokens: list[Token], start: int) -> int:
    return next(i for i, t in enumerate(tokens) if t.start == start)


def _prune(found: list[Trigger]) -> list[Trigger]:
    """Strongest first; a weaker trigger overlapping a kept one is dropped, but lends it its
    more specific code ("bomb exploded" 183 refined by "car bomb" 1832)."""
    found.sort(key=lambda t: (-t.weight, t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in found:
        clash = next((k for k in kept if t.start < k.end and k.start < t.end), None)
        if clash is None:
            kept.append(Trigger(t.code, t.weight, t.start, t.end, t.text, t.full, public(set(t.flags))))
            continue
        full, kfull = t.full or "", clash.full or ""
        if len(full) > len(kfull) and full.startswith(kfull):
            i = kept.index(clash)
            kept[i] = Trigger(clash.code, clash.weight, clash.start, clash.end, clash.text,
                              full, clash.flags)  # fmt: skip
    return kept
