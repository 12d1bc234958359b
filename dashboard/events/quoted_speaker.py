"""A first-person act in a quotation is its speaker's act: in '"We have released the
hostages," a Hamas official said' the releaser is Hamas, whom the official speaks for, not
the target of the release. CAMEO 1.1b3 codes an official speaking for a body as that body
(the actor codebook's sector codes: a government's or group's spokesman is the government or
group), and "we" in a quotation is the speaker's side (Quirk et al. 1985, 6.12: the inclusive
"we" of a spokesperson; 14.31: the reporting clause names who utters the direct speech).
"""

from __future__ import annotations

import re

from dashboard.analysis import dateline_end
from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class

# a quotation opening on "We"/"I" (or "We", after a fronted adverbial: '"Today we …'), the
# trigger inside it with no closing mark before it
# or on "Our" before the side's forces or government ('"Our forces struck the depot"'): the
# speaker's own, not any "our" ('"Our hearts go out…"')
_QUOTE_OPEN = re.compile(
    r"(?:[\"“‘]|(?:^|(?<=\s))')(?:(?:[A-Z][a-z]+|[Tt]his\s+\w+|[Oo]n\s+\w+),?\s+)?(?:We|we|I|(?:Our|our)\s+"
    r"(?:forces|troops|army|navy|soldiers|units|military|air\s+force|air\s+defences?|"
    r"air\s+defenses?|fighters|government|police))\s"
)
# the reporting clause right after the quotation: '," a Hamas official said'
_SAID_AFTER = re.compile(
    r"[,.!?]?(?:[\"”’]|(?<=[,.!?])'),?\s+(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:said|says|told|added|declared|"
    r"announced|stated)\b"
)


# a closing quotation mark: double, or a single one after the quotation's last punctuation
# (an apostrophe inside a word, "didn't", closes nothing)
_CLOSE = re.compile(r"[\"”’]|(?<=[,.!?])'")


def first_person_speaker(
    text: str, trigger_start: int, sentence: tuple[int, int], actors: list[Actor]
) -> Actor | None:
    """The actor named in the reporting clause of the quotation holding ``trigger_start``
    when the quotation's subject is "we" or "I"; None otherwise. ``sentence``: the
    sentence's (start, end) in ``text``.

    >>> from dashboard.events.actors import Actor
    >>> s = '"We freed them," a Hamas official said.'
    >>> first_person_speaker(s, 4, (0, len(s)), [Actor("Hamas", "organisation", None, 18, 23)]).name
    'Hamas'
    """
    lo, hi = sentence
    opening = None
    for m in _QUOTE_OPEN.finditer(text, lo, trigger_start):
        opening = m
    if opening is None or _CLOSE.search(text[opening.end() : trigger_start]):
        return None
    close = _CLOSE.search(text, trigger_start, hi)
    if close is None:
        return None
    said = _SAID_AFTER.match(
        text, close.start() - 1 if text[close.start() - 1] in ",.!?" else close.start()
    )
    if said is None:
        return None
    inside = [a for a in actors if opening.end() <= a.start < trigger_start]
    if inside:
        return None  # '"We saw Israel strike…"': a side named in the quotation acts
    return next(
        (
            a
            for a in actors
            if said.start("who") <= a.start < said.end("who")
            # a demonym as the last word before "said" is a surname ('…," French said')
            and not (
                a.kind == "country"
                and text[a.start : a.end] != a.name
                and not text[a.end : said.end("who")].strip()
            )
        ),
        None,
    )


# a reporting clause opening the sentence: "Israel said", "The Indian army said that"
_REPORTED = re.compile(
    r"(?P<who>[^,;\"“]{2,60}?)\s+(?:said|says|reported|announced|claimed|stated)\s+(?:that\s+)?"
)
# the act's object owned by "its"/"their": "fired on its troops", "rammed their boats"
_OWN_OBJECT = re.compile(r"\s(?:on|at|against)?\s*(?:its|their)\s+[a-z]", re.IGNORECASE)
# a passive's subject owned by "its"/"their", right after the reporting clause ("said two
# of its soldiers were captured by", "said its positions were shelled"): the passive's
# patient is the reporter's own (Quirk et al. 1985 §6.18), so the reporter is the target
_OWN_PASSIVE_SUBJECT = re.compile(
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several|many|dozens|"
    r"hundreds|all)\s+of\s+)?(?:its|their)\s+(?P<noun>(?:[a-z][\w-]*\s+){1,3})"
    r"(?:(?:was|were|had|has|have|been)\s+){0,2}",
    re.IGNORECASE,
)


def _own_passive_subject(text: str, start: int, trigger_start: int) -> bool:
    """Whether ``text[start:trigger_start]`` is a passive's subject owned by "its"/"their"
    ("two of its soldiers were"), and not one of the reporter's weapons ("its missiles were
    fired": the weapon is the reporter's instrument, so its owner acted; ``ARMS``)."""
    m = _OWN_PASSIVE_SUBJECT.fullmatch(text, start, trigger_start)
    if m is None:
        return False
    arms = word_class("ARMS")
    return not any(w.lower() in arms or w.lower().rstrip("s") in arms for w in m["noun"].split())


def reporter_side(
    text: str, trigger: tuple[int, int], sentence: tuple[int, int], actors: list[Actor]
) -> Actor | None:
    """The reporter's side as the target of a reported act done to "its" own ("Israel said
    Hezbollah had fired on its troops": the troops are Israel's, CAMEO 1.1b3's target is whom
    the act was done to; Quirk et al. 1985 §6.18, a possessive pronoun takes back the
    nearest fitting noun phrase, here the reporting clause's subject, the act's subject
    having its own object). None when the sentence opens on no reporting clause with a named
    actor, or the object is not "its"/"their" right after the act's verb."""
    lo, hi = sentence
    start, end = trigger
    # the story's first sentence opens after its dateline ("KYIV, Ukraine (AP) — ")
    lo = max(lo, dateline_end(text)) if lo < dateline_end(text) < start else lo
    said = _REPORTED.match(text, lo, start)
    # the object may lie inside the trigger's span ("fired on its troops") or right after it
    if said is None:
        return None
    own_object = _OWN_OBJECT.search(text, start, min(hi, end + 12)) is not None
    if not own_object and not _own_passive_subject(text, said.end(), start):
        return None
    return next((a for a in actors if said.start("who") <= a.start < said.end("who")), None)


# CAMEO 1.1b3 roots of acts of force or coercion a side may deny having done: 15 (force
# shown), 17 (coerce), 18 (assault), 19 (fight), 20 (mass violence)
_DENIABLE_ROOTS = ("15", "17", "18", "19", "20")


def quoted_denial(flags: tuple[str, ...], code: str) -> bool:
    """Is a first-person act in a quotation, negated, the speaker's denial? '"We did not
    attack any ship," a Houthi spokesman said' tells no attack: the spokesman's side denies
    one (CAMEO 1.1b3 §016 deny responsibility, 'discard or deny accusations or charges'; the
    act said not done is the accusation denied). ``code``: the act's full CAMEO code; true
    only for acts of force or coercion (roots 15, 17-20), so '"We did not agree"' stays a
    negated act of its own."""
    return "negated" in flags and code[:2] in _DENIABLE_ROOTS
