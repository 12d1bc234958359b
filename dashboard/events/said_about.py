"""Words are said where their speaker is, not where what they are about happened.

CAMEO 1.1b3's verbal roots (statements, appeals, intents, diplomatic cooperation, demands,
disapproval, rejection, threats: ``place_cues.SAID_TO``) are acts of speech, and ACLED codes
an event where it took place: a statement takes place where it is made. Two frames name a
place that belongs to what is spoken of, not to the speaking:

- the act's object is another act, named by its noun ("The EU condemned the Russian strike
  on Kyiv", "China denounced the Japanese drills near Okinawa"): a place inside that noun
  phrase is where the object act happened (Huddleston and Pullum 2002, ch. 5 §14: a noun's
  complements and modifiers belong to its own phrase). The nouns are the noun triggers of
  CAMEO's material roots in ``data/lexicon/cameo.csv`` (aid, yield, protest, force posture,
  coercion, assault, fight, mass violence). A venue told after the noun ("at a news
  conference in Paris", "during a visit to Kyiv") is the speaker's own and stays a place.
- a closing warning frame ("The conflict could spread to Lebanon, France warned"): a place
  before the frame is in what is warned of (Quirk et al. 1985, 15.51: the reporting clause
  in final position reports the clause before it).

A material act ("Russia struck Kyiv") is no verbal root and keeps its place; the caller
looks again without the place set aside, then falls back as for any act with none.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.place_cues import SAID_TO
from dashboard.events.warner_frame import closing_warner
from dashboard.model import Mention

# CAMEO 1.1b3 roots of acts done where their people or things are (as
# ``place_cues._DONE_ELSEWHERE``): a noun of one of them names an act with a place of its own
_MATERIAL_ROOTS = frozenset({"07", "08", "14", "15", "17", "18", "19", "20"})
# a noun compound's head is its last word; a noun's complement follows a preposition
_PREPOSITIONS = frozenset("of on with by in to against".split())
# heads of compounds and phrases that name no act by themselves ("state of emergency",
# "martial law", "no-fly zone", "show of force", "nerve agent", "car bomb", "hostage taking",
# "test flight", "a violation of the Consumer Act")
_NOT_ACTS = frozenset(
    "state law rule zone show game agent belt car into fast taking block action bid end "
    "flight violation".split()
    # things, not acts: the weapon, the force or the convoy is no happening of its own
    + "force troop missile weapon device bullet vest gas grave cannon shield convoy".split()
    # people, not acts: "protesters in Kharkiv" are where they are, which a word may not be
    + "protester demonstrator marcher rioter striker attacker bomber kidnapper hijacker "
    "abductor assassin gunman gunmen peacekeeper".split()
)
# how many words the object's determiners and modifiers may take before its head noun
OBJECT_REACH = 6
# how far, in characters, the place may lie after the verb
PLACE_REACH = 120
# words before the head noun that open an adjunct of the verb, not its object
_ADJUNCT_WORDS = frozenset(
    "at in during while from after before ahead speaking visiting addressing told said".split()
)
# the speaker's own venue told after the object ("condemned the strike at a news conference
# in Paris", "during a visit to Kyiv", ", speaking in Doha"): the speaker's place, not the object's
_VENUE = re.compile(
    r"\b(?:at|during|in|on|after|before)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conference|speech|summit|meeting|session|briefing|ceremony|forum|visit|trip|tour|"
    r"interview|address|statement|gathering|assembly|talks)\b|"
    r"\b(?:speaking|visiting|addressing|told|said|saying|says|while|where|visit\s+to)\b",
    re.IGNORECASE,
)
_HEAD_END = re.compile(
    r"\s*$|\s+(?:of|on|in|at|near|against|to|into|across|over|off|inside|around|along|"
    r"outside|across|by)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\s[—–]\s")
_WORD = re.compile(r"[\w'’-]+")


def _head(alternative: str) -> str:
    """The head noun of a lexicon alternative: the word before its first preposition
    ("release of", "crackdown on"), else its last word ("missile strike")."""
    words = alternative.lower().split()
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i > 0:
            return words[i - 1]
    return words[-1]


@cache
def act_nouns() -> frozenset[str]:
    """Head nouns of the material roots' noun triggers (``cameo.csv`` rows of kind N), with
    the words of the ``@CLASS`` names they use ("@EXERCISE": drill, manoeuvre...)."""
    nouns: set[str] = set()
    for row in sourced_rows("cameo.csv", "code", "kind", "pattern"):
        if row["kind"] != "N" or row["code"][:2] not in _MATERIAL_ROOTS:
            continue
        if " * " in row["pattern"]:
            continue  # "violation of * @TRUCE": the first slot alone names no act
        for alt in row["pattern"].split("|"):
            alt = alt.strip()
            if alt.startswith("@"):
                nouns.update(word_class(alt[1:]))
            elif alt:
                nouns.add(_head(alt))
    return frozenset(nouns - _NOT_ACTS)


def _is_act_noun(word: str) -> bool:
    w = word.lower().rstrip("'’")
    nouns = act_nouns()
    return w in nouns or (w.endswith("s") and (w[:-1] in nouns or w[:-2] in nouns))


# a passive verb group between the subject and the verbal trigger ("The attack on Kharkiv was
# condemned by Spain"): the subject is the object of the words (Quirk et al. 1985, 3.63)
_PASSIVE_BEFORE = re.compile(
    r"^,?\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:widely|strongly|also|swiftly)\s+)?$",
    re.IGNORECASE,
)
_OBJECT_START = re.compile(r"(?:^|[.;:!?]\s+|\n)(?P<np>[^.;:!?\n]*)$")


def act_noun_heads(stretch: str) -> bool:
    """Whether ``stretch``, the words up to a place, holds an act noun heading the phrase
    the place ends ("the Russian attack on "), within ``OBJECT_REACH`` words of its start."""
    for n, word in enumerate(_WORD.finditer(stretch)):
        if n >= OBJECT_REACH:
            return False
        if _is_act_noun(word.group()) and _HEAD_END.match(stretch, word.end()):
            return _VENUE.search(stretch, word.end()) is None
    return False


def in_passive_subject(text: str, trigger: Trigger, place: Mention) -> bool:
    """Whether ``place`` ends the subject of a passive verbal act whose subject is another act
    named by its noun ("The Russian attack on Kharkiv was condemned by Spain")."""
    code = trigger.full or trigger.code
    if code[:2] not in SAID_TO or place.end > trigger.start:
        return False
    if _PASSIVE_BEFORE.match(text[place.end : trigger.start]) is None:
        return False
    opened = _OBJECT_START.search(text, max(0, place.start - PLACE_REACH), place.start)
    return opened is not None and act_noun_heads(opened.group("np"))


def in_object_act(text: str, trigger: Trigger, place: Mention) -> bool:
    """Whether ``place`` lies inside the object of the verbal act ``trigger`` where that
    object is another act named by its noun ("condemned the Russian strike on Kyiv"), with
    no venue of the speaker's between ("condemned the strike at a news conference in Paris")."""
    code = trigger.full or trigger.code
    if code[:2] not in SAID_TO or place.start < trigger.end:
        return False
    between = text[trigger.end : place.start]
    if len(between) > PLACE_REACH or _SENTENCE_BREAK.search(between):
        return False
    for n, word in enumerate(_WORD.finditer(between)):
        if n >= OBJECT_REACH or word.group().lower() in _ADJUNCT_WORDS:
            return False
        # the noun heads the phrase: its complement or the place follows it ("the strike on
        # Kyiv", "attacks in Kenya"), not another noun it modifies ("a house arrest order")
        if _is_act_noun(word.group()) and _HEAD_END.match(between, word.end()):
            return _VENUE.search(between, word.end()) is None
    return False


def warned_clause_end(text: str, trigger: Trigger, sent: tuple[int, int]) -> int | None:
    """Where the clause a closing warning frame reports ends ("The conflict could spread to
    Lebanon|, France warned"), when the frame's verb is ``trigger``'s, a verbal act, in the
    sentence at ``sent`` (article offsets); else None (``warner_frame.closing_warner``)."""
    code = trigger.full or trigger.code
    if code[:2] not in SAID_TO:
        return None
    frame = closing_warner(text, sent)
    if frame is None or trigger.start < frame.start:
        return None
    return frame.start


def in_warned_clause(text: str, trigger: Trigger, place: Mention, sent: tuple[int, int]) -> bool:
    """Whether ``place`` lies in the clause a closing warning frame reports: the place of
    what is warned of, not of the warning (``warned_clause_end``)."""
    end = warned_clause_end(text, trigger, sent)
    return end is not None and sent[0] <= place.start and place.end <= end


def said_about(text: str, trigger: Trigger, place: Mention | None, sent: tuple[int, int]) -> bool:
    """Whether ``place``, the place read for the verbal act ``trigger`` in the sentence at
    ``sent`` (article offsets), is where what is spoken of happened, not where it was said."""
    if place is None:
        return False
    return (
        in_object_act(text, trigger, place)
        or in_passive_subject(text, trigger, place)
        or in_warned_clause(text, trigger, place, sent)
        or _inside_judged_span(text, trigger, place)
    )


def _inside_judged_span(text: str, trigger: Trigger, place: Mention) -> bool:
    """A place inside a verbal trigger's own span, past its verb and before its last word:
    the act judged in "called the US arms sale to Taiwan a provocation" (one lexicon row),
    whose place is the judged act's, not the speaker's. Only disapproval and rejection
    (CAMEO 1.1b3 roots 11, 12), whose rows span the act judged; an act's own span ("a
    cholera epidemic in Angola has killed") holds its own place."""
    if trigger.code not in ("11", "12"):
        return False
    verb_end = trigger.start + len(text[trigger.start : trigger.end].split(maxsplit=1)[0])
    if _WHERE_AFTER_VERB.fullmatch(text, verb_end, place.start):
        # "rallied in Nuuk on Thursday against the plan": a locative phrase right after the
        # verb tells where the act was done, not the act judged (places59)
        return False
    return verb_end <= place.start and place.end < trigger.end


# "in ", "at the ", "outside ": a preposition of place between the verb and the name
_WHERE_AFTER_VERB = re.compile(r"\s+(?:in|at|outside|inside|near)\s+(?:the\s+)?")
