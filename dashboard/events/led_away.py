"""A demonstration verb used with an object names another act: "the gunmen marched the
students into a forest", "investigators gathered evidence", "the army paraded captured
soldiers". CAMEO 1.1b3 §141 (demonstrate or rally) is a crowd's own act, told by the verb
with no object ("thousands marched", "crowds gathered outside parliament") or with the way
it went ("marched the streets of Dhaka"). The verbs and the way nouns are ``classes.csv``'s
``LED_AWAY_VERB`` and ``MARCH_ROUTE`` rows (Merriam-Webster's transitive senses).
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token, is_noun

_PAST = frozenset({"VBD", "VBN"})  # "marched" also matches the noun row's "march"
_OBJECT_REACH = 4  # words of the object's noun phrase looked at for its head


def led_away(tokens: list[Token], m: Match) -> bool:
    """Whether the one-word §141 match ``m`` on a verb (the noun row matches "marched" by
    its lemma too) takes a direct object that is no way
    walked: the word after it opens a noun phrase (an article, a possessive, a number or a
    noun) whose head, within ``_OBJECT_REACH`` words, is no ``MARCH_ROUTE`` noun."""
    if m.rule.code != "141" or m.first != m.last or m.last + 1 >= len(tokens):
        return False
    verb = tokens[m.first]
    if not verb.keys & word_class("LED_AWAY_VERB"):
        return False
    if m.rule.kind == "N" and not verb.tags & _PAST:
        return False  # "a march the police allowed": the noun row on a noun
    nxt = tokens[m.last + 1]
    opens = nxt.lower in ARTICLES or nxt.text.isdigit() or _common_noun(nxt)
    if not opens:
        return False
    # "marched the streets" is the way walked; "the protests gathered pace", its subject grown
    kept = word_class("MARCH_ROUTE") | word_class("MOMENTUM_OBJECT")
    phrase = tokens[m.last + 1 : m.last + 1 + _OBJECT_REACH]
    return not any(t.keys & kept for t in phrase)


def _common_noun(t: Token) -> bool:
    """A lower-case word lemminflect knows as a noun and no adverb ("evidence", "hostages"):
    not "from" or "into" (the token's parts of speech guess NOUN for a word it does not
    know), nor "outside", "home" or "past", which tell where the crowd went; a weekday is
    capitalised."""
    return t.text.islower() and is_noun(t.lower) and "ADV" not in t.pos and "ADJ" not in t.pos
