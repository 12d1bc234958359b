"""Happenings regrouped for two widenings of the merge rule (issue 16, recall).

From this release (``dashboard.happenings.rules``) CAMEO 18, 19 and 20 are one type for the
merge (``FAMILIES``: one attack is told as an assault or as fighting), and a report at a sea
of no country meets the reports of the countries the sea lies off (``rules.ashore``). A store
grouped before keeps those reports apart until their blocks are regrouped, so the events that
could now meet others are regrouped here by the writer's own rule (``store.happenings.refresh``):
every event of root 18 or 20 (its neighbourhood loads the 19s of its window) and every event
at such a sea (its neighbourhood loads the shore countries'). Other happenings are left as
they are. No table changes.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.happenings.shores import seas_off
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the blocking key of each event
    links = sa.table(
        "event_happenings", sa.column("event_id"), sa.column("root"), sa.column("cell")
    )
    seas = sorted({sea for ids in seas_off().values() for sea in ids})
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(
        sa.or_(links.c.root.in_(["18", "20"]), links.c.cell.in_(seas))
    )
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
