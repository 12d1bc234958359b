"""A rescue from captors by armed or security forces: an operation against whoever holds
the captives, not aid given to people in need (CAMEO 1.1b3 §073 provide humanitarian aid).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.recoding import FORCED_ENTRY
from dashboard.events.senses import _ARMED
from dashboard.events.tokens import Token, verb_forms

_RESCUE = frozenset("rescue free".split())


def rescued_from_captors(p: Parse, m: Match) -> bool:
    """A humanitarian-aid reading (CAMEO 07) of "rescue" whose doer, before it in the
    sentence, is a force of the ``TROOPS`` class ("ordered security forces to rescue the
    children", "commandos rescued the hostages"), in a sentence that names captivity (a
    ransom, hostages, kidnappers): freeing captives by force is a security operation against
    the captors, and no aid; "rescue teams pulled survivors from the rubble" stays §073."""
    tokens = p.tokens
    if not m.rule.code.startswith("07") or not tokens[m.first].keys & _RESCUE:
        return False
    captivity = word_class("CAPTIVITY")  # classes.csv, with its source
    if not any(t.keys & captivity for t in tokens):
        return False
    troops = word_class("TROOPS")
    doers = range(max(0, m.first - 6), m.first)
    if not any(tokens[k].keys & troops or _security_body(tokens, k) for k in doers):
        return False
    # a rescue done ("Troops rescued 30 hostages"): force against the captors, which
    # ``rescued_by_forces`` codes (§19); only one ordered or to come is dropped here
    return not _done(tokens, m.first)


def _security_body(tokens: list[Token], k: int) -> bool:
    """ "security agencies", "security services" at ``k``: classes.csv ``SECURITY_BODY``
    after "security" names the state's forces ("aid agencies" names none)."""
    return (
        k > 0
        and tokens[k - 1].lower == "security"
        and bool(tokens[k].keys & word_class("SECURITY_BODY"))
    )


def _done(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a finite past verb ("rescued"), not after "to" or an auxiliary?"""
    forms = verb_forms(tokens[k].lower)
    before = tokens[k - 1].lower if k else ""
    return forms is not None and "VBD" in forms[1] and before not in ("to", "will", "would")


# what frees captives by force, told after the freeing ("freed in a raid", "in a military
# operation"): classes.csv's FORCED_RESCUE, with its source
_IN = frozenset("in during".split())
_BE = frozenset("was were been being".split())


def freed_by_force(p: Parse, m: Match) -> bool:
    """Is ``m`` a release (§0841) told in the passive as done "in a raid" or "in a military
    operation" in its own clause ("two hostages held by Hamas were freed in a raid in Rafah")? CAMEO 1.1b3
    §0841 codes the holder letting go; captives taken back by force were not let go, and the
    holder is the side the force was used against (§19), not the source of a release."""
    tokens = p.tokens
    if m.rule.code.startswith("0841") and _freed_in_retaking(p, m):
        return True
    if not m.rule.code.startswith("0841") or not _BE & {
        t.lower for t in tokens[m.first - 2 : m.first]
    }:
        # an active freeing keeps its doer's release ("The army freed the hostages in an
        # operation", test_reader5_round): only the passive leaves the holder as its source
        return False
    forced = word_class("FORCED_RESCUE")
    clause = p.clause[m.last]
    for k in range(m.last + 1, min(m.last + 5, len(tokens))):
        if p.clause[k] != clause or tokens[k].boundary:
            return False
        if tokens[k].lower in _IN:
            return any(t.keys & forced for t in tokens[k + 1 : k + 5])
    return False


# the verbs of taking a site back by force ("Police retook the prison") and the sites held
# by rioters or captors whose retaking frees those inside (Merriam-Webster retake v. 'to
# take again; recapture'; storm v. 'to attack by storm')
_RETAKE = frozenset("retake recapture storm".split())
_HELD_SITES = frozenset("prison jail gaol penitentiary".split())


def _freed_in_retaking(p: Parse, m: Match) -> bool:
    """Is ``m`` an "-ing" freeing after a comma whose clause's verb retook or stormed a
    prison ("Police retook the prison on Monday, freeing the guards held there")? Those freed
    were taken back by force from their holders (CAMEO 1.1b3 §19, as ``freed_by_force``);
    the holders let no one go, and no side released anyone (§0841)."""
    tokens = p.tokens
    k = m.first
    if k < 2 or not tokens[k].lower.endswith("ing") or tokens[k - 1].text != ",":
        return False
    verbs = [j for j in p.verbs if j < k - 1 and tokens[j].keys & _RETAKE]
    return bool(verbs) and any(t.keys & _HELD_SITES for t in tokens[verbs[0] : k])


_BY = frozenset({"by"})
_HOLD = frozenset("hold held".split())


def rescued_by_forces(p: Parse, m: Match) -> bool:
    """Is ``m`` an aid reading (§07) of captives "rescued" by armed or security forces, told
    in the passive with the forces after "by" ("two aid workers held by JNIM were rescued by
    French troops") or in the active with the forces as subject ("commandos rescued two
    workers held by JNIM")? The sentence must tell of captivity (classes.csv ``CAPTIVITY``,
    or "held by"): captives taken back by troops were freed by force against their holder
    (CAMEO 1.1b3 §19, as ``freed_by_force``), not given aid; "sailors were rescued by the
    navy" after a sinking, with no captor, stays §073."""
    tokens = p.tokens
    if not m.rule.code.startswith("07") or not _rescue_word(p, m) or not _captivity(p):
        return False
    troops = word_class("TROOPS")
    if _passive(p, m):
        return _by_forces(p, m)
    return m.first in p.verbs and any(
        t.keys & troops for t in tokens[max(0, m.first - 6) : m.first]
    )


def released_by_forces(p: Parse, m: Match) -> bool:
    """Is ``m`` a release (§0841) of captives told in the passive with armed or security
    forces as its agent ("three hostages were freed by special forces"), or in the active
    with them as subject and the holder after "from"? Captors do not
    free their captives to troops: the troops took them back by force (CAMEO 1.1b3 §19).
    The sentence must tell of captivity, as for ``rescued_by_forces``."""
    if not m.rule.code.startswith("0841") or not _captivity(p):
        return False
    if _passive(p, m):
        return _by_forces(p, m)
    # the active: forces free captives "from" their holder ("Nigerian troops freed 30
    # hostages from bandits"): taken back by force, not released by the troops (newuser49b);
    # "The army freed the hostages in an operation" names no holder and stays a release
    tokens = p.tokens
    troops = word_class("TROOPS")
    forces_first = any(t.keys & troops for t in tokens[max(0, m.first - 6) : m.first])
    after = tokens[m.first + 1 : min(len(tokens), m.first + 8)]
    # "from" their holder, or captives "held by" it ("freed 20 hostages held by Boko Haram")
    holder = any(t.lower == "from" for t in after) or _held_by(after)
    return forces_first and holder and _done(tokens, m.first)


def _rescue_word(p: Parse, m: Match) -> bool:
    return any(t.keys & _RESCUE for t in p.tokens[m.first : m.last + 1])


def _passive(p: Parse, m: Match) -> bool:
    """Is the match's verb (its last word for a subject-first row) after a "be" form?"""
    tokens = p.tokens
    verb = m.last if tokens[m.last].keys & (_RESCUE | {"release"}) else m.first
    return bool(_BE & {t.lower for t in tokens[max(0, verb - 2) : verb]})


def _held_by(tokens: list[Token]) -> bool:
    """Do ``tokens`` hold a form of "hold" right before "by" ("held by bandits")?"""
    return any(
        t.keys & _HOLD and i + 1 < len(tokens) and tokens[i + 1].lower in _BY
        for i, t in enumerate(tokens)
    )


def _captivity(p: Parse) -> bool:
    """Does the sentence tell of people held by captors (``CAPTIVITY``, or "held by")?"""
    tokens = p.tokens
    captivity = word_class("CAPTIVITY")
    held = _held_by(tokens)
    return held or any(t.keys & captivity for t in tokens)


def _by_forces(p: Parse, m: Match) -> bool:
    """Does a "by" phrase right after the match name armed or security forces (``TROOPS``:
    "by French troops", "by Israeli special forces") in its own clause?"""
    tokens = p.tokens
    troops = word_class("TROOPS")
    clause = p.clause[m.last]
    # from the verb: a row whose object slot took the agent ("freed by Nigerian soldiers"
    # read as "free * @HELD", soldiers being held people too) ends past the "by"
    verb = m.last if tokens[m.last].keys & (_RESCUE | {"release"}) else m.first
    after = range(verb + 1, min(verb + 3, len(tokens)))
    by = next((k for k in after if tokens[k].lower in _BY), None)
    if by is None:
        by = _by_after_source(p, verb)
    if by is None:
        return False
    for k in range(by + 1, min(by + 5, len(tokens))):
        if p.clause[k] != clause or tokens[k].boundary:
            return False
        if tokens[k].keys & troops:
            return True
    return False


_FROM = frozenset({"from"})
_FROM_REACH = 6  # tokens a "from" phrase may hold before the agent: "from the armed bandits"


def _by_after_source(p: Parse, verb: int) -> int | None:
    """The "by" of a passive's agent told after a "from" phrase of the verb ("were rescued
    from bandits by the army"): the source phrase (whom they were freed from) and the agent
    phrase are both adjuncts of the verb, in either order (Quirk et al. 1985, 9.17: the
    "by"-agent of a passive; 9.21 "from" of source); None when the verb is not followed by
    "from" or no "by" ends the phrase in the clause."""
    tokens = p.tokens
    if verb + 1 >= len(tokens) or tokens[verb + 1].lower not in _FROM:
        return None
    clause = p.clause[verb]
    for k in range(verb + 2, min(verb + 2 + _FROM_REACH, len(tokens))):
        if p.clause[k] != clause or tokens[k].boundary:
            return None
        if tokens[k].lower in _BY:
            return k
    return None


_PRISON = frozenset("prison jail gaol penitentiary".split())
_GANG = frozenset("gang gangster bandit armed".split())
_RAIDS = frozenset("raid attack torch".split())


def freed_by_raiders(p: Parse, m: Match) -> bool:
    """Prisoners "freed" by armed men who forced their way into the prison ("Gunmen attacked
    the jail and freed 200 inmates"): a release is a captor's concession (CAMEO 1.1b3 §0841);
    a jailbreak by raiders is part of their assault, force (§19). Those the subject held
    itself ("rebels freed the soldiers they had captured") are a release."""
    tokens = p.tokens
    if not any(t.keys & _PRISON for t in tokens):
        return False
    for i in range(m.first):
        # "set fire to the police station and freed 500 inmates": arson is force as well
        arson = tokens[i].lower == "set" and i + 1 < m.first and tokens[i + 1].lower == "fire"
        if i in p.verbs and (tokens[i].keys & (FORCED_ENTRY | _RAIDS) or arson):
            before = tokens[:i]
            return any(t.keys & (_ARMED | _GANG) for t in before)
    return False
