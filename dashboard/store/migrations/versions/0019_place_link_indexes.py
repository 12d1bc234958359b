"""``ix_mentions_place`` and ``ix_event_places_role``: what names a place, from an index.

The cards of the events that only mention a place (``card_queries._linked``) read the
articles naming it and its "mentioned" links. ``mentions`` had no index on the place, so
every card click read every mention row of the store; the links' index (0004) is led by
the place and then the event, so the "mentioned" links of a place were found by reading
all its links, a busy place's tens of thousands of "location" links among them (87k for
the busiest place of the bench's 1M-event store). Each index here is led by the place,
then what the query tests or returns, so both reads touch only the rows they return.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_mentions_place": ("mentions", ["place_id", "article_id"]),
    "ix_event_places_role": ("event_places", ["place_id", "role", "event_id"]),
}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for name, (table, columns) in INDEXES.items():
        # a store re-stamped to an older revision (a test's, or a restore) may hold it already
        if name not in {ix["name"] for ix in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table)
