"""Actors a sentence names beside an act who are no side of it, though they stand where a
nearest-name reading takes its source or target:

- the possessor of a relational noun that names someone else ("Police detained Ali Kaya,
  Premier Ozan's main rival", "Premier Ozan's envoy met the king"): Barker (1995,
  *Possessive Descriptions*) — a relational noun's possessor is the other term of the
  relation, so the phrase refers to the rival or the envoy, never to the possessor;
- the body a letter or a briefing is addressed to ("Iraq sent a letter to the Security
  Council accusing Turkey", "Syria told the Security Council that ..."): the addressee of a
  communication is its recipient, the writer its source (CAMEO 1.1b3 codes the one who
  accuses or condemns as the source);
- the court whose warrant an arrest was made on ("was arrested on an ICC warrant", "on a
  warrant issued by the ICC"): the warrant's issuer orders, the police act, and the one
  seized is the target (CAMEO 1.1b3 §173), never the court;
- the one who moves to stop a crowd's disorder ("Troops did not act quickly to stop the
  looting", "police moved to prevent the riot"): the stopper acts on the disorder, which is
  the crowd's (classes.csv ``DISORDER``; CAMEO 1.1b3: the source is the one who acts);
- the one who identified a person ("The shooter, identified by the FBI as Jon Doe, fired"):
  the agent of an identifying passive with its "as" complement (classes.csv ``IDENTIFYING``;
  Quirk et al. 1985, 16.48) told who the person is, a source of the news, not a side of
  what the person did or suffered.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class


@cache
def _relational() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The possessive, up to two lower-case modifiers ("main", "longtime", "special") and a
    noun of ``classes.csv`` ``COUNTERPART``, ``ADHERENT`` or ``KIN`` (any possessor) or ``AGENT_OF``
    (a person)."""

    def pattern(*names: str) -> re.Pattern[str]:
        words = frozenset().union(*(word_class(n) for n in names))
        nouns = "|".join(sorted(words, key=len, reverse=True))
        nouns = nouns.replace(" ", r"\s+")
        return re.compile(rf"['’]s?\s+(?:(?:[a-z][\w-]*)\s+){{0,2}}?(?:{nouns})\b")

    # a leader's supporters are a crowd of their own ("Trump's supporters attacked"), and a
    # leader's brother a person of his own ("X's brother Y resigned"), as "supporters of X"
    # and "the son of X" are (``whose_side``; ACLED codes a crowd with X as associated actor)
    return pattern("COUNTERPART", "ADHERENT", "KIN"), pattern("AGENT_OF")


def relational_owner(text: str, a: Actor) -> bool:
    """Whether ``a`` is the possessor of a relational noun right after it: a rival, critic,
    ally, supporter or relative of any possessor ("Ali Kaya, Premier Ozan's main rival,",
    "Ozan's supporters marched", "Ozan's brother Ali resigned"), or the envoy, aide or
    lawyer of a person ("Premier Ozan's envoy"; a state's envoy acts for the state, which
    CAMEO 1.1b3 codes as the actor, so "Turkey's envoy" keeps Turkey).

    >>> t = "Police held Ali Kaya, Premier Ozan's main rival, on Monday."
    >>> relational_owner(t, Actor("Ozan", "person", "TR", 30, 34))
    True
    >>> t = "Premier Ozan's government fell."
    >>> relational_owner(t, Actor("Ozan", "person", "TR", 8, 12))
    False
    """
    if a.start < 0:
        return False
    counterpart, agent = _relational()
    if counterpart.match(text, a.end):
        return True
    m = agent.match(text, a.end) if a.kind == "person" else None
    # the agent named beside the phrase ("Steve Witkoff, Trump's envoy," or "Trump's envoy,
    # Steve Witkoff,") is the actor; an agent left unnamed ("met Putin's envoy") stands for
    # its principal, who stays the side (newuser59d)
    return m is not None and (
        _NAME_AFTER.match(text, m.end()) is not None
        or _NAME_BEFORE.search(text, max(0, a.start - 60), a.start) is not None
    )


_NAME_AFTER = re.compile(r"\s*,?\s*[A-Z][\w'’.-]+\s+[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]+,\s*$")


# a letter, complaint or briefing sent to the actor ("sent a letter to the", "wrote to the
# U.N.", "told the", "briefed the"), read back from the actor's start
_ADDRESSED = re.compile(
    r"\b(?:(?:letters?|complaint|note|wrote|writes|write|writing|written|appealed|"
    r"appeals|appeal|complained|complains)\s+to|told|tells|telling|briefed|briefs|briefing|"
    r"addressed|addresses|addressing)\s+(?:the\s+)?(?:U\.?N\.?\s+|United\s+Nations\s+)?$"
)


# the act told right after the addressee, at most past a day and a participle ("to the
# Security Council on Monday accusing", "condemning Israeli airstrikes"): the letter's content, a participle clause whose subject is the writer;
# a "that" clause after it has a subject of its own ("told the Council that Russia had")
_RIGHT_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s*(?:,\s*)?)?"
    # or the object of that participle ("condemning Israeli airstrikes", "accusing it of")
    r"(?:[a-z]+ing\s+(?:[\w.'’-]+\s+){0,3})?"
)


def addressed_body(text: str, a: Actor, trigger_start: int, actors: list[Actor]) -> bool:
    """Whether ``a``, named before the trigger, is the one a communication before it is
    addressed to ("Iraq sent a letter to the Security Council accusing Turkey") while a
    writer is named before it: the writer is the source, the addressee no side.

    >>> t = "Iraq sent a letter to the Security Council accusing Turkey."
    >>> iraq = Actor("Iraq", "country", "IQ", 0, 4)
    >>> sc = Actor("Security Council", "organisation", None, 26, 42)
    >>> addressed_body(t, sc, t.index("accusing"), [iraq, sc])
    True
    >>> addressed_body(t, iraq, t.index("accusing"), [iraq, sc])
    False
    """
    if not 0 <= a.start < trigger_start or not _RIGHT_AFTER.fullmatch(text, a.end, trigger_start):
        return False
    m = _ADDRESSED.search(text, max(0, a.start - 40), a.start)
    if m is None:
        return False
    # a writer of its own before the verb, in the same sentence ("Iraq sent a letter")
    return any(
        b is not a and 0 <= b.end <= m.start() and "." not in text[b.end : m.start()]
        for b in actors
    )


# the court named as a warrant's issuer: "an ICC warrant", "an International Criminal Court
# arrest warrant" (the name premodifies "warrant"), "a warrant issued by the ICC"
_WARRANT_AFTER = re.compile(r"['’]?s?\s+(?:arrest\s+)?warrants?\b")
_WARRANT_BEFORE = re.compile(r"\bwarrants?\s+(?:issued|sought|requested)\s+by\s+(?:the\s+)?$")


def warrant_issuer(text: str, a: Actor, trigger_start: int) -> bool:
    """Whether ``a``, named after the trigger at ``trigger_start``, is the issuer of a warrant
    ("arrested on an ICC warrant", "a warrant issued by the ICC"): the court that orders an
    arrest is not the one arrested, so no target of it.

    >>> t = "He was arrested on an ICC warrant."
    >>> warrant_issuer(t, Actor("ICC", "organisation", None, 22, 25), 7)
    True
    >>> t = "The ICC warrant charged him."
    >>> warrant_issuer(t, Actor("ICC", "organisation", None, 4, 7), 16)
    False
    """
    if a.start < trigger_start:
        return False  # "A Canadian warrant charged him": the issuer of a warrant acts by it
    if _WARRANT_AFTER.match(text, a.end):
        return True
    return _WARRANT_BEFORE.search(text, max(0, a.start - 40), a.start) is not None


def outside_party(text: str, a: Actor, trigger_start: int, actors: list[Actor]) -> bool:
    """Any of the five: ``relational_owner``, ``addressed_body``, ``warrant_issuer``,
    ``stopper``, ``identifier``."""
    return (
        relational_owner(text, a)
        or identifier(text, a)
        or addressed_body(text, a, trigger_start, actors)
        or warrant_issuer(text, a, trigger_start)
        or stopper(text, a, trigger_start)
    )


# a "to" infinitive of stopping and the definite article before the act ("to stop the ",
# "to prevent the widespread "): an act the subject moves against, with "the" not "its"
_STOP_BEFORE = re.compile(
    r"\bto\s+(?:stop|prevent|halt|end|curb|quell|contain|stem|put\s+down)\s+the\s+"
    r"(?:[a-z][\w-]*\s+)?$"
)


def stopper(text: str, a: Actor, trigger_start: int) -> bool:
    """Whether ``a`` is named before a move to stop the disorder at ``trigger_start`` (module
    doc): "Nigerian troops did not act quickly to stop the looting" (Nigeria stops it)."""
    if not 0 <= a.start < trigger_start:
        return False
    stop = _STOP_BEFORE.search(text, max(0, trigger_start - 40), trigger_start)
    word = re.match(r"[a-z]+", text[trigger_start : trigger_start + 20])
    if stop is None or word is None or a.start >= stop.start():
        return False
    return bool({word.group(), word.group().removesuffix("s")} & word_class("DISORDER"))


@cache
def _identified_by() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An identifying verb and "by" before the agent ("identified by the ", "named by local
    "), and the same verb with its "as" complement before a "by" after it ("identified as
    Jon Doe by the ")."""
    verbs = "|".join(sorted(word_class("IDENTIFYING")))
    return (
        re.compile(rf"\b(?:{verbs})\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE),
        re.compile(rf"\b(?:{verbs})\s+as\s+[^,;.()]{{1,60}}?\s+by\s+(?:the\s+)?$", re.I),
    )


_AS_AFTER = re.compile(r"\s+as\b")


def identifier(text: str, a: Actor) -> bool:
    """Whether ``a`` is the agent of an identifying passive (module doc): "The shooter,
    identified by the FBI as Jon Doe, fired" (the FBI), "identified as Jon Doe by police".

    >>> t = "The shooter, identified by the FBI as Jon Doe, fired shots."
    >>> identifier(t, Actor("FBI", "organisation", "US", 31, 34))
    True
    >>> t = "The FBI identified the shooter as Jon Doe."
    >>> identifier(t, Actor("FBI", "organisation", "US", 4, 7))
    False
    """
    if a.start < 0:
        return False
    before, after = _identified_by()
    lo = max(0, a.start - 80)
    if before.search(text, lo, a.start) is not None:
        return _AS_AFTER.match(text, a.end) is not None
    return after.search(text, lo, a.start) is not None
