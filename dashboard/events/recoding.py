"""Re-coding a match by who acts and on what (CAMEO 1.1b3's sections): rescue teams that
arrive give aid, a union's strike is a walkout, a crowd storming is a riot and the police
storming coercion, a launch that struck is an air strike, a ship seized is property.
"""

from __future__ import annotations

from itertools import pairwise

from dashboard.events.blocker_subject import blocker_subject
from dashboard.events.clause_words import AUX, Parse
from dashboard.events.crowd_parts import crowd_part
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.domain import _subject, group_subject
from dashboard.events.lexicon import Match, word_class
from dashboard.events.relief_goods import relief_purpose, relief_with
from dashboard.events.senses import _ARMED, _FORCES
from dashboard.events.state_closure import state_closed
from dashboard.events.tokens import Token

# CAMEO 1.1b3 §145 "protest violently, riot": a crowd that storms, ransacks or occupies a
# building protests violently; an armed force doing the same is 190/192. The subject decides.
CROWD = frozenset("protester demonstrator rioter crowd supporter marcher activist".split())
FORCED_ENTRY = frozenset(
    "storm ransack overrun occupy invade breach break force attack smash vandalise vandalize "
    "loot".split()
)


def _armed_blocker(p: Parse, m: Match) -> bool:
    """Is the subject of a passage blocked an armed force or group ("The Rapid Support Forces
    have blocked the main road", "Rebels barricaded the highway")? CAMEO 1.1b3 §14 is
    civilian protest; §191 "impose blockade, restrict movement" is force. Police are left to
    §144: a police cordon is neither."""
    k, tokens = m.first, p.tokens
    if p.kind(k) not in ("main", "comp") or tokens[k].keys & _PASSAGE_NOUNS:
        return False
    start = max(
        (j + 1 for j in p.verbs if p.opening(k) <= j < k and tokens[j].lower not in AUX),
        default=p.opening(k),
    )
    subject = blocker_subject(p, k, start)  # "The army said villagers blocked": no army's
    if any(t.keys & {"police", "policeman", "protester", "demonstrator"} for t in subject):
        return False
    return group_subject(p, m) or any(t.keys & (_ARMED | _FORCES) for t in subject)


_PASSAGE_NOUNS = frozenset("roadblock barricade sit-in".split())  # the noun names no blocker


def _civilian_blocker(p: Parse, m: Match) -> bool:
    """Is the subject of a blockade civilians ("Students have blockaded faculties across
    Serbia", "Farmers blockaded the border crossing")? CAMEO 1.1b3 §191 "impose blockade,
    restrict movement" is a use of force; civilians blocking a road, a building or a crossing
    is §144 obstruct passage (cameo.csv's §144 rows; ``_armed_blocker`` is the converse), as
    ACLED codes a blockade by protesters as a protest, not armed action."""
    k, tokens = m.first, p.tokens
    if p.kind(k) not in ("main", "comp"):
        return False
    # the words after the last verb before a verb trigger ("The army said students
    # blockaded"); before a noun ("Protesters set up a blockade"), after the last "said"
    noun = m.rule.kind == "N"
    start = max(
        (
            j + 1
            for j in p.verbs
            if p.opening(k) <= j < k
            and tokens[j].lower not in AUX
            and (not noun or tokens[j].lower in _SAID)
        ),
        default=p.opening(k),
    )
    subject = blocker_subject(p, k, start)
    if any(t.keys & (_ARMED | _FORCES) for t in subject):
        return False
    return any(t.keys & (_CIVILIANS | LABOUR) for t in subject)


_SAID = frozenset("said says told reported".split())
# who protests by blocking (CAMEO 1.1b3 §14 is civilian protest; LABOUR adds workers)
_CIVILIANS = frozenset(
    "protester demonstrator student activist resident villager farmer fisherman taxi "
    "motorist".split()
)


# who strikes by stopping work (the subjects of CAMEO 1.1b3 §143's rows in cameo.csv)
LABOUR = frozenset(
    "worker teacher doctor nurse driver miner employee union staff docker pilot farmer trucker "
    "dockworker unionist".split()
)
# what follows a verb "strike" used without an object: "to strike if…", "struck over pay"
_NO_OBJECT = frozenset("if unless over for until from on at again indefinitely next this".split())


_AID_WORKERS = frozenset("rescue rescuer search relief aid medical humanitarian".split())
_TEAMS = frozenset("team crew worker rescuer unit convoy".split())


def _aid_workers_arrive(p: Parse, m: Match) -> bool:
    """A visit verb whose subject is a rescue or relief team ("search teams from Spain
    arrived in Morocco"): CAMEO 1.1b3 §073, humanitarian aid."""
    subject = p.tokens[p.opening(m.first) : m.first]
    return any(t.keys & _AID_WORKERS for t in subject) and any(t.keys & _TEAMS for t in subject)


def _labour_strike(p: Parse, m: Match) -> bool:
    """The verb "strike" with no object, in a sentence whose subject is labour ("the union
    threatened to strike if…", "nurses will strike over pay"): CAMEO 1.1b3 §143."""
    k, tokens = m.first, p.tokens
    if m.first != m.last or "strike" not in tokens[k].keys:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and not (nxt.boundary or nxt.lower in _NO_OBJECT or nxt.lower in ".!?"):
        return False
    return _labour_named(tokens[:k])


# the nouns of a stoppage of work ("threatened a walkout", "further strikes")
_STOPPAGES = frozenset("strike walkout stoppage".split())


def _labour_threat(p: Parse, m: Match) -> bool:
    """A threat (a §13 match) whose threatened act is a strike, by a subject of labour ("Rail
    workers threatened to strike", "the union did not rule out further strikes"): CAMEO 1.1b3
    §133 threaten political dissent, protest; a walkout threatened is no armed attack
    (§1384). The strike is within the match or the three words after it, in its clause."""
    tokens = p.tokens
    k = m.first
    if not _labour_named(tokens[p.opening(k) : k]):
        return False
    for j in range(k, min(m.last + 4, len(tokens))):
        if j > m.last and tokens[j].boundary:
            return False
        if tokens[j].keys & _STOPPAGES:
            return True
    return False


def labour_stoppage(tokens: list[Token], k: int) -> bool:
    """Is a stoppage of work (a strike, a walkout) named within three words from token ``k``,
    with labour ("the union", "rail workers") named before it in the sentence? What a union
    holds open is a strike, not force (CAMEO 1.1b3 §133)."""
    if not _labour_named(tokens[:k]):
        return False
    return any(t.keys & _STOPPAGES for t in tokens[k : k + 3])


def _labour_named(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name labour: a ``LABOUR`` word, but not "Union" capitalised inside
    a name ("the African Union", "the Popular Resistance Union militia"), nor beside an armed
    noun ("the union's militia")."""
    if any(t.keys & _ARMED_NOUNS for t in tokens):
        return False
    return any(t.keys & LABOUR and t.text != "Union" for t in tokens)


# armed nouns that make a "strike" a force's ("the union's militia threatened strikes")
_ARMED_NOUNS = frozenset(
    "militia militiaman army troop soldier rebel fighter gunman militant insurgent".split()
)


def _crowd_entry(p: Parse, m: Match) -> bool:
    """The match is a verb forcing entry ("stormed", "ransacked", "overran") whose subject,
    before it in its clause, names a crowd ("Thousands of protesters", "Crowds demanding…")."""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "V" or k not in p.verbs or not tokens[k].keys & FORCED_ENTRY:
        return False
    if k > 0 and "be" in tokens[k - 1].keys:
        return False  # "A crowded mosque was attacked": a passive's subject suffered it
    # "crowded", "crowding": a participle describing a place, no crowd (cameo78)
    crowd = [i for i in range(p.opening(k), k) if tokens[i].keys & CROWD]
    if crowd_part(p, k, CROWD):
        return True  # "Protesters rallied, and others stormed the gate": part of the crowd
    return any(not tokens[i].lower.endswith(("ed", "ing")) for i in crowd)


def _police_and_crowd(p: Parse, m: Match) -> bool:
    """Is the match "clash(es)" whose "between" names police and a crowd ("Clashes erupted
    overnight between police and protesters")? CAMEO 1.1b3 §145 "protest violently, riot"
    with its own row "clash with police" codes these; §190 is fighting between armed forces."""
    tokens = p.tokens
    if not tokens[m.first].keys & {"clash", "skirmish", "scuffle"}:
        return False
    for k in range(m.last + 1, min(m.last + 6, len(tokens))):
        if tokens[k].lower == "between":
            sides = {w for t in tokens[k + 1 : k + 8] for w in t.keys}
            return bool(sides & _POLICE) and bool(sides & (CROWD | _MANY))
    return False


_POLICE = frozenset("police policeman officer gendarme gendarmerie".split())


def _rescue_purpose(p: Parse, m: Match) -> bool:
    """A deployment whose purpose clause is rescue or relief ("deployed to help rescue
    stranded families", "sent troops to evacuate residents"): CAMEO 1.1b3 §073 "provide
    humanitarian aid", not §15's posture toward an adversary."""
    tokens = p.tokens
    if relief_purpose(p, m):
        return True  # "to clear mud and deliver food": a relief verb coordinated or later
    for k in range(m.last + 1, min(m.last + 8, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "to":
            nxt, relief = tokens[k + 1], _RESCUE
            if nxt.lower == "help" and k + 2 < len(tokens):
                # "to help clear debris": after "help", clearing and rebuilding are relief too
                nxt, relief = tokens[k + 2], _RESCUE | _HELP_RELIEF
            if nxt.keys & relief:
                return True
    return False


def _peacekeeping_role(p: Parse, m: Match) -> bool:
    """The forces sent serve as peacekeepers, told after them in the clause with no verb
    between ("send troops to Gaza as part of a peacekeeping force", "deployed soldiers on a
    peacekeeping mission"): CAMEO 1.1b3 §074 "provide military protection or peacekeeping",
    not §154; offered or stated as future it is §0334, no threat."""
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 12, len(tokens))):
        t = tokens[k]
        if t.boundary or (k in p.verbs and t.lower not in AUX):
            return False
        if t.lower.startswith("peacekeep"):
            return True
    return False


_CARRY = frozenset("carry load laden bring ferry transport".split())


def _relief_cargo(p: Parse, m: Match) -> bool:
    """The assets sent carry relief goods (classes.csv ``RELIEF``) and no arms or troops
    ("two military aircraft carrying tents and medicine", "warships loaded with food"): CAMEO
    1.1b3 §073 codes what is sent, not who carries it."""
    tokens = p.tokens
    relief = word_class("RELIEF")
    # arms or fighters aboard make it a deployment ("aircraft carrying troops and supplies")
    arms = word_class("ARMS") | word_class("TROOPS") | {"cannon"}  # "water cannon"
    for k in range(m.last + 1, min(m.last + 3, len(tokens))):
        if tokens[k].boundary or not tokens[k].keys & _CARRY:
            continue
        cargo: list[Token] = []
        for t in tokens[k + 1 : k + 8]:
            if t.boundary or t.lower in ("to", "for", "into", "on", "at"):
                break
            cargo.append(t)
        return any(t.keys & relief for t in cargo) and not any(t.keys & arms for t in cargo)
    return relief_with(p, m)  # "arrived in the port with drinking water"


_HELP_RELIEF = frozenset("clear clean rebuild repair remove restore".split())
_RESCUE = frozenset(
    "rescue evacuate relieve search distribute deliver feed shelter assess survey".split()
)


def _armed_subject(p: Parse, m: Match) -> bool:
    """Is the clause's subject before the match armed men ("The attackers looted",
    "Gunmen set fire to shelters")? CAMEO 1.1b3 §145 is civilians rioting; ACLED codes
    looting by an armed group as property destruction, CAMEO §171 "seize or damage property"."""
    k, tokens = m.first, p.tokens
    return any(tokens[i].keys & _ARMED for i in range(p.opening(k), k))


def _aerial_subject(p: Parse, m: Match) -> bool:
    """Is the clause's subject before the match a weapon from the air ("An air strike killed
    a senior commander", "a drone killed the governor"), with no armed men named beside it?
    The killing is the strike, CAMEO 1.1b3 §195; §186 assassinate and §190 are killings done
    by people."""
    subject = p.tokens[p.opening(m.first) : m.first]
    if p.tokens[m.first].lower == "under":
        return False  # "a helicopter came under fire": the aircraft is the target
    if any(t.keys & (_ARMED | _FORCES) for t in subject):
        return False  # "Troops backed by drones killed 20": the troops fought (§19)
    aerial = word_class("AERIAL")
    air = any(
        a.lower == "air" and b.keys & {"strike", "raid", "attack"} for a, b in pairwise(subject)
    )  # "an air strike", not "an air and ground offensive"
    # "a suicide bomber attacked the market": a person (WordNet 3.0 suicide bomber n.), no aircraft
    return air or any(
        t.keys & aerial and not (i > 0 and subject[i - 1].lower == "suicide")
        for i, t in enumerate(subject)
    )


def _suicide_subject(p: Parse, m: Match) -> bool:
    """Is the clause's subject before the match a suicide bomber ("Two suicide bombers
    attacked a church")? The attack is the bombing (CAMEO 1.1b3 §1831 carry out suicide
    bombing), as WordNet 3.0 suicide bomber n. is 'a terrorist who blows himself up'."""
    subject = p.tokens[p.opening(m.first) : m.first]
    return any(
        a.lower == "suicide" and b.keys & {"bomber", "attacker"} for a, b in pairwise(subject)
    )


def _plotted_bombing(p: Parse, m: Match) -> bool:
    """A bombing a plot or conspiracy was to carry out ("foiled a plot to bomb a church",
    "plotted to bomb a market"): plots are laid by irregulars, so CAMEO 1.1b3 §183 non-military
    bombing, not an air force's §195; the plot's cue flags it as not done."""
    k, tokens = m.first, p.tokens
    if "bomb" not in tokens[k].keys:
        return False
    return any(t.keys & _PLOT for t in tokens[max(0, k - 3) : k])


_PLOT = frozenset("plot conspire conspiracy scheme".split())


def _crowd_rallied(p: Parse, m: Match) -> bool:
    """ "Thousands rallied against the government": a crowd (``CROWD`` or a count of people)
    that rallies or marches "against" with no object rallies in the street (CAMEO 1.1b3
    §141); §113 "rally opposition against" wins others over ("rallied voters against")."""
    k, tokens = m.first, p.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].lower != "against":
        return False
    if not tokens[k].keys & {"rally", "march", "mobilize", "mobilise"}:
        return False
    return any(tokens[i].keys & (CROWD | _MANY) for i in range(p.opening(k), k))


_MANY = frozenset("thousand hundred dozen ten people resident student worker citizen".split())


def _police_entry(p: Parse, m: Match) -> bool:
    """A verb forcing entry ("stormed", "raided") whose subject is the police: CAMEO 1.1b3 §17
    "coerce" codes a state's repressive acts against its people (raids, arrests, §173), where
    §190 is armed forces fighting; the subject decides, as it does for a crowd (§145)."""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "V" or k not in p.verbs or not tokens[k].keys & (FORCED_ENTRY | {"raid"}):
        return False
    if any("be" in t.keys for t in tokens[max(0, k - 3) : k]):
        return False  # "Police were attacked by gunmen": the police are the target
    subject = tokens[p.opening(k) : k]
    return any(t.keys & _POLICE for t in subject) and not any(t.keys & _ARMED for t in subject)


VESSELS = frozenset("ship tanker vessel freighter boat ferry trawler carrier yacht".split())


def _vessel_object(p: Parse, m: Match) -> bool:
    """The object of an occupation verb is a ship ("took control of the tanker", "seized
    control of the Stena Impero, a British-flagged oil tanker"): an apposition may name it."""
    after = p.tokens[m.last + 1 : m.last + 10]
    return any(t.keys & VESSELS for t in after)


def _vessel_taken_back(p: Parse, m: Match) -> bool:
    """The verb's object is a pronoun whose antecedent is a ship named before it in the
    sentence ("stopped a tanker off Oman and seized it"): the nearest earlier noun phrase is
    the pronoun's antecedent (Quirk et al. 1985 §6.15, anaphoric reference)."""
    after = p.tokens[m.last + 1 : m.last + 2]
    return (
        bool(after)
        and after[0].lower == "it"
        and any(t.keys & VESSELS for t in p.tokens[: m.first])
    )


# the irregulars of cameo.csv's §181 rows: armed men who belong to no state's forces
IRREGULARS = frozenset("pirate gunman hijacker kidnapper militant".split())


def _irregular_subject(p: Parse, m: Match) -> bool:
    """Does the clause's subject name irregulars ("Pirates stopped…", "Gunmen seized") or a
    non-state armed group ("The Houthis seized")? CAMEO 1.1b3 §181 codes a ship hijacked by
    them; a state's forces seizing one confiscate property (§171)."""
    subject, _ = _subject(p, m)
    return group_subject(p, m) or any(t.keys & IRREGULARS for t in subject)


def _vessel_detained(p: Parse, m: Match) -> bool:
    """The direct object of an arrest verb is a ship ("Iran detained a British tanker"), not
    its crew ("detained the crew of a tanker"): a vessel held is property seized (CAMEO 1.1b3
    §171); §173 arrest or detain is of persons."""
    if m.rule.kind != "V":
        return False
    after = p.tokens[m.last + 1 : m.last + 5]
    head = next((i for i, t in enumerate(after) if t.lower in ("of", "with", ",", "and")), None)
    return any(t.keys & VESSELS for t in after[:head])


WATERS = frozenset("sea ocean waters gulf strait bay".split())


_STRUCK = frozenset("kill wound injure hit strike destroy damage".split())


_INTRUDED = frozenset("violate intrude enter cross breach buzz".split())


def _aux_or_adverb(word: str) -> bool:
    return word in ("had", "has", "have") or word.endswith("ly")


# what a launch is aimed at on land ("into northern Israel", "at Israeli positions")
_AIMED_AT = frozenset("into at against".split())
_LAUNCHES = frozenset("fire launch lob shoot".split())
_TARGET_WORDS = frozenset(
    "position positions town towns city cities village villages base bases target targets "
    "area areas territory".split()
)


def _fired_at_land(p: Parse, m: Match) -> bool:
    """A launch aimed "into"/"at" a named place or position on land ("fired rockets into
    northern Israel", "fired missiles at Israeli positions"): an attack, CAMEO 1.1b3 §195,
    not a weapons test (§150); at open water it stays a test (``_at_the_sea``)."""
    tokens = p.tokens
    k = m.last + 1
    if k >= len(tokens) or tokens[k].lower not in _AIMED_AT:
        return False
    if not tokens[m.first].keys & _LAUNCHES:
        return False  # "unveiled a warship at a ceremony in Bandar Abbas": no launch
    if any("test" in t.lower for t in tokens[m.first : k]):
        return False  # "test-fired a missile at a target": a test, whatever it was aimed at
    after = tokens[k + 1 : k + 5]
    if any(t.keys & WATERS or t.lower in WATERS for t in after) or _target_at_sea(tokens, k):
        return False
    return any(
        (t.text[:1].isupper() and t.lower not in MONTHS and t.lower not in WEEKDAYS)
        or t.lower in _TARGET_WORDS
        for t in after
    )


def _target_at_sea(tokens: list[Token], k: int) -> bool:
    """The aim after ``tokens[k]`` ("at") is a bare target out at sea ("at a target in the Sea
    of Japan", "at a mock target off the coast"): a target range, so the launch is a weapons
    test (CAMEO 1.1b3 §150), whoever fired; a named vessel or place ("at a tanker in the Red
    Sea", "at a target in Kharkiv") is not a bare target, and stays an attack."""
    aim: list[Token] = []
    for t in tokens[k + 1 : k + 10]:
        if t.boundary:
            break
        aim.append(t)
    at = next((i for i, t in enumerate(aim) if t.lower in ("target", "targets")), None)
    if at is None:
        return False
    rest = aim[at + 1 :]
    return any(t.keys & WATERS or t.lower in WATERS or t.lower == "off" for t in rest)


def _relative_verb(p: Parse, m: Match) -> frozenset[str]:
    """The lemmas of the verb of a relative clause right after the match ("a missile that
    killed…", "a jet that briefly violated…"), or none."""
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 4, len(tokens) - 1)):
        if tokens[k].lower in ("that", "which"):
            j = k + 1
            while j < len(tokens) - 1 and _aux_or_adverb(tokens[j].lower):
                j += 1
            return tokens[j].keys
        if tokens[k].boundary:
            break
    return frozenset()


def _launch_that_struck(p: Parse, m: Match) -> bool:
    """A launch whose relative clause says what it struck ("launched a missile that killed
    five civilians", "fired drones which hit a power plant"): force used on a target, CAMEO
    1.1b3 §195, not a show of force (§15) or a test."""
    return bool(_relative_verb(p, m) & _STRUCK)


def _sent_to_intrude(p: Parse, m: Match) -> bool:
    """Arms "sent" whose relative clause says they entered another's airspace or waters
    ("sent a fighter jet that briefly violated Estonian airspace"): a show of force against
    that country (CAMEO 1.1b3 §15), not military aid (§072, help given to a recipient)."""
    return bool(_relative_verb(p, m) & _INTRUDED)


def _forces_driven(p: Parse, m: Match) -> bool:
    """Those driven out are armed forces ("pushed Ukrainian forces out of the village", or
    told in the passive, "forces were pushed out … by"): CAMEO 1.1b3 §201 mass expulsion is of
    a civilian population; forces driven from ground lost a fight (§19). The agent after
    "by" is not who was driven."""
    driven = list(p.tokens[m.first + 1 : m.last])
    if m.first > 0 and "be" in p.tokens[m.first - 1].keys:
        driven += p.tokens[p.opening(m.first) : m.first]
    cut = next((i for i, t in enumerate(driven) if t.lower == "by"), len(driven))
    troops = word_class("TROOPS")
    return any(t.keys & troops for t in driven[:cut])


def _at_the_sea(p: Parse, m: Match) -> bool:
    """A launch "at"/"toward" a target whose target is open water ("toward the East Sea",
    "into waters off the coast"): nothing was attacked (CAMEO 1.1b3 §150, weapons tests)."""
    if p.tokens[m.last].lower not in ("at", "toward", "towards", "against", "into"):
        return False
    near = p.tokens[m.last + 1 : m.last + 5]
    return any(t.keys & WATERS for t in near) or _target_at_sea(p.tokens, m.last)


# a state's boundary as a whole: only a state closes it; a crowd blocks a crossing (§144)
_FRONTIERS = frozenset("border frontier airspace".split())
_CLOSE = frozenset("close shut seal".split())


def _frontier_closed(p: Parse, m: Match) -> bool:
    """A verb of closing whose object is a country's borders or airspace ("had sealed its
    frontier", "shut the nation's borders"), with no crowd as its subject: CAMEO 1.1b3 §172
    "impose administrative sanctions, restrictions", as ``state_acts.csv`` codes a state's
    closure; a border crossing blocked by truckers stays §144."""
    k, tokens = m.first, p.tokens
    if state_closed(p, m, _CLOSE, CROWD):
        return True  # "Authorities closed the airport": a state's restriction, too (§172)
    if not tokens[k].keys & _CLOSE:
        return False
    closed = tokens[k + 1 : m.last + 1]
    if any(t.lower in ("crossing", "crossings", "checkpoint", "post") for t in closed):
        return False
    if not any(t.keys & _FRONTIERS for t in closed):
        return False
    return not any(t.keys & CROWD for t in tokens[p.opening(k) : k])


_SECURITY = frozenset("police policeman security troop soldier army gendarme".split())


def _dissent_ended_by_force(p: Parse, m: Match) -> bool:
    """A protest "ended" by the police or troops, as its subject, or the main clause's when
    the match is a participle after a comma ("forces cleared the square, ending the sit-in"):
    CAMEO 1.1b3 §082 "ease political dissent" is the dissenters' own step back; security
    forces ending it repress it (§175), the dispersal it is."""
    k, tokens = m.first, p.tokens
    subject = tokens[p.opening(k) : k]
    if tokens[k].lower.endswith("ing") and k > 0 and tokens[k - 1].text == ",":
        first = min((j for j in p.verbs if 0 < j < k), default=k)
        subject = tokens[:first]
    if any(t.keys & CROWD for t in subject):
        return False
    return any(t.keys & _SECURITY for t in subject)


_SOLDIERS = frozenset("troop soldier paratrooper commando".split())


def _troops_arrive(p: Parse, m: Match) -> bool:
    """A verb of travel ("arrived in", "flew to") whose subject is troops or soldiers: forces
    moved into a country (CAMEO 1.1b3 §154, or §074 as peacekeepers), not §042's visit, which
    is a leader's or a delegation's (a delegation of officers visiting stays §042)."""
    subject = p.tokens[p.opening(m.first) : m.first]
    return any(t.keys & _SOLDIERS for t in subject) and not any(
        t.keys & {"delegation", "team", "envoy"} for t in subject
    )


_AIDING = frozenset("help assist support".split())
_MISSIONS = frozenset("mission contingent force".split())


def _mission_to_help(p: Parse, m: Match) -> bool:
    """Forces sent told as part of a mission whose purpose is to help or support the host
    ("landed as part of an international mission to help the local police restore order"):
    sent to aid the country they enter, CAMEO 1.1b3 §074 "provide military protection or
    peacekeeping", not a build-up against it (§154)."""
    tokens = p.tokens
    for k in range(m.last + 1, len(tokens) - 2):
        if tokens[k].keys & _MISSIONS and tokens[k + 1].lower == "to":
            return bool(tokens[k + 2].keys & _AIDING)
    return False


def _judged_unfair(p: Parse, m: Match) -> bool:
    """A denial whose clause says something was not fair, free or legitimate ("rejected that
    the count had been free"): CAMEO 1.1b3 §016 "deny responsibility" is an actor denying its
    own part; denying a process its worth is a charge against it (§111 criticize)."""
    verdict = word_class("VERDICT")
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 10, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if "be" in tokens[k].keys and tokens[k + 1].keys & verdict:
            return True
    return False


def _fired_at_followers(p: Parse, m: Match) -> bool:
    """Is the match "fired … at … <leader>" (cameo.csv §185's row) whose object is a crowd of
    the leader's followers ("fired tear gas at supporters of opposition leader X")? The shots
    aim at the crowd, so CAMEO 1.1b3 §185 "attempt to assassinate" does not apply; a crowd
    met with force by the authorities is §175 "use tactics of violent repression"."""
    return any(t.keys & _FOLLOWERS for t in p.tokens[m.first : m.last + 1])


# a leader's crowd (recoding.CROWD's kin for those who follow someone)
_FOLLOWERS = CROWD | frozenset("follower loyalist partisan".split())
