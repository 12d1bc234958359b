"""CAMEO root categories and the sentence coder that assigns them.

``triggers(sentence)`` matches the lexicon (``data/lexicon/``, see ``lexicon.py``) over the
sentence's lemmas, reads its clauses (``clauses.py``) and weighs each match by its role: the
phrase holding the governing verb of the main clause comes first, re-coded by its complement,
a stated future or a condition (``modality.py``), and carries the polarity and modality flags.
The reporting verbs of 01 are weak, so "X said Y" reports Y's event when Y has a trigger.
The names are the CAMEO manual's (1.1b3) root names; QuadClass follows GDELT's split.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

from dashboard.events.clauses import (
    ARTICLES,
    AUX,
    FALSELY,
    Parse,
    cue_at,
    describes_noun,
    modal_perfect,
    parse,
)
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.domain import MATERIAL, group_subject, outside_politics
from dashboard.events.lexicon import (
    Lexicon,
    Match,
    Rule,
    load,
    other_senses,
    sport_phrases,
    word_class,
)
from dashboard.events.modality import COOPERATION, intent_code, local_flags, public, recode
from dashboard.events.tokens import Token, tokenize
from dashboard.events.verbal import (
    NEGATIONS,
    conditional_offer,
    denial,
    denied,
    forecast,
    no_evidence,
    offered,
    or_face,
    risk,
    unverified,
)
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
# CAMEO 1.1b3 §145 "protest violently, riot": a crowd that storms, ransacks or occupies a
# building protests violently; an armed force doing the same is 190/192. The subject decides.
CROWD = frozenset("protester demonstrator rioter crowd supporter marcher activist".split())
FORCED_ENTRY = frozenset(
    "storm ransack overrun occupy invade breach break force attack smash vandalise vandalize "
    "loot".split()
)


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
    lex = load()
    tokens = tokenize(text)
    found_matches = lex.match(tokens)
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
    matches = [m for m in matches if not _other_sense(p, m) and not _scored(p, m)]
    # "peaceful protests were part of democracy": a kind, not a happening
    matches = [
        m
        for m in matches
        if not _generic_kind(p, m)
        and not _called_for(tokens, m)
        and not _adverb_back(tokens, m)
        and not _gap_crosses_time(tokens, m)
        and not _ruled_kind(p, m)
        and not _judged_noun(p, m)
        and not _named_by(p, m)
    ]
    # "The coach asked his players", "The company held talks": no political actor acts
    matches = [m for m in matches if not risk(p, m, matches)]
    material = any(m.rule.code.startswith(MATERIAL) for m in matches)
    others = tuple(matches)
    matches = [m for m in matches if not outside_politics(p, m, material, others)]
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
    # "no one was killed when a bomb exploded": no casualty, but the bombing happened
    matches = [m for m in matches if not _casualty_denied(p, m, matches)]
    matches = [m for m in matches if not _unarmed_operation(p, m)]
    # a verb that passed the event on is no event of its own ("warned that… could")
    # but a denial is an act of its own (CAMEO 1.1b3 §016): "denied that it had interfered"
    matches = [m for m in matches if m.rule.weight == WEAK or m.first not in p.passing or denial(m)]
    # "the truce broke down when troops shelled the town": no ceasefire was declared; the
    # shelling is what happened (CAMEO 1.1b3 §087 codes a ceasefire declared, not one failing)
    matches = [m for m in matches if not _travel_warning(p, m)]
    matches = [
        m
        for m in matches
        if not _ended_truce(p, m)
        and not _at_a_time(p, m)
        and not _degree_hit(p, m)
        and not _talks_broke_up(p, m)
        and not _fled_from(p, m)
    ]
    # "the strikes forced the suspension of flights": the effect of a happening, with its
    # object, is no act of its own
    forced = [m for m in matches if _forced_by_event(p, m)]
    matches = (
        [m for m in matches if m not in forced and not any(_object_of(p, f, m) for f in forced)]
        if forced
        else matches
    )
    head = _force_after_posture(p, _head(p, matches), matches)
    if head is not None:
        after = [m for m in matches if m.first > head.last]
        comp = min(after, key=lambda m: m.first) if head.rule.embeds and after else None
        purpose = _purpose(p, head)
        matches = [
            m
            for m in matches
            if m is head or _within(m, comp) or not _dependent(p, head, purpose, m)
        ]
    pairs = _asserted_after_contrast(
        p, [(m, _trigger(text, p, m, m is head, lex)) for m in matches]
    )
    # the noun, not the verb: "rebels threatened to storm the capital" is no storm; nor a
    # weapon's name ("Typhoon jets", "Storm Shadow missiles")
    hazards = [
        t.start
        for i, t in enumerate(tokens)
        if hazard_word(t.lower) and i not in p.verbs and not weapon_name(text, t.start, t.end)
    ]
    hazard = bool(hazards)
    pairs = [(m, t) for m, t in pairs if not (hazard and (t.full or t.code).startswith(_HARM))]
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
    found = [t for _, t in pairs]
    gov = next((t for m, t in pairs if m is head), None)
    if gov is not None:
        found.append(_govern(text, p, gov, found, lex))
    elif p.gov is not None and "demand" in p.gov_flags and not _rule_speaks(tokens, lex):
        # "X must withdraw": a demand (10); but what a constitution says must be is a rule
        t = tokens[p.gov]
        found.append(Trigger("10", 2 + GOV_BONUS, t.start, t.end, t.text, "100"))
    found = unverified(tokens, no_evidence(tokens, denied(p, found)))
    false = _CALLED_FALSE.search(text)
    if false is not None:
        # "Reports that Hamas had released two hostages were false" (FactBank: a proposition
        # its source calls false is counterfactual)
        found = [
            replace(t, flags=tuple(sorted({*t.flags, "negated"})))
            if false.start("what") <= t.start < false.end("what")
            else t
            for t in found
        ]
    off = _CALLED_OFF_AFTER.search(text)
    if off is not None:
        # "Planned talks between A and B in Istanbul were called off": the subject before a
        # passive of calling off did not happen, however the clause was parsed
        found = [
            replace(t, flags=tuple(sorted({*t.flags, "negated"})))
            if t.start < off.start() and not _CLAUSE_MARK.search(text, t.start, off.start())
            else t
            for t in found
        ]
    return _denial_first(_prune(found))


def _denial_first(kept: list[Trigger]) -> list[Trigger]:
    """A denial (CAMEO 1.1b3 §016 "deny responsibility") leads when the act it denies heads
    the sentence only to be negated ("North Korea denied it had supplied weapons to Russia"):
    the denial is what happened, the supply is not, and CAMEO codes the denial."""
    if not kept or "negated" not in kept[0].flags:
        return kept
    denial = next(
        (t for t in kept if (t.full or "").startswith("016") and t.start < kept[0].start), None
    )
    if denial is None or "negated" in denial.flags:
        return kept
    return [denial, *(t for t in kept if t is not denial)]


# nouns an event noun can modify without naming an event: "battle tank", "attack helicopter",
# "strike group", "protest song", "war plan", "asylum seekers"
_MODIFIED = frozenset(
    "tank tanks helicopter helicopters submarine submarines group groups ship ships jet jets "
    "drone drones plane planes aircraft vehicle vehicles rifle rifles dog dogs plan plans "
    "song songs crime crimes criminal criminals game games zone zones cabinet cabinets "
    "council room chest footing memorial museum veteran veterans correspondent reporter "
    "widow widows orphan orphans court courts chamber tribunal talks negotiations proposal "
    "proposals efforts bid mediator mediators envoy seeker seekers claim claims claimant "
    "claimants application applications".split()
)


_OF_WAR = frozenset("prisoner crime criminal veteran spoil theatre theater art".split())


def _modifier(tokens: list[Token], m: Match) -> bool:
    """A one-word event noun used as another noun's modifier ("a new battle tank"), or a
    participle the noun rule's lemma caught ("warring sides")."""
    nxt = m.last + 1
    if m.first != m.last:
        return False
    tok = tokens[m.first]
    if m.first >= 2 and tokens[m.first - 1].lower == "of" and tokens[m.first - 2].keys & _OF_WAR:
        return True  # "prisoners of war", "crimes of war": a kind of person or act, no war
    # "the signing of", "the fighting in"; not "the warring parties", whose noun follows
    noun_after = nxt < len(tokens) and "NOUN" in tokens[nxt].pos and tokens[nxt].lower != "of"
    gerund = m.first > 0 and tokens[m.first - 1].lower in ARTICLES and not noun_after
    if "VBG" in tok.tags and "NOUN" not in tok.pos and not gerund:
        return True  # "warring" is the verb "to war", an adjective here, never the noun "war"
    return nxt < len(tokens) and tokens[nxt].lower in _MODIFIED


_OBJECT_ENDS = frozenset(
    "in on at of by for with from to into near after before between against over across "
    "through during under amid as than like".split()
)
_PARTICLES = frozenset("on upon off back up out".split())  # "seized on", "fought off"


_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
_FORCE_PLURALS = frozenset({"targets"})
# what talks, or a work of art or record, are about ("talks on a ceasefire", "a film about
# the siege of Sarajevo"): a topic, no act of this sentence
# what talks, or a work of art or record, or a vote or bill are about ("a referendum on
# annexing the region", "a bill on banning rallies"): the topic put to a vote is no act
_TALKS = frozenset(
    "talk negotiation discussion dialogue consultation film documentary book novel movie "
    "memoir exhibition musical opera play song poem painting podcast referendum plebiscite "
    "vote ballot debate bill motion law".split()
)
_ABOUT = frozenset("on over about for".split())


def _talks_topic(p: Parse, m: Match) -> bool:
    """The match is the topic of talks or of a work named right before it ("talks on a
    ceasefire", "negotiations over a prisoner swap", "a film about the siege")."""
    tokens = p.tokens
    k = m.first - 1
    if k >= 0 and tokens[k].lower in ARTICLES:
        k -= 1
    if k >= 0 and "VBG" in tokens[k].tags:
        k -= 1  # "a bill on banning rallies", "talks on ending the blockade": the topic too
    return k >= 1 and tokens[k].lower in _ABOUT and bool(tokens[k - 1].keys & _TALKS)


_NONE = frozenset({"no", "without"})
# "no fewer than 20", "no more than", "no longer": a quantity or a time, not a negation
_NOT_NONE = frozenset("fewer less more longer sooner later than doubt".split())


def _none_of(p: Parse, m: Match) -> bool:
    """ "no" or "without" stands right before the event noun or inside the matched phrase
    ("made no arrests", "ended without arrests"), not as "no fewer than"."""
    if _NONE & _rule_words(m.rule):
        return False  # the row holds the negation: "no comment" (011), "ended without a deal"
    tokens = p.tokens
    start = max(p.opening(m.first), m.first - 1)
    return any(
        tokens[k].lower in _NONE and k + 1 < len(tokens) and tokens[k + 1].lower not in _NOT_NONE
        for k in range(start, m.last)
    )


@cache
def _rule_words(rule: Rule) -> frozenset[str]:
    """Every word a lexicon row's slots accept."""
    return frozenset(w for slot in rule.slots for alt in slot for word in alt for w in word)


def _came_close(p: Parse, m: Match, lex: Lexicon) -> bool:
    """A near miss (cues.csv ``near_miss``: "came close to", "were close to a") stands in the
    five words before the match, in its clause."""
    start = max(p.opening(m.first), m.first - 5)
    tokens = p.tokens
    return any(
        cue_at(tokens, k, m.first, cue)
        for k in range(start, m.first)
        for cue in lex.cue("near_miss")
    )


def _pretended(p: Parse, m: Match, pretend: frozenset[str]) -> bool:
    """A word of pretence (cues.csv ``pretend``) stands in the eight words before the match,
    in its clause: "simulated strikes", "practised repelling an amphibious assault"."""
    tokens = p.tokens
    start = max(p.opening(m.first), m.first - 8)
    return any(tokens[k].keys & pretend for k in range(start, m.first + 1))


def _gap_crosses_time(tokens: list[Token], m: Match) -> bool:
    """Does a phrase's gap run through a word opening a time adjunct ("was called off after
    talks with the government": the talks are when, not what was called off)? The object of
    a verb comes before any adjunct of time (Huddleston and Pullum 2002, ch. 8 §1), so a
    pattern's gap stops there unless the row itself names the word ("clash during")."""
    own = _rule_words(m.rule)
    return any(
        tokens[k].lower in _TIME_OPENERS and tokens[k].lower not in own
        for k in range(m.first + 1, m.last)
    )


_TIME_OPENERS = frozenset("after before following during since until amid".split())


def _adverb_back(tokens: list[Token], m: Match) -> bool:
    """Is the match's first word "back" as an adverb of direction ("ordered the troops back
    to their barracks", "sent them back home"), not the verb "back" of CAMEO 1.1b3 §051
    ("backed the plan")? Before a preposition of direction it is the adverb (Merriam-
    Webster, back adv. 1 'to, toward, or at the rear', 2 'to or at an earlier place')."""
    k = m.first
    return tokens[k].lower == "back" and k + 1 < len(tokens) and tokens[k + 1].lower in _DIRECTIONS


_DIRECTIONS = frozenset("to into home from across down out off over toward towards inside".split())


def _called_for(tokens: list[Token], m: Match) -> bool:
    """Does a phrase of another root open with "call for" ("called for a general strike")?
    CAMEO 1.1b3 §02 "appeal" is a request; the act asked for is not done by asking, so the
    "call * strike" row of §143 (a union that calls a strike conducts it) does not hold."""
    nxt = m.first + 1
    return (
        not m.rule.code.startswith(("02", "10"))
        and "call" in tokens[m.first].keys
        and nxt < len(tokens)
        and tokens[nxt].lower == "for"
    )


def _other_sense(p: Parse, m: Match) -> bool:
    """The match's first word is a head of ``other_senses.csv`` given another sense: by the
    word before it ("a shark attack", "a legal battle"), or, for a row ``as_subject``, by its
    clause's subject before it ("Hackers attacked", "a bear mauled") or a passive's agent
    ("was killed by a shark"); for a row ``near``, by a force verb's neighbours: its subject
    word ("inflation hit") or one of three words after it ("killed the bill")."""
    tokens = p.tokens
    head = tokens[m.first]
    senses = [s for k in head.keys for s in other_senses().get(k, ())]
    if not senses:
        return False
    before = tokens[m.first - 1].keys if m.first > 0 else frozenset()
    if any(before & s.modifiers for s in senses if not s.near):
        return True
    near = [s.modifiers for s in senses if s.near]
    # force verbs, 11's blame ("blamed on unusual waves": a cause, no accused) and 04's
    # "received" ("received military aid": the giver's act, no guest hosted)
    if near and m.rule.code[:2] in ("04", "08", "11", "17", "18", "19", "20"):
        j = m.first - 1
        while j > 0 and tokens[j].lower in AUX:
            j -= 1  # "the bill was killed": the subject before the auxiliary
        # the object's head: the last word of the noun phrase after the verb ("killed the
        # budget bill", not "attacked a budget meeting")
        after = []
        first = m.last + 1
        if first < len(tokens) and tokens[first].lower in _PARTICLES:
            first += 1
        for k in range(first, min(first + 4, len(tokens))):
            t = tokens[k]
            if t.boundary or not t.text[:1].isalnum() or t.lower in _OBJECT_ENDS or k in p.verbs:
                break
            if k > first and "VBG" in t.tags and "NOUN" not in t.pos:
                break  # "a statement accusing Israel": a participle ends the noun phrase
            after = [t]
        # the word before counts as the subject only with no verb before it in the clause
        # ("Militants who opposed the budget killed…": the budget is a relative's object)
        start = p.opening(m.first)
        own = j >= start and not any(start <= k < j for k in p.verbs)
        subject = [tokens[j]] if j >= 0 and own else []
        # "hit its inflation target" is a goal met; "struck targets in Lebanon" is force:
        # military targets are counted in the plural, a goal is one
        after = [t for t in after if t.lower not in _FORCE_PLURALS]
        if any(t.keys & mods for t in (*subject, *after) for mods in near):
            return True
    subjects = [s.modifiers for s in senses if s.as_subject]
    if not subjects:
        return False
    # the subject starts after a verb that passed the event on ("The ministry said its forces
    # hit back": the forces, not the ministry, hit)
    start = p.opening(m.first)
    start = max((k + 1 for k in p.passing if start <= k < m.first), default=start)
    # a passive's subject is what was acted on ("Israel's embassy was attacked by
    # protesters"): only its agent after "by" can give the verb another sense
    passive = m.first > 0 and "be" in tokens[m.first - 1].keys and "VBN" in head.tags
    subject = [] if passive else tokens[start : m.first]
    if any(t.keys & mods for t in subject for mods in subjects):
        return True
    nxt = m.last + 1
    agent = tokens[nxt + 1 : nxt + 4] if nxt < len(tokens) and tokens[nxt].lower == "by" else []
    return any(t.keys & mods for t in agent for mods in subjects)


# who makes a game's sentence one of violence after all ("gunmen attacked fans at a World Cup
# match"): armed men and weapons
def _unarmed_operation(p: Parse, m: Match) -> bool:
    """ "launched an operation" read as force (§190) with no armed force or group before it in
    its clause ("Police launched an operation", "The ministry launched an operation"): the
    row is only military action when armed forces launch it."""
    if "operation" not in p.tokens[m.last].keys or not m.rule.code.startswith("19"):
        return False
    if m.rule.kind != "V" or m.first == m.last:
        return False
    before = p.tokens[p.opening(m.first) : m.first]
    return not any(t.keys & (_ARMED | _FORCES) for t in before)


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
    subject = tokens[start:k]  # after "said": "The army said villagers blocked" is no army's
    if any(t.keys & {"police", "policeman", "protester", "demonstrator"} for t in subject):
        return False
    return group_subject(p, m) or any(t.keys & (_ARMED | _FORCES) for t in subject)


_FORCES = frozenset("army force military militia navy".split())
_PASSAGE_NOUNS = frozenset("roadblock barricade sit-in".split())  # the noun names no blocker


_ARMED = frozenset(
    "gunman gunmen militant militants soldier soldiers troops police rebel rebels bomb bomber "
    "attacker attackers terrorist terrorists militia militiamen army grenade explosive".split()
)


_COPULA = frozenset("is are was were".split())


def _named_by(p: Parse, m: Match) -> bool:
    """An event noun after "of" that names people or a day by it ("relatives of veterans of
    the 1971 war", "the anniversary of the invasion"; classes.csv ``NAMED_BY``): background,
    not a happening the sentence tells."""
    if m.rule.kind != "N":
        return False
    tokens, k = p.tokens, m.first - 1
    while k >= 0 and (tokens[k].lower in ARTICLES or tokens[k].text.isdigit()):
        k -= 1  # "the 1971 war"
    if k < 1 or tokens[k].lower != "of":
        return False
    return bool(tokens[k - 1].keys & word_class("NAMED_BY"))


def _ruled_kind(p: Parse, m: Match) -> bool:
    """An event noun that a rule's text covers, bans or applies to ("the treaty covers
    attacks on Philippine vessels", "the law bans protests near parliament"): a kind of act
    the rule names (ACE 2005 genericity: GENERIC mentions), no happening. The subject must be
    a rule's text (classes.csv ``STATUTE``) before a verb of ``_RULE_VERBS`` in the clause."""
    if m.rule.kind != "N":
        return False
    tokens, start = p.tokens, p.opening(m.first)
    statute = word_class("STATUTE")
    for k in range(m.first - 1, start - 1, -1):
        if tokens[k].keys & _RULE_VERBS:
            return any(tokens[j].keys & statute for j in range(start, k))
    return False


_RULE_VERBS = frozenset("cover apply include ban prohibit forbid outlaw govern define".split())


def _judged_noun(p: Parse, m: Match) -> bool:
    """An event noun whose copula judges it ("the blockades were illegal", "the strikes are
    unconstitutional"): what is told is the judgement (CAMEO 1.1b3 §11 codes it, if its
    speaker is named), not a happening of the noun's own code."""
    tokens = p.tokens
    k = m.last + 1
    if m.rule.kind != "N" or k >= len(tokens) or tokens[k].lower not in _COPULA:
        return False
    after = [t.lower for t in tokens[k + 1 : k + 3] if t.lower not in ("not", "n't", "clearly")]
    return bool(after) and after[0] in _VERDICTS


_VERDICTS = frozenset(
    "illegal unlawful illegitimate unconstitutional legal lawful legitimate justified "
    "unjustified unacceptable wrong criminal".split()
)


def _generic_kind(p: Parse, m: Match) -> bool:
    """An event noun in the bare plural as the subject of a copula with no participle after
    it ("peaceful protests were part of democracy", "strikes are a right"): a kind, which a
    bare plural names in English (Carlson 1977, the generic reading), not a happening. With a
    determiner ("the protests were peaceful") or a participle ("protests were held") it is."""
    tokens = p.tokens
    if m.rule.kind != "N" or not tokens[m.last].lower.endswith("s"):
        return False
    k = m.last + 1
    if k < len(tokens) and tokens[k].lower == "of":  # "invasions of public buildings were"
        k = next(
            (j for j in range(k + 1, min(k + 5, len(tokens))) if tokens[j].lower in _COPULA), k
        )
    if k >= len(tokens) or tokens[k].lower not in _COPULA:
        return False
    after = [t for t in tokens[k + 1 : k + 3] if t.lower not in ("not", "n't")]
    if not after or after[0].tags & {"VBN", "VBG"} or after[0].lower in ("being", "also", "still"):
        return False
    j = m.first - 1
    while j >= 0 and "ADJ" in tokens[j].pos and tokens[j].lower not in ARTICLES:
        j -= 1  # "peaceful protests": adjectives before the noun
    # bare: nothing before it, or a word that is neither a determiner nor a count
    return j < 0 or (tokens[j].lower not in ARTICLES and not tokens[j].text[:1].isdigit())


def _played(tokens: list[Token], m: Match) -> bool:
    """In a game's sentence, force is a result and a "striker" a forward (IFAB Laws of the
    Game): neither is a political act."""
    striker = m.rule.code == "143" and tokens[m.first].lower.startswith("striker")
    return m.rule.code[:2] in ("17", "18", "19", "20") or striker


def _sporting(p: Parse) -> bool:
    """The sentence holds a phrase of ``sport_context.csv`` and names no armed men."""
    words = [t.lower for t in p.tokens]
    starts = _sport_starts()
    for i, w in enumerate(words):
        for phrase in starts.get(w, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return not any(w in _ARMED for w in words)
    return False


@cache
def _sport_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``sport_phrases`` by first word: one dictionary lookup per word of a sentence."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sport_phrases():
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


_NOBODY = frozenset("nobody no-one none".split())
_CASUALTY = frozenset("kill hurt injure wound harm die".split())


def _casualty_denied(p: Parse, m: Match, matches: list[Match]) -> bool:
    """A harm verb said of no one ("no one was killed", "no soldiers were hurt"): the sentence
    denies casualties, not the act a clause of its own tells ("when a bomb exploded") nor the
    act its place phrase names ("in the clash near Goma", a definite noun that presupposes the
    clash), which keeps its own reading (NegEx, Chapman et al. 2001: a negation's scope is its
    own clause; the negated subject quantifies over the victims, not over the act)."""
    tokens = p.tokens
    if m.rule.kind != "V" or not tokens[m.first].keys & _CASUALTY:
        return False
    subject = tokens[p.opening(m.first) : m.first]
    words = [t.lower for t in subject]
    nobody = any(w in _NOBODY for w in words) or any(
        a == "no" and b in _NO_VICTIMS for a, b in pairwise(words)
    )
    # only with a clause after it to tell the act ("No one was killed." alone stays negated)
    return nobody and (p.clause[m.first] != p.clause[len(tokens) - 1] or _in_the_act(p, m, matches))


# who "no" denies as a harm verb's subject ("no soldiers were killed"): victims, not the act
_NO_VICTIMS = frozenset(
    "one casualties injuries soldiers troops civilians people officers policemen police "
    "residents children fighters".split()
)


def _in_the_act(p: Parse, m: Match, matches: list[Match]) -> bool:
    """Another match follows the harm verb as a definite "in"/"during" phrase ("killed in the
    clash", "hurt during the attack")."""
    tokens = p.tokens
    for o in matches:
        k = o.first - 1
        if o.first <= m.last or k < m.last + 2 or tokens[k].lower not in ARTICLES:
            continue
        if tokens[k - 1].lower in ("in", "during") and k - 1 == m.last + 1:
            return True
    return False


def _scored(p: Parse, m: Match) -> bool:
    """A force or coercion verb whose object is followed by a game's score ("beat Liverpool
    2-1", "thrashed Spain 4 - 0 in the final", "beat the Celtics 110-102"): a sporting
    result, no act of a political actor (CAMEO 1.1b3 §1). The score is up to three digits, a
    dash, up to three digits within three tokens of the verb phrase's end, which no date or
    count in news puts there."""
    if m.rule.kind != "V" or m.rule.code[:2] not in ("17", "18", "19", "20"):
        return False
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 4, len(tokens) - 2)):
        a, dash, b = tokens[k].text, tokens[k + 1].text, tokens[k + 2].text
        if dash in ("-", "–") and a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3:
            return True
    return False


def _verbal(p: Parse, m: Match) -> bool:
    """A verb-phrase rule needs one of its words read as a verb or a participle
    ("the occupied West Bank" and "the attack" are not verbs)."""
    tokens = p.tokens
    for k in range(m.first, m.last + 1):
        if k in p.verbs:
            return True
        if "VBG" in tokens[k].tags and (k == 0 or tokens[k - 1].lower not in _BEFORE_NOUN):
            return True
    return False


# words after which a participle is an adjective: "the fighting", "Sudan's warring sides"
_BEFORE_NOUN = frozenset(ARTICLES) | {"'s", "’s"}


def _within(m: Match, outer: Match | None) -> bool:
    return outer is not None and outer.first <= m.first and m.last <= outer.last


def _purpose(p: Parse, head: Match) -> int:
    """Where the head's purpose starts ("to protest" after "began a hunger strike"): the
    first "to" + verb after it in its clause; ``len(tokens)`` when there is none."""
    tokens, clause = p.tokens, p.clause[head.last]
    for k in range(head.last + 2, len(tokens)):
        if p.clause[k] != clause:
            break
        if tokens[k - 1].lower == "to" and "VERB" in tokens[k].pos:
            return k
    return len(tokens)


def _dependent(p: Parse, head: Match, purpose: int, m: Match) -> bool:
    """Part of the head's happening, not one of its own: its purpose ("began a hunger strike
    to protest against their detention") or its consequence (", killing 12 people")."""
    if m.first <= head.last:
        return False
    if _charged_with(p, head, m):
        return True
    if _participle_adjunct(p, head, m):
        return True  # "rallied in Buenos Aires on Tuesday demanding higher wages"
    return p.kind(m.first) == "part" or (
        m.first >= purpose and p.clause[m.first] == p.clause[head.last]
    )


def _participle_adjunct(p: Parse, head: Match, m: Match) -> bool:
    """A participle after a protest in its clause, with no verb between, says what the
    protest was for (CAMEO 14x codes the protest with its demand): no event of its own."""
    k = m.first
    if not head.rule.code.startswith("14") or "VBG" not in p.tokens[k].tags:
        return False
    if p.clause[k] != p.clause[head.last] or p.tokens[k - 1].lower in AUX:
        return False
    return not any(j in p.verbs for j in range(head.last + 1, k))


# what a legal charge or a conviction is for ("charged with killing", "convicted of
# bombing"): a crime told as the charge's content, often long before it, not a happening of
# its own; a state's accusation ("accused China of ramming its ship") keeps the act it names
_CHARGE_CODES = ("17", "115", "116")
_CHARGE_PREPS = frozenset({"with", "of", "for"})


def _charged_with(p: Parse, head: Match, m: Match) -> bool:
    if not head.rule.code.startswith(_CHARGE_CODES):
        return False
    k = m.first
    return k > 0 and p.tokens[k - 1].lower in _CHARGE_PREPS and "VBG" in p.tokens[k].tags


def _head(p: Parse, matches: list[Match]) -> Match | None:
    """The match that carries the sentence's event: the one holding the governing verb
    (the most specific, then the one it heads, the one with the closest object), else that
    verb's object in its clause."""
    if p.gov is None:
        return None
    g = p.gov
    holding = [m for m in matches if m.first <= g <= m.last and m.rule.weight > WEAK]
    if holding:
        # the fuller row first, so between rows of equal weight a row naming the verb's subject
        # outranks the verb's own row (CAMEO 1.1b3 §173 a police raid, §190 troops raiding;
        # §164 a delegation walking out, §143 workers); of rows as full, the verb's own
        return max(
            holding,
            key=lambda m: (m.rule.weight, len(m.rule.slots), m.first == g, _reach(m, g)),
        )
    clause = p.clause[g]
    objects = [
        m
        for m in matches
        if m.first > g
        and p.clause[m.first] == clause
        and m.rule.weight > WEAK
        and not _setting(p, g, m)
    ]
    return min(objects, key=lambda m: (m.first, -m.rule.weight)) if objects else None


_CONTRAST = frozenset("but until".split())


def _asserted_after_contrast(
    p: Parse, pairs: list[tuple[Match, Trigger]]
) -> list[tuple[Match, Trigger]]:
    """Drop a negated trigger when one of its root follows it, unnegated, after "but" or
    "until" ("had not fired on the crowd but had used tear gas", "did not disperse until
    police fired tear gas"): a negation's scope ends at the clause boundary (NegEx, Chapman
    et al. 2001), so the act after it happened and is the sentence's event."""
    tokens = p.tokens

    def asserted_later(m: Match, t: Trigger) -> bool:
        return any(
            m2.first > m.last
            and "negated" not in t2.flags
            and t2.code[:2] == t.code[:2]
            and any(tok.lower in _CONTRAST for tok in tokens[m.last + 1 : m2.first])
            for m2, t2 in pairs
        )

    kept = [(m, t) for m, t in pairs if "negated" not in t.flags or not asserted_later(m, t)]
    return [(m, _until_then(p, m, t)) for m, t in kept]


def _until_then(p: Parse, m: Match, t: Trigger) -> Trigger:
    """ "did not shell the town until Monday": a negated act with "until" and a date after it
    happened at that date (Huddleston and Pullum 2002, ch. 8 §7: negation with durative
    "until" places the act at the end of the span), so it is not negated."""
    if "negated" not in t.flags:
        return t
    tokens = p.tokens
    for k in range(m.last + 1, len(tokens) - 1):
        if tokens[k].boundary or k in p.verbs:
            return t
        if tokens[k].lower == "until":
            nxt = tokens[k + 1].lower
            if (
                nxt in MONTHS
                or nxt in WEEKDAYS
                or nxt.isdigit()
                or nxt in ("last", "late", "early")
            ):
                return replace(t, flags=tuple(f for f in t.flags if f != "negated"))
            return t
    return t


_POSTURE = "15"  # CAMEO 1.1b3 §15 exhibit force posture
_FORCE = ("18", "19", "20")  # §18 assault, §19 fight, §20 unconventional mass violence


def _force_after_posture(p: Parse, head: Match | None, matches: list[Match]) -> Match | None:
    """Of a posture and a use of force its subject goes on to in a verb joined by "and"
    ("Troops massed on the border and shelled the town", "crossed into Togo and attacked a
    village"), the force is the sentence's event: CAMEO 1.1b3 §15 is force shown, not used,
    and one event per sentence keeps the act that happened. Returns the match to head with."""
    if head is None or head.rule.code[:2] != _POSTURE:
        return head
    tokens = p.tokens
    joined = [
        m
        for m in matches
        if m.rule.code[:2] in _FORCE
        and m.rule.weight > WEAK
        and m.first > head.last
        and m.first in p.verbs
        and p.clause[m.first] == p.clause[head.first]
        and tokens[m.first - 1].lower == "and"
    ]
    return min(joined, key=lambda m: m.first) if joined else head


# prepositions of where or when a happening took place ("at a rally", "during the talks")
_SETTING = frozenset("at during near outside inside".split())


def _setting(p: Parse, verb: int, m: Match) -> bool:
    """An event noun that is the verb's setting, not its object: "blew himself up at a
    campaign rally" is a bombing at the rally (CAMEO codes the act, not the occasion)."""
    for k in range(m.first - 1, verb, -1):
        word = p.tokens[k].lower
        if word in _SETTING:
            return True
        if word in _PREPOSITIONS:
            return False
    return False


def _reach(m: Match, gov: int) -> int:
    """Prefer the nearest object after the verb ("sent weapons to the army" is arms, not
    troops) and the fullest subject before it ("peacekeeping troops have arrived")."""
    return m.first - m.last if m.first == gov else m.last - m.first


_PRESUPPOSING = frozenset("claim acknowledge admit".split())
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
        flags = set(p.gov_flags)
        if p.gov is not None and m.last < p.gov and _called_off(p):
            flags.add("negated")  # "Planned talks … were called off": the subject is the head
        # a phrase headed by the verb ("called off the strike") beats one ending on it
        weight += GOV_BONUS if m.first == p.gov else GOV_BONUS - 1
        if p.gov is not None and m.first > p.gov and not _direct(p, p.gov, m.first):
            flags.discard("negated")  # "was not linked to the attack": the attack happened
        if p.gov is not None and m.first > p.gov and p.tokens[p.gov].keys & _PRESUPPOSING:
            # "Kyiv did not claim the attack": what is (not) claimed or confirmed is
            # presupposed by its definite noun; the claim is what is negated (FactBank:
            # factive and implicative predicates, Saurí and Pustejovsky 2009)
            flags.discard("negated")
        if p.gov is not None and m.first > p.gov and _reports_anew(p, p.gov, m.first, lex):
            # "denied that its ships had acted dangerously and said it had expelled the
            # vessel": a negation's scope ends at the clause boundary (NegEx, Chapman et al.
            # 2001: scope ends at a conjunction opening a new predication)
            flags.discard("negated")
        undone = lex.words("prevent") | lex.words("undo")
        if p.gov is not None and m.first > p.gov and p.tokens[p.gov].keys & undone:
            # "foiled a plot to bomb", "stopped them from holding a rally"; "overturned the
            # conviction": the act named after the verb is undone, not told as done now
            flags.add("negated")
    else:
        flags = local_flags(p, m, lex)
        if p.gov is not None and m.first > p.gov and p.clause[m.first] == p.clause[p.gov]:
            # the direct object of a negated or speculated verb shares its polarity and
            # modality ("did not include missile launches")
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
            arrival = m.rule.code.startswith("07") and _arrives(p)
            said = {"hypothetical", "negated"} if _occurs(p) or arrival else {"hypothetical"}
            flags |= p.gov_flags & said
            if _called_off(p):
                flags.add("negated")  # "the summit planned for Monday was postponed"
        main = p.kind(m.first) in ("main", "comp")
        weight += 1 if main and weight > WEAK else 0
    if _none_of(p, m):
        flags.add("negated")  # "made no arrests", "passed without arrests" (NegEx)
    if _modal_after(p, m, lex) or _came_close(p, m, lex):
        # "aid deliveries could be delayed": no delivery told; "came close to war": no war
        flags.add("hypothetical")
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
    if m.rule.embeds:
        flags.add("embeds:" + m.rule.embeds)
    code = m.rule.code
    if code[:2] == "04" and _aid_workers_arrive(p, m):
        code = "073"  # "search teams from Spain arrived": humanitarian aid, not a visit (§073)
    elif code[:2] == "19" and _labour_strike(p, m):
        code = "143"  # "the union threatened to strike if…": a walkout, not an armed strike
    elif code[:2] in ("17", "18", "19") and _crowd_entry(p, m):
        code = "145"  # "protesters stormed parliament": a riot, not an assault (§145)
    elif code[:2] in ("18", "19") and _police_entry(p, m):
        code = "170"  # "Police stormed the campus": state coercion, not military force (§17)
    elif code[:2] == "07" and _sent_to_intrude(p, m):
        code = "150"  # "sent a fighter jet that violated Estonian airspace": a show of force
    elif code[:2] == "15" and _launch_that_struck(p, m):
        code = "195"  # "launched a missile that killed five civilians": an air strike (§195)
    elif code == "150" and _fired_at_land(p, m):
        code = "195"  # "fired dozens of rockets into northern Israel": an attack (§195)
    elif code == "195" and _at_the_sea(p, m):
        code = "150"  # "fired a missile toward the sea": a weapons test, not an air strike
    elif code == "201" and _forces_driven(p, m):
        code = "190"  # "pushed Ukrainian forces out of the village": a fight lost (§19)
    elif code == "192" and _vessel_object(p, m):
        code = "171"  # "took control of the X, a tanker": a ship seized is property (§171)
    elif code == "171" and _vessel_object(p, m) and group_subject(p, m):
        code = "181"  # "The Houthis seized a cargo ship": an armed group hijacks (§181)
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
    elif code == "145" and _armed_subject(p, m):
        code = "171"  # "The attackers looted food stores": property seized, no riot (§171)
    elif code == "113" and _crowd_rallied(p, m):
        code = "141"  # "Thousands rallied against the government": a street rally (§141)
    elif code[:2] == "04" and m.rule.kind == "N" and _talks_ended(p, m):
        code = "164"  # "talks between the two sides broke down": negotiations halted (§164)
    return Trigger(code[:2], weight, start, end, text[start:end], code, tuple(sorted(flags)))


def _govern(text: str, p: Parse, gov: Trigger, found: list[Trigger], lex: Lexicon) -> Trigger:
    """The governing trigger, re-coded by its complement or by a stated future."""
    code, end = gov.full or gov.code, gov.end
    embeds = next((f[7:] for f in gov.flags if f.startswith("embeds:")), "")
    flags = set(gov.flags)
    if (
        embeds == "by"
    ):  # "killed in a car bomb explosion", "the bombing killed": the attack says how
        comp = _complement(p, gov, found, roots=("18", "19", "20")) or _subject(p, gov, found)
        code = comp.full or comp.code if comp else code
    elif embeds:
        comp = _complement(p, gov, found)
        if comp is not None:
            inner = _refine(p, comp, comp.full or comp.code, found)
            code, end = recode(embeds, inner, lex), comp.end
            if embeds == "03" and inner[:2] == "15" and offered(p, gov):
                code = recode("03", "074", lex)  # "offered to send troops to Haiti": 0334
            elif embeds == "03" and inner[:2] == "15" and _agreed(p, gov):
                # "India and China agreed to resume patrols": a show of force both parties
                # agree to is military cooperation they intend (§0312), no threat
                code = "0312"
        elif code == "030" and _agree_that(p, gov):
            code = "019"  # agreeing on a view, not to an act, is an expression of accord
        elif embeds == "13" and forecast(p, gov):
            code = "012"  # "warned of slower growth": a gloomy outlook, no act threatened
        flags.discard("intent")
    if "attempt" in flags and code in ("186", "1823", "190"):
        code = "185"  # "tried to assassinate": an attempt on a life
    elif "posture" in flags and code[:2] in ("18", "19", "20"):
        code = "150"  # "prepared to storm the city": readiness to use force is a posture
    elif "demand" in flags and code[:2] not in ("02", "10"):
        code = recode("10", code, lex)  # "Y must release the prisoners": 1053
    elif "intent" in flags and "believed" in flags:
        flags.discard("intent")  # "feared that the militia would massacre": no one's threat
    elif "intent" in flags and "negated" in flags and code[:2] in COOPERATION:
        code = recode("12", code, lex)  # "will not end their strike": a refusal, 1242
        flags.discard("negated")
    elif (
        "intent" in flags
        and "cond" in p.kinds
        and not conditional_offer(p, code)
        and not _unless_a_happening(p, code)
    ):
        code = recode("13", code, lex)  # "will withdraw unless…": a conditional threat
    elif "intent" in flags:
        code = intent_code(code, lex)
    code = _refine(p, gov, code, found)
    if code[:2] in ("18", "19"):
        code = _in_a_massacre(p, gov, found) or code
    penalty = or_face(p, gov)
    if penalty is not None:
        # "told Hezbollah to withdraw or face a war": the penalty makes it a threat (§13)
        after = [t for t in found if t.start >= penalty and t.weight > WEAK]
        code = recode("13", min(after, key=lambda t: t.start).full or "13", lex) if after else "130"
    if _sent_to_investigate(p, gov):
        code = "090"  # "sent 21 officers to Bosnia to investigate": the purpose is the act (§09)
    if code in ("150", "062") and _ANSWERING.search(text):
        code = "150"  # an exercise answering an adversary's act is aimed at it
    elif code == "150" and _joint(p, gov):
        code = "062"  # an exercise two parties hold together is military cooperation
    if code[:2] in ("03", "13"):  # a promise or a threat is an event, not speculation
        flags.discard("hypothetical")
    if gov.text.split()[0].lower() in NEGATIONS:
        flags.discard("negated")  # "would not comment" (§011), "will not tolerate" (§130)
    end = max(end, _same_object(p, gov, code, found))
    return Trigger(
        code[:2], gov.weight + 1, gov.start, end, text[gov.start : end], code, public(flags)
    )


def _agreed(p: Parse, gov: Trigger) -> bool:
    """The governing verb is "agree" ("agreed to resume patrols")."""
    return any(t.start == gov.start and "agree" in t.keys for t in p.tokens)


def _in_a_massacre(p: Parse, gov: Trigger, found: list[Trigger]) -> str | None:
    """The code of a mass killing that a killing or an attack is told to be part of
    ("killed thousands of Tutsis in a wave of massacres", "died in the genocide"): CAMEO 1.1b3
    §20 codes the act by its manner, as "killed in a car bomb explosion" is a bombing; None
    when no §20 trigger follows "in" within four words in the verb's clause."""
    comp = _complement(p, gov, found, roots=("20",))
    if comp is None:
        return None
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    k = starts[comp.start]
    if p.clause[k] != p.clause[starts[gov.start]]:
        return None
    before = [t.lower for t in p.tokens[max(0, k - 4) : k]]
    return (comp.full or comp.code) if "in" in before else None


def _same_object(p: Parse, gov: Trigger, code: str, found: list[Trigger]) -> int:
    """The end of the verb's direct object when it names the same happening ("fought a
    war", "staged a protest"): one event, not two. ``gov.end`` when there is none."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    k = starts[gov.start]
    for t in found:
        j = starts[t.start]
        if (
            t.start >= gov.end
            and t.code == code[:2]
            and j - k <= 6
            and p.clause[j] == p.clause[k]
            and _direct(p, k, j)
        ):
            return t.end
    return gov.end


def _agree_that(p: Parse, gov: Trigger) -> bool:
    """ "agreed that…", "agreed there was…": agreement on a view, not to an act."""
    k = next(i for i, t in enumerate(p.tokens) if t.start == gov.start)
    nxt = p.tokens[k + 1].lower if k + 1 < len(p.tokens) else "to"
    return "agree" in p.tokens[k].keys and nxt not in ("to", "on", "upon")


# an exercise held in answer to an adversary's act is aimed at it: a show of force (§150),
# however many allies hold it, not cooperation between them (§062)
_ANSWERING = re.compile(
    r"\b(?:in (?:direct )?response to|in retaliation for|in reply to|show of force|"
    r"warning to)\b",
    re.IGNORECASE,
)


SENDING = frozenset("send dispatch despatch deploy".split())
INQUIRY = frozenset("investigate probe inspect examine verify".split())


def _sent_to_investigate(p: Parse, gov: Trigger) -> bool:
    """A sending verb whose purpose ("to investigate", "to inspect") is an inquiry: CAMEO
    1.1b3 §09 codes the investigation, not the people or troops sent to do it."""
    tokens = p.tokens
    k = next(i for i, t in enumerate(tokens) if t.start == gov.start)
    if not tokens[k].keys & SENDING:
        return False
    for i in range(k + 1, len(tokens) - 1):
        if tokens[i].boundary:
            return False
        if tokens[i].lower == "to" and tokens[i + 1].keys & INQUIRY:
            return True
    return False


def _joint(p: Parse, gov: Trigger) -> bool:
    """An exercise whose subject names two parties ("French and Egyptian warships")."""
    tokens = p.tokens
    k = next(i for i, t in enumerate(tokens) if t.start == gov.start)
    if p.gov is None or p.gov > k:
        return (
            False  # the exercise is no verb's subject here ("rerouted around the exercise zones")
        )
    window = range(p.opening(p.gov) + 1, p.gov - 1)
    pair = any(
        tokens[i].lower == "and"
        and tokens[i - 1].text[:1].isupper()
        and _named_after(tokens, i + 1)
        for i in window
    )
    return pair or any(tokens[i].lower in ("jointly", "together") for i in range(p.gov - 2, k))


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
        if t.lower in hypothetical:
            return True
    return False


_AWAIT = frozenset("wait await".split())
_FEARED_NOUNS = frozenset(
    "fear threat risk prospect possibility danger warning spectre specter likelihood".split()
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


def _closed_for_hazard(p: Parse, m: Match, t: Trigger) -> bool:
    """Is ``t`` a closure (CAMEO 144 or 172 from "close", "shut") whose cause after it is a
    natural or health hazard (classes.csv ``HAZARD_CAUSE``: "because of volcanic ash",
    "after the earthquake", "due to smog")?"""
    if t.full not in ("144", "172") or not p.tokens[m.first].keys & _CLOSE:
        return False
    causes = word_class("HAZARD_CAUSE")
    tokens = p.tokens
    for k in range(m.last + 1, len(tokens)):
        if tokens[k].keys & causes:
            return any(tokens[j].lower in _BECAUSE for j in range(max(m.last, k - 4), k))
    return False


_CLOSE = frozenset("close shut".split())
_BECAUSE = frozenset("because due after amid over following as".split())


def _rule_speaks(tokens: list[Token], lex: Lexicon) -> bool:
    """Is a rule's text (classes.csv ``STATUTE``) what the sentence reports ("…, the
    constitution says", "under the constitution", "according to the treaty")?"""
    statute, said = word_class("STATUTE"), lex.words("report") | _STIPULATE
    for k, t in enumerate(tokens):
        if not t.keys & statute:
            continue
        j = k - 1 if k > 0 and tokens[k - 1].lower in ("the", "its", "their") else k
        nxt = tokens[k + 1].keys if k + 1 < len(tokens) else frozenset()
        if nxt & said or (j > 0 and tokens[j - 1].lower == "under"):
            return True
        if j > 1 and tokens[j - 1].lower == "to" and tokens[j - 2].lower == "according":
            return True
    return False


_STIPULATE = frozenset("require stipulate provide mandate".split())


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
# the noun phrase goes on through the "of" (Huddleston and Pullum 2002, ch. 5 §9 quantity
# nouns)
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


_ARRIVE = frozenset("enter arrive reach cross get".split())


def _arrives(p: Parse) -> bool:
    """Is the governing verb one of arriving ("entered", "reached", "got through")?"""
    return p.gov is not None and bool(p.tokens[p.gov].keys & _ARRIVE)


def _occurs(p: Parse) -> bool:
    """Is the governing verb one that only says its subject happened?"""
    if p.gov is None:
        return False
    keys = p.tokens[p.gov].keys
    nxt = p.tokens[p.gov + 1].keys if p.gov + 1 < len(p.tokens) else frozenset()
    return bool(keys & _OCCUR) or any(a in keys and b in nxt for a, b in _OCCUR_PHRASES)


_CLAUSE_MARK = re.compile(
    r"[,;:]|\b(?:but|after|before|when|while)\b|\band\s+(?:the|a|an|its|their|his|her)\b"
)
_CALLED_OFF_AFTER = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:called off|cancell?ed|postponed|scrapped|"
    r"shelved|abandoned)\b",
    re.IGNORECASE,
)
# and those that kept it from happening (FactBank 1.0, predicates of prevention: CT-)
_CALLED_OFF = frozenset(
    "postpone cancel scrap delay suspend shelve abandon avert forestall".split()
)


def _called_off(p: Parse) -> bool:
    """Is the governing verb a passive that calls its subject off ("was postponed", "has been
    cancelled", "were called off")?"""
    g = p.gov
    if g is None or g == 0 or "VBN" not in p.tokens[g].tags:
        return False
    keys = p.tokens[g].keys
    off = bool(keys & _CALLED_OFF) or (
        "call" in keys and g + 1 < len(p.tokens) and p.tokens[g + 1].lower == "off"
    )
    return off and any("be" in t.keys for t in p.tokens[max(0, g - 3) : g])


# verbs that say their subject came to an end: a truce that "broke down" was not declared then
_ENDED = frozenset("collapse unravel crumble stall founder".split())
_ENDED_PHRASES = (("break", "down"), ("fall", "apart"))


# happenings that "force" a closure or a flight: their effect, not an act of coercion
_EVENT_NOUNS = frozenset(
    "strike attack raid war fighting violence explosion blast bombing shelling conflict clash "
    "fire flood flooding storm quake earthquake unrest protest crisis outbreak landslide "
    "mudslide avalanche snow snowfall rain debris rubble wildfire cyclone hurricane typhoon".split()
)


# the roots a happening's effect is coded as when read as an act: coerce ("forced the
# closure"), de-escalate or ease ("halted operations"), reduce relations ("halted aid")
_EFFECT_ROOTS = frozenset({"17", "08", "16"})


def _comma_participle(p: Parse, k: int) -> bool:
    """Token ``k`` is a present participle opening a clause after a comma ("…, forcing")."""
    return "VBG" in p.tokens[k].tags and k > 0 and p.tokens[k - 1].text == ","


def _event_noun(t: Token) -> bool:
    """The word is a happening's noun as written ("strikes", "the fighting", "clashes"),
    not a participle of its verb before a noun ("the striking miners")."""
    w = t.lower
    return w in _EVENT_NOUNS or (
        w.endswith("s")
        and (w[:-1] in _EVENT_NOUNS or (w.endswith("es") and w[:-2] in _EVENT_NOUNS))
    )


def _unless_a_happening(p: Parse, code: str) -> bool:
    """A cooperative act stated "unless" a happening, not a party, does something ("will meet
    in Geneva unless the fighting resumes", "unless the storm worsens"): no one is coerced,
    so it is an intent (CAMEO 1.1b3 §03); §13 needs a threat made to make a target act or
    refrain ("unless Hamas frees the hostages" stays one)."""
    if code[:2] not in COOPERATION:
        return False
    tokens = p.tokens
    k = next((i for i, t in enumerate(tokens) if t.lower == "unless"), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens) and (tokens[k].lower in ARTICLES or "ADJ" in tokens[k].pos):
        k += 1
    return k < len(tokens) and (_event_noun(tokens[k]) or tokens[k].lower.endswith("ing"))


def _forced_by_event(p: Parse, m: Match) -> bool:
    """A bare coercion, halting or cutting verb whose subject is a happening ("the strikes
    forced the suspension of flights", "the fighting forced 10,000 people to flee", "the
    attack halted operations"; after a comma, the sentence's subject: "…, forcing them to
    close"): CAMEO codes what actors do, and the happening itself is read where it is told."""
    if m.rule.code[:2] not in _EFFECT_ROOTS or m.rule.kind != "V":
        return False
    participle = _comma_participle(p, m.first)
    if m.first not in p.verbs and not participle:
        return False
    subject = range(p.opening(m.first), m.first)
    if participle:
        # "…, forcing them to cancel operations": the participle's subject is the sentence's
        subject = range(0, min((k for k in p.verbs if k < m.first), default=0))
    if any(_event_noun(p.tokens[k]) and k not in p.verbs for k in subject):
        return True
    # the passive's agent: "roads were blocked by landslides"
    nxt = m.last + 1
    return (
        nxt + 1 < len(p.tokens)
        and p.tokens[nxt].lower == "by"
        and any(_event_noun(t) for t in p.tokens[nxt + 1 : nxt + 4])
    )


def _object_of(p: Parse, verb: Match, m: Match) -> bool:
    """A noun match after ``verb`` in its clause: what the verb did."""
    return m.rule.kind == "N" and m.first > verb.first and p.clause[m.first] == p.clause[verb.first]


_TIME_WORDS = frozenset("dawn dusk noon midnight night about around approximately least".split())


_OWN_PEOPLE = frozenset("citizen national resident traveller traveler tourist".split())


def _travel_warning(p: Parse, m: Match) -> bool:
    """ "The embassy warned US citizens to leave Lebanon": advice to one's own people, no
    party threatened (CAMEO 13 is one actor threatening another)."""
    if not m.rule.code.startswith("13") or "warn" not in p.tokens[m.first].keys:
        return False
    after = p.tokens[m.first + 1 : m.first + 6]
    return any(t.keys & _OWN_PEOPLE for t in after)


_ESCAPE = frozenset("escape flee avoid".split())


def _fled_from(p: Parse, m: Match) -> bool:
    """An event noun that people fled or escaped ("crossed into Chad to escape fighting in
    Darfur"): the cause of their flight, told as background, no happening of that day."""
    if m.first in p.verbs and "VBG" not in p.tokens[m.first].tags:
        return False
    if m.first > 0 and p.tokens[m.first - 1].lower in ("the", "this", "that", "these", "those"):
        return False  # "fled the shelling on Sunday": a happening told, and fled from
    return any(t.keys & _ESCAPE for t in p.tokens[max(0, m.first - 3) : m.first])


_MEETINGS = frozenset("talk negotiation meeting summit conference session".split())


def _talks_broke_up(p: Parse, m: Match) -> bool:
    """ "Ceasefire talks in Cairo broke up without an agreement": a meeting that ended, not
    a crowd dispersed (CAMEO 175 needs someone repressing)."""
    if not m.rule.code.startswith("175") or m.rule.kind != "V":
        return False
    subject = p.tokens[p.opening(m.first) : m.first]
    return any(t.keys & _MEETINGS for t in subject)


def told_false(text: str) -> tuple[int, int] | None:
    """The span of what a report is said to be false about ("Reports of a dam collapse near
    Elazig were false": FactBank, a proposition its source calls false is counterfactual),
    as (start, end) offsets in ``text``, or None."""
    false = _CALLED_FALSE.search(text)
    return (false.start("what"), false.end("what")) if false else None


_CALLED_FALSE = re.compile(
    r"\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?)\s+(?:that|of)\s+(?P<what>[^.;]{5,200}?)"
    r"\s+(?:were|was|are|is)\s+(?:\w+\s+)?(?:false|untrue|baseless|unfounded|fake|wrong|"
    r"incorrect|fabricated|groundless)\b",
    re.IGNORECASE,
)
_DEGREE = frozenset("hardest worst badly hard most severely".split())


def _degree_hit(p: Parse, m: Match) -> bool:
    """ "the cities hardest hit", "the worst hit areas": a toll's adjective, no attack."""
    k = m.first
    return k > 0 and p.tokens[k - 1].lower in _DEGREE and p.tokens[k].lower in ("hit", "struck")


def _at_a_time(p: Parse, m: Match) -> bool:
    """A phrase ending on "at" or "on" whose preposition opens a time, not a target ("fired
    a missile into the sea at 7 a.m.", "at dawn", "was fired on Thursday morning")."""
    k = m.last + 1
    last = p.tokens[m.last].lower
    # "on" only for force ("fired on"): "called on Tuesday for" is still an appeal's "call on"
    if not (last == "at" or (last == "on" and m.rule.code[:2] in _FORCE_ROOTS)) or k >= len(
        p.tokens
    ):
        return False
    nxt = p.tokens[k]
    return nxt.lower in _TIME_WORDS or nxt.text[:1].isdigit() or nxt.lower in _DAY_NAMES


_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _ended_truce(p: Parse, m: Match) -> bool:
    """Is ``m`` a truce or a deal (CAMEO 08) that is the subject of a verb ending it ("the
    truce broke down", "the ceasefire collapsed", "the deal fell apart"), or a truce that is
    the subject of a verb saying it went on ("the ceasefire held")?"""
    g = p.gov
    if g is None or not m.rule.code.startswith("08") or not m.last < g:
        return False
    holding = m.rule.code.startswith("087") and bool(p.tokens[g].keys & _LASTED)
    if not (_ended(p) or holding):
        return False
    if _aside(p, m.last + 1, g):
        return True  # "The ceasefire, agreed in March, collapsed": the aside tells its past
    if p.clause[m.first] != p.clause[g]:
        return False
    return not any(k in p.verbs for k in range(m.last + 1, g))


def _aside(p: Parse, lo: int, g: int) -> bool:
    """Tokens ``lo``..``g - 1`` are one aside set off by a pair of commas between a subject and
    its verb ("The ceasefire, agreed in March, collapsed", "…, which took effect on May 1,
    …"): a nonrestrictive modifier, outside the clause (Huddleston and Pullum 2002, ch. 15
    §5, supplements)."""
    tokens = p.tokens
    if g - lo < 3 or tokens[lo].text != "," or tokens[g - 1].text != ",":
        return False
    return not any(t.boundary for t in tokens[lo + 1 : g - 1])


# verbs that say a truce went on: "the ceasefire held for a third day" is a state (TimeML
# STATE), declared days before, so no §0871 declaration that day
_LASTED = frozenset("hold last endure persist survive".split())


def _talks_ended(p: Parse, m: Match) -> bool:
    """Is ``m`` talks (CAMEO 04, ``TALKS`` of classes.csv) that are the subject of a verb
    ending them ("talks … broke down", "negotiations collapsed")? CAMEO 1.1b3 §164 "halt
    negotiations" codes talks that end without agreement, as it codes a walk-out."""
    g = p.gov
    if g is None or not m.last < g or p.clause[m.first] != p.clause[g] or not _ended(p):
        return False
    talks = word_class("TALKS")
    return bool(p.tokens[m.first].keys & talks) and not any(
        k in p.verbs for k in range(m.last + 1, g)
    )


def _ended(p: Parse) -> bool:
    """Is the governing verb one that ends its subject ("the truce broke down")?"""
    if p.gov is None:
        return False
    keys = p.tokens[p.gov].keys
    nxt = p.tokens[p.gov + 1].keys if p.gov + 1 < len(p.tokens) else frozenset()
    return bool(keys & _ENDED) or any(a in keys and b in nxt for a, b in _ENDED_PHRASES)


def _named_after(tokens: list[Token], k: int) -> bool:
    """A name starts at ``k``, or after "the" there ("and the Philippines")."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper()


# who strikes by stopping work (the subjects of CAMEO 1.1b3 §143's rows in cameo.csv)
LABOUR = frozenset(
    "worker teacher doctor nurse driver miner employee union staff docker pilot farmer trucker "
    "dockworker unionist".split()
)
# what follows a verb "strike" used without an object: "to strike if…", "struck over pay"
_NO_OBJECT = frozenset("if unless over for until from on again indefinitely".split())


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
    if nxt is not None and not (nxt.boundary or nxt.lower in _NO_OBJECT):
        return False
    return any(t.keys & LABOUR for t in tokens[:k])


def _crowd_entry(p: Parse, m: Match) -> bool:
    """The match is a verb forcing entry ("stormed", "ransacked", "overran") whose subject,
    before it in its clause, names a crowd ("Thousands of protesters", "Crowds demanding…")."""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "V" or k not in p.verbs or not tokens[k].keys & FORCED_ENTRY:
        return False
    return any(tokens[i].keys & CROWD for i in range(p.opening(k), k))


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


def _inanimate_subject(p: Parse, m: Match) -> bool:
    """Is the clause's subject a natural cause ("rising seas threatened the survival",
    classes.csv ``HAZARD_CAUSE``)? CAMEO 1.1b3 §13 "threaten" is an actor's warning of its
    own act; a hazard threatens in another sense."""
    causes = word_class("HAZARD_CAUSE")
    return any(p.tokens[i].keys & causes for i in range(p.opening(m.first), m.first))


def _rescue_purpose(p: Parse, m: Match) -> bool:
    """A deployment whose purpose clause is rescue or relief ("deployed to help rescue
    stranded families", "sent troops to evacuate residents"): CAMEO 1.1b3 §073 "provide
    humanitarian aid", not §15's posture toward an adversary."""
    tokens = p.tokens
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
    """The assets sent carry relief goods (classes.csv ``RELIEF``) and no arms ("two military
    aircraft carrying tents and medicine", "warships loaded with food"): CAMEO 1.1b3 §073
    codes what is sent, not who carries it."""
    tokens = p.tokens
    relief, arms = word_class("RELIEF"), word_class("ARMS") | {"cannon"}  # "water cannon"
    for k in range(m.last + 1, min(m.last + 3, len(tokens))):
        if tokens[k].boundary or not tokens[k].keys & _CARRY:
            continue
        cargo: list[Token] = []
        for t in tokens[k + 1 : k + 8]:
            if t.boundary or t.lower in ("to", "for", "into", "on", "at"):
                break
            cargo.append(t)
        return any(t.keys & relief for t in cargo) and not any(t.keys & arms for t in cargo)
    return False


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


_ARMED = frozenset(
    "attacker gunman gunmen fighter militant rebel raider soldier troop militiaman assailant "
    "insurgent jihadist".split()
)


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
    if any(t.keys & WATERS or t.lower in WATERS for t in after):
        return False
    return any(
        (t.text[:1].isupper() and t.lower not in MONTHS and t.lower not in WEEKDAYS)
        or t.lower in _TARGET_WORDS
        for t in after
    )


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
    return any(t.keys & WATERS for t in p.tokens[m.last + 1 : m.last + 5])


def _subject(p: Parse, gov: Trigger, found: list[Trigger]) -> Trigger | None:
    """An attack noun before the verb in its clause ("the bombing killed twelve")."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    clause = p.clause[starts[gov.start]]
    before = [
        t
        for t in found
        if t.end <= gov.start
        and t.code in ("18", "19", "20")
        and p.clause[starts[t.start]] == clause
    ]
    return before[-1] if before else None


def _refine(p: Parse, gov: Trigger, code: str, found: list[Trigger]) -> str:
    """A more specific code of the same kind in the governing clause: "a car bomb exploded"
    is 1832, not only 183."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    clause = p.clause[starts[gov.start]]
    for t in found:
        full = t.full or ""
        if p.clause[starts[t.start]] != clause or full == code:
            continue
        # a noun inside the phrase, after its verb: "began a hunger strike"
        inside = gov.start < t.start and t.end <= gov.end and t.code == code[:2]
        inside = inside and t.weight > WEAK and not (len(full) == 3 and full.endswith("0"))
        if (inside and len(full) >= len(code)) or (len(full) > len(code) and full.startswith(code)):
            code = full  # "began a hunger strike": the noun names the kind of strike, 142
    return code


def _complement(
    p: Parse, gov: Trigger, found: list[Trigger], roots: tuple[str, ...] = ()
) -> Trigger | None:
    """The first trigger after ``gov`` in its clause or a complement clause."""
    tokens = p.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    own = p.clause[starts[gov.start]]
    # the verb's own clause or a "that" clause under it; not a new main clause (", and the
    # government cut ties" is its own act, no complement of "vowed")
    after = [
        t
        for t in found
        if t.start >= gov.end
        and t.weight > WEAK
        and t.start - gov.end < 80
        and p.kind(starts[t.start]) in ("main", "comp")
        and not _new_subject(p, p.clause[starts[t.start]], own)
        and (not roots or t.code in roots)
    ]
    after.sort(key=lambda t: (t.start, -(t.end - t.start)))
    return after[0] if after else None


def _new_subject(p: Parse, clause: int, own: int) -> bool:
    """A later clause opened by "and"/"but" and a new subject (", and the government cut
    ties"): an act of its own, not the verb's complement."""
    if clause == own:
        return False
    k = p.opens[clause]
    tokens = p.tokens
    if k + 1 >= len(tokens) or tokens[k].lower not in ("and", "but"):
        return False
    nxt = tokens[k + 1]
    return nxt.lower in ARTICLES or (nxt.text[:1].isupper() and k + 1 not in p.verbs)


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
