"""Lexicon matches that read a person, a resolve, a vessel's course or a noun's background
as the act of a political actor.

- ``lone_soldier``: "A North Korean soldier crossed the line" matches the §154 row
  "@TROOPS * cross", but one soldier is no armed force: CAMEO 1.1b3 §154 (mobilize or
  increase armed forces) codes a force moved, and a lone soldier crossing is a defector
  (what happens to him, "taken into custody", §173, is the act told).
- ``speaker_resolve``: "We will not be intimidated" matches §170 (coerce) in the passive
  with the speaker as its patient: no one is coerced, the speaker states a resolve (CAMEO
  1.1b3 §17 codes an actor coercing a target; the negated passive names neither).
  What the passive's agent names ("by the threats") is no act of the sentence either
  (``resolve_agent``).
- ``taken_to_port``: "The ship was escorted to the port of Porvoo" matches §074, but a vessel
  escorted into a port is brought in, as a detained ship is, not protected on its way (§074
  is protection given to another; WordNet 3.0 escort v. names the course when it ends at a port).
- ``background_stance``: "lawmakers who had threatened to vote against her abstained": a
  stance (an appeal, intent, demand or threat) told in a past-perfect relative clause
  identifies its noun by what it had said before the time of the story (Quirk et al. 1985
  §4.21-4.22 on the past perfect as 'past in the past'; §17.12 restrictive relatives); the
  story's event is the main clause's. CAMEO 1.1b3 §13 codes a threat made, told as news.
- ``record_of_people``: "handed over a list of hostages" matches §0841 (release persons)
  through the row's gap, but what is handed over is a record of the people, not them.
- ``judged_noun`` (``called_judged``): "called the verdict an outrage" judges an act told
  before; the noun is no act of the speaker's.
- ``released_from_care`` (``care_release``): "was treated at a hospital and released" is a
  patient let go, no §0841 release of persons held.
- ``unnamed_releaser``: "Lebanon received the bodies of two soldiers" matches the §0841 row
  for persons received, but with no releaser named ("from", "freed by") the handover's
  source is unknown and the receiver hosted no one: no card rather than a guessed side.
- ``claim_of_a_clause``: "Russia claimed the attack was carried out by Ukraine" matches the
  §015 row "claim the @ATTACK", but the noun opens a clause that "claimed" asserts.
- ``own_deed_accused``: "claimed the attack was carried out by its special forces" matches
  the §112 row "claim * @ATTACK * be carry out by", but the agent is the speaker's own.
- ``mediators_as_party``: "handed over a list to mediators" (§045): a party acted on, no mediation.
- ``posture_misread`` (``posture_misreads``): a weather alert read as §152, forces that send
  rescue teams read as §154.
- ``taken_where``: "Police captured the suspect in a village" matches the §192 row "capture
  * village" through the row's gap, but the village is where the person was taken (a
  locative preposition heads it, Quirk et al. 1985 §9.15), not the ground taken: CAMEO 1.1b3
  §192 codes territory occupied; a person captured is §173 or §181.
- ``unarmed_removal``: "Parliament removed the president from power" matches the §190 row
  "remove * from power", but a removal is a coup (force used) only when armed forces are
  named before it, as the ones who did it or who report it ("soldiers said they had removed
  the president from power"): CAMEO 1.1b3 §190 codes conventional force.
- ``unarmed_surround``: "Mountains surround the city" is no §191: only armed forces blockade.
- ``alleged_act``: "accused opposition figures, …, of trying to stage a coup": the act after
  "of" is alleged, not told (CAMEO 1.1b3 §112's note), when an aside keeps the accusation
  row from reading the two together.
"""

from __future__ import annotations

import csv
from functools import cache

from dashboard.events.allowances import not_an_act
from dashboard.events.attempted_taking import tried_taking
from dashboard.events.called_judged import judged_noun
from dashboard.events.care_release import crowd_in_care, released_from_care
from dashboard.events.carried import carried, moved_into
from dashboard.events.charged_crimes import charged_crime
from dashboard.events.clause_words import AUX, Parse
from dashboard.events.denied_kinds import denied_kind
from dashboard.events.force_readings import killers_killed, riot_gear
from dashboard.events.given_up_on import given_up_on
from dashboard.events.greeted_news import greeted_news
from dashboard.events.insisted_claims import asserted_insist
from dashboard.events.journey_purpose import journey_purpose
from dashboard.events.judged_agents import judged_agent
from dashboard.events.kind_denied import such_kind_denied
from dashboard.events.kind_mentions import such_kind
from dashboard.events.lexicon import DATA, Match, load, word_class
from dashboard.events.no_act_matches import no_act
from dashboard.events.personal_resignation import resigned_for_own_reasons
from dashboard.events.posture_misreads import posture_misread
from dashboard.events.relative_background import background_attribute
from dashboard.events.removal_vote import no_legislature, unsure_vote
from dashboard.events.sought_for import sought_for
from dashboard.events.stance_misreads import stance_misread
from dashboard.events.state_destination import left_no_country, unstated_state_destination
from dashboard.events.stated_matters import stated_not_done
from dashboard.events.taken_objects import domestic_inspectors, goods_as_modifier, own_return
from dashboard.events.untold_nouns import untold_noun
from dashboard.events.weighed_outcomes import weighed_outcome
from dashboard.events.wishes import wished

# a single member of a force: the singular nouns of cameo.csv's TROOPS class that name one
# person, and the determiners that make them one (Huddleston and Pullum 2002, ch. 5 §7)
_ONE_PERSON = frozenset("soldier sailor officer policeman marine reservist airman".split())
_ONE = frozenset("a an one".split())
# verbs of coercion whose passive with the speaker as subject states a resolve
_COERCED = frozenset(
    "intimidate coerce force compel harass bully blackmail pressure pressurize pressurise "
    "cow silence deter".split()
)
_SPEAKERS = frozenset("we i".split())
# a reported speaker taken back by a pronoun ("Taiwan said it would not be intimidated")
_PRONOUNS = frozenset("it they he she".split())
_BE = frozenset("is are was were am".split())
# a negation, or a refusal of the passive ("We refuse to be intimidated")
_NOT = frozenset("not n't never refuse refuses refused".split())
# where a vessel is brought to lie (WordNet 3.0 anchorage n. 1 'place for vessels to anchor')
_PORT = frozenset("port harbour harbor dock quay anchorage berth wharf pier".split())
# verbs of appealing and demanding (cameo.csv's §020 and §100 rows)
_ASKING = frozenset("urge appeal ask call demand insist plead".split())
_RELATIVE = frozenset("who which that".split())


def lone_soldier(p: Parse, m: Match) -> bool:
    """Is ``m`` a §154 match whose subject is one soldier ("A North Korean soldier
    crossed")? Plural or unit subjects ("soldiers", "a battalion") stay §154."""
    if not m.rule.code.startswith("154"):
        return False
    head = p.tokens[m.first]
    return head.lower in _ONE_PERSON and _word_before(p, m.first, _ONE, 4)


def _word_before(p: Parse, k: int, words: frozenset[str], reach: int) -> bool:
    """Whether one of ``words`` stands within ``reach`` tokens before token ``k``, in its
    phrase: the walk stops at a clause mark or a verb."""
    for j in range(k - 1, max(k - reach - 1, -1), -1):
        if p.tokens[j].lower in words:
            return True
        if p.tokens[j].boundary or j in p.verbs:
            return False
    return False


def speaker_resolve(p: Parse, m: Match) -> bool:
    """Is ``m`` a coercion verb in a negated or refused passive whose subject is "we" or "I"
    ("We will not be intimidated", "We refuse to be bullied", "said it would not be
    intimidated"), or a finite passive denied of any subject ("it was not intimidated")? The
    active ("We will not intimidate anyone") and a passive of others ("Reporters were
    intimidated") stay as they are."""
    return m.rule.code.startswith("17") and _resolve_at(p, m.first)


def _resolve_at(p: Parse, k: int) -> bool:
    """Is token ``k`` a coercion participle in a passive ``speaker_resolve`` reads?"""
    tokens = p.tokens
    verb = tokens[k]
    if not verb.keys & _COERCED or "VBN" not in verb.tags:
        return False
    before = [t.lower for t in tokens[max(k - 5, 0) : k]]
    if not before:
        return False
    if before[-1] in _NOT and len(before) > 1 and before[-2] in _BE:
        # "said it was not intimidated by the threats", "they are not cowed": the subject
        # tells its own state, whoever it is; the threats it names are another's act, told
        # before (CAMEO 1.1b3 §17 codes the coercer's act, which a denied effect is not)
        return True
    if before[-1] not in ("be", "been"):
        return False
    return bool(set(before) & _NOT) and bool(set(before) & (_SPEAKERS | _PRONOUNS))


def taken_to_port(p: Parse, m: Match) -> bool:
    """Is ``m`` "escorted" whose destination is a port ("was escorted to the port of X",
    "escorted the trawler into harbour")? An escort through waters stays §074."""
    tokens = p.tokens
    if not m.rule.code.startswith("074") or "escort" not in tokens[m.first].keys:
        return False
    for k in range(m.last + 1, min(m.last + 7, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower in ("to", "into") and any(
            t.lower in _PORT for t in tokens[k + 1 : k + 4]
        ):
            return True
    return False


def background_stance(p: Parse, m: Match) -> bool:
    """Is ``m`` a stance told in a past-perfect relative clause ("who had threatened to",
    "which had vowed to"), or an act in that stance's complement ("to vote against her")?
    A main clause's "had threatened" stays an act."""
    tokens = p.tokens
    opened = p.opening(m.first)
    if p.kind(m.first) != "rel" or tokens[opened].lower not in _RELATIVE:
        return False
    k = opened + 1
    if k >= len(tokens) or tokens[k].lower != "had":
        return False
    k += 1
    while k < len(tokens) and tokens[k].lower.endswith("ly"):
        k += 1  # "who had repeatedly threatened"
    return k <= m.first and bool(tokens[k].keys & _stance_verbs())


@cache
def _stance_verbs() -> frozenset[str]:
    """The verbs that voice an intent or a threat (classes.csv VOICING) and those of
    appealing and demanding (CAMEO 1.1b3 §02, §10)."""
    return word_class("VOICING") | _ASKING


def resolve_agent(p: Parse, m: Match) -> bool:
    """Is ``m`` in the agent phrase of a passive ``speaker_resolve`` reads ("said it would
    not be intimidated by Chinese military drills"), or after a denied fear ("not afraid of
    American threats")? What the subject says it is not cowed by
    is named as a cause, told elsewhere as its own act, not done in this sentence."""
    tokens = p.tokens
    if m.first in p.verbs and "VBD" in tokens[m.first].tags:
        # "not intimidated by threats and vowed to retaliate": a finite verb after the
        # agent phrase is a predicate of its own, no part of what the subject is not cowed by
        return False
    for j in range(m.first - 1, max(m.first - 5, 0), -1):
        if tokens[j].boundary:
            return False
        if tokens[j].lower == "by":
            return j > 0 and _resolve_at(p, j - 1)
        if tokens[j].lower == "of":
            return j > 0 and _fear_denied(p, j - 1)
    return False


# adjectives of fear whose "of" phrase names what is feared ("not afraid of threats")
_FEAR = frozenset("afraid scared frightened fearful".split())


def _fear_denied(p: Parse, k: int) -> bool:
    """Is token ``k`` a fear denied by its subject ("the group was not afraid of American
    threats", "unafraid of")? As with "not intimidated by", what the subject says it does
    not fear is named as a cause, told elsewhere as its own act, not done in this sentence."""
    tokens = p.tokens
    word = tokens[k].lower
    if word == "unafraid":
        return True
    return word in _FEAR and any(t.lower in _NOT for t in tokens[max(k - 3, 0) : k])


# verbs that allege an act told after "of" ("accused X of trying to stage a coup")
ALLEGING = frozenset("accuse charge blame suspect".split())
# what may stand between "of" and the alleged act's verb
_TRYING = frozenset("trying attempting seeking planning plotting to".split())


def alleged_act(p: Parse, m: Match) -> bool:
    """An act told after "of" (and "trying to") in a sentence whose earlier verb accuses
    someone: "the government accused opposition figures, based partly on video evidence, of
    trying to stage a coup" alleges the coup, it does not tell one (CAMEO 1.1b3 §112: 'events
    coded under 112 are allegations … and do not in any way imply that the alleged events
    have taken place'). The accusation's own trigger stays; an aside between it and "of"
    keeps the two from being read as one row."""
    k = m.first - 1
    while k >= 0 and p.tokens[k].lower in _TRYING:
        k -= 1
    if k < 1 or p.tokens[k].lower != "of":
        return False
    # the last accusing verb before "of", with an aside (a comma) between: right after it,
    # "accused X of killing Y", the accusation row reads the act as its complement (§1123)
    at = next((j for j in range(k - 1, -1, -1) if p.tokens[j].keys & ALLEGING), None)
    return at is not None and any(t.lower == "," for t in p.tokens[at + 1 : k])


# what links a record to the people it records ("a list of", "a video showing")
_RECORD_OF = frozenset("of showing featuring naming".split())


def record_of_people(p: Parse, m: Match) -> bool:
    """Is ``m`` a §0841 release whose object is a record of the people, not the people
    ("handed over a list of hostages", "released the names of the prisoners")? A list, names
    or a video (``classes.csv`` ``RECORD``) before "of" is what changes hands (CAMEO 1.1b3
    §0841 codes persons released); "released two hostages" stays."""
    if not m.rule.code.startswith(("0841", "063", "043")):
        return False  # §063 too: "handed over a list of suspects" extradites no one; §043:
        # "received the names of the prisoners" hosts no visitor
    tokens = p.tokens
    # the row's gap, or the object right after a bare verb ("released the names of")
    for k in range(m.first + 1, min(max(m.last, m.first + 3) + 1, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].keys & word_class("RECORD") and tokens[k + 1].lower in _RECORD_OF:
            return True
    return _record_before(p, m.first)


def unnamed_releaser(p: Parse, m: Match) -> bool:
    """Is ``m`` a §0841 receiving ("received three detainees") with no "from" or "by" after
    the persons in its clause? CAMEO 1.1b3 §0841 codes the side that lets go; when none is
    told, the receiving is no release of anyone's that can be coded (and no §043 visit)."""
    if not m.rule.code.startswith("0841") or "receive" not in p.tokens[m.first].keys:
        return False
    for t in p.tokens[m.last + 1 :]:
        if t.boundary:
            return True
        if t.lower in ("from", "by"):
            return False
    return True


def _record_before(p: Parse, at: int) -> bool:
    """Is the trigger at ``at`` a passive infinitive ("to be freed") after a record of the
    people ("released a list of hostages to be freed")? The people are still held: what was
    released is the record; a reduced relative ("the list of hostages freed on Monday") does
    tell a release, so only "to be" counts."""
    tokens = p.tokens
    if at < 4 or [t.lower for t in tokens[at - 2 : at]] != ["to", "be"]:
        return False
    for k in range(at - 3, max(-1, at - 8), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].keys & word_class("RECORD") and tokens[k + 1].lower in _RECORD_OF:
            return True
    return False


# prepositions whose object is a participant, not an act ("handed a list to mediators")
_PARTICIPANT_BEFORE = frozenset("to with through via from by for of among between".split())


def mediators_as_party(p: Parse, m: Match) -> bool:
    """Is ``m`` the §045 noun "mediator(s)" as a preposition's object ("handed over a list to
    mediators in Doha", "talks with Qatari mediators")? The noun names the persons who
    mediate, a party to another act, not a mediation told (CAMEO 1.1b3 §045 codes the
    mediator's act); "acted as mediator" and "the mediators proposed" stay as they are."""
    if not m.rule.code.startswith("045") or m.first != m.last:
        return False
    return "mediator" in p.tokens[m.first].keys and _word_before(p, m.first, _PARTICIPANT_BEFORE, 3)


# the finite verb of a clause whose subject the claimed noun is ("claimed the attack was …")
_CLAUSE_VERB = frozenset("was were is are had has have would will could might".split())


def claim_of_a_clause(p: Parse, m: Match) -> bool:
    """Is ``m`` a §015 "claimed the attack" whose noun is the subject of a clause ("Russia
    claimed the attack was carried out by Ukraine"), or a negated one ("did not claim the
    attack")? The first asserts that clause, an accusation or a report, not a claim of
    responsibility (CAMEO 1.1b3 §015 vs §112); the second claims nothing."""
    if not m.rule.code.startswith("015") or "claim" not in p.tokens[m.first].keys:
        return False
    if any(t.lower in _NOT for t in p.tokens[max(0, m.first - 3) : m.first]):
        # "Kyiv did not claim the attack": no claim made, and the attack, which the verb
        # presupposes, is the act read (FactBank; test_stop27_reader)
        return True
    nxt = m.last + 1
    return nxt < len(p.tokens) and p.tokens[nxt].lower in _CLAUSE_VERB


# an agent that is the speaker's own ("was carried out by its special forces")
_OWN = frozenset("its their our his her my".split())


def own_deed_accused(p: Parse, m: Match) -> bool:
    """Is ``m`` a §112 "claimed the attack was carried out by" whose agent is the speaker's
    own ("Ukraine claimed the drone attack was carried out by its special forces")? That
    claims the deed (§015 territory), it accuses no one (CAMEO 1.1b3 §112)."""
    if not m.rule.code.startswith("112") or not p.tokens[m.first].keys & _CLAIMING:
        return False
    nxt = m.last + 1
    return nxt < len(p.tokens) and p.tokens[nxt].lower in _OWN


_CLAIMING = frozenset("claim allege insist assert".split())


_WHERE = frozenset("in at near outside inside around from".split())


def taken_where(p: Parse, m: Match) -> bool:
    """A §192 match whose gap before its last word holds a locative preposition ("captured
    the suspect in a village"): the place is where the act was, not what was taken."""
    if not m.rule.code.startswith("192") or m.rule.kind != "V" or len(m.rule.slots) < 2:
        return False
    return any(t.lower in _WHERE for t in p.tokens[m.first + 1 : m.last])


# "take" as in "said it had taken power" (Merriam-Webster take power: 'to gain control')
_REMOVING = frozenset(
    "remove oust overthrow depose topple force seize grab wrest snatch take".split()
)
_COUP = frozenset("coup putsch".split())


def unarmed_removal(p: Parse, m: Match) -> bool:
    """A §190 row of removal from power ("remove * from power", "depose") that names
    neither armed forces nor a coup itself, matched with no armed forces (classes.csv
    ``PUTSCHISTS``) named before it in the sentence."""
    if m.rule.code != "190" or m.rule.kind != "V":
        return False
    if not {w for alt in m.rule.slots[0] for word in alt for w in word} & _REMOVING:
        return False
    armed = _putschists()
    named = {w for slot in m.rule.slots for alt in slot for word in alt for w in word}
    if named & (armed | _COUP):
        return False  # the row names its own armed subject or the coup
    return not any(t.keys & armed for t in p.tokens[: m.first])


@cache
def _putschists() -> frozenset[str]:
    return word_class("PUTSCHISTS")


def named_strike_called(p: Parse, m: Match) -> bool:
    """Is ``m`` the §143 row "call * strike" with a capitalised word in its gap ("called the
    Israeli strike a provocation")? A strike a people or state is named for is force, and
    "called" names it as something (§111 when a judgement follows); unions call "a strike",
    "a general strike", "a national strike" (Merriam-Webster call v. 'to announce').
    """
    if not m.rule.code.startswith("143") or "call" not in p.tokens[m.first].keys:
        return False
    return any(t.text[:1].isupper() for t in p.tokens[m.first + 1 : m.last])


@cache
def _armed_group_names() -> frozenset[str]:
    """The one-word names of the armed groups of ``organisations.csv`` (kind ``group``:
    "RSF", "Hamas", "M23"), lowercase."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh)
        return frozenset(
            r["name"].lower() for r in rows if r["kind"] == "group" and " " not in r["name"]
        )


def unarmed_surround(p: Parse, m: Match) -> bool:
    """Is ``m`` a §191 "surround" whose clause subject names no armed force or group
    (``classes.csv`` TROOPS but police, or ARMED, or an armed group of
    ``organisations.csv``), or whose
    word is no verb of that subject ("shelled the surrounding villages", "mountains surround
    the city", "questions surrounded the deal")? Forces that surround a town restrict its
    movement (CAMEO 1.1b3 §191 impose blockade, restrict movement: 'prevent entry into
    and/or exit from a territory using armed forces'); anything else surrounding is no act."""
    if not m.rule.code.startswith("191") or "surround" not in p.tokens[m.first].keys:
        return False
    start = p.opening(m.first)
    if any(start <= k < m.first and p.tokens[k].lower not in AUX for k in p.verbs):
        return True  # another verb of the clause first: "surrounding" describes a noun
    subject = p.tokens[start : m.first]
    armed = (word_class("TROOPS") - _POLICE) | word_class("ARMED") | _armed_group_names()
    return not any(t.keys & armed for t in subject)


# police words of TROOPS: CAMEO 1.1b3 codes police apart from armed forces (§151, §153,
# §173), and §191 names armed forces; officers round a house hold a suspect, no territory
_POLICE = frozenset("police policeman officer".split())


# what a truce noun as a subject is said to be: a state it is in, not a declaration
# verbs of being, and of a truce's running out ("the ceasefire expired", "the truce
# collapsed"): a truce that lapses is no truce declared (CAMEO 1.1b3 §0871 codes the declaring)
_STATE_VERBS = frozenset("be remain seem appear look hold expire lapse collapse".split())
_TRUCE_PLACE = frozenset("between in on along across".split())
_LAPSED = frozenset("expire lapse collapse".split())


def truce_as_state(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §0871 noun row ("ceasefire", "truce") as the subject of a verb of
    being ("The ceasefire is fragile", "The truce, which Hamas violated on Sunday, has
    held")? What the sentence says is the truce's state, not that anyone declared it (CAMEO
    1.1b3 §0871 codes the declaring); an aside between the noun and its verb is skipped.
    """
    if m.rule.kind != "N" or not m.rule.code.startswith("0871"):
        return False
    tokens = p.tokens
    k = m.last + 1
    if k < len(tokens) and tokens[k].lower == ",":  # an aside set off by commas
        close = next(
            (j for j in range(k + 1, min(len(tokens), k + 16)) if tokens[j].lower == ","), None
        )
        if close is None:
            return False
        k = close + 1
    if k < len(tokens) and tokens[k].lower in _TRUCE_PLACE:
        # "A truce between the rival clans expired", "The truce in Gaza lapsed": a phrase
        # naming its parties or place stands between the noun and its verb; only a truce's
        # running out is read past it ("the truce between X and Y is the first" may tell it)
        k = next((j for j in range(k + 1, min(len(tokens), k + 7)) if j in p.verbs), k)
        if not tokens[k].keys & _LAPSED:
            return False
    while k < len(tokens) and tokens[k].lower in {"has", "have", "had", "been", "still", "not"}:
        k += 1
    if not _truce_subject(p, m.first) or k >= len(tokens) or not tokens[k].keys & _STATE_VERBS:
        return False
    if k + 1 < len(tokens) and "VBN" in tokens[k + 1].tags and "be" in tokens[k].keys:
        # "was declared", "is expected to take effect": a passive tells the act, not a
        # state; but "was designed to be permanent", "is meant to hold" say what the truce
        # is to be, its state again (the passive's infinitive is a verb of being)
        j = k + 2
        return (
            j + 1 < len(tokens)
            and tokens[j].lower == "to"
            and bool(tokens[j + 1].keys & _STATE_VERBS)
        )
    return True


def _truce_subject(p: Parse, at: int) -> bool:
    """Is the truce noun at ``at`` its clause's subject: no verb before it, or only a
    reporting verb whose complement it opens ("Biden said the truce was designed to be
    permanent"; cues.csv ``report``): the speaker describes the truce, no one declares it."""
    before = [i for i in p.verbs if i < at]
    if not before:
        return True
    report = load().words("report")
    last = max(before)
    if not all(p.tokens[i].keys & report or p.tokens[i].lower in AUX for i in before):
        return False
    between = p.tokens[last + 1 : at]
    # "said that the fragile truce": an opener and a few modifiers, no clause boundary
    return len(between) <= _COMPLEMENT_REACH and not any(t.boundary for t in between)


_COMPLEMENT_REACH = 4  # words between a reporting verb and its complement's truce noun


def misread(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        stance_misread(p, m)  # "posed a threat", "the warning was lifted", "forcing an election"
        or such_kind(p, m)  # "the third such attack this month": the kind just told
        or such_kind_denied(p, m)  # "such drills did not help": a comment on the kind
        or truce_as_state(p, m)
        or named_strike_called(p, m)
        or judged_noun(p, m)  # "called the verdict an outrage": the thing judged
        or taken_where(p, m)
        or unarmed_removal(p, m)
        or unarmed_surround(p, m)
        or alleged_act(p, m)
        or charged_crime(p, m)  # "on a warrant for statutory rape": the crime charged
        or carried(p, m)  # "He was flown to The Hague": carried by others, no visit
        or moved_into(p, m)  # "slammed into a wall": an impact, no criticism
        or not_an_act(p, m)  # "the power to", ", allowing them to", "angered by a ban"
        or claim_of_a_clause(p, m)
        or own_deed_accused(p, m)
        or mediators_as_party(p, m)
        or posture_misread(p, m)  # a weather alert, troops that send rescuers
        or record_of_people(p, m)
        or unnamed_releaser(p, m)
        or released_from_care(p, m)  # "treated at a hospital and released": a patient
        or crowd_in_care(p, m)  # "protesters were treated in hospital": patients, no protest
        or resigned_for_own_reasons(p, m)  # "stepped down because of ill health": no demand
        or lone_soldier(p, m)
        or speaker_resolve(p, m)
        or resolve_agent(p, m)
        or taken_to_port(p, m)
        or background_stance(p, m)
        or background_attribute(p, m)
        or asserted_insist(p, m)
        or wished(p, m)
        or given_up_on(p, m)  # "would not give up on the town": no yield
        or riot_gear(p, m)
        or killers_killed(p, m)
        or unstated_state_destination(p, m)  # §063 sent or handed to no state
        or left_no_country(p, m)  # §087 troops that left no country
        or unsure_vote(p, m)  # §172 a motion to remove voted on, no removal
        or no_legislature(p, m)  # §172 removed from office by no legislature
        or journey_purpose(p, m)  # "the trip was to attend a ceremony": its purpose
        or sought_for(p, m)  # "is wanted for the killing of an agent": a charge, no act
        or weighed_outcome(p, m)  # "the alternative was war": a possibility weighed
        or stated_not_done(p, m)  # a matter raised, a role, a judgement (stated_matters)
        or goods_as_modifier(p, m)  # "sent weapons inspectors": people, no arms
        or domestic_inspectors(p, m)  # "sent food inspectors": no §0862
        or own_return(p, m)  # "returned to Doha with the hostages": the envoy's way back
        or denied_kind(p, m)  # "gathered outside, but there were no protests": no §141
        or tried_taking(p, m)  # "tried to take over the station": no ground held (§192)
        or greeted_news(p, m)  # "greeted the ruling with anger": a reaction, no §043
        or judged_agent(p, m)  # "sentenced the gunman": the person judged, no new assault
        or untold_noun(p, m)  # "halted the deployment", "ruled the ban unlawful", scare quotes
        or no_act(p, m)  # arrived at the scene, a forecast warning, an until-clause, own work
    )
