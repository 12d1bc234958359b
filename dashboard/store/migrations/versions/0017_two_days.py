"""Happenings regrouped where two days are each told by several outlets (issue 16).

From this release (``dashboard.happenings.grouping.two_days``) the happenings of two days a
day apart stay two when each day is told by two or more articles: the rule's one-day slack
forgives one outlet's day, not outlets agreeing on each of two. A store grouped before may hold
such a pair as one happening, and every such happening holds events dated to the day on two or
more days, so the events of those happenings are regrouped here by the writer's own rule
(``store.happenings.refresh``) with the events of their window. Other happenings are left as
they are. No table changes.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store
DAY = 1  # ACLED's time_precision of a report dated to the day (``model.DateRange``)


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0001, 0005)
    events = sa.table(
        "events", sa.column("id"), sa.column("date_start"), sa.column("time_precision")
    )
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("happening_id"))
    conn = op.get_bind()
    days = (
        sa.select(links.c.happening_id)
        .join(events, events.c.id == links.c.event_id)
        .where(events.c.time_precision == DAY)
        .group_by(links.c.happening_id)
        .having(sa.func.count(sa.distinct(events.c.date_start)) > 1)
    )
    q = sa.select(links.c.event_id).where(links.c.happening_id.in_(days))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
