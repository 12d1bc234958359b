"""The target of a message told with its addressee and its topic: "China complained to Japan
about the Philippines", "Thailand lodged a protest to Cambodia", "Ukraine appealed to the UN
about Russia's attacks".

Levin 1993 (English Verb Classes §37.7 say verbs, §37.8 complain verbs) gives such verbs a
"to" recipient and an "about"/"over" topic. CAMEO 1.1b3 codes the complaint (§114), the
appeal (§02) and the apology (§055) against the party they concern: the one complained
about when the sentence names it ("to the UN about Cambodia": the UN is the forum), else
the one addressed. ``source_target.roles`` reads a "to" phrase as a path and a topic phrase
as beyond the verb's own clause, so this fills a target it left empty.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms

# the roots whose message has an addressee and a topic (appeal, apologize, disapprove)
_MESSAGE_ROOTS = frozenset({"02", "05", "11"})
_WORD = re.compile(r"[A-Za-z]+")
# the addressee right after the message word ("complained to Japan", "a protest to Cambodia")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# a topic right before a name ("about the Philippines", "over Turkish drilling", "about
# Russia's attacks", "that Japan had violated"): the name heads or modifies the topic
_TOPIC = re.compile(r"\b(?:about|over|against|that)\s+(?:the\s+)?$", re.IGNORECASE)
# where the message's phrase ends: a clause mark or a conjunction opening another clause
_PHRASE_END = re.compile(
    r"[;:.]|,|\b(?:and|but|while|after|as|when|because|which|who|whom|said|says)\b"
)


def _head_end(text: str, trig: Trigger) -> int | None:
    """The end of the trigger's message word: a verb of the ``classes.csv`` row
    ``ADDRESSED_TO`` ("complained", "appealed", "a protest") or a noun of
    ``ADDRESSED_TO_NOUN`` ("lodged a complaint"); None when the trigger has neither."""
    verbs, nouns = word_class("ADDRESSED_TO"), word_class("ADDRESSED_TO_NOUN")
    for m in _WORD.finditer(text, trig.start, trig.end):
        word = m.group().lower()
        forms = verb_forms(word)
        if (forms is not None and forms[0] in verbs) or word.rstrip("s") in nouns:
            return m.end()
    return None


def message_target(
    text: str, trig: Trigger, stop: int, pool: list[Actor], source: Actor | None
) -> Actor | None:
    """The target of a message trigger (CAMEO roots 02, 05, 11) whose roles gave none: the
    actor right after "about", "over", "against" or "that" in the message's phrase, else the
    actor right after "to" following the message word; never the source's own country.
    ``stop``: where the sentence ends (article offset). None when the trigger is no message
    word of ``classes.csv`` or neither phrase names an actor ("complained about the heat")."""
    if (trig.full or trig.code)[:2] not in _MESSAGE_ROOTS:
        return None
    head = _head_end(text, trig)
    if head is None:
        return None
    mark = _PHRASE_END.search(text, head, stop)
    end = mark.start() if mark is not None else stop
    after = [
        a
        for a in sorted(pool, key=lambda a: a.start)
        if head <= a.start < end and not _own(a, source)
    ]
    topic = next((a for a in after if _TOPIC.search(text, max(head, a.start - 12), a.start)), None)
    if topic is not None:
        return topic
    return next((a for a in after if _TO.fullmatch(text, head, a.start)), None)


def _own(a: Actor, source: Actor | None) -> bool:
    """Whether ``a`` is the source or of the source's country: no one complains of himself."""
    if source is None:
        return False
    same_country = a.country_code is not None and a.country_code == source.country_code
    return a.name == source.name or same_country
