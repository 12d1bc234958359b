"""One match made a ``Trigger`` (``_trigger``): its weight by its role in the sentence, its
polarity and modality flags (a negated, feared, rumoured, called-off or conditional act),
and its code refined by who acts on what (``recoding``).
"""

from __future__ import annotations

from dashboard.events.armed_gathering import troops_gathered
from dashboard.events.captivity import (
    freed_by_force,
    freed_by_raiders,
    released_by_forces,
    rescued_by_forces,
)
from dashboard.events.civil_force import civil_force
from dashboard.events.clause_words import AUX, Parse
from dashboard.events.complaints import sent_protest
from dashboard.events.doer_recoding import doer_recoded
from dashboard.events.excluded_acts import excluded_act
from dashboard.events.expected_acts import expected_subject
from dashboard.events.held_passive import held_passive
from dashboard.events.infinitive_scope import negated_infinitive
from dashboard.events.intercepted_launch import launch_intercepted
from dashboard.events.lexicon import Lexicon, Match, word_class
from dashboard.events.mission_staff import staff_expelled
from dashboard.events.modality import apart, local_flags, recode
from dashboard.events.near_miss import came_close
from dashboard.events.negation_scope import (
    CALLED_OFF,
    before_it_could,
    called_off,
    denier_turn,
    foiled,
    negation_stands,
    prevented,
    unshared_cues,
)
from dashboard.events.negative_object import negated_object
from dashboard.events.non_events import _aside, _ended
from dashboard.events.pelting import crowd_force_code, pelted_civilians
from dashboard.events.proposed_acts import readied_or_proposed
from dashboard.events.provisions import provided_for
from dashboard.events.recoding import (
    _aerial_subject,
    _aid_workers_arrive,
    _armed_blocker,
    _armed_subject,
    _at_the_sea,
    _civilian_blocker,
    _crowd_entry,
    _crowd_rallied,
    _dissent_ended_by_force,
    _fired_at_followers,
    _fired_at_land,
    _forces_driven,
    _frontier_closed,
    _irregular_subject,
    _judged_unfair,
    _labour_strike,
    _labour_threat,
    _launch_that_struck,
    _mission_to_help,
    _peacekeeping_role,
    _plotted_bombing,
    _police_and_crowd,
    _police_entry,
    _relief_cargo,
    _rescue_purpose,
    _sent_to_intrude,
    _suicide_subject,
    _troops_arrive,
    _vessel_detained,
    _vessel_object,
    _vessel_taken_back,
)
from dashboard.events.senses import _rule_words
from dashboard.events.stoppages import stoppage_hit
from dashboard.events.subject_polarity import subject_shares_negation
from dashboard.events.tokens import Token
from dashboard.events.trigger import GOV_BONUS, WEAK, Trigger
from dashboard.events.verb_flags import FALSELY, modal_perfect, name_word

_NONE = frozenset({"no", "without"})
_RECOGNISE = frozenset({"recognise", "recognize"})
# "no fewer than 20", "no more than", "no longer": a quantity or a time, not a negation
_NOT_NONE = frozenset("fewer less more longer sooner later than doubt".split())


def _none_of(p: Parse, m: Match, lex: Lexicon) -> bool:
    """ "no" or "without" stands right before the event noun or inside the matched phrase
    ("made no arrests", "ended without arrests"), not as "no fewer than", or before a report
    noun whose "of" the event noun follows ("no reports of clashes", cues.csv
    ``absent_report``)."""
    if _NONE & _rule_words(m.rule):
        return False  # the row holds the negation: "no comment" (011), "ended without a deal"
    tokens = p.tokens
    gerund = any("VBG" in tokens[k].tags for k in range(m.first, m.last + 1))
    of = _of_before(tokens, m.first, gerund)
    # "no reports of", "no immediate reports of", "no new signs of": one adjective may stand
    # between "no" and the report noun
    no = of - 3 if of - 3 >= 0 and "ADJ" in tokens[of - 2].pos else of - 2
    if (
        no >= p.opening(m.first)
        and tokens[of].lower == "of"
        and tokens[no].lower in _NONE
        and tokens[of - 1].keys & lex.words("absent_report")
    ):
        return True
    start = max(p.opening(m.first), m.first - 1)
    return any(
        tokens[k].lower in _NONE
        and k + 1 < len(tokens)
        and tokens[k + 1].lower not in _NOT_NONE
        and not name_word(tokens, k)  # "Doctors Without Borders staff": a name
        for k in range(start, m.last)
    )


def _of_before(tokens: list[Token], first: int, gerund: bool) -> int:
    """The "of" whose object the event at ``first`` is: right before it, before a determiner
    ("no word of an attack"), or, for a gerund, before the gerund's subject ("no reports of
    Sudanese troops crossing the border", the match holding the gerund); -1 when none."""
    for k in range(first - 1, max(-1, first - 5), -1):
        t = tokens[k]
        if t.lower == "of":
            return k
        if t.boundary or not (
            t.lower in _NON_ASSERTIVE
            or (gerund and ("NOUN" in t.pos or "ADJ" in t.pos or t.text[:1].isupper()))
        ):
            return -1
    return -1


_PRESUPPOSING = frozenset("claim acknowledge admit".split())
# determiners that assert no referent under a negation ("did not claim any attack"; Quirk et
# al. 1985 §10.58 on non-assertive "any"): the act is not presupposed, as "the attack" is
_NON_ASSERTIVE = frozenset("any a an".split())
_PREPOSITIONS = frozenset(
    "in to on at of for with from by after against over about during before amid since until "
    "despite near into through across".split()
)


def _reports_anew(p: Parse, verb: int, first: int, lex: Lexicon) -> bool:
    """Between ``verb`` and ``first``, "and" or "but" opens a new reporting verb ("… and
    said it had expelled …"): what follows is asserted on its own."""
    tokens = p.tokens
    report = lex.words("report")
    return any(
        tokens[k].lower in ("and", "but") and tokens[k + 1].keys & report
        for k in range(verb + 1, first - 1)
    )


def _direct(p: Parse, verb: int, first: int) -> bool:
    """Is the match at ``first`` the verb's direct object (no preposition between)?"""
    return not any(t.lower in _PREPOSITIONS for t in p.tokens[verb + 1 : first])


def _trigger(text: str, p: Parse, m: Match, is_head: bool, lex: Lexicon) -> Trigger:
    tokens = p.tokens
    start, end = tokens[m.first].start, tokens[m.last].end
    weight = m.rule.weight
    if is_head:
        # "would not be intimidated … and warned": the warning is outside the negation
        flags = set(p.gov_flags) - (unshared_cues(p, m.first, lex) - local_flags(p, m, lex))
        if p.gov is not None and p.gov < m.first and apart(p, p.gov, m.first):
            # "would keep the pact but would not allow a base": its own operator (Quirk §10.64)
            flags |= local_flags(p, m, lex)
        if p.gov is not None and m.last < p.gov and _called_off(p):
            flags.add("negated")  # "Planned talks … were called off": the subject is the head
        # "was preparing new sanctions": readied; "filed a motion to impeach": proposed
        flags |= readied_or_proposed(p, m)
        if denier_turn(p, m.first, m.rule.code):
            # "denied that it was to blame and accused Kyiv": the head is the denier's own
            # next act, outside the denial, as it is when it is no head (below)
            flags.discard("negated")
        # a phrase headed by the verb ("called off the strike") beats one ending on it
        weight += GOV_BONUS if m.first == p.gov else GOV_BONUS - 1
        if (
            p.gov is not None
            and m.first > p.gov
            and not _direct(p, p.gov, m.first)
            and not negation_stands(p, p.gov, m.first)
            and "intent" not in flags
            and not negated_infinitive(p, p.gov, m.first)
        ):
            # "was not linked to the attack": the attack happened; but a negated future
            # ("would not be dragged into war") denies the act after it, which no past
            # presupposes (the negation scopes over the rest of its clause, Quirk et al.
            # 1985 §10.64): dropping it would make the act a stated intent, a threat
            flags.discard("negated")
        if (
            p.gov is not None
            and m.first > p.gov
            and p.tokens[p.gov].keys & _PRESUPPOSING
            and not _NON_ASSERTIVE & {t.lower for t in p.tokens[p.gov + 1 : m.first]}
        ):
            # "Kyiv did not claim the attack": what is (not) claimed or confirmed is
            # presupposed by its definite noun; the claim is what is negated (FactBank:
            # factive and implicative predicates, Saurí and Pustejovsky 2009); "did not claim
            # any attack" presupposes none, so its negation stands
            flags.discard("negated")
        if p.gov is not None and m.first > p.gov and _reports_anew(p, p.gov, m.first, lex):
            # "denied that its ships had acted dangerously and said it had expelled the
            # vessel": a negation's scope ends at the clause boundary (NegEx, Chapman et al.
            # 2001: scope ends at a conjunction opening a new predication)
            flags.discard("negated")
        undone = lex.words("prevent") | lex.words("undo")
        if p.gov is not None and p.tokens[p.gov].keys & undone and prevented(p, p.gov, m.first):
            # "foiled a plot to bomb", "stopped them from holding a rally"; "overturned the
            # conviction": the act named after the verb is undone, not told as done now; not
            # an act of its own after it ("stopped a tanker and seized it": ``negation_scope``)
            flags.add("negated")
        if (
            p.gov is not None
            and any(t.lower in AUX for t in tokens[p.gov + 1 : m.first])
            and not any(
                k in p.verbs and tokens[k].lower not in AUX for k in range(m.first - 3, m.first)
            )
        ):
            # "why he was unable to visit her": a negation in the head's own verb group scopes
            # over it (Quirk et al. 1985 §10.64), not one on a verb between ("could not stop")
            flags |= local_flags(p, m, lex) & {"negated"}
    else:
        flags = local_flags(p, m, lex)
        if (
            p.gov is not None
            and m.first > p.gov
            and p.clause[m.first] == p.clause[p.gov]
            and not apart(p, p.gov, m.first + 1)
            and not denier_turn(p, m.first, m.rule.code)
        ):
            # the direct object of a negated or speculated verb shares its polarity and
            # modality ("did not include missile launches"); a verb group of its own after
            # "and" or "but" does not ("did not fire but dispersed the crowd")
            shared = {"negated", "hypothetical"} if _direct(p, p.gov, m.first) else {"hypothetical"}
            flags |= p.gov_flags & shared
        elif (
            p.gov is not None
            and m.last < p.gov
            and (p.clause[m.first] == p.clause[p.gov] or _interrupted_subject(p, m))
        ):
            # the subject of a speculated verb is as uncertain as the verb ("an attack might
            # begin within weeks"): the noun must not stand as a happening of its own; the
            # subject of a verb that only says it happened shares its polarity too ("the
            # drill would not take place", "the talks did not go ahead")
            # aid that "has not entered" or "did not reach" was not delivered (CAMEO 07 is aid
            # given): its arrival is the delivery
            arrival = subject_shares_negation(p, m, lex)  # or "a curfew was not imposed"
            said = {"hypothetical", "negated"} if _occurs(p) or arrival else {"hypothetical"}
            flags |= p.gov_flags & said
            if _called_off(p):
                flags.add("negated")  # "the summit planned for Monday was postponed"
        elif p.gov is not None and p.gov < m.first and p.kind(m.first) == "part":
            # "the dam could burst, forcing thousands to flee": a result participle tells the
            # outcome of its main clause, as uncertain as it (Quirk et al. 1985 §15.58)
            flags |= p.gov_flags & {"hypothetical"}
        main = p.kind(m.first) in ("main", "comp")
        weight += 1 if main and weight > WEAK else 0
    if negated_object(p, m, lex):
        flags.add("negated")  # "was fair and did not count EU aid as debt", "arrested nobody"
    if foiled(p, m.first, m.last, lex) or before_it_could(p, m.first):
        flags.add("negated")  # "A suicide bombing was foiled", "before he could detonate"
    if _none_of(p, m, lex) or called_off(p, m.first):
        # "made no arrests", "passed without arrests" (NegEx); "scrapped a planned meeting"
        flags.add("negated")
    if _modal_after(p, m, lex) or came_close(p, m, lex):
        # "aid deliveries could be delayed": no delivery told; "came close to war": no war
        flags.add("hypothetical")
    if provided_for(p, m) or expected_subject(p, m):
        flags.add("planned")  # "the deal calls for troops to withdraw", "talks are expected"
    if _feared(p, m, lex):
        flags.add("hypothetical")  # "fearing a rebel attack": the object of a fear is none
    if _never_came(p, m, lex):
        flags.add("negated")  # "an attack that never came"
    if _inverted_condition(p, m) or _would_have(p, m):
        flags.add("hypothetical")  # "Had the missile hit the reactor, thousands would have died"
    if _called_false(p, m, lex):
        flags.add("negated")  # "a video falsely claiming that troops had shelled a school"
    if _rumoured(p, m, lex):
        flags.add("hypothetical")  # "rumours spread that the general had been arrested"
    code = doer_recoded(p, m, _recoded(p, m, m.rule.code))  # "Protesters denounced": §141
    if m.rule.embeds and code[:2] != "14":  # a crowd's demand is its rally's aim (§1411)
        flags.add("embeds:" + m.rule.embeds)
    if code[:2] not in ("12", "13") and excluded_act(text, p, m):
        # "Lifting the sanctions is not under consideration": the act turned down (§1244)
        code = recode("12", code, lex)
        flags.discard("negated")
    if (
        code.startswith("054")
        and "negated" in flags
        and "intent" not in flags
        and p.tokens[m.first].keys & _RECOGNISE
        # "has never recognised Kosovo's independence": a standing stance over all time (TimeML:
        # "never" quantifies over times), "has yet to recognise" a pending one: no rejection now
        and not any(t.lower in ("never", "yet") for t in p.tokens[max(0, m.first - 3) : m.first])
    ):
        # "did not recognise the result": withholding recognition is itself a rejection
        # (CAMEO 1.1b3 §12 reject; §054 codes recognition granted), told as done
        code = "120"
        flags.discard("negated")
    return Trigger(code[:2], weight, start, end, text[start:end], code, tuple(sorted(flags)))


def _recoded(p: Parse, m: Match, code: str) -> str:
    """``code`` refined by who acts on what (``recoding``)."""
    if code == "185" and _fired_at_followers(p, m):
        # "fired tear gas at supporters of the opposition leader": the crowd was the aim,
        # repressed with riot weapons (§175) or attacked with guns (§180)
        code = (
            "175"
            if any(t.keys & word_class("RIOT_WEAPON") for t in p.tokens[m.first : m.last + 1])
            else "180"
        )
    elif code == "145" and pelted_civilians(p, m):
        code = "180"  # "Settlers pelted farmers with stones": an assault, no riot (§180)
    elif code[:2] == "04" and _aid_workers_arrive(p, m):
        code = "073"  # "search teams from Spain arrived": humanitarian aid, not a visit (§073)
    elif code == "042" and _troops_arrive(p, m):
        code = "154"  # "troops began arriving in X": forces moved in, no visit (§154)
    elif code == "151" and any(
        t.lower in ("military", "combat", "army") for t in p.tokens[m.first : m.last + 1]
    ):
        code = "152"  # "raised its military alert level": the forces' alert, not police (§152)
    elif code[:2] == "13" and _labour_threat(p, m):
        code = "133"  # "rail workers threatened to strike": dissent threatened (§133)
    elif code[:2] == "19" and _labour_strike(p, m):
        code = "143"  # "the union threatened to strike if…": a walkout, not an armed strike
    elif code[:2] == "14" and sent_protest(p, m):
        code = "114"  # "drew a protest from Beijing": a state's note, no street protest
    elif code[:2] == "19" and stoppage_hit(p, m):
        code = "143"  # "Strikes hit ports on Monday": work stopped, nothing armed named
    elif code[:2] in ("17", "18", "19") and _crowd_entry(p, m):
        code = crowd_force_code(p, m)  # a riot (§145); partisans hitting civilians: §180
    elif code[:2] in ("18", "19") and _police_entry(p, m):
        code = "170"  # "Police stormed the campus": state coercion, not military force (§17)
    elif code[:2] == "07" and _sent_to_intrude(p, m):
        code = "150"  # "sent a fighter jet that violated Estonian airspace": a show of force
    elif code[:2] == "15" and (_launch_that_struck(p, m) or launch_intercepted(p, m)):
        # "launched a missile that killed five civilians", "launched 90 drones, of which 70
        # were shot down": an air strike (§195), not a show of force
        code = "195"
    elif code == "150" and _fired_at_land(p, m):
        code = "195"  # "fired dozens of rockets into northern Israel": an attack (§195)
    elif code in ("194", "195") and _at_the_sea(p, m):
        code = "150"  # "fired a missile toward the sea": a weapons test, not an air strike
    elif code == "201" and _forces_driven(p, m):
        code = "190"  # "pushed Ukrainian forces out of the village": a fight lost (§19)
    elif code == "192" and _vessel_object(p, m):
        code = "171"  # "took control of the X, a tanker": a ship seized is property (§171)
    elif code[:3] == "173" and _vessel_detained(p, m):
        code = "171"  # "Iran detained a British tanker": a ship held is property (§171)
    elif (
        code in ("171", "192")
        and (_vessel_object(p, m) or _vessel_taken_back(p, m))
        and _irregular_subject(p, m)
    ):
        code = "181"  # "The Houthis seized a cargo ship", "pirates… seized it": a hijack (§181)
    elif code[:2] == "19" and m.rule.kind == "N" and _police_and_crowd(p, m):
        code = "145"  # "clashes between police and protesters": a violent protest (§145)
    elif code[:2] == "15" and _peacekeeping_role(p, m):
        code = "074"  # "sent troops as part of a peacekeeping force": §074, no posture
    elif code[:2] == "15" and _relief_cargo(p, m):
        code = "073"  # "sent military aircraft carrying tents and medicine": aid (§073)
    elif code[:2] == "15" and _rescue_purpose(p, m):
        code = "073"  # "deployed to help rescue stranded families": humanitarian aid (§073)
    elif code[:3] == "144" and _armed_blocker(p, m):
        code = "191"  # "The Rapid Support Forces have blocked the road": a blockade (§191)
    elif code[:3] == "191" and _civilian_blocker(p, m):
        code = "144"  # "Students have blockaded faculties": civilians obstruct passage (§144)
    elif code == "195" and _plotted_bombing(p, m):
        code = "183"  # "foiled a plot to bomb a church": a bombing by irregulars (§183)
    elif code in ("180", "190") and _suicide_subject(p, m):
        code = "1831"  # "Two suicide bombers attacked a church": the suicide bombing (§1831)
    elif code in ("186", "190") and _aerial_subject(p, m):
        code = "195"  # "An air strike killed a senior commander": the strike (§195)
    elif code == "190" and (civil := civil_force(p, m)):
        code = civil  # "An Army veteran killed", "A crowd injured ten officers": no army
    elif code == "145" and _armed_subject(p, m):
        code = "171"  # "The attackers looted food stores": property seized, no riot (§171)
    elif code[:3] == "141" and troops_gathered(p, m):
        code = "154"  # "Troops gathered in the square": forces massed, no rally (§154)
    elif code == "113" and _crowd_rallied(p, m):
        code = "141"  # "Thousands rallied against the government": a street rally (§141)
    elif code[:2] == "04" and m.rule.kind == "N" and _talks_ended(p, m):
        code = "164"  # "talks between the two sides broke down": negotiations halted (§164)
    elif code[:3] == "144" and _frontier_closed(p, m):
        code = "172"  # "shut its borders": a restriction a state imposes (§172)
    elif code == "0841" and (
        freed_by_raiders(p, m) or freed_by_force(p, m) or released_by_forces(p, m)
    ):
        # "gunmen stormed the jail and freed inmates", "hostages were freed in a raid": the
        # force used (§19), no holder's release
        code = "190"
    elif code[:2] == "07" and rescued_by_forces(p, m):
        code = "190"  # "hostages held by JNIM were rescued by French troops": force (§19)
    elif code == "082" and _dissent_ended_by_force(p, m):
        code = "175"  # "police cleared the square, ending the sit-in": repression (§175)
    elif code[:3] == "174" and staff_expelled(p, m):
        code = "166"  # "expel a dozen French officials": a mission's staff (§166)
    elif code == "016" and _judged_unfair(p, m):
        code = "111"  # "denied that the count was fair": a charge, not a denial (§111)
    if code[:2] == "15" and _mission_to_help(p, m):
        code = "074"  # "landed as part of a mission to help the police": §074
    return code


def _interrupted_subject(p: Parse, m: Match) -> bool:
    """``m`` is the subject of the governing verb across an inserted clause ("The summit,
    which had been planned for Monday, was cancelled"; "The summit, originally scheduled for
    June 14, has been postponed"): its clause has no verb of its own, and the verb's clause
    opens on the verb group."""
    g = p.gov
    if g is None:
        return False
    own = p.clause[m.first]
    if p.kinds[own] != "main" or any(p.clause[k] == own for k in p.verbs):
        return False
    k = p.opening(g)
    return p.tokens[k].lower in AUX or k == g or p.tokens[k].lower in ("not", "never")


def _modal_after(p: Parse, m: Match, lex: Lexicon) -> bool:
    """An event noun that is the subject of a modal verb group in its own clause ("aid
    deliveries could be delayed", "a strike may follow"): ACE 2005 modality Other."""
    if m.rule.kind != "N":
        return False
    hypothetical = lex.words("hypothetical")
    for k in range(m.last + 1, min(m.last + 4, len(p.tokens))):
        t = p.tokens[k]
        if p.clause[k] != p.clause[m.first] or (k in p.verbs and t.lower not in AUX):
            return False
        if t.lower in hypothetical and t.text[:1].islower():  # "a raid on 3 May": the month
            return True
    return False


_AWAIT = frozenset("wait await".split())
# nouns and adjectives of fear whose "of" phrase names what is feared ("afraid of new attacks")
_FEARED_NOUNS = frozenset(
    "fear threat risk prospect possibility danger warning spectre specter likelihood "
    "afraid scared fearful frightened".split()
)


def _feared(p: Parse, m: Match, lex: Lexicon) -> bool:
    """An event noun that is the direct object of a verb of speculation ("fearing a rebel
    attack", "expected a crackdown"): what is feared or expected has not happened (ACE 2005,
    modality Other)."""
    if m.rule.kind != "N":
        return False
    # and what is weighed ("is considering sanctions against…"): ACE's modality Other too
    speculate = lex.words("speculate") | lex.words("deliberate")
    window = range(m.first - 1, max(p.opening(m.first), m.first - 5) - 1, -1)
    for k in window:
        # "amid fears of an Israeli ground invasion": none has begun (the words between
        # "of" and the noun are its modifiers, whatever else they could be)
        if p.tokens[k].lower == "of" and k > 0 and p.tokens[k - 1].keys & _FEARED_NOUNS:
            return True
    for k in window:
        t = p.tokens[k]
        if t.lower == "for" and k > 0 and p.tokens[k - 1].keys & _AWAIT:
            return True  # "families still waiting for aid": none has come
        if t.keys & _AWAIT and "VERB" in t.pos:
            return True
        if t.keys & speculate and ("VERB" in t.pos or k in p.verbs):
            return True
        if t.lower == "of" and k > 0 and p.tokens[k - 1].lower in _QUANTITY_OF:
            continue  # "feared a wave of attacks": the wave's "of" is inside the noun phrase
        if t.lower in _PREPOSITIONS or k in p.verbs:
            return False
    return False


def _would_have(p: Parse, m: Match) -> bool:
    """ "would have" stands in the match or just before it in its clause ("troops would have
    stormed the parliament"): a past that did not come about (see ``modal_perfect``)."""
    lo = max(p.opening(m.first), m.first - 3)
    return any(modal_perfect(p.tokens, k, m.last + 1) for k in range(lo, m.last))


def _inverted_condition(p: Parse, m: Match) -> bool:
    """The match is in a sentence-initial condition told by inversion ("Had the missile hit
    the reactor, …", "Were the talks to fail, …", "Should the truce collapse, …"): an
    unreal or open condition, like "if" (Huddleston and Pullum 2002, ch. 11 §4.1,
    conditional inversion), before its comma. A question ends in "?" and is not one."""
    tokens = p.tokens
    if len(tokens) < 4 or tokens[0].lower not in ("had", "were", "should"):
        return False
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and m.last < comma and tokens[-1].text != "?"


def _called_false(p: Parse, m: Match, lex: Lexicon) -> bool:
    """The match is told in what a report "falsely" or "wrongly" says ("a video falsely
    claiming that troops had shelled a school", "falsely reported that"): FactBank reads a
    proposition its source is said to state falsely as counterfactual (Saurí and Pustejovsky
    2009, CT-). The adverb must stand right before the reporting verb, within 15 words."""
    report = lex.words("report")
    for k in range(m.first - 1, max(0, m.first - 15), -1):
        t = p.tokens[k]
        if t.boundary:
            return False
        if t.keys & report and p.tokens[k - 1].lower in FALSELY:
            return True
    return False


def _rumoured(p: Parse, m: Match, lex: Lexicon) -> bool:
    """The match is told in a "that" clause of a rumour ("Rumours spread on Monday that the
    general had been arrested", "amid speculation that"): cues.csv ``rumour``, at most
    possible (FactBank PS/U). The "that" must stand within 15 words before the match and
    the rumour's noun within five words before the "that"."""
    rumour = lex.words("rumour")
    tokens = p.tokens
    for k in range(m.first - 1, max(-1, m.first - 15), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "that":
            return any(tokens[j].keys & rumour for j in range(max(0, k - 5), k))
    return False


# nouns that count or group what follows "of" ("a wave of attacks", "a series of strikes"):
# the noun phrase goes on through the "of" (Huddleston and Pullum 2002, ch. 5 §9)
_QUANTITY_OF = frozenset(
    "wave series spate string number lot flurry round rash surge spree cycle chain".split()
)


def _never_came(p: Parse, m: Match, lex: Lexicon) -> bool:
    """An event noun whose relative clause says it did not happen ("an attack that never
    came", "a strike which did not materialise")."""
    tokens = p.tokens
    # the clause may follow the noun's own phrase: "a strike on the depot that never came"
    k = next(
        (
            j
            for j in range(m.last + 1, min(m.last + 6, len(tokens)))
            if tokens[j].lower in ("that", "which") or j in p.verbs or tokens[j].boundary
        ),
        len(tokens),
    )
    if k >= len(tokens) or tokens[k].lower not in ("that", "which"):
        return False
    window = tokens[k + 1 : k + 5]
    negated = any(t.keys & lex.words("negate") for t in window)
    return negated and any(t.keys & lex.words("occur") for t in window)


# verbs that say only that their subject happened (ACE 2005: the event is the subject noun)
_OCCUR = frozenset("happen occur proceed".split())
_OCCUR_PHRASES = (("take", "place"), ("go", "ahead"))


def _occurs(p: Parse) -> bool:
    """Is the governing verb one that only says its subject happened?"""
    if p.gov is None or held_passive(p):
        return p.gov is not None  # "the summit was not held": a passive of holding
    keys = p.tokens[p.gov].keys
    nxt = p.tokens[p.gov + 1].keys if p.gov + 1 < len(p.tokens) else frozenset()
    return bool(keys & _OCCUR) or any(a in keys and b in nxt for a, b in _OCCUR_PHRASES)


def _called_off(p: Parse) -> bool:
    """Is the governing verb a passive that calls its subject off ("was postponed", "has been
    cancelled", "were called off")?"""
    g = p.gov
    if g is None or g == 0 or "VBN" not in p.tokens[g].tags:
        return False
    keys = p.tokens[g].keys
    off = bool(keys & CALLED_OFF) or (
        "call" in keys and g + 1 < len(p.tokens) and p.tokens[g + 1].lower == "off"
    )
    return off and any("be" in t.keys for t in p.tokens[max(0, g - 3) : g])


def _talks_ended(p: Parse, m: Match) -> bool:
    """Is ``m`` talks (CAMEO 04, ``TALKS`` of classes.csv) that are the subject of a verb
    ending them ("talks … broke down", "negotiations collapsed")? CAMEO 1.1b3 §164 "halt
    negotiations" codes talks that end without agreement, as it codes a walk-out."""
    g = p.gov
    talks = word_class("TALKS")
    if g is None or not m.last < g or not _ended(p):
        return False
    if not any(t.keys & talks for t in p.tokens[m.first : m.last + 1]):
        return False  # "Peace talks": the class word may end the name
    verb = g
    while verb - 1 > m.last and p.tokens[verb - 1].lower in AUX:
        verb -= 1  # "…, have stalled": the aside ends before the verb's auxiliaries
    if _aside(p, m.last + 1, verb):
        return True  # "Peace talks, mediated by Norway, have stalled": the aside tells of them
    # "talks have stalled": the auxiliary is the verb's own, no verb between
    between = [k for k in range(m.last + 1, g) if k in p.verbs and p.tokens[k].lower not in AUX]
    return p.clause[m.first] == p.clause[g] and not between
