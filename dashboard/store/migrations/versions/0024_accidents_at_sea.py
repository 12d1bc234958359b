"""Happenings regrouped for accidents at sea (issue 16, stop 64).

From this release a collision (``DIS-COLLISION``) and a shipwreck (``DIS-SHIPWRECK``) are one
type in the merge (``rules.FAMILIES``: EM-DAT files both as technological: transport accident,
water), so "two cargo ships collided off Heligoland" and "the Verity sank after colliding
with the Polesie" of one day meet. A store grouped before keeps them in two blocks, so every
event linked under either type is regrouped here by the writer's own rule
(``store.happenings.refresh``) with the events of its window. Other happenings are left as
they are. No table changes.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the type each event is linked under
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("root"))
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(links.c.root.in_(("DIS-COLLISION", "DIS-SHIPWRECK")))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
