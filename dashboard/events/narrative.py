"""How the sentences of one article tell one story: later mentions of a happening, follow-on
sentences, background, and the dates an event takes when it has none of its own.

Rules (issue 10 item 4, issue 12 items 4-5), each from the way news copy is written:

- A definite noun phrase naming a happening ("the Tuesday bombing", "the attack", "the
  launch") refers back to an earlier event of the same kind: it is evidence, not a new event
  (ACE's event coreference: same type, compatible time).
- A sentence with a continuation cue ("Fighting continued near Kibumba", "Later, ...") or that
  shares a named place or person with an earlier, dated event continues that narrative and
  takes its date, with a reason.
- An event with no date phrase of its own and no narrative is dated from the story it is
  told in, when the story is about one recent dated happening (``date_reckoning._story_range``):
  a hazard told after the disaster takes the disaster's date; any other act the span from the
  happening to publication. Else it is dated to the week up to publication (news reports what
  happened lately), at week precision with ``date_inferred``: never the publication day at
  day precision from the publication date alone.
- Habitual and standing situations ("protests are held every Friday", "attacks are frequent")
  are not events: ACE annotates specific happenings only ("generic" events are left out).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.dates import DateMention, find_dates, precision_for
from dashboard.events.dates_common import MONTH_NAMES_RX
from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import gated
from dashboard.events.tokens import verb_forms
from dashboard.events.word_trie import case_blind_alternation
from dashboard.model import DateRange

# Event nouns a later definite mention uses, by family: the family of codes it can refer to.
FAMILIES: dict[str, frozenset[str]] = {
    "violence": frozenset({"18", "19", "20"}),
    "launch": frozenset({"15"}),
    "protest": frozenset({"14"}),
    "arrest": frozenset({"17"}),
    "talks": frozenset({"04", "05"}),
    "hazard": frozenset(),  # any DIS- type
    "verdict": frozenset(),  # a court's finding or sentence (CAMEO 116, by full code)
}
_JUDGED = ("116",)
_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "attack attacks bombing bombings blast blasts explosion explosions strike strikes raid "
        "raids assault shooting shootings ambush clash clashes killing killings massacre "
        "offensive shelling airstrike airstrikes incident violence fighting kidnappers "
        "abductors kidnapping abduction hijackers drones missiles rockets projectiles".split(),
        "violence",
    ),
    **dict.fromkeys(
        "launch launches test tests firing barrage drill drills exercise exercises".split(),
        "launch",
    ),
    **dict.fromkeys("protest protests demonstration demonstrations rally march".split(), "protest"),
    **dict.fromkeys("arrest arrests detention detentions raid".split(), "arrest"),
    **dict.fromkeys("talks meeting visit summit".split(), "talks"),
    **dict.fromkeys("verdict ruling sentence sentencing conviction".split(), "verdict"),
    **dict.fromkeys(
        "earthquake quake tremor flood floods flooding storm cyclone hurricane typhoon fire "
        "wildfire blaze landslide collision eruption disaster stampede stampedes crush".split(),
        "hazard",
    ),
}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# "the attack", "the Tuesday bombing", "Tuesday's blast", "last week's deadly attack"; the
# runs of literal words are tries (``word_trie.case_blind_alternation``: the same matches, the
# branches' order kept), which ``re`` enters by their first letters, where it entered each of
# ~90 words in turn at every word of a sentence (issue 15, reader speed)
_TOLD = case_blind_alternation(
    [w.lower() for w in _WEEKDAYS]
    + "deadly fatal latest recent twin suicide car missile rocket weekend night morning bomb "
    "gun knife drone failed magnitude strong powerful massive".split()
)
# ranked among others ("the third major quake", "the deadliest attack since..."): the one
# just told, set against earlier ones ("big" stays its own branch: it opens "biggest")
_RANKED = (
    case_blind_alternation("first second third fourth fifth major".split())
    + "|big|"
    + case_blind_alternation("biggest worst deadliest largest strongest".split())
)
# a judging or classing adjective ("the antisemitic attacks", "the cowardly bombing")
_JUDGING = case_blind_alternation(sorted(word_class("JUDGING_ADJECTIVES"), key=len, reverse=True))
# the opening determiner ("these" before "the", which cannot end where "these" goes on: a
# space follows either) and the day told in the possessive ("Tuesday's", "last week's")
_DETERMINER = case_blind_alternation("these the this that those".split())
_DAY_OF = case_blind_alternation(
    [w.lower() for w in _WEEKDAYS] + ["yesterday", "last week", "last month"]
)
REFERENCE = re.compile(
    rf"\b(?:{_DETERMINER}|{_DAY_OF}['’]s)\s+"
    rf"(?:(?:{_TOLD}|\w+-\w+|{_RANKED}|[\d.]+|{_JUDGING}|"
    # a place's name ("the Nairobi clashes"): which of the story's happenings, by where
    rf"(?-i:[A-Z])[\w'’-]+)\s+){{0,3}}"
    rf"(?P<noun>{case_blind_alternation(sorted(_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
# Sentence openings and verbs that carry a story on ("Fighting continued", "Later, ...").
CONTINUES = gated(
    r"\b(?:continu(?:e|ed|es|ing)|resum(?:e|ed|es)|persist(?:ed|s)?|went on|carried on|"
    r"spread|raged|later|afterwards|then|meanwhile|subsequently)\b",
    re.IGNORECASE,
)
# The definite participants of a protest told before ("Police fired tear gas at the
# protesters"): the sentence tells what befell that protest's crowd, so it carries on the
# protest's story (ACE 2005 event coreference: an argument shared by definite reference).
PARTICIPANTS = re.compile(
    r"\b(?:the|those)\s+(?:(?:\w+\s+)?(?:protesters|demonstrators|marchers|rioters|crowds?))\b",
    re.IGNORECASE,
)
PROTEST_ROOT = "14"
# The definite doers of an attack told before ("The attackers torched dozens of homes", "the
# gunmen fled"): as for a protest's crowd, the sentence goes on about that attack's doers
# (ACE 2005 event coreference: an argument shared by definite reference), so it is placed and
# dated as the attack is (ACLED codes a follow-on to its event's location).
ASSAILANTS = re.compile(
    r"\b(?:the|those)\s+(?:(?:\w+\s+)?(?:attackers|assailants|gunmen|raiders|bombers|"
    r"kidnappers|abductors))\b",
    re.IGNORECASE,
)
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Habitual or standing situations, not one happening.
RECURRING = gated(
    r"\b(?:every (?:day|night|week|month|year|weekend|\w+day)|each (?:day|week|month|year)|"
    r"(?:daily|weekly|monthly|annual|yearly) (?:protests?|rall(?:y|ies)|marches|attacks?|drills?)|"
    r"regularly|routinely|frequently|habitually|usually|typically|often|tend to|"
    r"(?:are|is|were|was|have become|has become) (?:common|commonplace|frequent|routine|rare)|"
    r"(?:have|has) (?:long|for (?:years|decades|centuries))|for (?:years|decades|centuries) now|"
    # a war's running total ("the conflict has killed tens of thousands"): no one happening
    # a running toll in a vague count, in the present perfect ("Hundreds of people have been
    # killed", "thousands have fled"): a total to date, no one happening (ACLED codes events,
    # not tallies)
    r"(?:hundreds|thousands|tens of thousands|hundreds of thousands|dozens|scores|millions)\s+"
    r"(?:of\s+(?:\w+\s+){0,2})?(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:been\s+)?(?:killed|wounded|injured|displaced|died|fled)"
    # told with no place or day of its own ("…killed in El Fasher since Monday" is news)
    r"(?=\s*(?:[,.;]|$|and\b|since\s+(?:the\s+)?(?:war|conflict|fighting|start|beginning)))|"
    # (a relative clause between: "The war, which began in April 2023, has killed")
    r"(?:war|conflict|fighting|violence|insurgency|crisis|unrest|campaign|offensive)"
    r"(?:,\s+(?:which|that)\b[^,;]{0,80},)?\s+"
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|displaced|claimed|left|uprooted)|"
    # a place in the grip of a war, told as its state ("The region has been torn by war since
    # 2023", "a country plagued by violence"): a situation, not one happening (ACLED codes
    # dated events); told in the past simple ("was rocked by fighting on Monday") it is news,
    # and in a relative clause it describes a noun of a sentence that may tell news
    r"(?<!which )(?<!that )(?<!who )(?:is|are|(?:has|have|had)\s+been)\s+(?:\w+\s+)?"
    r"(?:torn|ravaged|wracked|racked|gripped|plagued|scarred|beset|riven|mired|engulfed|"
    r"embroiled|blighted|hit\s+hard)\s+(?:apart\s+)?(?:by|in)\s+(?:\w+\s+){0,2}?"
    r"(?:wars?|conflicts?|violence|fighting|unrest|insurgency|instability|turmoil|bloodshed))\b",
    re.IGNORECASE,
)
# A bare year right before the trigger noun: "the 1994 genocide", "its 2014 annexation".
BOUND_YEAR = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?:['’]s)?\s+(?:\w+\s+)?$")
# a number glued to a name or following a capitalised name mid-sentence names a model or type
# ("Mirage-2000", "the Mirage 2000", "Windows 2000"), unless the word is a month or opens it
_MODEL_NAME = re.compile(
    rf"(?:-|(?<=\w\s)(?!(?:In|The|Since|By|From|Until|Of|{MONTH_NAMES_RX})\s)[A-Z][\w-]*\s)$"
)


# a joint exercise is coded military cooperation (CAMEO 062), but "the drill" told after it
# refers to it as to any other show of force
_EXERCISE = "062"


def family_of(code: str) -> str | None:
    """The family of an event code (a root, or a full code), for matching a later reference
    to it.

    >>> family_of("19"), family_of("062"), family_of("06")
    ('violence', 'launch', None)
    """
    if code.startswith("DIS-"):
        return "hazard"
    if code.startswith(_EXERCISE):
        return "launch"
    if code.startswith(_JUDGED):
        return "verdict"
    return next((f for f, codes in FAMILIES.items() if code[:2] in codes), None)


# nouns that name a happening of either family: a raid is gunmen's or police's
_EITHER: dict[str, frozenset[str]] = {
    **dict.fromkeys(("raid", "raids"), frozenset({"violence", "arrest"})),
    # "the barrage" after missiles fired at a country is that attack, after a test that test
    **dict.fromkeys(("barrage", "barrages"), frozenset({"violence", "launch"})),
    # "shot down 70 of the drones" just launched at a country: that attack, or that test
    **dict.fromkeys(
        ("drones", "missiles", "rockets", "projectiles"), frozenset({"violence", "launch"})
    ),
    # "the clashes" after protesters clashed with police are that riot (CAMEO 1.1b3 §145)
    **dict.fromkeys(("clash", "clashes"), frozenset({"violence", "protest"})),
    # "the blast" after a depot explosion is that accident, after a bombing that bombing
    **dict.fromkeys(
        ("blast", "blasts", "explosion", "explosions", "fire", "incident"),
        frozenset({"violence", "hazard"}),
    ),
    # "the crush" after a deadly stampede at a stadium is that stampede, whether it is read
    # as an accident or as a crowd's violence (ACE 2005 event coreference: a definite noun
    # naming the same happening; ACLED codes a follow-on to its event's location)
    **dict.fromkeys(("stampede", "stampedes", "crush"), frozenset({"violence", "hazard"})),
}


def reference(text: str, start: int, end: int) -> tuple[frozenset[str], int, int] | None:
    """A definite mention of an earlier happening in ``text[start:end]``: (the families it
    may name, span)."""
    m = REFERENCE.search(text, start, end)
    if m is None:
        return None
    noun = m["noun"].lower()
    if m.group().split()[0].lower() in ("this", "that") and _plural(noun):
        return None  # "said that terrorist bombings …": a complementiser, no determiner
    return _EITHER.get(noun, frozenset({_NOUNS[noun]})), m.start(), m.end()


def _plural(noun: str) -> bool:
    """Whether ``noun`` of ``_NOUNS`` is a plural of another of them ("bombings", "clashes"):
    "this" and "that" determine only a singular (Quirk et al. 1985 §5.13)."""
    return noun.endswith("s") and (noun[:-1] in _NOUNS or noun[:-2] in _NOUNS)


def is_generic(clause: str) -> bool:
    """A habitual or standing situation rather than one happening."""
    return bool(RECURRING.search(clause))


def bound_year(text: str, trigger_start: int, floor: int) -> DateRange | None:
    """The year written right before a trigger noun ("the 1994 massacre"), as a range."""
    m = BOUND_YEAR.search(text, max(floor, trigger_start - 24), trigger_start)
    if m is None or _MODEL_NAME.search(text, max(0, m.start() - 20), m.start()):
        return None  # "Mirage-2000 jets", "Mirage 2000 jets": a type's number, not a year
    word = re.match(r"[A-Za-z]+", text[trigger_start : trigger_start + 30])
    forms = verb_forms(word.group().lower()) if word else None
    if forms is not None and "VBD" in forms[1] and word and word.group().endswith("ed"):
        return None  # "the 1998 riots marched": the year is the subject's, not the verb's
    y = int(m["year"])
    return DateRange(
        date(y, 1, 1), date(y, 12, 31), 4, m["year"], f"year {y} before the event noun"
    )


def inferred_range(pub: date, planned: bool) -> DateRange:
    """No date phrase and no narrative: the week up to publication (or from it, if planned)."""
    if planned:
        start, end = pub, pub + timedelta(days=6)
        why = f"no date phrase and no narrative date; planned, so the week from publication ({pub})"
    else:
        start, end = pub - timedelta(days=6), pub
        why = (
            f"no date phrase and no narrative date; inferred as the week up to publication ({pub})"
        )
    return DateRange(start, end, 2, None, why)


def narrative_range(base: DateRange, evidence: str) -> DateRange:
    """The date of the narrative an event continues, with a reason naming it."""
    words = evidence.split()
    quote = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    why = f"no date phrase of its own: continues the narrative of '{quote}' ({base.reason})"
    return DateRange(base.start, base.end, base.precision, None, why)


def continued_range(
    base: DateRange, sentence: str, phrase: DateMention, pub: date | None, *, future: bool = False
) -> DateRange:
    """The date a narrative phrase names ("two days later", "the next morning", "later that
    year"), counted from ``base``, the date of the story it continues (issue 12, item 4).

    ``phrase`` is the mention ``find_dates`` flagged ``continues`` in ``sentence``; the dates
    resolver reads it again with the story's date as its anchor, so the phrase rules live in
    one place (``dates_relative``). A phrase the resolver cannot count from ``base`` ("that
    day" after a month) takes the story's own date. "Later"/"earlier" never reach across the
    story's date: "later that year" after 3 May runs from 3 May to the year's end.
    """
    again = find_dates(sentence, pub, future=future, anchor=base)
    got = next((d for d in again if d.start == phrase.start and d.continues), None)
    if got is None:
        return narrative_range(base, phrase.text)
    start, end = got.range.start, got.range.end
    if re.search(r"(?i)\blater\b", phrase.text) and start < base.start <= end:
        start = base.start
    if re.search(r"(?i)\bearlier\b", phrase.text) and start <= base.end < end:
        end = base.end
    why = f"'{phrase.text}' counted from the narrative's date ({base.reason}): {got.range.reason}"
    return DateRange(start, end, precision_for(start, end), phrase.text, why)
