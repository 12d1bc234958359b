"""Troops sent in a story that is telling a natural hazard: "The quake struck the coast on
Monday. The prime minister said the government would send 1,000 more troops to the region."
The deployment row reads §154 (mobilize or increase armed forces), but CAMEO 1.1b3 §15 codes
a show of force toward an adversary, and a force sent where a disaster has just struck, with
no one to fight named, is there to help: §073 provide humanitarian aid, or §0333 when it is
an intent stated (as ``recoding._rescue_purpose`` reads "sent troops to help rescue…" when
the purpose is written out). EM-DAT counts the armed forces' relief among a disaster's
response.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.trigger import Trigger

# what makes troops a force against someone even after a disaster: fighting, an armed side,
# unrest or public order named in the sentence (ACLED Codebook 2023: riots, protests and
# armed clashes are the events a deployment answers; "to curb looting" is security)
_OPPONENT = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|gunmen|jihadists?|militias?|enemy|enemies|"
    r"attacks?|offensive|invasion|border|frontier|clash(?:es)?|fighting|war|riots?|"
    r"unrest|protests?|protesters|loot(?:ing|ers)?|curfew|security|order|patrols?|"
    r"deter|drills?|exercises?)\b",
    re.I,
)
_DEPLOYMENT = "154"
# the forces sent must be named: "airbags did deploy" moves no one (CAMEO 1.1b3 actor
# codebook MIL: troops, soldiers, the army, the armed forces, the national guard)
_FORCES = re.compile(
    r"\b(?:troops|soldiers|servicemen|army|military|armed forces|forces|national guard|"
    r"guardsmen|marines|personnel)\b",
    re.I,
)
# a deployment stated as to come is read as a threat of force (§138) before its posture
# is known: "would send 1,000 troops" opens on a verb of sending
_THREAT = "138"
_SENDING = re.compile(r"(?:send|sent|sending|deploy|dispatch|mobili[sz]e)", re.I)


def relief_deployments(trigs: list[Trigger], sentence: str) -> list[Trigger]:
    """``trigs`` of one sentence told while the story's current happening is a natural
    hazard (``stories._hazard_story``), with a §154 deployment read as relief: §0333 (intent
    to provide humanitarian aid) when it is planned or intended, or read as a threat of force
    to come (§138 "would send troops"), §073 otherwise. A sentence
    naming an opponent, unrest or order to keep (``_OPPONENT``), or no armed forces
    (``_FORCES``: "his airbags did deploy"), keeps its codes."""
    if _OPPONENT.search(sentence) or not _FORCES.search(sentence):
        return trigs
    out: list[Trigger] = []
    for t in trigs:
        code = t.full or t.code
        stated = code == _THREAT and _SENDING.match(t.text) is not None
        if code != _DEPLOYMENT and not stated:
            out.append(t)
        elif stated or {"planned", "intent"} & set(t.flags):
            flags = tuple(f for f in t.flags if f not in ("planned", "intent"))
            out.append(replace(t, code="03", full="0333", flags=flags))
        else:
            out.append(replace(t, code="07", full="073"))
    return out
