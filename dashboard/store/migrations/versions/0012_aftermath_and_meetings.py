"""Happenings regrouped for a disaster's aftermath and for meetings told from either side
(issue 16, recall).

From this release (``dashboard.happenings.rules``) two disaster reports dated to the day may
be up to ``AFTERMATH_DAYS`` apart when the later one tells the disaster's toll or rescue and
no new shock (``cues.aftermath``), and the store looks that far for a disaster's neighbours
(``rules.reach``). A store grouped before keeps such reports apart until their blocks are
regrouped. Likewise a meeting (CAMEO 04) placed in each party's country may now be one
happening (``dashboard.happenings.meetings``), and the store looks up the other parties'
cells for it. So every disaster event (root ``DIS-...``) and every event of root 04 is
regrouped here by the writer's own rule (``store.happenings.refresh``); its neighbourhood loads
the events of its window, and a meeting's the other parties'. Other happenings are left as
they are. No table changes.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the blocking key of each event
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("root"))
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(sa.or_(links.c.root.like("DIS-%"), links.c.root == "04"))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
