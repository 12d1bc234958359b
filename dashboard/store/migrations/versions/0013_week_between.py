"""Happenings regrouped for week-dated reports between two happenings of their week (issue
16).

From this release (``dashboard.happenings.grouping._best``) a report dated to a week (time
precision 2: "this week's earthquake") whose range holds the days of two happenings it fits
joins neither, however their scores differ: its date cannot say which one it tells. A store
grouped before may keep such a report in one of them. So every event dated to a week is
regrouped here by the writer's own rule (``store.happenings.refresh``), with the events of its
window. Other happenings are left as they are. No table changes.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store
WEEK = 2  # ACLED's time_precision of a report dated to a week (``model.DateRange``)


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0001): each event's time precision
    events = sa.table("events", sa.column("id"), sa.column("time_precision"))
    conn = op.get_bind()
    q = sa.select(events.c.id).where(events.c.time_precision == WEEK)
    ids = sorted(r.id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
