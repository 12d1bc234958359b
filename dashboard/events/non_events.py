"""Event words that tell no happening of their own in their sentence: a kind or a rule's
text ("peaceful protests are legal"), the topic of talks, a casualty denied, a truce that
ended, a happening's effect, a travel warning, what people fled, a toll's "hardest hit".
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from dashboard.events.act_contexts import sentence_names
from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.dates_common import possessive_date
from dashboard.events.happening_nouns import event_noun as _event_noun
from dashboard.events.judged_nouns import judged_instrument, reckoned_cost
from dashboard.events.lexicon import Lexicon, Match, word_class
from dashboard.events.possessed_force import possessed_force
from dashboard.events.provisions import standing_rule
from dashboard.events.senses import _FORCE_ROOTS
from dashboard.events.tokens import Token
from dashboard.events.trigger import Trigger
from dashboard.events.truce_lapse import lapsed_truce

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


_COPULA = frozenset("is are was were".split())


def _grievance(p: Parse, m: Match) -> bool:
    """A violent act named as what a protest is over ("protests over the killing of a
    teenager", "rallied against the invasion"): the grievance, told before and elsewhere;
    CAMEO 1.1b3 §14 codes the protest, and the act is no happening of this sentence."""
    if m.rule.kind != "N" or m.rule.code[:2] not in _FORCE_ROOTS:
        return False
    tokens, k = p.tokens, m.first - 1
    if k >= 0 and tokens[k].lower in ARTICLES:
        k -= 1
    if k < 1 or tokens[k].lower not in _GRIEVED:
        return False
    if tokens[k - 1].keys & (word_class("PROTEST") | _OUTCRY):
        return True
    # "Protests spread across Germany on Monday against the war": the protest is the clause's
    # subject, and what it spread over is told between it and its grievance (newuser51b)
    opening = p.opening(k)
    return bool(tokens[opening].keys & word_class("PROTEST")) or (
        opening + 1 < k
        and tokens[opening].lower in ARTICLES
        and bool(tokens[opening + 1].keys & word_class("PROTEST"))
    )


_GRIEVED = frozenset("over against about".split())
# the verbs and a vigil that, like a protest noun, have a grievance; not "outrage over the
# bombing", which is no act of its own and leaves the bombing the sentence's happening
_OUTCRY = frozenset("vigil rally protest march demonstrate".split())


def _ruled_kind(p: Parse, m: Match) -> bool:
    """An event noun that a rule's text covers, bans or applies to ("the treaty covers
    attacks on Philippine vessels", "the law bans protests near parliament"): a kind of act
    the rule names (ACE 2005 genericity: GENERIC mentions), no happening. The subject must be
    a rule's text (classes.csv ``STATUTE``) before a verb of ``_RULE_VERBS`` in the clause."""
    if m.rule.kind != "N":
        return standing_rule(p, m)  # "The 1920 treaty bars military activity": a provision
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
    if m.rule.kind == "N" and (reckoned_cost(tokens, k) or judged_instrument(p, m)):
        return True
    if m.rule.kind != "N" or k >= len(tokens) or tokens[k].lower not in _COPULA:
        return False
    after = [t.lower for t in tokens[k + 1 : k + 3] if t.lower not in ("not", "n't", "clearly")]
    # "Iran's drone strikes were illegal": a side's own act, presupposed (possessed_force)
    return (
        bool(after) and after[0] in word_class("COPULA_VERDICT") and not possessed_force(tokens, m)
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
    # bare: nothing before it, or a word that is neither a determiner nor a count; a
    # genitive is a determiner ("Tuesday's launches were an answer": one set of launches,
    # Huddleston and Pullum 2002, ch. 5 §16)
    if j >= 0 and tokens[j].lower in _GENITIVE:
        return False
    return j < 0 or (tokens[j].lower not in ARTICLES and not tokens[j].text[:1].isdigit())


_GENITIVE = frozenset("'s ’s '".split())


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


def _closed_for_hazard(p: Parse, m: Match, t: Trigger) -> bool:
    """Is ``t`` a closure (CAMEO 144 or 172 from "close", "shut") whose cause after it is a
    natural or health hazard (classes.csv ``HAZARD_CAUSE``: "because of volcanic ash",
    "after the earthquake", "due to smog"), or whose sentence names a hazard or its agency and
    no crowd (``act_contexts.csv`` ``NATURAL_HAZARD``: "the disaster agency raised the alert and
    closed the airport"): UNDRR 2017 counts such closures among a hazard's responses, while
    CAMEO 1.1b3 §144 is a crowd's blockade and §172 a sanction on someone. "Protesters shut the
    road to the flooded town" names a crowd and stays."""
    if (t.full or "")[:3] not in ("144", "172") or not p.tokens[m.first].keys & _CLOSE:
        return False
    tokens = p.tokens
    crowd = word_class("PROTEST") | word_class("CROWD") | word_class("STRIKERS")
    if sentence_names(tokens, "NATURAL_HAZARD") and not any(t.keys & crowd for t in tokens):
        return True
    causes = word_class("HAZARD_CAUSE")
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


# verbs that say their subject came to an end: a truce that "broke down" was not declared then
_ENDED = frozenset("collapse unravel crumble stall founder".split())
_ENDED_PHRASES = (("break", "down"), ("fall", "apart"))


# "the attacks threatened aid deliveries": a happening that threatens puts something at risk
# (WordNet 3.0, threaten v. 2 'pose a threat to'); only an actor utters a threat (CAMEO 1.1b3 §13)
_ENDANGER = frozenset("threaten menace".split())


# the roots a happening's effect is coded as when read as an act: coerce ("forced the closure"),
# ease ("halted operations"), reduce relations ("halted aid"), obstruct ("an outage hit Spain,
# shutting down airports"), expel ("forced 2,000 people from their homes")
_EFFECT_ROOTS = frozenset({"17", "08", "16", "14", "20"})


def _comma_participle(p: Parse, k: int) -> bool:
    """Token ``k`` is a present participle opening a clause after a comma ("…, forcing"), or
    joined by "and" to one that does ("…, halting trains and shutting down airports")."""
    if "VBG" not in p.tokens[k].tags or k < 1:
        return False
    if p.tokens[k - 1].text == ",":
        return True
    return p.tokens[k - 1].lower == "and" and any(
        "VBG" in p.tokens[j].tags and p.tokens[j - 1].text == ","
        for j in range(max(1, k - 6), k - 1)
    )


def _endangers(p: Parse, m: Match) -> bool:
    """ "threatened aid deliveries": the verb with an object; "threatened to spread" is read
    as before (what may spread is no effect the happening had)."""
    nxt = m.last + 1
    return bool(p.tokens[m.first].keys & _ENDANGER) and not (
        nxt < len(p.tokens) and p.tokens[nxt].lower == "to"
    )


def _forced_by_event(p: Parse, m: Match) -> bool:
    """A bare coercion, halting, cutting or threatening verb whose subject is a happening ("the
    strikes forced the suspension of flights", "the fighting forced 10,000 people to flee", "the
    attack halted operations", "the attacks threatened aid deliveries"; after a comma, the sentence's subject: "…, forcing them to
    close"): CAMEO codes what actors do, and the happening itself is read where it is told."""
    if m.rule.kind != "V" or not (
        m.rule.code[:2] in _EFFECT_ROOTS or (m.rule.code[:2] == "13" and _endangers(p, m))
    ):
        return False
    participle = _comma_participle(p, m.first)
    if m.first not in p.verbs and not participle:
        return False
    if m.rule.code[:2] == "14" and not participle:
        return False  # "Survivors of the earthquake protested": people protest, a quake does not
    subject = range(p.opening(m.first), m.first)
    if not participle and m.first > 0 and "be" in p.tokens[m.first - 1].keys:
        # "A journalist covering the protests was detained": a passive's subject is what was
        # done to (Quirk 3.64); a cause is its agent ("blocked by landslides", read below)
        subject = range(0)
    if participle:
        # "…, forcing them to cancel operations": the participle's subject is the sentence's
        subject = range(0, min((k for k in p.verbs if k < m.first), default=0))
    elif m.first > 0 and p.tokens[m.first - 1].lower in _JOINING:
        # "condemned the raid and suspended relations": a verb joined to another shares its
        # subject, and the noun between is the first verb's object (Quirk et al. 1985 §13.4)
        first_verb = next((k for k in subject if k in p.verbs), None)
        if first_verb is not None:
            subject = range(subject.start, first_verb)
    if any(
        _event_noun(p.tokens[k]) and k not in p.verbs and not _in_adjunct(p.tokens, k)
        for k in subject
    ):
        return True
    # the passive's agent: "roads were blocked by landslides"
    nxt = m.last + 1
    return (
        nxt + 1 < len(p.tokens)
        and p.tokens[nxt].lower == "by"
        and any(_event_noun(t) for t in p.tokens[nxt + 1 : nxt + 4])
    )


_JOINING = frozenset({"and", "or", "but"})
# prepositions that open an adjunct ("died in the unrest"); "of" is left out, since the
# happening is the head of "two days of fighting" or "a wave of strikes" all the same
_ADJUNCT_PREPS = frozenset(
    "in on at by for with from to into after before during over under amid since until "
    "near against across through despite".split()
)


def _in_adjunct(tokens: list[Token], k: int) -> bool:
    """The noun at ``k`` is a preposition's object ("18 people died in the unrest and
    declared…"): a subject is never governed by a preposition (Huddleston and Pullum 2002,
    ch. 4 §3), so the happening is no subject of the verb after it."""
    j = k - 1
    while j >= 0 and (
        tokens[j].lower in ARTICLES or ("ADJ" in tokens[j].pos and not tokens[j].tags)
    ):
        j -= 1
    return j >= 0 and tokens[j].lower in _ADJUNCT_PREPS


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


_DEGREE = frozenset("hardest worst badly hard most severely".split())


def _degree_hit(p: Parse, m: Match) -> bool:
    """ "the cities hardest hit", "the worst hit areas": a toll's adjective, no attack."""
    k = m.first
    return k > 0 and p.tokens[k - 1].lower in _DEGREE and p.tokens[k].lower in ("hit", "struck")


# what damages a ship with no one's force: fire, weather, the sea bed, a collision, its own
# machinery (EM-DAT transport accident, hazards.csv's collision at sea and storms)
_MISHAP = frozenset(
    "fire blaze aground grounding ground collision collide storm typhoon hurricane cyclone "
    "wave waves weather engine mechanical breakdown malfunction ice reef rocks".split()
)
_DAMAGE = frozenset("damage disable cripple".split())


def _mishap_damage(p: Parse, m: Match) -> bool:
    """A ship told damaged by a mishap named after the verb ("was damaged by a fire in its
    engine room", "damaged after running aground"): an accident, no force (CAMEO 1.1b3 §19
    codes force used by an actor)."""
    if m.rule.code != "190" or not p.tokens[m.last].keys & _DAMAGE:
        return False
    return any(t.keys & _MISHAP for t in p.tokens[m.last + 1 : m.last + 9])


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
    if not _time_start(p.tokens[k]):
        return False
    # "launched strikes on Monday on Hamas positions": the date sits between the phrase and
    # its target, which a second "on"/"at" past the date opens (not "at 7 a.m. on Friday",
    # a second time)
    for j in range(k + 1, min(k + 5, len(p.tokens) - 1)):
        t = p.tokens[j]
        if t.lower in _TARGET_OPENERS:
            return _time_start(p.tokens[j + 1])
        if not (t.lower in _TIME_PARTS or _time_start(t)):
            break
    return True


def _time_start(t: Token) -> bool:
    return t.lower in _TIME_WORDS or t.text[:1].isdigit() or t.lower in _DAY_NAMES


# what a date phrase may run on with ("on Monday morning", "at 7 a.m."), and the
# prepositions that open a force's target after it
_TIME_PARTS = frozenset("morning afternoon evening night a.m. p.m. am pm local time".split())
_TARGET_OPENERS = frozenset("on at against".split())


_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _ended_truce(p: Parse, m: Match) -> bool:
    """Is ``m`` a truce or a deal (CAMEO 08) that is the subject of a verb ending it ("the
    truce broke down", "the ceasefire collapsed", "the deal fell apart"), or a truce that is
    the subject of a verb saying it went on ("the ceasefire held")?"""
    if lapsed_truce(p, m):
        return True  # "the ceasefire ended on Monday", "the truce expired": it ran out
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
    # "the truce could collapse": a modal is the ending's own auxiliary, no verb between
    return not any(k in p.verbs and p.tokens[k].lower not in _MODALS for k in range(m.last + 1, g))


_MODALS = frozenset("will would could can may might shall should must 'll".split())


# verbs that end a fight told as their subject: "the fighting ended in an armistice in 1953"
_STOPPED = frozenset("end stop cease subside halt die".split())


def _fighting_ended(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun of fighting (CAMEO 19) that is the subject of a verb ending it ("the
    fighting ended in an armistice", "the clashes subsided")? The clause tells the end, which
    its own words code (a truce, §0871), not another fight (TimeML: the fighting is the
    argument of an aspectual verb, a TERMINATES link, no new event)."""
    g = p.gov
    if g is None or m.rule.kind != "N" or not m.rule.code.startswith("19") or not m.last < g:
        return False
    if not p.tokens[g].keys & _STOPPED or p.clause[m.first] != p.clause[g]:
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
    # a comma before a capitalised name that is no verb lists names ("by Cuba, Norway and
    # Mexico"), inside the aside
    return not any(
        t.boundary and not (t.text == "," and _named(tokens[k + 1]))
        for k, t in enumerate(tokens[lo + 1 : g - 1], lo + 1)
    )


def _named(t: Token) -> bool:
    return t.text[:1].isupper() and not t.tags


# verbs that say a truce went on: "the ceasefire held for a third day" is a state (TimeML
# STATE), declared days before, so no §0871 declaration that day
_LASTED = frozenset("hold last endure persist survive".split())


def _ended(p: Parse) -> bool:
    """Is the governing verb one that ends its subject ("the truce broke down")?"""
    if p.gov is None:
        return False
    keys = p.tokens[p.gov].keys
    nxt = p.tokens[p.gov + 1].keys if p.gov + 1 < len(p.tokens) else frozenset()
    return bool(keys & _ENDED) or any(a in keys and b in nxt for a, b in _ENDED_PHRASES)


def _inanimate_subject(p: Parse, m: Match) -> bool:
    """Is the clause's subject a natural cause ("rising seas threatened the survival",
    classes.csv ``HAZARD_CAUSE``)? CAMEO 1.1b3 §13 "threaten" is an actor's warning of its
    own act; a hazard threatens in another sense."""
    causes = word_class("HAZARD_CAUSE")
    return any(p.tokens[i].keys & causes for i in range(p.opening(m.first), m.first))


_QUOTE_MARKS = frozenset('"“”')
_PRESENT_AUX = frozenset("is are am 's 're".split())


# roots of force or coercion a speaker's side may deny having used (CAMEO 1.1b3 15, 17-20)
_DENIED_ROOTS = ("15", "17", "18", "19", "20")


def _denied_past_force(p: Parse, m: Match) -> bool:
    """'"We did not attack any ship"': "we"/"I", past do-support and a negation right before
    an act of force. Do-support carries the tense (Quirk et al. 1985 §3.37), so the base form
    is a past act denied, read as the speaker's denial (CAMEO 1.1b3 §016), not the present."""
    words = [t.lower for t in p.tokens[max(0, m.first - 3) : m.first]]
    return (
        m.rule.code[:2] in _DENIED_ROOTS
        and len(words) == 3
        and words[0] in ("we", "i")
        and words[1] == "did"
        and words[2] in ("not", "n't")
    )


def _quoted_present(p: Parse, m: Match) -> bool:
    """The match stands inside a direct quotation, in a present-tense clause ('"... while our
    people are slaughtered," he said'): the speaker's characterisation, no dated act (ACE 2005
    event guidelines: generic and habitual mentions are no events). A past act quoted ('"They
    killed my brother," she said') and a threat or promise ('"We will strike back"') stay."""
    tokens = p.tokens
    if sum(t.text in _QUOTE_MARKS for t in tokens[: m.first]) % 2 == 0:
        return False
    tok = tokens[m.first]
    if tok.tags & {"VBP", "VBZ"}:
        return not _denied_past_force(p, m)
    return (
        bool(tok.tags & {"VBN", "VBG"})
        and m.first > 0
        and tokens[m.first - 1].lower in _PRESENT_AUX
    )


def named_by_date(sent: str, start: int, end: int) -> bool:
    """Does the date phrase at ``start``..``end`` of ``sent`` date a happening that names people or a
    day ("Veterans of the 1971 war marched on Monday", "survivors of the May 1998 riots";
    classes.csv ``NAMED_BY``)? That date is the earlier happening's, never the sentence's act.
    A possessive day ("victims of Friday's massacre", "survivors of Tuesday's air strike")
    stays: it dates a recent happening the report tells, which is read with that day."""
    if possessive_date(sent, end):
        return False
    if _NAMED_AGREEMENT().match(sent, end) and re.search(
        r"\bthe\s+$", sent[max(0, start - 5) : start]
    ):
        return True  # "violated the November 2024 ceasefire": the truce's date, not the breach's
    return _NAMED_BY_OF().search(sent, max(0, start - 40), start) is not None


@cache
def _NAMED_AGREEMENT() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built once
    """An agreement or truce named by its date ("the 2015 nuclear deal", "the November 2024
    ceasefire", classes.csv AGREEMENT and TRUCE), up to two words between: the date is when
    it was made, not when the sentence's act (a breach, a withdrawal) happened."""
    words = "|".join(sorted(word_class("AGREEMENT") | word_class("TRUCE"), key=len, reverse=True))
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{words})s?\b", re.IGNORECASE)


@cache
def _NAMED_BY_OF() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built once
    words = "|".join(sorted(word_class("NAMED_BY"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
