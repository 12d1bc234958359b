"""A date that is a deadline's, not the act's: "gave banks until 30 July to close the accounts",
"set a deadline of Friday". TimeML (Pustejovsky et al. 2003, TimeML 1.2.1 §2.2): the date
anchors the deadline, a time the act only sets; the act itself (the sanction, the order) was
told before it and keeps its own date or none."""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated

# a giving or setting verb, its object, then "until"/"till"/"by" right before the date;
# or the noun "deadline" itself ("a deadline of Friday", "the deadline, 1 March")
_DEADLINE = gated(
    r"\b(?:give|gave|given|gives|giving|grant|granted|grants|set|sets|setting|allow|allowed|allows)"
    r"\b[^,.;]{0,40}?\b(?:until|till|by)\s+(?:the\s+)?$|\bdeadline\s+(?:of\s+|is\s+|was\s+)?$",
    re.IGNORECASE,
)


def deadline_date(text: str, at: int) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` is a deadline's: after a giving
    or setting verb, or a "within" span or a "by" date closing an infinitive ("ordered the
    ambassador to leave the country within 48 hours", "ordering troops to leave by January":
    the leaving's time, TimeML's TLINK of the span to the infinitive's event, so the order
    keeps its own date)."""
    if _DEADLINE.search(text, max(0, at - 60), at) is not None:
        return True
    if _BY_AFTER_INFINITIVE.search(text, max(0, at - 170), at) is not None:
        return True  # "to leave by January", the phrase read without its "by"
    if text[at : at + 3].lower() == "by ":
        return _ORDERED.search(text, max(0, at - 170), at) is not None
    return (
        text[at : at + 7].lower() == "within "
        and _INFINITIVE_BEFORE.search(text, max(0, at - 60), at) is not None
    )


# "to leave the country ", "to withdraw its troops ": an infinitive and its object, no clause
# break, right before a "within" span
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+\b[^,.;]{0,50}?$")
# "ordering French troops to leave by January", "told peacekeepers to withdraw by the end of
# the year": "by" closing the infinitive of an order is that infinitive's deadline (TimeML
# 1.2.1 §2.2: the date anchors the leaving, which is to come), not the ordering's time; an
# intent's own infinitive ("plans to complete the withdrawal by January") is the act dated
# a number's own comma or point ("20,000 residents", "1.5 million people") ends no clause
_IN_CLAUSE = r"(?:[^,.;]|(?<=\d)[,.](?=\d))"
# between the order and its infinitive, an appositive set off by commas may name the ones
# ordered ("ordered all residents of Yellowknife, the territory's capital, to evacuate")
_ORDERED = re.compile(
    r"\b(?:order|tell|told|ask|urg|demand|instruct|direct|forc|compel)[a-z]*\s+"
    rf"(?:{_IN_CLAUSE}|,){{0,100}}?\bto\s+[a-z]+\b{_IN_CLAUSE}{{0,50}}?$",
    re.IGNORECASE,
)
_BY_AFTER_INFINITIVE = re.compile(_ORDERED.pattern[:-1] + r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


# "suspend talks until 2028", "the ban will last until June", "a ceasefire that runs to
# March", "extended martial law through August": the date ends a state the act sets up
# (TimeML 1.2.1 §2.4, TLINK ENDED_BY), so it is not the act's own time (IS_INCLUDED)
_UNTIL = gated(r"\b(?:until|till|til|up\s+to)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.IGNORECASE)
_RUNS_TO = gated(
    r"\b(?:runs?|ran|running|lasts?|lasted|lasting|extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?)"
    r"\b[^,.;]{0,40}?\b(?:to|through|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "did not fire until Monday", "not before June": the act happened at the date (heads.py
# reads the negation away), so the date is the act's
_NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^,.;]{0,60}$", re.IGNORECASE)
# "would not resume talks until 2028", "won't withdraw until 2030": a refusal of what is to
# come, which the date only bounds (Quirk et al. 1985 §4.60, volitional "will" negated); the
# act is not told to happen then, so the date is not its own (newuser51)
_REFUSED_UNTIL = re.compile(
    r"\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t)\b[^,.;]{0,60}$", re.IGNORECASE
)
# a happening told "until" a date went on up to it: "protests continued until Sunday",
# "shelled the town until dawn on Monday" (CAMEO protest, assault, fight, mass violence)
_GOES_ON = frozenset({"14", "18", "19", "20"})
# "rallied after X said Georgia would suspend talks until 2028": a verb of what is to come
# with an object before "until" sets up the state the date ends, in a clause of its own, so
# the date bounds that state even beside a protest or a fight (newuser52); "protests will
# continue until Sunday" has no object between and keeps the date
_SET_UP_BEFORE = re.compile(
    r"\b(?:would|will|shall|to)\s+[a-z]+\s+(?!until\b)[a-z][^,.;]{0,40}?\buntil\s+$",
    re.IGNORECASE,
)


def state_end_date(text: str, at: int, code: str) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` ends a state ("until 2028") that
    an act of CAMEO root ``code`` sets up, rather than dating the act.

    >>> state_end_date("Iran agreed to suspend talks until 2028.", 29, "03")
    True
    >>> state_end_date("Protests continued until Sunday.", 19, "14")
    False
    """
    lead = re.match(r"(?:until|till|til|up\s+to|through|thru|to)\s+", text[at:], re.IGNORECASE)
    cut = at + lead.end() if lead else at
    before = text[max(0, at - 80) : cut]
    if code[:2] in _GOES_ON and not _SET_UP_BEFORE.search(before):
        return False
    if not (_UNTIL.search(before) or _RUNS_TO.search(before)):
        return False
    return (
        _NOT_UNTIL.search(text, max(0, at - 60), at) is None
        or _REFUSED_UNTIL.search(text, max(0, at - 60), at) is not None
    )


# "demanded a 30-day ceasefire starting on Monday", "a curfew effective from Friday": a
# noun, then a participle of onset right before the date
_ONSET = gated(
    r"\b(?P<noun>[a-z][\w-]*)\s+(?:starting|beginning|commencing|effective|"
    r"to\s+(?:start|begin|run))(?:\s+(?:from|on|at))?\s+$",
    re.IGNORECASE,
)
# classes.csv rows naming an arrangement or a measure that runs from a start: a truce, a
# sanction, a restriction, talks, an agreement (each row sourced to CAMEO 1.1b3 there)
_RUNNING = ("TRUCE", "SANCTION", "RESTRICTION", "TALKS", "AGREEMENT")


def onset_of_other(text: str, at: int, trigger_start: int) -> bool:
    """Whether the date phrase starting at ``at`` of ``text`` opens a truce, sanction,
    restriction, talks or agreement (``_RUNNING``) named after a trigger told in the simple
    past at ``trigger_start``: "had demanded a 30-day ceasefire starting on Monday" dates the
    ceasefire's start (TimeML 1.2.1 §2.4, TLINK BEGUN_BY), not the demand, which was made
    before it and keeps its own date or none. A trigger that is the noun itself ("A truce
    starting on Monday was broken"), a verb not in the past ("will discuss it during talks
    beginning in June") and an adverbial on another object ("will return to their homes
    starting on Monday") keep the date.

    >>> onset_of_other("They demanded a truce starting on Monday.", 31, 5)
    True
    >>> onset_of_other("A truce starting on Monday was broken.", 17, 2)
    False
    """
    m = _ONSET.search(text, max(trigger_start, at - 40), at)
    if m is None or m.start() <= trigger_start:
        return False
    from dashboard.events.lexicon import word_class
    from dashboard.events.tokens import verb_forms

    verb = re.match(r"[A-Za-z]+", text[trigger_start:])
    forms = verb_forms(verb.group().lower()) if verb else None
    if forms is None or "VBD" not in forms[1]:
        return False
    noun = m["noun"].lower()
    lemmas = {noun, noun[:-1] if noun.endswith("s") else noun}
    return any(lemmas & word_class(name) for name in _RUNNING)
