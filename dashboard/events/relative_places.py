"""Names inside a relative clause on the object of an earlier verb phrase, for a verbal act
told as the second of two phrases ("called a deal that gives Ethiopia access to the sea
through Somaliland void and recalled its ambassador"): the clause says what its noun is, a
predication of its own (Quirk et al. 1985, 17.12), and a verbal act (CAMEO 1.1b3 ch. 01-16)
is made where its maker is, not where the things it speaks of are (ACLED: where the event
took place)."""

from __future__ import annotations

import re

from dashboard.events.place_cues import _VERBAL, Span
from dashboard.events.prefilter import gated
from dashboard.events.tokens import is_noun, verb_forms
from dashboard.model import Mention

RELATIVE_REACH = 120  # characters back from the name to the relative word
# a noun, then "that" or "which" opening its clause, the name's own words after it
_RELATIVE_OPEN = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,14}?$")
# the act's verb opens a second verb phrase of the clause's subject
_SECOND_PHRASE = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+|also\s+)?$")
_FINITE = frozenset({"VBD", "VBZ"})  # "said that", "warns that": a content clause


def in_relative_before(text: str, clause: Span, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` stands in a relative clause on a noun before a verbal act (``code``) whose
    verb opens the clause's second verb phrase: the relative clause's place, not the act's.
    "said that ..." opens a content clause, not a relative one: the word before is a verb."""
    if code[:2] not in _VERBAL or m.end > trigger_start:
        return False
    if _SECOND_PHRASE.search(text, max(clause[0], trigger_start - 20), trigger_start) is None:
        return False
    rel = _RELATIVE_OPEN.search(text, max(clause[0], m.start - RELATIVE_REACH), m.start)
    if rel is None or re.search(r"[,;:]", text[rel.end("noun") : m.start]):
        return False
    forms = verb_forms(rel["noun"])
    return forms is None or not (forms[1] & _FINITE)


# a non-restrictive relative clause on the subject, set off by commas before the act's verb
# ("The minister, who flew to Rome last week, condemned ..."): it says something else of its
# noun, a predication of its own (Quirk et al. 1985, 17.22), so its places are that other
# act's. The clause must close before the trigger, so the act's own words stay outside it
_ASIDE_OPEN = re.compile(r",\s+(?:who|whose|which)\s+[^,;:()—–]*$")
_ASIDE_CLOSE = re.compile(r"[^,;:()—–]*,")
# a trip, visit or meeting ahead ("who will travel to Paris", "who is due to visit Warsaw"):
# not made yet, so no place of any act told now
_AHEAD = re.compile(
    r"\b(?:will|would|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\b"
)

# an aside telling where its noun is now ("who is visiting Nairobi", "who was in Doha for
# talks"): the speaker's place when the act was told, so it stays
_STAYING = re.compile(
    r"\bwho\s+(?:is|was|are|were)\s+(?:(?:in|at)\s|visiting\b|on\s+an?\s+(?:\w+\s+)?"
    r"(?:visit|trip|tour)\b)"
)


def in_subject_aside(text: str, clause: Span, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` stands in a relative clause set off by commas that closes before the
    trigger: for a verbal act (CAMEO 1.1b3 ch. 01-16: made where its maker is), or for any
    act when the aside tells a trip or act still ahead, its place is not the act's."""
    if m.end > trigger_start:
        return False
    opened = _ASIDE_OPEN.search(text, max(clause[0], m.start - RELATIVE_REACH), m.start)
    if opened is None:
        return False
    closed = _ASIDE_CLOSE.match(text, m.end)
    if closed is None or closed.end() > trigger_start:
        return False
    if _STAYING.search(text, opened.start(), closed.end()) is not None:
        return False  # "the minister, who is visiting Nairobi, said": where the speaker is
    if code[:2] in _VERBAL:
        return True
    # an aside telling an act of its own time ("Besigye, who was abducted in Nairobi in
    # November, began a hunger strike"): that act's place (Quirk et al. 1985, 17.12)
    if _OWN_TIME.search(text, opened.start(), closed.end()) is not None:
        return True
    return _AHEAD.search(text, opened.start(), closed.end()) is not None


# a relative word on a noun after the act, the name right after it as the clause's subject
# ("the Essequibo region, which Caracas claims", "the town that Moscow annexed"): the name
# is who does the relative clause's verb, a predication of its own on the noun (Quirk et al.
# 1985, 17.12), never where the act told by the main verb happened
_RELATIVE_WORD = re.compile(
    r"(?:,\s*|\b(?P<noun>[a-z][\w-]*)\s+)(?:which|that|whom)\s+(?:the\s+)?$"
)
# the verb after the subject: a finite form, with an auxiliary or "not" before it at most
_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|does|did|will|would|still|also|now|not|long)\s+){0,2}(?P<verb>[a-z]+)\b"
)


def subject_of_relative(text: str, m: Mention, trigger_start: int) -> bool:
    """Whether ``m``, after the trigger, is the subject of a relative clause on a noun (the
    word before "that" must be no verb: "said that Kyiv had…" opens a content clause)."""
    if m.start <= trigger_start:
        return False
    rel = _RELATIVE_WORD.search(text, max(trigger_start, m.start - 40), m.start)
    if rel is None:
        return False
    noun = rel["noun"]
    if noun is not None and verb_forms(noun) is not None and not is_noun(noun):
        return False  # "warned that Kyiv…", "ordered that Caracas…": a content clause
    verb = _VERB_AFTER.match(text, m.end)
    forms = verb_forms(verb["verb"]) if verb else None
    return forms is not None and bool(forms[1] & {"VBD", "VBZ", "VBP", "VBN", "VB"})


# a relative clause after the act's verb, on a person of its object ("arrested a man on
# Tuesday who had bombed a shrine in Lahore"): its relative word, the verb with "had" before
# it at most, and the clause's words up to the name, with no break of clause or sentence
# between. Not "which" or "that" on a thing: "seized ice cream that had been placed on sale
# in a shop in London" tells where the thing was, where the act found it
_RELATIVE_AFTER = gated(
    r"(?:\b[A-Za-z][\w-]*|,)\s+(?P<rel>who|whom|that|which)\s+(?P<had>had\s+(?:been\s+)?)?"
    r"(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]+)\b[^,;:()—–.]*$"
)
# verbs telling where the noun was staying or gathering: that place may be where the act
# found it ("arrested two men who were hiding in Lahore", "dispersed protesters who had
# gathered in Mombasa": a protest met with force is one event at the protest's place, ACLED)
_FOUND_AT = frozenset(
    {
        *("is", "was", "are", "were", "lived", "lives", "living", "hid", "hides", "hiding"),
        *("stayed", "stays", "remained", "worked", "works", "sheltered", "sheltering"),
        *("gathered", "marched", "protested", "rallied", "demonstrated", "camped", "massed"),
    }
)
# a time told inside the relative clause, or told for the act before it: each act then has a
# time of its own (TimeML: an event with its own TIMEX3 anchor), so they are two happenings
_OWN_TIME = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:1[89]|20)"
    r"\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)|last\s+(?:week|month|year)|yesterday|"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|before)|"
    # "who met in Barbados earlier in the day": a part of the main act's day or week
    r"(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|morning|evening|week))"
    r"\b"
)


_BE = frozenset({"is", "was", "are", "were"})
# "who was awaiting trial in Miami", "who is serving a sentence in Texas": a progressive
# verb with an object of its own, so the clause tells an activity of the person, not a stay
_DOING = re.compile(r"\s+(?P<ing>[a-z]+ing)\s+(?P<next>[a-z]+)\b")
# "who were holding a rally in Lahore", "who was visiting Kano": where the act found them
_ATTENDING = frozenset({"holding", "staging", "attending", "visiting", "touring"})
_PREPOSITIONS = frozenset({"in", "at", "on", "near", "outside", "inside", "around", "by", "with"})


def _doing_else(text: str, at: int, name_start: int) -> bool:
    """Whether a "who was" clause from ``at`` goes on with a progressive verb that takes an
    object ("who was awaiting trial in Miami"): the clause predicates another activity of
    its noun (Quirk et al. 1985, 17.22, a non-restrictive clause), told at its own place,
    not where the main act found it. A verb of staying or gathering ("who were hiding in
    Lahore", ``_FOUND_AT``) or a place right after the verb ("who was waiting in Lahore")
    may say where the act found its object, so it stays."""
    doing = _DOING.match(text, at, name_start)
    if doing is None or doing["ing"] in _FOUND_AT | _ATTENDING or doing["next"] in _PREPOSITIONS:
        return False
    return verb_forms(doing["ing"]) is not None


def in_earlier_relative(text: str, m: Mention, trigger_start: int, clause_end: int) -> bool:
    """Whether ``m``, after the trigger, stands in a relative clause telling an act of its own
    (Quirk et al. 1985, 17.12: a relative clause predicates something else of its noun):
    the clause's verb is in the past perfect ("who had bombed a shrine in Lahore", an act
    before the main one, 4.23), or the clause tells a time of its own (up to ``clause_end``)
    while the main act told its own before it ("arrested a man on Tuesday who attacked a bus
    in Mombasa on Sunday"). Its place is that act's, not the main act's. Not a clause of
    staying or gathering (``_FOUND_AT``), which may say where the act found its object."""
    if m.start <= trigger_start:
        return False
    rel = _RELATIVE_AFTER.search(text, trigger_start, m.start)
    if rel is None:
        return False
    if rel["verb"] in _BE and rel["rel"] == "who" and _doing_else(text, rel.end("verb"), m.start):
        return True
    if rel["verb"] in _FOUND_AT:
        return False
    forms = verb_forms(rel["verb"])
    if rel["rel"] in ("that", "which"):
        # "said that ...", "the boat that sank": only "a boat that had left Turkey eight days
        # earlier", a thing's past act with a time of its own, is told apart
        tail = re.split(r"[,;:()—–]|\.\s", text[m.end : clause_end], maxsplit=1)[0]
        own_time = _OWN_TIME.search(text[rel.end("verb") : m.start] + " " + tail)
        if not rel["had"] or forms is None or "VBN" not in forms[1] or own_time is None:
            return False
        # the clause ends before a finite verb of the main clause ("a ship that had sailed
        # from Sochi on Sunday sank in the Sea of Azov": the sea is where it sank)
        words = re.findall(r"[a-z]+", text[rel.end("verb") : m.start])
        return not any("VBD" in (verb_forms(w) or ((), ()))[1] for w in words)
    if rel["had"]:  # "who had bombed"; "who had a love of Paris history" has no act
        return forms is not None and "VBN" in forms[1]
    if forms is None or "VBD" not in forms[1]:
        return False
    tail = re.split(r"[,;:()—–]|\.\s", text[m.end : clause_end], maxsplit=1)[0]
    own = _OWN_TIME.search(text[rel.end("verb") : m.start] + " " + tail)
    # the main act's time may open its sentence, before the trigger ("announced late on
    # Monday that he would resign, bowing to leaders who met in Barbados earlier in the day")
    opened = text.rfind(". ", 0, trigger_start) + 1
    return own is not None and _OWN_TIME.search(text, opened, rel.start("rel")) is not None
