"""Which actors named before a trigger may be its CAMEO source: not where a ship was going,
who speaks, is told or perceived it, the countries a cable runs between, an owner, the object
of a nominal act, a host or a place; and the helpers ``roles`` shares (a "by" agent's patient,
"between X and Y", a mediating third party)."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor, armed_opening, kin_apposition
from dashboard.events.co_actors import co_actor
from dashboard.events.dyads import armed_other
from dashboard.events.lexicon import word_class
from dashboard.events.listed_sides import reports_only as _reports_only
from dashboard.events.named_judge import judge_of
from dashboard.events.objects_before import on_object
from dashboard.events.place_cues import BETWEEN_PARTIES, CARGO_TO, DESTINATION_BEFORE
from dashboard.events.posted_bodies import posted_in
from dashboard.events.prefilter import gated
from dashboard.events.reported_force import force_reported, opening_upper
from dashboard.events.route_between import PATH_BEFORE
from dashboard.events.sides import act_namer
from dashboard.events.tenure_owner import tenure_owner
from dashboard.events.tokens import verb_forms
from dashboard.events.told_addressee import told_addressee
from dashboard.events.whose_side import owner_named

# a diplomat's host state after "to"/"in" is no place of the act but its target (CAMEO 1.1b3
# §161 and §174: recalling or expelling an envoy reduces relations with the host)
_HOST = gated(
    r"\b(?:ambassadors?|envoys?|embassy|embassies|diplomats?|consuls?|consulates?|"
    r"charg[eé] d'affaires)\s+(?:to|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a country joined to a participle of ownership or registry ("the Greek-managed tanker", "a
# Liberia-flagged ship"): who owns, runs or flags what was acted on, never who acted (ACLED
# codebook: a vessel's flag or owner is not an actor of the event)
OWNER_AFTER = re.compile(
    r"[-‐‑](?:flagged|registered|owned|operated|managed|chartered|crewed)\b", re.IGNORECASE
)


# a perception verb whose object is the trigger ("heard artillery fire", "saw heavy
# shelling", "reported hearing gunfire"): its subject is a witness, which ACE 2005 gives no
# argument role in the event perceived (an Attack's Attacker is who carried it out); not
# "observe", which also means to comply ("both sides observed the truce")
_PERCEIVED = gated(
    r"\b(?:hear|hears|heard|hearing|see|sees|saw|seen|witness(?:es|ed|ing)?|"
    r"spott(?:ed|ing)|detect(?:s|ed|ing)?|notic(?:e|es|ed|ing)|"
    # an instrument's perception: "seismologists recorded underwater explosions"
    r"record(?:s|ed|ing)?|register(?:s|ed|ing)?)\s+(?:the\s+)?(?:sounds?\s+of\s+)?"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def witnessed_from(text: str, trigger_start: int) -> int:
    """Where the perception verb whose object is the trigger starts ("had heard artillery
    fire"), so that the actors before it are witnesses; -1 when there is none, or when the
    verb is passive ("North Korean troops were seen reinforcing positions"): its subject is
    then what was perceived, the agent of the act, and the witness is unnamed (Quirk et
    al. 1985 §16.52: a passive perception verb with an -ing complement)."""
    m = _PERCEIVED.search(text, max(0, trigger_start - 60), trigger_start)
    if m is None or _BE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return -1
    return m.start()


# a form of "be" right before a perception verb makes it passive ("were seen", "was heard")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?$", re.I)


# the agents of a mediating or backing participle or noun, the later of a list too
# ("brokered by Saudi Arabia and the United States", "after mediation by Qatar", "under the
# auspices of Egypt", "rebels backed by Rwanda seized": the backer stands behind the side)
_THIRD_PARTY = gated(
    r"\b(?:(?:mediated|brokered|hosted|sponsored|facilitated|convened|arranged|backed|"
    r"supported|armed|funded|financed|trained)\s+by|"
    r"(?:mediation|facilitation|sponsorship|auspices)\s+(?:by|of))\s+"
    # one reading only of the gap before "and" (a "\s*" before "\s+and" backtracked exponentially)
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*|\s+and\s+))*"
    # a person's country and title before the name ("hosted by U.S. President Donald Trump")
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$"
)
# a mediator told as the subject of a go-between's participle after it ("with Oman's foreign
# minister passing messages between the two delegations", "Qatar acting as mediator")
_MEDIATOR_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z-]+){0,3}\s+(?:passing|relaying|carrying|shuttling|ferrying)\s+"
    r"(?:messages|proposals|offers)?\s*between\b|"
    r"(?:['’]s)?(?:\s+[a-z-]+){0,3}\s+(?:mediating|brokering|acting\s+as\s+(?:an?\s+)?"
    r"(?:mediator|go-between|intermediary))\b",
    re.IGNORECASE,
)


def _third_party(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """``a`` is the agent of a mediating, hosting or backing participle or noun that is not
    the trigger itself ("talks mediated by Qatar" or "after mediation by Qatar" beside
    "agreed", "rebels backed by Rwanda seized"): CAMEO 1.1b3 §045 codes mediation as the
    mediator's own act, and §07 support as the backer's, so neither is a side of the act."""
    if a.start > trigger_end and _MEDIATOR_AFTER.match(text, a.end):
        return True  # "held talks, with Oman's foreign minister passing messages between"
    m = _THIRD_PARTY.search(text, max(0, a.start - 90), a.start)
    if m is None:
        return False
    # a backer inside a phrase trigger ("rebels supported by Rwanda seized") is still behind it
    if m.start() == trigger_start:
        return False  # the participle is the act: "the plan was backed by France"
    return m.group().split()[0].lower() in _BACKING or not trigger_start < m.start() < trigger_end


_BACKING = frozenset("backed supported armed funded financed trained".split())


# "the ship, which was sailing from Mombasa to Oman when armed men took it": a voyage's ports
# are where it came from and went, neither side of what befell it (ACLED codebook: a vessel's
# route names no actor)
ROUTE_BEFORE = gated(
    r"\b(?:sail(?:s|ed|ing)?|travel(?:s|l?ed|l?ing)|steam(?:ed|ing)|voyage|journey|route|"
    r"en\s+route|on\s+(?:its|their)\s+way)\s+from\s+(?:the\s+)?(?:(?:[\w'-]+\s+){1,3}?to\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _candidates(
    text: str, before: list[Actor], clause: tuple[int, int], trigger_start: int, trigger_end: int
) -> tuple[list[Actor], bool]:
    """The actors of ``before`` that may be the trigger's source, and whether any is a side
    (not only a place or a diplomat's host named before it)."""
    # "a tanker bound for India was seized": where it was going is neither side
    before = [
        a
        for a in before
        if not DESTINATION_BEFORE.search(text, max(0, a.start - 40), a.start)
        and not ROUTE_BEFORE.search(text, max(0, a.start - 60), a.start)
        and not PATH_BEFORE.search(text, max(0, a.start - 12), a.start)
        # "would keep up pressure on Russia through sanctions": a preposition's object is
        # never the clause's subject (Huddleston and Pullum 2002, ch. 7), so never the source
        and not on_object(text, a, trigger_start)
    ]
    # "the Kremlin spokesman said Ukrainian drones attacked": who says it, or is told it, is
    # no side of what is said (ACE 2005: the reporting event is an event of its own)
    told = [a for a in before if not told_addressee(text, a, trigger_start)]
    told = [a for a in told if not _speaker(text, a, trigger_start)]
    # "UN experts said its troops fought": experts examined the act, never did it (no fallback)
    assessed = [a for a in before if not _reports_only(text, a, trigger_start)]
    # "Vucic said police had arrested": the reported clause's own subject did it
    forces = force_reported(text, before, trigger_start)
    before = told if told or forces or _armed_reported(text, before, trigger_end) else assessed
    # "Chinese personnel boarded Philippine boats and seized rifles": the first verb's object
    # is not the subject of the second (a coordinated predicate shares its subject)
    before = [
        a for a in before if not _first_conjuncts_object(text, a, before, clause[0], trigger_start)
    ]
    before = [a for a in before if not _first_conjuncts_place(text, a, clause[0], trigger_start)]
    # "The U.N. mission in Libya said": the sender's voice, never the host country's
    hosts = [a for a in before if posted_in(text, a)]
    if hosts:
        before = [a for a in before if a not in hosts]
        if not before:
            return [], False
    # "its patrols had heard artillery fire": who perceived the act did not do it; nor did
    # who named it ("called the protest weak": ``named_judge``)
    seen = witnessed_from(text, trigger_start)
    before = [a for a in before if not 0 <= a.start < seen and not judge_of(text, a, trigger_start)]
    # "An Israeli air strike on a house in southern Lebanon killed five": a country named as
    # where ("in …") is no side when another actor stands before the trigger
    # likewise a diplomat's host ("The US ambassador to Japan visited…": the US is the side)
    # the countries "between" which a cable or border runs are never its side ("the cable
    # between Finland and Estonia had been cut": nothing is guessed); those between whom the
    # trigger itself is ("fighting between Sudan's army and the RSF") are its sides
    before = [a for a in before if not _between_other(text, a, trigger_start, trigger_end)]
    # "Kim Yo Jong, the sister of leader Kim Jong Un, warned": whose relative the subject is
    # stands in her apposition, no side of her act (Quirk et al. 1985, 17.65)
    kin_of = [a for a in before if kin_apposition(text, a.start)]
    if kin_of and len(kin_of) < len(before):
        before = [a for a in before if a not in kin_of]
    owners = [a for a in before if OWNER_AFTER.match(text, a.end)]
    before = [a for a in before if a not in owners]
    # "Venezuela's detention of two American citizens was criticized", "The arrest of Ousmane
    # Sonko ... sparked riots": who a nominal act was done to is no side of the next verb
    done_to = nominal_object(text, clause[0], trigger_start)
    before = [a for a in before if not (done_to <= a.start < trigger_start)]
    # "Gunmen crossed into Togo and attacked": where a mover went is never who acted, even
    # when the subject is no named actor (CAMEO 1.1b3: the source is the verb's subject)
    before = [a for a in before if not _INTO_BEFORE.search(text, max(0, a.start - 30), a.start)]
    sides = [
        a
        for a in before
        if (
            not _PLACE_BEFORE.search(text, max(0, a.start - 30), a.start)
            or force_from(text, a.start)
        )
        and not _host_before(text, a)
        and not _HELD_AREA.match(text, a.end)
    ]
    if not sides and armed_opening(text[clause[0] : trigger_start]):
        # "Gang members roamed the town, in Haiti's Centre department, forcing thousands to
        # flee": the clause's subject is an armed group of no country (``armed_opening``), so
        # the country of a place phrase is no stand-in for it
        return [], False
    if (
        not sides
        and before
        and all(_POSTED_AT.search(text, max(0, a.start - 40), a.start) for a in before)
    ):
        # "Troops stationed in Niger were attacked by gunmen": where forces are posted names
        # no one's side (a French base in Niger is no Nigerien act); nothing is guessed
        return [], False
    if not sides and noun_in_phrase(text, trigger_start):
        # "a response to last month's attack on tourists in Pahalgam": an act named by a noun
        # takes its agent from its own phrase ("Russia's attack", "an attack by X"); places
        # named before it in another phrase are where, never who (ACE 2005: an event noun's
        # Attacker is an argument of the noun itself)
        return [], False
    return (sides or before), bool(sides)


def _host_before(text: str, a: Actor) -> bool:
    """Whether ``a``, before the trigger, is a diplomat's host ("The US ambassador to Japan
    visited"); not the state envoys come "from" ("Envoys from Armenia met": its own)."""
    m = _HOST.search(text, max(0, a.start - 40), a.start)
    return m is not None and not (
        m.group().lower().rstrip().endswith("from") or force_from(text, a.start)
    )


# a posting participle and its locative ("stationed in", "based at", "deployed near the")
_POSTED_AT = re.compile(
    r"\b(?:stationed|based|posted|garrisoned|deployed)\s+(?:in|at|near|on|inside)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# "Pakistan-administered Kashmir", "Russian-held areas": the country names who holds a place,
# and the compound names the place (Merriam-Webster -held, -controlled: combining forms)
_HELD_AREA = re.compile(r"-(?:administered|controlled|held|occupied|ruled)\b", re.IGNORECASE)
# ... inside a prepositional phrase, so a noun whatever its form ("a response to the attack")
_IN_PHRASE = re.compile(
    r"\b(?:to|of|on|for|after|before|over|against|about|amid|following|despite)\s+"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
# an act named by a noun with its determiner: an article, or a possessive of time or none
_NOUN_ACT = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those)|\b(?:week|month|year|day|night|weekend|"
    r"yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)"
    r"(?:\s+[a-z-]+){0,2}\s+$"
)


# a subject headed by a nominal act done to people or places and its "of" or "on" object
# ("Pakistan's expulsion of Afghan refugees", "The attack on Kosovo police"): ACE 2005 annotates
# an event noun's "of" or "on" phrase as its Person/Target argument, so it takes no part in the
# clause's own verb (CAMEO 1.1b3 codes the verb's subject as source)
_NOMINAL_OF = re.compile(
    r"(?:['’]s\s+|\b[Tt]he\s+)(?:[a-z-]+\s+)?(?:(?:attack|strike|raid|assault)s?\s+(?:on|against)"
    r"|(?:arrest|detention|expulsion|deportation|extradition|killing|murder|assassination|execution"
    r"|abduction|kidnapping|seizure|capture|jailing|imprisonment|sentencing|torture|shooting|beating"
    r"|eviction|ouster|annexation|invasion|occupation|blockade|bombing|shelling)s?\s+of)\s+"
)


def noun_in_phrase(text: str, start: int) -> bool:
    """The act at ``start`` is a noun inside a prepositional phrase ("a response to last
    month's attack", "after the bombing"): its agent, if any, is named in its own phrase."""
    return bool(
        _NOUN_ACT.search(text, max(0, start - 40), start)
        and _IN_PHRASE.search(text, max(0, start - 40), start)
    )


def where_named(text: str, start: int, end: int) -> bool:
    """The name at ``start``..``end`` says where ("in Pakistan", "Pakistan-administered")."""
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - 30), start) or _HELD_AREA.match(text, end)
    )


def nominal_object(text: str, start: int, trigger_start: int) -> int:
    """Where the "of" object of a nominal act opening the clause before the trigger starts,
    or ``trigger_start`` when there is none."""
    m = _NOMINAL_OF.search(text, start, trigger_start)
    return m.end() if m is not None else trigger_start


# a subordinating conjunction that opens an adverbial clause ("since Prime Minister X
# announced a pause", "after the army seized the town"): a finite clause with a subject and
# verb of its own (Huddleston and Pullum 2002, ch. 8), so whom it names took part in its act
# A second complement clause joined by "and that" ("said that Russian troops had shelled
# Kharkiv and that Ukrainian forces had struck a depot") has its own subject as well (Quirk et
# al. 1985 §13.5: each coordinated clause keeps its own subject)
_SUBORDINATOR = re.compile(
    r"\b(?:since|after|before|when|while|because|until|once|although|though|whereas|"
    # "as" before a subject pronoun is the conjunction ("arrested dozens as they tried to join
    # protests against X"; Quirk et al. 1985, 15.46): the preposition takes "them", not "they"
    r"(?:and|but|or)\s+that|as(?=\s+(?:they|he|she|it|we)\b))\s+",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset("has had have was were is are will would".split())


def in_subordinate_clause(text: str, lo: int, a: Actor) -> bool:
    """Is ``a`` named inside an adverbial clause opened after ``lo`` (the trigger's end):
    a conjunction before it, no comma closing the clause first, and a finite verb in the
    clause, before ``a`` ("since the war began in Ukraine") or right after it ("since
    Prime Minister X announced")? A preposition's noun ("after talks with Iran") has none."""
    opened = None
    for m in _SUBORDINATOR.finditer(text, max(lo, a.start - 80), a.start):
        opened = m
    if opened is None or any(c in text[opened.end() : a.start] for c in ",;:"):
        return False
    words = _WORD_OR_NAME.findall(text, opened.end(), a.start)
    words += _WORD_OR_NAME.findall(re.split(r"[.,;:!?\n]", text[a.end : a.end + 30])[0])[:2]
    return any(w in _AUXILIARIES or "VBD" in (verb_forms(w) or ("", frozenset()))[1] for w in words)


_WORD_OR_NAME = re.compile(r"\b[a-z]+\b")


# a body a country's possessive owns and a reporting verb after it ("…, South Korea's Joint
# Chiefs of Staff said", "…, Japan's defence ministry reported"): the country reports the act
# through its body, and a reporter is no party to what it reports (ACE 2005: the reporting
# event is an event of its own; CAMEO 1.1b3 codes the reported act's own source and target)
_BODY_REPORTER = re.compile(
    r"['’]s(?:\s+[\w-]+){1,4}?\s+(?:said|says|reported|reports|announced|told|added|"
    r"claimed|confirmed|stated)\b",
    re.IGNORECASE,
)


def reports_through_body(text: str, end: int) -> bool:
    """Does the possessive at ``end`` own a body reporting the act ("Seoul's joint chiefs said")?"""
    return _BODY_REPORTER.match(text, end) is not None


def _patient(
    text: str, source: Actor | None, victim: Actor | None, trigger_start: int
) -> Actor | None:
    """What an act with a "by" agent was done to: the victim, else the actor before the
    trigger unless it only speaks of the act ("Greek authorities confirmed the seizure of
    the tanker by the Iranian navy": ACE 2005, the reporting event is an event of its own)."""
    if source is None:
        return victim
    return None if _speaker(text, source, trigger_start) else source


_BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?")
_AND_NEXT = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+and\s+(?:the\s+)?")


def _parties_between(
    text: str, trigger_end: int, clause: tuple[int, int], pool: list[Actor]
) -> tuple[Actor, Actor | None] | None:
    """The two parties named right after the trigger as "between X and Y" ("the meeting
    between the American and Chinese presidents", "talks between Armenia and Azerbaijan"):
    CAMEO 1.1b3 codes a dyad, the first named as source and the second as target. A second
    party that is no named actor ("clashes between M23 and the army", whose country the
    sentence does not tell, an armed force's noun) leaves the target unknown; the first is
    still the source."""
    m = _BETWEEN_AFTER.match(text, trigger_end)
    if m is None:
        return None
    first = next((a for a in pool if a.start == m.end()), None)
    if first is None:
        return None
    for a in pool:
        if first.end < a.start < clause[1] and _AND_NEXT.fullmatch(text, first.end, a.start):
            return (first, a) if a.name != first.name else None
    if armed_other(text, first.end):
        return first, None
    return None


# what runs "between" two countries and so names no side: a link or a line on the map
_LINKS = frozenset(
    "cable cables pipeline pipelines border borders frontier boundary bridge line road railway "
    "corridor tunnel route link interconnector strait waters".split()
)


def _between_other(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """Is ``a`` named "between" two countries that a link runs between ("the cable between
    Finland and Estonia"), not the parties of an act ("talks between Armenia and
    Azerbaijan", "fighting between the army and the RSF")?"""
    m = BETWEEN_PARTIES.search(text, max(0, a.start - 40), a.start)
    if m is None or trigger_start <= m.start() <= trigger_end + 1:
        return False
    words = text[max(0, m.start() - 30) : m.start()].split()
    return bool(words) and words[-1].lower() in _LINKS


_SPEAKER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|told|announced|claimed|reported|added|"
    r"stated|confirmed|alleged|insisted)\b"
)


def _armed_reported(text: str, speakers: list[Actor], trigger_end: int) -> bool:
    """Does the clause a speaker reports open with an unnamed armed group as its subject
    ("the UN said gunmen attacked the convoy")? The group is the doer (CAMEO 1.1b3 actor
    codebook: UAF, of no named state or group), so the speaker, who only tells of it, is no
    fallback source (ACE 2005: the reporting event is an event of its own)."""
    for a in speakers:
        said = _SPEAKER_AFTER.match(text, a.end)
        if said is None or said.end() > trigger_end:
            continue
        reported = _THAT.sub("", text[said.end() : trigger_end], count=1)
        if armed_opening(opening_upper(reported)):
            return True
    return False


_THAT = re.compile(r"^\s*(?:on\s+\w+day\s+)?(?:that\s+)?")


def _speaker(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the subject of a reporting verb that stands between it and the trigger
    ("the Kremlin spokesman said Ukrainian drones attacked"), and not the one the reported
    clause's pronoun subject takes up again ("Russia's foreign ministry said it urged")?"""
    m = _SPEAKER_AFTER.match(text, a.end)
    if m is None or m.end() > trigger_start:
        return act_namer(text, a.start, a.end)  # "in what Syrian media called a massacre"
    resumed = _RESUMED.match(text, m.end())
    if resumed is None or resumed.end() > trigger_start:
        return True
    pronoun = resumed["pro"].lower()
    return (pronoun == "it") == (a.kind == "person")


# the reported clause's subject a pronoun ("said on Thursday that it was following..."): it
# takes up the speaker (ACE 2005 coreference: a pronoun is a mention of the entity it refers
# to), so the speaker is the subject, CAMEO's source, of what that clause says it did
_RESUMED = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day|\s+(?:today|yesterday))?,?"
    r"(?:\s+that)?\s+(?P<pro>it|he|she)\b",
    re.IGNORECASE,
)


# "crossed into eastern Chad and attacked": the goal of a motion is a place, no actor (ACE
# 2005 Movement:Transport: Destination is a place argument, distinct from the Agent)
_INTO_BEFORE = re.compile(
    r"\binto\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.IGNORECASE
)
# "off" places a ship or a boat at sea by the coast it lies off ("a tanker off Oman"):
# ACE 2005's Place argument, as "in" and "near" are; the coast's state is no side
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|across|inside|off)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


def force_from(text: str, start: int) -> bool:
    """Whether the country at ``start`` names where a force comes from ("Police from
    Thailand"; ``_FORCE_FROM``): the force's state, a side."""
    return _FORCE_FROM().search(text, max(0, start - 30), start) is not None


@cache
def _FORCE_FROM() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built once
    """A force named by the country it comes from ("Police from Thailand", "troops from
    Chad"; classes.csv ``TROOPS``): CAMEO 1.1b3's actor codebook codes a state's police and
    military by the state, so the country is the side, not a place (a place after "from"
    elsewhere, "fled from Sudan", stays a place)."""
    sent = word_class("TROOPS") | word_class("SENT_FROM")  # "rescue teams from Greece"
    nouns = "|".join(sorted(sent, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})s?\s+from\s+(?:the\s+)?$", re.IGNORECASE)


# the trigger is the second verb of a coordinated predicate ("boarded the boats and seized")
_AND_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def _first_conjuncts_object(
    text: str, a: Actor, before: list[Actor], clause_start: int, trigger_start: int
) -> bool:
    """Is ``a`` the object of the first verb of a coordinated predicate whose second verb is
    the trigger ("Chinese guards boarded Philippine boats and seized rifles")? A coordinated
    predicate shares the subject named before its first verb (Huddleston and Pullum 2002,
    ch. 15), so a name after that past-tense verb is no subject of the trigger; with no
    actor as the subject ("A convoy entered Machar's house and disarmed") from the clause."""
    if not _AND_BEFORE.search(text, max(0, trigger_start - 16), trigger_start):
        return False
    earlier = [b for b in before if b.end <= a.start]
    lo = min(earlier, key=lambda b: b.start).end if earlier else clause_start
    for m in _WORD.finditer(text, lo, a.start):
        forms = verb_forms(m.group())
        if forms is not None and "VBD" in forms[1] and m.group() not in _SAYING:
            return True
    return False


def _first_conjuncts_place(text: str, a: Actor, clause_start: int, trigger_start: int) -> bool:
    """Is ``a`` the place of the first verb of a coordinated predicate whose second verb is
    the trigger ("three boats approached a tanker off Fujairah in the United Arab Emirates and
    diverted it")? The shared subject stands before the first verb (Huddleston and Pullum
    2002, ch. 15), so a name after that verb and a locative preposition is where, not who,
    even when the subject names no actor (``_first_conjuncts_object`` needs one)."""
    if not _AND_BEFORE.search(text, max(0, trigger_start - 16), trigger_start):
        return False
    if not _PLACE_BEFORE.search(text, max(0, a.start - 30), a.start):
        return False
    for m in _WORD.finditer(text, clause_start, a.start):
        forms = verb_forms(m.group())
        if forms is not None and "VBD" in forms[1] and m.group() not in _SAYING:
            return True
    return False


_SAYING = frozenset("said told added announced reported claimed stated".split())
_LISTED = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$")
# a country right before the trigger verb, with at most an auxiliary or adverb between
_ADJACENT = re.compile(r"\s+(?:(?:had|has|have|also|strongly|firmly|then|later)\s+){0,2}")


def adjacent_subject(text: str, before: list[Actor], trigger_start: int) -> list[Actor]:
    """``before`` without the actors set off by a comma from a country standing right before
    the trigger verb ("the General Assembly adopted it, a resolution Serbia opposed"): the
    adjacent country is the verb's subject (a contact relative clause, Huddleston and Pullum
    2002, ch. 12, has its subject right before its verb), and what stands before the comma
    belongs to another clause."""
    adjacent = next(
        (
            a
            for a in before
            if a.kind == "country" and _ADJACENT.fullmatch(text, a.end, trigger_start)
        ),
        None,
    )
    if adjacent is None or _LISTED.search(text, max(0, adjacent.start - 8), adjacent.start):
        return before  # "Japan, South Korea and the United States have agreed": one list
    return [
        a for a in before if a.start >= adjacent.start or "," not in text[a.end : adjacent.start]
    ]


# a passive verb group before a prepositional phrase that holds the trigger ("was granted
# candidate status at the summit", "were wounded in an attack"); no "of" or "to" object
# between ("was accused of a role in the attack" keeps its subject)
_PASSIVE_THEN_PP = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?P<vbn>[a-z]+)"
    r"(?:\s+(?!of\b|to\b|for\b|by\b|with\b)[a-z-]+){0,3}?\s+"
    r"(?:at|during|in|on|after|following|before|throughout)\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+|this\s+|that\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def passive_before(text: str, start: int, trigger_start: int) -> bool:
    """Does a passive verb group stand between ``start`` (a subject's end) and the trigger, a
    noun in a prepositional phrase after it ("Moldova was granted candidate status at the
    summit")? Then the subject is the passive's patient (CAMEO's target), no actor of the
    trigger (ACE 2005: a passive subject fills the patient role)."""
    m = _PASSIVE_THEN_PP.search(text, max(start, trigger_start - 120), trigger_start)
    if m is None or "\n" in text[start:trigger_start] or "," in text[start : m.start()]:
        return False
    forms = verb_forms(m["vbn"].lower())
    return forms is not None and "VBN" in forms[1]


# "called on Israel to halt", "turned to Russia for help": the prepositional verb's particle
# belongs to the verb, so the noun after it is its object (Quirk et al. 1985 §16.5-16.6)
_CALL_ON = re.compile(r"(?:call(?:s|ed|ing)?\s+(?:on|upon)|turn(?:s|ed|ing)?\s+to)\b", re.I)


def verb_head_end(text: str, trigger_start: int, words: list[str], trigger_end: int) -> int:
    """Where the trigger's verb ends in ``text``: after its first word (``words`` is the
    trigger's text split once), or after the particle of "called on"; ``trigger_end`` for a
    trigger with no words. The object of the act is read from there (CAMEO 1.1b3 §02 and
    §10: whom an appeal or a demand is made to is its target)."""
    if not words:
        return trigger_end
    call = _CALL_ON.match(text, trigger_start)
    return call.end() if call is not None else trigger_start + len(words[0])


def no_side(text: str, a: Actor, trigger_end: int, given: bool = False) -> bool:
    """``a`` is no side of the act: the goal of a voyage after the trigger ("a cargo ship
    bound for India", "a tanker heading to Fujairah": a Destination, ACE 2005
    Movement:Transport), or the one whose kin a person named is ("arrested the son of
    President Museveni", "the son of the former Iraqi leader was detained": the relative acts
    or is acted on, not the family's head nor the head's state; classes.csv ``KIN``), or
    the one a tomb or statue commemorates ("near the tomb of General X"; ``MEMORIAL``), or
    a partner "along with" adds (``co_actors``), or a crowd supports ("supporters of President X stormed": ``ADHERENT``; ``whose_side``), or whose term in office frames it ("under President X's
    term": ``tenure_owner``). With
    ``given`` (aid given or cut), aid's cargo sent to a side ("suspended aid deliveries to
    Niger") goes to its recipient, the target (CAMEO 1.1b3 §07, §162), no mere destination."""
    if a.start >= trigger_end and DESTINATION_BEFORE.search(text, max(0, a.start - 40), a.start):
        return not (given and CARGO_TO.search(text, max(trigger_end, a.start - 30), a.start))
    # "the first talks under President X's second term": whose term dates the act (TENURE)
    return owner_named(text, a.start) or tenure_owner(text, a) or co_actor(text, a.start)


# "positions held by Russian forces", "hostages held by Hamas": the "by" of a holding
# participle names the holder, the agent of the hold (a reduced relative on the noun before,
# Quirk et al. 1985 §17.30), not of the act told; as a regex guard before "by"
HOLDER_NOT = r"(?<!held )(?<!controlled )(?<!occupied )(?<!kept )"
