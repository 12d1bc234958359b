"""No place of the teller's state for an act its foreign service told of its people abroad.

The reader leaves "LONDON - Britain's Foreign Office said two of its nationals were kidnapped"
with no place (``events.foreign_teller``: a state's foreign service speaks of its nationals in
other states, Vienna Convention on Consular Relations 1963 art. 5), and marks its
``location_reason`` with ``model.TOLD_ABROAD`` and the teller's ISO2. The happenings' store
then borrows a place for it from its sentence or article (``happening_reports``), whose
first is most often that state again (the dateline filed from its capital, "Britain's").
ACLED codes an event where it took place: such an act takes the first place its article
names outside the teller's state ("... The two were seized near Timbuktu"), else none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.model import TOLD_ABROAD
from dashboard.store.schema import mentions, places

TELLER_CODE = 2  # an ISO2 closes the reason


def tellers(rows: Sequence[Any]) -> dict[str, str]:
    """Event id -> the ISO2 of the state whose foreign service told it, for the rows whose
    ``told_abroad`` column (their ``location_reason`` when it opens with ``TOLD_ABROAD``) is
    set; rows of a loader without that column have none."""
    out: dict[str, str] = {}
    for r in rows:
        reason = getattr(r, "told_abroad", None)
        if reason and reason.startswith(TOLD_ABROAD):
            out[r.id] = reason[-TELLER_CODE:]
    return out


def abroad_only(
    conn: Connection, rows: Sequence[Any], told: dict[str, str], out: dict[str, str]
) -> None:
    """In ``out`` (event id -> inferred place id), give each event of ``told`` (event id ->
    the teller's ISO2) the first place its article names outside the teller's state in
    place of one inside it; none when the article names none. Changes ``out`` in place."""
    arts = {r.article_id for r in rows if r.id in told}
    if not arts:
        return
    q = (
        sa.select(
            mentions.c.article_id, mentions.c.start, mentions.c.place_id, places.c.country_code
        )
        .join(places, places.c.id == mentions.c.place_id)
        .where(mentions.c.article_id.in_(sorted(arts)))
        .order_by(mentions.c.article_id, mentions.c.start)
    )
    named: dict[str, list[tuple[str, str | None]]] = {}
    country: dict[str, str | None] = {}
    for aid, _, pid, cc in conn.execute(q):
        named.setdefault(aid, []).append((pid, cc))
        country[pid] = cc
    chosen = {out[e] for e in told if e in out and out[e] not in country}
    if chosen:  # a place the article's located events agree on, not one it names
        q2 = sa.select(places.c.id, places.c.country_code).where(places.c.id.in_(sorted(chosen)))
        country.update({pid: cc for pid, cc in conn.execute(q2)})
    for r in rows:
        teller = told.get(r.id)
        if teller is None or r.id not in out or country.get(out[r.id]) != teller:
            continue
        elsewhere = [p for p, cc in named.get(r.article_id, []) if cc and cc != teller]
        if elsewhere:
            out[r.id] = elsewhere[0]
        else:
            del out[r.id]
