"""The places a report's sentences name only as the place of an act its act answers.

"DAR ES SALAAM - Police detained 14 activists who had gathered to protest against the arrest of
their leaders in Mbeya": Mbeya is where the arrest was (``events.answered_places``), so the
detention was not there. The reader places the detention elsewhere (its dateline, or its
country); ``answered`` gives the merge the places such a report says its act was *not* at,
and ``happenings.answered.named_for_answered`` keeps it apart from reports placed there
(newuser91's repro 00: a detention in one city joined the arrest it protested in another).
A place its sentence also names outside such a complement ("ISLAMABAD - ... against the
arrest of Khan in Islamabad") is not one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from dashboard.events.answered_places import answered_place, may_answer
from dashboard.store.recalled_places import article_mentions


def answered(
    conn: Connection, rows: Sequence[Any], said: Callable[[str], list[str]]
) -> dict[str, frozenset[str]]:
    """Each event's places (ids) that its sentences name only inside an answered act's
    complement (module doc); events with none are left out. ``said`` decodes a row's
    evidence into its sentences."""
    found = {
        r.id: (r, sentences)
        for r in rows
        if r.evidence and (sentences := [s for s in said(r.evidence) if _may_answer(s)])
    }
    if not found:
        return {}
    named = article_mentions(conn, {r.article_id for r, _ in found.values()})
    out: dict[str, frozenset[str]] = {}
    for eid, (r, sentences) in found.items():
        places = {
            pid
            for text, pid, _ in named.get(r.article_id, ())
            if any(_only_answered(s, text) for s in sentences)
        }
        if places:
            out[eid] = frozenset(places)
    return out


def _may_answer(sentence: str) -> bool:
    # a cheap gate before any search: the complement ends "in / at / outside / near X"; then
    # one scan for an answered act's cue, noun and tail (``may_answer``)
    return (" of " in sentence or " in " in sentence) and may_answer(sentence)


def _only_answered(sentence: str, text: str) -> bool:
    """Does ``sentence`` name ``text``, and only inside answered acts' complements?"""
    at = sentence.find(text)
    if at == -1 or sentence.casefold().count(text.casefold()) != sentence.count(text):
        return False  # also named in other letters ("ISLAMABAD - ... in Islamabad")
    while at != -1:
        if answered_place(sentence, at) is None:
            return False
        at = sentence.find(text, at + len(text))
    return True
