"""Happenings of ships taken regrouped (issue 16): one taking told two ways, or off a coast.

From this release:

- a vessel taken is merged as a seizure (17) whether the reader coded it as a state's seizure
  of property (CAMEO 171) or as a hijacking or boarding (181, 180), when its clause has a verb
  of taking and names a ship there or in its sentence (``rules.merge_root``): outlets disagree
  on who took it, which is what the code turns on; such a hijacking meets only takings of a
  ship, not the day's other acts of root 17 (an arrest in the port: ``rules.told_apart``);
- a ship taken told as off a coast ("gunmen boarded the ship off Aden": ``cues.offshore``)
  meets a report at the sea off it when that coast lies within 80 km of the sea's box, without
  a shared side (``rules._linked_at_sea``); the sides must still not contradict.

A store grouped before keeps such events under root 18 in ``event_happenings`` and apart from
the sea's reports, so every event linked under root 17 or 18 is regrouped here by the writer's
own rule (``store.happenings.refresh``) with the events of its window. Other happenings are
left as they are. No table changes.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

CHUNK = 20_000  # seeds per regroup: bounds the memory of one refresh on a large store


def upgrade() -> None:
    from dashboard.store.happenings import refresh

    # frozen here as this release lays the rows out (0005): the blocking key of each event
    links = sa.table("event_happenings", sa.column("event_id"), sa.column("root"))
    conn = op.get_bind()
    q = sa.select(links.c.event_id).where(links.c.root.in_(("17", "18")))
    ids = sorted(r.event_id for r in conn.execute(q))
    for at in range(0, len(ids), CHUNK):
        refresh(conn, ids[at : at + CHUNK])


def downgrade() -> None:
    """Nothing to undo: the happenings stay as this release grouped them."""
