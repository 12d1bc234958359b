"""CAMEO root categories and the sentence coder that assigns them.

``triggers(sentence)`` matches the lexicon (``data/lexicon/``, see ``lexicon.py``) over the
sentence's lemmas, reads its clauses (``clauses.py``) and weighs each match by its role: the
phrase holding the governing verb of the main clause comes first, re-coded by its complement,
a stated future or a condition (``modality.py``), and carries the polarity and modality flags.
The reporting verbs of 01 are weak, so "X said Y" reports Y's event when Y has a trigger.
The names are the CAMEO manual's (1.1b3) root names; QuadClass follows GDELT's split.

This module holds the public entry points (``triggers``, ``event_type``, ``quad_class``)
and the pass over one sentence; its stages live by role, each importing only
the layers below it: ``trigger`` (the record and its weights), ``senses`` (is a match read in
its event sense), ``non_events`` (event words telling no happening here), ``heads`` (which
match carries the event), ``weighing`` / ``recoding`` (one match's weight, flags and code)
and ``governing`` (the governing trigger re-coded by its clause).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from dashboard.events.accidents import accident_harm
from dashboard.events.active_figures import figure_as_killer
from dashboard.events.agent_nouns import agent_named_only, reported_agent, speaking_force
from dashboard.events.alleged_relatives import alleged_relative
from dashboard.events.annulled import annulled
from dashboard.events.answered import answered_act
from dashboard.events.appeal_nouns import aid_sought
from dashboard.events.armed_means import hazard_harm
from dashboard.events.asked_acts import ASKING_GOVERNORS, asked_match
from dashboard.events.attributive import agent_noun, attributive_participle
from dashboard.events.background_acts import spans_years
from dashboard.events.called_false import called_false_or_off
from dashboard.events.captivity import rescued_from_captors
from dashboard.events.clause_words import Parse
from dashboard.events.clauses import describes_noun, parse
from dashboard.events.demanders import no_demander
from dashboard.events.denied_happening import hazard_denied
from dashboard.events.denied_threat import denied_threat
from dashboard.events.domain import MATERIAL, outside_politics
from dashboard.events.forced_taking import taken_thing
from dashboard.events.frame_adjunct import gap_crosses_frame
from dashboard.events.gap_subject import gap_into_clause
from dashboard.events.gatherings import misread_gathering, strikers_strike
from dashboard.events.given_acts import agent_named, toll_setting
from dashboard.events.goods_at_risk import good_at_risk, owned_reason, refused_act
from dashboard.events.governing import _govern
from dashboard.events.heads import (
    _asserted_after_contrast,
    _dependent,
    _force_after_posture,
    _head,
    _purpose,
    _within,
    outside_complement,
)
from dashboard.events.hostage_modifier import modifying_hostage
from dashboard.events.lead_forms import predicated_hazard
from dashboard.events.led_away import led_away
from dashboard.events.legal_appeal import appealed_ruling
from dashboard.events.lexicon import Match, load
from dashboard.events.misread_acts import misread
from dashboard.events.modality import apart, public
from dashboard.events.named_by import named_by, vowed_remembrance
from dashboard.events.named_rows import less_named
from dashboard.events.negated_lead import asserted_first
from dashboard.events.negated_vows import vowed_not_unnamed
from dashboard.events.no_comment import no_comment_spans, within
from dashboard.events.non_events import (
    _at_a_time,
    _casualty_denied,
    _closed_for_hazard,
    _degree_hit,
    _ended_truce,
    _fighting_ended,
    _fled_from,
    _forced_by_event,
    _generic_kind,
    _grievance,
    _inanimate_subject,
    _judged_noun,
    _mishap_damage,
    _object_of,
    _quoted_present,
    _ruled_kind,
    _talks_broke_up,
    _talks_topic,
    _travel_warning,
)
from dashboard.events.ordered_forces import placed_orders
from dashboard.events.own_cause import cancelled_for_own_cause
from dashboard.events.prefilter import fold, may_match, needed
from dashboard.events.refusal_vow import vow_after_refusal
from dashboard.events.restricted_aim import restricted_aims
from dashboard.events.rule_content import permitted_from, rule_permits
from dashboard.events.senses import (
    _FORCE_ROOTS,
    _adverb_back,
    _attempt,
    _called_for,
    _forces_noun,
    _gap_crosses_conjunct,
    _gap_crosses_time,
    _held_by,
    _modifier,
    _other_sense,
    _posted_subject,
    _pretended,
    _standing_post,
    _suicide_bomber,
    _troops_in_phrase,
    _unarmed_operation,
    _verbal,
    bomber_aircraft,
    weapon_not_bombing,
)
from dashboard.events.sought_aims import aimed
from dashboard.events.sport_senses import _played, _scored, _sporting
from dashboard.events.stoppages import strike_misread
from dashboard.events.succession import succeeded_in_office
from dashboard.events.taken_roles import holder_dismissed, role_taken_over
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import GOV_BONUS, WEAK, Trigger
from dashboard.events.unasserted import asserted
from dashboard.events.unmatched import denial_first, may_demand
from dashboard.events.unsupported_claim import unsupported
from dashboard.events.urged_acts import places_meet, urged_act
from dashboard.events.verbal import (
    denial,
    denied,
    no_evidence,
    postposed_forecast,
    risk,
    unverified,
)
from dashboard.events.voiced_asides import threats_read_whole
from dashboard.events.vowed_force import generic_act, vowed_force
from dashboard.events.warned_consequence import as_comment
from dashboard.events.warner_frame import speaker_named, warning_frame
from dashboard.events.weapon_senses import bomber_in_exercise, nonlethal_shell
from dashboard.events.weighing import _trigger
from dashboard.events.while_circumstance import circumstance_participle
from dashboard.model import EventType

ROOTS: dict[str, str] = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}


def _first_complement(after: list[Match]) -> Match:
    """The match a governor takes as its complement: the first after it, and of the matches
    starting there the one with the finest code ("threatened to ban the party" takes "ban
    the party", §1722, over the bare "ban", §172), then the row of more slots ("threatened to
    close the Strait of Hormuz" takes the strait's §191 row over the bare "close", §172; "cut
    gas supplies" the energy row's three slots over the aid row's two), else the first in
    lexicon order (not the longest span: a gap may run into a modifier, "provide information
    about weapons")."""
    first = min(m.first for m in after)
    return max(
        (m for m in after if m.first == first),
        key=lambda m: (len(m.rule.code), len(m.rule.slots)),
    )


def _rival(m: Match, comp: Match) -> bool:
    """``m`` starts where the chosen complement ``comp`` starts, ends within it, names another
    code and has fewer slots: a coarser reading of the same words that ``_first_complement``
    passed over (a row of as many slots stays, for the later stages to weigh)."""
    return (
        m.first == comp.first
        and m.last <= comp.last
        and m.rule.code != comp.rule.code
        and len(m.rule.slots) < len(comp.rule.slots)
    )


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
    0 for the non-CAMEO happenings (``DIS-…`` disaster and accident types)."""
    if not code[:2].isdigit():
        return 0
    n = int(code[:2])
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


def event_type(code: str) -> EventType:
    return EventType(code, ROOTS[code])


# Natural hazards "strike", "hit", "kill" and "destroy" too: in a sentence about one, those
# verbs are no coercion, assault or fight (CAMEO codes acts of political actors only).
_HAZARD = re.compile(
    r"\b(?:earthquakes?|quakes?|aftershocks?|storms?|cyclones?|hurricanes?|typhoons?|floods?|"
    r"flooding|landslides?|mudslides?|tsunamis?|eruptions?|volcano(?:es)?|wildfires?|blazes?|"
    r"tornado(?:es)?|drought|heatwaves?|avalanches?|blizzards?|monsoon|downpours?|rains?|winds|"
    r"torrents?|weather|rockfalls?|foreshocks?|tremors?)",
    re.IGNORECASE,
)
_HARM = ("171", "18", "19", "20")
_WARNING = re.compile(r"(?:warn|alert|caution|alarm)", re.IGNORECASE)


# A hazard's word as a weapon's name: capitalised and followed (past at most one more
# capitalised word) by what the weapon is ("Typhoon jets", "Storm Shadow missiles",
# "Tornado GR4 bombers"): an aircraft or a missile, no storm (CAMEO codes its use as force)
_WEAPON_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*)?\s+(?:jets?|fighters?|fighter jets?|aircraft|warplanes?|planes?|"
    r"bombers?|interceptors?|squadrons?|missiles?|rockets?|cruise missiles?|drones?|"
    r"helicopters?)\b"
)


def weapon_name(text: str, start: int, end: int) -> bool:
    """The word at ``start``..``end`` names a weapon ("Typhoon jets"), not a hazard."""
    return text[start : start + 1].isupper() and _WEAPON_AFTER.match(text, end) is not None


@lru_cache(maxsize=16384)
def hazard_word(lower: str) -> bool:
    """Whether one lowercase word names a natural hazard (once per word form, not per token)."""
    return (
        _HAZARD.fullmatch(lower) is not None
    )  # destroying, assaulting, fighting; not a state of emergency


# The literal words one of which every hazard word holds ("quake", "storm"): a sentence whose
# fold holds none has no token ``hazard_word`` accepts (a token's lowercase is a run of the
# sentence, prefilter's proof), so ``triggers`` skips its test there (issue 15, speed)
_HAZARD_NEEDS = needed(_HAZARD)
# A hazard word as a whole run of ASCII letters of a lowercased text, as ``hazard_word``
# reads each run: the same alternation bounded by non-letters, one scan for all the runs
_HAZARD_RUN = re.compile(r"(?<![A-Za-z])" + _HAZARD.pattern.removeprefix(r"\b") + r"(?![A-Za-z])")


def hazard_in(lowered: str) -> bool:
    """Whether some run of ASCII letters of ``lowered`` (a lowercased text) is a hazard word
    (``hazard_word``): ``any(hazard_word(w) for w in re.findall("[A-Za-z]+", lowered))``
    in one scan. The runs are lowercase ASCII, which IGNORECASE matches as written."""
    return _HAZARD_RUN.search(lowered) is not None


def triggers(text: str) -> list[Trigger]:
    """All triggers in ``text`` (one sentence), strongest first; overlapping weaker ones dropped.

    The weight is the lexicon row's (1 weak reporting verb, 2-4 word to specific phrase) plus
    the match's role: +4 when it holds the governing verb of the main clause (+3 when it is
    that verb's object and the verb has no trigger of its own), +1 elsewhere in a main clause,
    nothing in a background clause. So "soldiers arrested 100 people in the occupied West
    Bank" is 173 first, and "X said Y" reports Y's event.

    >>> [t.full for t in triggers("Police raided the offices of the newspaper.")]
    ['173']
    """
    if rule_permits(text):
        # "The state of emergency allows troops to patrol": a rule's content, no act
        return []
    lex = load()
    tokens = tokenize(text)
    found_matches = placed_orders(tokens, lex.match(tokens))  # "ordered troops to withdraw"
    if not found_matches and not may_demand(tokens, lex):
        return []  # every trigger below is a match's but a demand (``unmatched``)
    permitted = permitted_from(text)
    if permitted is not None:
        # "passed a law that allows police to detain suspects": the law's content, no arrest
        found_matches = [m for m in found_matches if tokens[m.first].start < permitted]
    # a reporting verb's word that opens a phrase with its object governs ("recalled its
    # ambassador from X" is no "recalled that"): its object is named, not a clause
    phrases = frozenset(
        m.first
        for m in found_matches
        if m.rule.kind == "V" and len(m.rule.slots) > 1 and m.rule.weight > WEAK
    )
    p = parse(tokens, lex, phrases)
    matches = [
        m
        for m in found_matches
        if (m.rule.kind == "N" and not _modifier(tokens, m)) or _verbal(p, m)
    ]
    # "a heart attack", "a price war", "hackers attacked": another sense, no political act
    matches = [
        m for m in matches if not _other_sense(p, m) and not _scored(p, m) and not _attempt(p, m)
    ]
    # "Unions are projected to strike": workers stop work (§143), no force
    matches = [strikers_strike(p, m, lex) for m in matches]
    # "peaceful protests were part of democracy": a kind, not a happening
    matches = [
        m
        for m in matches
        if not _generic_kind(p, m)
        and not _called_for(tokens, m)
        and not aid_sought(p, m)  # "an appeal was made for food aid": asked, not given
        and not _adverb_back(tokens, m)
        and not _gap_crosses_time(tokens, m)
        and not gap_crosses_frame(tokens, m)  # "leave for Minsk under a deal": no §120
        and not _gap_crosses_conjunct(p, m)
        and not modifying_hostage(tokens, m)  # "took part in hostage talks": no one taken
        and not led_away(tokens, m)  # "marched the students into a forest": no §141
        and not gap_into_clause(p, m)  # "killed when protesters attacked": their subject
        and not _ruled_kind(p, m)
        and not _judged_noun(p, m)
        and not appealed_ruling(p, m)  # "would appeal the ruling": a court case, no §02
        and not (attributive_participle(p, m) or agent_noun(p, m))  # "sent 29 jailed men"
        and not denied_threat(p, m)  # "the dam was not a threat": a denied threat is none
        and not named_by(p, m)
        and not vowed_remembrance(p, m)  # "vowed never to forget the attack": no §030
        and not taken_thing(p, m)  # "took the microphone by force": no ground occupied
        and not vowed_not_unnamed(p, m, matches)  # "vowed not to return the islands"
        and not circumstance_participle(p, m, matches)  # "killed while visiting troops"
        # a lone soldier, a speaker's resolve, a ship brought to port, a noun's background
        and not misread(p, m)
        and not alleged_relative(p, m)  # "accusing X of backing rebels who attacked"
        and not (role_taken_over(p, m) or holder_dismissed(p, m))  # a post, no ground or claim
        and not figure_as_killer(p, m)  # "Lawmakers killed the bill": no assassination
        and not generic_act(p, m)  # "Any attack will be met with force", "… be seen as"
        and not annulled(p, m)  # "struck down Trump's curfew order": no curfew, no force
        and not cancelled_for_own_cause(p, m)  # "cancelled a trip … because of riots at home"
        and not (urged_act(p, m, matches) or places_meet(p, m))  # "urging X to reject"
    ]
    matches = asserted(p, matches)  # "Despite the sanctions,", "An appeal … to allow aid"
    # "did not respond to requests for comment on the attack": a comment sought and not
    # given, the newsroom's request, no act of the sentence (``no_comment``)
    unanswered = no_comment_spans(text)
    if unanswered:
        matches = [m for m in matches if not within(tokens[m.first].start, unanswered)]
    # "The coach asked his players", "The company held talks": no political actor acts
    matches = [m for m in matches if not risk(p, m, matches)]
    others = tuple(matches)
    # a material trigger counts in its own clause only: "Airlines cancelled flights, and the
    # airport was closed" keeps the closure from making the airlines' act political
    matches = [m for m in matches if not outside_politics(p, m, _material(p, m, others), others)]
    if _sporting(p):
        # "Nadal beat Djokovic in straight sets": a game's result, unless armed men are named
        # and its "striker" is a forward (IFAB), not a worker on strike
        matches = [m for m in matches if not _played(tokens, m)]
    # "A second convoy, planned for Tuesday, was cancelled": a plan's participle describes
    # its noun; no intent was stated (CAMEO 1.1b3 §03 codes an intent expressed by an actor)
    matches = [m for m in matches if not (m.rule.embeds == "03" and describes_noun(p, m.first))]
    # "talks on a ceasefire stalled": the ceasefire is what the talks are about (CAMEO 1.1b3
    # §04 codes the talks; their topic is no act)
    matches = [m for m in matches if not _talks_topic(p, m)]
    # "protests over the killing of a teenager": the grievance, not a happening told here
    matches = [m for m in matches if not _grievance(p, m)]
    # "Laos did not respond to the complaint": the act answered is another side's
    matches = [m for m in matches if not answered_act(p, m)]
    # "the decade-long killing of activists", "years of shelling": a background situation
    matches = [m for m in matches if not spans_years(p.tokens, m)]
    # "18 people died in the unrest and declared a state of emergency": a toll's setting
    matches = [m for m in matches if not toll_setting(p, m, matches) and not agent_named(p, m)]
    # "ordered security forces to rescue the children… would not pay a ransom": no aid
    matches = [m for m in matches if not rescued_from_captors(p, m)]
    # "no one was killed when a bomb exploded": no casualty, but the bombing happened
    matches = [m for m in matches if not _casualty_denied(p, m, matches)]
    matches = [m for m in matches if not _unarmed_operation(p, m)]
    # "carrying food to troops stationed on a warship": where forces stand, not a deployment
    matches = [m for m in matches if not _standing_post(p.tokens, m)]
    # "Troops stationed in Niger were attacked": a participle describing the subject
    matches = [m for m in matches if not _posted_subject(p, m)]
    # "hostages held by Hamas", "positions held by Russian forces": a hold, not an act
    matches = [m for m in matches if not _held_by(p, m)]
    # "pushed past police lines and entered": the forces noun is a place's, not the mover
    matches = [m for m in matches if not _troops_in_phrase(p.tokens, m)]
    # "a suicide bomber struck the crowd": a person, not a warplane
    matches = [m for m in matches if not _suicide_bomber(p.tokens, m)]
    # "strategic bombers flew near Japan": the aircraft, not a person with a bomb
    matches = [m for m in matches if not bomber_aircraft(p.tokens, m)]
    # "bombers held a drill with jets": the aircraft in an exercise; "tear gas shells": no artillery
    matches = [
        m
        for m in matches
        if not bomber_in_exercise(p.tokens, m) and not nonlethal_shell(p.tokens, m)
    ]
    # "could build a nuclear bomb": a weapon made or held, no bombing (§183)
    matches = [m for m in matches if not weapon_not_bombing(p.tokens, m)]
    # "covers Philippine forces in the sea": the noun, not the verb "force"
    matches = [m for m in matches if not _forces_noun(p.tokens, m)]
    # a verb that passed the event on is no event of its own ("warned that… could")
    # but a denial is an act of its own (CAMEO 1.1b3 §016): "denied that it had interfered"
    matches = [m for m in matches if m.rule.weight == WEAK or m.first not in p.passing or denial(m)]
    # "the truce broke down when troops shelled the town": no ceasefire was declared; the
    # shelling is what happened (CAMEO 1.1b3 §087 codes a ceasefire declared, not one failing)
    matches = [
        m
        for m in matches
        if not (_ended_truce(p, m) or _travel_warning(p, m))
        and not reported_agent(p, m)  # "said the rioters had fled": the people, no riot
        and not speaking_force(p, m)  # "the peacekeeping force said": a body, no deed
        and not _at_a_time(p, m)
        and not _degree_hit(p, m)
        and not _mishap_damage(p, m)
        and not _talks_broke_up(p, m)
        and not _fled_from(p, m)
        and not _quoted_present(p, m)
        and not _fighting_ended(p, m)
        and not strike_misread(p, m)
        and not misread_gathering(p, m)  # "gathered to remember"; "gathered to greet"
        and not succeeded_in_office(p, m)  # "took over from Han Duck-soo": an office
        # "the decision threatens the ceasefire": the good at risk, no truce declared
        and not good_at_risk(p, m)
        and not owned_reason(p, m)  # "impeached him over his declaration of martial law"
        and not refused_act(p, m)  # "despite its refusal to ratify the protocol"
    ]
    # "the strikes forced the suspension of flights": a happening's effect is no act of its own
    forced = [m for m in matches if _forced_by_event(p, m)]
    matches = (
        [m for m in matches if m not in forced and not any(_object_of(p, f, m) for f in forced)]
        if forced
        else matches
    )
    head = _force_after_posture(p, _head(p, matches), matches)
    if head is not None:
        after = [m for m in matches if m.first > head.last and not outside_complement(p, head, m)]
        comp = _first_complement(after) if head.rule.embeds and after else None
        if comp is not None and head.rule.embeds in ASKING_GOVERNORS:
            comp = asked_match(p, comp, after)  # "rejected an ultimatum to hand over …"
        purpose = _purpose(p, head)
        matches = [
            m
            for m in matches
            if (m is head or _within(m, comp) or not _dependent(p, head, purpose, m))
            # another row read on the complement's own words is the reading not chosen
            # ("to cut gas supplies": the energy row, not the aid row's "cut … supplies")
            and not (comp is not None and m is not comp and _rival(m, comp))
        ]
    # "accused the group of war crimes": §1124's "war crime" over §1121's "crime"
    matches = [m for m in matches if m is head or not less_named(tokens, m, matches)]
    pairs = _asserted_after_contrast(
        p, [(m, _trigger(text, p, m, m is head, lex)) for m in matches]
    )
    # the noun, not the verb: "rebels threatened to storm the capital" is no storm; nor a
    # weapon's name ("Typhoon jets", "Storm Shadow missiles")
    hazards = (
        [
            t.start
            for i, t in enumerate(tokens)
            if hazard_word(t.lower)
            and i not in p.verbs
            and not weapon_name(text, t.start, t.end)
            and not predicated_hazard(tokens, i)  # "the ship was left flooding"
        ]
        if may_match(_HAZARD_NEEDS, fold(text))
        else []
    )
    hazard = bool(hazards)
    # "denied reports that a tsunami had reached the coast": no accusation, no §016
    pairs = [(m, t) for m, t in pairs if not (hazard and hazard_denied(p, t, hazards))]
    # "…carried out air strikes after the flood": an act told with its weapon is kept
    pairs = [(m, t) for m, t in pairs if not (hazard and hazard_harm(text, t, hazards, _HARM))]
    # "its brakes failed, killing 11", "a helicopter crash killed eight": no one's force
    pairs = [(m, t) for m, t in pairs if not accident_harm(p, m, t.full or t.code)]
    # "the airport was closed because of volcanic ash": a safety measure, no one targeted
    pairs = [(m, t) for m, t in pairs if not _closed_for_hazard(p, m, t)]
    # "a tsunami warning was issued", "warned of possible flooding": no actor threatens
    pairs = [(m, t) for m, t in pairs if not (hazard and t.code == "13" and _WARNING.match(t.text))]
    # "The heatwave threatened crops": the hazard is the threat's subject, no actor threatens
    pairs = [
        (m, t)
        for m, t in pairs
        if not (
            t.code == "13"
            and t.text.lower().startswith("threat")
            and (any(h < t.start for h in hazards) or _inanimate_subject(p, m))
        )
    ]
    # "simulated strikes", "staged a mock attack", "rehearsed a response to an attack": a
    # drill shows force, no force is used (CAMEO 1.1b3 §150)
    pretend = lex.words("pretend")
    pairs = [
        (
            m,
            replace(t, code="15", full="150")
            if t.code in _FORCE_ROOTS and _pretended(p, m, pretend)
            else t,
        )
        for m, t in pairs
    ]
    # "a day after Beijing threatened to blockade the island": a threat outside the head's
    # clause is read with what it threatens (§1381), which is not done
    pairs = threats_read_whole(p, pairs, head, lex)
    # "Thousands could flee, aid groups warned": a warning framing a clause with no act (CAMEO
    # 1.1b3 §012); an unnamed warner tells no side, and a party in the clause warns not: no card
    frame = warning_frame(text)  # closing, or medial after a fronted condition
    told = {
        m.first: speaker_named(text, frame)
        for m, _ in pairs
        if frame is not None
        and p.tokens[m.first].start == frame.verb
        and postposed_forecast(p, m.first, pairs)
    }
    pairs = [
        (m, replace(t, code="01", full="012") if m.first in told else t)
        for m, t in pairs
        if told.get(m.first, True)
    ]
    # "riots against the new policies continued": a protest that does not govern its clause
    # is aimed as the governing one is (§1452)
    pairs = [(m, t if m is head else _aimed(p, t)) for m, t in pairs]
    found = [t for _, t in pairs]
    gov = next((t for m, t in pairs if m is head), None)
    if gov is not None and head is not None and agent_named_only(p, head):
        # "No ransom would be paid to the kidnappers": the people, not their act, are named
        found, gov = [t for t in found if t is not gov], None
    if gov is not None:
        governed = _govern(text, p, gov, _own_group(p, gov, found), lex)
        if (
            head is not None
            and head.rule.kind == "N"
            and (gov.full or "")[:3] in ("140", "141")
            and (governed.full or "").startswith("13")
            and "cond" not in p.kinds
        ):
            # "will hold a rally on Friday": the rally its organisers plan is the protest,
            # flagged planned; CAMEO 1.1b3 §133 is dissent held over someone as a threat
            # ("will strike unless…", "would march on the capital"), which a bare plan is not
            governed = replace(governed, code="14", full=gov.full)
        found.append(governed)
    elif p.gov is not None and "demand" in p.gov_flags and not no_demander(p, lex):
        # "X must withdraw": a demand (10); but what a constitution says must be is a rule
        t = tokens[p.gov]
        found.append(Trigger("10", 2 + GOV_BONUS, t.start, t.end, t.text, "100"))
    # "warned that the exercises could threaten stability": a comment, not the exercises
    found = as_comment(text, p, found)
    # "… and vowed more strikes": a vow of more force is a threat of it, not an intent (§030)
    found = vowed_force(text, p, found, lex)
    found = unverified(tokens, no_evidence(tokens, denied(p, found)))
    found = unsupported(tokens, found)  # "claimed without evidence that …"
    found = restricted_aims(p, found)  # "said it was targeting only military sites"
    found = called_false_or_off(text, found)
    kept = asserted_first(p, denial_first(_prune(found)))
    # "refused to surrender, vowing to attack the capital": the vow is a threat of its own
    vow = vow_after_refusal(text, kept, triggers)
    return [*kept, vow] if vow is not None else kept


def _aimed(p: Parse, t: Trigger) -> Trigger:
    """``t`` with its protest's aim or the thing it seeks (``sought_aims.aimed``), if told."""
    full = aimed(p.tokens, t.full or "", t.start, t.end, load())
    return t if full == (t.full or "") else replace(t, full=full)


def _own_group(p: Parse, gov: Trigger, found: list[Trigger]) -> list[Trigger]:
    """The triggers the governing one may take as its complement: not those past an "and" or
    "but" opening a verb group of its own ("did not rule out aftershocks and will visit the
    zone": the visit is a second act, outside the first verb's scope and its negation; Quirk
    et al. 1985 §13.34, a coordinated predicate with its own operator)."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    at = starts.get(gov.start)
    if at is None or "negated" not in gov.flags:
        return found  # "blocked and fired water cannon at boats": one object, shared
    return [t for t in found if t.start < gov.end or not apart(p, at, starts.get(t.start, at))]


def _prune(found: list[Trigger]) -> list[Trigger]:
    """Strongest first; a weaker trigger overlapping a kept one is dropped, but lends it its
    more specific code ("bomb exploded" 183 refined by "car bomb" 1832).

    Kept spans never overlap, so one bisection finds a clash: O(n log n) in the triggers."""
    found.sort(key=lambda t: (-t.weight, t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    spans: list[tuple[int, int, int]] = []  # (start, end, index in kept), sorted by start
    for t in found:
        i = bisect.bisect_left(spans, (t.start, -1, -1))
        near = [spans[j] for j in (i - 1, i) if 0 <= j < len(spans)]
        clash = next((k for s, e, k in near if t.start < e and s < t.end), None)
        if clash is None:
            spans.insert(i, (t.start, t.end, len(kept)))
            kept.append(replace(t, flags=public(set(t.flags))))
            continue
        full, kfull = t.full or "", kept[clash].full or ""
        if len(full) > len(kfull) and full.startswith(kfull):
            kept[clash] = replace(kept[clash], full=full)
    return kept


def _material(p: Parse, m: Match, matches: tuple[Match, ...]) -> bool:
    """Does a trigger of ``MATERIAL`` roots stand in ``m``'s own clause (domain.outside_politics:
    "The company offered to release the ship" is material)?"""
    clause = p.clause[m.first]
    return any(o.rule.code.startswith(MATERIAL) and p.clause[o.first] == clause for o in matches)
