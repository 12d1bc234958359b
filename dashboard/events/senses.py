"""Whether a lexicon match is read in its event sense at all: a noun used as a modifier,
a word given another sense (``other_senses.csv``), a verb-phrase rule whose word is no
verb, a game's result, a pretence or drill, a phrase whose gap crosses a time adjunct.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.absent_accused import tried_in_absentia
from dashboard.events.clause_words import ARTICLES, AUX, Parse
from dashboard.events.contest_results import electoral_win
from dashboard.events.failed_structures import failed_barrier
from dashboard.events.giver_compounds import GIVERS, says_next, verb_object
from dashboard.events.judged_subject import sense_subject
from dashboard.events.lexicon import Match, Rule, other_senses, word_class
from dashboard.events.object_heads import civil_operation, possessor_only
from dashboard.events.object_start import ends_object, object_start, toward_party
from dashboard.events.placed_target import placed_target
from dashboard.events.possessed_force import side_genitive_before
from dashboard.events.tokens import Token

# nouns an event noun can modify without naming an event: "battle tank", "attack helicopter",
# "strike group", "protest song", "war plan", "asylum seekers"
_MODIFIED = frozenset(
    "tank tanks helicopter helicopters submarine submarines group groups ship ships jet jets "
    "drone drones plane planes aircraft vehicle vehicles rifle rifles dog dogs plan plans "
    "song songs crime crimes criminal criminals game games zone zones cabinet cabinets "
    "council room chest footing memorial museum veteran veterans correspondent reporter "
    "widow widows orphan orphans court courts chamber tribunal talks negotiations proposal "
    "proposals efforts bid mediator mediators envoy seeker seekers claim claims claimant "
    "claimants application applications boat boats vessel vessels craft car cars "
    # "combat units", "occupation soldiers": what a force is for (Quirk et al. 1985, 17.108)
    "unit units troops soldier soldiers brigade brigades battalion battalions medic medics "
    # "joint bomber patrols", "a bomber formation": the aircraft's name classifying its sorties
    # (Quirk et al. 1985, 17.108), no bombing (CAMEO 1.1b3 §183 codes a bomb set off)
    "patrol patrols sortie sorties formation formations "
    # "a bomb plot", "a bomb scare", "a coup plot": what was plotted or feared, classifying
    # the plan noun (Quirk et al. 1985, 17.108); no bombing told (FactBank: an event that is
    # only plotted is not asserted)
    "plot plots scare scares hoax hoaxes "
    # "annexation threats", "invasion fears": what is threatened or feared classifies the
    # threat (Quirk et al. 1985, 17.108); no annexation or invasion is told (FactBank: an
    # event only threatened or feared is not asserted)
    "threat threats fear fears".split()
    + sorted(word_class("INQUIRY_HEAD"))
)
# who holds a post named after what the post runs ("the military operations chiefs", "an
# attack commander"): Oxford Learner's Dictionaries, chief n. 1 'a person with a high rank
# or the highest rank in a company or an organization', commander n. 1 'a person who is in
# charge of something'; the compound names a person, no act happens (Quirk et al. 1985,
# 17.108: a noun premodifier classifies its head)
_POST_HOLDERS = frozenset(
    "chief chiefs commander commanders director directors head heads planner planners "
    "spokesman spokeswoman spokesperson".split()
)


_REFLEXIVE = ("self", "selves")
_OF_WAR = frozenset("prisoner crime criminal veteran spoil theatre theater art".split())


def _modifier(tokens: list[Token], m: Match) -> bool:
    """A one-word event noun used as another noun's modifier ("a new battle tank"), or a
    participle or a comparative the noun rule's lemma caught ("warring sides", "faster")."""
    nxt = m.last + 1
    if m.first != m.last:
        # "the military operations chiefs": a phrase as a premodifier, as one word is
        return nxt < len(tokens) and tokens[nxt].lower in _MODIFIED | _POST_HOLDERS
    tok = tokens[m.first]
    if m.first >= 2 and tokens[m.first - 1].lower == "of" and tokens[m.first - 2].keys & _OF_WAR:
        return True  # "prisoners of war", "crimes of war": a kind of person or act, no war
    # "the signing of", "the fighting in"; not "the warring parties", whose noun follows
    noun_after = nxt < len(tokens) and "NOUN" in tokens[nxt].pos and tokens[nxt].lower != "of"
    gerund = m.first > 0 and tokens[m.first - 1].lower in ARTICLES and not noun_after
    # "Russia's shelling of the city": a side's genitive makes it a noun (Quirk 17.41)
    gerund = gerund or (side_genitive_before(tokens, m.first) and not noun_after)
    if "VBG" in tok.tags and "NOUN" not in tok.pos and not gerund:
        return True  # "warring" is the verb "to war", an adjective here, never the noun "war"
    if tok.pos and tok.pos <= {"ADJ", "ADV"} and tok.keys != {tok.lower}:
        return True  # "faster", "closer": a comparative (Quirk 7.74), never the noun "fast"
    if nxt < len(tokens) and tokens[nxt].lower in GIVERS:
        return says_next(tokens, nxt + 1) or verb_object(tokens, m.first)
    return nxt < len(tokens) and tokens[nxt].lower in _MODIFIED | _POST_HOLDERS


_CLAUSE_JOINS = frozenset({"and", "or", "but"})
_RELATIVE_WORDS = frozenset({"that", "which", "who"})
# no word of the object: "next", "last" open a time ("taxes next month"), "off" a place ("a reef off")
_OBJECT_ENDS = frozenset(
    "in on at of by for with from to into near after before between against over across "
    "through during under amid as than like next last off".split()
)


_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
_NEAR_ROOTS = frozenset("01 02 04 08 11 13 14 16 17 18 19 20".split())
_FORCE_PLURALS = frozenset({"targets"})


@cache
def _rule_words(rule: Rule) -> frozenset[str]:
    """Every word a lexicon row's slots accept."""
    return frozenset(w for slot in rule.slots for alt in slot for word in alt for w in word)


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
    pattern's gap stops there unless the row itself names the word ("clash during"). The
    manner adjunct "by force" ends it too ("borders must not be moved by force": Merriam-
    Webster, by force 'using force', how a thing is done, no forces moved)."""
    own = _rule_words(m.rule)
    if (
        tokens[m.last].lower == "force"
        and "by" not in own
        and any(tokens[k].lower == "by" for k in range(m.first + 1, m.last))
    ):
        return True
    return any(
        tokens[k].lower in _TIME_OPENERS and tokens[k].lower not in own
        for k in range(m.first + 1, m.last)
    )


_TIME_OPENERS = frozenset("after before following during since until amid".split())


def _gap_crosses_conjunct(p: Parse, m: Match) -> bool:
    """Does a phrase's gap run through "and", "but" or "or" that opens a verb of its own ("met
    the president and called for peace", "did not rule out aftershocks and will visit")? A
    coordinated predicate is a clause of its own (Quirk et al. 1985 §13.1, §13.34): the first
    verb's object ends before the conjunction, so the second verb is no word of its phrase
    unless the row itself names the conjunction."""
    tokens, own = p.tokens, _rule_words(m.rule)
    if m.first not in p.verbs:
        return False  # "pirates stopped a tanker and seized it": a subject both verbs share
    for k in range(m.first + 1, m.last):
        if tokens[k].lower not in _CONJUNCTIONS or tokens[k].lower in own:
            continue
        j = k + 1
        while j <= m.last and (tokens[j].lower in _OPERATORS or "ADV" in tokens[j].pos):
            j += 1
        if j <= m.last and j in p.verbs:
            return True
    return False


_CONJUNCTIONS = frozenset("and but or".split())
_OPERATORS = frozenset(
    "will would shall should can could may might must did does do not n't".split()
)


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


# verbs that give a name: the capitalised word after one is that name ("a firm called Strike")
_NAMING = frozenset("called named dubbed".split())


def _in_name(tokens: list[Token], k: int) -> bool:
    """The capitalised word at ``k`` is part of a name: a company's, before its designator
    ("Strike Capital", "Raid Ventures Ltd": ``NAME_DESIGNATOR`` in classes.csv), or one given
    by a naming verb ("a firm called Blockade")."""
    t = tokens[k]
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    if k > 0 and tokens[k - 1].lower in _NAMING:
        return True
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.text[:1].isupper() and nxt.lower.rstrip(".") in word_class("NAME_DESIGNATOR")


def _other_sense(p: Parse, m: Match) -> bool:
    """The match's first word is a head of ``other_senses.csv`` given another sense: by the
    word before it ("a shark attack", "a legal battle"), or, for a row ``as_subject``, by its
    clause's subject before it ("Hackers attacked", "a bear mauled") or a passive's agent
    ("was killed by a shark"); for a row ``near``, by a force verb's neighbours: its subject
    word ("inflation hit") or one of three words after it ("killed the bill"). A noun of the
    ``PLURAL_SENSE`` class (classes.csv) in the singular has its other sense ("hostility");
    a word inside a name (``_in_name``) has none."""
    tokens = p.tokens
    head = tokens[m.first]
    if possessor_only(tokens, m):
        return True  # "seized the farmer's cattle": the farmer owns what was seized
    if electoral_win(p, m) or failed_barrier(p, m):
        return True  # "won the vote, beating the coalition"; "the barricades gave way"
    if tried_in_absentia(tokens, m):
        return True  # "were tried in absentia": a trial of people not held, no arrest
    if m.rule.kind == "N" and m.first == m.last and head.lower in word_class("PLURAL_SENSE"):
        return True  # "without hostility": the singular names a mood; "hostilities" fighting
    if _in_name(tokens, m.first) or _in_name(tokens, m.last):
        # "a firm called Strike Capital": a name, no strike; only the match's own first and
        # last words, not its gap ("called Washington's arms sales a violation")
        return True
    senses = [s for k in head.keys for s in other_senses().get(k, ())]
    if not senses:
        return False
    before = tokens[m.first - 1].keys if m.first > 0 else frozenset()
    if any(before & s.modifiers for s in senses if not s.near):
        return True
    near = [s.modifiers for s in senses if s.near]
    # force verbs, 13's "threatened regional peace" (a good put at risk), 11's "blamed on
    # unusual waves" (a cause), 04's "received military aid", 01's "admitted 40 patients",
    # 14's "walked out of the wreckage", 16's "suspended ferry services" (no relations cut)
    if near and m.rule.code[:2] in _NEAR_ROOTS:
        j = m.first - 1
        while j > 0 and tokens[j].lower in AUX:
            j -= 1  # "the bill was killed": the subject before the auxiliary
        # the object's head: the noun phrase's last word ("killed the budget bill")
        after: list[Token] = []
        joined: list[Token] = []  # the head of a noun conjunct ("the park and the roads")
        first = object_start(tokens, m.last)
        for k in range(first, min(first + 4, len(tokens))):
            t = tokens[k]
            if t.lower in ("'s", "’s") and after:
                continue  # "struck down President Trump's tariffs": the possessor's mark
            if ends_object(p, k, near) or t.lower in _OBJECT_ENDS:
                break
            if t.lower in _CLAUSE_JOINS or t.lower in _RELATIVE_WORDS:
                # "threatened regional peace and asked …", "did not meet standards and that
                # they …": a conjunct or a clause after the object, no word of its noun phrase
                joined = _conjunct_head(p, k + 1) if t.lower in _CLAUSE_JOINS else []
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
        if placed_target(tokens, tokens[p.opening(m.first) : j + 1], first):
            after = []  # "The United States struck a target in Iran": a site struck
        if toward_party(tokens, first):
            after = []  # "suspended ferry services to Russia": a link to a party cut
        if any(t.keys & mods for t in subject for mods in near):
            return True
        obj = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
        if obj is not None and obj.lower.endswith(_REFLEXIVE) and any(obj.keys & n for n in near):
            return True  # "barricaded themselves inside a school": a reflexive object
        # "closed the park and the lakeside roads": every conjunct in one row ("received
        # medicine and blankets": both goods of the aid row)
        if any(
            any(t.keys & mods for t in after) and all(t.keys & mods for t in joined)
            for mods in near
        ):
            return True
    subjects = [s.modifiers for s in senses if s.as_subject]
    if not subjects:
        return False
    subject = sense_subject(p, m)  # not a passive's, nor a judge's ("condemned the attack")
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
    if civil_operation(p.tokens, m):
        return True  # "security forces launched a search operation": an aim, no force
    before = p.tokens[p.opening(m.first) : m.first]
    return not any(t.keys & (_ARMED | _FORCES) for t in before)


_FORCES = frozenset("army force military militia navy".split())

# a noun phrase in an object or prepositional slot ("food to troops stationed on a warship",
# "the number of troops deployed there", "has 10,000 troops stationed in"): its participle is
# a reduced relative (Quirk et al. 1985, 17.28) telling where forces are, a standing state,
# not a deployment done
_OBJECT_SLOT = frozenset(
    "to of for with among from at near against beside has have had keeps kept maintains".split()
)
_SLOT_FILLERS = frozenset("the its their his her some all more most many several".split())


@cache
def _troops() -> frozenset[str]:
    """The forces nouns of ``classes.csv``'s ``TROOPS`` row (the lexicon's ``@TROOPS``)."""
    return word_class("TROOPS")


def _standing_post(tokens: list[Token], m: Match) -> bool:
    """A force-posture row (§15) whose participle follows, with no auxiliary, a forces noun
    in an object or prepositional slot: the forces' standing post, no event."""
    if not m.rule.code.startswith("15"):
        return False
    v = next((k for k in range(m.first, m.last + 1) if "VBN" in tokens[k].tags), None)
    if v is None or v == 0 or tokens[v - 1].keys.isdisjoint(_troops()):
        return False
    k = v - 2
    # a nationality before the noun fills the slot too ("to Filipino marines stationed")
    while k > 0 and (
        tokens[k].lower in _SLOT_FILLERS
        or tokens[k].lower[:1].isdigit()
        or tokens[k].text[:1].isupper()
    ):
        k -= 1
    return k >= 0 and tokens[k].lower in _OBJECT_SLOT


# participles that tell where forces stand ("troops stationed in Niger", "based in Djibouti")
_POSTED = frozenset("station base post garrison deploy position".split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _posted_subject(p: Parse, m: Match) -> bool:
    """A force-posture row (§15) whose participle, right after its forces noun, is a reduced
    relative clause ("Troops stationed in Niger were attacked", "soldiers based in Syria came
    under fire"): a finite verb of the same clause follows the participle's phrase, so the
    forces noun is that verb's subject and the participle describes it (Quirk et al. 1985
    §17.30, non-finite postmodifiers); where they stand is no deployment told today (CAMEO
    1.1b3 §154 codes forces mobilized or moved). "Troops deployed to the border on Monday",
    with no later verb, stays the act."""
    tokens = p.tokens
    if not m.rule.code.startswith("15"):
        return False
    v = next((k for k in range(m.first, m.last + 1) if "VBN" in tokens[k].tags), None)
    if v is None or v == 0 or tokens[v - 1].keys.isdisjoint(_troops()):
        return False
    if tokens[v].keys.isdisjoint(_POSTED) or v + 1 >= len(tokens) or tokens[v + 1].boundary:
        return False
    for k in range(v + 1, min(v + 9, len(tokens))):
        t = tokens[k]
        if t.boundary or t.lower in ("and", "but", "or", "who", "which", "that"):
            return False
        if k in p.verbs and t.tags & _FINITE:
            return True
    return False


_HOLDING = frozenset("hold keep control occupy".split())


def _held_by(p: Parse, m: Match) -> bool:
    """A coercion or force row (§17-§19) on a participle "held by" or "controlled by" that
    postmodifies a noun with no auxiliary ("hostages held by Hamas", "The town, held by
    Russian forces since March, was shelled", "positions held by Russian forces"): a reduced
    relative clause (Quirk et al. 1985 §17.30) telling a standing hold, whose start is told
    elsewhere if at all; the sentence's act is its main verb's (CAMEO 1.1b3 §173 codes an
    arrest made, §192 territory taken, not one held)."""
    if m.rule.code[:2] not in _FORCE_ROOTS:
        return False
    if _held_at(p, m.first):
        return True
    # "held by gunmen": the holder named by the phrase is no attack told here either
    for j in range(m.first - 1, max(m.first - 4, 0), -1):
        if p.tokens[j].boundary:
            return False
        if p.tokens[j].lower == "by":
            return _held_at(p, j - 1)
    return False


def _held_at(p: Parse, k: int) -> bool:
    """Is token ``k`` a holding participle in a reduced relative before "by" (``_held_by``)?"""
    tokens = p.tokens
    if k <= 0 or k + 1 >= len(tokens):
        return False
    verb = tokens[k]
    if verb.keys.isdisjoint(_HOLDING) or "VBN" not in verb.tags or tokens[k + 1].lower != "by":
        return False
    before = tokens[k - 1].lower
    return before not in AUX and before not in ("has", "have", "had", "having", "get", "got")


def _troops_in_phrase(tokens: list[Token], m: Match) -> bool:
    """A force-posture row (§15) opened by its forces noun as the mover ("troops entered"),
    whose noun is the complement of a spatial preposition ("pushed past police lines and
    entered the compound", "behind army lines"): a prepositional complement is never the
    clause's subject (Huddleston and Pullum 2002, ch. 7), so no force moved."""
    if not m.rule.code.startswith("15") or m.first == m.last or m.first == 0:
        return False
    if tokens[m.first].keys.isdisjoint(_troops()):
        return False
    k = m.first - 1
    if tokens[k].lower in ("the", "a", "an") and k > 0:
        k -= 1
    return tokens[k].lower in _SPATIAL


# prepositions of place and path whose complement is a location, never an agent ("after",
# "before" and "as" open clauses whose subject acts: "after troops entered the town")
_SPATIAL = frozenset("past behind beyond through across along near beside toward towards".split())


def _suicide_bomber(tokens: list[Token], m: Match) -> bool:
    """An air-weapons row (§195) opened by "bomber" or "bombing" after "suicide" ("a suicide
    bomber struck the crowd", "a suicide bombing killed 30"): a person who blows himself up
    (WordNet 3.0 suicide bomber n.), no aircraft; CAMEO 1.1b3 codes the act §1831 by its own
    noun row, which also outranks a one-word bombing or attack row on the same head."""
    k = m.first
    if k == 0 or tokens[k - 1].lower != "suicide" or m.rule.code.startswith("1831"):
        return False
    if m.rule.code.startswith("195"):
        return bool(tokens[k].keys & _SUICIDE_HEADS)
    # "a suicide bombing", "a suicide attack": §1831's own noun row holds the words, so a
    # shorter bombing or attack row on the head alone (§183, §190) tells the same act less
    return (
        m.rule.code[:2] in ("18", "19")
        and m.first == m.last
        and bool(tokens[k].keys & _SUICIDE_HEADS)
    )


# the heads of CAMEO 1.1b3 §1831's noun rows after "suicide" (cameo.csv)
_SUICIDE_HEADS = frozenset("bomber bombing bomb attack blast attacker".split())


def bomber_aircraft(tokens: list[Token], m: Match) -> bool:
    """A non-military bombing noun row (§183) on "bomber" that names the aircraft, not a
    person who sets off a bomb: after a word of ``classes.csv`` ``BOMBER_AIRCRAFT``
    ("strategic bombers", "B-52 bombers"). WordNet 3.0 bomber n. 1 'a military aircraft
    that drops bombs during flight' against n. 2 'a person who plants bombs'; CAMEO 1.1b3
    §183 codes the second's act, and an aircraft on patrol drops nothing (its use is §195 by
    the air rows)."""
    if not m.rule.code.startswith("183") or m.first != m.last:
        return False
    k = m.first
    if "bomber" not in tokens[k].keys or k == 0:
        return False
    # "warships and bombers", "fighter jets and bombers": joined to a force, an aircraft
    joined = k > 1 and tokens[k - 1].lower == "and" and tokens[k - 2].keys & word_class("TROOPS")
    return bool(joined or tokens[k - 1].keys & word_class("BOMBER_AIRCRAFT"))


def weapon_not_bombing(tokens: list[Token], m: Match) -> bool:
    """A bombing noun row (§183) on "bomb" that names a weapon made or held, not one set
    off: after a word of ``classes.csv`` ``WMD_BOMB`` ("a nuclear bomb") or as the object of
    one of ``WEAPON_MAKING`` within three words ("could build a bomb", "develop an atomic
    bomb"). CAMEO 1.1b3 §183 codes a bombing done; a nuclear one set off is §2042's rows."""
    if (
        not m.rule.code.startswith("183")
        or m.first != m.last
        or tokens[m.first].lower not in ("bomb", "bombs")
    ):
        return False
    before = []
    for t in reversed(tokens[max(0, m.first - 4) : m.first]):
        if t.boundary:
            break
        before.append(t)
    if before and before[0].keys & word_class("WMD_BOMB"):
        return True
    making = word_class("WEAPON_MAKING")
    return any(t.keys & making for t in before)


def _forces_noun(tokens: list[Token], m: Match) -> bool:
    """A coercion row (§17) whose only word is "forces" with no object after it ("covers
    Philippine forces in the South China Sea") or with a past verb after it ("Israeli forces
    hit the camp"): the plural noun, since the verb "force" is transitive and needs an object
    ("forces Kyiv to cede land")."""
    if not m.rule.code.startswith("17") or m.first != m.last or tokens[m.first].lower != "forces":
        return False
    nxt = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    # "Ukrainian forces hit back at…": a past-tense verb right after is the clause's verb and
    # "forces" its subject; a bare singular noun ("hit") cannot be the verb's object
    # (Huddleston and Pullum 2002, ch. 5 §6: a singular count noun takes a determiner)
    # "forces loyal to the junta", "troops allied with Kyiv": an adjective phrase after the
    # noun postmodifies it (Quirk et al. 1985 §17.54); the verb's object is a noun phrase
    return (
        nxt is None
        or nxt.boundary
        or nxt.lower in _NOT_AN_OBJECT
        or nxt.lower in _POSTPOSED
        or "VBD" in nxt.tags
    )


# "held by Russian forces since March": a time preposition opens no object of the verb either
_NOT_AN_OBJECT = frozenset(
    "in on at near from of and or along across inside into since during until after".split()
)

# adjectives that follow the noun they modify with their complement ("forces loyal to X")
_POSTPOSED = frozenset("loyal allied aligned affiliated linked belonging answerable".split())

_ARMED = frozenset(
    "gunman gunmen militant militants soldier soldiers troops police rebel rebels bomb bomber "
    "attacker attackers terrorist terrorists militia militiamen army grenade explosive".split()
)


def _verbal(p: Parse, m: Match) -> bool:
    """A verb-phrase rule needs one of its words read as a verb or a participle
    ("the occupied West Bank" and "the attack" are not verbs)."""
    tokens = p.tokens
    words = _row_words(m.rule)
    for k in range(m.first, m.last + 1):
        if tokens[k].keys.isdisjoint(words):
            # a verb inside a gap is another predicate's: in "Rebel positions were shelled
            # by the army" the row "position * @TROOPS" (§154) has the noun "positions" for
            # its verb; only a word of the row's own can be its verb (cameo78)
            continue
        if k in p.verbs and not (k > 0 and tokens[k - 1].lower in _TAKE_NOUN):
            return True
        if "VBG" in tokens[k].tags and (k == 0 or tokens[k - 1].lower not in _BEFORE_NOUN):
            return True
    return False


@cache
def _row_words(rule: Rule) -> frozenset[str]:
    """Every lemma a word of ``rule``'s slots accepts (its gaps' words are no part of it)."""
    return frozenset(w for slot in rule.slots for alt in slot for word in alt for w in word)


# words after which a participle is an adjective: "the fighting", "Sudan's warring sides"
_BEFORE_NOUN = frozenset(ARTICLES) | {"'s", "’s"}
# prepositions whose complement is a noun phrase or an -ing clause, never a finite verb
# (Quirk et al. 1985 §9.1-9.4): "used hospitals as command centres" has no verb "command"
_TAKE_NOUN = frozenset("as of in on at for with from into against about among between".split())


_ARMED = frozenset(
    "attacker gunman gunmen fighter militant rebel raider soldier troop militiaman assailant "
    "insurgent jihadist".split()
)


_OBJECTS = ARTICLES | frozenset("him her them us me it".split())


def _attempt(p: Parse, m: Match) -> bool:
    """The verb "try" with "to" and a verb after it, no object between ("were still trying
    on Wednesday to reach villagers"): an effort (WordNet 3.0 try v. 1 'make an effort or
    attempt'), not a court's trial of someone (try v. 3, CAMEO 1.1b3 §173), which takes
    a person as its object ("tried the general for treason")."""
    tokens = p.tokens
    if m.first != m.last or "try" not in tokens[m.first].keys:
        return False
    for k in range(m.first + 1, min(m.first + 5, len(tokens) - 1)):
        if tokens[k].lower in _OBJECTS or tokens[k].boundary:
            return False
        if tokens[k].lower == "to":
            return True
    return False


def _conjunct_head(p: Parse, k: int) -> list[Token]:
    """The last word of the noun phrase at ``k`` after "and"/"or" (four words at most), or []."""
    head: list[Token] = []
    for i in range(k, min(k + 4, len(p.tokens))):
        t = p.tokens[i]
        if i in p.verbs:
            return []  # "to fight a pandemic and it has been rendered…": a clause's subject
        ends = t.lower in _OBJECT_ENDS or t.lower in _CLAUSE_JOINS or t.lower in _RELATIVE_WORDS
        if t.boundary or ends or not t.text[:1].isalnum() or "NOUN" not in t.pos:
            break  # "receiving money and implementing it": a verb's conjunct, no noun's
        head = [t]
    return head
