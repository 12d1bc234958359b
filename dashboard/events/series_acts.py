"""Acts told as a series of three or more predicates that share one subject ("The junta
dissolved parliament, arrested the prime minister and closed the airport"): every member
after the first is an act of its own, as ``coordinated.coordinated_act`` reads the second of
two.

Quirk et al. 1985 §13.60 (coordination of more than two conjoins): the conjoins stand apart
by commas and the last is joined by "and" (with or without the serial comma); each is a
predicate of the one subject, so CAMEO 1.1b3 codes each act a report tells (§172 beside §173).
``coordinated_act`` reads only "and" between two verbs, so in a series it found nothing and
every act after the first was lost.

Shape::

    coordinated_acts(text, main, strong, stop) -> list[Trigger]   # in text order
"""

from __future__ import annotations

import re

from dashboard.events.coordinated import (
    _MAX_OBJECT_WORDS,
    _PASSIVE_BEFORE,
    _TOLL,
    _past_verb,
    coordinated_act,
)
from dashboard.events.dates import DateMention
from dashboard.events.drafts import _Draft, _precision
from dashboard.events.supplementive_acts import supplementive_act
from dashboard.events.trigger import Trigger

# the join before a member's verb: a comma, ", and" or "and", maybe an adverb of sequence
_JOIN_END = re.compile(r"(?:,\s+and|,|\s+and)\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
# "and" and the verb it joins, inside the stretch after a member ("and released him")
_AND_VERB = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?P<verb>[\w'’-]+)", re.IGNORECASE)
# marks that open or close a clause or quotation of its own
_MARKS = re.compile(r"[;:()\"“”]")
_CLAUSE_WORD = re.compile(
    r"\b(?:who|whom|which|that|when|where|while|after|before|as|because|if|said|says)\b",
    re.IGNORECASE,
)


def coordinated_acts(text: str, main: Trigger, strong: list[Trigger], stop: int) -> list[Trigger]:
    """The acts coordinated with ``main``'s verb before ``stop`` (its clause's end): the one
    ``coordinated_act`` finds after "and", else the later members of a series
    (``series_members``); empty when there are none."""
    second = coordinated_act(text, main, strong, stop)
    seconds = [second] if second is not None else series_members(text, main, strong, stop)
    further = supplementive_act(text, main, strong, stop)  # "…, arresting 40 people"
    return [*seconds, further] if further is not None and further not in seconds else seconds


def _members_between(stretch: str) -> tuple[int, bool] | None:
    """For the stretch between two members' verbs (or after the last trigger), the commas it
    holds and whether an "and" before a past verb closes the series in it; None when it is no
    part of a series: a clause mark or clause word, an object over ``_MAX_OBJECT_WORDS``
    words, or a comma not followed by a past verb (a member with no trigger of its own, "…,
    questioned him for hours and released him")."""
    if _MARKS.search(stretch) or _CLAUSE_WORD.search(stretch):
        return None
    chunks = stretch.split(",")
    for k, chunk in enumerate(chunks):
        words = chunk.split()
        if k and (not words or not (_past_verb(words[0]) or words[0].lower() == "and")):
            return None
        if len(words) > _MAX_OBJECT_WORDS + 2:
            return None
    closed = any(_past_verb(m["verb"]) for m in _AND_VERB.finditer(stretch))
    return len(chunks) - 1, closed


def series_members(text: str, main: Trigger, strong: list[Trigger], stop: int) -> list[Trigger]:
    """The members after ``main`` of a series "V1 O1, V2 O2(,) and V3 O3" of past verbs that
    are triggers: each member's first word a finite past verb, the stretches between them
    parts of the series (``_members_between``), commas between the members and "and" before
    the last. Members of ``main``'s own three-digit code (one act told twice) and casualty
    verbs (the toll of a force act) are left out. Empty when the words after ``main`` form no
    such series of three or more, or ``main`` is a passive's participle."""
    words = main.text.split()
    if not words or not _past_verb(words[0]):
        return []
    if _PASSIVE_BEFORE.search(text, max(0, main.start - 12), main.start):
        # "The office was closed on Tuesday, and sealed off as a crime scene": what was done
        # to a patient, whose doer the series does not name
        return []
    members: list[Trigger] = []
    commas, closed, prev_end = 0, False, main.end
    for t in sorted(strong, key=lambda x: x.start):
        if t is main or t.start < prev_end or t.start >= stop or closed:
            continue
        t_words = t.text.split()
        if not t_words or not _past_verb(t_words[0]):
            continue  # a noun inside a member's object ("arrested protest leaders")
        stretch = text[prev_end : t.start]
        join = _JOIN_END.search(stretch)
        part = _members_between(stretch[: join.start()]) if join else None
        if join is None or part is None or part[1]:
            break  # no member's verb, or the series closed before this trigger
        commas += part[0] + ("," in join.group())
        closed = "and" in join.group().lower()
        members.append(t)
        prev_end = t.end
    if not closed:
        rest = _members_between(text[prev_end:stop].rstrip(" .!?"))
        closed = rest is not None and rest[1]
        commas += rest[0] if rest else 0
    if not members or not closed or not commas:
        return []  # no series of three, or two verbs joined by "and" (``coordinated_act``'s)
    own = (main.full or main.code)[:3]
    return [t for t in members if (t.full or t.code)[:3] != own and not _TOLL.match(t.text)]


def series_day(
    text: str, first: _Draft, members: list[Trigger], dates: list[DateMention], s: int
) -> None:
    """Give ``first``, a series' first act with no day of its own, the day told after the
    series' last verb ("detained the mayor, seized his papers and expelled two reporters on
    Friday"): the adjunct closing a series of coordinated predicates may scope over every
    member (Quirk et al. 1985 §13.60), and two acts joined by "and" are read so already
    (``coordinated_act``); its members take the first act's day (``_second_act``). ``dates``
    are the sentence's phrases, offsets from ``s`` in the article ``text``. Unchanged when
    ``first`` has a day, there is no member, no comma stands between the first verb and the
    last (two verbs joined by "and", which the date scope reads), or no phrase follows the
    last member's verb outside a clause of its own."""
    if first.readings or not members:
        return
    last = members[-1]
    if "," not in text[first.trigger.end : last.start]:
        return  # two verbs joined by "and": the date scope has read them
    day = next((dm for dm in dates if s + dm.start > last.start), None)
    if day is None or _CLAUSE_WORD.search(text, last.end, s + day.start):
        return  # no day, or one inside a clause of its own after the series
    first.readings = [(day.range, _precision(first.location))]
