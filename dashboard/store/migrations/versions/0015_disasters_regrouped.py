"""Happenings of disasters regrouped (issue 16): aftershocks, sequels, disasters at sea.

From this release:

- "an aftershock of magnitude 5.5 struck", "an aftershock measuring 5.1 jolted" is a new
  shock (``cues.aftermath``), as "an aftershock struck" already was: such a report no longer
  tells the aftermath of the quake days before it (``rules.AFTERMATH_DAYS``);
- a week-dated aftermath report ("families made homeless by this week's earthquake") in a
  week holding a main shock and a later, no larger shock that every report of it tells as a
  sequel ("a second quake", "an aftershock": ``cues.sequel``) joins the main shock
  (``grouping._main_shock``);
- a disaster at a sea and one told at a town of a shore country within 80 km of the sea's box
  meet (``rules._coastal``): a disaster has no sides to share.

A store grouped before may hold the first join and lack the others, so every disaster event
(root ``DIS-...``) is regrouped here by the writer's own rule (``store.happenings.refresh``)
with the events of its window (a sea's block looks up its shores'). Other happenings are left
as they are. No table changes.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
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
