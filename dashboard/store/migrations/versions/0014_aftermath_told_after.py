"""Happenings regrouped for a disaster's aftermath told as following it or by its human
impact (issue 16, recall).

From this release (``dashboard.happenings.cues.aftermath``) a disaster report also tells the
aftermath when it names EM-DAT's other human impacts (the homeless, the displaced, the
missing, the number of the dead) or the burials and relief that follow, or when it tells what
it says as following the disaster ("slept outdoors on Tuesday after the earthquake destroyed
their homes"; not a span counted from it, "two days after the quake"). Such a report dated
to the day may then join the disaster up to ``rules.AFTERMATH_DAYS`` before it. A store
grouped before keeps them apart until their blocks are regrouped, so every disaster event
(root ``DIS-...``) is regrouped here by the writer's own rule (``store.happenings.refresh``)
with the events of its window. Other happenings are left as they are. No table changes.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the blocking key of each event
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("root"))
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(links.c.root.like("DIS-%"))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
