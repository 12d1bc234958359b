"""Happenings regrouped for acts merged as a facet of another root (issue 16).

From this release a report read at one CAMEO root is merged as another's when the act it
tells is a facet of that happening (``data/lexicon/merged_as.csv``, ``happenings.merged_as``):
a repression (§175) whose report names a crowd or a protest is merged as its protest (14), and
a formal agreement (§057) of two or more countries as their meeting (04). A store grouped
before keeps such events under their reader's root in ``event_happenings`` (17, 05) and apart
from the protest or summit they belong to, so every event linked under root 17 or 05 is
regrouped here by the writer's own rule (``store.happenings.refresh``) with the events of its
window. Other happenings are left as they are. No table changes.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the blocking key of each event;
    # the reader's roots of merged_as.csv's rows as this release ships them
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("root"))
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(links.c.root.in_(("17", "05")))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
