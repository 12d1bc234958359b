"""Which clause a date phrase is in, when that is not the trigger's: a clause joined on after
the trigger's with a subject and a finite verb of its own ("The EU called for an inquiry, and
observers said last week that …"), and a happening's noun that a hosting verb shares its time
with ("will host the next summit in 2025").

TimeML 1.2.1 (Pustejovsky et al. 2006, §2.2 and §3.4): a TIMEX3 anchors the event of its own
clause; a TLINK from it to an event in another clause is written only where the text says so.
Quirk et al. (1985, 13.1): coordinated clauses each carry their own subject, verb and
adverbials, so a time adverbial of the second clause does not modify the first's verb.
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.dates_participle import finite_word_at, participle_date
from dashboard.events.dates_reported_plan import in_reported_plan
from dashboard.events.gap_subject import SUBORDINATORS
from dashboard.events.lexicon import load as load_lexicon
from dashboard.events.lexicon import role_words
from dashboard.events.tokens import verb_forms

# where a second main clause opens after the trigger's: ", and", ", but", ", while", ";"
# (or an adverbial clause set off by a comma: ", after its leader called in February for …",
# whose time adverbial modifies its own verb, Quirk et al. 1985 §15.22)
_JOIN = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|after|because)|;(?:\s+(?:and|but))?)\s+", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a word that puts a clause's act in time to come
# (the branches grouped by first letter, in their order within a letter, and the "plan"
# look-behinds after its "p": under IGNORECASE ``re`` enters every branch in full at each
# word, where this way it enters six, and the look-behinds run only before a "p"; the same
# matches, issue 15)
_SET_TO = "(?:expected|scheduled|set|due|slated|planning) to"
FUTURE = re.compile(
    rf"\b(?:w(?:ill|ould|(?:as|ere) {_SET_TO})|shall|i(?:s {_SET_TO}|ntends? to)|are {_SET_TO}|"
    # "raised prices as part of a plan to cut subsidies": the plan a done act is one step of
    # names no time to come for the clause (Quirk et al. 1985, 8.37: "as part of" is an
    # adjunct of the act told; TimeML: the plan's complement has no tense of its own)
    r"p(?<!part of a p)(?<!part of the p)(?<!part of its p)(?<!part of their p)lans? to|"
    r"to be held)\b",
    re.I,
)
# a passive of causing ("were sparked by", "was triggered by"): what follows "by" is the
# cause, another happening, and its places and dates are the cause's (Quirk et al. 1985
# §3.63: the by-phrase names the agent, here the causing event; TimeML 1.2.1 §2.2)
# (the participles and adverbs: ``data/lexicon/clause_cues.csv``, roles caused_by, cause_adverb)
CAUSED_BY = (
    rf"\b(?:was|were|been)\s+(?:(?:{role_words('clause_cues.csv', 'cause_adverb')})\s+)?"
    rf"(?:{role_words('clause_cues.csv', 'caused_by')})\s+by\b"
)
# what comes after the act's clause and dates another happening: an "after" clause of
# saying ("…, after the minister said on Thursday he would …"), or the cause a passive of
# causing names ("The protests were sparked by a fire on Thursday in Urumqi")
AFTER_TAIL = re.compile(
    rf",\s+(?:after|following)\s+(?=[\w'’ -]{{0,60}}\b(?:said|told|announced))|(?i:{CAUSED_BY})"
)
# words that cannot open a subject of its own: "and then …", "and also …", "and wounded …"
_NO_SUBJECT = frozenset("then later also so thus still yet not never".split())
# a relative or complement word before the verb: the verb is inside the subject's clause
_SUBORDINATE = frozenset("who whom whose which that when where if because as".split())
_MODALS = frozenset("will would could should might may must can shall".split())
# a reporting verb with nothing after its date but the sentence's end (", and officials said
# on Monday."): the whole sentence's source, not a clause with an act of its own
_REPORTING = frozenset("say tell report confirm announce add state".split())
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")


def finite_at(words: list[str]) -> int | None:
    """The index of the first finite verb after a subject in ``words``, or None when the words
    open on a verb (a shared subject: ", and wounded three on Monday") or hold none."""
    if not words:
        return None
    first = words[0]
    lowered = first.lower()
    if lowered in _NO_SUBJECT or lowered in _SUBORDINATE:
        return None
    forms = verb_forms(lowered)
    if first[0].islower() and forms is not None and forms[1] & {"VBD", "VBN", "VBG"}:
        # "and wounded three", "and killing two": a verb sharing the first clause's subject
        # (a plural noun reads as a verb's -s form: "and monitors … said" has a subject)
        return None
    for k in range(1, len(words)):
        w = words[k]
        if w.lower() in _SUBORDINATE:
            return None
        if not w[0].islower():
            continue  # a name in the subject ("observers from the OSCE")
        if w in _MODALS:
            return k
        forms = verb_forms(w)
        if forms is None:
            continue
        if "VBD" in forms[1]:
            return k  # "and observers from the OSCE said": a past verb after its subject
    return None


def in_joined_clause(text: str, main: Trigger, at: int, end: int) -> bool:
    """Whether the date phrase ``text[at:end]`` stands in a main clause joined on after the
    trigger ``main``'s clause, with a subject and a finite verb of its own before the date
    ("The European Union called for an inquiry, and observers from the mission said last week
    that …": last week is the observers' saying, not the call). A reporting verb closing the
    sentence on its date (", and officials said on Monday.") is the whole sentence's source
    and leaves the date to the first clause too."""
    if at < main.end:
        return False
    if in_reported_plan(text, main, at):
        return True  # "praised the troops and said more would be sent next week"
    join = None
    for m in _JOIN.finditer(text, main.end, at):
        join = m
    if join is None:
        return False
    words = _WORD.findall(text, join.end(), at)
    k = finite_at(words)
    if k is None:
        return False
    forms = verb_forms(words[k].lower())
    tail = k == len(words) - 1 or (k == len(words) - 2 and words[-1].lower() in ("on", "in"))
    closing = tail and _SENTENCE_END.match(text, end) is not None
    return not (forms is not None and forms[0] in _REPORTING and closing)


# verbs whose act lasts as long as the happening their object names: who hosts, holds or
# attends a summit does so when the summit is (TimeML TLINK SIMULTANEOUS), so a date on that
# noun is the verb's too
_COEXTENSIVE = frozenset("host hold stage convene organise organize attend chair".split())
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|next|first|annual|new)\s+){0,3}")


# "condemned the attack at a video meeting": the act took place at the happening the noun
# names (TimeML TLINK IS_INCLUDED), so it took place when that happening did
_AT_NOUN = re.compile(r"\b(?:at|during)\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,2}$")
_AT_REACH = 60


def shares_noun_time(text: str, main: Trigger, noun: Trigger) -> bool:
    """Whether ``noun`` is the object of a hosting or holding verb ``main`` ("will host the
    next summit", "held talks"), whose time is the noun's, or the happening ``main`` was
    done at ("condemned the attack at a video meeting"), in the same clause."""
    if (
        0 <= noun.start - main.end <= _AT_REACH
        and not re.search(r"[,;:]", text[main.end : noun.start])
        and _AT_NOUN.search(text, main.end, noun.start)
    ):
        return True
    words = _WORD.findall(main.text)
    if not words:
        return False
    forms = verb_forms(words[-1].lower())
    if forms is None or forms[0] not in _COEXTENSIVE:
        return False
    return bool(_OBJECT_GAP.fullmatch(text, main.end, noun.start))


# the trigger as a noun subject opening its clause: "The talks", "Monday's talks", after a
# dateline's dash or the sentence's start
_SUBJECT_OPEN = re.compile(
    r"(?:^|[.!?]\s+|[—–]\s+|--\s+)(?:the|a|an|its|his|her|their|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a noun's post-modifier: a prepositional phrase of a few words ("with the ministry",
# "between the two sides", "over the border")
_POST_MODIFIER = re.compile(
    r"\s+(?:with|of|between|over|on|in|at|among|against|from|by|for)\s+(?:[\w'’.-]+\s+){0,4}?",
    re.IGNORECASE,
)
# the date closes the clause: a full stop, a semicolon, a comma before what follows
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;!?]|,\s|$)")


def subject_predicate(text: str, s: int, main: Trigger, noun_at: int, date_end: int) -> bool:
    """Is the past participle after ``noun_at`` the finite verb of a noun trigger that is
    the clause's subject ("The talks with the ministry collapsed on Thursday"), not a
    reduced relative on that noun ("Police boarded a ship seized in March")? The trigger
    opens the sentence at ``s`` as a determined noun, only its prepositional post-modifier
    stands between it and the participle's noun, and the date ends the clause, so no other
    finite verb follows (Quirk et al. 1985, 17.28: a reduced relative needs a finite verb
    of the clause outside it)."""
    return (
        _SUBJECT_OPEN.search(text, s, main.start) is not None
        and _POST_MODIFIER.fullmatch(text, main.end, noun_at) is not None
        and _CLAUSE_CLOSE.match(text, date_end) is not None
    )


# a relative clause that says its noun's happening began, was held or happened ("The talks,
# which began in Doha on Monday, …", "The bombing, which happened on Tuesday, …"): it
# happened, whatever the main verb says of what comes next, and its date is the noun's own
BEGAN_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:had\s+)?(?:began|started|opened|took place|was held|were held"
    r"|happened|occurred)\b",
    re.IGNORECASE,
)
# the word opening a relative clause after the trigger; "that" only right before its verb
# ("the gunmen that attacked"), since "said that rebels attacked" is a complement
_RELATIVE_OPEN = re.compile(
    r"\b(?:who|whom|whose|which|where|that(?=\s+(?:had\s+)?[a-z]+ed\s))\b", re.IGNORECASE
)
_PERFECT_OR_PASSIVE = frozenset("had has have was were".split())
# a reduced relative of suspicion with its own act ("a tanker suspected of damaging", "two
# men accused of planning", "the officer charged with killing")
_SUSPECTED_OF = re.compile(
    # on a noun, not a verb group ("after being accused of driving a stolen car early
    # Saturday": a clause of time whose day the arrest shares)
    r"(?<!being )(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )"
    r"\b(?:suspected|accused|believed|alleged)\s+(?:of|to\s+have)\s+[a-z]+(?:ing|ed)\b"
    r"|(?<!being )(?<!been )(?<!was )(?<!were )\b(?:charged|convicted)\s+(?:with|of)\s+[a-z]+ing\b",
    re.IGNORECASE,
)
# force aimed at the clause's people ("fired tear gas at supporters who marched …", "opened
# fire on protesters who …") falls while they do what the clause tells: its date is shared
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # CAMEO coerce, assault, fight, mass violence
_AIMED_AT = re.compile(r"\s*(?:at|on|upon|against|into|towards?)\s", re.IGNORECASE)
# a finding dates the act found, which came before it (``main_clause._FOUND``)
_FINDING = frozenset("found discovered".split())
# what closes a relative clause before the date: a comma, a sentence's end, a dash, a quote
_CLAUSE_BREAK = re.compile(r"[,;:()!?—–\"“”]|\.\s")
# the relative opening right after the trigger's noun ("shootings that injured …", "the
# murders, in which a mob shot …"): the trigger is its antecedent and the act is its own
_OWN_NOUN_GAP = re.compile(r"[\s,]*(?:(?:in|during|at|on|by)\s+)?", re.IGNORECASE)


def in_trailing_relative(text: str, main: Trigger, at: int) -> bool:
    """Whether the date at ``at`` stands in a relative clause opened after the trigger
    ``main`` on another noun, with a past act of its own before the date ("Police arrested
    the man who attacked a mosque on Tuesday", "shelled the village where rebels killed five
    soldiers on Monday"): TimeML anchors the TIMEX3 to the clause's own event, not the main
    verb's. A clause on the trigger's own noun ("sniper shootings that injured doctors in
    November", "The bombing, which happened on Tuesday"), a progressive one, a state the act
    fell in ("killed five people who were attending a wedding on Saturday"), and one closed
    by the main verb before the date ("Protests by students who organised online began last
    week") keep the date for the trigger."""
    if at < main.end or BEGAN_AFTER.match(text, main.end):
        return False
    suspected = _SUSPECTED_OF.search(text, main.end, at)
    if suspected is not None and not _CLAUSE_BREAK.search(text, suspected.end(), at):
        # "detained the crew of a tanker suspected of damaging a cable on Christmas Day": a
        # reduced relative of suspicion has its own act, which the date anchors (TimeML),
        # not the detention (``source_target._REASON_CLAUSE`` reads its parties the same way)
        return True
    opened = None
    for m in _RELATIVE_OPEN.finditer(text, main.end, at):
        opened = m
    if opened is None or _CLAUSE_BREAK.search(text, opened.end(), at):
        return False
    if _OWN_NOUN_GAP.fullmatch(text, main.end, opened.start()):
        return False
    if main.code[:2] in _FORCE_ROOTS and _AIMED_AT.match(text, main.end, opened.start()):
        return False  # "fired tear gas at supporters who marched … on Tuesday": during it
    words = [w.lower() for w in _WORD.findall(text, opened.end(), at)]
    if _FINDING & set(words):
        return False  # "killing Doris Jackson, whose body was found Feb. 26": the act found
    acts = 0
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if w in _PERFECT_OR_PASSIVE:
            if after.endswith("ing"):
                return False
            acts += 1
            continue
        forms = verb_forms(w)
        past = forms is not None and "VBD" in forms[1]
        if past and not (k == 0 and opened.group().lower() == "where"):
            # a participle after its own auxiliary ("where clinics have closed since 2023")
            # is the clause's verb group, not a second finite verb
            aux = ("and", "or", "had", "has", "have", "was", "were", "been")
            if acts and k and words[k - 1] not in aux:
                return False  # a second finite verb: the main clause's, after the clause
            acts += 1
    return acts > 0


# a noun, then a past participle with no auxiliary: a reduced relative ("a ship seized in
# March"; Quirk et al. 1985, 17.28), used by ``date_scope``; the participle may keep its
# particle and a place before the date, both inside the relative ("drivers detained in
# Sikasso in August", "the attack carried out near Gao in September", "troops deployed in
# the province since 2021", "police sent to the mining town of Potosi last week")
REDUCED_RELATIVE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:[a-z]+ed|held|shut|built|kept|taken|seen|struck|shot)"
    r"(?:\s+(?:out|off|up|down|away))?"
    r"(?:\s+(?:in|near|at|outside|off|to|into|across)\s+"
    r"(?:(?:the\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|the\s+[a-z]+))?"
    r"\s+$"
)
# words before a participle that make it a verb group or a clause, not a noun's reduced
# relative ("had closed since", "who fled in March", "and seized in March")
NOT_A_NOUN = frozenset(
    "was were been being had has have having is are and but that which who then also not "
    "never just only already reportedly allegedly they them their its his her".split()
)


# "that", then at most a determiner and one modifier, right before a noun: the subject of a
# that-clause ("that talks", "that the rebel fighters")
_THAT_SUBJECT = re.compile(
    r"\bthat\s+(?:(?:the|a|an|its|their|his|her|some|many|several)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def reported_subject(text: str, at: int) -> bool:
    """Whether the noun at ``at`` opens the that-clause of a verb of saying (the lexicon's
    ``report`` class) standing up to four words before "that" (its date, its hearer): a past
    verb after the noun is that clause's finite verb ("said on Monday that talks resumed on
    Thursday"; Quirk et al. 1985, 15.3: a that-clause has a finite verb), not a reduced
    relative. A relative "that" ("the ship that pirates seized") has no verb of saying
    before it."""
    m = _THAT_SUBJECT.search(text, max(0, at - 30), at)
    if m is None:
        return False
    return any(saying_verb(w) for w in _WORD.findall(text, max(0, m.start() - 50), m.start())[-5:])


def saying_verb(word: str) -> bool:
    """A finite form of a verb of saying (the lexicon's ``report`` class): "said", "tells"."""
    forms = verb_forms(word.lower())
    return (
        forms is not None
        and forms[0] in load_lexicon().words("report")
        and bool(forms[1] & {"VBD", "VBZ", "VBP"})
    )


def saying_date_before_that(text: str, at: int, noun_at: int) -> bool:
    """Whether the date at ``at`` follows a verb of saying and "that" stands between it and
    the noun at ``noun_at`` ("said last Monday that talks would resume"): the date is the
    saying's adverbial and the noun opens the reported clause, so the date does not modify
    it. "the bombings last year that killed 224" has no verb of saying before its date."""
    if not re.search(r"\bthat\b", text[at:noun_at], re.IGNORECASE):
        return False
    before = _WORD.findall(text, max(0, at - 30), at)
    return bool(before) and saying_verb(before[-1])


def other_clause_date_before(text: str, s: int, at: int, noun_at: int) -> bool:
    """Whether the date at ``at``, right before the trigger at ``noun_at`` in the sentence
    opening at ``s``, is another clause's: a saying's before "that"
    (``saying_date_before_that``), or a participle's on the subject ("Police deployed to the
    border last week fired tear gas": ``dates_participle``; the trigger is that finite verb,
    not a noun a possessive date is on), so it does not modify the trigger."""
    return saying_date_before_that(text, at, noun_at) or (
        finite_word_at(text, noun_at) and participle_date(text, s, at, noun_at)
    )


# a relative word and up to three words of its clause before a date: "who said", "which
# told reporters", "who had announced"
_RELATIVE_SAYING = re.compile(r"\b(?:who|which|that)\s+((?:[\w'’-]+\s+){1,3})$", re.IGNORECASE)


def said_in_relative(text: str, at: int) -> bool:
    """Whether the date at ``at`` follows a verb of saying that opens a relative clause
    ("the minister, who said on Wednesday that talks had failed, …", "The army, which said
    on Tuesday it had …"): the date is that saying's (TimeML anchors a TIMEX3 to the event
    of its own clause), neither the main clause's act nor the day the main clause is
    reported. "said on Wednesday that" with no relative word is the sentence's own saying."""
    m = _RELATIVE_SAYING.search(text, max(0, at - 50), at)
    return m is not None and any(saying_verb(w) for w in _WORD.findall(m.group(1)))


# the words a date phrase is made of ("in the province since early 2021", "last week"): past
# them, a reduced relative on the subject meets the main clause's verb
_DATE_WORDS = (
    frozenset(
        "in on at since during from until last this next early late mid the of week weeks month "
        "months year years day days night morning evening afternoon weekend today yesterday ago "
        "spring summer autumn fall winter".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
# a word, a number or a comma after the date: a comma ends the search (no verb follows)
_WORD_OR_DIGITS = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,]*|,")
# a subject noun written with its capital at the sentence's start ("Troops deployed …")
_SUBJECT_RELATIVE = re.compile(
    REDUCED_RELATIVE.pattern.replace("[a-z]{3,}", "[A-Za-z][a-z]{2,}", 1)
)


def relative_before(text: str, s: int, at: int, stop: int) -> bool:
    """Whether the date at ``at``, before the trigger at ``stop`` in the sentence from ``s``,
    is a relative clause's own: a saying's (``said_in_relative``), or a reduced relative on
    the subject ("Rwandan troops deployed in the province since 2021 drove the fighters
    out"): a noun opening the clause (no subordinator before it), a past participle with no
    auxiliary and its place, the date, and right after the date's words the main clause's
    finite verb (Quirk et al. 1985 §17.28, reduced relatives). "The newspaper reported today
    that…" and "Protesters gathered on Monday and clashed" have no verb right after the date."""
    if said_in_relative(text, at) or participle_date(text, s, at, stop):
        return True
    r = _SUBJECT_RELATIVE.search(text, max(s, at - 70), at)
    if r is None or r["noun"].lower() in NOT_A_NOUN:
        return False
    before = [w.lower() for w in _WORD.findall(text, s, r.start())]
    if len(before) > 4 or SUBORDINATORS.intersection(before):
        return False  # "After her husband died in 1992, she …": a clause of its own
    for w in _WORD_OR_DIGITS.findall(text, at, stop + 20):
        low = w.lower()
        if low in _DATE_WORDS or low[:1].isdigit():
            continue
        forms = verb_forms(low)
        return forms is not None and bool(forms[1] & {"VBD", "VBZ"})
    return False


def own_future(text: str, s: int, end: int, main: Trigger) -> bool:
    """Does a word of time to come (``FUTURE``) in the sentence ``text[s:end]`` stand outside
    a main clause joined on after the trigger ``main``'s (``in_joined_clause``)? "Parliament
    voted on Tuesday to ban the march, and police will be allowed to use cameras": the
    "will" is the second clause's, whose own subject and verb make it a clause of its own
    (Quirk et al. 1985, 13.1), so the vote is no plan. Nor does one inside a relative clause
    after the trigger (Quirk et al. 1985 §17.11: the relative's verb tells of its noun), nor
    one before a past clause of time or cause that holds the trigger (``_past_subordinate``)."""
    return any(
        not in_joined_clause(text, main, m.end(), m.end())
        and not _topic_plan(text, main, m)
        and not _past_subordinate(text, m.end(), main, end)
        and not (m.start() > main.end and _RELATIVE_WORD.search(text, main.end, m.start()))
        and not _in_fronted_phrase(text, s, main, m.start())
        and not _past_adjunct(text, s, m, main)
        for m in FUTURE.finditer(text, s, end)
    )


# a plan named as the topic after the trigger ("talks in Geneva on a U.S. plan to end the
# war"): the plan's infinitive is the plan's content, no time to come of the talks
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|for|discussing|discussed)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w.'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _topic_plan(text: str, main: Trigger, m: re.Match[str]) -> bool:
    """Is the future match ``m`` a plan noun after ``main`` that the trigger is about?"""
    if m.start() <= main.end or not m.group().lower().startswith("plan"):
        return False
    return _TOPIC_BEFORE.search(text, max(main.end, m.start() - 40), m.start()) is not None


# a prepositional phrase opening the sentence, which holds no verb of its own ("Under the
# deal signed on Monday, …", "Following the accord reached last week, …")
# and an occasion it was told at ("During a phone call with Erdogan on Monday, Putin said the
# war would end": the call is no plan)
_FRONTED = re.compile(
    r"\s*(?:Under|Following|After|Through|With|Despite|Per|During|In|At|Over)\s", re.IGNORECASE
)


def _in_fronted_phrase(text: str, s: int, main: Trigger, future_start: int) -> bool:
    """Is ``main`` inside a prepositional phrase that opens the sentence and is closed by a
    comma before the future word at ``future_start`` ("Under the deal signed on Monday, the
    rebels will hand over …")? The phrase is an adjunct of the main clause (Quirk et al. 1985
    §8.1), the "will" that clause's own verb; the past participle in the phrase tells its act
    done ("signed on Monday"), so the deal is no plan."""
    comma = text.find(",", main.end, future_start)
    before = text[s : main.start]
    # a dateline before the sentence's first word ("DAMASCUS, Syria (AP) — Under …")
    opening = re.split(r"\s[—–]\s", before)[-1]
    # "Under a deal to be signed on Friday, …": an infinitive relative tells what is still to
    # come (Quirk et al. 1985 §17.30), so the phrase's act stays planned
    phrase = opening + text[main.start : comma if comma >= 0 else main.end]
    return (
        comma >= 0
        and "," not in opening
        and _FRONTED.match(opening) is not None
        and _INFINITIVE.search(phrase) is None
    )


_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?[a-z]+", re.IGNORECASE)


# a relative clause opened after the trigger: its "would" is its own verb's ("called the
# strike to protest a decree that would deregulate the economy": the decree's effect)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\s", re.IGNORECASE)


# a clause of time or cause opened between a future word and the trigger, and a past
# auxiliary inside it: "he would call in the army, after three people were killed in …"
_SUBORDINATOR = re.compile(r"\b(?:after|because|since|as|when|following)\s", re.IGNORECASE)
_PAST_AUX = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)


def _past_subordinate(text: str, future_end: int, main: Trigger, end: int) -> bool:
    """Is ``main`` inside a clause of time or cause that opens after the future word ending
    at ``future_end`` and tells the past ("said he would call in the army, after three
    people were killed in shootings")? The "would" is the main clause's; the subordinate
    clause's own past verb dates its act as done (Quirk et al. 1985 §15.25, adverbial
    clauses keep their own tense). "will resign after the vote is held" stays planned."""
    opened = None
    for m in _SUBORDINATOR.finditer(text, future_end, main.start):
        opened = m
    if opened is None:
        return False
    stop = text.find(",", main.end, end)
    return _PAST_AUX.search(text, opened.end(), end if stop < 0 else stop) is not None


# "Panama said it would leave the pact, days after a visit by the US secretary of state":
# a reported "would" after a past verb of saying is the backshifted future of the report
# (Quirk et al. 1985 §14.31), and the set-off adjunct of time after it dates the saying,
# so the noun it anchors on was done before that saying (TimeML: "after" signals BEFORE)
_SAID_BEFORE = re.compile(r"\b(?:said|announced|told|stated|declared|confirmed)\b", re.IGNORECASE)
_TIME_ADJUNCT = re.compile(
    r",\s+(?:(?:just|only|barely|shortly|soon|hours|days|weeks|months|"
    r"(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|"
    r"months?))\s+)?(?:after|following)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _past_adjunct(text: str, s: int, future: re.Match[str], main: Trigger) -> bool:
    """Is the future word ``future`` a "would" backshifted under a past verb of saying, and
    ``main`` a noun anchoring the set-off "(days) after …" adjunct that follows it ("said
    it would quit the pact, days after a visit by the envoy")? Then the noun's act came
    before the saying and is no plan. "will quit after the vote" stays planned."""
    if future.group().lower() != "would" or future.start() > main.start:
        return False
    if _SAID_BEFORE.search(text, s, future.start()) is None:
        return False
    window = max(future.end(), main.start - 90)
    return _TIME_ADJUNCT.search(text[window : main.start]) is not None


_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def in_object_onset(text: str, main: Trigger, at: int) -> bool:
    """Whether the date phrase at ``at`` stands in a "which began / took place" relative
    clause on the object that closes a verb trigger ``main`` ("The group claimed the attack,
    which began on Feb. 3": the attack's start, not the claim's day). A noun trigger the
    clause describes ("The talks, which began on Monday, …") keeps the date (``BEGAN_AFTER``),
    and so do hosting verbs, whose time is their object's (``shares_noun_time``).

    Rule (Quirk et al. 1985, 17.22: a non-restrictive relative clause modifies its
    antecedent noun only; TimeML 1.2.1 §2.2: a TIMEX3 anchors the event of its own clause)."""
    m = BEGAN_AFTER.match(text, main.end)
    words = main.text.split()
    if m is None or len(words) < 2 or at < m.end():
        return False
    forms = verb_forms(words[0].lower())
    if forms is None or not forms[1] & _VERB_TAGS or forms[0] in _COEXTENSIVE:
        return False
    close = re.compile(r"[,;.!?]\s").search(text, m.end())
    return close is None or at < close.start()
