"""A code refined by who does the act, after ``recoding``: a crowd's voice
(``crowd_voice.crowd_voiced``), a raid by irregulars (``irregular_raid``) and a harm told
of one assailant (``lone_assailant``).

"Raid" is two acts in ``cameo.csv``: the police's search and seizure (§173 arrest, detain)
and an armed attack (§190; by irregulars §180, the "gunman|militant * raid" row). Told of
an armed group or a gang ("Gangs carried out raids on two prisons", "the rebels raided the
depot"), it is the attack: irregulars detain no one under law (CAMEO 1.1b3 §173 is a legal
act; ACLED Codebook 2023 codes a gang's or militia's raid as an attack). The armed and
criminal nouns are ``classes.csv`` ``ARMED`` and ``CRIMINAL_GROUP``; the state's forces
(``TROOPS``: police, army) keep the arrest.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.crowd_voice import crowd_voiced
from dashboard.events.lexicon import Match, word_class

_IRREGULAR_RAID = "180"  # CAMEO 1.1b3 §180 use unconventional violence (attacks by irregulars)


def doer_recoded(p: Parse, m: Match, code: str) -> str:
    """``code`` of the match ``m`` as its doer makes it: §141 for a crowd's voice
    (``crowd_voiced``), §180 for a raid by irregulars (``irregular_raid``) or a §190 harm
    told of one assailant (``lone_assailant``); else ``code``."""
    code = crowd_voiced(p, m, code)
    if code == "190" and lone_assailant(p):
        return _ASSAULT  # "Eight were wounded when the attacker struck at random": §180
    return _IRREGULAR_RAID if code[:3] == "173" and irregular_raid(p, m) else code


_ASSAULT = "180"  # CAMEO 1.1b3 §180 use unconventional violence (an assailant's attack)


def lone_assailant(p: Parse) -> bool:
    """Does the sentence tell its harm of one assailant (``classes.csv`` ``LONE_ASSAILANT``:
    "the attacker", "an assailant") and name no armed force, armed group, gang or aerial
    weapon? Then a wounding or a strike is an assault (CAMEO 1.1b3 §180), not a military
    fight (§190 use conventional military force): "Eight others were wounded when the
    attacker struck at random" gives True; "The attacker fired on soldiers" (a force named)
    and "Troops struck the village" give False."""
    keys = [t.keys for t in p.tokens]
    forces = (
        word_class("TROOPS")
        | word_class("ARMED")
        | word_class("CRIMINAL_GROUP")
        | word_class("AERIAL")
    )
    lone = word_class("LONE_ASSAILANT")
    return any(k & lone for k in keys) and not any(k & forces for k in keys)


def irregular_raid(p: Parse, m: Match) -> bool:
    """Is the match a "raid" whose clause's subject (the words before the clause's first
    verb) names an armed group or a gang and no state force ("Gangs carried out raids",
    "Bandits raided", "The gangs did not claim the raids")? "Troops killed 30 insurgents in a
    raid" (the insurgents are the object), "police raided a gang's hideout" and "Rebels said
    police raids…" (a state force named up to the raid) keep their reading."""
    tokens = p.tokens
    if not any("raid" in tokens[k].keys for k in range(m.first, m.last + 1)):
        return False
    opening = p.opening(m.first)
    verb = next((k for k in range(opening, m.first) if k in p.verbs), m.first)
    subject = tokens[opening:verb]
    irregular = word_class("ARMED") | word_class("CRIMINAL_GROUP")
    state = word_class("TROOPS") - irregular  # "militia", "fighter" are in both
    # "Rebels said police raids…": a state force up to the raid makes the raid its own
    between = tokens[opening : m.last + 1]
    return any(t.keys & irregular for t in subject) and not any(t.keys & state for t in between)
