"""What a rule lets others do, told as the rule's content: "The state of emergency allows
troops to patrol the streets", "The new law permits police to detain suspects without
charge". The subject is a rule or a measure (``classes.csv`` ``STATUTE`` and ``MEASURE``,
and a state of emergency), and the verb grants a permission; what it permits is a
possibility the rule opens (TimeML 1.2.1 §2.3, modal subordination: the permitted event is
MODAL, not asserted), and the rule itself is the subject, not declared here. CAMEO 1.1b3
codes acts of political actors; a rule's text is none (as ``non_events._rule_speaks``
reads "the constitution says elections must be held"). So no trigger of such a sentence
is read. A rule that was passed or declared is read where that is told ("parliament
passed a law that allows police to detain suspects": the passing is the act, and what the
relative clause permits is the law's content, not an arrest).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import Gated, gated
from dashboard.events.word_trie import case_blind_alternation

# verbs of permission (Quirk et al. 1985 §16.52: "allow/permit/enable … to-infinitive",
# the object the one permitted)
_PERMIT = r"(?:allows?|permits?|lets|enables?|authori[sz]es?|empowers?|entitles?)"


@cache
def _rule_nouns() -> str:
    """A regex alternation of a rule's or a measure's nouns (``classes.csv`` ``STATUTE`` and
    ``MEASURE``, a decree, a state of emergency), longest first, as a trie: the patterns are
    IGNORECASE, where ``re`` enters every branch of a flat list at each place it tries, and
    these three patterns were the costliest case-blind scans of the dev texts (speed79)."""
    return case_blind_alternation(_rule_noun_list())


def _rule_noun_list() -> list[str]:
    """The nouns of ``_rule_nouns``, longest first (a word before any longer one it opens)."""
    nouns = word_class("STATUTE") | word_class("MEASURE") | {"decree", "state of emergency"}
    return sorted(nouns, key=lambda n: (-len(n), n))


@cache
def _rule_permits() -> Gated:
    """A sentence opening on a determiner, up to three modifiers, a rule's noun and a verb
    of permission ("The new anti-terror law allows", "The state of emergency permits")."""
    listed = _rule_nouns()
    return gated(
        rf"^\W*(?:the|this|that|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{listed})s?"
        rf"\s+(?:also\s+|further\s+|now\s+)?{_PERMIT}\b",
        re.IGNORECASE,
    )


@cache
def _relative_permits() -> Gated:
    """A rule's noun, "that"/"which" and a verb of permission ("a law that allows")."""
    listed = _rule_nouns()
    return gated(
        rf"\b(?:{listed})s?,?\s+(?:that|which)\s+(?:also\s+|would\s+|will\s+)?({_PERMIT})\b",
        re.IGNORECASE,
    )


def permitted_from(text: str) -> int | None:
    """The offset in ``text`` (one sentence) of a verb of permission in a relative clause on a
    rule ("passed a law that allows police to detain"), after a modal on a decision or a
    rule ("said the decision would allow Chad to assert its sovereignty"), or of a rule's
    provision ("the law provides that asylum can be granted"): what follows is
    the rule's content or the decision's foreseen effect, no act done."""
    found = [
        m.start(1)
        for m in (
            _relative_permits().search(text),
            _effect_permits().search(text),
            _provides().search(text),
        )
        if m
    ]
    return min(found, default=None)


@cache
def _provides() -> Gated:
    """A rule's noun and a verb stating its content ("immigration law provides that asylum
    can only be granted", "the accord stipulates that troops withdraw"): the "that" clause is
    the rule's text, a provision (Merriam-Webster provide v. 2 'to make a proviso or
    stipulation'), no act done (TimeML 1.2.1 §2.3, modal subordination; cameo78)."""
    return gated(
        rf"\b(?:{_rule_nouns()})s?\s+(?:also\s+|further\s+)?(provides?|stipulates?)\s+that\b",
        re.IGNORECASE,
    )


def rule_permits(text: str) -> bool:
    """Is ``text`` (one sentence) a rule's or a measure's content, told with a verb of
    permission after the rule as subject? Its triggers are the permitted acts, none done."""
    return _rule_permits().search(text) is not None or _permitted_under().search(text) is not None


# a rule still named as the draft that was voted (Oxford Learner's Dictionaries bill n. 3 'a
# written suggestion for a new law that is presented to a country's parliament')
_DRAFTS = "bill|legislation|amendment|ordinance"


@cache
def _permitted_under() -> Gated:
    """A permission in the passive, future or modal, that a rule grants ("Police will be
    allowed to detain protesters under a law passed on Tuesday", "troops would be permitted
    to fire under the new decree"): what is permitted is the rule's content, a possibility
    it opens (TimeML 1.2.1 §2.3: MODAL, not asserted), and "will" tells the rule's effect,
    no intent of the one permitted (CAMEO 1.1b3 §03 codes an intent an actor expresses).
    "Police were allowed to enter the campus" (a past permission, no rule named) stays."""
    listed = _rule_nouns()
    return gated(
        r"\b(?:will|would|could|can|is\s+to|are\s+to)\s+(?:now\s+|also\s+)?be\s+"
        r"(allowed|permitted|authori[sz]ed|empowered|entitled)\s+to\b[^.;]*?\bunder\s+"
        rf"(?:(?:a|an|the|new|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{listed}|{_DRAFTS})s?\b",
        re.IGNORECASE,
    )


@cache
def _effect_permits() -> Gated:
    """A decision or a rule (``classes.csv`` ``DECISION``, ``STATUTE``, ``MEASURE``), a modal
    and a verb of permission ("the decision would allow", "this move will enable"): what it
    would permit is an effect foreseen (TimeML 1.2.1 §2.3: the event under a modal is MODAL,
    not asserted), so no act of its own."""
    nouns = case_blind_alternation(_rule_noun_list() + sorted(word_class("DECISION")))
    return gated(
        rf"\b(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})s?\s+"
        rf"(?:would|will|could|might|should)\s+(?:also\s+|now\s+)?"
        rf"(allow|permit|let|enable|empower|entitle)\b",
        re.IGNORECASE,
    )
