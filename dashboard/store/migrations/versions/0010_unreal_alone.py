"""Negated and hypothetical events leave the happenings they were grouped into.

From this release a denied or hypothetical event is no witness to a happening
(``happenings.model.Report.mergeable``): "missiles did not strike Kharkiv" is not a second
source for the strike. A store grouped before keeps such events in their happenings until
those are regrouped, so the happenings that hold an ``unreal`` event beside others are
regrouped here (by ``dashboard.store.happenings.refresh``, the writer's own rule); every other
happening is left as it is. No table changes.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out: merged_reports holds the events of
    # happenings of two or more, with the event's unreal flag (0009)
    merged = sa.table("merged_reports", sa.column("event_id"), sa.column("unreal"))
    conn = op.get_bind()
    ids = [r.event_id for r in conn.execute(sa.select(merged.c.event_id).where(merged.c.unreal))]
    if ids:
        refresh(conn, ids)


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
