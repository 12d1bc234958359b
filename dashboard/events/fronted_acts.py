"""An act named by a noun in a fronted "Following" or "After" phrase: "Following Russia's
shelling of a market in Kherson on Wednesday, the UN called an emergency meeting". The
phrase is a time adjunct (Quirk et al. 1985 §8.13, §8.55) that orders the main clause's act
after the noun's; "after" and "following" presuppose that act took place (Levinson 1983,
4.2: a temporal clause is a presupposition trigger; TimeML marks its event BEFORE the main
one), so the noun's act is a happening of its own, coded by what was done (CAMEO 1.1b3
codes the act, not the words about it), at the place and on the day its own phrase gives.

Only a definite noun phrase with a day of its own before the comma counts ("Following the
arrest of X in Istanbul on Wednesday,"): "After years of shelling", "After calls for the
arrest of", "Following a possible strike" name no one act done, and "After the strike," with
no day may be the story's own act told again.

Shape::

    fronted_act(text, s, main, strong, dates) -> (Trigger, DateMention) | None
"""

from __future__ import annotations

import re

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.fronted_clauses import fronted_end
from dashboard.events.tokens import verb_forms

# the openers that presuppose their object done; not "Ahead of", "Despite", "Amid" (an act
# under way or to come) nor "Before" (its object may never have happened: Heinamaki 1974)
_OPENER = re.compile(r"\s*(?:Following|After|In\s+the\s+wake\s+of)\s+")
# a definite noun phrase up to the act's noun: "the", a possessive pronoun or a name's (or a
# common noun's) possessive ("Israel's", "the police's", "the Houthis'"), then at most three
# plain modifiers ("deadly Russian missile"); a modifier is no preposition, quantifier or word
# of a plan, so "After calls for the arrest of", "After weeks of protests" and "Following
# a planned strike" do not reach the noun
_HEAD = re.compile(
    r"(?:(?:the|its|their|his|her)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2}['’]s?\s+)?"
    r"(?:(?!(?:of|for|to|on|in|at|by|with|from|and|or|a|an|any|some|possible|potential|planned|"
    r"proposed|threatened|expected|rumoured|rumored|alleged|failed|attempted|would-be|years?|"
    r"months?|weeks?|days?|calls?|demands?|threats?|plans?|warrants?|bids?)\b)[\w-]+\s+){0,3}",
    re.IGNORECASE,
)
# a verb of its own before the act ("After police denied arresting", "After the army said it
# would arrest", "After police failed to arrest"): the act is that verb's complement, which a
# denial, a report or a failure does not assert (FactBank 1.0, Sauri and Pustejovsky 2009), so
# only a subject may stand before a verb of the act ("After police arrested the mayor")
_OPERATORS = frozenset("will would shall should can could may might must not never no".split())
_FINITE = frozenset({"VBD", "VBN", "VBG"})


def _verb_before(gap: str) -> bool:
    """Does ``gap`` (the words from the opener to the act) hold a past form, a participle, a
    gerund, a modal or a negation ("denied", "said it would", "failed to", "never")?"""
    for word in re.findall(r"[A-Za-z]+", gap.lower()):
        forms = verb_forms(word)
        if word in _OPERATORS or (forms is not None and forms[1] & _FINITE):
            return True
    return False


# the root families of acts done to or before others that such a phrase names: protests
# (CAMEO 1.1b3 §14), shows of force (§15), cuts in relations (§16), coercion (§17: arrests,
# seizures) and force (§18-20)
_DONE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def fronted_act(
    text: str, s: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateMention] | None:
    """The act whose noun heads a fronted "Following"/"After"/"In the wake of" phrase of the
    sentence starting at ``s`` that ends before ``main``, with the first single day named in
    that phrase after the noun (``dates`` are sentence-relative); None when there is none, the
    noun is not definite, its act is flagged (negated, planned, an attempt) or stands after a
    verb of its own phrase (``_verb_before``). A verb's clause counts as its noun does: "After
    police arrested the mayor in Izmir on Tuesday," (its subject stands where the possessive
    would)."""
    end = fronted_end(text, main.start)
    opener = _OPENER.match(text, s)
    if end is None or opener is None:
        return None
    for t in strong:
        if t is main or t.flags or not (opener.end() <= t.start and t.end < end):
            continue
        if t.code[:2] not in _DONE_ROOTS or _HEAD.fullmatch(text, opener.end(), t.start) is None:
            continue
        if _verb_before(text[opener.end() : t.start]):
            return None
        for dm in dates:
            day = dm.range.start == dm.range.end
            if day and t.end <= s + dm.start and s + dm.end < end:
                return t, dm
        return None
    return None
