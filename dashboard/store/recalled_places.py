"""A hazard told in one country under the place it struck first: the report's own place.

"The storm that struck Mayotte at the weekend has killed 94 people in Mozambique": the reader
places the storm at the first place of its clause, Mayotte, which the sentence names only to
say *which* storm (a restrictive relative clause identifies its head noun: Quirk et al. 1985
§17.3; Huddleston & Pullum 2002 ch. 12 §3), while the act told, the toll, is in Mozambique.
EM-DAT records one disaster per country, so the report belongs to Mozambique's happening, not
to Mayotte's; read at Mayotte it joins the wrong one (set U's u27, set AU's au22, set AX).

``recalled`` gives such an event the first place its sentence names after the relative clause
in another country (an article mention, ``mentions``), when the event's place is named only
inside the clause right after "that / which <verb>" and its head is a hazard's noun. A
sentence naming no place of another country after it ("The storm that hit Beira flooded the
port") keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.places.sovereigns import sovereign
from dashboard.store.schema import mentions, places

# a hazard's noun, then "that" or "which" and a past verb (the relative clause opens): the
# nouns of ``data/events/hazards.csv``'s storms, quakes and floods, in their plain forms
_RELATIVE = re.compile(
    r"\b(?:storm|cyclone|hurricane|typhoon|depression|earthquake|quake|tremor|floods?|"
    r"rains?|downpours?)\s*,?\s+(?:that|which)\s+(?:had\s+)?[a-z]+ed\b|"
    r"\b(?:storm|cyclone|hurricane|typhoon|depression|earthquake|quake|tremor|floods?|"
    r"rains?|downpours?)\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:struck|hit|swept|tore|shook)\b",
    re.IGNORECASE,
)
# the words the clause's place may stand after its verb ("struck the island of Hainan",
# "swamped Czech towns"): the place must open within this many characters of the verb
_NEAR = 30
_MENTIONS = sa.select(
    mentions.c.article_id, mentions.c.text, mentions.c.place_id, places.c.country_code
).join(places, places.c.id == mentions.c.place_id)


def recalled(conn: Connection, rows: Sequence[Any], said: Any) -> dict[str, str]:
    """Each hazard event's place id when its own place is one its sentence names only to
    say which hazard (module doc); ``said`` decodes a row's evidence into its sentences."""
    found: dict[str, tuple[Any, str, int]] = {}
    for r in rows:
        text = getattr(r, "location_text", None)
        if not r.event_code.startswith("DIS-") or not r.evidence or not text:
            continue
        for sentence in said(r.evidence):
            after = clause_place_end(sentence, r.location_text)
            if after is not None:
                found[r.id] = (r, sentence, after)
                break
    if not found:
        return {}
    named = article_mentions(conn, {r.article_id for r, _, _ in found.values()})
    out: dict[str, str] = {}
    for eid, (r, sentence, after) in found.items():
        own = {c for t, _, c in named.get(r.article_id, ()) if t == r.location_text}
        place = other_place(sentence, after, named.get(r.article_id, ()), own)
        if place is not None:
            out[eid] = place
    return out


def clause_place_end(sentence: str, place_text: str) -> int | None:
    """Where the relative clause's place ends in ``sentence``, when ``place_text`` opens
    within ``_NEAR`` characters after a hazard's "that / which <verb>"; else ``None``.

    >>> clause_place_end("The storm that struck Mayotte has killed 94 in Mozambique.", "Mayotte")
    29
    >>> clause_place_end("Cyclone Chido struck Mayotte on Saturday.", "Mayotte") is None
    True
    """
    for m in _RELATIVE.finditer(sentence):
        at = sentence.find(place_text, m.end())
        if at != -1 and at - m.end() <= _NEAR:
            return at + len(place_text)
    return None


def other_place(
    sentence: str, after: int, named: Iterable[tuple[str, str, str | None]], own: set[str | None]
) -> str | None:
    """The place id of the first mention after ``after`` in ``sentence`` whose country is
    known and not one of ``own`` (the countries of the clause's place), else ``None``."""
    homes = {sovereign(c) for c in own if c}
    best: tuple[int, str] | None = None
    for text, pid, country in named:
        at = sentence.find(text, after)
        if at == -1 or not country or sovereign(country) in homes or not homes:
            continue
        if best is None or at < best[0]:
            best = (at, pid)
    return best[1] if best else None


def article_mentions(
    conn: Connection, article_ids: set[str]
) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each article's place mentions: (text as written, place id, country code)."""
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    query = _MENTIONS.where(mentions.c.article_id.in_(sorted(article_ids)))
    for aid, text, pid, country in conn.execute(query):
        out.setdefault(aid, []).append((text, pid, country))
    return out
