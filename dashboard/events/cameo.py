"""CAMEO root categories and the trigger lexicon that assigns them.

Each trigger is a regular expression over lowercase text. A sentence's main trigger is the
one with the highest weight (multi-word, specific phrases outweigh single verbs); the
reporting verbs of 01 are weak, so "X said Y" reports Y's event when Y has a trigger.
The names are the CAMEO manual's (1.1b3) root names; QuadClass follows GDELT's split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
    0 for the non-CAMEO happenings (``DIS-…`` disaster and accident types)."""
    if not code[:2].isdigit():
        return 0
    n = int(code[:2])
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


def event_type(code: str) -> EventType:
    return EventType(code, ROOTS[code])


# (code, weight, pattern). Weight: 1 weak reporting verb, 2 single word, 3 phrase, 4 specific phrase.
_LEXICON: list[tuple[str, int, str]] = [
    ("01", WEAK, r"\b(?:said|says|told|stated|announced|declared|commented|speaking|spoke to|remarked)\b"),
    ("02", 3, r"\b(?:urged|appealed|called on|called for|requested|asked for)\b"),
    ("03", 4, r"\b(?:agreed to|agreed on|pledged to|vowed to|promised to|committed to|agreed)\b"),
    ("03", 3, r"\b(?:bolster|strengthen|deepen|step up)(?:ed|ing|s)?\b[\w\s-]{0,30}?\b(?:ties|cooperation|relations|partnership)\b"),
    ("04", 4, r"\b(?:welcomed aboard|port call|held talks|state visit|official visit|summit)\b"),
    ("04", 3, r"\b(?:visit(?:ed|s|ing)?|met with|meets with|talks with|talks|hosted|greeted|spoke with|consultations?|trip to|arrived in|toured)\b"),
    ("05", 4, r"\b(?:repair(?:ed|ing)? (?:\w+ )?ties|restor(?:e|ed|ing) (?:diplomatic )?(?:ties|relations)|improve(?:ment|d)? (?:in )?(?:ties|relations)|normali[sz](?:e|ed|ation)|signed (?:an? )?(?:\w+ )?(?:agreement|accord|treaty|deal|pact)|diplomatic recognition)\b"),
    ("06", 4, r"\b(?:joint (?:training|exercises?|drills?|patrols?|military exercises?)|military cooperation|intelligence sharing|share intelligence|trade deal)\b"),
    ("07", 4, r"\b(?:humanitarian (?:aid|assistance)|aid (?:convoy|deliveries|shipment)|delivered aid|relief (?:supplies|aid)|food aid|military aid|provid(?:e|ed|ing) (?:aid|assistance))\b"),
    ("08", 3, r"\b(?:ceasefire|truce|withdr(?:ew|awn|awal)|released (?:\w+ )?(?:prisoners|hostages|detainees)|evacuat(?:ed|ion))\b"),
    ("09", 3, r"\b(?:investigat(?:e|ed|ion|ing)|inquiry|probe)\b"),
    ("10", 3, r"\b(?:demanded|demands|ultimatum)\b"),
    ("11", 3, r"\b(?:condemn(?:ed|s)?|criticis(?:e|ed)|criticiz(?:e|ed)|accused|denounced)\b"),
    ("12", 3, r"\b(?:rejected|refused|vetoed|veto)\b"),
    ("13", 3, r"\b(?:threatened|threatens|warned of)\b"),
    ("14", 3, r"\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors)|rall(?:y|ies)|marched)\b"),
    ("15", 4, r"\b(?:fired (?:a |an |two |three |several |a barrage of )?(?:\w+[ -]){0,3}?(?:missiles?|rockets?)|test[- ]fired|test flight|missile (?:test|launch)|launched (?:a |an )?(?:\w+[ -]){0,3}?missiles?|ballistic missiles?|military (?:drills|exercises)|live-fire|show of force|mobili[sz]ed)\b"),
    ("15", 2, r"\b(?:deployed|drills|exercises|patrols)\b"),
    ("16", 4, r"\b(?:sanctions?|expelled (?:\w+ )?diplomats|cut (?:diplomatic )?ties|severed (?:\w+ )?(?:ties|relations)|embargo|suspended (?:\w+ )?(?:talks|cooperation|aid))\b"),
    ("17", 3, r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|seized|crackdown|deported|coup)\b"),
    ("18", 4, r"\b(?:suicide (?:bomb(?:ing|er)?|attack)|car bomb|bombing|assassinat(?:ed|ion)|abduct(?:ed|ion)|kidnapp(?:ed|ing)|hijack(?:ed|ing))\b"),
    ("19", 4, r"\b(?:occupation|occupied|invasion|invaded|airstrikes?|air strikes?|shelling|shelled|clash(?:es|ed)|fighting|attack(?:s|ed)? on (?:\w+ )?(?:ships?|vessels?|shipping|positions|forces|troops)|counteroffensive|offensive)\b"),
    ("19", 3, r"\b(?:attack(?:s|ed)?|struck|strikes?|fought)\b"),
    ("20", 4, r"\b(?:massacre|genocide|ethnic cleansing|chemical weapons?|mass killings?)\b"),
]  # fmt: skip
LEXICON: list[tuple[str, int, re.Pattern[str]]] = [
    (code, weight, re.compile(pattern, re.IGNORECASE)) for code, weight, pattern in _LEXICON
]


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
    """All trigger matches in ``text``, strongest first; overlapping weaker ones dropped."""
    found = [
        Trigger(code, weight, m.start(), m.end(), m.group())
        for code, weight, rx in LEXICON
        for m in rx.finditer(text)
        if not (code == "19" and _HAZARD.search(text, 0, m.start()))
    ]
    found.sort(key=lambda t: (-t.weight, t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in found:
        if not any(t.start < k.end and k.start < t.end for k in kept):
            kept.append(t)
    return kept
