"""Acts an article names only as the time anchor of another act of the same sentence.

"Warships held a joint exercise near the island today, a day after the neighbour's missile
launch": the reader reads two events, the exercise and the launch, and dates the launch by
the anchor phrase ("a day after", its ``date_text``). The sentence reports the exercise; the
launch is named to date it (TimeML 1.2.1: a SIGNAL such as "after" or "before" heads the
anchor of a TLINK, an event the text relates its own to, not one it tells anew). Merged, such
an anchor carries its article into the launch's happening, a report of the exercise counted
as a report of the launch (issue 16: a reaction or a later act is not the act it follows).

``anchored`` marks such events (``Report.anchor``), so they stay out of the merge and go with
their sentence's own act (``happenings.told_with``). Kept narrow, as session 90 measured that
leaving out every anchor lost true pairs: only when the same sentence holds another event of the
article, not itself dated by an anchor, of the anchor's family (a prisoners' release dated by a
hostages' release, a joint drill merged as a show of force dated by a launch): a reaction of
another type told with the act it answers ("declared an emergency hours after gunmen seized
the station") is the article's telling of that act, and an act told in a background sentence
of its own ("The launch came a day after ...") may be what the article tells; both merge as
before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.events.lexicon import role_words
from dashboard.happenings.model import Report
from dashboard.happenings.rules import family
from dashboard.store.schema import events

CHUNK = 500  # ids per IN (...) list, as ``happening_reports.CHUNK``
_IDS: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
_SIBLINGS = sa.select(
    events.c.id, events.c.article_id, events.c.event_code, events.c.date_text, events.c.evidence
).where(events.c.article_id.in_(_IDS))


@cache
def _signal() -> re.Pattern[str]:
    """A date phrase ending in a temporal signal: its event is the signal's object."""
    return re.compile(rf"\b(?:{role_words('anchor_signals.csv', 'anchor')})\s*$", re.IGNORECASE)


def anchor_dated(date_text: str | None) -> bool:
    """Is an event dated by an anchor phrase that names it as the anchor ("a day after")?

    >>> anchor_dated("a day after"), anchor_dated("hours before"), anchor_dated("on Monday")
    (True, True, False)
    >>> anchor_dated(None)
    False
    """
    return bool(date_text) and _signal().search(date_text or "") is not None


def anchored(conn: Connection, rows: Sequence[Any], reports: list[Report]) -> list[Report]:
    """``reports`` (built from ``rows``, in order) with ``anchor`` set on the events named only
    as the time anchor of another act of their family (``rules.family``, by the root each is
    merged as when built here) that their sentence tells (module doc); the rest as built.

    Of another family, the anchor is the article's only telling of its type ("declared a state
    of emergency hours after gunmen seized a station"): the outlets that tell a reaction tell
    the act it answers too, and the anchor merges as before."""
    found = anchor_only(conn, [r for r in rows if anchor_dated(r.date_text)])
    if not found:
        return reports
    roots = {rep.event_id: rep.root for rep in reports}
    out = []
    for rep in reports:
        kin = tuple(
            e
            for e, code in found.get(rep.event_id, ())
            if family(roots.get(e, code)) == family(rep.root)
        )
        out.append(replace(rep, anchor=kin) if kin else rep)
    return out


def anchor_only(conn: Connection, rows: Sequence[Any]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each of ``rows`` (anchor-dated events) whose first evidence sentence is also the first
    of other events of its article that are not anchor-dated (the sentence's own acts) -> the
    ids and stored roots of those, sorted; the rest are left out."""
    if not rows:
        return {}
    wanted = {r.id for r in rows}
    own: dict[tuple[str, int], list[tuple[str, str]]] = {}  # (article, sentence) -> own acts
    told: dict[str, tuple[str, int]] = {}  # anchor-dated event -> its article, its sentence
    ids = sorted({r.article_id for r in rows})
    for start in range(0, len(ids), CHUNK):
        for eid, article_id, code, date_text, evidence in conn.execute(
            _SIBLINGS, {"ids": ids[start : start + CHUNK]}
        ):
            if (at := _sentence(evidence)) is None:
                continue
            if eid in wanted:
                if _heads_act(evidence, date_text):
                    told[eid] = (article_id, at)
            elif not anchor_dated(date_text):
                own.setdefault((article_id, at), []).append((eid, code))
    return {e: tuple(sorted(own[spot])) for e, spot in told.items() if spot in own}


def _heads_act(evidence: str, date_text: str) -> bool:
    """Does the anchor phrase head a phrase in the event's sentence ("a day after militants
    attacked"), as a preposition does, rather than close it as an adverb ("the bombing of the
    port the day before.": the day before the telling, no act named after it)?

    >>> _heads_act('[{"text": "Troops moved in a day after rebels fired.", "start": 0}]', "a day after")
    True
    >>> _heads_act('[{"text": "Iran condemned the bombing the day before.", "start": 0}]', "the day before")
    False
    """
    said = json.loads(evidence)[0]["text"] if evidence else ""
    at = said.casefold().find(date_text.casefold())
    return at >= 0 and re.match(r"\s+\w", said[at + len(date_text) :]) is not None


def _sentence(evidence: str | None) -> int | None:
    """Where an event's first evidence sentence starts in its article (its stored evidence is
    a JSON list of ``{"text", "start", "end"}``); ``None`` when it has none."""
    said = json.loads(evidence) if evidence else []
    return int(said[0]["start"]) if said else None
